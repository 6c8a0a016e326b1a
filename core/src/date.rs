//! Calendar dates. `tthc-core` has no clock: every date comes in as an argument or from a file.

use std::fmt;
use std::str::FromStr;

use crate::text::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD` in files.
///
/// ```
/// use tthc_core::Date;
/// let d: Date = "2025-07-01".parse()?;
/// assert_eq!(d.to_string(), "2025-07-01");
/// assert_eq!(d.vietnamese(), "ngày 01 tháng 7 năm 2025");
/// # Ok::<(), tthc_core::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    #[error("expected a date written YYYY-MM-DD, found {found:?}")]
    Format {
        /// The text that was given.
        found: String,
    },
    /// The form is right but the day does not exist.
    #[error(
        "expected a day that exists in the calendar, found {found:?} (year 1000–9999, month 1–12, day within the month)"
    )]
    OutOfRange {
        /// The text that was given.
        found: String,
    },
}

impl Date {
    /// Builds a date, checking that it exists.
    ///
    /// # Errors
    /// [`DateError::OutOfRange`] when the year is outside 1000–9999 or the day does not exist.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1000..=9999).contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
        {
            return Err(DateError::OutOfRange {
                found: format!("{year:04}-{month:02}-{day:02}"),
            });
        }
        Ok(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The date as documents of a language write it: "ngày 18 tháng 8 năm 2023" / "18 August 2023".
    pub fn long(self, lang: Lang) -> String {
        match lang {
            Lang::Vi => self.vietnamese(),
            Lang::En => self.english(),
        }
    }

    /// The date as Vietnamese administrative documents write it: "ngày 18 tháng 8 năm 2023"
    /// (day with two digits, month without a leading zero, as in Nghị định 30/2020/NĐ-CP).
    pub fn vietnamese(self) -> String {
        format!(
            "ngày {:02} tháng {} năm {}",
            self.day, self.month, self.year
        )
    }

    /// The date in English: "18 August 2023".
    pub fn english(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let month = MONTHS[usize::from(self.month - 1)];
        format!("{} {month} {}", self.day, self.year)
    }

    /// `dd/mm/yyyy`, the short form used in tables.
    pub fn short(self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }
}

/// The days a rule applies: from (inclusive) and until (inclusive), each open when absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The first day, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// The last day, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
}

impl Period {
    /// Whether the period holds a draft dated `on`; an undated draft (`None`) is read with the rules in force
    /// now, those without an end.
    ///
    /// ```
    /// use tthc_core::date::Period;
    /// let p = Period { from: "2025-04-01".parse().ok(), until: None };
    /// assert!(p.contains("2026-12-01".parse().ok()) && !p.contains("2024-12-01".parse().ok()));
    /// assert!(p.contains(None));
    /// ```
    pub fn contains(&self, on: Option<Date>) -> bool {
        match on {
            None => self.until.is_none(),
            Some(d) => self.from.is_none_or(|f| f <= d) && self.until.is_none_or(|u| d <= u),
        }
    }

    /// "từ 01/4/2025", "đến 31/12/2025", "từ 01/4/2025 đến 30/6/2025", or nothing.
    pub fn describe(&self, lang: Lang) -> String {
        let (from, until) = (self.from.map(Date::short), self.until.map(Date::short));
        match (lang, from, until) {
            (_, None, None) => String::new(),
            (Lang::Vi, Some(f), None) => format!("từ {f}"),
            (Lang::Vi, None, Some(u)) => format!("đến {u}"),
            (Lang::Vi, Some(f), Some(u)) => format!("từ {f} đến {u}"),
            (Lang::En, Some(f), None) => format!("from {f}"),
            (Lang::En, None, Some(u)) => format!("until {u}"),
            (Lang::En, Some(f), Some(u)) => format!("from {f} to {u}"),
        }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Date, DateError> {
        let format_error = || DateError::Format {
            found: s.to_owned(),
        };
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(format_error());
        }
        let digits = |range: std::ops::Range<usize>| -> Result<u16, DateError> {
            let part = &s[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| format_error())
            } else {
                Err(format_error())
            }
        };
        let year = digits(0..4)?;
        let month = u8::try_from(digits(5..7)?).map_err(|_| format_error())?;
        let day = u8::try_from(digits(8..10)?).map_err(|_| format_error())?;
        Date::new(year, month, day).map_err(|_| DateError::OutOfRange {
            found: s.to_owned(),
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A calendar date, YYYY-MM-DD."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints() {
        let d: Date = "2023-08-18".parse().unwrap();
        assert_eq!((d.year(), d.month(), d.day()), (2023, 8, 18));
        assert_eq!(d.to_string(), "2023-08-18");
        assert_eq!(d.vietnamese(), "ngày 18 tháng 8 năm 2023");
        assert_eq!(d.english(), "18 August 2023");
        assert_eq!(d.short(), "18/08/2023");
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        for bad in [
            "2023-02-29",
            "2023-13-01",
            "2023-00-10",
            "2023-04-31",
            "0999-01-01",
        ] {
            let err = bad.parse::<Date>().unwrap_err();
            assert!(matches!(err, DateError::OutOfRange { .. }), "{bad}: {err}");
        }
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2000-02-29".parse::<Date>().is_ok());
        assert!("1900-02-29".parse::<Date>().is_err());
    }

    #[test]
    fn rejects_other_shapes_with_what_was_found() {
        for bad in [
            "18/08/2023",
            "2023-8-18",
            "",
            "2023-08-18T00:00",
            "20a3-08-18",
            "+023-08-18",
        ] {
            let err = bad.parse::<Date>().unwrap_err();
            assert!(matches!(err, DateError::Format { .. }), "{bad}");
            assert!(err.to_string().contains("YYYY-MM-DD"));
        }
    }

    #[test]
    fn orders_chronologically() {
        let a: Date = "2025-06-30".parse().unwrap();
        let b: Date = "2025-07-01".parse().unwrap();
        assert!(a < b);
    }

    #[test]
    fn serde_uses_the_text_form() {
        let d: Date = "2025-07-01".parse().unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2025-07-01\"");
        let back: Date = serde_json::from_str("\"2025-07-01\"").unwrap();
        assert_eq!(back, d);
        let err = serde_json::from_str::<Date>("\"2025-02-30\"").unwrap_err();
        assert!(err.to_string().contains("2025-02-30"));
    }
}
