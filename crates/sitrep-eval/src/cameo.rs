//! CAMEO event coding on real news sentences: the UniversalPetrarch English validation set.
//!
//! `universalpetrarch-validation/petr2-gsr-validation.jsonl` holds 78 sentences (AFP/Gigaword
//! and hand-written test records) with gold events `{source, target, event}` in Phoenix/CAMEO
//! actor codes. Each sentence is coded by a [`Coder`]; its codings count as predictions when they
//! name at least one actor and are not negated (a negated act did not happen, and the gold set
//! codes events as PETRARCH-2 would, with both actors). Duplicates of the same (code, source
//! country, target country) in a sentence count once.
//!
//! Scores, per half:
//! - **root** and **full code**: gold and predicted events of a sentence are paired greedily, a
//!   gold event with a prediction of the same root (resp. the same code), preferring the one
//!   whose actors agree best; precision = pairs / predictions, recall = pairs / gold events,
//!   micro-averaged over sentences.
//! - **actor country accuracy** on the root-level pairs: the first three letters of the actor
//!   code (`PAKGOV` → `PAK`, `IGOUNOMIL` → `IGO`; gold `---` and a missing actor are equal),
//!   for the source, the target, and both.
//! - **confusions**: what is left after root pairing, gold root against predicted root in the
//!   order they appear (`none` when one side has nothing left), counted.
//!
//! Sentences are split into a tune and a held-out half by [`Half::of`] on the record id; rules
//! are tuned by looking at tune failures only. Records with empty text (one in the file, with a
//! gold event) are skipped and counted.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;
use sitrep_events::{Coder, Coding};

use crate::Error;
use crate::extraction::Half;

/// The data file, relative to the shared data directory.
pub const GSR_FILE: &str = "universalpetrarch-validation/petr2-gsr-validation.jsonl";

#[derive(Debug, Clone, Deserialize)]
struct Record {
    id: String,
    text: String,
    #[serde(default)]
    expected_events: Vec<GoldEvent>,
}

/// A gold event as the file gives it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct GoldEvent {
    pub source: String,
    pub target: String,
    pub event: String,
}

/// An event reduced to what is compared: the code and the actors' three-letter prefixes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compared {
    pub code: String,
    pub source: String,
    pub target: String,
}

impl Compared {
    pub(crate) fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }

    fn from_gold(g: &GoldEvent) -> Compared {
        Compared {
            code: g.event.clone(),
            source: prefix(&g.source),
            target: prefix(&g.target),
        }
    }

    fn from_coding(c: &Coding) -> Compared {
        Compared {
            code: c.code.clone(),
            source: c
                .source
                .as_ref()
                .map_or_else(|| "---".to_owned(), |a| prefix(&a.code)),
            target: c
                .target
                .as_ref()
                .map_or_else(|| "---".to_owned(), |a| prefix(&a.code)),
        }
    }
}

impl fmt::Display for Compared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}->{}", self.code, self.source, self.target)
    }
}

/// The country (or `IGO`, or `---`) part of an actor code.
pub(crate) fn prefix(code: &str) -> String {
    let p: String = code.chars().take(3).collect();
    if p.is_empty() { "---".to_owned() } else { p }
}

/// Counts for one half.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    pub sentences: usize,
    pub gold: usize,
    pub predicted: usize,
    pub root_pairs: usize,
    pub code_pairs: usize,
    pub source_right: usize,
    pub target_right: usize,
    pub both_right: usize,
    /// Per sentence: gold events, predictions and root-level pairs (for the interval).
    pub per_sentence: Vec<[usize; 3]>,
}

/// `gold->ours xN, ...` for a list of confusions.
pub(crate) fn confusion_line(confusions: &[(String, String, usize)]) -> String {
    let parts: Vec<String> = confusions
        .iter()
        .map(|(g, p, n)| format!("{g}->{p} x{n}"))
        .collect();
    parts.join(", ")
}

pub(crate) fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The harmonic mean of precision and recall, 0 when both are 0.
pub(crate) fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Scores {
    /// Precision, recall and F1 at root level.
    pub fn root(&self) -> (f64, f64, f64) {
        let p = ratio(self.root_pairs, self.predicted);
        let r = ratio(self.root_pairs, self.gold);
        (p, r, f1(p, r))
    }

    /// The 95% bootstrap interval of the root F1, resampling sentences
    /// ([`crate::bootstrap`]).
    pub fn root_f1_interval(&self) -> Option<(f64, f64)> {
        crate::bootstrap::interval(&self.per_sentence, |sample| {
            let (mut gold, mut predicted, mut pairs) = (0, 0, 0);
            for [g, p, k] in sample.iter().copied() {
                gold += g;
                predicted += p;
                pairs += k;
            }
            // F1 = 2PR / (P + R) = 2 pairs / (gold + predicted).
            ratio(2 * pairs, gold + predicted)
        })
    }

    /// Precision, recall and F1 at full-code level.
    pub fn code(&self) -> (f64, f64, f64) {
        let p = ratio(self.code_pairs, self.predicted);
        let r = ratio(self.code_pairs, self.gold);
        (p, r, f1(p, r))
    }
}

/// One sentence where coding and gold differ.
#[derive(Debug, Clone)]
pub struct Failure {
    pub id: String,
    pub half: Half,
    pub text: String,
    pub gold: Vec<Compared>,
    pub predicted: Vec<Compared>,
}

/// The report: scores per half, confusions per half, failures.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub tune: Scores,
    pub held_out: Scores,
    pub skipped: usize,
    /// `(gold root, predicted root)` → count, per half.
    pub confusions: HashMap<(Half, String, String), usize>,
    pub failures: Vec<Failure>,
}

impl Report {
    /// The most frequent confusions of a half, most frequent first.
    pub fn top_confusions(&self, half: Half, n: usize) -> Vec<(String, String, usize)> {
        top_confusions(&self.confusions, half, n)
    }
}

/// Confusion counts `(half, gold, ours)` → count.
pub(crate) type Confusions = HashMap<(Half, String, String), usize>;

/// The `n` most frequent `(gold, ours, count)` of `half`, most frequent first, ties by name.
pub(crate) fn top_confusions(
    confusions: &Confusions,
    half: Half,
    n: usize,
) -> Vec<(String, String, usize)> {
    let mut v: Vec<(String, String, usize)> = confusions
        .iter()
        .filter(|((h, _, _), _)| *h == half)
        .map(|((_, g, p), c)| (g.clone(), p.clone(), *c))
        .collect();
    v.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
    v.truncate(n);
    v
}

/// Reads the gold file under `data` (the shared data directory) and scores `coder` on it.
pub fn run_cameo(data: &Path, coder: &dyn Coder) -> Result<Report, Error> {
    let path = data.join(GSR_FILE);
    let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    let mut records = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let record: Record = serde_json::from_str(line).map_err(|source| Error::Json {
            path: path.clone(),
            source,
        })?;
        records.push(record);
    }
    if records.is_empty() {
        return Err(Error::Data {
            path,
            message: "no records".to_owned(),
        });
    }
    Ok(score(&records, coder))
}

fn score(records: &[Record], coder: &dyn Coder) -> Report {
    let mut report = Report::default();
    for record in records {
        if record.text.trim().is_empty() {
            report.skipped += 1;
            continue;
        }
        let half = Half::of(&record.id);
        let gold: Vec<Compared> = record
            .expected_events
            .iter()
            .map(Compared::from_gold)
            .collect();
        let mut predicted: Vec<Compared> = Vec::new();
        for c in coder.code(&record.text) {
            if c.negated || (c.source.is_none() && c.target.is_none()) {
                continue;
            }
            let p = Compared::from_coding(&c);
            if !predicted.contains(&p) {
                predicted.push(p);
            }
        }
        let scores = match half {
            Half::Tune => &mut report.tune,
            Half::HeldOut => &mut report.held_out,
        };
        scores.sentences += 1;
        scores.gold += gold.len();
        scores.predicted += predicted.len();

        let root_pairs = pair(&gold, &predicted, |g, p| g.root() == p.root(), actors_agree);
        let code_pairs = pair(&gold, &predicted, |g, p| g.code == p.code, actors_agree);
        scores.root_pairs += root_pairs.len();
        scores.code_pairs += code_pairs.len();
        scores
            .per_sentence
            .push([gold.len(), predicted.len(), root_pairs.len()]);
        for &(g, p) in &root_pairs {
            let (Some(g), Some(p)) = (gold.get(g), predicted.get(p)) else {
                continue;
            };
            let s = g.source == p.source;
            let t = g.target == p.target;
            scores.source_right += usize::from(s);
            scores.target_right += usize::from(t);
            scores.both_right += usize::from(s && t);
        }

        let left_gold: Vec<&Compared> = (0..gold.len())
            .filter(|i| !root_pairs.iter().any(|(g, _)| g == i))
            .filter_map(|i| gold.get(i))
            .collect();
        let left_pred: Vec<&Compared> = (0..predicted.len())
            .filter(|i| !root_pairs.iter().any(|(_, p)| p == i))
            .filter_map(|i| predicted.get(i))
            .collect();
        for k in 0..left_gold.len().max(left_pred.len()) {
            let g = left_gold.get(k).map_or("none", |c| c.root()).to_owned();
            let p = left_pred.get(k).map_or("none", |c| c.root()).to_owned();
            *report.confusions.entry((half, g, p)).or_default() += 1;
        }
        if code_pairs.len() != gold.len() || code_pairs.len() != predicted.len() {
            report.failures.push(Failure {
                id: record.id.clone(),
                half,
                text: record.text.clone(),
                gold,
                predicted,
            });
        }
    }
    report
}

/// Greedy pairing of gold and predicted events that `same` accepts, each used once; for each
/// gold event, the candidate with the most actors in agreement (`agree`), then the first.
pub(crate) fn pair<T>(
    gold: &[T],
    predicted: &[T],
    same: impl Fn(&T, &T) -> bool,
    agree: impl Fn(&T, &T) -> usize,
) -> Vec<(usize, usize)> {
    let mut used = vec![false; predicted.len()];
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let best = predicted
            .iter()
            .enumerate()
            .filter(|(pi, p)| !used.get(*pi).copied().unwrap_or(true) && same(g, p))
            .max_by_key(|(pi, p)| (agree(g, p), std::cmp::Reverse(*pi)))
            .map(|(pi, _)| pi);
        if let Some(pi) = best {
            if let Some(u) = used.get_mut(pi) {
                *u = true;
            }
            pairs.push((gi, pi));
        }
    }
    pairs
}

/// How many of the two actors agree.
pub(crate) fn actors_agree(g: &Compared, p: &Compared) -> usize {
    usize::from(g.source == p.source) + usize::from(g.target == p.target)
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "UniversalPetrarch PETR-2 GSR validation (English news sentences, CAMEO gold)"
        )?;
        writeln!(
            f,
            "{:<9} {:>5} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6}",
            "half",
            "sents",
            "gold",
            "pred",
            "root P",
            "R",
            "F1",
            "code P",
            "R",
            "F1",
            "src",
            "tgt",
            "both"
        )?;
        for (label, s) in [("tune", &self.tune), ("held-out", &self.held_out)] {
            let (rp, rr, rf) = s.root();
            let (cp, cr, cf) = s.code();
            writeln!(
                f,
                "{:<9} {:>5} {:>5} {:>5} | {:>6.3} {:>6.3} {:>6.3} | {:>6.3} {:>6.3} {:>6.3} | \
                 {:>6.3} {:>6.3} {:>6.3}",
                label,
                s.sentences,
                s.gold,
                s.predicted,
                rp,
                rr,
                rf,
                cp,
                cr,
                cf,
                ratio(s.source_right, s.root_pairs),
                ratio(s.target_right, s.root_pairs),
                ratio(s.both_right, s.root_pairs),
            )?;
        }
        writeln!(
            f,
            "(src/tgt/both: actor country accuracy on root-matched events; skipped {} record(s) \
             with empty text)",
            self.skipped
        )?;
        for (label, s) in [("tune", &self.tune), ("held-out", &self.held_out)] {
            if let Some((lo, hi)) = s.root_f1_interval() {
                writeln!(
                    f,
                    "{label:<9} root F1 95% interval {lo:.3}-{hi:.3} (bootstrap over {} \
                     sentences, {} resamples)",
                    s.sentences,
                    crate::bootstrap::RESAMPLES
                )?;
            }
        }
        for (label, half) in [("tune", Half::Tune), ("held-out", Half::HeldOut)] {
            let line = confusion_line(&self.top_confusions(half, 8));
            writeln!(f, "root confusions {label} (gold->ours): {line}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::fixtures::{Fixed, coding};

    #[test]
    fn scores_roots_codes_and_actors() {
        let record = |id: &str, events: &[(&str, &str, &str)]| Record {
            id: id.to_owned(),
            text: "x".to_owned(),
            expected_events: events
                .iter()
                .map(|(s, t, e)| GoldEvent {
                    source: (*s).to_owned(),
                    target: (*t).to_owned(),
                    event: (*e).to_owned(),
                })
                .collect(),
        };
        let coder = Fixed(vec![
            coding("193", "PAKMIL", "AFG", false),
            coding("111", "IRN", "ISR", false),
        ]);
        // Same id twice keeps both records in one half.
        let records = [
            record("a", &[("PAKGOV", "AFGMIL", "190")]),
            record("a", &[("---", "AFG", "190"), ("IRN", "ISR", "111")]),
        ];
        let report = score(&records, &coder);
        let s = if report.tune.sentences == 2 {
            &report.tune
        } else {
            &report.held_out
        };
        assert_eq!((s.gold, s.predicted), (3, 4));
        assert_eq!(s.root_pairs, 3, "190~193 twice, 111 once");
        assert_eq!(s.code_pairs, 1);
        assert_eq!(s.both_right, 2, "PAK->AFG and IRN->ISR; not ---->AFG");
        assert_eq!(s.source_right, 2);
        assert_eq!(s.target_right, 3);
        // Per sentence: (gold, predicted, pairs) = (1, 2, 1) and (2, 2, 2); every resample
        // of them scores between 2/3 (the first twice) and 1 (the second twice).
        assert_eq!(s.per_sentence, [[1, 2, 1], [2, 2, 2]]);
        let (lo, hi) = s.root_f1_interval().expect("sentences");
        assert!((2.0 / 3.0 - 1e-9..=1.0).contains(&lo) && lo <= hi && hi <= 1.0);
    }

    #[test]
    fn prefixes() {
        assert_eq!(prefix("IGOUNOMIL"), "IGO");
        assert_eq!(prefix("---REB"), "---");
        assert_eq!(prefix(""), "---");
    }
}
