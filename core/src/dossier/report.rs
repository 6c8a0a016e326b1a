//! The view model of the appraisal report (the procedure section of the báo cáo thẩm định): the intake
//! gate, the recomputation, an explicit opinion per procedure and criterion with the checklist, the comments
//! with the drafter's responses, the verified cost figures, and the conclusion.

use serde::{Deserialize, Serialize};

use crate::assessment::Assessment;
use crate::comment::Comment;
use crate::cost::{self, Unit};
use crate::criterion::Criterion;
use crate::money::figure;
use crate::review::{PointState, Review};
use crate::ruleset::Ruleset;
use crate::text::Lang;

use super::letterhead::{self, LetterheadView};
use super::view::{self, DraftView, RulesetView};

/// The appraisal report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct AppraisalView {
    pub target: String,
    pub lang: String,
    pub place_date: String,
    pub letterhead: LetterheadView,
    pub body: String,
    pub reference: String,
    pub appraiser: String,
    pub draft: DraftView,
    pub ruleset: RulesetView,
    pub basis: String,
    pub intake: IntakeView,
    pub recompute: RecomputeView,
    pub procedures: Vec<ProcedureOpinion>,
    pub general_comments: Vec<CommentView>,
    pub conclusion: String,
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct IntakeView {
    pub ready: bool,
    pub missing: Vec<String>,
    pub points: Vec<PointRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct RecomputeView {
    pub recorded: bool,
    pub mismatches: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct PointRow {
    pub text: String,
    pub holds: String,
    pub source: String,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct ProcedureOpinion {
    pub number: usize,
    pub name: String,
    pub kind: String,
    pub criteria: Vec<CriterionView>,
    pub cost: VerifiedCost,
    pub comments: Vec<CommentView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct CriterionView {
    pub key: String,
    pub label: String,
    pub verdict: String,
    pub has_verdict: bool,
    pub comment: String,
    pub points: Vec<PointRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct VerifiedCost {
    pub before: String,
    pub after: String,
    pub saving: String,
    pub reduction: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs, reason = "documented in templates/README.md")]
pub struct CommentView {
    pub id: String,
    /// The comment's number for people ("Ý kiến số 3"), its place in the appraisal's list of comments: the
    /// number the app and the findings give it.
    pub number: usize,
    pub anchor: String,
    pub text: String,
    pub response_kind: String,
    pub response: String,
}

fn point_row(lang: Lang, p: &PointState<'_>) -> PointRow {
    PointRow {
        text: p.text(lang),
        holds: match p.holds {
            Some(true) => lang.pick("Có", "Yes").to_owned(),
            Some(false) => lang.pick("Không", "No").to_owned(),
            None => "—".to_owned(),
        },
        source: p.source.label().get(lang).to_owned(),
        note: p.note.trim().to_owned(),
    }
}

fn comment(a: &Assessment, ruleset: &Ruleset, lang: Lang, c: &Comment) -> CommentView {
    CommentView {
        id: c.id.clone(),
        number: 0,
        anchor: crate::review::anchor_text(a, ruleset, lang, c),
        text: c.text.trim().to_owned(),
        response_kind: c
            .response
            .as_ref()
            .map(|r| r.kind.label().get(lang).to_owned())
            .unwrap_or_default(),
        response: c
            .response
            .as_ref()
            .map(|r| r.text.trim().to_owned())
            .unwrap_or_default(),
    }
}

pub(crate) fn build(review: &Review<'_>, inputs: &view::Inputs<'_>) -> AppraisalView {
    let (a, ruleset) = (inputs.assessment, inputs.analysis.ruleset());
    let lang = inputs.lang;
    let appraisal = a.appraisal.clone().unwrap_or_default();
    let place = if a.draft.province.trim().is_empty() {
        "…".to_owned()
    } else {
        a.draft.province.trim().to_owned()
    };
    let date = appraisal.date.unwrap_or(inputs.date);
    let r = review.readiness;
    let procedures: Vec<ProcedureOpinion> = a
        .procedures
        .iter()
        .enumerate()
        .map(|(n, p)| procedure_opinion(a, ruleset, review, inputs, &appraisal, n, p))
        .collect();
    let (mut procedures, mut general_comments): (Vec<ProcedureOpinion>, Vec<CommentView>) = (
        procedures,
        appraisal
            .comments
            .iter()
            .filter(|x| {
                x.procedure
                    .as_ref()
                    .is_none_or(|id| a.procedure(id).is_none())
            })
            .map(|x| comment(a, ruleset, lang, x))
            .collect(),
    );
    // Numbered as the app and the findings number them: by their place in the appraisal's list.
    for c in procedures
        .iter_mut()
        .flat_map(|p| p.comments.iter_mut())
        .chain(general_comments.iter_mut())
    {
        c.number = appraisal
            .comments
            .iter()
            .position(|x| x.id == c.id)
            .map_or(0, |n| n + 1);
    }
    AppraisalView {
        target: if inputs.html { "html" } else { "md" }.to_owned(),
        lang: lang.code().to_owned(),
        letterhead: letterhead::build(
            &letterhead::Parts {
                issuance: &appraisal.issuance,
                issuer: &appraisal.body,
                number: &appraisal.reference,
                symbol: Some("BC"),
                place_date: format!("{place}, {}", date.long(lang)),
                default_addressee: Some(&a.draft.drafting_body),
            },
            lang,
        ),
        place_date: format!("{place}, {}", date.long(lang)),
        body: appraisal.body.trim().to_owned(),
        reference: appraisal.reference.trim().to_owned(),
        appraiser: appraisal.appraiser.trim().to_owned(),
        draft: view::draft(inputs),
        ruleset: RulesetView::of(inputs.analysis, a, lang),
        basis: appraisal_basis(inputs, lang),
        intake: IntakeView {
            ready: r.is_ready(),
            missing: r.missing().iter().map(|t| t.get(lang).to_owned()).collect(),
            points: review.intake.iter().map(|s| point_row(lang, s)).collect(),
        },
        recompute: RecomputeView {
            recorded: review.recorded,
            mismatches: review
                .mismatches
                .iter()
                .map(|m| m.finding().message.get(lang).to_owned())
                .collect(),
        },
        procedures,
        general_comments,
        conclusion: appraisal.conclusion.trim().to_owned(),
        fingerprint: crate::file::fingerprint(a),
    }
}

/// The basis of the appraisal of procedures: the ruleset's; from the second version of the regulation
/// data, preceded by the Law in force on the draft's date — with its article only where it is confirmed.
fn appraisal_basis(inputs: &view::Inputs<'_>, lang: Lang) -> String {
    let ruleset = inputs.analysis.ruleset();
    let own = ruleset.appraisal.basis.to_string();
    match inputs
        .analysis
        .regulation()
        .appraisal_content_on(inputs.analysis.date())
    {
        None => own,
        Some(content) => {
            let unconfirmed = content.basis.provision.trim().is_empty();
            let mark = match (unconfirmed, lang) {
                (false, _) => "",
                (true, Lang::Vi) => " (điều khoản cần xác minh)",
                (true, Lang::En) => " (article to be verified)",
            };
            format!("{}{mark}; {own}", content.basis)
        }
    }
}

/// The opinion on one procedure: each criterion with its verdict, comment and checklist, the verified cost
/// figures, and the comments anchored to it.
fn procedure_opinion(
    a: &Assessment,
    ruleset: &Ruleset,
    review: &Review<'_>,
    inputs: &view::Inputs<'_>,
    appraisal: &crate::appraisal::Appraisal,
    n: usize,
    p: &crate::procedure::Procedure,
) -> ProcedureOpinion {
    let lang = inputs.lang;
    let opinions = appraisal.opinions.get(&p.id);
    let states = review
        .points
        .get(&p.id)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let c = &inputs.analysis.procedures()[n].cost;
    let annual = |s: &Option<cost::ScenarioCost>| {
        s.as_ref().map_or_else(
            || "—".to_owned(),
            |s| figure(s.figures.annual_cost, Unit::Dong, lang),
        )
    };
    ProcedureOpinion {
        number: n + 1,
        name: p.name(),
        kind: p.kind.label().get(lang).to_owned(),
        criteria: Criterion::ALL
            .iter()
            .map(|&criterion| {
                let opinion = opinions.and_then(|o| o.get(&criterion));
                let verdict = opinion.and_then(|o| o.verdict);
                CriterionView {
                    key: criterion.key().to_owned(),
                    label: criterion.label().get(lang).to_owned(),
                    verdict: verdict.map_or_else(
                        || lang.pick("chưa có ý kiến", "no opinion yet").to_owned(),
                        |v| v.label().get(lang).to_owned(),
                    ),
                    has_verdict: verdict.is_some(),
                    comment: opinion
                        .map(|o| o.comment.trim().to_owned())
                        .unwrap_or_default(),
                    points: states
                        .iter()
                        .filter(|s| s.point.criterion == Some(criterion))
                        .map(|s| point_row(lang, s))
                        .collect(),
                }
            })
            .collect(),
        cost: VerifiedCost {
            before: annual(&c.before),
            after: annual(&c.after),
            // Said as a rise or a fall, as in the dossier's summary.
            saving: if p.kind.has_before() {
                crate::money::change(c.annual_saving.map(|s| -s), Unit::Dong, lang)
            } else {
                crate::money::change(
                    c.after.as_ref().and_then(|s| s.figures.annual_cost),
                    Unit::Dong,
                    lang,
                )
            },
            reduction: crate::money::change(c.reduction_percent.map(|s| -s), Unit::Percent, lang),
        },
        comments: appraisal
            .comments
            .iter()
            .filter(|x| x.procedure.as_deref() == Some(p.id.as_str()))
            .map(|x| comment(a, ruleset, lang, x))
            .collect(),
    }
}
