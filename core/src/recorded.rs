//! The machine-readable cost result: a public, documented, stable shape (`tthc cost FILE --json`), and what
//! an assessment file records of it for the appraiser to verify. Computed by [`crate::cost`].
//!
//! ```json
//! { "ruleset": "tt03-2022@1",
//!   "parameters": { "income_per_month": "5400000", "working_days_per_month": "22", "hours_per_day": "8",
//!                   "hourly_income": "30681.818181818181818181818182", "source": "…" },
//!   "procedures": [ { "id": "p1", "name": "…", "kind": "new",
//!                     "before": null, "after": SCENARIO, "annual_saving": null, "reduction_percent": null } ],
//!   "total": { "annual_cost_before": "0", "annual_cost_after": "…", "annual_saving": "…",
//!              "reduction_percent": null } }
//! SCENARIO = { "hours_per_filing", "time_cost_per_filing", "fees_per_filing", "services_per_filing",
//!              "other_per_filing", "cost_per_filing", "filings_per_year", "subjects_per_year", "annual_cost" }
//! ```
//!
//! Numbers are decimal strings, unrounded: exact, except that a quotient that does not terminate (income ÷
//! 176 hours) is carried to 28 significant digits. A figure is `null` when it cannot be computed (a missing
//! count, a negative input, an overflow); the findings say why. A new procedure fills `after` only, an
//! abolished one `before` only; totals sum the before-scenarios and the after-scenarios.

use serde::{Deserialize, Serialize};

/// The parameters in the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[allow(missing_docs, reason = "named as in the documented shape")]
pub struct ParametersResult {
    pub income_per_month: String,
    pub working_days_per_month: String,
    pub hours_per_day: String,
    pub hourly_income: Option<String>,
    pub source: String,
}

/// One scenario in the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[allow(missing_docs, reason = "named as in the documented shape")]
pub struct ScenarioResult {
    pub hours_per_filing: Option<String>,
    pub time_cost_per_filing: Option<String>,
    pub fees_per_filing: Option<String>,
    pub services_per_filing: Option<String>,
    pub other_per_filing: Option<String>,
    pub cost_per_filing: Option<String>,
    pub filings_per_year: Option<String>,
    pub subjects_per_year: Option<String>,
    pub annual_cost: Option<String>,
}

/// One procedure in the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[allow(missing_docs, reason = "named as in the documented shape")]
pub struct ProcedureResult {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub before: Option<ScenarioResult>,
    pub after: Option<ScenarioResult>,
    pub annual_saving: Option<String>,
    pub reduction_percent: Option<String>,
}

/// The totals in the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[allow(missing_docs, reason = "named as in the documented shape")]
pub struct TotalResult {
    pub annual_cost_before: Option<String>,
    pub annual_cost_after: Option<String>,
    pub annual_saving: Option<String>,
    pub reduction_percent: Option<String>,
    /// The existing procedures (amended, detailed, abolished) alone: what a reduction target is measured on.
    /// Absent from results recorded before it was added (then it is not compared).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub existing: Option<SubtotalResult>,
    /// What the new procedures add a year (present with `existing`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_annual_cost: Option<String>,
    /// The draft's change in cost a year, after − before: positive is a rise (present with `existing`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub net_annual_change: Option<String>,
}

/// The totals of a group of procedures in the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[allow(missing_docs, reason = "named as in the documented shape")]
pub struct SubtotalResult {
    pub annual_cost_before: Option<String>,
    pub annual_cost_after: Option<String>,
    pub annual_saving: Option<String>,
    pub reduction_percent: Option<String>,
}

/// The machine-readable cost result (also what an assessment file records for verification).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CostResult {
    /// `id@version` of the ruleset.
    pub ruleset: String,
    /// The parameters used.
    pub parameters: ParametersResult,
    /// Each procedure.
    pub procedures: Vec<ProcedureResult>,
    /// The totals.
    pub total: TotalResult,
}

impl CostResult {
    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}
