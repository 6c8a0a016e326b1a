//! The procedure-control unit's comments on the draft (NĐ 63/2010 Art. 9) and the drafter's responses.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::text::Text;

/// How the drafter answers a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ResponseKind {
    /// Tiếp thu: the comment is taken into the draft.
    Accepted,
    /// Giải trình: the drafter explains why the draft stays as it is.
    Explained,
}

impl ResponseKind {
    /// Both kinds, in display order.
    pub const ALL: [ResponseKind; 2] = [ResponseKind::Accepted, ResponseKind::Explained];

    /// The identifier used in files (`"explained"`).
    pub fn key(self) -> &'static str {
        match self {
            ResponseKind::Accepted => "accepted",
            ResponseKind::Explained => "explained",
        }
    }

    /// The official name.
    pub fn label(self) -> Text {
        match self {
            ResponseKind::Accepted => Text::new("Tiếp thu", "Accepted"),
            ResponseKind::Explained => Text::new("Giải trình", "Explained"),
        }
    }
}

/// The drafter's response to a comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// Tiếp thu or giải trình.
    pub kind: ResponseKind,
    /// What was changed, or the explanation.
    #[serde(default)]
    pub text: String,
}

/// One comment of the control unit.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Comment {
    /// Stable id (`c1`, `c2`…), given by the reducer.
    pub id: String,
    /// The procedure it is about, or `None` for the draft as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<String>,
    /// The comment.
    #[serde(default)]
    pub text: String,
    /// The drafter's response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
}

/// The control unit's opinion on the draft.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Consultation {
    /// Name of the unit that commented.
    #[serde(default)]
    pub unit: String,
    /// Number and symbol of its letter ("số 123/VP-KSTTHC").
    #[serde(default)]
    pub reference: String,
    /// When its comments were received; `None` while they have not been.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<Date>,
    /// The comments, each with the drafter's response.
    #[serde(default)]
    pub comments: Vec<Comment>,
}

impl Consultation {
    /// Whether the comments were received.
    pub fn is_received(&self) -> bool {
        self.received.is_some()
    }

    /// The comments that have no response with text yet.
    pub fn unanswered(&self) -> impl Iterator<Item = &Comment> {
        self.comments
            .iter()
            .filter(|c| c.response.as_ref().is_none_or(|r| r.text.trim().is_empty()))
    }
}
