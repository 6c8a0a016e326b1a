//! The checks (SPEC §6). Each returns findings as values; [`check`] runs them all and reports every finding
//! at once, draft-level findings first, then each procedure's in the order of the draft.

mod answers;
mod components;
mod consultation;
mod draft;
mod reform;
mod routing;

use crate::assessment::Assessment;
use crate::cost::report::CostResult;
use crate::finding::Finding;
use crate::flow::Plan;
use crate::regulation::Regulation;
use crate::ruleset::Ruleset;

pub use consultation::{Readiness, readiness};

/// Runs every check on an assessment made with `ruleset`.
///
/// ```
/// use tthc_core::{check, Action, Assessment, ProcedureKind, Registry};
/// let mut a = Assessment::default();
/// a.apply(Action::AddProcedure { kind: ProcedureKind::New });
/// let findings = check(&a, Registry::bundled().default_ruleset());
/// assert!(findings.iter().any(|f| f.code == "component-missing"));
/// ```
pub fn check(assessment: &Assessment, ruleset: &Ruleset) -> Vec<Finding> {
    let regulation = Regulation::bundled();
    let ctx = Context {
        assessment,
        ruleset,
        regulation,
    };
    let mut draft_level = Vec::new();
    draft::check(&ctx, &mut draft_level);
    consultation::check(&ctx, &mut draft_level);

    let cost = crate::cost::compute(assessment);
    // Findings worked out for the whole assessment at once, handed to their procedure below.
    let (cost_per_procedure, cost_draft): (Vec<_>, Vec<_>) = cost
        .findings
        .iter()
        .cloned()
        .chain(crate::appraisal::drafter_findings(assessment))
        .partition(|f| f.location.procedure.is_some());
    draft_level.extend(cost_draft);
    if let Some(recorded) = &assessment.recorded_cost {
        draft_level.extend(CostResult::compare(recorded, &cost.result()));
    }

    let mut per_procedure = Vec::new();
    for p in &assessment.procedures {
        let plan = Plan::new(ruleset, assessment.draft.stage, p);
        let mut out = Vec::new();
        routing::check(&ctx, p, &plan, &mut out);
        components::check(&ctx, p, &mut out);
        answers::check(p, &plan, &mut out);
        reform::check(&ctx, p, &mut out);
        out.extend(
            cost_per_procedure
                .iter()
                .filter(|f| f.location.procedure.as_deref() == Some(p.id.as_str()))
                .cloned(),
        );
        out.sort_by_key(|f| f.severity);
        per_procedure.extend(out);
    }

    draft_level.sort_by_key(|f| f.severity);
    draft_level.extend(per_procedure);
    // The intake gate sums up every other finding; it comes first.
    if let Some(gate) = consultation::gate(readiness(assessment, &draft_level)) {
        draft_level.insert(0, gate);
    }
    draft_level
}

/// What every check may read.
pub(crate) struct Context<'a> {
    pub assessment: &'a Assessment,
    pub ruleset: &'a Ruleset,
    pub regulation: &'a Regulation,
}
