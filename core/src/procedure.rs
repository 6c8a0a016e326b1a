//! A procedure in the draft: its kind, where the draft creates it, its components before and after, and the
//! answers to the assessment form.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::answer::{Answer, AnswerKey};
use crate::component::{Component, ComponentValue, Components};
use crate::keyed::keyed;
use crate::scenario::Cost;
use crate::text::Lang;

keyed! {
    /// What the draft does to the procedure.
    #[derive(PartialOrd, Ord, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ProcedureKind {
        /// TTHC mới: the draft creates it.
        #[default]
        New = "new", "Thủ tục hành chính mới", "New procedure";
        /// Quy định chi tiết: detailed by delegation of a higher document that itself creates it.
        DetailedNew = "detailed_new", "Quy định chi tiết thủ tục hành chính mới", "Detailed by delegation (new)";
        /// Quy định chi tiết: detailed by delegation of a higher document that amends it.
        DetailedAmended = "detailed_amended", "Quy định chi tiết thủ tục hành chính được sửa đổi, bổ sung", "Detailed by delegation (amended)";
        /// Sửa đổi, bổ sung: the draft amends an existing procedure.
        Amended = "amended", "Thủ tục hành chính được sửa đổi, bổ sung", "Amended procedure";
        /// Bãi bỏ: the draft abolishes it.
        Abolished = "abolished", "Thủ tục hành chính bị bãi bỏ", "Abolished procedure";
    }
}

impl ProcedureKind {
    /// Whether the procedure exists before the draft (a "before" version is assessed).
    pub fn has_before(self) -> bool {
        matches!(
            self,
            ProcedureKind::Amended | ProcedureKind::DetailedAmended | ProcedureKind::Abolished
        )
    }

    /// Whether the procedure exists after the draft (an "after" version is assessed).
    pub fn has_after(self) -> bool {
        self != ProcedureKind::Abolished
    }

    /// Whether the draft amends a procedure in force (amended, or detailed by delegation and amended): the
    /// kinds the cost-reduction target applies to.
    pub fn is_amendment(self) -> bool {
        matches!(
            self,
            ProcedureKind::Amended | ProcedureKind::DetailedAmended
        )
    }

    /// Whether only the changed (amended or detailed) components are assessed.
    pub fn assesses_changes(self) -> bool {
        matches!(
            self,
            ProcedureKind::Amended | ProcedureKind::DetailedNew | ProcedureKind::DetailedAmended
        )
    }
}

keyed! {
    /// Which version of a procedure.
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Side {
        /// The version in force before the draft.
        Before = "before", "Trước", "Before";
        /// The version the draft sets.
        After = "after", "Sau", "After";
    }
}

/// A procedure of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// Stable id within the assessment (`p1`, `p2`…), given by the reducer.
    pub id: String,
    /// New, detailed, amended or abolished.
    #[serde(default)]
    pub kind: ProcedureKind,
    /// Code of the procedure in the national database (for amended and abolished procedures).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    /// The provisions of the draft that create, amend or abolish it ("Điều 5, khoản 2").
    #[serde(default)]
    pub provisions: String,
    /// Lĩnh vực.
    #[serde(default)]
    pub field: String,
    /// The policy of the proposal it belongs to (proposal stage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    /// The version in force before the draft (amended, detailed-amended and abolished procedures).
    #[serde(default, skip_serializing_if = "is_empty_components")]
    pub before: Components,
    /// The version the draft sets. For amended procedures only the changed components are read here; the
    /// others stay as they were before.
    #[serde(default, skip_serializing_if = "is_empty_components")]
    pub after: Components,
    /// The components the draft amends or details (amended and detailed procedures).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub changed: BTreeSet<Component>,
    /// Answers to the form, keyed by item id (`item` or `item@entry`).
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// The inputs of the compliance cost.
    #[serde(default, skip_serializing_if = "is_empty_cost")]
    pub cost: Cost,
}

fn is_empty_cost(c: &Cost) -> bool {
    *c == Cost::default()
}

fn is_empty_components(c: &Components) -> bool {
    *c == Components::default()
}

impl Procedure {
    /// A new, empty procedure of a kind.
    pub fn new(id: impl Into<String>, kind: ProcedureKind) -> Procedure {
        Procedure {
            id: id.into(),
            kind,
            ..Procedure::default()
        }
    }

    /// Whether the component is amended or detailed by the draft.
    pub fn is_changed(&self, component: Component) -> bool {
        self.changed.contains(&component)
    }

    /// The components of one side as the draft leaves them: for amended procedures, an unchanged component
    /// after the draft is what it was before.
    pub fn version(&self, side: Side) -> Components {
        match side {
            Side::Before => self.before.clone(),
            Side::After if self.kind.has_before() => {
                let mut merged = self.before.clone();
                for &c in &self.changed {
                    merged.set(self.after.get(c));
                }
                merged
            }
            Side::After => self.after.clone(),
        }
    }

    /// The version that describes the procedure today: after the draft, or before it for an abolished one.
    pub fn current(&self) -> Components {
        if self.kind.has_after() {
            self.version(Side::After)
        } else {
            self.before.clone()
        }
    }

    /// The name to show for the procedure.
    pub fn name(&self) -> String {
        let name = if self.kind == ProcedureKind::Abolished
            || (self.kind.has_before() && !self.is_changed(Component::Name))
        {
            &self.before.name
        } else {
            &self.after.name
        };
        name.trim().to_owned()
    }

    /// The name people read for the procedure in lists and links: its name, or "Thủ tục 2 (chưa có tên)"
    /// until it has one; `number` is its position in the draft, from 1.
    ///
    /// ```
    /// use tthc_core::{Lang, Procedure, ProcedureKind};
    /// let mut p = Procedure::new("p7", ProcedureKind::New);
    /// assert_eq!(p.display_name(2, Lang::Vi), "Thủ tục 2 (chưa có tên)");
    /// p.after.name = "Cấp giấy phép".into();
    /// assert_eq!(p.display_name(2, Lang::En), "Cấp giấy phép");
    /// ```
    pub fn display_name(&self, number: usize, lang: Lang) -> String {
        let name = self.name();
        if name.is_empty() {
            match lang {
                Lang::Vi => format!("Thủ tục {number} (chưa có tên)"),
                Lang::En => format!("Procedure {number} (not named yet)"),
            }
        } else {
            name
        }
    }

    /// The side on which a component that a scenario reads is edited: for an amended procedure whose
    /// component the draft does not change, the "after" version reads the "before" value, so it is edited
    /// there.
    pub fn edited_side(&self, side: Side, component: Component) -> Side {
        if side == Side::After && self.kind.has_before() && !self.is_changed(component) {
            Side::Before
        } else {
            side
        }
    }

    /// The components that are filled in on the side that matters for them.
    pub fn component_value(&self, side: Side, component: Component) -> ComponentValue {
        self.version(side).get(component)
    }

    /// The answer stored under a key.
    pub fn answer(&self, key: &AnswerKey) -> Option<&Answer> {
        self.answers.get(&key.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::component::{ComponentValue, TimeLimit};

    #[test]
    fn after_of_an_amended_procedure_keeps_unchanged_components() {
        let mut p = Procedure::new("p1", ProcedureKind::Amended);
        p.before.name = "Cấp giấy phép A".into();
        p.before.time_limit.days = Some(20);
        p.after.set(ComponentValue::TimeLimit(TimeLimit {
            days: Some(10),
            ..Default::default()
        }));
        p.after.name = "ignored because the name is not changed".into();
        assert_eq!(
            p.version(Side::After).time_limit.days,
            Some(20),
            "not marked changed"
        );
        p.changed.insert(Component::TimeLimit);
        let after = p.version(Side::After);
        assert_eq!(after.time_limit.days, Some(10));
        assert_eq!(after.name, "Cấp giấy phép A");
        assert_eq!(p.name(), "Cấp giấy phép A");
    }

    #[test]
    fn kinds_know_their_sides() {
        use ProcedureKind::*;
        assert!(!New.has_before() && New.has_after());
        assert!(Amended.has_before() && Amended.has_after());
        assert!(Abolished.has_before() && !Abolished.has_after());
        assert!(DetailedNew.assesses_changes() && !DetailedNew.has_before());
        for k in ProcedureKind::ALL {
            assert_eq!(
                serde_json::to_string(&k).unwrap(),
                format!("\"{}\"", k.key())
            );
        }
    }
}
