//! The computation: figures for the central inputs and, where a range is given, for the low and high ones;
//! a trace line for every figure; findings for every input that prevents a figure.

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use crate::assessment::Assessment;
use crate::component::{Component, Components};
use crate::estimate::{Bound, Estimate};
use crate::finding::{Finding, Severity, Where};
use crate::procedure::{Procedure, ProcedureKind, Side};
use crate::regulation::Regulation;
use crate::ruleset::RulesetRef;
use crate::text::Text;

use super::parameters::Parameters;
use super::{Expense, Scenario};

/// The unit of a figure, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Đồng.
    Dong,
    /// Đồng per hour.
    DongPerHour,
    /// Hours.
    Hours,
    /// Times per year.
    TimesPerYear,
    /// Subjects per year.
    SubjectsPerYear,
    /// Days.
    Days,
    /// Percent.
    Percent,
}

/// A value that went into a figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operand {
    /// What it is (a fixed label, or the name the user gave an activity or expense).
    pub label: Text,
    /// Its value (`None` when missing or not computable).
    pub value: Option<Decimal>,
    /// Its unit.
    pub unit: Unit,
    /// Its source note, if any.
    pub source: String,
    /// Whether it is a proposal of the engine not yet confirmed.
    pub proposed: bool,
}

/// How one figure was computed: the formula, the values put in, the result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceLine {
    /// Stable key (`"annual_cost"`).
    pub key: &'static str,
    /// What the figure is.
    pub label: Text,
    /// How it is computed, in words.
    pub formula: Text,
    /// The values put in.
    pub operands: Vec<Operand>,
    /// The result (`None` when it cannot be computed).
    pub result: Option<Decimal>,
    /// Its unit.
    pub unit: Unit,
}

/// The figures of one scenario for one set of inputs (central, low or high). Each is `None` when it cannot
/// be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[allow(
    missing_docs,
    reason = "the fields are the figures of SPEC §5, named as in the JSON result"
)]
pub struct Figures {
    pub hours_per_filing: Option<Decimal>,
    pub time_cost_per_filing: Option<Decimal>,
    pub fees_per_filing: Option<Decimal>,
    pub services_per_filing: Option<Decimal>,
    pub other_per_filing: Option<Decimal>,
    pub cost_per_filing: Option<Decimal>,
    pub filings_per_year: Option<Decimal>,
    pub subjects_per_year: Option<Decimal>,
    pub annual_cost: Option<Decimal>,
}

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
    scaled: [Option<Decimal>; 3],
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
        let amended = matches!(
            self.kind,
            ProcedureKind::Amended | ProcedureKind::DetailedAmended
        );
        let reduction = self
            .reduction_percent
            .filter(|_| amended && self.business)?;
        Some(reduction >= Regulation::bundled().reduction_target.percent)
    }
}

/// The totals of the draft.
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

/// Computes the compliance cost of every procedure of an assessment.
///
/// ```
/// let report = tthc_core::cost::compute(&tthc_core::sample::sample());
/// let p1 = &report.procedures[0];
/// assert!(p1.after.as_ref().and_then(|s| s.figures.annual_cost).is_some());
/// ```
pub fn compute(a: &Assessment) -> Report {
    let mut findings = Vec::new();
    let calc = Calc::new(&a.parameters, &mut findings);
    let procedures: Vec<_> = a
        .procedures
        .iter()
        .map(|p| calc.procedure(p, &mut findings))
        .collect();
    let total = totals(&procedures, calc.d);
    target_findings(&procedures, &mut findings);
    Report {
        ruleset: a.ruleset.clone(),
        parameters: a.parameters.clone(),
        hourly_income: calc.hourly,
        hourly_trace: calc.hourly_trace(&a.parameters),
        procedures,
        total,
        findings,
    }
}

/// The cost of one procedure, as [`compute`] gives it, without computing the others (for a view of one
/// procedure that follows every keystroke). `None` when there is no procedure with this id.
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

struct Calc {
    income: Decimal,
    /// Working days × hours per day: the one divisor of the model; `None` when the parameters are invalid.
    d: Option<Decimal>,
    hourly: Option<Decimal>,
}

fn text(vi: &str, en: &str) -> Text {
    Text::new(vi, en)
}

impl Calc {
    fn new(p: &Parameters, findings: &mut Vec<Finding>) -> Calc {
        let income = p.income_per_month.value;
        let days = p.working_days_per_month.value;
        let hours = p.hours_per_day.value;
        let valid = !income.is_sign_negative() && days > Decimal::ZERO && hours > Decimal::ZERO;
        let d = if valid { days.checked_mul(hours) } else { None };
        if d.is_none() {
            findings.push(Finding::new(
                Severity::Error,
                "cost-parameters-invalid",
                Where::field("parameters"),
                Text::new(
                    format!("Tham số không hợp lệ: thu nhập {income}, {days} ngày/tháng, {hours} giờ/ngày."),
                    format!(
                        "Expected an income of 0 or more and positive working days and hours, found {income}, {days} days a month, {hours} hours a day."
                    ),
                ),
                text("Sửa các tham số tính chi phí.", "Correct the cost parameters."),
            ));
        }
        for (name, p, label) in [
            (
                "income_per_month",
                &p.income_per_month,
                text("thu nhập bình quân", "the income figure"),
            ),
            (
                "working_days_per_month",
                &p.working_days_per_month,
                text("số ngày làm việc một tháng", "working days per month"),
            ),
            (
                "hours_per_day",
                &p.hours_per_day,
                text("số giờ làm việc một ngày", "hours per day"),
            ),
        ] {
            if !p.verified {
                findings.push(Finding::new(
                    Severity::Info,
                    "cost-parameter-unverified",
                    Where::field(format!("parameters/{name}")),
                    Text::new(
                        format!(
                            "Tham số \"{}\" chưa được đối chiếu với nguồn chính thức.",
                            label.vi
                        ),
                        format!(
                            "The parameter \"{}\" is not verified against an official source.",
                            label.en
                        ),
                    ),
                    text(
                        "Đối chiếu và ghi nguồn của tham số.",
                        "Check it and record its source.",
                    ),
                ));
            }
        }
        let hourly = d.and_then(|d| income.checked_div(d));
        Calc { income, d, hourly }
    }

    fn hourly_trace(&self, p: &Parameters) -> TraceLine {
        TraceLine {
            key: "hourly_income",
            label: text("Thu nhập bình quân một giờ", "Income per hour"),
            formula: text(
                "thu nhập bình quân đầu người một tháng ÷ số ngày làm việc một tháng ÷ số giờ làm việc một ngày",
                "income per person per month ÷ working days per month ÷ hours per day",
            ),
            operands: vec![
                operand(
                    text(
                        "Thu nhập bình quân đầu người một tháng",
                        "Income per person per month",
                    ),
                    Some(p.income_per_month.value),
                    Unit::Dong,
                    &p.income_per_month.source,
                ),
                operand(
                    text("Số ngày làm việc một tháng", "Working days per month"),
                    Some(p.working_days_per_month.value),
                    Unit::Days,
                    &p.working_days_per_month.source,
                ),
                operand(
                    text("Số giờ làm việc một ngày", "Hours per day"),
                    Some(p.hours_per_day.value),
                    Unit::Hours,
                    &p.hours_per_day.source,
                ),
            ],
            result: self.hourly,
            unit: Unit::DongPerHour,
        }
    }

    fn procedure(&self, p: &Procedure, findings: &mut Vec<Finding>) -> ProcedureCost {
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
        c.trace.push(TraceLine {
            key: "annual_saving",
            label: text("Chi phí tuân thủ tiết kiệm được một năm", "Annual saving"),
            formula: text(
                "chi phí một năm trước − chi phí một năm sau",
                "annual cost before − annual cost after",
            ),
            operands: vec![
                operand(
                    text("Chi phí một năm trước", "Annual cost before"),
                    before_annual,
                    Unit::Dong,
                    "",
                ),
                operand(
                    text("Chi phí một năm sau", "Annual cost after"),
                    after_annual,
                    Unit::Dong,
                    "",
                ),
            ],
            result: c.annual_saving,
            unit: Unit::Dong,
        });
        c.trace.push(TraceLine {
            key: "reduction_percent",
            label: text(
                "Tỷ lệ cắt giảm chi phí tuân thủ",
                "Reduction of the compliance cost",
            ),
            formula: text(
                "chi phí tiết kiệm được ÷ chi phí một năm trước × 100",
                "saving ÷ annual cost before × 100",
            ),
            operands: vec![
                operand(
                    text("Chi phí tiết kiệm được", "Saving"),
                    c.annual_saving,
                    Unit::Dong,
                    "",
                ),
                operand(
                    text("Chi phí một năm trước", "Annual cost before"),
                    before_annual,
                    Unit::Dong,
                    "",
                ),
            ],
            result: c.reduction_percent,
            unit: Unit::Percent,
        });
    }

    fn unscale(&self, scaled: Option<Decimal>) -> Option<Decimal> {
        scaled?.checked_div(self.d?)
    }

    fn scenario(&self, p: &Procedure, side: Side, findings: &mut Vec<Finding>) -> ScenarioCost {
        let comps = p.version(side);
        let scn = p.cost.side(side);
        let inputs = Inputs::new(&p.id, side, scn, &comps);
        let valid = inputs.validate(findings);
        inputs.advise(findings);
        let (central, central_scaled, overflow) = if valid {
            self.figures(&inputs, Bound::Central)
        } else {
            (Figures::default(), None, None)
        };
        if let Some(figure) = overflow {
            findings.push(Finding::new(
                Severity::Error,
                "cost-overflow",
                inputs.at(format!("cost/{}", side.key())),
                Text::new(
                    format!("Không tính được \"{}\": số quá lớn để tính chính xác.", figure.vi),
                    format!("\"{}\" cannot be computed: the numbers are too large for exact arithmetic.", figure.en),
                ),
                text(
                    "Kiểm tra lại số đối tượng, số lần thực hiện và số tiền (có thể nhập thừa chữ số).",
                    "Check the numbers of subjects and filings and the amounts (a digit too many?).",
                ),
            ));
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
            trace: self.trace(&inputs, &central),
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
            text("thời gian thực hiện", "hours per filing"),
        );
        let fees = sum(i.fees.iter().map(|(_, amount)| *amount));
        let services = sum(i.scenario.services.iter().map(|e| e.amount.pick(bound)));
        let other = sum(i.scenario.other.iter().map(|e| e.amount.pick(bound)));
        note(
            fees.is_some() && services.is_some() && other.is_some(),
            text("chi phí một lần", "cost per filing"),
        );
        let time_scaled = hours.and_then(|h| h.checked_mul(self.income));
        note(
            time_scaled.is_some() || hours.is_none(),
            text("chi phí thời gian", "time cost"),
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
            text("chi phí một lần", "cost per filing"),
        );
        let filings = i.scenario.filings_per_year.pick(bound);
        let subjects_count = i.subjects.pick(bound);
        let subjects = subjects_count.and_then(Decimal::from_u128);
        note(
            subjects.is_some() || subjects_count.is_none(),
            text("số đối tượng", "number of subjects"),
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
            text("chi phí một năm", "annual cost"),
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

    fn trace(&self, i: &Inputs<'_>, f: &Figures) -> Vec<TraceLine> {
        let mut lines = self.per_filing_trace(i, f);
        lines.extend(totals_trace(i, f));
        lines
    }

    /// Hours, time cost, fees, services and other expenses of one filing.
    fn per_filing_trace(&self, i: &Inputs<'_>, f: &Figures) -> Vec<TraceLine> {
        vec![
            line(
                "hours_per_filing",
                text("Thời gian thực hiện một lần", "Hours per filing"),
                text("Σ số giờ của các công việc", "Σ hours of the activities"),
                i.scenario
                    .activities
                    .iter()
                    .map(|a| Operand {
                        label: Text::new(a.name.clone(), a.name.clone()),
                        value: a.hours.value,
                        unit: Unit::Hours,
                        source: a.hours.source.clone(),
                        proposed: a.proposed,
                    })
                    .collect(),
                f.hours_per_filing,
                Unit::Hours,
            ),
            line(
                "time_cost_per_filing",
                text("Chi phí thời gian một lần", "Time cost per filing"),
                text(
                    "thời gian thực hiện × thu nhập bình quân một giờ",
                    "hours per filing × income per hour",
                ),
                vec![
                    operand(
                        text("Thời gian thực hiện", "Hours per filing"),
                        f.hours_per_filing,
                        Unit::Hours,
                        "",
                    ),
                    operand(
                        text("Thu nhập bình quân một giờ", "Income per hour"),
                        self.hourly,
                        Unit::DongPerHour,
                        "",
                    ),
                ],
                f.time_cost_per_filing,
                Unit::Dong,
            ),
            line(
                "fees_per_filing",
                text("Phí, lệ phí một lần", "Fees and charges per filing"),
                text("Σ các khoản phí, lệ phí", "Σ fees and charges"),
                i.fees
                    .iter()
                    .map(|(name, amount)| {
                        operand(
                            Text::new(name.clone(), name.clone()),
                            *amount,
                            Unit::Dong,
                            "",
                        )
                    })
                    .collect(),
                f.fees_per_filing,
                Unit::Dong,
            ),
            line(
                "services_per_filing",
                text(
                    "Chi phí thuê dịch vụ, tư vấn một lần",
                    "Paid services per filing",
                ),
                text("Σ các khoản thuê dịch vụ, tư vấn", "Σ paid services"),
                expenses(&i.scenario.services),
                f.services_per_filing,
                Unit::Dong,
            ),
            line(
                "other_per_filing",
                text("Chi phí khác một lần", "Other expenses per filing"),
                text("Σ các khoản chi phí khác", "Σ other expenses"),
                expenses(&i.scenario.other),
                f.other_per_filing,
                Unit::Dong,
            ),
        ]
    }
}

/// The cost of one filing and of a year.
fn totals_trace(i: &Inputs<'_>, f: &Figures) -> Vec<TraceLine> {
    vec![
        line(
            "cost_per_filing",
            text("Chi phí tuân thủ một lần", "Cost per filing"),
            text(
                "chi phí thời gian + phí, lệ phí + thuê dịch vụ, tư vấn + chi phí khác",
                "time cost + fees and charges + paid services + other expenses",
            ),
            vec![
                operand(
                    text("Chi phí thời gian", "Time cost"),
                    f.time_cost_per_filing,
                    Unit::Dong,
                    "",
                ),
                operand(
                    text("Phí, lệ phí", "Fees and charges"),
                    f.fees_per_filing,
                    Unit::Dong,
                    "",
                ),
                operand(
                    text("Thuê dịch vụ, tư vấn", "Paid services"),
                    f.services_per_filing,
                    Unit::Dong,
                    "",
                ),
                operand(
                    text("Chi phí khác", "Other expenses"),
                    f.other_per_filing,
                    Unit::Dong,
                    "",
                ),
            ],
            f.cost_per_filing,
            Unit::Dong,
        ),
        line(
            "annual_cost",
            text("Chi phí tuân thủ một năm", "Annual cost"),
            text(
                "chi phí một lần × số lần thực hiện của một đối tượng trong năm × số đối tượng trong năm",
                "cost per filing × filings per subject per year × subjects per year",
            ),
            vec![
                operand(
                    text("Chi phí một lần", "Cost per filing"),
                    f.cost_per_filing,
                    Unit::Dong,
                    "",
                ),
                operand(
                    text("Số lần thực hiện trong năm", "Filings per subject per year"),
                    f.filings_per_year,
                    Unit::TimesPerYear,
                    &i.scenario.filings_per_year.source,
                ),
                operand(
                    text("Số đối tượng trong năm", "Subjects per year"),
                    f.subjects_per_year,
                    Unit::SubjectsPerYear,
                    &i.subjects.source,
                ),
            ],
            f.annual_cost,
            Unit::Dong,
        ),
    ]
}

fn line(
    key: &'static str,
    label: Text,
    formula: Text,
    operands: Vec<Operand>,
    result: Option<Decimal>,
    unit: Unit,
) -> TraceLine {
    TraceLine {
        key,
        label,
        formula,
        operands,
        result,
        unit,
    }
}

fn operand(label: Text, value: Option<Decimal>, unit: Unit, source: &str) -> Operand {
    Operand {
        label,
        value,
        unit,
        source: source.to_owned(),
        proposed: false,
    }
}

fn expenses(list: &[Expense]) -> Vec<Operand> {
    list.iter()
        .map(|e| Operand {
            label: Text::new(e.name.clone(), e.name.clone()),
            value: e.amount.value,
            unit: Unit::Dong,
            source: e.amount.source.clone(),
            proposed: false,
        })
        .collect()
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

/// The inputs of one scenario, gathered from the cost inputs and the components of the same side.
struct Inputs<'a> {
    id: &'a str,
    side: Side,
    scenario: &'a Scenario,
    subjects: Estimate<u128>,
    /// (name, amount) of each fee of the fee component, when the procedure has fees.
    fees: Vec<(String, Option<Decimal>)>,
}

impl<'a> Inputs<'a> {
    fn new(id: &'a str, side: Side, scenario: &'a Scenario, comps: &Components) -> Inputs<'a> {
        let fees = if comps.fees.is_present() {
            comps
                .fees
                .value
                .iter()
                .map(|f| (f.name.clone(), f.amount))
                .collect()
        } else {
            Vec::new()
        };
        Inputs {
            id,
            side,
            scenario,
            subjects: comps.subjects.per_year.clone(),
            fees,
        }
    }

    fn at(&self, field: String) -> Where {
        Where::procedure(self.id).with_field(field)
    }

    fn has_range(&self) -> bool {
        self.scenario.activities.iter().any(|a| a.hours.has_range())
            || self.scenario.services.iter().any(|e| e.amount.has_range())
            || self.scenario.other.iter().any(|e| e.amount.has_range())
            || self.scenario.filings_per_year.has_range()
            || self.subjects.has_range()
    }

    /// Negative inputs and inverted ranges: the scenario's figures are not computed.
    fn validate(&self, findings: &mut Vec<Finding>) -> bool {
        let side = self.side.key();
        let mut ok = true;
        let mut estimate = |e: &Estimate<Decimal>,
                            field: String,
                            what: Text,
                            findings: &mut Vec<Finding>| {
            for (bound, v) in [
                ("", e.value),
                (" (thấp/low)", e.low),
                (" (cao/high)", e.high),
            ] {
                if let Some(v) = v
                    && v.is_sign_negative()
                    && !v.is_zero()
                {
                    ok = false;
                    findings.push(Finding::new(
                        Severity::Error,
                        "cost-input-negative",
                        self.at(field.clone()),
                        Text::new(
                            format!("{}{bound} âm ({v}): không tính chi phí cho đến khi sửa.", what.vi),
                            format!("Expected {}{bound} of 0 or more, found {v}: the cost is not computed until it is corrected.", what.en),
                        ),
                        text("Nhập số không âm.", "Enter a number of 0 or more."),
                    ));
                }
            }
            if !range_ok(e) {
                ok = false;
                findings.push(range_finding(self.at(field), &what));
            }
        };
        for a in &self.scenario.activities {
            let name = a.name.trim();
            let what = Text::new(
                format!("số giờ của \"{name}\""),
                format!("the hours of \"{name}\""),
            );
            estimate(
                &a.hours,
                format!("cost/{side}/activities/{}/hours", a.id),
                what,
                findings,
            );
        }
        for (kind, list) in [
            ("services", &self.scenario.services),
            ("other", &self.scenario.other),
        ] {
            for e in list {
                let name = e.name.trim();
                let what = Text::new(
                    format!("số tiền \"{name}\""),
                    format!("the amount of \"{name}\""),
                );
                estimate(
                    &e.amount,
                    format!("cost/{side}/{kind}/{}/amount", e.id),
                    what,
                    findings,
                );
            }
        }
        estimate(
            &self.scenario.filings_per_year,
            format!("cost/{side}/filings_per_year"),
            text("số lần thực hiện trong năm", "the filings per year"),
            findings,
        );
        for (name, amount) in &self.fees {
            if let Some(v) = amount
                && v.is_sign_negative()
                && !v.is_zero()
            {
                ok = false;
                findings.push(Finding::new(
                    Severity::Error,
                    "cost-input-negative",
                    Where::component(self.id, self.side, Component::Fees),
                    Text::new(
                        format!("Mức thu \"{}\" âm ({v}).", name.trim()),
                        format!(
                            "Expected the amount of \"{}\" to be 0 or more, found {v}.",
                            name.trim()
                        ),
                    ),
                    text("Nhập mức thu không âm.", "Enter an amount of 0 or more."),
                ));
            }
        }
        if !range_ok(&self.subjects) {
            ok = false;
            findings.push(range_finding(
                Where::component(self.id, self.side, Component::Subjects).with_field("per_year"),
                &text("số đối tượng trong năm", "the subjects per year"),
            ));
        }
        ok
    }

    /// Missing counts, empty or unconfirmed activities, missing sources.
    fn advise(&self, findings: &mut Vec<Finding>) {
        let side = self.side.key();
        let label = self.side.label();
        let (side_vi, side_en) = (label.vi.to_lowercase(), label.en.to_lowercase());
        if self.subjects.value.is_none_or(|s| s == 0) {
            findings.push(Finding::new(
                Severity::Error,
                "cost-subjects-missing",
                Where::component(self.id, self.side, Component::Subjects).with_field("per_year"),
                Text::new(
                    format!("Chưa có số đối tượng thực hiện trong năm ({side_vi}): không tính được chi phí một năm."),
                    format!("Expected the number of subjects per year ({side_en}), found none: the annual cost cannot be computed."),
                ),
                text("Ước tính số đối tượng một năm và ghi nguồn.", "Estimate the subjects per year and note the source."),
            ));
        } else if self.subjects.source.trim().is_empty() {
            findings.push(source_finding(
                Where::component(self.id, self.side, Component::Subjects).with_field("per_year"),
                &text("số đối tượng trong năm", "the number of subjects per year"),
            ));
        }
        if self
            .scenario
            .filings_per_year
            .value
            .is_none_or(|f| f.is_zero())
        {
            findings.push(Finding::new(
                Severity::Error,
                "cost-filings-missing",
                self.at(format!("cost/{side}/filings_per_year")),
                Text::new(
                    format!("Chưa có số lần thực hiện của một đối tượng trong năm ({side_vi})."),
                    format!("Expected the number of filings per subject per year ({side_en}), found none."),
                ),
                text("Nhập số lần (ví dụ 1 nếu mỗi năm thực hiện một lần).", "Enter how many times (e.g. 1 for once a year)."),
            ));
        }
        if self.scenario.activities.is_empty() {
            findings.push(Finding::new(
                Severity::Error,
                "cost-no-activities",
                self.at(format!("cost/{side}/activities")),
                Text::new(
                    format!("Chưa có công việc nào để tính thời gian thực hiện ({side_vi})."),
                    format!("Expected the activities of a filing ({side_en}), found none."),
                ),
                text(
                    "Dùng danh sách đề xuất rồi điều chỉnh số giờ.",
                    "Use the proposed list and adjust the hours.",
                ),
            ));
        }
        for a in &self.scenario.activities {
            let field = format!("cost/{side}/activities/{}", a.id);
            if a.hours.value.is_none_or(|h| h.is_zero()) {
                findings.push(Finding::new(
                    Severity::Warning,
                    "cost-activity-zero-hours",
                    self.at(field.clone()),
                    Text::new(
                        format!("Công việc \"{}\" có số giờ bằng 0.", a.name.trim()),
                        format!("The activity \"{}\" has zero hours.", a.name.trim()),
                    ),
                    text(
                        "Nhập số giờ, hoặc xoá công việc nếu không cần.",
                        "Enter its hours, or remove it.",
                    ),
                ));
            }
            if a.proposed {
                findings.push(Finding::new(
                    Severity::Warning,
                    "cost-activity-unconfirmed",
                    self.at(field),
                    Text::new(
                        format!("Công việc \"{}\" là đề xuất của phần mềm, chưa được xác nhận.", a.name.trim()),
                        format!("The activity \"{}\" was proposed by the software and is not confirmed.", a.name.trim()),
                    ),
                    text("Xem lại số giờ rồi xác nhận.", "Review its hours and confirm it."),
                ));
            }
        }
        if self.scenario.filings_per_year.value.is_some()
            && self.scenario.filings_per_year.source.trim().is_empty()
        {
            findings.push(source_finding(
                self.at(format!("cost/{side}/filings_per_year")),
                &text("số lần thực hiện trong năm", "the filings per year"),
            ));
        }
    }
}

fn range_ok<T: PartialOrd + Copy>(e: &Estimate<T>) -> bool {
    let le = |a: Option<T>, b: Option<T>| a.zip(b).is_none_or(|(a, b)| a <= b);
    le(e.low, e.value) && le(e.value, e.high) && le(e.low, e.high)
}

fn range_finding(at: Where, what: &Text) -> Finding {
    Finding::new(
        Severity::Error,
        "cost-range-invalid",
        at,
        Text::new(
            format!(
                "Khoảng ước tính của {} không hợp lệ: cần thấp ≤ trung bình ≤ cao.",
                what.vi
            ),
            format!(
                "Expected low ≤ central ≤ high for {}, found them out of order.",
                what.en
            ),
        ),
        text(
            "Sửa các giá trị thấp, trung bình, cao.",
            "Correct the low, central and high values.",
        ),
    )
}

fn source_finding(at: Where, what: &Text) -> Finding {
    Finding::new(
        Severity::Info,
        "cost-source-missing",
        at,
        Text::new(
            format!("Chưa ghi nguồn của {}.", what.vi),
            format!("No source is noted for {}.", what.en),
        ),
        text(
            "Ghi nguồn số liệu (thống kê, cơ sở dữ liệu, ước tính của cơ quan soạn thảo).",
            "Note where the figure comes from (statistics, a database, the drafting body's estimate).",
        ),
    )
}

fn totals(procedures: &[ProcedureCost], d: Option<Decimal>) -> Total {
    let sum_side = |pick: fn(&ProcedureCost) -> Option<&ScenarioCost>| {
        procedures
            .iter()
            .filter_map(pick)
            .try_fold(Decimal::ZERO, |acc, s| acc.checked_add(s.scaled[1]?))
    };
    let before = sum_side(|p| p.before.as_ref());
    let after = sum_side(|p| p.after.as_ref());
    let saving = before.zip(after).and_then(|(b, a)| b.checked_sub(a));
    let unscale = |v: Option<Decimal>| v?.checked_div(d?);
    Total {
        annual_cost_before: unscale(before),
        annual_cost_after: unscale(after),
        annual_saving: unscale(saving),
        reduction_percent: percent_of(saving, before),
    }
}

/// NQ 66/NQ-CP: cut the compliance cost of business-related procedures by at least 30%.
fn target_findings(procedures: &[ProcedureCost], findings: &mut Vec<Finding>) {
    let target = &Regulation::bundled().reduction_target;
    for p in procedures {
        if !matches!(
            p.kind,
            ProcedureKind::Amended | ProcedureKind::DetailedAmended
        ) {
            continue;
        }
        let Some(reduction) = p.reduction_percent else {
            continue;
        };
        if reduction.is_sign_negative() && !reduction.is_zero() {
            findings.push(
                Finding::new(
                    Severity::Warning,
                    "cost-increase",
                    Where::procedure(&p.id).with_field("cost"),
                    Text::new(
                        format!(
                            "Chi phí tuân thủ tăng sau khi sửa đổi ({}).",
                            crate::money::percent(reduction, crate::text::Lang::Vi)
                        ),
                        format!(
                            "The compliance cost rises after the amendment ({}).",
                            crate::money::percent(reduction, crate::text::Lang::En)
                        ),
                    ),
                    text(
                        "Giải trình lý do tăng chi phí, hoặc đơn giản hóa thêm.",
                        "Explain why the cost rises, or simplify further.",
                    ),
                )
                .basis(Some(target.basis.clone())),
            );
        } else if p.meets_target() == Some(false) {
            findings.push(
                Finding::new(
                    Severity::Warning,
                    "cost-reduction-below-target",
                    Where::procedure(&p.id).with_field("cost"),
                    Text::new(
                        format!(
                            "Thủ tục liên quan đến doanh nghiệp chỉ cắt giảm {} chi phí tuân thủ, dưới mục tiêu {}.",
                            crate::money::percent(reduction, crate::text::Lang::Vi),
                            crate::money::percent(target.percent, crate::text::Lang::Vi)
                        ),
                        format!(
                            "This business-related procedure cuts its compliance cost by {}, below the {} target.",
                            crate::money::percent(reduction, crate::text::Lang::En),
                            crate::money::percent(target.percent, crate::text::Lang::En)
                        ),
                    ),
                    text(
                        "Xem xét đơn giản hóa thêm (bỏ giấy tờ, rút ngắn thời hạn, thực hiện trực tuyến) hoặc giải trình.",
                        "Consider simplifying further (fewer documents, shorter time limit, online) or explain.",
                    ),
                )
                .basis(Some(target.basis.clone())),
            );
        }
    }
}
