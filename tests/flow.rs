//! The guided flow on the bundled rulesets: which form, which components, what is skipped and why.

use tthc_core::component::{FormSpec, Optional, Requirement};
use tthc_core::flow::{Plan, procedure_progress};
use tthc_core::{
    Action, Answer, AnswerKey, Assessment, Component, ComponentValue, DraftField, ProcedureKind,
    Registry, Ruleset, Side, Stage,
};

fn tt03() -> &'static Ruleset {
    Registry::bundled().latest("tt03-2022").expect("bundled")
}

fn nd63() -> &'static Ruleset {
    Registry::bundled().latest("nd63-2010").expect("bundled")
}

fn with(ruleset: &Ruleset, stage: Stage, kind: ProcedureKind) -> Assessment {
    let mut a = Assessment::new(ruleset);
    a.apply(Action::SetDraft(DraftField::Stage(stage)));
    a.apply(Action::AddProcedure { kind });
    a
}

fn answer(a: &mut Assessment, key: &str, choice: &str) {
    a.apply(Action::Answer {
        id: "p1".into(),
        key: key.into(),
        answer: Answer::choice_with_reason(choice, "Vì…"),
    });
}

fn section_ids(plan: &Plan<'_>) -> Vec<String> {
    plan.sections.iter().map(|s| s.section.id.clone()).collect()
}

#[test]
fn each_kind_and_stage_gets_its_form() {
    let cases = [
        (Stage::Drafting, ProcedureKind::New, "tt03.new"),
        (Stage::Drafting, ProcedureKind::DetailedNew, "tt03.bm03"),
        (Stage::Drafting, ProcedureKind::DetailedAmended, "tt03.bm03"),
        (Stage::Drafting, ProcedureKind::Amended, "tt03.bm03"),
        (Stage::Drafting, ProcedureKind::Abolished, "tt03.abolished"),
        (Stage::Proposal, ProcedureKind::New, "tt03.proposal"),
        (Stage::Proposal, ProcedureKind::Amended, "tt03.proposal"),
        (Stage::Proposal, ProcedureKind::Abolished, "tt03.abolished"),
    ];
    for (stage, kind, form) in cases {
        let a = with(tt03(), stage, kind);
        let plan = Plan::new(tt03(), stage, &a.procedures[0]);
        assert_eq!(
            plan.form.map(|f| f.id.as_str()),
            Some(form),
            "{stage:?} {kind:?}"
        );
    }
}

#[test]
fn a_new_procedure_assesses_every_component_it_has() {
    let mut a = with(tt03(), Stage::Drafting, ProcedureKind::New);
    let plan = Plan::new(tt03(), Stage::Drafting, &a.procedures[0]);
    let blocks: Vec<_> = section_ids(&plan)
        .into_iter()
        .filter(|s| s.starts_with("tt03.c."))
        .collect();
    // Art. 8(2)(h) components are assessed only once the procedure is stated to have them.
    assert_eq!(
        blocks,
        [
            "tt03.c.name",
            "tt03.c.sequence",
            "tt03.c.manner",
            "tt03.c.dossier",
            "tt03.c.time-limit",
            "tt03.c.subjects",
            "tt03.c.settling-body"
        ]
    );
    a.apply(Action::SetComponent {
        id: "p1".into(),
        side: Side::After,
        value: ComponentValue::Fees(Optional {
            present: Some(true),
            value: vec![],
        }),
    });
    let plan = Plan::new(tt03(), Stage::Drafting, &a.procedures[0]);
    assert!(section_ids(&plan).contains(&"tt03.c.fees".to_owned()));
}

#[test]
fn form_03_keeps_only_the_changed_components() {
    let mut a = with(tt03(), Stage::Drafting, ProcedureKind::Amended);
    for c in [Component::TimeLimit, Component::Dossier] {
        a.apply(Action::MarkChanged {
            id: "p1".into(),
            component: c,
            changed: true,
        });
    }
    let plan = Plan::new(tt03(), Stage::Drafting, &a.procedures[0]);
    let blocks: Vec<_> = section_ids(&plan)
        .into_iter()
        .filter(|s| s.starts_with("tt03.c."))
        .collect();
    assert_eq!(
        blocks,
        ["tt03.c.dossier", "tt03.c.time-limit"],
        "in form order, not marking order"
    );
    assert_eq!(plan.assessed.len(), 2);
}

#[test]
fn the_proposal_stage_assesses_three_components() {
    let a = with(tt03(), Stage::Proposal, ProcedureKind::New);
    let plan = Plan::new(tt03(), Stage::Proposal, &a.procedures[0]);
    let assessed: Vec<_> = plan.assessed.iter().copied().collect();
    assert_eq!(
        assessed,
        [
            Component::Name,
            Component::Subjects,
            Component::SettlingBody
        ]
    );
    let subsections: Vec<_> = section_ids(&plan)
        .into_iter()
        .filter(|s| s.starts_with("tt03.proposal.iii."))
        .collect();
    assert_eq!(
        subsections,
        [
            "tt03.proposal.iii.1",
            "tt03.proposal.iii.2",
            "tt03.proposal.iii.3"
        ]
    );
}

#[test]
fn an_unnecessary_procedure_stops_the_assessment() {
    let mut a = with(tt03(), Stage::Drafting, ProcedureKind::New);
    answer(&mut a, "tt03.new.ii.3", "no");
    let plan = Plan::new(tt03(), Stage::Drafting, &a.procedures[0]);
    let skipped: Vec<_> = plan
        .skipped()
        .iter()
        .map(|(s, r)| (s.section.id.clone(), r.id.clone()))
        .collect();
    assert_eq!(
        skipped,
        [
            (
                "tt03.new.iii".to_owned(),
                "tt03.stop.new-unnecessary".to_owned()
            ),
            (
                "tt03.new.iv".to_owned(),
                "tt03.stop.new-unnecessary".to_owned()
            ),
            (
                "tt03.new.v".to_owned(),
                "tt03.stop.new-unnecessary".to_owned()
            ),
        ]
    );
    // Nothing in the skipped sections is shown, including the blocks inside section IV.
    assert!(plan.visible_items().all(|(s, _)| {
        ["tt03.nd78.art5", "tt03.new.i", "tt03.new.ii"].contains(&s.section.id.as_str())
    }));
    // Changing the answer brings them back.
    answer(&mut a, "tt03.new.ii.3", "yes");
    let plan = Plan::new(tt03(), Stage::Drafting, &a.procedures[0]);
    assert!(plan.skipped().is_empty());
}

#[test]
fn a_procedure_outside_competence_stops_after_legality() {
    let mut a = with(tt03(), Stage::Drafting, ProcedureKind::New);
    answer(&mut a, "tt03.new.ii.3", "yes");
    answer(&mut a, "tt03.new.iii.1", "no");
    let plan = Plan::new(tt03(), Stage::Drafting, &a.procedures[0]);
    let skipped: Vec<_> = plan
        .skipped()
        .iter()
        .map(|(s, _)| s.section.id.clone())
        .collect();
    assert_eq!(skipped, ["tt03.new.iv", "tt03.new.v"]);
    // Once necessity stops the assessment, the legality answer is hidden and no longer counts.
    answer(&mut a, "tt03.new.ii.3", "no");
    let plan = Plan::new(tt03(), Stage::Drafting, &a.procedures[0]);
    let rules: Vec<_> = plan.skipped().iter().map(|(_, r)| r.id.clone()).collect();
    assert!(
        rules.iter().all(|r| r == "tt03.stop.new-unnecessary"),
        "{rules:?}"
    );
    assert!(!plan.is_visible(&AnswerKey::item("tt03.new.iii.1")));
    assert!(
        a.procedures[0].answers.contains_key("tt03.new.iii.1"),
        "kept, only ignored"
    );
}

#[test]
fn sub_items_appear_only_for_the_answer_that_unlocks_them() {
    let mut a = with(tt03(), Stage::Drafting, ProcedureKind::New);
    let key = AnswerKey::item("tt03.c.sequence.d.1");
    let visible =
        |a: &Assessment| Plan::new(tt03(), Stage::Drafting, &a.procedures[0]).is_visible(&key);
    assert!(!visible(&a));
    answer(&mut a, "tt03.c.sequence.d", "yes");
    assert!(visible(&a));
    answer(&mut a, "tt03.c.sequence.d", "no");
    assert!(!visible(&a));
}

#[test]
fn the_2010_annexes_repeat_per_form_and_per_condition() {
    let mut a = with(nd63(), Stage::Drafting, ProcedureKind::New);
    a.apply(Action::SetComponent {
        id: "p1".into(),
        side: Side::After,
        value: ComponentValue::Forms(Optional {
            present: Some(true),
            value: vec![
                FormSpec {
                    name: "Tờ khai A".into(),
                    ..FormSpec::default()
                },
                FormSpec {
                    name: "Tờ khai B".into(),
                    ..FormSpec::default()
                },
            ],
        }),
    });
    a.apply(Action::SetComponent {
        id: "p1".into(),
        side: Side::After,
        value: ComponentValue::Conditions(Optional {
            present: Some(true),
            value: vec![
                Requirement {
                    text: "Có mặt bằng".into(),
                    ..Requirement::default()
                },
                Requirement {
                    text: "Có chứng chỉ".into(),
                    ..Requirement::default()
                },
            ],
        }),
    });
    let plan = Plan::new(nd63(), Stage::Drafting, &a.procedures[0]);
    let pl2: Vec<_> = plan
        .sections
        .iter()
        .filter(|s| s.section.id == "nd63.pl2")
        .map(|s| s.entry.as_ref().map(|e| e.label.clone()))
        .collect();
    assert_eq!(
        pl2,
        [Some("Tờ khai A".to_owned()), Some("Tờ khai B".to_owned())]
    );
    assert!(plan.is_visible(&AnswerKey::entry("nd63.pl2.1", "f2")));

    // Phụ lục III stops for one condition only.
    answer(&mut a, "nd63.pl3.5@r1", "no");
    answer(&mut a, "nd63.pl3.5@r2", "wholly");
    let plan = Plan::new(nd63(), Stage::Drafting, &a.procedures[0]);
    let skipped: Vec<_> = plan
        .skipped()
        .iter()
        .map(|(s, _)| {
            format!(
                "{}@{}",
                s.section.id,
                s.entry.as_ref().map_or("", |e| e.id.as_str())
            )
        })
        .collect();
    assert_eq!(skipped, ["nd63.pl3.ii@r1", "nd63.pl3.iii@r1"]);
    assert!(plan.is_visible(&AnswerKey::entry("nd63.pl3.6", "r2")));
    assert!(!plan.is_visible(&AnswerKey::entry("nd63.pl3.6", "r1")));
}

#[test]
fn the_2010_question_4_skips_parts_ii_to_iv() {
    let mut a = with(nd63(), Stage::Drafting, ProcedureKind::New);
    answer(&mut a, "nd63.pl1.4", "no");
    let plan = Plan::new(nd63(), Stage::Drafting, &a.procedures[0]);
    let skipped: Vec<_> = plan
        .skipped()
        .iter()
        .map(|(s, _)| s.section.id.clone())
        .collect();
    assert_eq!(skipped, ["nd63.pl1.ii", "nd63.pl1.iii", "nd63.pl1.iv"]);
}

#[test]
fn progress_counts_components_and_settled_answers() {
    let mut a = with(tt03(), Stage::Drafting, ProcedureKind::Abolished);
    let p = procedure_progress(tt03(), Stage::Drafting, &a.procedures[0]);
    // The name of the abolished procedure, and the two items of the abolition form.
    assert_eq!((p.done, p.total), (0, 3));
    a.apply(Action::SetComponent {
        id: "p1".into(),
        side: Side::Before,
        value: ComponentValue::Name("Cấp phép X".into()),
    });
    a.apply(Action::Answer {
        id: "p1".into(),
        key: "tt03.abolished.i.1".into(),
        answer: Answer::text("Không còn cần"),
    });
    a.apply(Action::Answer {
        id: "p1".into(),
        key: "tt03.abolished.i.2".into(),
        answer: Answer {
            unsure: true,
            ..Answer::text("Điều 20?")
        },
    });
    let p = procedure_progress(tt03(), Stage::Drafting, &a.procedures[0]);
    assert_eq!(
        (p.done, p.total),
        (2, 3),
        "an answer marked unsure is still open"
    );
    assert_eq!(p.percent(), 66);
    assert_eq!(tthc_core::Analysis::new(&a, tt03()).progress(), p);
}

#[test]
fn a_yes_no_answer_needs_its_reason_to_count_as_done() {
    let mut a = with(tt03(), Stage::Drafting, ProcedureKind::New);
    let before = Plan::new(tt03(), Stage::Drafting, &a.procedures[0]).progress(&a.procedures[0]);
    a.apply(Action::Answer {
        id: "p1".into(),
        key: "tt03.c.name.1".into(),
        answer: Answer::choice("yes"),
    });
    let without_reason =
        Plan::new(tt03(), Stage::Drafting, &a.procedures[0]).progress(&a.procedures[0]);
    assert_eq!(without_reason.done, before.done);
    answer(&mut a, "tt03.c.name.1", "yes");
    let with_reason =
        Plan::new(tt03(), Stage::Drafting, &a.procedures[0]).progress(&a.procedures[0]);
    assert_eq!(with_reason.done, before.done + 1);
}
