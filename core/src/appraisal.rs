//! The appraisal (thẩm định) of the procedure provisions, kept in the same file as the assessment: per
//! procedure and criterion a verdict with a comment, the appraiser's answers to the checklist of the ruleset,
//! comments anchored to an item, a component or a cost input with the drafter's response to each, and an
//! overall conclusion. The review that judges the checklist is [`crate::review`].

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::comment::{Anchor, Comment, Response};
use crate::criterion::Criterion;
use crate::date::Date;
use crate::issuance::Issuance;
use crate::keyed::keyed;

keyed! {
    /// The appraiser's opinion on one criterion.
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Verdict {
        /// Đạt.
        Meets = "meets", "Đạt", "Meets the requirements";
        /// Chưa đạt.
        DoesNotMeet = "does_not_meet", "Chưa đạt", "Does not meet them";
        /// Cần bổ sung.
        NeedsMore = "needs_more", "Cần bổ sung", "Needs more information";
        /// Ý kiến khác.
        Other = "other", "Ý kiến khác", "Other opinion";
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
    /// How the report is issued: superior body, Kính gửi, signer, Nơi nhận (from schema version 4; the
    /// report's number is [`Appraisal::reference`]).
    #[serde(default, skip_serializing_if = "Issuance::is_empty")]
    pub issuance: Issuance,
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
    pub comments: Vec<Comment>,
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
    /// How the report is issued (superior body, Kính gửi, signer, Nơi nhận).
    Issuance(Issuance),
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
                AppraisalField::Issuance(v) => self.issuance = v,
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
                let id = crate::id::next_id("y", self.comments.iter().map(|c| c.id.as_str()));
                self.comments.push(Comment {
                    id,
                    procedure,
                    anchor: anchor.map(Anchor::canonical),
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
