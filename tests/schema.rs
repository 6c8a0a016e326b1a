//! The JSON Schemas in `core/schema/` are generated from the Rust types; this test fails when they are
//! stale (run with UPDATE_GOLDEN=1 to regenerate). The test script also validates the shipped rulesets and
//! sample against them.

use std::path::Path;
use std::{env, fs};

fn check_fresh(file: &str, generated: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("core/schema")
        .join(file);
    if env::var_os("UPDATE_GOLDEN").is_some() {
        fs::write(&path, generated).expect("write schema");
        return;
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "core/schema/{file} is stale: the Rust types changed; run the tests with UPDATE_GOLDEN=1 and commit it"
    );
}

#[test]
fn ruleset_schema_is_fresh() {
    check_fresh("ruleset.schema.json", &tthc_core::schema::ruleset());
}

#[test]
fn assessment_schema_is_fresh() {
    check_fresh("assessment.schema.json", &tthc_core::schema::assessment());
}

#[test]
fn cost_result_schema_is_fresh() {
    check_fresh("cost-result.schema.json", &tthc_core::schema::cost_result());
}

#[test]
fn schemas_describe_the_formats() {
    let ruleset: serde_json::Value =
        serde_json::from_str(&tthc_core::schema::ruleset()).expect("json");
    let props = ruleset["properties"].as_object().expect("properties");
    for key in [
        "id",
        "version",
        "forms",
        "blocks",
        "scope",
        "short_circuits",
        "criteria",
        "$schema",
    ] {
        assert!(props.contains_key(key), "ruleset schema lacks {key}");
    }
    let assessment: serde_json::Value =
        serde_json::from_str(&tthc_core::schema::assessment()).expect("json");
    assert_eq!(
        assessment["properties"]["format"]["const"],
        "tthc-assessment"
    );
    let text = tthc_core::schema::assessment();
    for word in [
        "procedures",
        "answers",
        "consultation",
        "time_limit",
        "in_national_database",
    ] {
        assert!(text.contains(word), "assessment schema lacks {word}");
    }
}
