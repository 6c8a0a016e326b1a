//! Hostile text in every user field: the corpus of `tests/fixtures/payloads.txt` spread so that every
//! payload lands in every kind of field of some procedure.

use rust_decimal::Decimal;
use tthc_core::component::{
    Channels, Components, Dossier, DossierDocument, Fee, FormSpec, Manner, Optional, Outcome,
    Requirement, SettlingBody, Step, Subjects, TimeLimit,
};
use tthc_core::consultation::{Comment, Response, ResponseKind};
use tthc_core::cost::{Activity, Expense, Scenario};
use tthc_core::estimate::Estimate;
use tthc_core::flow::Plan;
use tthc_core::{
    Answer, AnswerValue, Assessment, Component, Procedure, ProcedureKind, Registry, Side,
};

/// The corpus: each line of the fixture is a payload, plus a few that span lines.
pub fn corpus() -> Vec<String> {
    let text = crate::read_fixture("payloads.txt");
    let mut out: Vec<String> = text
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    out.push("Dòng một\nDòng hai\n\nĐoạn mới <b>đậm</b>\n\n# tiêu đề sau dòng trống".to_owned());
    out.push("ô bảng\n| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | x |".to_owned());
    out.push("  \n\n    <script>window.__pwned=1</script>\n".to_owned());
    out
}

/// An assessment with one procedure per payload; in procedure `k`, field number `f` holds payload
/// `(k + f) mod n`, so every payload is in every field.
pub fn assessment(payloads: &[String]) -> Assessment {
    let n = payloads.len();
    let mut f = Filler {
        payloads,
        procedure: 0,
        field: 0,
    };
    let mut a = Assessment::default();
    a.draft.title = f.next();
    a.draft.drafting_body = f.next();
    a.draft.issuing_authority = f.next();
    a.draft.province = f.next();
    a.draft.version = f.next();
    a.draft.contact.name = f.next();
    a.draft.contact.position = f.next();
    a.draft.contact.phone = f.next();
    a.draft.contact.email = f.next();
    a.draft.date = Some("2026-10-15".parse().expect("date"));
    a.draft.document_type = Some(tthc_core::DocumentType::ProvincialCommitteeDecision);
    let mut issuance = || tthc_core::Issuance {
        superior_body: f.next(),
        number: f.next(),
        addressees: vec![f.next(), f.next()],
        signer: tthc_core::Signer {
            authority: f.next(),
            title: f.next(),
            name: f.next(),
        },
        recipients: vec![f.next(), f.next()],
    };
    a.draft.issuance = issuance();
    let appraisal_issuance = issuance();
    a.parameters.income_per_month.source = f.next();
    a.consultation.unit = f.next();
    a.consultation.reference = f.next();
    a.consultation.received = Some("2026-11-05".parse().expect("date"));
    let mut appraisal = tthc_core::appraisal::Appraisal {
        body: f.next(),
        reference: f.next(),
        appraiser: f.next(),
        conclusion: f.next(),
        issuance: appraisal_issuance,
        ..Default::default()
    };
    let ruleset = Registry::bundled().default_ruleset();
    let kinds = [
        ProcedureKind::New,
        ProcedureKind::Amended,
        ProcedureKind::Abolished,
    ];
    for k in 0..n {
        f.procedure = k;
        f.field = 0;
        let kind = kinds[k % kinds.len()];
        let mut p = Procedure::new(format!("p{}", k + 1), kind);
        if k == 0 {
            // An id is written into an HTML attribute.
            p.id = payloads[k].clone();
        }
        p.code = f.next();
        p.provisions = f.next();
        p.field = f.next();
        p.before = components(&mut f);
        p.after = components(&mut f);
        if kind == ProcedureKind::Amended {
            p.changed = Component::ALL.into_iter().collect();
        }
        for side in [Side::Before, Side::After] {
            let s = p.cost.side_mut(side);
            *s = Scenario {
                activities: vec![Activity {
                    id: "a1".into(),
                    name: f.next(),
                    hours: Estimate {
                        value: Some(Decimal::ONE),
                        source: f.next(),
                        ..Estimate::default()
                    },
                    ..Activity::default()
                }],
                services: vec![Expense {
                    id: "s1".into(),
                    name: f.next(),
                    amount: Estimate {
                        value: Some(Decimal::from(1000)),
                        source: f.next(),
                        ..Estimate::default()
                    },
                }],
                other: vec![Expense {
                    id: "o1".into(),
                    name: f.next(),
                    amount: Estimate {
                        value: Some(Decimal::from(500)),
                        source: f.next(),
                        ..Estimate::default()
                    },
                }],
                filings_per_year: Estimate {
                    value: Some(Decimal::ONE),
                    source: f.next(),
                    ..Estimate::default()
                },
            };
        }
        // Answer every item of the procedure's form: text items with a payload, choices with a payload reason.
        let plan = Plan::new(ruleset, a.draft.stage, &p);
        let keys: Vec<_> = plan
            .sections
            .iter()
            .flat_map(|s| {
                s.items
                    .iter()
                    .map(|i| (i.key.to_string(), i.item.answer.clone()))
            })
            .collect();
        for (key, kind) in keys {
            let answer = match kind.options() {
                Some(options) => Answer {
                    value: Some(AnswerValue::Choice(options[0].id.clone())),
                    reason: f.next(),
                    unsure: false,
                },
                None => Answer {
                    value: Some(AnswerValue::Text(f.next())),
                    reason: f.next(),
                    unsure: k % 5 == 0,
                },
            };
            p.answers.insert(key, answer);
        }
        a.consultation.comments.push(Comment {
            id: format!("c{}", k + 1),
            procedure: Some(p.id.clone()),
            anchor: None,
            text: f.next(),
            response: Some(Response {
                kind: ResponseKind::Explained,
                text: f.next(),
            }),
        });
        a.draft.policies.push(tthc_core::draft::Policy {
            id: format!("cs{}", k + 1),
            name: f.next(),
            description: f.next(),
        });
        for criterion in tthc_core::ruleset::Criterion::ALL {
            appraisal.opinions.entry(p.id.clone()).or_default().insert(
                criterion,
                tthc_core::appraisal::Opinion {
                    verdict: Some(tthc_core::Verdict::NeedsMore),
                    comment: f.next(),
                },
            );
        }
        appraisal.points.insert(
            format!("tt03.appraisal.necessity.objective@{}", p.id),
            tthc_core::appraisal::PointAnswer {
                holds: false,
                note: f.next(),
            },
        );
        for anchor in [
            tthc_core::comment::Anchor::Item { key: f.next() },
            tthc_core::comment::Anchor::Cost {
                side: Side::After,
                input: tthc_core::scenario::CostInput::Activity("a1".into()),
            },
            tthc_core::comment::Anchor::Cost {
                side: Side::Before,
                input: tthc_core::scenario::CostInput::parse(&f.next()),
            },
        ] {
            appraisal.comments.push(tthc_core::comment::Comment {
                id: format!("y{}", appraisal.comments.len() + 1),
                procedure: Some(p.id.clone()),
                anchor: Some(anchor),
                text: f.next(),
                response: Some(Response {
                    kind: ResponseKind::Accepted,
                    text: f.next(),
                }),
            });
        }
        a.procedures.push(p);
    }
    appraisal.comments.push(tthc_core::comment::Comment {
        id: "y0".into(),
        procedure: None,
        anchor: None,
        text: payloads[0].clone(),
        response: None,
    });
    a.appraisal = Some(appraisal);
    a
}

/// Hands out payloads: in procedure `k`, the `f`-th field gets payload `(k + f) mod n`.
struct Filler<'a> {
    payloads: &'a [String],
    procedure: usize,
    field: usize,
}

impl Filler<'_> {
    fn next(&mut self) -> String {
        self.field += 1;
        self.payloads[(self.procedure + self.field) % self.payloads.len()].clone()
    }
}

fn components(f: &mut Filler<'_>) -> Components {
    Components {
        name: f.next(),
        sequence: vec![
            Step {
                description: f.next(),
                ..Step::default()
            },
            Step {
                description: f.next(),
                ..Step::default()
            },
        ],
        manner: Manner {
            submission: Channels {
                in_person: true,
                post: false,
                online: true,
            },
            result: Channels {
                in_person: true,
                post: false,
                online: false,
            },
            note: f.next(),
        },
        dossier: Dossier {
            documents: vec![DossierDocument {
                id: "d1".into(),
                name: f.next(),
                reason: f.next(),
                ..DossierDocument::default()
            }],
            sets: Some(1),
            sets_reason: f.next(),
        },
        time_limit: TimeLimit {
            days: Some(5),
            reason: f.next(),
            ..TimeLimit::default()
        },
        subjects: Subjects {
            individuals: true,
            description: f.next(),
            per_year: Estimate {
                value: Some(100),
                low: Some(50),
                high: Some(200),
                source: f.next(),
            },
            ..Subjects::default()
        },
        settling_body: SettlingBody {
            name: f.next(),
            ..SettlingBody::default()
        },
        result: Optional {
            present: Some(true),
            value: Outcome {
                name: f.next(),
                validity_reason: f.next(),
                ..Outcome::default()
            },
        },
        forms: Optional {
            present: Some(true),
            value: vec![FormSpec {
                id: "f1".into(),
                name: f.next(),
                code: f.next(),
                needs_confirmation: true,
            }],
        },
        conditions: Optional {
            present: Some(true),
            value: vec![Requirement {
                id: "r1".into(),
                text: f.next(),
                reason: f.next(),
                proof: f.next(),
            }],
        },
        fees: Optional {
            present: Some(true),
            value: vec![Fee {
                id: "fee1".into(),
                name: f.next(),
                amount: Some(Decimal::from(50_000)),
                basis: f.next(),
                payment: f.next(),
                ..Fee::default()
            }],
        },
    }
}
