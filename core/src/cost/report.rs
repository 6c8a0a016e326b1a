//! The machine-readable cost result: a public, documented, stable shape (`tthc cost FILE --json`).
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

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::finding::{Finding, Severity, Where};
use crate::text::Text;

use super::calculation::{Figures, Report, ScenarioCost};

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

fn s(d: Option<Decimal>) -> Option<String> {
    d.map(|d| d.normalize().to_string())
}

fn scenario(c: &ScenarioCost) -> ScenarioResult {
    let f: &Figures = &c.figures;
    ScenarioResult {
        hours_per_filing: s(f.hours_per_filing),
        time_cost_per_filing: s(f.time_cost_per_filing),
        fees_per_filing: s(f.fees_per_filing),
        services_per_filing: s(f.services_per_filing),
        other_per_filing: s(f.other_per_filing),
        cost_per_filing: s(f.cost_per_filing),
        filings_per_year: s(f.filings_per_year),
        subjects_per_year: s(f.subjects_per_year),
        annual_cost: s(f.annual_cost),
    }
}

impl Report {
    /// The result in its stable machine-readable shape.
    pub fn result(&self) -> CostResult {
        let p = &self.parameters;
        CostResult {
            ruleset: self.ruleset.to_string(),
            parameters: ParametersResult {
                income_per_month: p.income_per_month.value.normalize().to_string(),
                working_days_per_month: p.working_days_per_month.value.normalize().to_string(),
                hours_per_day: p.hours_per_day.value.normalize().to_string(),
                hourly_income: s(self.hourly_income),
                source: p.income_per_month.source.clone(),
            },
            procedures: self
                .procedures
                .iter()
                .map(|c| ProcedureResult {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    kind: c.kind.key().to_owned(),
                    before: c.before.as_ref().map(scenario),
                    after: c.after.as_ref().map(scenario),
                    annual_saving: s(c.annual_saving),
                    reduction_percent: s(c.reduction_percent),
                })
                .collect(),
            total: TotalResult {
                annual_cost_before: s(self.total.annual_cost_before),
                annual_cost_after: s(self.total.annual_cost_after),
                annual_saving: s(self.total.annual_saving),
                reduction_percent: s(self.total.reduction_percent),
            },
        }
    }
}

impl CostResult {
    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The figures that differ between results recorded in a file and recomputed now, as findings (the
    /// appraiser's "recompute and verify"). Procedures are matched by id.
    pub fn compare(recorded: &CostResult, recomputed: &CostResult) -> Vec<Finding> {
        let flat = |r: &CostResult| -> BTreeMap<String, String> {
            let mut v = serde_json::to_value(r).unwrap_or(Value::Null);
            // Key procedures by id rather than position.
            if let Some(list) = v.get_mut("procedures").and_then(Value::as_array_mut) {
                let by_id: serde_json::Map<String, Value> = list
                    .drain(..)
                    .map(|p| (p["id"].as_str().unwrap_or("?").to_owned(), p))
                    .collect();
                v["procedures"] = Value::Object(by_id);
            }
            let mut out = BTreeMap::new();
            flatten("", &v, &mut out);
            out
        };
        let old = flat(recorded);
        let new = flat(recomputed);
        let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
        keys.sort();
        keys.dedup();
        let missing = "—".to_owned();
        keys.into_iter()
            .filter(|k| old.get(*k) != new.get(*k))
            .map(|k| {
                let was = old.get(k).unwrap_or(&missing);
                let now = new.get(k).unwrap_or(&missing);
                Finding::new(
                    Severity::Error,
                    "cost-mismatch",
                    Where::field(format!("recorded_cost/{k}")),
                    Text::new(
                        format!("Số liệu ghi trong tệp khác kết quả tính lại: {k} ghi {was}, tính lại {now}."),
                        format!("A recorded figure differs from the recomputation: {k} was {was}, recomputed {now}."),
                    ),
                    Text::new(
                        "Tính lại chi phí và ghi lại kết quả trước khi gửi hồ sơ; cơ quan thẩm định dùng số tính lại.",
                        "Recompute and record the cost before sending the dossier; the appraisal uses the recomputed figure.",
                    ),
                )
            })
            .collect()
    }
}

fn flatten(prefix: &str, v: &Value, out: &mut BTreeMap<String, String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}/{k}")
                };
                flatten(&key, v, out);
            }
        }
        Value::Array(list) => {
            for (i, v) in list.iter().enumerate() {
                flatten(&format!("{prefix}/{i}"), v, out);
            }
        }
        Value::Null => {
            out.insert(prefix.to_owned(), "null".to_owned());
        }
        Value::String(s) => {
            out.insert(prefix.to_owned(), s.clone());
        }
        other => {
            out.insert(prefix.to_owned(), other.to_string());
        }
    }
}
