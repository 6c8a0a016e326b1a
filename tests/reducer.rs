//! Properties of the reducer: it never panics, unknown ids are harmless, answers to hidden items change
//! nothing, derived things are never stored.

use proptest::prelude::*;
use tthc_core::flow::Plan;
use tthc_core::{
    Action, AnswerKey, AppraisalAction, Assessment, CostAction, Registry, check, file,
};
use tthc_tests::arbitrary::{action, answer, assessment, item_keys};

fn findings(a: &Assessment) -> Vec<String> {
    let ruleset = Registry::bundled().resolve(&a.ruleset).expect("bundled");
    check(a, ruleset).iter().map(ToString::to_string).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Any sequence of actions leaves an assessment that checks, plans and exports without panicking.
    #[test]
    fn any_sequence_of_actions_is_safe(a in assessment(40)) {
        let ruleset = Registry::bundled().resolve(&a.ruleset).expect("bundled");
        let _ = check(&a, ruleset);
        for p in &a.procedures {
            let _ = Plan::new(ruleset, a.draft.stage, p);
        }
        let _ = tthc_core::Analysis::new(&a, ruleset).progress();
        // Every id is unique in its list, and the state goes through its file unchanged.
        prop_assert_eq!(a.clone().make_ids_unique(), vec![]);
        let opened = file::open(&file::export(&a)).expect("an exported file opens");
        prop_assert_eq!(opened.renamed, vec![]);
        prop_assert_eq!(opened.assessment, a);
    }

    /// Actions on a procedure that does not exist change nothing.
    #[test]
    fn actions_on_unknown_ids_are_harmless(a in assessment(20), act in action()) {
        let targets_unknown = match &act {
            Action::DuplicateProcedure { id } | Action::RemoveProcedure { id } | Action::MoveProcedure { id, .. }
            | Action::SetProcedure { id, .. } | Action::SetComponent { id, .. } | Action::MarkChanged { id, .. }
            | Action::Answer { id, .. } => a.procedure(id).is_none(),
            Action::Cost(
                CostAction::ProposeActivities { id, .. }
                | CostAction::SetActivity { id, .. }
                | CostAction::RemoveActivity { id, .. }
                | CostAction::ConfirmActivities { id, .. }
                | CostAction::SetExpense { id, .. }
                | CostAction::RemoveExpense { id, .. }
                | CostAction::SetFilings { id, .. },
            ) => a.procedure(id).is_none(),
            Action::Respond { id, .. } => !a.consultation.comments.iter().any(|c| &c.id == id),
            Action::Appraisal(AppraisalAction::SetOpinion { procedure, .. }) => a.procedure(procedure).is_none(),
            Action::Appraisal(AppraisalAction::AddComment { procedure: Some(p), .. }) => a.procedure(p).is_none(),
            Action::Appraisal(AppraisalAction::Respond { id, .. }) => {
                !a.appraisal.as_ref().is_some_and(|x| x.comments.iter().any(|c| &c.id == id))
            }
            _ => false,
        };
        prop_assume!(targets_unknown);
        let mut after = a.clone();
        after.apply(act);
        prop_assert_eq!(after, a);
    }

    /// Answering an item that is not shown (hidden by a condition, skipped, or not in the form) never changes
    /// the findings: its answer is kept but ignored.
    #[test]
    fn answering_a_hidden_item_never_changes_the_findings(
        a in assessment(30),
        key in proptest::sample::select(item_keys()),
        ans in answer(),
    ) {
        prop_assume!(!a.procedures.is_empty());
        let ruleset = Registry::bundled().resolve(&a.ruleset).expect("bundled");
        let p = &a.procedures[0];
        let plan = Plan::new(ruleset, a.draft.stage, p);
        prop_assume!(!plan.is_visible(&AnswerKey::parse(&key)));
        // The answer must not itself change what is shown (an answer to a hidden item never can).
        // An answer to a question the forms do not have is said as such (`answer-ignored`); nothing else
        // changes.
        let counted = |a: &Assessment| -> Vec<String> {
            findings(a).into_iter().filter(|f| !f.contains("[answer-ignored]")).collect()
        };
        let before = counted(&a);
        let mut b = a.clone();
        b.apply(Action::Answer { id: p.id.clone(), key, answer: ans });
        prop_assert_eq!(counted(&b), before);
    }

    /// The reducer is deterministic: the same actions give the same bytes.
    #[test]
    fn the_same_actions_give_the_same_file(actions in proptest::collection::vec(action(), 0..30)) {
        let mut a = Assessment::default();
        let mut b = Assessment::default();
        for act in actions {
            a.apply(act.clone());
            b.apply(act);
        }
        prop_assert_eq!(file::export(&a), file::export(&b));
    }
}

/// What an analysis says, to compare two of them: every finding, the counts, the readiness, each
/// procedure's cost and progress, the totals and the recorded figures that differ.
fn digest(analysis: &tthc_core::Analysis<'_>) -> String {
    let mut out = String::new();
    for f in analysis.findings() {
        out.push_str(&f.to_string());
        out.push('\n');
    }
    out.push_str(&format!(
        "{:?} {:?} {:?} {:?}\n",
        analysis.summary(),
        analysis.readiness(),
        analysis.total(),
        analysis.mismatches()
    ));
    for p in analysis.procedures() {
        out.push_str(&format!(
            "{} {:?} {:?} {:?}\n",
            p.id,
            p.progress,
            p.cost,
            p.plan
                .visible_items()
                .map(|(_, i)| i.key.to_string())
                .collect::<Vec<_>>()
        ));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// The analysis brought up to date after each action, for what the action can affect, says exactly
    /// what an analysis computed afresh says.
    #[test]
    fn the_analysis_updated_per_change_equals_a_fresh_one(
        start in assessment(12),
        actions in proptest::collection::vec(action(), 1..24),
    ) {
        let mut a = start;
        let ruleset_of = |a: &Assessment| Registry::bundled().resolve_or_default(&a.ruleset);
        let mut analysis = tthc_core::Analysis::new(&a, ruleset_of(&a));
        for action in actions {
            let scope = action.scope();
            a.apply(action);
            analysis.update(&a, ruleset_of(&a), &scope);
            let fresh = tthc_core::Analysis::new(&a, ruleset_of(&a));
            prop_assert_eq!(digest(&analysis), digest(&fresh));
        }
    }
}

/// Found by fuzzing (`reducer` target): an appraisal comment anchored to an activity without an id was
/// written as `activities/` and read back as another value, so the file did not open to the same state.
#[test]
fn a_comment_anchored_to_an_activity_without_an_id_goes_through_its_file_unchanged() {
    use tthc_core::comment::Anchor;
    use tthc_core::scenario::CostInput;
    let mut a = tthc_core::sample::sample();
    a.apply(Action::Appraisal(tthc_core::AppraisalAction::AddComment {
        procedure: Some("p1".into()),
        anchor: Some(Anchor::Cost {
            side: tthc_core::Side::After,
            input: CostInput::Activity(String::new()),
        }),
        text: String::new(),
    }));
    let back = file::import(&file::export(&a)).expect("opens");
    assert_eq!(back, a);
}
