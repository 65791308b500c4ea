//! Outlets' home time zones: a publication time with a zone becomes the outlet's local day.
//!
//! A wire story stamped `2025-11-14T03:30:00Z` was published on the 14th in Karachi but on the
//! 13th in New York; relative dates in the text ("on Tuesday", "yesterday") count from the day
//! the outlet's readers saw. The table (`data/outlets/timezones.tsv`, fixed offsets of outlets
//! whose country keeps one offset all year, plus the user's file) maps an outlet to its offset;
//! a timestamp without a zone, or an outlet not in the table, is left as printed.

use std::collections::HashMap;

use jiff::tz::{Offset, TimeZone};
use sitrep_model::DateValue;

const BUILTIN: &str = include_str!("../../../data/outlets/timezones.tsv");

/// Outlet (ASCII lower case, aliases included) to UTC offset in minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutletZones {
    offsets: HashMap<String, i32>,
}

impl Default for OutletZones {
    /// The shipped table.
    fn default() -> Self {
        let mut zones = OutletZones {
            offsets: HashMap::new(),
        };
        // The shipped table is checked by a test; a bad row would only be skipped.
        let _ = zones.add_tsv(BUILTIN);
        zones
    }
}

impl OutletZones {
    /// No outlet known.
    pub fn empty() -> Self {
        OutletZones {
            offsets: HashMap::new(),
        }
    }

    /// Add (or override) rows in the table format: `outlet`, `utc_offset` (`+05:00`, `-03:30`)
    /// and optional `aliases` (`|`-separated); `#` lines are comments, the first other line the
    /// header. Returns the line number and reason of the first bad row; the rows before it are
    /// kept.
    pub fn add_tsv(&mut self, text: &str) -> Result<(), (usize, String)> {
        let mut header: Option<Vec<&str>> = None;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            let Some(columns) = &header else {
                header = Some(cells);
                continue;
            };
            let cell = |name: &str| {
                columns
                    .iter()
                    .position(|c| *c == name)
                    .and_then(|i| cells.get(i).copied())
                    .unwrap_or("")
            };
            let outlet = cell("outlet");
            if outlet.is_empty() {
                return Err((n + 1, "no outlet".to_owned()));
            }
            let Some(minutes) = parse_offset(cell("utc_offset")) else {
                return Err((
                    n + 1,
                    format!("utc_offset `{}` is not like +05:00", cell("utc_offset")),
                ));
            };
            for name in std::iter::once(outlet).chain(cell("aliases").split('|')) {
                if !name.trim().is_empty() {
                    self.offsets
                        .insert(name.trim().to_ascii_lowercase(), minutes);
                }
            }
        }
        Ok(())
    }

    /// The outlet's offset in minutes, when known.
    pub fn offset(&self, outlet: &str) -> Option<i32> {
        self.offsets
            .get(&outlet.trim().to_ascii_lowercase())
            .copied()
    }

    /// The publication date as the outlet's local day: when the date has a timestamp with a
    /// zone and the outlet's offset is known, the value becomes that instant's day at the
    /// outlet, and the basis says so. Anything else is returned unchanged.
    pub fn localise(&self, date: DateValue, outlet: Option<&str>) -> DateValue {
        let (Some(outlet), Some(stamp)) = (outlet, date.timestamp.as_deref()) else {
            return date;
        };
        let Some(minutes) = self.offset(outlet) else {
            return date;
        };
        let Ok(instant) = stamp.parse::<jiff::Timestamp>() else {
            // No zone in the timestamp: it is already the outlet's local time, or unknown.
            return date;
        };
        let Ok(offset) = Offset::from_seconds(minutes * 60) else {
            return date;
        };
        let local = instant.to_zoned(TimeZone::fixed(offset)).date().to_string();
        if date.value.as_deref() == Some(local.as_str()) {
            return date;
        }
        let basis = format!(
            "{}; {stamp} is {local} at {outlet} (UTC{})",
            date.basis,
            format_offset(minutes)
        );
        DateValue {
            value: Some(local),
            basis,
            ..date
        }
    }
}

fn parse_offset(s: &str) -> Option<i32> {
    let (sign, rest) = match s.as_bytes().first()? {
        b'+' => (1, s.get(1..)?),
        b'-' => (-1, s.get(1..)?),
        _ => return None,
    };
    let (h, m) = rest.split_once(':')?;
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

fn format_offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    format!("{sign}{:02}:{:02}", minutes.abs() / 60, minutes.abs() % 60)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use sitrep_model::Precision;

    fn printed(value: &str, timestamp: &str) -> DateValue {
        DateValue {
            value: Some(value.to_owned()),
            precision: Precision::Day,
            basis: "publication date printed".to_owned(),
            anchor: None,
            timestamp: Some(timestamp.to_owned()),
            mentions: Vec::new(),
            from: Some("html meta".to_owned()),
        }
    }

    #[test]
    fn the_shipped_table_reads_whole() {
        let mut zones = OutletZones::empty();
        assert_eq!(zones.add_tsv(BUILTIN), Ok(()));
        assert_eq!(zones.offset("dawn.com"), Some(300));
        assert_eq!(zones.offset("Tehran Times"), Some(210));
        assert_eq!(zones.offset("TOLONEWS"), Some(270));
    }

    #[test]
    fn a_late_utc_stamp_is_the_previous_day_west_and_the_same_day_east() {
        let mut zones = OutletZones::empty();
        zones
            .add_tsv("outlet\tutc_offset\taliases\nPrairie Courier\t-06:00\tcourier.example\nKarachi Ledger\t+05:00\t\n")
            .unwrap();
        // 03:30 UTC on the 14th is 21:30 on the 13th at UTC-6.
        let west = zones.localise(
            printed("2025-11-14", "2025-11-14T03:30:00Z"),
            Some("courier.example"),
        );
        assert_eq!(west.value.as_deref(), Some("2025-11-13"));
        assert!(west.basis.contains("UTC-06:00"), "{}", west.basis);
        // 21:00 UTC on the 13th is 02:00 on the 14th at UTC+5.
        let east = zones.localise(
            printed("2025-11-13", "2025-11-13T21:00:00+00:00"),
            Some("Karachi Ledger"),
        );
        assert_eq!(east.value.as_deref(), Some("2025-11-14"));
        // Same day: unchanged, basis too.
        let same = zones.localise(
            printed("2025-11-13", "2025-11-13T09:00:00+05:00"),
            Some("Karachi Ledger"),
        );
        assert_eq!(same, printed("2025-11-13", "2025-11-13T09:00:00+05:00"));
        // No zone in the stamp, or an unknown outlet: as printed.
        let local = printed("2025-11-14", "2025-11-14T03:30:00");
        assert_eq!(
            zones.localise(local.clone(), Some("Prairie Courier")),
            local
        );
        let other = printed("2025-11-14", "2025-11-14T03:30:00Z");
        assert_eq!(zones.localise(other.clone(), Some("Unknown Wire")), other);
    }

    #[test]
    fn bad_rows_are_named() {
        let mut zones = OutletZones::empty();
        let err = zones
            .add_tsv("outlet\tutc_offset\nX\t5 hours\n")
            .unwrap_err();
        assert_eq!(err.0, 2);
        assert!(err.1.contains("5 hours"));
    }
}
