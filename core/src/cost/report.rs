//! The machine-readable cost result: a public, documented, stable shape (`tthc cost FILE --json`).
//!
//! ```json
//! { "ruleset": "tt03-2022@1",
//!   "parameters": { "income_per_month": "5400000", "working_days_per_month": "22", "hours_per_day": "8",
//!                   "hourly_income": "30681.818181818181818181818182", "source": "…" },
//!   "procedures": [ { "id": "p1", "name": "…", "kind": "new",
//!                     "before": null, "after": SCENARIO, "annual_saving": null, "reduction_percent": null } ],
//!   "total": { "annual_cost_before": "0", "annual_cost_after": "…", "annual_saving": "…",
//!              "reduction_percent": null,
//!              "existing": { "annual_cost_before", "annual_cost_after", "annual_saving", "reduction_percent" },
//!              "new_annual_cost": "…", "net_annual_change": "…" } }
//! SCENARIO = { "hours_per_filing", "time_cost_per_filing", "fees_per_filing", "services_per_filing",
//!              "other_per_filing", "cost_per_filing", "filings_per_year", "subjects_per_year", "annual_cost" }
//! ```
//!
//! Numbers are decimal strings, unrounded: exact, except that a quotient that does not terminate (income ÷
//! 176 hours) is carried to 28 significant digits. A figure is `null` when it cannot be computed (a missing
//! count, a negative input, an overflow); the findings say why. A new procedure fills `after` only, an
//! abolished one `before` only; totals sum the before-scenarios and the after-scenarios. The first four totals
//! take every procedure; `existing` takes the amended, detailed and abolished ones alone (what a reduction
//! target is measured on), `new_annual_cost` is what the new ones add, and `net_annual_change` is after − before
//! over the draft (positive: the draft raises the cost). The last three were added after 0.1.0; a result recorded
//! without them is compared on the others only.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde_json::Value;

use crate::assessment::RulesetRef;
use crate::finding::{Finding, FindingCode, Severity};
use crate::parameters::Parameters;
use crate::place::{AppraisalAt, Place};
use crate::text::Text;

use super::{Figures, ProcedureCost, Report, ScenarioCost, Total};
pub use crate::recorded::{
    CostResult, ParametersResult, ProcedureResult, ScenarioResult, SubtotalResult, TotalResult,
};

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
        result(
            &self.ruleset,
            &self.parameters,
            self.hourly_income,
            self.procedures.iter(),
            &self.total,
        )
    }
}

/// The stable machine-readable shape of computed costs (of a [`Report`] or a [`crate::Analysis`]).
pub(crate) fn result<'a>(
    ruleset: &RulesetRef,
    p: &Parameters,
    hourly: Option<Decimal>,
    procedures: impl Iterator<Item = &'a ProcedureCost>,
    total: &Total,
) -> CostResult {
    CostResult {
        ruleset: ruleset.to_string(),
        parameters: ParametersResult {
            income_per_month: p.income_per_month.value.normalize().to_string(),
            working_days_per_month: p.working_days_per_month.value.normalize().to_string(),
            hours_per_day: p.hours_per_day.value.normalize().to_string(),
            hourly_income: s(hourly),
            source: p.income_per_month.source.clone(),
        },
        procedures: procedures
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
            annual_cost_before: s(total.annual_cost_before),
            annual_cost_after: s(total.annual_cost_after),
            annual_saving: s(total.annual_saving),
            reduction_percent: s(total.reduction_percent),
            existing: Some(SubtotalResult {
                annual_cost_before: s(total.existing.annual_cost_before),
                annual_cost_after: s(total.existing.annual_cost_after),
                annual_saving: s(total.existing.annual_saving),
                reduction_percent: s(total.existing.reduction_percent),
            }),
            new_annual_cost: s(total.new_annual_cost),
            net_annual_change: s(total.net_annual_change),
        },
    }
}

/// A recorded figure that differs from the recomputation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The procedure, for a figure of one procedure.
    pub procedure: Option<String>,
    /// The figure's path in the result (`procedures/p1/after/annual_cost`).
    pub key: String,
    /// What the file records (`—` when it records nothing there).
    pub recorded: String,
    /// What the recomputation gives (`—` when it gives nothing there).
    pub recomputed: String,
}

impl Mismatch {
    /// The finding for the mismatch.
    pub fn finding(&self) -> Finding {
        let (k, was, now) = (&self.key, &self.recorded, &self.recomputed);
        Finding::new(
            Severity::Error,
            FindingCode::CostMismatch,
            Place::Appraisal(AppraisalAt::Recompute),
            Text::new(
                format!(
                    "Số liệu ghi trong tệp khác kết quả tính lại: {k} ghi {was}, tính lại {now}."
                ),
                format!(
                    "A recorded figure differs from the recomputation: {k} was {was}, recomputed {now}."
                ),
            ),
            Text::new(
                "Tính lại chi phí và ghi lại kết quả trước khi gửi hồ sơ; cơ quan thẩm định dùng số tính lại.",
                "Recompute and record the cost before sending the dossier; the appraisal uses the recomputed figure.",
            ),
        )
    }
}

impl CostResult {
    /// The figures that differ between results recorded in a file and recomputed now (the appraiser's
    /// "recompute and verify"), sorted by their path. Procedures are matched by id.
    pub fn differences(recorded: &CostResult, recomputed: &CostResult) -> Vec<Mismatch> {
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
        // A result recorded before the totals were split has no split to compare.
        let mut now = recomputed.clone();
        if recorded.total.existing.is_none() {
            now.total.existing = None;
            now.total.new_annual_cost = None;
            now.total.net_annual_change = None;
        }
        let new = flat(&now);
        let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
        keys.sort();
        keys.dedup();
        let missing = "—".to_owned();
        keys.into_iter()
            .filter(|k| old.get(*k) != new.get(*k))
            .map(|k| Mismatch {
                procedure: k
                    .strip_prefix("procedures/")
                    .and_then(|rest| rest.split('/').next())
                    .map(str::to_owned),
                key: k.clone(),
                recorded: old.get(k).unwrap_or(&missing).clone(),
                recomputed: new.get(k).unwrap_or(&missing).clone(),
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
