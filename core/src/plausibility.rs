//! Plausibility bounds of the cost inputs: beyond them a figure is probably a typing or unit mistake (10^20
//! subjects a year, a fee typed in thousands). Crossing one is a warning with its reason — in the checks and
//! beside the field in the app — never a refusal: the figure is kept and costed. Zero is never out of
//! bounds (nothing to do or pay). Data in `core/data/plausibility.json`, each bound with its reason and
//! status, so that an officer can correct them without touching code.

use std::sync::OnceLock;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::keyed::keyed;
use crate::money;
use crate::ruleset::Status;
use crate::text::{Lang, Text};

keyed! {
    /// A cost input that has a plausibility bound.
    pub enum Quantity {
        /// Subjects who perform the procedure in a year.
        SubjectsPerYear = "subjects_per_year", "Số đối tượng thực hiện một năm", "Subjects per year";
        /// Times one subject performs the procedure in a year.
        FilingsPerYear = "filings_per_year", "Số lần thực hiện một năm của một đối tượng", "Filings per subject per year";
        /// Hours of one activity for one filing.
        HoursPerFiling = "hours_per_filing", "Số giờ của một công việc cho một lần thực hiện", "Hours of an activity per filing";
        /// An amount paid for one filing (a fee, a service, another expense).
        Amount = "amount", "Số tiền cho một lần thực hiện", "Amount per filing";
    }
}

/// The bound of one quantity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bound {
    /// What it bounds.
    pub quantity: Quantity,
    /// A value above 0 but below this is out of bounds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Decimal>,
    /// A value above this is out of bounds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Decimal>,
    /// Why a value beyond it is probably a mistake, and what to check (a clause that follows a colon).
    pub reason: Text,
    /// How sure we are (the bounds are the software's judgement: `reconstructed`).
    pub status: Status,
}

/// Every bound.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plausibility {
    /// What the bounds are, for the officer who edits them.
    pub note: String,
    /// One bound per quantity.
    pub bounds: Vec<Bound>,
}

/// A value beyond its bound: which bound, and on which side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Beyond<'p> {
    /// The bound crossed.
    pub bound: &'p Bound,
    /// Above the maximum (else below the minimum).
    pub above: bool,
}

impl Plausibility {
    /// The bundled bounds (`core/data/plausibility.json`).
    ///
    /// # Panics
    /// Never for the shipped data: a test reads it.
    pub fn bundled() -> &'static Plausibility {
        static BUNDLED: OnceLock<Plausibility> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            serde_json::from_str(include_str!("../data/plausibility.json"))
                .unwrap_or_else(|e| panic!("core/data/plausibility.json: {e}"))
        })
    }

    /// The bound of a quantity, if it has one.
    pub fn bound(&self, quantity: Quantity) -> Option<&Bound> {
        self.bounds.iter().find(|b| b.quantity == quantity)
    }

    /// Whether a value is beyond the bound of its quantity.
    ///
    /// ```
    /// use tthc_core::plausibility::{Plausibility, Quantity};
    /// let p = Plausibility::bundled();
    /// let subjects = |n: u64| p.judge(Quantity::SubjectsPerYear, n.into());
    /// assert!(subjects(100_000_000_000_000_000).is_some_and(|b| b.above));
    /// assert!(subjects(2_000).is_none());
    /// assert!(p.judge(Quantity::Amount, 50.into()).is_some_and(|b| !b.above), "50 đồng: typed in thousands?");
    /// assert!(p.judge(Quantity::Amount, 0.into()).is_none(), "nothing to pay is plausible");
    /// ```
    pub fn judge(&self, quantity: Quantity, value: Decimal) -> Option<Beyond<'_>> {
        let bound = self.bound(quantity)?;
        if bound.max.is_some_and(|max| value > max) {
            return Some(Beyond { bound, above: true });
        }
        if bound
            .min
            .is_some_and(|min| value > Decimal::ZERO && value < min)
        {
            return Some(Beyond {
                bound,
                above: false,
            });
        }
        None
    }

    /// [`Plausibility::judge`] for a count (a count beyond the exact decimal range is beyond any bound).
    pub fn judge_count(&self, quantity: Quantity, value: u128) -> Option<Beyond<'_>> {
        match i128::try_from(value)
            .ok()
            .and_then(|v| Decimal::try_from_i128_with_scale(v, 0).ok())
        {
            Some(v) => self.judge(quantity, v),
            None => self
                .bound(quantity)
                .map(|bound| Beyond { bound, above: true }),
        }
    }
}

impl Beyond<'_> {
    /// What a person reads beside the field or in the checks: the value, the bound it crosses and why.
    ///
    /// ```
    /// use tthc_core::plausibility::{Plausibility, Quantity};
    /// use tthc_core::Lang;
    /// let p = Plausibility::bundled();
    /// let b = p.judge(Quantity::FilingsPerYear, 1000.into()).expect("beyond");
    /// assert!(b.message(1000.into(), Lang::Vi).starts_with("1.000 vượt mức hợp lý 365"));
    /// ```
    pub fn message(&self, value: Decimal, lang: Lang) -> String {
        let limit = if self.above {
            self.bound.max
        } else {
            self.bound.min
        }
        .unwrap_or_default();
        let (value, limit) = (money::number(value, lang), money::number(limit, lang));
        let reason = self.bound.reason.get(lang);
        match (lang, self.above) {
            (Lang::Vi, true) => format!("{value} vượt mức hợp lý {limit}: {reason}."),
            (Lang::Vi, false) => format!("{value} thấp hơn mức hợp lý {limit}: {reason}."),
            (Lang::En, true) => format!("{value} is above the plausible {limit}: {reason}."),
            (Lang::En, false) => format!("{value} is below the plausible {limit}: {reason}."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_bounds_read_and_bound_every_quantity_once_with_a_reason() {
        let p = Plausibility::bundled();
        for q in Quantity::ALL {
            let found: Vec<_> = p.bounds.iter().filter(|b| b.quantity == q).collect();
            assert_eq!(found.len(), 1, "{q:?}");
            let b = found[0];
            assert!(b.min.is_some() || b.max.is_some(), "{q:?}");
            assert!(
                !b.reason.vi.trim().is_empty() && !b.reason.en.trim().is_empty(),
                "{q:?}"
            );
            if let (Some(min), Some(max)) = (b.min, b.max) {
                assert!(min < max, "{q:?}");
            }
        }
    }

    #[test]
    fn a_count_beyond_exact_decimals_is_beyond_the_bound() {
        let p = Plausibility::bundled();
        assert!(
            p.judge_count(Quantity::SubjectsPerYear, u128::MAX)
                .is_some_and(|b| b.above)
        );
        assert!(
            p.judge_count(Quantity::SubjectsPerYear, 100_000_000)
                .is_none(),
            "the bound itself is plausible"
        );
        assert!(
            p.judge_count(Quantity::SubjectsPerYear, 100_000_001)
                .is_some()
        );
    }
}
