//! The inputs of the compliance cost of a procedure, as the drafter enters them: for each version (before
//! and after the draft) the activities a subject does for one filing, paid services, other expenses, and
//! how many times a subject files in a year. Fees are read from the fee component and the number of
//! subjects from the subjects component of the same side; nothing is entered twice.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::estimate::Estimate;
use crate::keyed::keyed;
use crate::procedure::Side;

keyed! {
    /// What an activity is, in the order a subject does them.
    #[derive(PartialOrd, Ord, Default)]
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ActivityKind {
        /// Tìm hiểu quy định.
        Learn = "learn", "Tìm hiểu quy định", "Learn the rules";
        /// Chuẩn bị một giấy tờ.
        Prepare = "prepare", "Chuẩn bị giấy tờ", "Prepare a document";
        /// Chứng thực bản sao.
        Certify = "certify", "Chứng thực", "Certification";
        /// Điền mẫu đơn, tờ khai.
        Fill = "fill", "Điền mẫu đơn, tờ khai", "Fill in a form";
        /// Xin xác nhận.
        Confirm = "confirm", "Xin xác nhận", "Obtain a confirmation";
        /// Đi lại và nộp hồ sơ.
        Submit = "submit", "Nộp hồ sơ", "Submit";
        /// Chờ, theo dõi.
        Wait = "wait", "Chờ, theo dõi", "Wait, follow up";
        /// Bổ sung hồ sơ.
        Supplement = "supplement", "Bổ sung hồ sơ", "Supplement";
        /// Nhận kết quả.
        Receive = "receive", "Nhận kết quả", "Receive the result";
        /// Khác.
        #[default]
        Other = "other", "Khác", "Other";
    }
}

/// Something the subject does for one filing, and how long it takes.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// Stable id within the scenario (`a1`…), given by the reducer when empty.
    #[serde(default)]
    pub id: String,
    /// What kind of activity.
    #[serde(default)]
    pub kind: ActivityKind,
    /// What is done.
    #[serde(default)]
    pub name: String,
    /// Hours per filing.
    #[serde(default)]
    pub hours: Estimate<Decimal>,
    /// Proposed by the engine and not yet confirmed by the user.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// A paid service or another expense per filing.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Expense {
    /// Stable id within the scenario (`s1`, `o1`…), given by the reducer when empty.
    #[serde(default)]
    pub id: String,
    /// What it is.
    #[serde(default)]
    pub name: String,
    /// Đồng per filing.
    #[serde(default)]
    pub amount: Estimate<Decimal>,
}

keyed! {
    /// Which list an expense belongs to.
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ExpenseKind {
        /// Thuê dịch vụ, tư vấn.
        Service = "service", "Thuê dịch vụ, tư vấn", "Paid service";
        /// Chi phí khác (sao chụp, chứng thực, in ấn, đi lại, bưu chính…).
        Other = "other", "Chi phí khác", "Other expense";
    }
}

impl ExpenseKind {
    /// The name of the list in paths (`services`, `other`).
    pub fn list_name(self) -> &'static str {
        match self {
            ExpenseKind::Service => "services",
            ExpenseKind::Other => "other",
        }
    }
}

/// The inputs of one scenario (before or after the draft).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// What the subject does for one filing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Activity>,
    /// Paid services per filing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<Expense>,
    /// Other expenses per filing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other: Vec<Expense>,
    /// How many times a subject files in a year.
    #[serde(default)]
    pub filings_per_year: Estimate<Decimal>,
}

impl Scenario {
    /// Gives every activity and expense without an id (or with an id used twice) a fresh one.
    pub fn assign_missing_ids(&mut self) {
        crate::id::assign_ids(&mut self.activities, "a", |a| &mut a.id);
        crate::id::assign_ids(&mut self.services, "s", |e| &mut e.id);
        crate::id::assign_ids(&mut self.other, "o", |e| &mut e.id);
    }

    /// The list of expenses of a kind.
    pub fn expenses(&self, kind: ExpenseKind) -> &[Expense] {
        match kind {
            ExpenseKind::Service => &self.services,
            ExpenseKind::Other => &self.other,
        }
    }

    /// The list of expenses of a kind, to change.
    pub fn expenses_mut(&mut self, kind: ExpenseKind) -> &mut Vec<Expense> {
        match kind {
            ExpenseKind::Service => &mut self.services,
            ExpenseKind::Other => &mut self.other,
        }
    }

    /// The name the drafter gave a cost input of this scenario (an activity or an expense), if it has one.
    pub fn name_of(&self, input: &CostInput) -> Option<&str> {
        match input {
            CostInput::Activity(id) => self
                .activities
                .iter()
                .find(|a| &a.id == id)
                .map(|a| a.name.as_str()),
            CostInput::Service(id) => self
                .services
                .iter()
                .find(|e| &e.id == id)
                .map(|e| e.name.as_str()),
            CostInput::Other(id) => self
                .other
                .iter()
                .find(|e| &e.id == id)
                .map(|e| e.name.as_str()),
            _ => None,
        }
    }

    /// Whether a cost input names something that exists in this scenario (the counts and the fees always
    /// exist; an activity or an expense only while it is in its list).
    pub fn has(&self, input: &CostInput) -> bool {
        match input {
            CostInput::Activity(_) | CostInput::Service(_) | CostInput::Other(_) => {
                self.name_of(input).is_some()
            }
            CostInput::FilingsPerYear | CostInput::SubjectsPerYear | CostInput::Fees => true,
            CostInput::Unknown(_) => false,
        }
    }
}

/// The cost inputs of a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cost {
    /// Before the draft (amended, detailed-amended and abolished procedures).
    #[serde(default, skip_serializing_if = "is_default")]
    pub before: Scenario,
    /// After the draft (every kind but abolished).
    #[serde(default, skip_serializing_if = "is_default")]
    pub after: Scenario,
}

fn is_default(s: &Scenario) -> bool {
    *s == Scenario::default()
}

impl Cost {
    /// One side.
    pub fn side(&self, side: Side) -> &Scenario {
        match side {
            Side::Before => &self.before,
            Side::After => &self.after,
        }
    }

    /// One side, to change.
    pub fn side_mut(&mut self, side: Side) -> &mut Scenario {
        match side {
            Side::Before => &mut self.before,
            Side::After => &mut self.after,
        }
    }
}

/// One input of the cost of a scenario, as a comment can be anchored to it. In files it is written as a
/// path: `activities/a2`, `services/s1`, `other/o1`, `filings_per_year`, `subjects_per_year`, `fees`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CostInput {
    /// An activity, by id.
    Activity(String),
    /// A paid service, by id.
    Service(String),
    /// Another expense, by id.
    Other(String),
    /// The filings per subject per year.
    FilingsPerYear,
    /// The subjects per year (of the subjects component).
    SubjectsPerYear,
    /// The fees (of the fee component).
    Fees,
    /// A path this version does not know: kept as written, reported by the checks.
    Unknown(String),
}

impl CostInput {
    /// The path written in files.
    pub fn path(&self) -> String {
        match self {
            CostInput::Activity(id) => format!("activities/{id}"),
            CostInput::Service(id) => format!("services/{id}"),
            CostInput::Other(id) => format!("other/{id}"),
            CostInput::FilingsPerYear => "filings_per_year".to_owned(),
            CostInput::SubjectsPerYear => "subjects_per_year".to_owned(),
            CostInput::Fees => "fees".to_owned(),
            CostInput::Unknown(s) => s.clone(),
        }
    }

    /// Reads a path; what it does not know is kept as [`CostInput::Unknown`].
    ///
    /// ```
    /// use tthc_core::scenario::CostInput;
    /// assert_eq!(CostInput::parse("activities/a2"), CostInput::Activity("a2".into()));
    /// assert_eq!(CostInput::parse("fees"), CostInput::Fees);
    /// assert_eq!(CostInput::parse("x/y").path(), "x/y");
    /// ```
    pub fn parse(text: &str) -> CostInput {
        match text.split_once('/') {
            Some(("activities", id)) if !id.is_empty() => CostInput::Activity(id.to_owned()),
            Some(("services", id)) if !id.is_empty() => CostInput::Service(id.to_owned()),
            Some(("other", id)) if !id.is_empty() => CostInput::Other(id.to_owned()),
            None if text == "filings_per_year" => CostInput::FilingsPerYear,
            None if text == "subjects_per_year" => CostInput::SubjectsPerYear,
            None if text == "fees" => CostInput::Fees,
            _ => CostInput::Unknown(text.to_owned()),
        }
    }

    /// An expense of a kind, by id.
    pub fn expense(kind: ExpenseKind, id: &str) -> CostInput {
        match kind {
            ExpenseKind::Service => CostInput::Service(id.to_owned()),
            ExpenseKind::Other => CostInput::Other(id.to_owned()),
        }
    }
}

impl fmt::Display for CostInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path())
    }
}

impl Serialize for CostInput {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.path())
    }
}

impl<'de> Deserialize<'de> for CostInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<CostInput, D::Error> {
        String::deserialize(deserializer).map(|s| CostInput::parse(&s))
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for CostInput {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CostInput".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "One cost input: `activities/<id>`, `services/<id>`, `other/<id>`, `filings_per_year`, `subjects_per_year` or `fees`."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_read_back_as_written() {
        for input in [
            CostInput::Activity("a1".into()),
            CostInput::Service("s2".into()),
            CostInput::Other("o3".into()),
            CostInput::FilingsPerYear,
            CostInput::SubjectsPerYear,
            CostInput::Fees,
            CostInput::Unknown("weird".into()),
        ] {
            let json = serde_json::to_string(&input).unwrap_or_default();
            let back: CostInput = serde_json::from_str(&json).unwrap_or(CostInput::Fees);
            assert_eq!(back, input, "{json}");
        }
        assert_eq!(
            CostInput::parse("activities/"),
            CostInput::Unknown("activities/".into())
        );
    }
}
