//! Date resolution ([`sitrep_time::find_dates`]) on TimeBank 1.2 + AQUAINT (TBAQ-cleaned, the
//! TempEval-3 training data): 256 newswire documents with their document creation time and gold
//! TIMEX3 annotations (`timebank-aquaint-timex/tbaq-timex.jsonl.gz`).
//!
//! Only gold expressions of type `DATE` are scored (durations, times of day and sets are not
//! dates of events). Each document is read with its creation day as the publication date.
//! - recall: gold DATEs that some found expression overlaps (the relaxed span match of
//!   TempEval-3);
//! - value accuracy: of those matched, the share whose value equals the gold value;
//! - strict value accuracy: correct values over all gold DATEs (a miss counts as wrong).
//!
//! Values are compared after mapping the contract's forms to TimeML's: an interval covering a
//! calendar quarter is `YYYY-Qn`, one covering a decade `YYY` (`1990-01-01/1999-12-31` is
//! `199`), a century `YY` (`1900-01-01/1999-12-31` is `19`), a meteorological season of the
//! northern hemisphere `YYYY-SP`, `-SU`, `-FA` or `-WI` (winter `1998-WI` runs from
//! `1997-12-01` to `1998-02-28`); an expression that `sitrep-time` marks as a reference to the
//! present, past or future ([`sitrep_time::TimeRef`]) is `PRESENT_REF`, `PAST_REF` or
//! `FUTURE_REF`, whatever its value; a month-day of unknown year `--MM-DD` is `XXXX-MM-DD`, a week
//! number loses its leading zero (the gold writes both `2000-W7` and `1998-W08`), and the gold's
//! part-of-day suffix (`1998-08-07TNI`) is dropped, since the contract has no finer precision
//! than a day. Gold values with unspecified digits (`199X`, `1998-10-XX`) are compared as
//! written, so they are never matched.
//!
//! Found expressions that overlap no gold TIMEX of any type are counted as spurious.
//!
//! Documents are split by the first hex digit of the SHA-256 of their id ([`Half::of`]):
//! rules are tuned on the failures of the tune half only.

use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sitrep_time::{TimeConfig, find_dates};

use crate::Error;
use crate::extraction::Half;

/// Largest decompressed corpus file we read; the file is 2 MB.
const MAX_CORPUS_BYTES: u64 = 64 << 20;

/// The published reference figure shown beside ours.
pub const REFERENCE: &str = "HeidelTime value F1 ≈ 0.78 on TempEval-3 (published)";

/// Counts over a set of documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimexScores {
    /// Documents read.
    pub documents: usize,
    /// Gold DATE expressions.
    pub gold: usize,
    /// Gold DATEs overlapped by a found expression.
    pub matched: usize,
    /// Matched gold DATEs whose value we resolved equal to the gold value.
    pub correct: usize,
    /// Expressions found.
    pub found: usize,
    /// Found expressions overlapping no gold TIMEX of any type.
    pub spurious: usize,
}

impl TimexScores {
    fn add(&mut self, o: &TimexScores) {
        self.documents += o.documents;
        self.gold += o.gold;
        self.matched += o.matched;
        self.correct += o.correct;
        self.found += o.found;
        self.spurious += o.spurious;
    }

    /// Share of gold DATEs overlapped by a found expression.
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    /// Share of matched gold DATEs with the right value.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.correct, self.matched)
    }

    /// Share of all gold DATEs with the right value.
    pub fn strict_accuracy(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// Share of found expressions that overlap some gold TIMEX.
    pub fn precision(&self) -> f64 {
        ratio(self.found - self.spurious.min(self.found), self.found)
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// One gold DATE we missed or resolved wrong, for reading failures.
#[derive(Debug, Clone)]
pub struct Failure {
    /// Document id.
    pub doc: String,
    /// Its half.
    pub half: Half,
    /// Document creation day.
    pub dct: String,
    /// The gold expression and value.
    pub gold: (String, String),
    /// Our expression, value (TimeML form) and basis, when we found one.
    pub ours: Option<(String, String, String)>,
}

/// The TimeBank/AQUAINT report: one row per half and one for all documents.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// `tune`, `held-out`, `all`.
    pub rows: Vec<(&'static str, TimexScores)>,
    /// Every gold DATE missed or resolved wrong, in document order.
    pub failures: Vec<Failure>,
    /// Every found expression overlapping no gold TIMEX: document id, half, expression.
    pub spurious: Vec<(String, Half, String)>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "TimeBank 1.2 + AQUAINT (TBAQ-cleaned): gold DATE expressions, resolved against \
             the document date"
        )?;
        writeln!(
            f,
            "{:<9} {:>5} {:>6} {:>7} {:>8} {:>9} {:>7} {:>10}",
            "subset", "docs", "DATEs", "recall", "value", "strict", "found", "precision"
        )?;
        for (label, s) in &self.rows {
            writeln!(
                f,
                "{:<9} {:>5} {:>6} {:>7.3} {:>8.3} {:>9.3} {:>7} {:>10.3}",
                label,
                s.documents,
                s.gold,
                s.recall(),
                s.value_accuracy(),
                s.strict_accuracy(),
                s.found,
                s.precision()
            )?;
        }
        writeln!(
            f,
            "recall: gold DATEs overlapped; value: correct values over matched; strict: correct \
             values over all gold DATEs; precision: found expressions overlapping any gold TIMEX"
        )?;
        writeln!(f, "reference: {REFERENCE}")
    }
}

#[derive(Deserialize)]
struct Doc {
    doc_id: String,
    dct: Dct,
    text: String,
    timexes: Vec<GoldTimex>,
}

#[derive(Deserialize)]
struct Dct {
    value: String,
}

#[derive(Deserialize)]
struct GoldTimex {
    text: String,
    /// Char offsets into `text`.
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
    value: Option<String>,
}

/// Score date resolution on `data_dir/timebank-aquaint-timex/tbaq-timex.jsonl.gz`
/// (`data_dir` is `shared/data`).
///
/// # Errors
/// When the corpus file is missing, unreadable, or a line is not a document.
pub fn run_timex(data_dir: &Path) -> Result<Report, Error> {
    let path = data_dir
        .join("timebank-aquaint-timex")
        .join("tbaq-timex.jsonl.gz");
    let docs = read_docs(&path)?;
    let mut report = Report::default();
    let (mut tune, mut held_out) = (TimexScores::default(), TimexScores::default());
    for doc in &docs {
        let half = Half::of(&doc.doc_id);
        let scores = score_doc(doc, half, &mut report.failures, &mut report.spurious);
        match half {
            Half::Tune => tune.add(&scores),
            Half::HeldOut => held_out.add(&scores),
        }
    }
    let mut all = tune;
    all.add(&held_out);
    report.rows = vec![("tune", tune), ("held-out", held_out), ("all", all)];
    Ok(report)
}

fn score_doc(
    doc: &Doc,
    half: Half,
    failures: &mut Vec<Failure>,
    spurious: &mut Vec<(String, Half, String)>,
) -> TimexScores {
    let dct = doc
        .dct
        .value
        .get(..10)
        .unwrap_or(&doc.dct.value)
        .to_string();
    let found = find_dates(&doc.text, Some(&dct), &TimeConfig::default());
    let byte_of = char_to_byte(&doc.text);
    let gold: Vec<(usize, usize, &GoldTimex)> = doc
        .timexes
        .iter()
        .filter_map(|t| Some((*byte_of.get(t.start)?, *byte_of.get(t.end)?, t)))
        .collect();
    let mut scores = TimexScores {
        documents: 1,
        found: found.len(),
        ..TimexScores::default()
    };
    for m in &found {
        if !gold
            .iter()
            .any(|(s, e, _)| m.range.start < *e && *s < m.range.end)
        {
            scores.spurious += 1;
            spurious.push((doc.doc_id.clone(), half, m.expression.clone()));
        }
    }
    for (s, e, t) in gold.iter().filter(|(_, _, t)| t.kind == "DATE") {
        scores.gold += 1;
        let gold_value = t.value.clone().unwrap_or_default();
        let ours = found
            .iter()
            .find(|m| m.range.start < *e && *s < m.range.end);
        let mut ok = false;
        if let Some(m) = ours {
            scores.matched += 1;
            let value = timeml_of(m);
            ok = !value.is_empty() && value == gold_canonical(&gold_value);
            if ok {
                scores.correct += 1;
            }
        }
        if !ok {
            failures.push(Failure {
                doc: doc.doc_id.clone(),
                half,
                dct: dct.clone(),
                gold: (t.text.clone(), gold_value),
                ours: ours.map(|m| {
                    (
                        m.expression.clone(),
                        Some(timeml_of(m))
                            .filter(|v| !v.is_empty())
                            .unwrap_or_else(|| "null".to_string()),
                        m.value.basis.clone(),
                    )
                }),
            });
        }
    }
    scores
}

/// Byte offset of each char index, plus one past the end.
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut offsets: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    offsets.push(text.len());
    offsets
}

/// A found expression's value in TimeML's notation: its reference when it names the present,
/// past or future, else its calendar value mapped by [`to_timeml`]; empty when unresolved.
fn timeml_of(m: &sitrep_time::TimeMention) -> String {
    match m.reference {
        Some(r) => r.timeml().to_string(),
        None => m.value.value.as_deref().map(to_timeml).unwrap_or_default(),
    }
}

/// A contract value in TimeML's notation, as far as the two differ.
pub fn to_timeml(value: &str) -> String {
    if let Some((a, b)) = value.split_once('/')
        && let Some(q) = quarter_of(a, b)
            .or_else(|| season_of(a, b))
            .or_else(|| decade_or_century_of(a, b))
    {
        return q;
    }
    if let Some(md) = value.strip_prefix("--") {
        return format!("XXXX-{md}");
    }
    strip_week_zero(value)
}

/// `YYYY-Qn` when `a/b` spans exactly one calendar quarter.
fn quarter_of(a: &str, b: &str) -> Option<String> {
    let year = a.get(..4)?;
    if b.get(..4)? != year {
        return None;
    }
    let q = match (a.get(4..)?, b.get(4..)?) {
        ("-01-01", "-03-31") => 1,
        ("-04-01", "-06-30") => 2,
        ("-07-01", "-09-30") => 3,
        ("-10-01", "-12-31") => 4,
        _ => return None,
    };
    Some(format!("{year}-Q{q}"))
}

/// `YYYY-SP`, `-SU`, `-FA`, `-WI` when `a/b` spans exactly one meteorological season
/// (winter takes the year of its January).
fn season_of(a: &str, b: &str) -> Option<String> {
    let (ya, yb) = (a.get(..4)?, b.get(..4)?);
    let season = match (a.get(4..)?, b.get(4..)?) {
        ("-03-01", "-05-31") if ya == yb => "SP",
        ("-06-01", "-08-31") if ya == yb => "SU",
        ("-09-01", "-11-30") if ya == yb => "FA",
        ("-12-01", "-02-28" | "-02-29")
            if ya.parse::<i32>().ok()? + 1 == yb.parse::<i32>().ok()? =>
        {
            "WI"
        }
        _ => return None,
    };
    Some(format!("{yb}-{season}"))
}

/// `YYY` for a decade, `YY` for a century, when `a/b` spans exactly one.
fn decade_or_century_of(a: &str, b: &str) -> Option<String> {
    if a.get(4..)? != "-01-01" || b.get(4..)? != "-12-31" {
        return None;
    }
    let (ya, yb): (i32, i32) = (a.get(..4)?.parse().ok()?, b.get(..4)?.parse().ok()?);
    match yb - ya {
        9 if ya % 10 == 0 => a.get(..3).map(str::to_string),
        99 if ya % 100 == 0 => a.get(..2).map(str::to_string),
        _ => None,
    }
}

fn strip_week_zero(value: &str) -> String {
    match value.split_once("-W0") {
        Some((year, week)) => format!("{year}-W{week}"),
        None => value.to_string(),
    }
}

/// A gold value without a part-of-day suffix, with week numbers unpadded.
fn gold_canonical(value: &str) -> String {
    let day = match value.split_once('T') {
        Some((day, part)) if part.chars().all(|c| c.is_ascii_uppercase()) => day,
        _ => value,
    };
    strip_week_zero(day)
}

/// Read the gzip'd JSON-lines corpus, decompressing at most [`MAX_CORPUS_BYTES`].
// The decoder is wrapped in `Read::take` right here, which is the cap clippy.toml asks for.
#[allow(clippy::disallowed_types)]
fn read_docs(path: &Path) -> Result<Vec<Doc>, Error> {
    let io_error = |source| Error::Io {
        path: PathBuf::from(path),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    let reader = BufReader::new(flate2::read::GzDecoder::new(file).take(MAX_CORPUS_BYTES));
    let mut docs = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(io_error)?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: Doc = serde_json::from_str(&line).map_err(|source| Error::Data {
            path: path.to_path_buf(),
            message: format!("line {}: {source}", n + 1),
        })?;
        docs.push(doc);
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_values_map_to_timeml() {
        assert_eq!(to_timeml("1989-07-01/1989-09-30"), "1989-Q3");
        assert_eq!(to_timeml("1989-07-01/1989-09-29"), "1989-07-01/1989-09-29");
        assert_eq!(to_timeml("--10-15"), "XXXX-10-15");
        assert_eq!(to_timeml("2000-W07"), "2000-W7");
        assert_eq!(to_timeml("2000-W13"), "2000-W13");
        assert_eq!(to_timeml("2025-11-11"), "2025-11-11");
        assert_eq!(to_timeml("1990-01-01/1999-12-31"), "199");
        assert_eq!(to_timeml("1900-01-01/1999-12-31"), "19");
        assert_eq!(to_timeml("1990-01-01/1998-12-31"), "1990-01-01/1998-12-31");
        assert_eq!(to_timeml("1998-06-01/1998-08-31"), "1998-SU");
        assert_eq!(to_timeml("1997-12-01/1998-02-28"), "1998-WI");
        assert_eq!(to_timeml("1997-09-01/1997-11-30"), "1997-FA");
    }

    #[test]
    fn gold_values_lose_part_of_day_only() {
        assert_eq!(gold_canonical("1998-08-07TNI"), "1998-08-07");
        assert_eq!(gold_canonical("1998-W08"), "1998-W8");
        assert_eq!(gold_canonical("1998-08-07T13:06"), "1998-08-07T13:06");
        assert_eq!(gold_canonical("PRESENT_REF"), "PRESENT_REF");
    }

    #[test]
    fn a_document_is_scored_by_hand() {
        // Gold: "Friday" (DATE 1998-08-07), "two hours" (DURATION), "next year" (DATE 1999).
        // We find "Friday" right, "next year" right, and "last week" which no gold overlaps.
        let doc = Doc {
            doc_id: "x".to_string(),
            dct: Dct {
                value: "1998-08-08T10:00".to_string(),
            },
            text: "Bombs exploded Friday for two hours; talks resume next year, not last week."
                .to_string(),
            timexes: vec![
                gold("Friday", 15, 21, "DATE", "1998-08-07"),
                gold("two hours", 26, 35, "DURATION", "PT2H"),
                gold("next year", 50, 59, "DATE", "1999"),
            ],
        };
        let (mut failures, mut spurious) = (Vec::new(), Vec::new());
        let s = score_doc(&doc, Half::Tune, &mut failures, &mut spurious);
        assert_eq!((s.gold, s.matched, s.correct), (2, 2, 2));
        assert_eq!((s.found, s.spurious), (3, 1));
        assert!(failures.is_empty());
        assert_eq!(spurious.len(), 1);
        assert_eq!(spurious[0].2, "last week");
    }

    fn gold(text: &str, start: usize, end: usize, kind: &str, value: &str) -> GoldTimex {
        GoldTimex {
            text: text.to_string(),
            start,
            end,
            kind: kind.to_string(),
            value: Some(value.to_string()),
        }
    }
}
