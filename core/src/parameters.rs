//! The parameters an assessment is costed with: income per person per month, working days per month,
//! hours per day. A copy of the bundled figures (see [`crate::statistics`]) or the user's own, kept in the
//! file so that a later recomputation gives the same result when the bundled data changes.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::keyed::keyed;

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

keyed! {
    /// Which parameter.
    #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
    pub enum ParameterName {
        /// Income per person per month.
        IncomePerMonth = "income_per_month", "Thu nhập bình quân đầu người một tháng", "Income per person per month";
        /// Working days per month.
        WorkingDaysPerMonth = "working_days_per_month", "Số ngày làm việc một tháng", "Working days per month";
        /// Hours per working day.
        HoursPerDay = "hours_per_day", "Số giờ làm việc một ngày", "Hours per day";
    }
}

impl ParameterName {
    /// The unit of the parameter's value.
    pub fn unit(self) -> crate::money::Unit {
        match self {
            ParameterName::IncomePerMonth => crate::money::Unit::Dong,
            ParameterName::WorkingDaysPerMonth => crate::money::Unit::Days,
            ParameterName::HoursPerDay => crate::money::Unit::Hours,
        }
    }
}

impl Parameters {
    /// One parameter by name.
    pub fn get(&self, name: ParameterName) -> &Parameter {
        match name {
            ParameterName::IncomePerMonth => &self.income_per_month,
            ParameterName::WorkingDaysPerMonth => &self.working_days_per_month,
            ParameterName::HoursPerDay => &self.hours_per_day,
        }
    }

    /// One parameter by name, to change.
    pub fn get_mut(&mut self, name: ParameterName) -> &mut Parameter {
        match name {
            ParameterName::IncomePerMonth => &mut self.income_per_month,
            ParameterName::WorkingDaysPerMonth => &mut self.working_days_per_month,
            ParameterName::HoursPerDay => &mut self.hours_per_day,
        }
    }
}
