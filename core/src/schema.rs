//! JSON Schemas of the file formats and of the cost result, generated from the Rust types (with the
//! `schema` feature). The generated files are kept in `core/schema/` (editors use them for completion and
//! validation), a test fails when they are stale, and tools print the committed copies below.

/// The schema of an assessment file, as committed.
pub const ASSESSMENT: &str = include_str!("../schema/assessment.schema.json");
/// The schema of a ruleset file, as committed.
pub const RULESET: &str = include_str!("../schema/ruleset.schema.json");
/// The schema of the cost result, as committed.
pub const COST_RESULT: &str = include_str!("../schema/cost-result.schema.json");

#[cfg(feature = "schema")]
use serde_json::{Value, json};

#[cfg(feature = "schema")]
use crate::assessment::Assessment;
#[cfg(feature = "schema")]
use crate::file::{FORMAT, SCHEMA_VERSION};
#[cfg(feature = "schema")]
use crate::recorded::CostResult;
#[cfg(feature = "schema")]
use crate::ruleset::Ruleset;

/// The schema of a ruleset file, pretty-printed with a final newline.
#[cfg(feature = "schema")]
pub fn ruleset() -> String {
    let mut schema = schemars::schema_for!(Ruleset).to_value();
    schema["$id"] = json!("https://tthc-workbench.invalid/schema/ruleset.schema.json");
    schema["title"] = json!("TTHC ruleset");
    schema["description"] = json!(
        "A checklist ruleset: the assessment forms as data, each item with its official wording, answer kind, display condition, legal basis and status."
    );
    pretty(&schema)
}

/// The schema of an assessment file, pretty-printed with a final newline.
#[cfg(feature = "schema")]
pub fn assessment() -> String {
    let mut schema = schemars::schema_for!(Assessment).to_value();
    schema["$id"] = json!("https://tthc-workbench.invalid/schema/assessment.schema.json");
    schema["title"] = json!("TTHC impact assessment file");
    schema["description"] =
        json!("Everything about the impact assessment of the procedures of one draft document.");
    schema["properties"]["format"] =
        json!({ "const": FORMAT, "description": "Always `tthc-assessment`." });
    schema["properties"]["schema_version"] =
        json!({ "const": SCHEMA_VERSION, "description": "The schema version this build writes." });
    pretty(&schema)
}

/// The schema of the machine-readable cost result (`tthc cost FILE --json`).
#[cfg(feature = "schema")]
pub fn cost_result() -> String {
    let mut schema = schemars::schema_for!(CostResult).to_value();
    schema["$id"] = json!("https://tthc-workbench.invalid/schema/cost-result.schema.json");
    schema["title"] = json!("TTHC compliance-cost result");
    schema["description"] = json!(
        "Exact decimal strings, unrounded (non-terminating quotients carried to 28 significant digits); null where a figure cannot be computed."
    );
    pretty(&schema)
}

#[cfg(feature = "schema")]
fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}
