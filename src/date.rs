//! Civil dates: days since 1970-01-01 to and from `YYYY-MM-DD` (proleptic Gregorian,
//! Howard Hinnant's algorithms), the one date routine every module uses.

use std::time::{SystemTime, UNIX_EPOCH};

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (only the first ten characters are read).
pub fn days_from_date(date: &str) -> Option<i64> {
    let mut it = date.get(..10)?.split('-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let d: i64 = it.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// `YYYY-MM-DD` of a day count since 1970-01-01.
pub fn date_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `YYYY-MM-DD` (UTC) of a Unix timestamp in seconds.
pub fn date_from_unix(ts: i64) -> String {
    date_from_days(ts.div_euclid(86_400))
}

/// Today's date in days since 1970-01-01.
pub fn today() -> i64 {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    i64::try_from(secs / 86_400).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(days_from_date("1970-01-01"), Some(0));
        assert_eq!(days_from_date("2000-03-01"), Some(11_017));
        assert_eq!(date_from_days(11_017), "2000-03-01");
        assert_eq!(
            date_from_days(days_from_date("2038-01-15").unwrap()),
            "2038-01-15"
        );
        assert_eq!(days_from_date("2025-13-01"), None);
        assert_eq!(days_from_date("bad"), None);
    }

    #[test]
    fn unix_timestamps() {
        assert_eq!(date_from_unix(0), "1970-01-01");
        assert_eq!(date_from_unix(951_782_400), "2000-02-29");
        assert_eq!(date_from_unix(-86_400), "1969-12-31");
        assert_eq!(date_from_unix(253_402_300_799), "9999-12-31");
    }
}
