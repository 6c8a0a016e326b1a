//! The principles of the cost method (TT 02/2017/TT-VPCP Art. 27(2)), where the regulation data states
//! them: "choose the lower-average figure when several sources differ" — an input whose central value sits
//! above the middle of its stated range while its source names several sources is pointed out. (The other
//! principle, no opportunity cost, is stated with the trace: the engine never adds one.)

use rust_decimal::Decimal;

use crate::estimate::Estimate;
use crate::finding::{Finding, FindingCode, Severity};
use crate::place::{At, Place};
use crate::procedure::{Procedure, Side};
use crate::scenario::{CostInput, ExpenseKind};
use crate::text::Text;

use super::Context;

/// Whether a source note names more than one source: parts separated by ";" or by new lines.
fn several_sources(source: &str) -> bool {
    source
        .split([';', '\n'])
        .filter(|part| !part.trim().is_empty())
        .count()
        > 1
}

/// Whether the central value is above the middle of the stated range (low + high) ÷ 2.
fn above_middle(e: &Estimate<Decimal>) -> bool {
    match (e.value, e.low, e.high) {
        (Some(v), Some(low), Some(high)) => low
            .checked_add(high)
            .and_then(|sum| sum.checked_div(Decimal::TWO))
            .is_some_and(|middle| v > middle),
        _ => false,
    }
}

pub(super) fn check(ctx: &Context<'_>, p: &Procedure, out: &mut Vec<Finding>) {
    let Some(method) = &ctx.regulation.cost_method else {
        return;
    };
    let Some(principle) = method.principles.first() else {
        return;
    };
    for side in Side::ALL.iter().copied() {
        let has_side = match side {
            Side::Before => p.kind.has_before(),
            Side::After => p.kind.has_after(),
        };
        if !has_side {
            continue;
        }
        let scenario = p.cost.side(side);
        let mut inputs: Vec<(CostInput, &str, &Estimate<Decimal>)> = scenario
            .activities
            .iter()
            .map(|a| (CostInput::Activity(a.id.clone()), a.name.as_str(), &a.hours))
            .collect();
        for kind in ExpenseKind::ALL.iter().copied() {
            inputs.extend(
                scenario
                    .expenses(kind)
                    .iter()
                    .map(|e| (CostInput::expense(kind, &e.id), e.name.as_str(), &e.amount)),
            );
        }
        inputs.push((CostInput::FilingsPerYear, "", &scenario.filings_per_year));
        for (input, name, e) in inputs {
            if !(above_middle(e) && several_sources(&e.source)) {
                continue;
            }
            let what = if name.trim().is_empty() {
                Text::new("số lần thực hiện trong năm", "the filings per year")
            } else {
                Text::new(
                    format!("\u{201c}{}\u{201d}", name.trim()),
                    format!("\u{201c}{}\u{201d}", name.trim()),
                )
            };
            out.push(
                Finding::new(
                    Severity::Info,
                    FindingCode::CostAboveLowerAverage,
                    Place::procedure(&p.id, At::CostValue(side, input)),
                    Text::new(
                        format!("Số liệu chọn cho {} cao hơn mức giữa của khoảng ước tính, trong khi nguồn số liệu ghi nhiều nguồn.", what.vi),
                        format!("The figure chosen for {} is above the middle of its range, and its source names several sources.", what.en),
                    ),
                    Text::new(
                        format!("{} Chọn số liệu ở mức trung bình thấp, hoặc giải thích trong nguồn vì sao chọn mức này.", principle.text.vi),
                        format!("{} Choose the lower-average figure, or explain in the source why this one is chosen.", principle.text.en),
                    ),
                )
                .basis(Some(principle.basis.clone())),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_sources_are_parts_separated_by_semicolons_or_lines() {
        assert!(several_sources("Sở Tài chính; khảo sát 2025"));
        assert!(several_sources("Sở Tài chính\nkhảo sát 2025"));
        assert!(!several_sources("Sở Tài chính, năm 2025"));
        assert!(!several_sources("Sở Tài chính; "));
    }

    #[test]
    fn above_the_middle_needs_the_whole_range() {
        let e = |v: i64, l: i64, h: i64| Estimate {
            value: Some(v.into()),
            low: Some(l.into()),
            high: Some(h.into()),
            source: String::new(),
        };
        assert!(above_middle(&e(8, 2, 10)));
        assert!(!above_middle(&e(6, 2, 10)), "the middle itself is fine");
        assert!(!above_middle(&Estimate::of(Decimal::TEN)));
    }
}
