//! Answers to checklist items.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::date::Date;

/// The value given to an item. Which variant fits depends on the item's answer kind; a value that does not
/// fit is kept and reported by the checks, never dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AnswerValue {
    /// One option: `"yes"`/`"no"`, `"wholly"`/`"partly"`/`"no"`, or a single-choice option id.
    Choice(String),
    /// Several options of a multiple-choice item.
    Choices(Vec<String>),
    /// Free text.
    Text(String),
    /// A number, an amount of money (đồng) or a number of hours, exact.
    Number(Decimal),
    /// A date.
    Date(Date),
}

/// The answer to one item: a value, the reason ("Nêu rõ lý do"), and whether the drafter is unsure.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The value; `None` when only a reason or the unsure mark was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<AnswerValue>,
    /// The reason or explanation attached to the answer.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// "Chưa chắc chắn": an open point to come back to, not an error.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unsure: bool,
}

impl Answer {
    /// An answer choosing one option.
    pub fn choice(option: impl Into<String>) -> Answer {
        Answer {
            value: Some(AnswerValue::Choice(option.into())),
            ..Answer::default()
        }
    }

    /// An answer choosing one option, with a reason.
    pub fn choice_with_reason(option: impl Into<String>, reason: impl Into<String>) -> Answer {
        Answer {
            value: Some(AnswerValue::Choice(option.into())),
            reason: reason.into(),
            unsure: false,
        }
    }

    /// A free-text answer.
    pub fn text(text: impl Into<String>) -> Answer {
        Answer {
            value: Some(AnswerValue::Text(text.into())),
            ..Answer::default()
        }
    }

    /// The chosen option, if the value is a single choice.
    pub fn chosen(&self) -> Option<&str> {
        match &self.value {
            Some(AnswerValue::Choice(c)) => Some(c),
            _ => None,
        }
    }

    /// Whether the value holds something (an empty text or an empty list of choices does not count).
    pub fn has_value(&self) -> bool {
        match &self.value {
            None => false,
            Some(AnswerValue::Text(t)) => !t.trim().is_empty(),
            Some(AnswerValue::Choices(c)) => !c.is_empty(),
            Some(AnswerValue::Choice(c)) => !c.is_empty(),
            Some(AnswerValue::Number(_) | AnswerValue::Date(_)) => true,
        }
    }

    /// Whether a reason was written.
    pub fn has_reason(&self) -> bool {
        !self.reason.trim().is_empty()
    }
}

/// Where an answer is stored in a procedure: an item id, and for sections repeated per form or condition,
/// the id of that entry. Written `item` or `item@entry` in files.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AnswerKey {
    /// The item id.
    pub item: String,
    /// The entry id, for repeated sections.
    pub entry: Option<String>,
}

impl AnswerKey {
    /// The key of an item answered once per procedure.
    pub fn item(item: impl Into<String>) -> AnswerKey {
        AnswerKey {
            item: item.into(),
            entry: None,
        }
    }

    /// The key of an item answered once per entry of a list (a form, a condition).
    pub fn entry(item: impl Into<String>, entry: impl Into<String>) -> AnswerKey {
        AnswerKey {
            item: item.into(),
            entry: Some(entry.into()),
        }
    }

    /// Reads `item` or `item@entry`.
    pub fn parse(key: &str) -> AnswerKey {
        match key.split_once('@') {
            Some((item, entry)) => AnswerKey::entry(item, entry),
            None => AnswerKey::item(key),
        }
    }
}

impl fmt::Display for AnswerKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.entry {
            Some(entry) => write!(f, "{}@{entry}", self.item),
            None => f.write_str(&self.item),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip() {
        for key in ["tt03.bm03.2.a", "nd63.pl2.1@f1"] {
            assert_eq!(AnswerKey::parse(key).to_string(), key);
        }
        assert_eq!(AnswerKey::parse("x@y").entry.as_deref(), Some("y"));
    }

    #[test]
    fn empty_values_do_not_count() {
        assert!(!Answer::text("  ").has_value());
        assert!(Answer::text("x").has_value());
        assert!(!Answer::default().has_value());
        let a = Answer {
            value: Some(AnswerValue::Choices(vec![])),
            ..Answer::default()
        };
        assert!(!a.has_value());
    }

    #[test]
    fn serialized_form_is_compact() {
        let a = Answer::choice_with_reason("yes", "Vì…");
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            r#"{"value":{"choice":"yes"},"reason":"Vì…"}"#
        );
        let n = Answer {
            value: Some(AnswerValue::Number("1.50".parse().unwrap())),
            ..Answer::default()
        };
        assert_eq!(
            serde_json::to_string(&n).unwrap(),
            r#"{"value":{"number":"1.50"}}"#
        );
    }
}
