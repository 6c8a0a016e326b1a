//! Arbitrary assessments for property tests, built the way users build them: by random sequences of
//! actions through the reducer.

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use rust_decimal::Decimal;
use tthc_core::appraisal::{AppraisalField, Opinion, PointAnswer};
use tthc_core::comment::Anchor;
use tthc_core::component::{
    Actor, Channels, CopyForm, DayKind, Dossier, DossierDocument, Fee, FeeKind, FormSpec, Level,
    Manner, Optional, Outcome, Requirement, ResultKind, Scope, SettlingBody, Step, Subjects,
    TimeLimit,
};
use tthc_core::consultation::{Response, ResponseKind};
use tthc_core::cost::{Activity, ActivityKind, Expense, ExpenseKind, Parameter, ParameterName};
use tthc_core::estimate::Estimate;
use tthc_core::ruleset::Criterion;
use tthc_core::statistics::Bundled;
use tthc_core::{
    Action, Answer, AnswerValue, Assessment, Component, ComponentValue, ConsultationField,
    CostAction, Date, DocumentType, DraftField, Location, ProcedureField, ProcedureKind,
    ProcedureStep, Registry, Side, Stage,
};
use tthc_core::{AppraisalAction, Verdict};

/// Text as users type it, and as attackers would: Vietnamese, Markdown and HTML, quotes, control
/// characters.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("Cấp giấy phép sử dụng tạm thời hè phố".to_owned()),
        Just("Nêu rõ lý do: vì cần bảo đảm trật tự".to_owned()),
        Just("<script>alert(1)</script> | # * [x](javascript:alert(1)) `code`".to_owned()),
        Just("\"quoted\" \\ back\\slash \u{0} \n new line".to_owned()),
        "[a-zA-Zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ0-9 .,:;()|#*_-]{0,40}",
        any::<String>().prop_map(|s| s.chars().take(30).collect()),
    ]
}

/// Decimals as users type them, and absurd ones.
pub fn decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        4 => (0i64..10_000_000).prop_map(Decimal::from),
        4 => (0i64..1_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s)),
        1 => (-1000i64..0).prop_map(Decimal::from),
        1 => Just(Decimal::MAX),
    ]
}

/// Counts of subjects, from none to absurd (10^30 does not fit the exact arithmetic).
pub fn count() -> impl Strategy<Value = u128> {
    prop_oneof![
        8 => 0u128..100_000,
        1 => Just(10u128.pow(30)),
        1 => any::<u128>(),
    ]
}

/// An estimate of a count, with or without a range and a source.
pub fn count_estimate() -> impl Strategy<Value = Estimate<u128>> {
    (
        option::of(count()),
        option::of(count()),
        option::of(count()),
        text(),
    )
        .prop_map(|(value, low, high, source)| Estimate {
            value,
            low,
            high,
            source,
        })
}

/// An estimate of hours or money: usually sensible, sometimes negative, inverted or huge.
pub fn decimal_estimate() -> impl Strategy<Value = Estimate<Decimal>> {
    (
        option::of(decimal()),
        option::of(decimal()),
        option::of(decimal()),
        text(),
    )
        .prop_map(|(value, low, high, source)| Estimate {
            value,
            low,
            high,
            source,
        })
}

fn date() -> impl Strategy<Value = Date> {
    (2010u16..2030, 1u8..=12, 1u8..=28)
        .prop_map(|(y, m, d)| Date::new(y, m, d).expect("a day that exists"))
}

fn channels() -> impl Strategy<Value = Channels> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(in_person, post, online)| Channels {
        in_person,
        post,
        online,
    })
}

/// An id as a list entry may carry: none, one the reducer gives (so that entries collide), or any.
fn id_like() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        proptest::sample::select(vec!["d1", "f1", "r1", "fee1", "a1", "s1", "o1"])
            .prop_map(str::to_owned),
        "[a-z]{1,2}[0-9]{1,2}"
    ]
}

/// The sample as a hand-edited file might hold it: two procedures under one id, a document id used twice
/// and an activity id used twice — what [`Action::Replace`] must make unique.
fn sample_with_repeated_ids() -> Assessment {
    let mut a = tthc_core::sample::sample();
    let first = a.procedures[0].id.clone();
    a.procedures[1].id = first;
    let docs = &mut a.procedures[0].after.dossier.documents;
    if let Some(d) = docs.first().cloned() {
        docs.push(d);
    }
    let acts = &mut a.procedures[0].cost.after.activities;
    if let Some(x) = acts.first().cloned() {
        acts.push(x);
    }
    a
}

fn component_value() -> impl Strategy<Value = ComponentValue> {
    prop_oneof![
        text().prop_map(ComponentValue::Name),
        vec(
            (
                prop_oneof![Just(Actor::Applicant), Just(Actor::Authority)],
                text()
            ),
            0..4
        )
        .prop_map(|steps| {
            ComponentValue::Sequence(
                steps
                    .into_iter()
                    .map(|(actor, description)| Step { actor, description })
                    .collect(),
            )
        }),
        (channels(), channels(), text()).prop_map(|(submission, result, note)| {
            ComponentValue::Manner(Manner {
                submission,
                result,
                note,
            })
        }),
        (
            vec(
                (id_like(), text(), 0usize..5, 0u32..4, any::<bool>(), text()),
                0..4
            ),
            option::of(0u32..5),
            text()
        )
            .prop_map(|(docs, sets, sets_reason)| {
                ComponentValue::Dossier(Dossier {
                    documents: docs
                        .into_iter()
                        .map(|(id, name, form, quantity, in_national_database, reason)| {
                            DossierDocument {
                                id,
                                name,
                                copy_form: CopyForm::ALL[form],
                                quantity,
                                in_national_database,
                                reason,
                            }
                        })
                        .collect(),
                    sets,
                    sets_reason,
                })
            }),
        (option::of(0u32..60), any::<bool>(), text()).prop_map(|(days, working, reason)| {
            ComponentValue::TimeLimit(TimeLimit {
                days,
                unit: if working {
                    DayKind::WorkingDays
                } else {
                    DayKind::CalendarDays
                },
                reason,
            })
        }),
        (any::<[bool; 6]>(), count_estimate(), text()).prop_map(|(b, per_year, description)| {
            ComponentValue::Subjects(Subjects {
                individuals: b[0],
                organisations: b[1],
                domestic: b[2],
                foreign: b[3],
                business: b[4],
                scope: if b[5] {
                    Scope::Nationwide
                } else {
                    Scope::Local
                },
                per_year,
                description,
            })
        }),
        (text(), option::of(0usize..4), any::<[bool; 3]>()).prop_map(|(name, level, b)| {
            ComponentValue::SettlingBody(SettlingBody {
                name,
                level: level.map(|l| Level::ALL[l]),
                delegated: b[0],
                one_stop: b[1],
                inter_agency: b[2],
            })
        }),
        (
            option::of(any::<bool>()),
            0usize..5,
            text(),
            option::of(0u32..60)
        )
            .prop_map(|(present, kind, name, months)| {
                ComponentValue::Result(Optional {
                    present,
                    value: Outcome {
                        kind: ResultKind::ALL[kind],
                        name,
                        validity_months: months,
                        ..Outcome::default()
                    },
                })
            }),
        (
            option::of(any::<bool>()),
            vec((id_like(), text(), any::<bool>()), 0..3)
        )
            .prop_map(|(present, forms)| {
                ComponentValue::Forms(Optional {
                    present,
                    value: forms
                        .into_iter()
                        .map(|(id, name, needs_confirmation)| FormSpec {
                            id,
                            name,
                            code: String::new(),
                            needs_confirmation,
                        })
                        .collect(),
                })
            }),
        (
            option::of(any::<bool>()),
            vec((id_like(), text(), text()), 0..3)
        )
            .prop_map(|(present, reqs)| {
                ComponentValue::Conditions(Optional {
                    present,
                    value: reqs
                        .into_iter()
                        .map(|(id, text, reason)| Requirement {
                            id,
                            text,
                            reason,
                            proof: String::new(),
                        })
                        .collect(),
                })
            }),
        (
            option::of(any::<bool>()),
            vec((id_like(), text(), option::of(decimal()), text()), 0..3)
        )
            .prop_map(|(present, fees)| {
                ComponentValue::Fees(Optional {
                    present,
                    value: fees
                        .into_iter()
                        .map(|(id, name, amount, basis)| Fee {
                            id,
                            kind: FeeKind::Fee,
                            name,
                            amount,
                            basis,
                            payment: String::new(),
                        })
                        .collect(),
                })
            }),
    ]
}

fn answer_value() -> impl Strategy<Value = Option<AnswerValue>> {
    option::of(prop_oneof![
        prop_oneof![
            Just("yes"),
            Just("no"),
            Just("wholly"),
            Just("partly"),
            Just("a"),
            Just("maybe")
        ]
        .prop_map(|c| AnswerValue::Choice(c.to_owned())),
        vec(
            prop_oneof![Just("a"), Just("b"), Just("other"), Just("zz")],
            0..3
        )
        .prop_map(|cs| AnswerValue::Choices(cs.into_iter().map(str::to_owned).collect())),
        text().prop_map(AnswerValue::Text),
        decimal().prop_map(AnswerValue::Number),
        date().prop_map(AnswerValue::Date),
    ])
}

/// An answer of any shape, fitting its item or not.
pub fn answer() -> impl Strategy<Value = Answer> {
    (answer_value(), text(), any::<bool>()).prop_map(|(value, reason, unsure)| Answer {
        value,
        reason,
        unsure,
    })
}

/// The item ids of every bundled ruleset, and a few that exist nowhere.
pub fn item_keys() -> Vec<String> {
    let mut keys: Vec<String> = Registry::bundled()
        .all()
        .iter()
        .flat_map(|r| r.all_items().into_iter().map(|i| i.item.id.clone()))
        .collect();
    keys.extend([
        "nd63.pl2.1@f1".to_owned(),
        "nd63.pl3.5@r1".to_owned(),
        "no.such.item".to_owned(),
    ]);
    keys
}

/// A procedure id: mostly ones that exist after a few additions, sometimes one that does not.
fn procedure_id() -> impl Strategy<Value = String> {
    prop_oneof![4 => (1u8..6).prop_map(|n| format!("p{n}")), 1 => Just("nope".to_owned())]
}

fn kind() -> impl Strategy<Value = ProcedureKind> {
    (0usize..5).prop_map(|i| ProcedureKind::ALL[i])
}

fn component() -> impl Strategy<Value = Component> {
    (0usize..11).prop_map(|i| Component::ALL[i])
}

fn side() -> impl Strategy<Value = Side> {
    prop_oneof![Just(Side::Before), Just(Side::After)]
}

/// Any action, on existing or unknown ids.
pub fn action() -> impl Strategy<Value = Action> {
    let keys = item_keys();
    prop_oneof![
        3 => kind().prop_map(|kind| Action::AddProcedure { kind }),
        1 => procedure_id().prop_map(|id| Action::DuplicateProcedure { id }),
        1 => procedure_id().prop_map(|id| Action::RemoveProcedure { id }),
        1 => (procedure_id(), 0usize..8).prop_map(|(id, to)| Action::MoveProcedure { id, to }),
        2 => (procedure_id(), kind()).prop_map(|(id, k)| Action::SetProcedure { id, field: ProcedureField::Kind(k) }),
        1 => (procedure_id(), text()).prop_map(|(id, v)| Action::SetProcedure { id, field: ProcedureField::Provisions(v) }),
        6 => (procedure_id(), side(), component_value()).prop_map(|(id, side, value)| Action::SetComponent { id, side, value }),
        2 => (procedure_id(), component(), any::<bool>()).prop_map(|(id, component, changed)| Action::MarkChanged { id, component, changed }),
        8 => (procedure_id(), proptest::sample::select(keys), answer()).prop_map(|(id, key, answer)| Action::Answer { id, key, answer }),
        1 => text().prop_map(|t| Action::SetDraft(DraftField::Title(t))),
        1 => (0usize..8).prop_map(|i| Action::SetDraft(DraftField::DocumentType(Some(DocumentType::ALL[i])))),
        1 => prop_oneof![Just(Stage::Proposal), Just(Stage::Drafting)].prop_map(|s| Action::SetDraft(DraftField::Stage(s))),
        1 => option::of(date()).prop_map(|d| Action::SetDraft(DraftField::Date(d))),
        1 => text().prop_map(|name| Action::AddPolicy { name }),
        1 => option::of(date()).prop_map(|d| Action::SetConsultation(ConsultationField::Received(d))),
        1 => (option::of(procedure_id()), text()).prop_map(|(procedure, text)| Action::AddComment { procedure, text }),
        1 => ((1u8..4).prop_map(|n| format!("c{n}")), any::<bool>(), text()).prop_map(|(id, accepted, text)| Action::Respond {
            id,
            response: Some(Response { kind: if accepted { ResponseKind::Accepted } else { ResponseKind::Explained }, text }),
        }),
        1 => (procedure_id(), 0usize..4).prop_map(|(id, s)| Action::Navigate(Location::Procedure { id, step: ProcedureStep::ALL[s] })),
        2 => (procedure_id(), side(), vec((text(), decimal_estimate()), 0..4)).prop_map(|(id, side, list)| Action::Cost(CostAction::ProposeActivities {
            id,
            side,
            activities: list
                .into_iter()
                .map(|(name, hours)| Activity { id: String::new(), kind: ActivityKind::Prepare, name, hours, proposed: true })
                .collect(),
        })),
        2 => (procedure_id(), side(), id_like(), text(), decimal_estimate(), any::<bool>()).prop_map(
            |(id, side, aid, name, hours, proposed)| Action::Cost(CostAction::SetActivity {
                id,
                side,
                activity: Activity { id: aid, kind: ActivityKind::Other, name, hours, proposed },
            })
        ),
        1 => (procedure_id(), side()).prop_map(|(id, side)| Action::Cost(CostAction::ConfirmActivities { id, side })),
        1 => (procedure_id(), side(), any::<bool>(), id_like(), text(), decimal_estimate()).prop_map(
            |(id, side, service, eid, name, amount)| Action::Cost(CostAction::SetExpense {
                id,
                side,
                kind: if service { ExpenseKind::Service } else { ExpenseKind::Other },
                expense: Expense { id: eid, name, amount },
            })
        ),
        2 => (procedure_id(), side(), decimal_estimate()).prop_map(|(id, side, filings)| Action::Cost(CostAction::SetFilings { id, side, filings })),
        1 => prop_oneof![Just("gso-2024-urban"), Just("gso-2024-rural"), Just("gso-2024-national")]
            .prop_map(|s| Action::Cost(CostAction::SetParameter {
                name: ParameterName::IncomePerMonth,
                parameter: Parameter::from_income(Bundled::get().income(s).expect("bundled")),
            })),
        1 => (decimal(), text()).prop_map(|(value, source)| Action::Cost(CostAction::SetParameter {
            name: ParameterName::IncomePerMonth,
            parameter: Parameter { value, source, set: None, verified: false },
        })),
        1 => Just(Action::Cost(CostAction::Record(Box::new(
            tthc_core::cost::compute(&tthc_core::sample::sample()).result(),
        )))),
        2 => (procedure_id(), (0usize..4), option::of((0usize..4).prop_map(|v| Verdict::ALL[v])), text()).prop_map(
            |(procedure, c, verdict, comment)| Action::Appraisal(AppraisalAction::SetOpinion {
                procedure,
                criterion: Criterion::ALL[c],
                opinion: Opinion { verdict, comment },
            })
        ),
        1 => (option::of(procedure_id()), text()).prop_map(|(procedure, text)| Action::Appraisal(AppraisalAction::AddComment {
            procedure,
            anchor: Some(Anchor::Item { key: "tt03.c.name.1".into() }),
            text,
        })),
        1 => ((1u8..4).prop_map(|n| format!("y{n}")), text()).prop_map(|(id, text)| Action::Appraisal(AppraisalAction::Respond {
            id,
            response: Some(Response { kind: ResponseKind::Accepted, text }),
        })),
        1 => (procedure_id(), any::<bool>(), text()).prop_map(|(p, holds, note)| Action::Appraisal(AppraisalAction::SetPoint {
            key: format!("tt03.appraisal.cost.inputs@{p}"),
            answer: Some(PointAnswer { holds, note }),
        })),
        1 => text().prop_map(|t| Action::Appraisal(AppraisalAction::Set(AppraisalField::Conclusion(t)))),
        1 => Just(Action::Next),
        1 => Just(Action::Back),
        1 => Just(Action::Replace(Box::new(sample_with_repeated_ids()))),
    ]
}

/// An assessment built by up to `max` random actions, from an empty one or from the sample.
pub fn assessment(max: usize) -> impl Strategy<Value = Assessment> {
    (any::<bool>(), any::<bool>(), vec(action(), 0..max)).prop_map(
        |(from_sample, old_forms, actions)| {
            let mut a = if from_sample {
                tthc_core::sample::sample()
            } else if old_forms {
                Assessment::new(Registry::bundled().latest("nd63-2010").expect("bundled"))
            } else {
                Assessment::default()
            };
            for action in actions {
                a.apply(action);
            }
            a
        },
    )
}
