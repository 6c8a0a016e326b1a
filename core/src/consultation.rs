//! The procedure-control unit's opinion on the draft (NĐ 63/2010 Art. 9): its letter and its comments,
//! each with the drafter's response ([`crate::comment`]).

use serde::{Deserialize, Serialize};

use crate::date::Date;

pub use crate::comment::{Comment, Response, ResponseKind};

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
        self.comments.iter().filter(|c| !c.is_answered())
    }
}
