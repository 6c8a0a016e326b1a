//! Today's date for documents when none is given. Only the command-line tool reads the clock; the engine
//! never does.

use std::time::{SystemTime, UNIX_EPOCH};

use tthc_core::Date;

/// Today in Vietnam (UTC+7).
pub fn today() -> Option<Date> {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).ok()?.as_secs();
    let days = i64::try_from((secs + 7 * 3600) / 86_400).ok()?;
    let (y, m, d) = civil_from_days(days);
    Date::new(
        u16::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    )
    .ok()
}

/// The proleptic Gregorian date of a day count from 1970-01-01 (the "days from civil" inverse).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    #[test]
    fn known_days() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_358), (2023, 1, 1));
        assert_eq!(civil_from_days(20_270), (2025, 7, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }
}
