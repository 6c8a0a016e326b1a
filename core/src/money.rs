//! The one rounding rule and the Vietnamese number formats.
//!
//! Every figure is computed exactly and rounded only here, when it is shown:
//!
//! - amounts of money to whole đồng,
//! - rates (đồng per hour), hours, counts and percentages to 2 decimal places,
//!
//! each with half away from zero ("làm tròn", 0.5 → 1). Recomputing by hand from rounded figures may differ
//! from the exact result by a few đồng; the exact figures are in the machine-readable result.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::text::Lang;

/// An amount rounded to whole đồng.
pub fn round_dong(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// A rate, a number of hours or a percentage rounded to 2 decimal places.
pub fn round_2(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Groups the digits of a number: `1.268.181.818,5` in Vietnamese, `1,268,181,818.5` in English.
pub fn group(value: Decimal, lang: Lang) -> String {
    group_text(&value.normalize().to_string(), lang)
}

/// A whole count with grouped digits, of any size: "3.500", "1.000.000.000.000.000.000.000.000.000.000".
pub fn count(value: u128, lang: Lang) -> String {
    group_text(&value.to_string(), lang)
}

/// Groups the digits of a plain decimal number written with `-` and `.`.
fn group_text(text: &str, lang: Lang) -> String {
    let (thousands, decimal_mark) = match lang {
        Lang::Vi => ('.', ','),
        Lang::En => (',', '.'),
    };
    let (sign, text) = text.strip_prefix('-').map_or(("", text), |t| ("-", t));
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 2);
    out.push_str(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal_mark);
        out.push_str(frac);
    }
    out
}

/// An amount in whole đồng: "1.268.181.818 đồng" / "1,268,181,818 VND".
///
/// ```
/// use tthc_core::{money, Lang};
/// let amount: rust_decimal::Decimal = "1268181818.18".parse().unwrap();
/// assert_eq!(money::dong(amount, Lang::Vi), "1.268.181.818 đồng");
/// assert_eq!(money::dong(amount, Lang::En), "1,268,181,818 VND");
/// ```
pub fn dong(amount: Decimal, lang: Lang) -> String {
    let n = group(round_dong(amount), lang);
    match lang {
        Lang::Vi => format!("{n} đồng"),
        Lang::En => format!("{n} VND"),
    }
}

/// A percentage to 2 decimal places: "33,09%" / "33.09%". Trailing zeros are kept ("30,00%").
///
/// ```
/// use tthc_core::{money, Lang};
/// let p: rust_decimal::Decimal = "33.0852".parse().unwrap();
/// assert_eq!(money::percent(p, Lang::Vi), "33,09%");
/// ```
pub fn percent(value: Decimal, lang: Lang) -> String {
    format!("{}%", fixed_2(value, lang))
}

/// A number to 2 decimal places with grouped digits, trailing zeros kept: "30.681,82".
pub fn fixed_2(value: Decimal, lang: Lang) -> String {
    let mut r = round_2(value);
    r.rescale(2);
    let text = group(r, lang);
    // `group` normalises away trailing zeros; put the two decimals back.
    let mark = if lang == Lang::Vi { ',' } else { '.' };
    match text.split_once(mark) {
        Some((int, frac)) => format!("{int}{mark}{frac:0<2}"),
        None => format!("{text}{mark}00"),
    }
}

/// A number as entered, with grouped digits and at most 2 decimal places: "1.200", "12,5".
pub fn number(value: Decimal, lang: Lang) -> String {
    group(round_2(value), lang)
}

/// The unit of a figure, for display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Đồng.
    Dong,
    /// Đồng per hour.
    DongPerHour,
    /// Hours.
    Hours,
    /// Times per year.
    TimesPerYear,
    /// Subjects per year.
    SubjectsPerYear,
    /// Days.
    Days,
    /// Percent.
    Percent,
}

/// A figure with its unit, rounded by the one rule of this module; "—" when absent. The one formatter of
/// figures for people (documents, the app, the command line).
///
/// ```
/// use tthc_core::money::{figure, Unit};
/// use tthc_core::Lang;
/// let v: rust_decimal::Decimal = "30681.818181".parse().unwrap();
/// assert_eq!(figure(Some(v), Unit::DongPerHour, Lang::Vi), "30.681,82 đồng/giờ");
/// assert_eq!(figure(None, Unit::Dong, Lang::Vi), "—");
/// ```
pub fn figure(value: Option<Decimal>, unit: Unit, lang: Lang) -> String {
    let Some(v) = value else {
        return "—".to_owned();
    };
    match unit {
        Unit::Dong => dong(v, lang),
        Unit::DongPerHour => format!("{} {}", fixed_2(v, lang), lang.pick("đồng/giờ", "VND/hour")),
        Unit::Hours => format!("{} {}", number(v, lang), lang.pick("giờ", "h")),
        Unit::TimesPerYear => format!("{} {}", number(v, lang), lang.pick("lần/năm", "times/year")),
        Unit::SubjectsPerYear => format!(
            "{} {}",
            number(v, lang),
            lang.pick("đối tượng/năm", "subjects/year")
        ),
        Unit::Days => format!("{} {}", number(v, lang), lang.pick("ngày", "days")),
        Unit::Percent => percent(v, lang),
    }
}

/// A change of a figure said as people say it: a rise as "tăng", a fall as "giảm", nothing as "không đổi",
/// absent as "—". `delta` is after − before (a saving is a negative delta). Amounts carry their sign as well
/// ("tăng +1.234 đồng", "giảm −1.234 đồng"); percentages do not ("giảm 44,22%"), the word says it. The figure
/// is rounded by [`figure`], and a change that rounds to nothing is "không đổi".
///
/// ```
/// use tthc_core::money::{change, Unit};
/// use tthc_core::Lang;
/// let d = |s: &str| Some(s.parse::<rust_decimal::Decimal>().unwrap());
/// assert_eq!(change(d("4211260227.27"), Unit::Dong, Lang::Vi), "tăng +4.211.260.227 đồng");
/// assert_eq!(change(d("-1000"), Unit::Dong, Lang::En), "down −1,000 VND");
/// assert_eq!(change(d("-44.2241"), Unit::Percent, Lang::Vi), "giảm 44,22%");
/// assert_eq!(change(d("0.001"), Unit::Dong, Lang::Vi), "không đổi");
/// assert_eq!(change(None, Unit::Dong, Lang::Vi), "—");
/// ```
pub fn change(delta: Option<Decimal>, unit: Unit, lang: Lang) -> String {
    let Some(d) = delta else {
        return "—".to_owned();
    };
    let size = figure(Some(d.abs()), unit, lang);
    if figure(Some(Decimal::ZERO), unit, lang) == size {
        return lang.pick("không đổi", "unchanged").to_owned();
    }
    let (word, sign) = if d.is_sign_positive() {
        (lang.pick("tăng", "up"), "+")
    } else {
        (lang.pick("giảm", "down"), "−")
    };
    if unit == Unit::Percent {
        format!("{word} {size}")
    } else {
        format!("{word} {sign}{size}")
    }
}

/// Why a typed number could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected a number such as 1.500.000 or 2,5, found {found:?}")]
pub struct NumberError {
    /// The text as typed.
    pub found: String,
}

impl NumberError {
    /// The message in a language, for a form field.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Vi => format!(
                "Cần một số, ví dụ 1.500.000 hoặc 2,5; đã nhập \"{}\".",
                self.found
            ),
            Lang::En => format!(
                "Expected a number such as 1,500,000 or 2.5; found \"{}\".",
                self.found
            ),
        }
    }
}

/// Reads a number as people type it, in either language's format: `1.500.000`, `1 500 000`, `2,5`,
/// `1,500,000.75`, with an optional sign and an optional trailing `đồng`, `đ` or `VND`.
///
/// The rule for the separators `.` and `,`:
/// - both appear: the last one is the decimal mark, the other groups thousands;
/// - one of them appears several times: it groups thousands;
/// - one of them appears once: it groups thousands when it is the language's thousands separator
///   (`.` in Vietnamese, `,` in English), exactly three digits follow and the digits before do not start
///   with 0; otherwise it is the decimal mark. So `1.500` is 1500 in Vietnamese and 1.5 in English, and
///   `2,5` is 2.5 in both.
///
/// Thousands groups must have three digits.
///
/// # Errors
/// [`NumberError`] when the text is not a number by this rule (or is too large).
///
/// ```
/// use tthc_core::{money::parse, Lang};
/// assert_eq!(parse("1.500.000 đồng", Lang::Vi)?.to_string(), "1500000");
/// assert_eq!(parse("2,5", Lang::Vi)?.to_string(), "2.5");
/// assert_eq!(parse("1.500", Lang::En)?.to_string(), "1.500");
/// assert!(parse("1.2.3", Lang::Vi).is_err());
/// # Ok::<(), tthc_core::money::NumberError>(())
/// ```
pub fn parse(text: &str, lang: Lang) -> Result<Decimal, NumberError> {
    let fail = || NumberError {
        found: text.trim().to_owned(),
    };
    let mut t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}' && *c != '_')
        .collect();
    for unit in ["đồng", "đ", "VND", "vnd", "VNĐ", "vnđ"] {
        if let Some(rest) = t.strip_suffix(unit) {
            t = rest.to_owned();
            break;
        }
    }
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", t.strip_prefix('+').unwrap_or(&t)),
    };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(fail());
    }
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let thousands_of_lang = if lang == Lang::Vi { '.' } else { ',' };
    let (int, frac, group) = match (dots, commas) {
        (0, 0) => (body, "", None),
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots + commas;
            let (head, tail) = body.rsplit_once(sep).ok_or_else(fail)?;
            let grouping = count > 1
                || (sep == thousands_of_lang
                    && tail.len() == 3
                    && !head.is_empty()
                    && !head.starts_with('0'));
            if grouping {
                (body, "", Some(sep))
            } else {
                (head, tail, None)
            }
        }
        _ => {
            let last_dot = body.rfind('.').unwrap_or(0);
            let last_comma = body.rfind(',').unwrap_or(0);
            let (decimal, sep) = if last_dot > last_comma {
                ('.', ',')
            } else {
                (',', '.')
            };
            if body.matches(decimal).count() > 1 {
                return Err(fail());
            }
            let (head, tail) = body.rsplit_once(decimal).ok_or_else(fail)?;
            (head, tail, Some(sep))
        }
    };
    let digits = match group {
        None => int.to_owned(),
        Some(sep) => {
            let groups: Vec<&str> = int.split(sep).collect();
            let first_ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()));
            if !first_ok || groups.iter().skip(1).any(|g| g.len() != 3) {
                return Err(fail());
            }
            groups.concat()
        }
    };
    if digits.is_empty() || frac.contains(['.', ',']) {
        return Err(fail());
    }
    let normal = if frac.is_empty() {
        format!("{sign}{digits}")
    } else {
        format!("{sign}{digits}.{frac}")
    };
    normal.parse::<Decimal>().map_err(|_| fail())
}

/// A number written for a form field, exactly as stored (no rounding), with grouped digits: what
/// [`parse`] reads back to the same value.
pub fn editable(value: Decimal, lang: Lang) -> String {
    group(value, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn rounds_half_away_from_zero_once() {
        assert_eq!(round_dong(d("0.5")), d("1"));
        assert_eq!(round_dong(d("1.49")), d("1"));
        assert_eq!(round_dong(d("-2.5")), d("-3"));
        assert_eq!(round_2(d("33.085")), d("33.09"));
    }

    #[test]
    fn formats_like_vietnamese_documents() {
        assert_eq!(dong(d("1268181818"), Lang::Vi), "1.268.181.818 đồng");
        assert_eq!(dong(d("999"), Lang::Vi), "999 đồng");
        assert_eq!(dong(d("1000"), Lang::Vi), "1.000 đồng");
        assert_eq!(dong(d("-1234567.6"), Lang::Vi), "-1.234.568 đồng");
        assert_eq!(percent(d("33.0852"), Lang::Vi), "33,09%");
        assert_eq!(percent(d("30"), Lang::Vi), "30,00%");
        assert_eq!(percent(d("4.5"), Lang::En), "4.50%");
        assert_eq!(fixed_2(d("30681.818181"), Lang::Vi), "30.681,82");
        assert_eq!(number(d("12.50"), Lang::Vi), "12,5");
        assert_eq!(number(d("1200"), Lang::En), "1,200");
        assert_eq!(
            count(10u128.pow(30), Lang::Vi),
            "1.000.000.000.000.000.000.000.000.000.000"
        );
        assert_eq!(count(u128::MAX, Lang::En).len(), 39 + 12);
    }

    #[test]
    fn reads_numbers_as_people_type_them() {
        let ok = |t: &str, lang: Lang| parse(t, lang).map(|v| v.to_string());
        assert_eq!(ok("1.500.000", Lang::Vi).as_deref(), Ok("1500000"));
        assert_eq!(ok("1 500 000 đồng", Lang::Vi).as_deref(), Ok("1500000"));
        assert_eq!(ok("1,500,000", Lang::Vi).as_deref(), Ok("1500000"));
        assert_eq!(ok("1.500", Lang::Vi).as_deref(), Ok("1500"));
        assert_eq!(ok("1.500", Lang::En).as_deref(), Ok("1.500"));
        assert_eq!(ok("1,500", Lang::En).as_deref(), Ok("1500"));
        assert_eq!(ok("1,500", Lang::Vi).as_deref(), Ok("1.500"));
        assert_eq!(ok("2,5", Lang::Vi).as_deref(), Ok("2.5"));
        assert_eq!(ok("2.5", Lang::Vi).as_deref(), Ok("2.5"));
        assert_eq!(ok("0.500", Lang::Vi).as_deref(), Ok("0.500"));
        assert_eq!(ok("1.234.567,89", Lang::Vi).as_deref(), Ok("1234567.89"));
        assert_eq!(ok("1,234,567.89", Lang::Vi).as_deref(), Ok("1234567.89"));
        assert_eq!(ok("-3", Lang::Vi).as_deref(), Ok("-3"));
        assert_eq!(ok("+3", Lang::En).as_deref(), Ok("3"));
        assert_eq!(ok("12", Lang::En).as_deref(), Ok("12"));
        for bad in [
            "",
            " ",
            "abc",
            "1.2.3,4,5",
            "1.23.456",
            "12.34.567",
            "1,2,3",
            "1..5",
            ".5.",
            "-",
            "5-",
            "1.234,5,6",
            "99999999999999999999999999999999",
        ] {
            let e = parse(bad, Lang::Vi).expect_err(bad);
            assert_eq!(e.found, bad.trim());
            assert!(e.to_string().starts_with("expected a number"), "{e}");
        }
    }

    #[test]
    fn editable_text_reads_back_to_the_same_value() {
        for v in ["0", "1500000", "2.5", "1234567.891", "-42.125", "0.0001"] {
            for lang in [Lang::Vi, Lang::En] {
                let value = d(v);
                assert_eq!(
                    parse(&editable(value, lang), lang),
                    Ok(value.normalize()),
                    "{v} {lang:?}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_value_reads_back(mantissa in -10i64.pow(15)..10i64.pow(15), scale in 0u32..6, vi in proptest::bool::ANY) {
            let lang = if vi { Lang::Vi } else { Lang::En };
            let value = Decimal::new(mantissa, scale);
            proptest::prop_assert_eq!(parse(&editable(value, lang), lang), Ok(value.normalize()));
        }
    }
}
