//! Comments on the draft — the procedure-control unit's (NĐ 63/2010 Art. 9) and the appraiser's — and the
//! drafter's response to each (tiếp thu or giải trình). One model for both lists, with one policy: a
//! comment is about the draft as a whole or about one procedure, optionally anchored to something in it;
//! when that procedure is removed, the comment stays, about the draft as a whole.

use serde::{Deserialize, Serialize};

use crate::answer::AnswerKey;
use crate::component::Component;
use crate::keyed::keyed;
use crate::place::{At, Place};
use crate::procedure::{Procedure, Side};
use crate::scenario::CostInput;

keyed! {
    /// How the drafter answers a comment.
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ResponseKind {
        /// Tiếp thu: the draft was changed.
        Accepted = "accepted", "Tiếp thu", "Accepted";
        /// Giải trình: the draft stays, with the reason.
        Explained = "explained", "Giải trình", "Explained";
    }
}

/// The drafter's response to a comment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// Accepted or explained.
    pub kind: ResponseKind,
    /// What was changed, or why the draft stays.
    #[serde(default)]
    pub text: String,
}

impl Response {
    /// Whether the response says something.
    pub fn is_given(&self) -> bool {
        !self.text.trim().is_empty()
    }
}

/// What in a procedure a comment is about.
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
    /// One cost input.
    Cost {
        /// Before or after.
        side: Side,
        /// The input.
        input: CostInput,
    },
}

impl Anchor {
    /// The anchor as its file writes it and reads it back: a cost input whose text does not name an entry
    /// (an activity without an id) is kept as the text it is (`CostInput::Unknown`), so that the comment is
    /// the same after export and import.
    ///
    /// ```
    /// use tthc_core::comment::Anchor;
    /// use tthc_core::scenario::CostInput;
    /// use tthc_core::Side;
    /// let a = Anchor::Cost { side: Side::After, input: CostInput::Activity(String::new()) };
    /// assert_eq!(a.canonical(), Anchor::Cost { side: Side::After, input: CostInput::Unknown("activities/".into()) });
    /// ```
    #[must_use]
    pub fn canonical(self) -> Anchor {
        match self {
            Anchor::Cost { side, input } => Anchor::Cost {
                side,
                input: CostInput::parse(&input.path()),
            },
            other => other,
        }
    }

    /// Where the anchored thing is in procedure `p`, as findings point (so the app can go there).
    ///
    /// ```
    /// use tthc_core::comment::Anchor;
    /// use tthc_core::scenario::CostInput;
    /// use tthc_core::{Procedure, ProcedureKind, Side};
    /// let p = Procedure::new("p1", ProcedureKind::New);
    /// let a = Anchor::Cost { side: Side::After, input: CostInput::SubjectsPerYear };
    /// assert_eq!(a.place(&p).path(), "procedures/p1/after/subjects/per_year");
    /// let a = Anchor::Cost { side: Side::Before, input: CostInput::Activity("a2".into()) };
    /// assert_eq!(a.place(&p).path(), "procedures/p1/cost/before/activities/a2");
    /// ```
    pub fn place(&self, p: &Procedure) -> Place {
        match self {
            Anchor::Item { key } => Place::procedure(&p.id, At::Item(AnswerKey::parse(key))),
            Anchor::Component { side, component } => Place::component(&p.id, *side, *component),
            Anchor::Cost { side, input } => Place::cost_input(p, *side, input),
        }
    }

    /// A short key naming the anchor (`component:after:time_limit`, `item:tt03.c.name.1`,
    /// `cost:before:activities/a2`), for a choice list.
    pub fn key(&self) -> String {
        match self {
            Anchor::Item { key } => format!("item:{key}"),
            Anchor::Component { side, component } => {
                format!("component:{}:{}", side.key(), component.key())
            }
            Anchor::Cost { side, input } => format!("cost:{}:{}", side.key(), input.path()),
        }
    }

    /// Whether the anchored thing exists in the procedure: a side it has, a cost input that is still in
    /// its list. (An item is kept even when the ruleset does not show it; the checks say so.)
    pub fn exists_in(&self, p: &Procedure) -> bool {
        let has_side = |side: Side| match side {
            Side::Before => p.kind.has_before(),
            Side::After => p.kind.has_after(),
        };
        match self {
            Anchor::Item { key } => !key.trim().is_empty(),
            Anchor::Component { side, .. } => has_side(*side),
            Anchor::Cost { side, input } => has_side(*side) && p.cost.side(*side).has(input),
        }
    }
}

/// A comment and the drafter's response.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Comment {
    /// Stable id (`c1`… for the control unit, `y1`… for the appraiser), given by the reducer.
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
    /// The drafter's response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<Response>,
}

impl Comment {
    /// Whether the drafter has answered it (a response with text).
    pub fn is_answered(&self) -> bool {
        self.response.as_ref().is_some_and(Response::is_given)
    }

    /// Forgets a procedure that is removed: the comment is then about the draft as a whole.
    pub(crate) fn unlink(&mut self, procedure: &str) {
        if self.procedure.as_deref() == Some(procedure) {
            self.procedure = None;
            self.anchor = None;
        }
    }
}
