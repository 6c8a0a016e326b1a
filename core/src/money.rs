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
}
