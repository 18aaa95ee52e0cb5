//! Time: microsecond timestamps (how the backend stores every instant), RFC 3339 output,
//! and duration/time parsing for CLI input. With the `test-clock` feature the current
//! time can be moved by `MBOCTL_TEST_NOW` (RFC 3339) so integration tests can exercise
//! expiry and lockouts; a release build has no such hook.

use crate::error::{Error, Result};
use time::{OffsetDateTime, format_description::well_known::Rfc3339};

/// Microseconds since the Unix epoch, UTC.
pub type Micros = i64;

pub const SECOND: Micros = 1_000_000;
pub const MINUTE: Micros = 60 * SECOND;
pub const DAY: Micros = 86_400 * SECOND;

pub fn now() -> Micros {
    #[cfg(feature = "test-clock")]
    if let Ok(s) = std::env::var("MBOCTL_TEST_NOW")
        && let Ok(t) = parse_rfc3339(&s)
    {
        return t;
    }
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    d.as_micros() as i64
}

fn to_odt(us: Micros) -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp_nanos(us as i128 * 1000).unwrap_or(OffsetDateTime::UNIX_EPOCH)
}

/// `2026-01-07T10:30:00Z` (whole seconds).
pub fn rfc3339(us: Micros) -> String {
    let t = to_odt(us - us.rem_euclid(SECOND));
    t.format(&Rfc3339).unwrap_or_default()
}

/// `2026-01-07T10:30:00.123456Z` — the canonical form for audit events (always 6 digits,
/// so one instant has exactly one spelling on every backend).
pub fn rfc3339_micros(us: Micros) -> String {
    let t = to_odt(us);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:06}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.microsecond()
    )
}

pub fn parse_rfc3339(s: &str) -> Result<Micros> {
    let t = OffsetDateTime::parse(s, &Rfc3339).map_err(|_| {
        Error::usage_hint(
            format!("invalid time '{s}'"),
            "use RFC 3339 (2026-01-07T10:30:00Z) or a duration such as 30m, 7d",
        )
    })?;
    Ok((t.unix_timestamp_nanos() / 1000) as i64)
}

/// Parse `30s`, `30m`, `12h`, `7d`, `2w`, `1y` into microseconds.
pub fn parse_duration(s: &str) -> Result<Micros> {
    let bad =
        || Error::usage_hint(format!("invalid duration '{s}'"), "use a number with a unit: 30s, 30m, 12h, 7d, 2w, 1y");
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
    let (num, unit) = s.split_at(split);
    let n: i64 = num.parse().map_err(|_| bad())?;
    let mult = match unit {
        "s" => SECOND,
        "m" | "min" => MINUTE,
        "h" => 60 * MINUTE,
        "d" => DAY,
        "w" => 7 * DAY,
        "y" => 365 * DAY,
        _ => return Err(bad()),
    };
    if n <= 0 {
        return Err(bad());
    }
    n.checked_mul(mult).ok_or_else(bad)
}

/// A time on input: RFC 3339, or a duration meaning "that long ago".
pub fn parse_time_or_ago(s: &str) -> Result<Micros> {
    if s.contains('T') || s.contains('-') && s.len() >= 10 { parse_rfc3339(s) } else { Ok(now() - parse_duration(s)?) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses() {
        let t = parse_rfc3339("2026-01-07T10:30:00Z").unwrap();
        assert_eq!(rfc3339(t), "2026-01-07T10:30:00Z");
        assert_eq!(rfc3339_micros(t + 42), "2026-01-07T10:30:00.000042Z");
        assert_eq!(parse_duration("90d").unwrap(), 90 * DAY);
        assert_eq!(parse_duration("30m").unwrap(), 30 * MINUTE);
        assert!(parse_duration("ten").is_err());
        assert!(parse_duration("5x").is_err());
        assert!(parse_duration("0d").is_err());
    }
}
