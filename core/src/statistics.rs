//! The bundled statistics of the cost model, as dated and sourced data (`core/data/parameters.json`): GSO
//! income per person by year and area, working days per month, hours per day, and the suggested hours of
//! the activities the engine proposes. An assessment keeps a copy of the figures it uses
//! ([`crate::parameters::Parameters`]).

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::action::{Action, CostAction};
use crate::keyed::keyed;
use crate::parameters::{Parameter, ParameterName, Parameters};
use crate::ruleset::Status;
use crate::text::Text;

keyed! {
    /// The area an income figure covers.
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum Area {
        /// Cả nước.
        National = "national", "cả nước", "whole country";
        /// Thành thị.
        Urban = "urban", "thành thị", "urban areas";
        /// Nông thôn.
        Rural = "rural", "nông thôn", "rural areas";
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
            serde_json::from_str(include_str!("../data/parameters.json"))
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

impl Action {
    /// The action that costs the assessment with a bundled income figure (`gso-2024-urban`…); `None` when
    /// no bundled figure has this id.
    pub fn use_income(set: &str) -> Option<Action> {
        let income = Bundled::get().income(set)?;
        Some(Action::Cost(CostAction::SetParameter {
            name: ParameterName::IncomePerMonth,
            parameter: Parameter::from_income(income),
        }))
    }
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
