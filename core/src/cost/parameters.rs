//! The parameters of the cost model: income per person per month, working days per month, hours per day.
//! Bundled as dated, sourced data (`core/data/parameters.json`); the values used are copied into each
//! assessment, so a later recomputation gives the same result when the bundled data changes.

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::ruleset::Status;
use crate::text::Text;

/// The area an income figure covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// Cả nước.
    National,
    /// Thành thị.
    Urban,
    /// Nông thôn.
    Rural,
}

impl Area {
    /// The name of the area.
    pub fn label(self) -> Text {
        match self {
            Area::National => Text::new("cả nước", "whole country"),
            Area::Urban => Text::new("thành thị", "urban areas"),
            Area::Rural => Text::new("nông thôn", "rural areas"),
        }
    }
}

/// A bundled income figure.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IncomeSet {
    /// Stable id (`gso-2024-national`).
    pub id: String,
    /// The year the figure describes.
    pub year: u16,
    /// The area.
    pub area: Area,
    /// VND per person per month.
    pub value: Decimal,
    /// Where it comes from.
    pub source: Text,
    /// Whether it was checked against the published figure.
    pub verified: bool,
    /// Provenance status.
    pub status: Status,
}

/// A bundled constant with its source.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Constant {
    /// The value.
    pub value: Decimal,
    /// Where it comes from.
    pub source: Text,
    /// Whether it was checked.
    pub verified: bool,
    /// Provenance status.
    pub status: Status,
}

/// A suggested activity, with its name (`{}` is replaced by the document or form) and hours.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    /// The name pattern.
    pub name: Text,
    /// Hours per filing.
    pub hours: Decimal,
}

/// The suggested activities the engine proposes from a procedure's components.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(
    missing_docs,
    reason = "each field is one kind of suggestion, named after it"
)]
pub struct Suggestions {
    pub status: Status,
    pub source: Text,
    pub learn: Suggestion,
    pub prepare: Suggestion,
    pub certify: Suggestion,
    pub fill: Suggestion,
    pub confirm: Suggestion,
    pub submit_in_person: Suggestion,
    pub submit_remote: Suggestion,
    pub wait: Suggestion,
    pub supplement: Suggestion,
    pub receive_in_person: Suggestion,
    pub receive_remote: Suggestion,
}

/// Every bundled parameter.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bundled {
    /// Income figures, by year and area.
    pub income: Vec<IncomeSet>,
    /// Working days per month.
    pub working_days_per_month: Constant,
    /// Hours per working day.
    pub hours_per_day: Constant,
    /// Suggested activities.
    pub activities: Suggestions,
}

impl Bundled {
    /// The bundled parameters, read once.
    ///
    /// # Panics
    /// Never in a tested build: the bundled file is read by the test suite.
    pub fn get() -> &'static Bundled {
        static BUNDLED: OnceLock<Bundled> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            serde_json::from_str(include_str!("../../data/parameters.json"))
                .expect("core/data/parameters.json is valid (tested)")
        })
    }

    /// An income figure by id.
    pub fn income(&self, id: &str) -> Option<&IncomeSet> {
        self.income.iter().find(|s| s.id == id)
    }

    /// The latest verified national income figure.
    ///
    /// # Panics
    /// Never in a tested build: the bundled data has one.
    pub fn latest_national(&self) -> &IncomeSet {
        self.income
            .iter()
            .filter(|s| s.area == Area::National && s.verified)
            .max_by_key(|s| s.year)
            .expect("a verified national income figure is bundled (tested)")
    }
}

/// One parameter as used by an assessment: the value, its source, and whether it was verified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Parameter {
    /// The value.
    pub value: Decimal,
    /// Where it comes from.
    #[serde(default)]
    pub source: String,
    /// The bundled figure it was copied from, if any (a provincial figure entered by the user has none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set: Option<String>,
    /// Whether it was checked against its source.
    #[serde(default)]
    pub verified: bool,
}

/// The parameters an assessment is costed with (a copy, kept in the file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Parameters {
    /// Thu nhập bình quân đầu người một tháng (đồng).
    pub income_per_month: Parameter,
    /// Số ngày làm việc một tháng.
    pub working_days_per_month: Parameter,
    /// Số giờ làm việc một ngày.
    pub hours_per_day: Parameter,
}

impl Default for Parameters {
    /// The latest verified national income and the usual 22 days of 8 hours.
    fn default() -> Parameters {
        let b = Bundled::get();
        Parameters {
            income_per_month: Parameter::from_income(b.latest_national()),
            working_days_per_month: Parameter::from_constant(&b.working_days_per_month),
            hours_per_day: Parameter::from_constant(&b.hours_per_day),
        }
    }
}

impl Parameter {
    /// A copy of a bundled income figure.
    pub fn from_income(set: &IncomeSet) -> Parameter {
        Parameter {
            value: set.value,
            source: set.source.vi.clone(),
            set: Some(set.id.clone()),
            verified: set.verified,
        }
    }

    fn from_constant(c: &Constant) -> Parameter {
        Parameter {
            value: c.value,
            source: c.source.vi.clone(),
            set: None,
            verified: c.verified,
        }
    }
}

/// Which parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ParameterName {
    /// Income per person per month.
    IncomePerMonth,
    /// Working days per month.
    WorkingDaysPerMonth,
    /// Hours per working day.
    HoursPerDay,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_figures_are_the_published_ones() {
        let b = Bundled::get();
        let v = |id: &str| b.income(id).map(|s| s.value.to_string());
        assert_eq!(v("gso-2024-national").as_deref(), Some("5400000"));
        assert_eq!(v("gso-2024-urban").as_deref(), Some("6900000"));
        assert_eq!(v("gso-2024-rural").as_deref(), Some("4500000"));
        assert_eq!(b.latest_national().id, "gso-2024-national");
        let p = Parameters::default();
        assert_eq!(p.working_days_per_month.value, Decimal::from(22));
        assert_eq!(p.hours_per_day.value, Decimal::from(8));
        assert_eq!(p.income_per_month.set.as_deref(), Some("gso-2024-national"));
    }
}
