//! The checks (SPEC §6). Each returns findings as values; [`check`] runs them all and reports every finding
//! at once: the intake gate first when the dossier is not ready, then the draft's findings, then each
//! procedure's in the order of the draft. They run as part of the [`Analysis`], which computes each
//! procedure's plan and cost once and hands them to the checks.

mod answers;
mod comments;
mod components;
mod consultation;
mod costing;
mod draft;
mod ignored;
mod reform;
mod renamed;
mod routing;

use crate::analysis::Analysis;
use crate::assessment::Assessment;
use crate::finding::Finding;
use crate::flow::Plan;
use crate::procedure::Procedure;
use crate::regulation::Regulation;
use crate::ruleset::Ruleset;

pub use comments::comment_findings;
pub use consultation::{Readiness, gate, readiness};
pub use renamed::renamed_finding;

/// Runs every check on an assessment made with `ruleset`.
///
/// ```
/// use tthc_core::{check, Action, Assessment, FindingCode, ProcedureKind, Registry};
/// let mut a = Assessment::default();
/// a.apply(Action::AddProcedure { kind: ProcedureKind::New });
/// let findings = check(&a, Registry::bundled().default_ruleset());
/// assert!(findings.iter().any(|f| f.code == FindingCode::ComponentMissing));
/// ```
pub fn check(assessment: &Assessment, ruleset: &Ruleset) -> Vec<Finding> {
    Analysis::new(assessment, ruleset)
        .findings()
        .into_iter()
        .cloned()
        .collect()
}

/// The findings about the draft's own fields, the ruleset and the consultation.
pub(crate) fn draft_findings(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    draft::check(ctx, out);
    consultation::check(ctx, out);
    ignored::appraisal_and_recorded(ctx.assessment, ctx.ruleset, out);
}

/// The comments (of the control unit and of the appraiser) about something that is no longer there.
pub(crate) fn anchor_findings(a: &Assessment, ruleset: &Ruleset) -> Vec<Finding> {
    ignored::anchors(a, ruleset)
}

/// The findings about one procedure: routing, components, answers, reform flags (the cost's are added by
/// the cost engine).
pub(crate) fn procedure_findings(
    ctx: &Context<'_>,
    p: &Procedure,
    plan: &Plan<'_>,
    out: &mut Vec<Finding>,
) {
    routing::check(ctx, p, plan, out);
    components::check(ctx, p, out);
    answers::check(p, plan, out);
    ignored::answers(ctx.ruleset, p, out);
    costing::check(ctx, p, out);
    reform::check(ctx, p, out);
}

/// What every check may read.
pub(crate) struct Context<'a> {
    pub assessment: &'a Assessment,
    pub ruleset: &'a Ruleset,
    pub regulation: &'a Regulation,
    /// The date the rules are read on: the draft's, else the caller's (`None`: the rules in force now).
    pub on: Option<crate::date::Date>,
}
