//! The arithmetic of the cost model: exact numerators scaled by the one divisor (working days × hours per
//! day), checked at every step, divided once at the end.

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::estimate::Bound;
use crate::finding::Finding;
use crate::parameters::Parameters;
use crate::procedure::{Procedure, Side};
use crate::text::Text;

use super::inputs::{self, Inputs};
use super::{Figures, ProcedureCost, ScenarioCost, Subtotal, Total, trace};

/// The parameters turned into the quantities the arithmetic needs.
#[derive(Debug, Clone, Copy)]
pub struct Calc {
    pub(crate) income: Decimal,
    /// Working days × hours per day: the one divisor of the model; `None` when the parameters are invalid.
    pub(crate) d: Option<Decimal>,
    /// Income per hour.
    pub hourly: Option<Decimal>,
}

impl Calc {
    /// The quantities of a set of parameters; findings about the parameters go to `findings`.
    pub fn new(p: &Parameters, findings: &mut Vec<Finding>) -> Calc {
        let income = p.income_per_month.value;
        let days = p.working_days_per_month.value;
        let hours = p.hours_per_day.value;
        let valid = !income.is_sign_negative() && days > Decimal::ZERO && hours > Decimal::ZERO;
        let d = if valid { days.checked_mul(hours) } else { None };
        inputs::parameters(p, d.is_some(), findings);
        let hourly = d.and_then(|d| income.checked_div(d));
        Calc { income, d, hourly }
    }

    /// The cost of one procedure; findings about its inputs (and the reduction target) go to `findings`.
    pub fn procedure(&self, p: &Procedure, findings: &mut Vec<Finding>) -> ProcedureCost {
        let before = p
            .kind
            .has_before()
            .then(|| self.scenario(p, Side::Before, findings));
        let after = p
            .kind
            .has_after()
            .then(|| self.scenario(p, Side::After, findings));
        let mut cost = ProcedureCost {
            id: p.id.clone(),
            name: p.name(),
            kind: p.kind,
            before,
            after,
            annual_saving: None,
            saving_range: None,
            reduction_percent: None,
            trace: Vec::new(),
            business: p.current().subjects.business,
        };
        self.saving(&mut cost);
        inputs::target(&cost, findings);
        cost
    }

    /// Saving and reduction: before − after for amended procedures, the whole before cost for abolished ones.
    fn saving(&self, c: &mut ProcedureCost) {
        let Some(before) = &c.before else { return };
        let zero = Some(Decimal::ZERO);
        let after_scaled = c.after.as_ref().map_or([zero; 3], |a| a.scaled);
        let saving_scaled = |b: Option<Decimal>, a: Option<Decimal>| b?.checked_sub(a?);
        let central = saving_scaled(before.scaled[1], after_scaled[1]);
        c.annual_saving = self.unscale(central);
        if before.range.is_some() || c.after.as_ref().is_some_and(|a| a.range.is_some()) {
            // The saving with every input at its low end, and at its high end, on both sides together: an
            // input shared by both sides (the subjects of an unchanged component) is one real-world number.
            let at_low = self.unscale(saving_scaled(before.scaled[0], after_scaled[0]));
            let at_high = self.unscale(saving_scaled(before.scaled[2], after_scaled[2]));
            c.saving_range = at_low.zip(at_high).map(|(a, b)| (a.min(b), a.max(b)));
        }
        c.reduction_percent = percent_of(central, before.scaled[1]);
        let before_annual = before.figures.annual_cost;
        let after_annual = c.after.as_ref().map_or(zero, |a| a.figures.annual_cost);
        c.trace = trace::saving(c, before_annual, after_annual);
    }

    fn unscale(&self, scaled: Option<Decimal>) -> Option<Decimal> {
        scaled?.checked_div(self.d?)
    }

    fn scenario(&self, p: &Procedure, side: Side, findings: &mut Vec<Finding>) -> ScenarioCost {
        let comps = p.version(side);
        let inputs = Inputs::new(p, side, &comps);
        let valid = inputs.validate(findings);
        inputs.advise(findings);
        let (central, central_scaled, overflow) = if valid {
            self.figures(&inputs, Bound::Central)
        } else {
            (Figures::default(), None, None)
        };
        if let Some(figure) = overflow {
            findings.push(inputs.overflow(&figure));
        }
        let (range, low_scaled, high_scaled) = if valid && inputs.has_range() {
            let (low, ls, _) = self.figures(&inputs, Bound::Low);
            let (high, hs, _) = self.figures(&inputs, Bound::High);
            (Some((low, high)), ls, hs)
        } else {
            (None, central_scaled, central_scaled)
        };
        ScenarioCost {
            side,
            figures: central,
            range,
            trace: trace::scenario(self, &inputs, &central),
            scaled: [low_scaled, central_scaled, high_scaled],
        }
    }

    /// The figures for one bound, the annual cost scaled by the divisor, and the first figure that
    /// overflowed (if any).
    fn figures(&self, i: &Inputs<'_>, bound: Bound) -> (Figures, Option<Decimal>, Option<Text>) {
        let mut f = Figures::default();
        let Some(d) = self.d else {
            return (f, None, None);
        };
        let mut overflow = None;
        let mut note = |ok: bool, what: Text| {
            if !ok && overflow.is_none() {
                overflow = Some(what);
            }
        };
        let hours = sum(i.scenario.activities.iter().map(|a| a.hours.pick(bound)));
        note(
            hours.is_some(),
            Text::new("thời gian thực hiện", "hours per filing"),
        );
        let fees = sum(i.fees.iter().map(|(_, amount)| *amount));
        let services = sum(i.scenario.services.iter().map(|e| e.amount.pick(bound)));
        let other = sum(i.scenario.other.iter().map(|e| e.amount.pick(bound)));
        note(
            fees.is_some() && services.is_some() && other.is_some(),
            Text::new("chi phí một lần", "cost per filing"),
        );
        let time_scaled = hours.and_then(|h| h.checked_mul(self.income));
        note(
            time_scaled.is_some() || hours.is_none(),
            Text::new("chi phí thời gian", "time cost"),
        );
        let money = fees
            .zip(services)
            .zip(other)
            .and_then(|((a, b), c)| a.checked_add(b)?.checked_add(c));
        let per_filing_scaled = time_scaled
            .zip(money)
            .and_then(|(t, m)| t.checked_add(m.checked_mul(d)?));
        note(
            per_filing_scaled.is_some() || time_scaled.is_none() || money.is_none(),
            Text::new("chi phí một lần", "cost per filing"),
        );
        let filings = i.scenario.filings_per_year.pick(bound);
        let subjects_count = i.subjects.pick(bound);
        let subjects = subjects_count.and_then(Decimal::from_u128);
        note(
            subjects.is_some() || subjects_count.is_none(),
            Text::new("số đối tượng", "number of subjects"),
        );
        let annual_scaled = per_filing_scaled
            .zip(filings)
            .zip(subjects)
            .and_then(|((c, f), s)| c.checked_mul(f)?.checked_mul(s));
        note(
            annual_scaled.is_some()
                || per_filing_scaled.is_none()
                || filings.is_none()
                || subjects.is_none(),
            Text::new("chi phí một năm", "annual cost"),
        );
        f.hours_per_filing = hours;
        f.time_cost_per_filing = time_scaled.and_then(|t| t.checked_div(d));
        f.fees_per_filing = fees;
        f.services_per_filing = services;
        f.other_per_filing = other;
        f.cost_per_filing = per_filing_scaled.and_then(|c| c.checked_div(d));
        f.filings_per_year = filings;
        f.subjects_per_year = subjects;
        f.annual_cost = annual_scaled.and_then(|c| c.checked_div(d));
        (f, annual_scaled, overflow)
    }

    /// The totals of a draft's procedures: the before scenarios and the after scenarios summed exactly,
    /// over all of them and over the existing ones, with what the new ones add and the net change.
    pub fn totals<'a>(&self, procedures: impl IntoIterator<Item = &'a ProcedureCost>) -> Total {
        let procedures: Vec<&ProcedureCost> = procedures.into_iter().collect();
        let all = self.subtotal(procedures.iter().copied());
        let existing = self.subtotal(procedures.iter().copied().filter(|p| p.kind.has_before()));
        let new = self.subtotal(procedures.iter().copied().filter(|p| !p.kind.has_before()));
        Total {
            net_annual_change: all.annual_saving.map(|s| -s),
            new_annual_cost: new.annual_cost_after,
            annual_cost_before: all.annual_cost_before,
            annual_cost_after: all.annual_cost_after,
            annual_saving: all.annual_saving,
            reduction_percent: all.reduction_percent,
            existing,
        }
    }

    fn subtotal<'a>(&self, procedures: impl Iterator<Item = &'a ProcedureCost>) -> Subtotal {
        let add = |acc: Option<Decimal>, s: Option<&ScenarioCost>| match s {
            Some(s) => acc?.checked_add(s.scaled[1]?),
            None => acc,
        };
        let (before, after) = procedures
            .fold((Some(Decimal::ZERO), Some(Decimal::ZERO)), |(b, a), p| {
                (add(b, p.before.as_ref()), add(a, p.after.as_ref()))
            });
        let saving = before.zip(after).and_then(|(b, a)| b.checked_sub(a));
        Subtotal {
            annual_cost_before: self.unscale(before),
            annual_cost_after: self.unscale(after),
            annual_saving: self.unscale(saving),
            reduction_percent: percent_of(saving, before),
        }
    }
}

/// A checked sum; a missing value counts as 0 (the findings report it).
fn sum(mut values: impl Iterator<Item = Option<Decimal>>) -> Option<Decimal> {
    values.try_fold(Decimal::ZERO, |acc, v| {
        acc.checked_add(v.unwrap_or(Decimal::ZERO))
    })
}

/// `part ÷ whole × 100`, `None` when the whole is 0 or a value is missing.
fn percent_of(part: Option<Decimal>, whole: Option<Decimal>) -> Option<Decimal> {
    let whole = whole?;
    if whole.is_zero() {
        return None;
    }
    part?.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(whole)
}
