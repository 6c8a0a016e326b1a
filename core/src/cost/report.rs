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
use std::fmt::Write as _;

use rust_decimal::Decimal;
use serde_json::Value;

use crate::assessment::RulesetRef;
use crate::finding::{Finding, FindingCode, Severity};
use crate::money::{Unit, figure};
use crate::parameters::Parameters;
use crate::place::{AppraisalAt, Place};
use crate::text::{Lang, Text};

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
    /// The figure in words, for people ("chi phí tuân thủ một năm (sau) của thủ tục 1 «…»").
    pub what: Text,
    /// The figure's unit, to print its values rounded (`None`: a text, printed as it is).
    pub unit: Option<Unit>,
}

/// The figures of the result in words (key, Vietnamese, English) with their unit.
const FIGURE_WORDS: [(&str, &str, &str, Option<Unit>); 23] = [
    (
        "hours_per_filing",
        "số giờ một lần thực hiện",
        "hours per filing",
        Some(Unit::Hours),
    ),
    (
        "time_cost_per_filing",
        "chi phí thời gian một lần thực hiện",
        "time cost per filing",
        Some(Unit::Dong),
    ),
    (
        "fees_per_filing",
        "phí, lệ phí một lần thực hiện",
        "fees per filing",
        Some(Unit::Dong),
    ),
    (
        "services_per_filing",
        "chi phí thuê dịch vụ một lần thực hiện",
        "paid services per filing",
        Some(Unit::Dong),
    ),
    (
        "other_per_filing",
        "chi phí khác một lần thực hiện",
        "other costs per filing",
        Some(Unit::Dong),
    ),
    (
        "cost_per_filing",
        "chi phí một lần thực hiện",
        "cost per filing",
        Some(Unit::Dong),
    ),
    (
        "filings_per_year",
        "số lần thực hiện một năm",
        "filings per year",
        Some(Unit::TimesPerYear),
    ),
    (
        "subjects_per_year",
        "số đối tượng một năm",
        "subjects per year",
        Some(Unit::SubjectsPerYear),
    ),
    (
        "annual_cost",
        "chi phí tuân thủ một năm",
        "annual compliance cost",
        Some(Unit::Dong),
    ),
    (
        "annual_saving",
        "chi phí tiết kiệm một năm",
        "annual saving",
        Some(Unit::Dong),
    ),
    (
        "reduction_percent",
        "tỷ lệ cắt giảm",
        "reduction",
        Some(Unit::Percent),
    ),
    (
        "annual_cost_before",
        "chi phí một năm trước khi có dự thảo",
        "annual cost before the draft",
        Some(Unit::Dong),
    ),
    (
        "annual_cost_after",
        "chi phí một năm sau khi có dự thảo",
        "annual cost after the draft",
        Some(Unit::Dong),
    ),
    (
        "new_annual_cost",
        "chi phí phát sinh của các thủ tục mới",
        "cost added by the new procedures",
        Some(Unit::Dong),
    ),
    (
        "net_annual_change",
        "thay đổi chi phí một năm của cả dự thảo",
        "change in cost a year of the whole draft",
        Some(Unit::Dong),
    ),
    (
        "income_per_month",
        "thu nhập bình quân một tháng",
        "income per month",
        Some(Unit::Dong),
    ),
    (
        "working_days_per_month",
        "số ngày làm việc một tháng",
        "working days per month",
        Some(Unit::Days),
    ),
    (
        "hours_per_day",
        "số giờ làm việc một ngày",
        "working hours per day",
        Some(Unit::Hours),
    ),
    (
        "hourly_income",
        "thu nhập bình quân một giờ",
        "income per hour",
        Some(Unit::DongPerHour),
    ),
    (
        "source",
        "nguồn số liệu thu nhập",
        "source of the income figure",
        None,
    ),
    ("ruleset", "bộ biểu mẫu", "forms", None),
    ("name", "tên thủ tục", "name of the procedure", None),
    ("kind", "loại thủ tục", "kind of procedure", None),
];

/// A figure of the result in words (Vietnamese, English) with its unit, by its key in the result.
fn field_words(f: &str) -> (&'static str, &'static str, Option<Unit>) {
    FIGURE_WORDS.iter().find(|(k, ..)| *k == f).map_or(
        ("một số liệu khác", "another figure", None),
        |&(_, vi, en, unit)| (vi, en, unit),
    )
}

/// A figure of the result named for people, with its unit, from its path in the result.
fn figure_name(key: &str, names: &[(String, String)]) -> (Text, Option<Unit>) {
    let parts: Vec<&str> = key.split('/').collect();
    let (vi, en, unit) = field_words(parts.last().copied().unwrap_or(""));
    let side = |vi: &mut String, en: &mut String| match parts.get(2) {
        Some(&"before") => {
            vi.push_str(" (trước)");
            en.push_str(" (before)");
        }
        Some(&"after") => {
            vi.push_str(" (sau)");
            en.push_str(" (after)");
        }
        _ => {}
    };
    let (mut v, mut e) = (vi.to_owned(), en.to_owned());
    match parts.first() {
        Some(&"procedures") => {
            side(&mut v, &mut e);
            let id = parts.get(1).copied().unwrap_or("");
            let (n, name) = names
                .iter()
                .enumerate()
                .find(|(_, (pid, _))| pid == id)
                .map_or((0, ""), |(n, (_, name))| (n + 1, name.as_str()));
            if n > 0 {
                let _ = write!(v, " của thủ tục {n} «{name}»");
                let _ = write!(e, " of procedure {n} “{name}”");
            }
        }
        Some(&"total") if parts.get(1) == Some(&"existing") => {
            v.push_str(" của các thủ tục hiện hành");
            e.push_str(" of the existing procedures");
        }
        Some(&"total") => {
            v.push_str(" của cả dự thảo");
            e.push_str(" of the whole draft");
        }
        _ => {}
    }
    (Text::new(v, e), unit)
}

impl Mismatch {
    /// The finding for the mismatch.
    pub fn finding(&self) -> Finding {
        let shown = |value: &str, lang: Lang| match (self.unit, value) {
            (_, "—" | "null") => "—".to_owned(),
            (Some(unit), v) => v
                .parse::<Decimal>()
                .map_or_else(|_| v.to_owned(), |d| figure(Some(d), unit, lang)),
            (None, v) => v.to_owned(),
        };
        let (vi, en) = (self.what.get(Lang::Vi), self.what.get(Lang::En));
        let (was_vi, now_vi) = (
            shown(&self.recorded, Lang::Vi),
            shown(&self.recomputed, Lang::Vi),
        );
        let (was_en, now_en) = (
            shown(&self.recorded, Lang::En),
            shown(&self.recomputed, Lang::En),
        );
        Finding::new(
            Severity::Error,
            FindingCode::CostMismatch,
            Place::Appraisal(AppraisalAt::Recompute),
            Text::new(
                format!(
                    "Số liệu ghi trong tệp khác kết quả tính lại: {vi} ghi {was_vi}, tính lại được {now_vi}."
                ),
                format!(
                    "A recorded figure differs from the recomputation: {en} was {was_en}, recomputed {now_en}."
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
        let names: Vec<(String, String)> = recomputed
            .procedures
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .chain(
                recorded
                    .procedures
                    .iter()
                    .filter(|p| !recomputed.procedures.iter().any(|q| q.id == p.id))
                    .map(|p| (p.id.clone(), p.name.clone())),
            )
            .collect();
        keys.into_iter()
            .filter(|k| old.get(*k) != new.get(*k))
            .map(|k| {
                let (what, unit) = figure_name(k, &names);
                Mismatch {
                    what,
                    unit,
                    procedure: k
                        .strip_prefix("procedures/")
                        .and_then(|rest| rest.split('/').next())
                        .map(str::to_owned),
                    key: k.clone(),
                    recorded: old.get(k).unwrap_or(&missing).clone(),
                    recomputed: new.get(k).unwrap_or(&missing).clone(),
                }
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
