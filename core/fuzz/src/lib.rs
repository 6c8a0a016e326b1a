//! Structure-aware input for the fuzz targets: the fuzzer's bytes, read through `arbitrary`, become a
//! sequence of reducer actions aimed at what the assessment holds (its procedures, entries, comments), the
//! way people build an assessment — so that the targets reach deep states quickly instead of stopping at
//! the JSON parser.

use arbitrary::{Result, Unstructured};
use tthc_core::appraisal::{AppraisalField, Opinion, PointAnswer};
use tthc_core::comment::Anchor;
use tthc_core::component::{
    Channels, Dossier, DossierDocument, Fee, FormSpec, Optional, Requirement, Step, Subjects,
    TimeLimit,
};
use tthc_core::consultation::{Response, ResponseKind};
use tthc_core::cost::{Activity, ActivityKind, Expense, ExpenseKind};
use tthc_core::estimate::Estimate;
use tthc_core::scenario::CostInput;
use tthc_core::{
    Action, Analysis, AppraisalAction, Assessment, Component, ComponentValue, ConsultationField,
    CostAction, Criterion, Date, Decimal, DocumentType, DraftField, Keyed, Location,
    ProcedureField, ProcedureKind, ProcedureStep, Registry, Side, Stage, Verdict, sample,
};

/// An assessment to start from: empty, the sample, made with the 2010 forms, or a generated draft.
pub fn start(u: &mut Unstructured<'_>) -> Result<Assessment> {
    Ok(match u.int_in_range(0..=3u8)? {
        0 => Assessment::default(),
        1 => sample::sample(),
        2 => Assessment::new(Registry::bundled().latest("nd63-2010").unwrap_or_else(|| {
            Registry::bundled().default_ruleset()
        })),
        _ => sample::generated(usize::from(u.int_in_range(1..=4u8)?)),
    })
}

/// At most this many procedures: a draft of many procedures explores nothing a few do not, and slows every
/// execution down.
const MAX_PROCEDURES: usize = 8;

/// A valid assessment built by up to `max` actions from a [`start`], while the input lasts.
pub fn assessment(u: &mut Unstructured<'_>, max: usize) -> Result<Assessment> {
    let mut a = start(u)?;
    for _ in 0..max {
        if u.is_empty() {
            break;
        }
        let act = action(u, &a)?;
        a.apply(act);
    }
    Ok(a)
}

fn pick<T: Keyed>(u: &mut Unstructured<'_>) -> Result<T> {
    Ok(*u.choose(T::ALL)?)
}

/// A short text: empty, ordinary Vietnamese, markup-like, or anything.
fn text(u: &mut Unstructured<'_>) -> Result<String> {
    Ok(match u.int_in_range(0..=4u8)? {
        0 => String::new(),
        1 => "Cấp giấy phép sử dụng tạm thời hè phố".to_owned(),
        2 => "<script>alert(1)</script> **đậm** | ô | \n# tiêu đề".to_owned(),
        _ => {
            let s: String = u.arbitrary()?;
            s.chars().take(200).collect()
        }
    })
}

/// An exact decimal: small, large, negative, with many decimals.
fn decimal(u: &mut Unstructured<'_>) -> Result<Decimal> {
    let mantissa: i64 = u.arbitrary()?;
    let scale = u.int_in_range(0..=12u32)?;
    Ok(Decimal::new(mantissa, scale))
}

fn estimate_decimal(u: &mut Unstructured<'_>) -> Result<Estimate<Decimal>> {
    Ok(Estimate {
        value: opt(u, decimal)?,
        low: opt(u, decimal)?,
        high: opt(u, decimal)?,
        source: text(u)?,
    })
}

fn estimate_count(u: &mut Unstructured<'_>) -> Result<Estimate<u128>> {
    let count = |u: &mut Unstructured<'_>| -> Result<u128> {
        Ok(match u.int_in_range(0..=2u8)? {
            0 => u128::from(u.int_in_range(0..=5000u32)?),
            1 => 10u128.pow(u.int_in_range(0..=38u32)?),
            _ => u.arbitrary()?,
        })
    };
    Ok(Estimate {
        value: opt(u, count)?,
        low: opt(u, count)?,
        high: opt(u, count)?,
        source: text(u)?,
    })
}

fn opt<T>(
    u: &mut Unstructured<'_>,
    f: impl FnOnce(&mut Unstructured<'_>) -> Result<T>,
) -> Result<Option<T>> {
    Ok(if u.arbitrary()? { Some(f(u)?) } else { None })
}

fn date(u: &mut Unstructured<'_>) -> Result<Option<Date>> {
    let (y, m, d) = (
        u.int_in_range(2009..=2031u16)?,
        u.int_in_range(1..=12u8)?,
        u.int_in_range(1..=31u8)?,
    );
    Ok(Date::new(y, m, d).ok())
}

/// A procedure id: one in the draft most of the time, else an unknown one.
fn procedure(u: &mut Unstructured<'_>, a: &Assessment) -> Result<String> {
    if a.procedures.is_empty() || u.ratio(1, 8)? {
        return Ok(format!("p{}", u.int_in_range(0..=9u8)?));
    }
    Ok(u.choose(&a.procedures)?.id.clone())
}

/// An id in a list: one that is there most of the time, else empty or unknown.
fn entry<'a>(u: &mut Unstructured<'_>, ids: impl Iterator<Item = &'a str>) -> Result<String> {
    let ids: Vec<&str> = ids.collect();
    if ids.is_empty() || u.ratio(1, 6)? {
        return Ok(if u.arbitrary()? {
            String::new()
        } else {
            format!("x{}", u.int_in_range(0..=9u8)?)
        });
    }
    Ok((*u.choose(&ids)?).to_owned())
}

/// An answer key: an item of a bundled ruleset (with an entry sometimes), or anything.
fn item_key(u: &mut Unstructured<'_>) -> Result<String> {
    let registry = Registry::bundled();
    let r = u.choose(registry.all())?;
    let items = r.all_items();
    if items.is_empty() || u.ratio(1, 10)? {
        return text(u);
    }
    let item = u.choose(&items)?.item.id.clone();
    Ok(if u.ratio(1, 4)? {
        format!("{item}@{}", ["f1", "f2", "r1", "x"][usize::from(u.int_in_range(0..=3u8)?)])
    } else {
        item
    })
}

fn answer(u: &mut Unstructured<'_>) -> Result<tthc_core::Answer> {
    use tthc_core::AnswerValue;
    let value = match u.int_in_range(0..=6u8)? {
        0 => None,
        1 => Some(AnswerValue::Choice(
            ["yes", "no", "wholly", "partly", "a", "b"][usize::from(u.int_in_range(0..=5u8)?)]
                .to_owned(),
        )),
        2 => Some(AnswerValue::Choices(vec!["a".into(), text(u)?])),
        3 => Some(AnswerValue::Text(text(u)?)),
        4 => Some(AnswerValue::Number(decimal(u)?)),
        5 => date(u)?.map(AnswerValue::Date),
        _ => Some(AnswerValue::Choice(text(u)?)),
    };
    Ok(tthc_core::Answer {
        value,
        reason: text(u)?,
        unsure: u.arbitrary()?,
    })
}

fn component_value(u: &mut Unstructured<'_>) -> Result<ComponentValue> {
    let present = |u: &mut Unstructured<'_>| -> Result<Option<bool>> { opt(u, |u| u.arbitrary()) };
    let ids = ["", "d1", "f1", "r1", "fee1", "x"];
    let id = |u: &mut Unstructured<'_>| -> Result<String> {
        Ok(ids[usize::from(u.int_in_range(0..=5u8)?)].to_owned())
    };
    let n = |u: &mut Unstructured<'_>| -> Result<usize> { Ok(usize::from(u.int_in_range(0..=3u8)?)) };
    Ok(match u.int_in_range(0..=8u8)? {
        0 => ComponentValue::Name(text(u)?),
        1 => {
            let mut steps = Vec::new();
            for _ in 0..n(u)? {
                steps.push(Step {
                    actor: pick(u)?,
                    description: text(u)?,
                });
            }
            ComponentValue::Sequence(steps)
        }
        2 => {
            let mut documents = Vec::new();
            for _ in 0..n(u)? {
                documents.push(DossierDocument {
                    id: id(u)?,
                    name: text(u)?,
                    copy_form: pick(u)?,
                    quantity: u.int_in_range(0..=5u32)?,
                    in_national_database: u.arbitrary()?,
                    reason: text(u)?,
                });
            }
            ComponentValue::Dossier(Dossier {
                documents,
                sets: opt(u, |u| u.int_in_range(0..=5u32))?,
                sets_reason: text(u)?,
            })
        }
        3 => ComponentValue::TimeLimit(TimeLimit {
            days: opt(u, |u| u.int_in_range(0..=400u32))?,
            unit: pick(u)?,
            reason: text(u)?,
        }),
        4 => ComponentValue::Subjects(Subjects {
            individuals: u.arbitrary()?,
            organisations: u.arbitrary()?,
            domestic: u.arbitrary()?,
            foreign: u.arbitrary()?,
            business: u.arbitrary()?,
            scope: pick(u)?,
            per_year: estimate_count(u)?,
            description: text(u)?,
        }),
        5 => {
            let mut value = Vec::new();
            for _ in 0..n(u)? {
                value.push(FormSpec {
                    id: id(u)?,
                    name: text(u)?,
                    code: String::new(),
                    needs_confirmation: u.arbitrary()?,
                });
            }
            ComponentValue::Forms(Optional {
                present: present(u)?,
                value,
            })
        }
        6 => {
            let mut value = Vec::new();
            for _ in 0..n(u)? {
                value.push(Requirement {
                    id: id(u)?,
                    text: text(u)?,
                    reason: text(u)?,
                    proof: String::new(),
                });
            }
            ComponentValue::Conditions(Optional {
                present: present(u)?,
                value,
            })
        }
        7 => {
            let mut value = Vec::new();
            for _ in 0..n(u)? {
                value.push(Fee {
                    id: id(u)?,
                    kind: pick(u)?,
                    name: text(u)?,
                    amount: opt(u, decimal)?,
                    basis: text(u)?,
                    payment: String::new(),
                });
            }
            ComponentValue::Fees(Optional {
                present: present(u)?,
                value,
            })
        }
        _ => ComponentValue::Manner(tthc_core::component::Manner {
            submission: Channels {
                in_person: u.arbitrary()?,
                post: u.arbitrary()?,
                online: u.arbitrary()?,
            },
            result: Channels {
                in_person: u.arbitrary()?,
                post: u.arbitrary()?,
                online: u.arbitrary()?,
            },
            note: text(u)?,
        }),
    })
}

/// An anchor for a comment on a procedure: an answer, a component or a cost input.
fn anchor(u: &mut Unstructured<'_>, a: &Assessment, p: &str) -> Result<Option<Anchor>> {
    Ok(match u.int_in_range(0..=3u8)? {
        0 => None,
        1 => Some(Anchor::Item { key: item_key(u)? }),
        2 => Some(Anchor::Component {
            side: pick(u)?,
            component: pick(u)?,
        }),
        _ => {
            let side: Side = pick(u)?;
            let activities = a
                .procedure(p)
                .map(|x| x.cost.side(side).activities.iter().map(|a| a.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default();
            let input = match u.int_in_range(0..=3u8)? {
                0 => CostInput::Activity(entry(u, activities.iter().map(String::as_str))?),
                1 => CostInput::FilingsPerYear,
                2 => CostInput::SubjectsPerYear,
                _ => CostInput::Fees,
            };
            Some(Anchor::Cost { side, input })
        }
    })
}

/// One action, aimed at what the assessment holds.
#[allow(clippy::too_many_lines, reason = "one arm per kind of action, read as a table")]
pub fn action(u: &mut Unstructured<'_>, a: &Assessment) -> Result<Action> {
    let p = procedure(u, a)?;
    let side: Side = pick(u)?;
    let scenario = a.procedure(&p).map(|x| x.cost.side(side).clone()).unwrap_or_default();
    let comments = a.consultation.comments.iter().map(|c| c.id.as_str());
    let appraisal_comments: Vec<&str> = a
        .appraisal
        .iter()
        .flat_map(|x| x.comments.iter().map(|c| c.id.as_str()))
        .collect();
    let full = a.procedures.len() >= MAX_PROCEDURES;
    Ok(match u.int_in_range(0..=35u8)? {
        0 | 1 if full => Action::RemoveProcedure { id: p },
        0 => Action::AddProcedure { kind: pick(u)? },
        1 => Action::DuplicateProcedure { id: p },
        2 => Action::RemoveProcedure { id: p },
        3 => Action::MoveProcedure {
            id: p,
            to: usize::from(u.int_in_range(0..=9u8)?),
        },
        4 => Action::SetProcedure {
            id: p,
            field: match u.int_in_range(0..=4u8)? {
                0 => ProcedureField::Kind(pick::<ProcedureKind>(u)?),
                1 => ProcedureField::Code(text(u)?),
                2 => ProcedureField::Provisions(text(u)?),
                3 => ProcedureField::Field(text(u)?),
                _ => ProcedureField::Policy(opt(u, |u| {
                    entry(u, a.draft.policies.iter().map(|x| x.id.as_str()))
                })?),
            },
        },
        5..=9 => Action::SetComponent {
            id: p,
            side,
            value: component_value(u)?,
        },
        10 => Action::MarkChanged {
            id: p,
            component: pick::<Component>(u)?,
            changed: u.arbitrary()?,
        },
        11..=14 => Action::Answer {
            id: p,
            key: item_key(u)?,
            answer: answer(u)?,
        },
        15 => Action::SetDraft(match u.int_in_range(0..=6u8)? {
            0 => DraftField::Title(text(u)?),
            1 => DraftField::DocumentType(opt(u, pick::<DocumentType>)?),
            2 => DraftField::Stage(pick::<Stage>(u)?),
            3 => DraftField::Date(date(u)?),
            4 => DraftField::Province(text(u)?),
            5 => DraftField::DraftingBody(text(u)?),
            _ => DraftField::Version(text(u)?),
        }),
        16 => Action::AddPolicy { name: text(u)? },
        17 => Action::RemovePolicy {
            id: entry(u, a.draft.policies.iter().map(|x| x.id.as_str()))?,
        },
        18 => Action::SetConsultation(ConsultationField::Received(date(u)?)),
        19 => Action::AddComment {
            procedure: opt(u, |u| procedure(u, a))?,
            text: text(u)?,
        },
        20 => Action::Respond {
            id: entry(u, comments)?,
            response: opt(u, |u| {
                Ok(Response {
                    kind: if u.arbitrary()? {
                        ResponseKind::Accepted
                    } else {
                        ResponseKind::Explained
                    },
                    text: text(u)?,
                })
            })?,
        },
        21 => Action::RemoveComment {
            id: entry(u, a.consultation.comments.iter().map(|c| c.id.as_str()))?,
        },
        22 => Action::propose_activities(a, &p, side).unwrap_or(Action::Next),
        23 => Action::Cost(CostAction::SetActivity {
            id: p,
            side,
            activity: Activity {
                id: entry(u, scenario.activities.iter().map(|x| x.id.as_str()))?,
                kind: pick::<ActivityKind>(u)?,
                name: text(u)?,
                hours: estimate_decimal(u)?,
                proposed: u.arbitrary()?,
            },
        }),
        24 => Action::Cost(CostAction::RemoveActivity {
            id: p,
            side,
            activity: entry(u, scenario.activities.iter().map(|x| x.id.as_str()))?,
        }),
        25 => Action::Cost(CostAction::ConfirmActivities { id: p, side }),
        26 => {
            let kind: ExpenseKind = pick(u)?;
            Action::Cost(CostAction::SetExpense {
                id: p,
                side,
                kind,
                expense: Expense {
                    id: entry(u, scenario.expenses(kind).iter().map(|x| x.id.as_str()))?,
                    name: text(u)?,
                    amount: estimate_decimal(u)?,
                },
            })
        }
        27 => Action::Cost(CostAction::SetFilings {
            id: p,
            side,
            filings: estimate_decimal(u)?,
        }),
        28 => {
            let ruleset = Registry::bundled().resolve_or_default(&a.ruleset);
            Action::record_cost(&Analysis::new(a, ruleset), a)
        }
        29 => Action::Appraisal(AppraisalAction::SetOpinion {
            procedure: p,
            criterion: pick::<Criterion>(u)?,
            opinion: Opinion {
                verdict: opt(u, pick::<Verdict>)?,
                comment: text(u)?,
            },
        }),
        30 => {
            let on = opt(u, |u| procedure(u, a))?;
            let anchor = match &on {
                Some(p) => anchor(u, a, p)?,
                None => None,
            };
            Action::Appraisal(AppraisalAction::AddComment {
                procedure: on,
                anchor,
                text: text(u)?,
            })
        }
        31 => Action::Appraisal(AppraisalAction::Respond {
            id: entry(u, appraisal_comments.iter().copied())?,
            response: opt(u, |u| {
                Ok(Response {
                    kind: ResponseKind::Accepted,
                    text: text(u)?,
                })
            })?,
        }),
        32 => {
            let ruleset = Registry::bundled().resolve_or_default(&a.ruleset);
            let point = u.choose(&ruleset.appraisal.points)?.id.clone();
            Action::Appraisal(AppraisalAction::SetPoint {
                key: match u.int_in_range(0..=2u8)? {
                    0 => point,
                    1 => format!("{point}@{p}"),
                    _ => format!("{point}@{p}@{}", pick::<Component>(u)?.key()),
                },
                answer: opt(u, |u| {
                    Ok(PointAnswer {
                        holds: u.arbitrary()?,
                        note: text(u)?,
                    })
                })?,
            })
        }
        33 => Action::Appraisal(AppraisalAction::Set(AppraisalField::Conclusion(text(u)?))),
        34 => Action::SetRuleset(u.choose(Registry::bundled().all())?.reference()),
        _ => match u.int_in_range(0..=3u8)? {
            0 => Action::Next,
            1 => Action::Back,
            2 => Action::Navigate(Location::Procedure {
                id: p,
                step: pick::<ProcedureStep>(u)?,
            }),
            _ => Action::Replace(Box::new(start(u)?)),
        },
    })
}
