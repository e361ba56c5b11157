//! Publication dates, checked by a calendar (jiff) and stored as ISO-8601 the way the schema
//! keeps them: YYYY, YYYY-MM or YYYY-MM-DD. A full timestamp keeps the day it names.
//!
//! Slashed dates (M/D/YY, M/D/YYYY, as scrapers of US sites write them) are ambiguous with the
//! day-first form, so they are read by one convention: month first. A two-digit year is read
//! as POSIX `%y` reads it: 69-99 are 1969-1999, 00-68 are 2000-2068.

use jiff::civil::Date;

const EXPECTED: &str = "is not a date claimdb reads (YYYY, YYYY-MM, YYYY-MM-DD, an ISO-8601 \
                        timestamp, or M/D/YY or M/D/YYYY, month first)";

/// The date as stored, or why it is not one.
pub fn normalise(s: &str) -> Result<String, String> {
    let s = s.trim();
    let bad = |why: &str| Err(format!("'{s}' {why}"));
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match s.split('-').collect::<Vec<_>>().as_slice() {
        [y] if digits(y, 4) => return Ok(s.to_string()),
        [y, m] if digits(y, 4) && digits(m, 2) => {
            return match (1..=12).contains(&m.parse::<u8>().unwrap_or(0)) {
                true => Ok(s.to_string()),
                false => bad("has no such month"),
            };
        }
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            return match s.parse::<Date>() {
                Ok(date) => Ok(date.to_string()),
                Err(_) => bad("is not a day of the calendar"),
            };
        }
        _ => {}
    }
    if let Some(slashed) = month_first(s) {
        return slashed.map_err(|why| format!("'{s}' {why}"));
    }
    // A timestamp: with an offset or none, its own date; with `Z`, the date in UTC.
    if let Ok(date) = s.parse::<Date>() {
        return Ok(date.to_string());
    }
    if let Ok(ts) = s.parse::<jiff::Timestamp>() {
        return Ok(ts.to_zoned(jiff::tz::TimeZone::UTC).date().to_string());
    }
    bad(EXPECTED)
}

/// M/D/YY or M/D/YYYY read month first, or None when `s` has another shape.
fn month_first(s: &str) -> Option<Result<String, String>> {
    let number = |p: &str, widths: &[usize]| {
        (widths.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<i16>().ok())
            .flatten()
    };
    let [m, d, y] = s.split('/').collect::<Vec<_>>()[..] else {
        return None;
    };
    let (month, day, year) = (
        number(m, &[1, 2])?,
        number(d, &[1, 2])?,
        number(y, &[2, 4])?,
    );
    let year = match y.len() {
        2 if year >= 69 => 1900 + year,
        2 => 2000 + year,
        _ => year,
    };
    if !(1..=12).contains(&month) {
        return Some(Err(format!(
            "has no month {month} (slashed dates are read month first: M/D/YY)"
        )));
    }
    Some(match Date::new(year, month as i8, day as i8) {
        Ok(date) => Ok(date.to_string()),
        Err(_) => Err(format!(
            "is not a day of the calendar (read month first as {year}-{month:02}-{day:02})"
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(normalise("2015-03-03").unwrap(), "2015-03-03");
        assert_eq!(normalise("2015-03").unwrap(), "2015-03");
        assert_eq!(normalise("2015").unwrap(), "2015");
        assert_eq!(
            normalise("2016-09-20T14:05:00-04:00").unwrap(),
            "2016-09-20"
        );
        assert_eq!(normalise("2016-09-20 14:05:00").unwrap(), "2016-09-20");
        assert_eq!(normalise("2016-09-20T23:30:00Z").unwrap(), "2016-09-20");
        assert_eq!(
            normalise("2015-02-31").unwrap_err(),
            "'2015-02-31' is not a day of the calendar"
        );
        assert_eq!(
            normalise("2015-13").unwrap_err(),
            "'2015-13' has no such month"
        );
        assert_eq!(
            normalise("yesterday").unwrap_err(),
            format!("'yesterday' {EXPECTED}")
        );
        assert!(normalise("2015-02-30T10:00:00Z").is_err());
    }

    /// The four shapes the ABP scrape writes (9/28/16, 12/22/16, 4/4/17, 12/1/16), and the
    /// same with a four-digit year: month first.
    #[test]
    fn slashed_dates_are_month_first() {
        assert_eq!(normalise("9/28/16").unwrap(), "2016-09-28");
        assert_eq!(normalise("12/22/16").unwrap(), "2016-12-22");
        assert_eq!(normalise("4/4/17").unwrap(), "2017-04-04");
        assert_eq!(normalise("12/1/16").unwrap(), "2016-12-01");
        assert_eq!(normalise("03/04/2015").unwrap(), "2015-03-04");
        assert_eq!(normalise(" 2/29/2016 ").unwrap(), "2016-02-29");
    }

    #[test]
    fn two_digit_years_pivot_at_69() {
        assert_eq!(normalise("1/2/68").unwrap(), "2068-01-02");
        assert_eq!(normalise("1/2/69").unwrap(), "1969-01-02");
        assert_eq!(normalise("1/2/00").unwrap(), "2000-01-02");
        assert_eq!(normalise("1/2/99").unwrap(), "1999-01-02");
    }

    #[test]
    fn slashed_dates_that_are_no_day_say_why() {
        assert_eq!(
            normalise("28/9/16").unwrap_err(),
            "'28/9/16' has no month 28 (slashed dates are read month first: M/D/YY)"
        );
        assert_eq!(
            normalise("2/30/17").unwrap_err(),
            "'2/30/17' is not a day of the calendar (read month first as 2017-02-30)"
        );
        assert_eq!(
            normalise("0/5/17").unwrap_err(),
            "'0/5/17' has no month 0 (slashed dates are read month first: M/D/YY)"
        );
        for other in ["9/28/2016/1", "9/28/116", "9//16", "9/28", "Sept/28/16"] {
            assert_eq!(
                normalise(other).unwrap_err(),
                format!("'{other}' {EXPECTED}"),
                "{other}"
            );
        }
    }
}
