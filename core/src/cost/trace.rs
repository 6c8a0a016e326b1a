//! The trace of every figure: the formula, the values put in, the result — what the dossier prints so that
//! an appraiser can recompute each figure by hand.

use rust_decimal::Decimal;

use crate::money::Unit;
use crate::parameters::{ParameterName, Parameters};
use crate::scenario::Expense;
use crate::text::Text;

use super::arithmetic::Calc;
use super::inputs::Inputs;
use super::{Figure, Figures, ProcedureCost};

/// A value that went into a figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Operand {
    /// What it is (a figure's or a parameter's name, or the name the user gave an activity or expense).
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

impl Operand {
    /// A figure of the model as an operand.
    fn figure(figure: Figure, value: Option<Decimal>, source: &str) -> Operand {
        Operand {
            label: figure.label(),
            value,
            unit: figure.unit(),
            source: source.to_owned(),
            proposed: false,
        }
    }

    /// A value the user named (an activity, an expense, a fee).
    fn named(name: &str, value: Option<Decimal>, unit: Unit, source: &str) -> Operand {
        Operand {
            label: Text::new(name, name),
            value,
            unit,
            source: source.to_owned(),
            proposed: false,
        }
    }
}

/// How one figure was computed: the values put in and the result. Its name, unit and formula are the
/// figure's ([`Figure`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceLine {
    /// The figure.
    pub figure: Figure,
    /// The values put in.
    pub operands: Vec<Operand>,
    /// The result (`None` when it cannot be computed).
    pub result: Option<Decimal>,
}

/// How the hourly income was computed from the parameters.
pub(crate) fn hourly(calc: &Calc, p: &Parameters) -> TraceLine {
    let parameter = |name: ParameterName| {
        let param = p.get(name);
        Operand {
            label: name.label(),
            value: Some(param.value),
            unit: name.unit(),
            source: param.source.clone(),
            proposed: false,
        }
    };
    TraceLine {
        figure: Figure::HourlyIncome,
        operands: ParameterName::ALL.into_iter().map(parameter).collect(),
        result: calc.hourly,
    }
}

/// The trace of one scenario: each figure computed from others (the two counts are entered, and appear as
/// operands of the annual cost with their sources).
pub(crate) fn scenario(calc: &Calc, i: &Inputs<'_>, f: &Figures) -> Vec<TraceLine> {
    let line = |figure: Figure, operands: Vec<Operand>| TraceLine {
        figure,
        operands,
        result: f.get(figure),
    };
    let of = |figure: Figure| Operand::figure(figure, f.get(figure), "");
    vec![
        line(
            Figure::HoursPerFiling,
            i.scenario
                .activities
                .iter()
                .map(|a| Operand {
                    proposed: a.proposed,
                    ..Operand::named(&a.name, a.hours.value, Unit::Hours, &a.hours.source)
                })
                .collect(),
        ),
        line(
            Figure::TimeCostPerFiling,
            vec![
                of(Figure::HoursPerFiling),
                Operand::figure(Figure::HourlyIncome, calc.hourly, ""),
            ],
        ),
        line(
            Figure::FeesPerFiling,
            i.fees
                .iter()
                .map(|(name, amount)| Operand::named(name, *amount, Unit::Dong, ""))
                .collect(),
        ),
        line(Figure::ServicesPerFiling, expenses(&i.scenario.services)),
        line(Figure::OtherPerFiling, expenses(&i.scenario.other)),
        line(
            Figure::CostPerFiling,
            vec![
                of(Figure::TimeCostPerFiling),
                of(Figure::FeesPerFiling),
                of(Figure::ServicesPerFiling),
                of(Figure::OtherPerFiling),
            ],
        ),
        line(
            Figure::AnnualCost,
            vec![
                of(Figure::CostPerFiling),
                Operand::figure(
                    Figure::FilingsPerYear,
                    f.filings_per_year,
                    &i.scenario.filings_per_year.source,
                ),
                Operand::figure(
                    Figure::SubjectsPerYear,
                    f.subjects_per_year,
                    &i.subjects.source,
                ),
            ],
        ),
    ]
}

/// The trace of the saving and the reduction of a procedure.
pub(crate) fn saving(
    c: &ProcedureCost,
    before: Option<Decimal>,
    after: Option<Decimal>,
) -> Vec<TraceLine> {
    let annual = |label: Text, value| Operand {
        label,
        value,
        unit: Unit::Dong,
        source: String::new(),
        proposed: false,
    };
    let before_label = Text::new("Chi phí một năm trước", "Annual cost before");
    vec![
        TraceLine {
            figure: Figure::AnnualSaving,
            operands: vec![
                annual(before_label.clone(), before),
                annual(Text::new("Chi phí một năm sau", "Annual cost after"), after),
            ],
            result: c.annual_saving,
        },
        TraceLine {
            figure: Figure::ReductionPercent,
            operands: vec![
                Operand::figure(Figure::AnnualSaving, c.annual_saving, ""),
                annual(before_label, before),
            ],
            result: c.reduction_percent,
        },
    ]
}

fn expenses(list: &[Expense]) -> Vec<Operand> {
    list.iter()
        .map(|e| Operand::named(&e.name, e.amount.value, Unit::Dong, &e.amount.source))
        .collect()
}
