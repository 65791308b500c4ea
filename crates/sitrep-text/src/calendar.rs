//! The names of months and weekdays, in lower case, shared by the stages that read dates
//! (`sitrep-time`, `sitrep-clean`'s printed publication dates) or must not take them for
//! something else (`sitrep-geo`: "in Kabul in January" names no district).

/// The months, January first.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The weekdays, Monday first (ISO 8601).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether `lower` (lower case) is a weekday's full name ("tuesday").
pub fn is_weekday(lower: &str) -> bool {
    WEEKDAYS.contains(&lower)
}

/// Whether a lower-case word is a month or a weekday, written out or cut to three letters or
/// more ("sept", "tues", "thurs"); a trailing dot is allowed ("Jan.").
pub fn is_month_or_weekday(lower: &str) -> bool {
    let word = lower.strip_suffix('.').unwrap_or(lower);
    word.len() >= 3
        && MONTHS
            .iter()
            .chain(WEEKDAYS.iter())
            .any(|full| full.starts_with(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_their_cuts() {
        for w in [
            "january", "jan", "jan.", "sept", "tues", "thurs", "sunday", "may",
        ] {
            assert!(is_month_or_weekday(w), "{w}");
        }
        for w in ["ja", "janus", "mondays", "monsoon", "", "."] {
            assert!(!is_month_or_weekday(w), "{w}");
        }
    }
}
