//! Input figures with their source and, where known, a range.

use serde::{Deserialize, Serialize};

/// Which figure of an estimate to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// The low end of the range (the central value where no low end is given).
    Low,
    /// The central value.
    Central,
    /// The high end of the range (the central value where no high end is given).
    High,
}

/// An input figure: a central value, an optional range (low, high), and where it comes from.
///
/// ```
/// use tthc_core::estimate::{Bound, Estimate};
/// let e = Estimate { value: Some(1200u128), low: Some(1000), high: None, source: "Sở Xây dựng 2025".into() };
/// assert_eq!(e.pick(Bound::Low), Some(1000));
/// assert_eq!(e.pick(Bound::High), Some(1200));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Estimate<T> {
    /// The central value; `None` while not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<T>,
    /// The low end of the range, if the figure is uncertain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low: Option<T>,
    /// The high end of the range, if the figure is uncertain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<T>,
    /// Where the figure comes from (a survey, a register, an estimate of the drafting body).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

impl<T: Copy> Estimate<T> {
    /// A central value with no range and no source.
    pub fn of(value: T) -> Estimate<T> {
        Estimate {
            value: Some(value),
            low: None,
            high: None,
            source: String::new(),
        }
    }

    /// The figure for a bound: the central value, or an end of the range falling back to it.
    pub fn pick(&self, bound: Bound) -> Option<T> {
        match bound {
            Bound::Central => self.value,
            Bound::Low => self.low.or(self.value),
            Bound::High => self.high.or(self.value),
        }
    }

    /// Whether a range is given.
    pub fn has_range(&self) -> bool {
        self.low.is_some() || self.high.is_some()
    }
}
