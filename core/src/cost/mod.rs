//! Compliance cost (chi phí tuân thủ): the Standard Cost Model of SPEC §5, the formula of TT 02/2017/TT-VPCP
//! Art. 27.
//!
//! ```text
//! hourly income   = income per month ÷ working days per month ÷ hours per day
//! time cost       = Σ hours of the activities × hourly income
//! cost per filing = time cost + fees and charges + paid services + other expenses
//! annual cost     = cost per filing × filings per subject per year × subjects per year
//! saving          = annual cost before − annual cost after
//! reduction (%)   = saving ÷ annual cost before × 100
//! ```
//!
//! Exact decimal arithmetic, checked at every step ([`arithmetic`]). The only divisor of the model is
//! working days × hours per day: each money figure is computed as an exact numerator and divided once, at
//! the end, so totals and savings are exact sums; a figure that cannot be computed (a negative input, an
//! overflow, a missing count) is `None`, and a finding says why ([`inputs`]). Every figure is defined once
//! ([`Figure`]) and traced ([`trace`]). Rounding happens only when a figure is shown ([`crate::money`]).

pub mod arithmetic;
mod figure;
pub mod inputs;
pub mod report;
pub mod trace;

use rust_decimal::Decimal;

use crate::assessment::{Assessment, RulesetRef};
use crate::finding::Finding;
use crate::parameters::Parameters;
use crate::procedure::{ProcedureKind, Side};
use crate::regulation::Regulation;

pub use crate::money::Unit;
pub use crate::parameters::{Parameter, ParameterName};
pub use crate::proposal::propose;
pub use crate::scenario::{
    Activity, ActivityKind, Cost, CostInput, Expense, ExpenseKind, Scenario,
};
pub use arithmetic::Calc;
pub use figure::{Figure, Figures};
pub use trace::{Operand, TraceLine};

/// The cost of one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioCost {
    /// Before or after.
    pub side: Side,
    /// The figures for the central inputs.
    pub figures: Figures,
    /// The figures for the low and high ends, when any input has a range.
    pub range: Option<(Figures, Figures)>,
    /// How each figure was computed (central inputs).
    pub trace: Vec<TraceLine>,
    /// Annual cost × (working days × hours per day), exact: low, central, high.
    pub(crate) scaled: [Option<Decimal>; 3],
}

/// The cost of one procedure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProcedureCost {
    /// The procedure id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: ProcedureKind,
    /// Before the draft, for amended, detailed-amended and abolished procedures.
    pub before: Option<ScenarioCost>,
    /// After the draft, for every kind but abolished.
    pub after: Option<ScenarioCost>,
    /// Before − after (the whole before cost for an abolished procedure); `None` for new procedures.
    pub annual_saving: Option<Decimal>,
    /// The range of the saving, when an input has a range: the savings with all inputs low and all high.
    pub saving_range: Option<(Decimal, Decimal)>,
    /// Saving ÷ before × 100; `None` when there is no before or it is 0.
    pub reduction_percent: Option<Decimal>,
    /// How the saving and the reduction were computed.
    pub trace: Vec<TraceLine>,
    /// Whether the subjects are businesses (the NQ 66/NQ-CP target applies).
    pub business: bool,
}

impl ProcedureCost {
    /// One side's scenario, if the procedure has that side.
    pub fn side(&self, side: Side) -> Option<&ScenarioCost> {
        match side {
            Side::Before => self.before.as_ref(),
            Side::After => self.after.as_ref(),
        }
    }

    /// Whether the procedure meets the NQ 66/NQ-CP cost-reduction target: `None` when the target does not
    /// apply (not an amended business-related procedure) or the reduction cannot be computed.
    ///
    /// ```
    /// let a = tthc_core::sample::sample();
    /// let report = tthc_core::cost::compute(&a);
    /// assert_eq!(report.procedures[1].meets_target(), Some(true)); // amended, businesses, −44.22%
    /// assert_eq!(report.procedures[0].meets_target(), None); // a new procedure
    /// ```
    pub fn meets_target(&self) -> Option<bool> {
        let reduction = self
            .reduction_percent
            .filter(|_| self.kind.is_amendment() && self.business)?;
        Some(reduction >= Regulation::bundled().reduction_target.percent)
    }
}

/// The totals of the draft.
///
/// The first four fields sum every procedure, new ones included, so their "saving" nets the cost a new
/// procedure adds against what the amended ones save; a reader wants the split, which the other fields give:
/// the existing procedures (the figure a reduction target is measured on), the new ones, and the net change.
///
/// ```
/// let a = tthc_core::sample::sample(); // one new procedure, one amended
/// let total = tthc_core::cost::compute(&a).total;
/// // The amended procedure saves money…
/// assert!(total.existing.annual_saving.unwrap().is_sign_positive());
/// // …the new one adds more, so the draft as a whole raises the cost a year.
/// assert!(total.new_annual_cost.unwrap() > total.existing.annual_saving.unwrap());
/// assert_eq!(total.net_annual_change, total.annual_saving.map(|s| -s));
/// assert!(total.net_annual_change.unwrap().is_sign_positive());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Total {
    /// Σ annual cost of the before scenarios.
    pub annual_cost_before: Option<Decimal>,
    /// Σ annual cost of the after scenarios.
    pub annual_cost_after: Option<Decimal>,
    /// Before − after.
    pub annual_saving: Option<Decimal>,
    /// Saving ÷ before × 100; `None` when before is 0.
    pub reduction_percent: Option<Decimal>,
    /// The existing procedures (amended, detailed or abolished: those with a cost before the draft).
    pub existing: Subtotal,
    /// Σ annual cost of the new procedures (those with no cost before the draft): what they add.
    pub new_annual_cost: Option<Decimal>,
    /// The draft's change in cost a year: after − before over every procedure; positive is a rise.
    pub net_annual_change: Option<Decimal>,
}

/// The totals of a group of procedures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subtotal {
    /// Σ annual cost of the before scenarios.
    pub annual_cost_before: Option<Decimal>,
    /// Σ annual cost of the after scenarios.
    pub annual_cost_after: Option<Decimal>,
    /// Before − after (negative when the cost rises).
    pub annual_saving: Option<Decimal>,
    /// Saving ÷ before × 100; `None` when before is 0 (negative when the cost rises).
    pub reduction_percent: Option<Decimal>,
}

/// The compliance cost of a whole assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The ruleset of the assessment.
    pub ruleset: RulesetRef,
    /// The parameters used (the copy in the assessment).
    pub parameters: Parameters,
    /// Income per hour.
    pub hourly_income: Option<Decimal>,
    /// How the hourly income was computed.
    pub hourly_trace: TraceLine,
    /// Each procedure, in the order of the draft.
    pub procedures: Vec<ProcedureCost>,
    /// The totals.
    pub total: Total,
    /// What prevents a figure or deserves a look.
    pub findings: Vec<Finding>,
}

/// Computes the compliance cost of every procedure of an assessment (the cost part of
/// [`crate::Analysis`], for callers that need nothing else).
///
/// ```
/// let report = tthc_core::cost::compute(&tthc_core::sample::sample());
/// let p1 = &report.procedures[0];
/// assert!(p1.after.as_ref().and_then(|s| s.figures.annual_cost).is_some());
/// ```
pub fn compute(a: &Assessment) -> Report {
    let mut findings = Vec::new();
    let calc = Calc::new(&a.parameters, &mut findings);
    let procedures: Vec<ProcedureCost> = a
        .procedures
        .iter()
        .map(|p| calc.procedure(p, &mut findings))
        .collect();
    let total = calc.totals(procedures.iter());
    Report {
        ruleset: a.ruleset.clone(),
        parameters: a.parameters.clone(),
        hourly_income: calc.hourly,
        hourly_trace: trace::hourly(&calc, &a.parameters),
        procedures,
        total,
        findings,
    }
}

/// The cost of one procedure, as [`compute`] gives it, without computing the others. `None` when there
/// is no procedure with this id.
///
/// ```
/// use tthc_core::cost::{compute, compute_procedure};
/// let a = tthc_core::sample::sample();
/// assert_eq!(compute_procedure(&a, "p2").as_ref(), Some(&compute(&a).procedures[1]));
/// ```
pub fn compute_procedure(a: &Assessment, id: &str) -> Option<ProcedureCost> {
    let mut findings = Vec::new();
    let calc = Calc::new(&a.parameters, &mut findings);
    a.procedure(id).map(|p| calc.procedure(p, &mut findings))
}

/// Income per hour from the parameters (`None` when they are invalid), as in [`Report::hourly_income`].
pub fn hourly_income(parameters: &Parameters) -> Option<Decimal> {
    Calc::new(parameters, &mut Vec::new()).hourly
}
