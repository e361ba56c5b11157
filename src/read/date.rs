//! Publication dates, checked by a calendar (jiff) and stored as ISO-8601 the way the schema
//! keeps them: YYYY, YYYY-MM or YYYY-MM-DD. A full timestamp keeps the day it names.

use jiff::civil::Date;

const EXPECTED: &str =
    "is not a date claimdb reads (YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 timestamp)";

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
    // A timestamp: with an offset or none, its own date; with `Z`, the date in UTC.
    if let Ok(date) = s.parse::<Date>() {
        return Ok(date.to_string());
    }
    if let Ok(ts) = s.parse::<jiff::Timestamp>() {
        return Ok(ts.to_zoned(jiff::tz::TimeZone::UTC).date().to_string());
    }
    bad(EXPECTED)
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
        assert!(normalise("03/03/2015")
            .unwrap_err()
            .contains("is not a date claimdb reads"));
        assert!(normalise("yesterday").is_err());
        assert!(normalise("2015-02-30T10:00:00Z").is_err());
    }
}
