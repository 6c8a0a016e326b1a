//! Display conditions: typed, referring to other items by id (never an expression string).

use serde::{Deserialize, Serialize};

/// When an item is shown or a short-circuit applies.
///
/// In files: `{"answer": {"item": "nd63.i.4", "is": ["no"]}}`, `{"all": [...]}`, `{"any": [...]}`,
/// `{"not": {...}}`. An answer to an item that is itself hidden counts as no answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// The item is answered with one of these options (for a multiple-choice item: includes one of them).
    Answer {
        /// The item id.
        item: String,
        /// The options.
        is: Vec<String>,
    },
    /// Every condition holds.
    All(Vec<Condition>),
    /// At least one condition holds.
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
}

impl Condition {
    /// A condition on one item's answer.
    pub fn answer(item: impl Into<String>, is: &[&str]) -> Condition {
        Condition::Answer {
            item: item.into(),
            is: is.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    /// Every item id the condition refers to, with the options it names.
    pub fn references(&self) -> Vec<(&str, &[String])> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<(&'a str, &'a [String])>) {
        match self {
            Condition::Answer { item, is } => out.push((item, is)),
            Condition::All(list) | Condition::Any(list) => {
                for c in list {
                    c.collect(out);
                }
            }
            Condition::Not(c) => c.collect(out),
        }
    }

    /// Evaluates the condition; `chosen(item)` gives the options chosen for a visible, answered item.
    pub fn holds(&self, chosen: &mut impl FnMut(&str) -> Vec<String>) -> bool {
        match self {
            Condition::Answer { item, is } => chosen(item).iter().any(|c| is.contains(c)),
            Condition::All(list) => list.iter().all(|c| c.holds(chosen)),
            Condition::Any(list) => list.iter().any(|c| c.holds(chosen)),
            Condition::Not(c) => !c.holds(chosen),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_documented_shape() {
        let c: Condition = serde_json::from_str(
            r#"{"all": [{"answer": {"item": "a", "is": ["yes"]}}, {"not": {"answer": {"item": "b", "is": ["no"]}}}]}"#,
        )
        .unwrap();
        assert_eq!(
            c,
            Condition::All(vec![
                Condition::answer("a", &["yes"]),
                Condition::Not(Box::new(Condition::answer("b", &["no"]))),
            ])
        );
        let refs: Vec<_> = c.references().iter().map(|(i, _)| *i).collect();
        assert_eq!(refs, ["a", "b"]);
    }

    #[test]
    fn evaluates() {
        let c = Condition::Any(vec![
            Condition::answer("a", &["yes"]),
            Condition::answer("b", &["wholly", "partly"]),
        ]);
        let mut answers = |item: &str| match item {
            "b" => vec!["partly".to_owned()],
            _ => vec![],
        };
        assert!(c.holds(&mut answers));
        let mut none = |_: &str| Vec::new();
        assert!(!c.holds(&mut none));
        assert!(Condition::Not(Box::new(c)).holds(&mut none));
    }

    #[test]
    fn rejects_unknown_shapes() {
        assert!(serde_json::from_str::<Condition>(r#"{"expr": "a == yes"}"#).is_err());
    }
}
