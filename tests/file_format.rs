//! The file format: export → import is the identity, output is deterministic, old files keep opening, and
//! every bad file gets a message that says what was expected and what was found — without changing anything.

use proptest::prelude::*;
use tthc_core::file::{self, ImportError, MAX_BYTES, SCHEMA_VERSION};
use tthc_core::{Assessment, Registry, Ruleset, sample::sample};
use tthc_tests::arbitrary::assessment;
use tthc_tests::read_fixture;

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn export_then_import_is_the_identity(a in assessment(40)) {
        let text = file::export(&a);
        let back = file::import(&text).expect("an exported file opens");
        prop_assert_eq!(&back, &a);
        prop_assert_eq!(file::export(&back), text);
    }
}

#[test]
fn every_released_schema_version_still_opens() {
    for v in 1..=SCHEMA_VERSION {
        let text = read_fixture(&format!("files/schema-v{v}.json"));
        let a = file::import(&text).unwrap_or_else(|e| panic!("schema v{v}: {e}"));
        assert_eq!(a.procedures.len(), 3, "schema v{v}");
        assert_eq!(a.ruleset.to_string(), "tt03-2022@1");
    }
}

#[test]
fn the_sample_is_stored_exactly_as_exported() {
    // The shipped sample is in canonical form: it is its own export. After editing it by hand, run the
    // tests with UPDATE_GOLDEN=1 to write it back in canonical form.
    let canonical = file::export(&sample());
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("core/data/sample/hanoi-he-pho.json");
        std::fs::write(path, &canonical).expect("write the sample");
        return;
    }
    assert!(
        canonical == tthc_core::sample::SAMPLE_JSON,
        "core/data/sample/hanoi-he-pho.json is not in canonical form; run the tests with UPDATE_GOLDEN=1"
    );
}

#[test]
fn a_file_keeps_its_ruleset_version_after_a_newer_one_ships() {
    let v1 = Registry::bundled()
        .latest("tt03-2022")
        .expect("bundled")
        .clone();
    let mut json: serde_json::Value = serde_json::from_str(
        Registry::bundled_files()
            .iter()
            .find(|(n, _)| n.starts_with("tt03-2022"))
            .expect("bundled file")
            .1,
    )
    .expect("json");
    json["version"] = serde_json::json!(v1.version + 1);
    json["forms"][1]["sections"][0]["items"][0]["text"]["vi"] =
        serde_json::json!("Câu hỏi đã sửa trong phiên bản mới");
    let v2 = Ruleset::from_json(&json.to_string()).expect("reads");
    let mut registry = Registry::default();
    registry.add(v1.clone());
    registry.add(v2);
    assert_eq!(
        registry.latest("tt03-2022").map(|r| r.version),
        Some(v1.version + 1)
    );

    let a = file::import_with(tthc_core::sample::SAMPLE_JSON, &registry).expect("opens");
    let used = registry.resolve(&a.ruleset).expect("its own version");
    assert_eq!(used.version, v1.version);
    assert_eq!(
        used.item("tt03.proposal.i.1").map(|i| i.text.vi.clone()),
        v1.item("tt03.proposal.i.1").map(|i| i.text.vi.clone()),
        "the old file reads the wording it was made with"
    );
}

fn err(text: &str) -> ImportError {
    file::import(text).expect_err("must be refused")
}

#[test]
fn bad_files_say_what_was_expected_and_what_was_found() {
    let cases: Vec<(String, &str)> = vec![
        ("not json at all".into(), "expected a JSON document, found invalid JSON at line 1, column 2"),
        ("[1, 2]".into(), "expected an assessment file (\"format\": \"tthc-assessment\"), found an array of 2 values"),
        (r#"{"format": "excel"}"#.into(), "found \"format\": \"excel\""),
        (r#"{"title": "x"}"#.into(), "found an object without \"format\""),
        (r#"{"format": "tthc-assessment"}"#.into(), "expected a schema version at `schema_version`, found nothing"),
        (r#"{"format": "tthc-assessment", "schema_version": "1"}"#.into(), "expected a whole number from 1 at `schema_version`, found the string \"1\""),
        (
            r#"{"format": "tthc-assessment", "schema_version": 99}"#.into(),
            "expected schema version 2 or older, found 99: this file was written by a newer version of the software",
        ),
        (
            tthc_core::sample::SAMPLE_JSON.replace("\"kind\": \"amended\"", "\"kind\": \"changed\""),
            "at `procedures[1].kind`, found the variant `changed`",
        ),
        (
            tthc_core::sample::SAMPLE_JSON.replace("\"days\": 5,\n          \"unit\": \"working_days\",\n          \"reason\": \"Đủ", "\"days\": \"năm\",\n          \"unit\": \"working_days\",\n          \"reason\": \"Đủ"),
            "expected u32 at `procedures[0].after.time_limit.days`, found string \"năm\"",
        ),
        (
            tthc_core::sample::SAMPLE_JSON.replace("\"date\": \"2026-10-15\"", "\"date\": \"2026-02-30\""),
            "at `draft.date`",
        ),
        (
            tthc_core::sample::SAMPLE_JSON.replace("\"field\": \"Đường bộ\",", "\"field\": \"Đường bộ\", \"colour\": 1,"),
            "found the unknown field `colour`",
        ),
        (
            tthc_core::sample::SAMPLE_JSON.replace("\"version\": 1\n  },", "\"version\": 7\n  },"),
            "expected a ruleset this software knows (nd63-2010@1, tt03-2022@1), found tt03-2022@7",
        ),
    ];
    for (text, expected) in cases {
        let message = err(&text).to_string();
        assert!(
            message.contains(expected),
            "expected the message to contain {expected:?}, got {message:?}"
        );
        assert!(message.starts_with("expected"), "{message}");
    }
}

#[test]
fn oversized_files_are_refused_before_parsing() {
    let big = " ".repeat(MAX_BYTES + 1);
    assert_eq!(
        err(&big),
        ImportError::TooLarge {
            limit: MAX_BYTES,
            found: MAX_BYTES + 1
        }
    );
}

#[test]
fn the_canonical_form_ignores_where_the_user_was() {
    let mut a = sample();
    let before = file::canonical(&a);
    a.apply(tthc_core::Action::Navigate(tthc_core::Location::Checks));
    assert_ne!(
        file::export(&a),
        file::export(&sample()),
        "the location is saved for resuming"
    );
    assert_eq!(
        file::canonical(&a),
        before,
        "but it is not part of the content"
    );
    assert!(!before.contains("location"));
}

#[test]
fn list_entries_without_ids_get_them_on_import() {
    let text = tthc_core::sample::SAMPLE_JSON.replace("\"id\": \"d2\",", "");
    let a: Assessment = file::import(&text).expect("opens");
    let ids: Vec<_> = a.procedures[0]
        .after
        .dossier
        .documents
        .iter()
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(ids, ["d1", "d2"]);
}

/// Each enum's `key()` (used in paths, in the command line's output and in the app's form controls) is the
/// name the file format writes for it.
#[test]
fn every_key_is_the_name_the_file_uses() {
    fn same<T: serde::Serialize + Copy + std::fmt::Debug>(all: &[T], key: fn(T) -> &'static str) {
        for &v in all {
            let written = serde_json::to_string(&v).expect("serializes");
            assert_eq!(written, format!("\"{}\"", key(v)), "{v:?}");
        }
    }
    use tthc_core::appraisal::Verdict;
    use tthc_core::component::{Actor, CopyForm, DayKind, FeeKind, Level, ResultKind, Scope};
    use tthc_core::consultation::ResponseKind;
    use tthc_core::cost::ActivityKind;
    use tthc_core::ruleset::Criterion;
    use tthc_core::{Component, DocumentType, ProcedureKind, Severity, Side, Stage};
    same(&Component::ALL, Component::key);
    same(&ProcedureKind::ALL, ProcedureKind::key);
    same(&DocumentType::ALL, DocumentType::key);
    same(&Stage::ALL, Stage::key);
    same(&[Side::Before, Side::After], Side::key);
    same(&Criterion::ALL, Criterion::key);
    same(
        &[Severity::Error, Severity::Warning, Severity::Info],
        Severity::key,
    );
    same(&Actor::ALL, Actor::key);
    same(&CopyForm::ALL, CopyForm::key);
    same(&DayKind::ALL, DayKind::key);
    same(&Scope::ALL, Scope::key);
    same(&Level::ALL, Level::key);
    same(&ResultKind::ALL, ResultKind::key);
    same(&FeeKind::ALL, FeeKind::key);
    same(&ActivityKind::ALL, ActivityKind::key);
    same(&Verdict::ALL, Verdict::key);
    same(&ResponseKind::ALL, ResponseKind::key);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// The canonical JSON (and so the fingerprint printed in every dossier) is the exported file read
    /// back as a JSON value, without the location: the same bytes as the earlier way of making it.
    #[test]
    fn the_canonical_json_is_the_file_read_back_without_the_location(
        a in tthc_tests::arbitrary::assessment(12),
    ) {
        let mut read_back: serde_json::Value =
            serde_json::from_str(&tthc_core::file::export(&a)).expect("the export reads");
        if let serde_json::Value::Object(map) = &mut read_back {
            map.remove("location");
        }
        proptest::prop_assert_eq!(tthc_core::file::canonical(&a), read_back.to_string());
    }
}

/// A file that begins as this build writes files is read once, straight into its types; text that is not
/// JSON further on is still said to be not JSON, with its line; a newer version is still refused.
#[test]
fn a_current_file_is_read_once_and_its_errors_are_still_said() {
    let good = tthc_core::file::export(&tthc_core::sample::sample());
    assert!(tthc_core::file::import(&good).is_ok());
    let at = good.rfind("\"parameters\"").expect("parameters");
    let broken = format!("{}@{}", &good[..at], &good[at..]);
    let e = tthc_core::file::import(&broken)
        .map(|_| ())
        .expect_err("not JSON");
    assert!(
        matches!(e, tthc_core::file::ImportError::NotJson { line, .. } if line > 100),
        "{e}"
    );
    let newer = good.replacen("\"schema_version\": 2,", "\"schema_version\": 20,", 1);
    assert!(matches!(
        tthc_core::file::import(&newer),
        Err(tthc_core::file::ImportError::TooNew { found: 20, .. })
    ));
    let compact =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&good).expect("json"))
            .expect("text");
    assert_eq!(
        tthc_core::file::import(&compact).ok(),
        tthc_core::file::import(&good).ok()
    );
}
