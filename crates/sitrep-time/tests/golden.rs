//! Golden tests: each `test_data/NNNN_slug.txt` (first line `published: YYYY-MM-DD` or
//! `published: none`, then the text) beside `NNNN_slug.expected`, written by hand: one line per
//! expression, in text order: `"expression" value precision [anchor=...] [ref=...] | basis`,
//! where `ref` is the TimeML reference (`PRESENT_REF`, ...) of "now", "recently", "the future".

// A test harness: a missing data file should fail the test loudly.
#![allow(clippy::unwrap_used)]

use std::path::PathBuf;

use sitrep_time::{NumericOrder, TimeConfig, find_dates};

fn dump(text: &str, published: Option<&str>, config: &TimeConfig) -> String {
    let mut out = String::new();
    for m in find_dates(text, published, config) {
        assert_eq!(m.range.slice(text), Some(m.expression.as_str()));
        let v = &m.value;
        let precision = serde_json::to_value(v.precision).unwrap();
        out.push_str(&format!(
            "{:?} {} {}",
            m.expression,
            v.value.as_deref().unwrap_or("null"),
            precision.as_str().unwrap()
        ));
        if let Some(anchor) = &v.anchor {
            assert_eq!(anchor.expression, m.expression);
            out.push_str(&format!(" anchor={}", anchor.relative_to));
        }
        if let Some(r) = m.reference {
            out.push_str(&format!(" ref={}", r.timeml()));
        }
        out.push_str(&format!(" | {}\n", v.basis));
    }
    out
}

fn check(name: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let input = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
    let expected = std::fs::read_to_string(dir.join(format!("{name}.expected"))).unwrap();
    let (first, text) = input.split_once('\n').unwrap();
    let published = first.strip_prefix("published: ").unwrap().trim();
    let published = (published != "none").then_some(published);
    let got = dump(text, published, &TimeConfig::default());
    assert_eq!(
        got, expected,
        "\n--- got ---\n{got}--- expected ---\n{expected}"
    );
}

#[test]
fn absolute_forms() {
    check("0001_absolute_forms");
}

#[test]
fn month_day_year_from_publication() {
    check("0002_month_day_year_from_publication");
}

#[test]
fn month_day_future() {
    check("0003_month_day_future");
}

#[test]
fn month_day_no_year() {
    check("0004_month_day_no_year");
}

#[test]
fn numeric_dates() {
    check("0005_numeric_dates");
}

#[test]
fn weekday_tense() {
    check("0006_weekday_tense");
}

#[test]
fn weekday_possessive_and_today() {
    check("0007_weekday_possessive_and_today");
}

#[test]
fn weekday_no_publication() {
    check("0008_weekday_no_publication");
}

#[test]
fn deictic() {
    check("0009_deictic");
}

#[test]
fn partial() {
    check("0010_partial");
}

#[test]
fn month_past_future() {
    check("0011_month_past_future");
}

#[test]
fn relative_to_text_date() {
    check("0012_relative_to_text_date");
}

#[test]
fn same_day_and_night_of() {
    check("0013_same_day_and_night_of");
}

#[test]
fn ranges() {
    check("0014_ranges");
}

#[test]
fn ago_and_quarters() {
    check("0015_ago_and_quarters");
}

#[test]
fn no_dates() {
    check("0016_no_dates");
}

#[test]
fn numeric_order_from_config() {
    let text = "The decree dated 05/06/2025 stays in force.";
    let day_first = TimeConfig {
        numeric_order: Some(NumericOrder::DayFirst),
    };
    let month_first = TimeConfig {
        numeric_order: Some(NumericOrder::MonthFirst),
    };
    assert_eq!(
        dump(text, None, &day_first),
        "\"05/06/2025\" 2025-06-05 day | numeric date read day first, as configured\n"
    );
    assert_eq!(
        dump(text, None, &month_first),
        "\"05/06/2025\" 2025-05-06 day | numeric date read month first, as configured\n"
    );
}

#[test]
fn no_publication_takes_the_year_stated_earlier() {
    let text = "The strike began on 2 March 2024. Talks broke down on March 9.";
    assert_eq!(
        dump(text, None, &TimeConfig::default()),
        "\"2 March 2024\" 2024-03-02 day | date stated in full\n\
         \"March 9\" 2024-03-09 day anchor=date:2024-03-02 | month and day stated; \
         year 2024 from the date 2024-03-02 earlier in the text\n"
    );
}

#[test]
fn timestamps_are_cut_to_the_day_and_junk_is_no_date() {
    let text = "The vote took place yesterday.";
    let stamp = dump(
        text,
        Some("2025-11-13T23:10:00+05:00"),
        &TimeConfig::default(),
    );
    assert!(stamp.starts_with("\"yesterday\" 2025-11-12 day"), "{stamp}");
    let junk = dump(text, Some("13 Nov"), &TimeConfig::default());
    assert!(junk.starts_with("\"yesterday\" null unknown"), "{junk}");
}

#[test]
fn month_day_without_tense() {
    check("0017_month_day_without_tense");
}

#[test]
fn references_to_present_past_and_future() {
    check("0018_references");
}

#[test]
fn decades_centuries_and_seasons() {
    check("0019_decades_centuries_seasons");
}

#[test]
fn quarters_and_year_ago_periods() {
    check("0020_quarters_and_year_ago");
}

#[test]
fn holidays_modifier_years_and_counted_numbers() {
    check("0021_holidays_years_ago");
}

#[test]
fn scheduled_day_and_month_of_counted_year() {
    check("0022_scheduled_and_month_of_counted_year");
}

#[test]
fn fronted_dates_take_the_tense_of_the_clause_after_the_comma() {
    check("0023_fronted_dates");
}
