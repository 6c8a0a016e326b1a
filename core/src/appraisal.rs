//! The appraisal (thẩm định) of the procedure provisions, kept in the same file as the assessment: per
//! procedure and criterion a verdict with a comment, the checklist of the ruleset (points the engine can
//! decide are pre-filled and marked), comments anchored to an item, a component or a cost input, the
//! drafter's response to each, and an overall conclusion.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::assessment::Assessment;
use crate::check::{Readiness, readiness};
use crate::component::Component;
use crate::consultation::Response;
use crate::cost::report::CostResult;
use crate::date::Date;
use crate::finding::{Finding, Severity, Where};
use crate::flow::assessed_components;
use crate::procedure::Side;
use crate::ruleset::{AppraisalPoint, Auto, Criterion, Ruleset};
use crate::text::{Lang, Text};

/// The appraiser's opinion on one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Đạt.
    Meets,
    /// Chưa đạt.
    DoesNotMeet,
    /// Cần bổ sung.
    NeedsMore,
    /// Ý kiến khác.
    Other,
}

impl Verdict {
    /// Every verdict.
    pub const ALL: [Verdict; 4] = [
        Verdict::Meets,
        Verdict::DoesNotMeet,
        Verdict::NeedsMore,
        Verdict::Other,
    ];

    /// The official name.
    pub fn label(self) -> Text {
        match self {
            Verdict::Meets => Text::new("Đạt", "Meets the requirements"),
            Verdict::DoesNotMeet => Text::new("Chưa đạt", "Does not meet them"),
            Verdict::NeedsMore => Text::new("Cần bổ sung", "Needs more information"),
            Verdict::Other => Text::new("Ý kiến khác", "Other opinion"),
        }
    }

    /// The identifier used in files (`"does_not_meet"`).
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Meets => "meets",
            Verdict::DoesNotMeet => "does_not_meet",
            Verdict::NeedsMore => "needs_more",
            Verdict::Other => "other",
        }
    }
}

/// The opinion on one criterion of one procedure.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Opinion {
    /// The verdict, once given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    /// The appraiser's comment.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}

/// The appraiser's answer to a checklist point (confirming or overriding the engine where it decided).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PointAnswer {
    /// Whether the point holds.
    pub holds: bool,
    /// A note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// What an appraisal comment is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    /// One answer of the form (`item` or `item@entry`).
    Item {
        /// The answer key.
        key: String,
    },
    /// One component of the procedure.
    Component {
        /// Before or after.
        side: Side,
        /// The component.
        component: Component,
    },
    /// One cost input: `activities/<id>`, `services/<id>`, `other/<id>`, `filings_per_year`,
    /// `subjects_per_year`, or `fees`.
    Cost {
        /// Before or after.
        side: Side,
        /// The input.
        input: String,
    },
}

impl Anchor {
    /// Where the anchored thing is in procedure `procedure`, as findings point (so the app can go there).
    ///
    /// ```
    /// use tthc_core::appraisal::Anchor;
    /// use tthc_core::{Component, Side};
    /// let a = Anchor::Cost { side: Side::After, input: "subjects_per_year".into() };
    /// assert_eq!(a.place("p1").path(), "procedures/p1/after/subjects/per_year");
    /// let a = Anchor::Cost { side: Side::Before, input: "activities/a2".into() };
    /// assert_eq!(a.place("p1").path(), "procedures/p1/cost/before/activities/a2");
    /// ```
    pub fn place(&self, procedure: &str) -> Where {
        match self {
            Anchor::Item { key } => Where::item(procedure, key),
            Anchor::Component { side, component } => Where::component(procedure, *side, *component),
            Anchor::Cost { side, input } => match input.as_str() {
                "subjects_per_year" => {
                    Where::component(procedure, *side, Component::Subjects).with_field("per_year")
                }
                "fees" => Where::component(procedure, *side, Component::Fees),
                _ => Where::procedure(procedure).with_field(format!("cost/{}/{input}", side.key())),
            },
        }
    }
}

/// One comment of the appraiser, with the drafter's response.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AppraisalComment {
    /// Stable id (`y1`, `y2`…), given by the reducer.
    pub id: String,
    /// The procedure it is about, or none for the draft as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    /// What in the procedure it is about, if anything in particular.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
    /// The comment.
    #[serde(default)]
    pub text: String,
    /// The drafter's response (tiếp thu or giải trình).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
}

/// The appraisal part of the file.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Appraisal {
    /// Cơ quan thẩm định.
    #[serde(default)]
    pub body: String,
    /// Số báo cáo thẩm định.
    #[serde(default)]
    pub reference: String,
    /// Người thẩm định.
    #[serde(default)]
    pub appraiser: String,
    /// Date of the appraisal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Answers to checklist points, keyed `point`, `point@procedure` or `point@procedure@component`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub points: BTreeMap<String, PointAnswer>,
    /// Opinions per procedure id and criterion.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub opinions: BTreeMap<String, BTreeMap<Criterion, Opinion>>,
    /// The comments.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<AppraisalComment>,
    /// The overall conclusion.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub conclusion: String,
}

/// A field of the appraisal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AppraisalField {
    /// Cơ quan thẩm định.
    Body(String),
    /// Số báo cáo.
    Reference(String),
    /// Người thẩm định.
    Appraiser(String),
    /// Ngày.
    Date(Option<Date>),
    /// Kết luận.
    Conclusion(String),
}

/// A change to the appraisal (the first one starts it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AppraisalAction {
    /// Sets a field.
    Set(AppraisalField),
    /// Answers a checklist point (`None` goes back to the engine's answer, or to open).
    SetPoint {
        /// `point`, `point@procedure` or `point@procedure@component`.
        key: String,
        /// The answer.
        answer: Option<PointAnswer>,
    },
    /// Records the opinion on one criterion of one procedure.
    SetOpinion {
        /// The procedure id.
        procedure: String,
        /// The criterion.
        criterion: Criterion,
        /// The opinion.
        opinion: Opinion,
    },
    /// Adds a comment, with id `y<n>`.
    AddComment {
        /// The procedure, if any.
        procedure: Option<String>,
        /// What it is about, if anything in particular.
        anchor: Option<Anchor>,
        /// The comment.
        text: String,
    },
    /// Changes a comment's text.
    SetComment {
        /// The comment id.
        id: String,
        /// The comment.
        text: String,
    },
    /// Removes a comment.
    RemoveComment {
        /// The comment id.
        id: String,
    },
    /// The drafter's response to a comment.
    Respond {
        /// The comment id.
        id: String,
        /// The response, or `None` to clear it.
        response: Option<Response>,
    },
}

impl Appraisal {
    /// Applies one change (part of [`Assessment::apply`]). Actions on unknown comment ids do nothing.
    pub(crate) fn apply(&mut self, action: AppraisalAction) {
        match action {
            AppraisalAction::Set(field) => match field {
                AppraisalField::Body(v) => self.body = v,
                AppraisalField::Reference(v) => self.reference = v,
                AppraisalField::Appraiser(v) => self.appraiser = v,
                AppraisalField::Date(v) => self.date = v,
                AppraisalField::Conclusion(v) => self.conclusion = v,
            },
            AppraisalAction::SetPoint { key, answer } => match answer {
                Some(a) => {
                    self.points.insert(key, a);
                }
                None => {
                    self.points.remove(&key);
                }
            },
            AppraisalAction::SetOpinion {
                procedure,
                criterion,
                opinion,
            } => {
                self.opinions
                    .entry(procedure)
                    .or_default()
                    .insert(criterion, opinion);
            }
            AppraisalAction::AddComment {
                procedure,
                anchor,
                text,
            } => {
                let id = crate::action::next_id("y", self.comments.iter().map(|c| c.id.as_str()));
                self.comments.push(AppraisalComment {
                    id,
                    procedure,
                    anchor,
                    text,
                    response: None,
                });
            }
            AppraisalAction::SetComment { id, text } => {
                if let Some(c) = self.comments.iter_mut().find(|c| c.id == id) {
                    c.text = text;
                }
            }
            AppraisalAction::RemoveComment { id } => self.comments.retain(|c| c.id != id),
            AppraisalAction::Respond { id, response } => {
                if let Some(c) = self.comments.iter_mut().find(|c| c.id == id) {
                    c.response = response;
                }
            }
        }
    }
}

/// Where a checklist point's answer comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PointSource {
    /// Decided by the engine, not yet looked at by the appraiser.
    Auto,
    /// The appraiser agrees with the engine.
    Confirmed,
    /// The appraiser decided otherwise than the engine.
    Overridden,
    /// Decided by the appraiser (the engine cannot decide it).
    Appraiser,
    /// Not decided yet.
    Open,
}

/// A checklist point as it stands for one procedure (or for the draft).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointState<'r> {
    /// The point of the ruleset.
    pub point: &'r AppraisalPoint,
    /// Its key in [`Appraisal::points`].
    pub key: String,
    /// The component, for per-component points.
    pub component: Option<Component>,
    /// What the engine found (`None`: it cannot decide, or it does not apply).
    pub auto: Option<bool>,
    /// The result: the appraiser's answer, else the engine's.
    pub holds: Option<bool>,
    /// Where the result comes from.
    pub source: PointSource,
    /// The appraiser's note.
    pub note: String,
}

impl PointState<'_> {
    /// The text of the point, with the component named.
    pub fn text(&self, lang: Lang) -> String {
        let name = self
            .component
            .map(|c| c.label().get(lang).to_owned())
            .unwrap_or_default();
        self.point.text.get(lang).replace("{}", &name)
    }
}

/// What the appraisal view shows on opening a file: the intake gate, the recomputation, and the checklist.
#[derive(Debug, Clone)]
pub struct Review<'r> {
    /// NĐ 63 Art. 11(3): can the dossier be accepted?
    pub readiness: Readiness,
    /// Whether the file records cost figures to verify.
    pub recorded: bool,
    /// The recorded figures that differ from the recomputation.
    pub mismatches: Vec<Finding>,
    /// The intake points (for the draft).
    pub intake: Vec<PointState<'r>>,
    /// The points of each procedure, by procedure id, in checklist order.
    pub points: BTreeMap<String, Vec<PointState<'r>>>,
}

/// Works out the appraisal review of an assessment: runs the checks and the intake gate, recomputes every
/// cost figure and compares it with the recorded one, and evaluates the checklist.
pub fn review<'r>(a: &Assessment, ruleset: &'r Ruleset) -> Review<'r> {
    let findings = crate::check::check(a, ruleset);
    let ready = readiness(a, &findings);
    let recomputed = crate::cost::compute(a).result();
    let mismatches = a
        .recorded_cost
        .as_ref()
        .map(|r| CostResult::compare(r, &recomputed))
        .unwrap_or_default();
    let answers = a.appraisal.as_ref().map(|x| &x.points);
    let intake = ruleset
        .appraisal
        .points
        .iter()
        .filter(|p| p.criterion.is_none())
        .map(|p| {
            let auto = p.auto.map(|auto| match auto {
                Auto::ConsultationReceived => ready.comments_received,
                Auto::CommentsAnswered => ready.comments_answered,
                _ => ready.assessment_complete,
            });
            state(answers, p, p.id.clone(), None, auto)
        })
        .collect();
    let points = a
        .procedures
        .iter()
        .map(|proc| {
            let decide = Decider {
                a,
                proc,
                findings: &findings,
                mismatches: &mismatches,
            };
            let mut list = Vec::new();
            for p in ruleset
                .appraisal
                .points
                .iter()
                .filter(|p| p.criterion.is_some())
            {
                let auto = p.auto.and_then(|auto| decide.auto(auto));
                if p.per_component {
                    for c in assessed_components(ruleset, a.draft.stage, proc) {
                        if proc.current().has(c) {
                            list.push(state(
                                answers,
                                p,
                                format!("{}@{}@{}", p.id, proc.id, c.key()),
                                Some(c),
                                auto,
                            ));
                        }
                    }
                } else {
                    list.push(state(
                        answers,
                        p,
                        format!("{}@{}", p.id, proc.id),
                        None,
                        auto,
                    ));
                }
            }
            (proc.id.clone(), list)
        })
        .collect();
    Review {
        readiness: ready,
        recorded: a.recorded_cost.is_some(),
        mismatches,
        intake,
        points,
    }
}

/// A point's state from the appraiser's answer (if any) and the engine's result (if it can decide).
fn state<'r>(
    answers: Option<&BTreeMap<String, PointAnswer>>,
    point: &'r AppraisalPoint,
    key: String,
    component: Option<Component>,
    auto: Option<bool>,
) -> PointState<'r> {
    let answer = answers.and_then(|m| m.get(&key));
    let (holds, source) = match (answer, auto) {
        (Some(ans), Some(auto)) if ans.holds == auto => (Some(ans.holds), PointSource::Confirmed),
        (Some(ans), Some(_)) => (Some(ans.holds), PointSource::Overridden),
        (Some(ans), None) => (Some(ans.holds), PointSource::Appraiser),
        (None, Some(auto)) => (Some(auto), PointSource::Auto),
        (None, None) => (None, PointSource::Open),
    };
    PointState {
        point,
        key,
        component,
        auto,
        holds,
        source,
        note: answer.map(|x| x.note.clone()).unwrap_or_default(),
    }
}

/// Decides the automatic points of one procedure from the findings and the recomputation.
struct Decider<'a> {
    a: &'a Assessment,
    proc: &'a crate::procedure::Procedure,
    findings: &'a [Finding],
    mismatches: &'a [Finding],
}

impl Decider<'_> {
    fn has(&self, codes: &[&str]) -> bool {
        self.findings.iter().any(|f| {
            f.location.procedure.as_deref() == Some(self.proc.id.as_str())
                && codes.contains(&f.code)
        })
    }

    /// The engine's answer, or `None` where it cannot decide or the point does not apply.
    fn auto(&self, auto: Auto) -> Option<bool> {
        match auto {
            Auto::InputsComplete => Some(!self.has(&[
                "cost-subjects-missing",
                "cost-filings-missing",
                "cost-no-activities",
                "cost-input-negative",
                "cost-range-invalid",
                "cost-overflow",
            ])),
            Auto::InputsSourced => Some(!self.has(&["cost-source-missing"])),
            Auto::FiguresRecompute => self.a.recorded_cost.as_ref().map(|_| {
                let prefix = format!("recorded_cost/procedures/{}/", self.proc.id);
                !self.mismatches.iter().any(|m| {
                    m.location
                        .field
                        .as_deref()
                        .is_some_and(|f| f.starts_with(&prefix))
                })
            }),
            Auto::ReductionTarget => {
                let amended = self.proc.kind.has_before() && self.proc.kind.has_after();
                (amended && self.proc.current().subjects.business)
                    .then(|| !self.has(&["cost-reduction-below-target", "cost-increase"]))
            }
            Auto::AssessmentComplete | Auto::ConsultationReceived | Auto::CommentsAnswered => None,
        }
    }
}

/// A comment as quoted in a finding: trimmed, at most 80 characters.
fn quote(text: &str) -> String {
    let t = text.trim();
    if t.chars().count() <= 80 {
        t.to_owned()
    } else {
        format!("{}…", t.chars().take(79).collect::<String>())
    }
}

/// What the drafter must still do about the appraisal: comments without a response.
pub(crate) fn drafter_findings(a: &Assessment) -> Vec<Finding> {
    let Some(appraisal) = &a.appraisal else {
        return Vec::new();
    };
    appraisal
        .comments
        .iter()
        .filter(|c| c.response.as_ref().is_none_or(|r| r.text.trim().is_empty()))
        .map(|c| {
            let location = match &c.procedure {
                Some(p) => Where::procedure(p).with_field(format!("appraisal/{}", c.id)),
                None => Where::field(format!("appraisal/{}", c.id)),
            };
            Finding::new(
                Severity::Warning,
                "appraisal-comment-unanswered",
                location,
                Text::new(
                    format!(
                        "Chưa tiếp thu, giải trình ý kiến thẩm định {}: \u{201c}{}\u{201d}.",
                        c.id,
                        quote(&c.text)
                    ),
                    format!(
                        "Appraisal comment {} has no response yet: \u{201c}{}\u{201d}.",
                        c.id,
                        quote(&c.text)
                    ),
                ),
                Text::new(
                    "Ghi rõ tiếp thu (đã sửa gì) hoặc giải trình (vì sao giữ nguyên).",
                    "State whether it is accepted (what changed) or explained (why the draft stays).",
                ),
            )
        })
        .collect()
}
