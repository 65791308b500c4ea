//! PLOVER event typing and actor assignment on the PLOVER gold-standard records.
//!
//! `plover/PLOVER_GSR_CAMEO.txt` (Open Event Data Alliance, CC BY-SA 4.0; see the README beside
//! it) is a JSON array of 322 gold records built from the CAMEO manual's example sentences, plus
//! one leading `DOCUMENT` record that documents the file and is skipped. Each record has a `text`,
//! one PLOVER `event` type, and `source` / `target` actor lists `[{actorText, code, sector}]`
//! (`null`, `""` or a missing key when the gold names none).
//!
//! **Type names.** The records follow PLOVER 0.5b1 (2016); the codebook follows the 2021 table
//! (`data/cameo/README.md`). Gold types are renamed before comparing:
//!
//! | gold (2016)   | compared as (2021) |
//! |---------------|--------------------|
//! | `DEMAND`      | `REQUEST`          |
//! | `DISAPPROVE`  | `ACCUSE`           |
//! | `INVESTIGATE` | `ACCUSE`           |
//! | `FIGHT`       | `ASSAULT`          |
//!
//! Every other gold type (`AGREE`, `AID`, `ASSAULT`, `COERCE`, `CONCEDE`, `CONSULT`, `COOPERATE`,
//! `MOBILIZE`, `PROTEST`, `REJECT`, `RETREAT`, `SANCTION`, `SUPPORT`, `THREATEN`) is a 2021 name
//! already; the data holds no other old name.
//!
//! **Which table maps a code to a type.** The coder outputs CAMEO codes; their PLOVER type comes
//! from the 2021 table. The records were typed in 2016, and the CAMEO→PLOVER table of that time
//! (`cameo/CAMEO-PLOV.txt` in openeventdata/PLOVER @ 9a78f89f, CC BY-SA 4.0) types three codes
//! differently: `163` impose sanctions is `SANCTION` (2021: `COERCE`), `1712` destroy property is
//! `COERCE` (2021: `ASSAULT`) and `185` attempt to assassinate is `THREATEN` (2021: `ASSAULT`);
//! every other code maps to the same type once the names above are renamed. Type accuracy is
//! reported both ways: `type` with the 2021 table, `type16` with the 2016 table
//! ([`type_2016`]), which is the one the gold was written against. Confusions and actor scores
//! use the 2021 table.
//!
//! **Actors** are compared by the first three letters of the code, as in [`crate::cameo`]
//! (`PAKGOV` → `PAK`, `IGOUNO` → `IGO`, `IMGMOSREB` → `IMG`). Three gold codes that are not ISO
//! 3166 alpha-3 are read as the country they name: `JAP` → `JPN`, `ITL` → `ITA`, `VTN` → `VNM`. A
//! gold side lists one or two actors (compound actors such as "Hungarian and Romanian officials");
//! the coder's actor is right when its prefix is any of them.
//!
//! Each record's text is coded by a [`Coder`]; its codings that are not negated are the
//! candidates (hypothetical ones included: the gold has `THREATEN` records; codings without actors
//! included: this measures typing first). The **best-matching coding** is the candidate ranked
//! highest by: its PLOVER type ([`Coding::event_type`]) equals the gold type, then the number of
//! sides (source, target) whose actor agrees with the gold, then earliest in the coder's output.
//!
//! Scores, per tune/held-out half ([`Half::of`] on the record id):
//! - **records** scored, and **coded**: records with at least one candidate;
//! - **type accuracy**: records whose best-matching coding has the gold type, over all records
//!   (a record with no candidate counts as wrong);
//! - **source accuracy**: over records whose gold names a source, those whose best-matching coding
//!   has a source with a matching prefix (no coding or no source counts as wrong); **target
//!   accuracy** likewise over records whose gold names a target;
//! - **confusions**: gold type against the best-matching coding's type (`none` when the record
//!   has no candidate, `-` for a code PLOVER does not map, roots 01 and 02), wrong records only.
//!
//! The coder is measured, not tuned, on this set.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;
use sitrep_events::{Coder, Coding};

use crate::Error;
use crate::cameo::{prefix, ratio, top_confusions};
use crate::extraction::Half;

/// The data file, relative to the shared data directory.
pub const GSR_FILE: &str = "plover/PLOVER_GSR_CAMEO.txt";

#[derive(Debug, Clone, Deserialize)]
struct Record {
    id: String,
    event: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    source: serde_json::Value,
    #[serde(default)]
    target: serde_json::Value,
}

/// The 2021 PLOVER name of a gold (2016) type.
pub fn current_type(gold: &str) -> &str {
    match gold {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

/// The PLOVER type the 2016 CAMEO→PLOVER table gives a code whose 2021 type is `current`
/// (see the module documentation: three codes differ).
pub fn type_2016<'a>(code: &str, current: &'a str) -> &'a str {
    match code {
        "163" => "SANCTION",
        "1712" => "COERCE",
        "185" => "THREATEN",
        _ => current,
    }
}

/// The compared prefix of a gold actor code, with the gold's non-ISO country codes mapped.
fn gold_prefix(code: &str) -> String {
    let p = prefix(code);
    match p.as_str() {
        "JAP" => "JPN".to_owned(),
        "ITL" => "ITA".to_owned(),
        "VTN" => "VNM".to_owned(),
        _ => p,
    }
}

/// The prefixes of a gold actor list; empty when the gold names none.
fn gold_actors(value: &serde_json::Value) -> Vec<String> {
    value.as_array().map_or_else(Vec::new, |actors| {
        actors
            .iter()
            .filter_map(|a| a.get("code").and_then(serde_json::Value::as_str))
            .filter(|c| !c.trim().is_empty())
            .map(gold_prefix)
            .collect()
    })
}

/// Counts for one half.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PloverScores {
    pub records: usize,
    pub coded: usize,
    pub type_right: usize,
    /// Records with a candidate of the gold type under the 2016 table.
    pub type_right_2016: usize,
    pub with_source: usize,
    pub source_right: usize,
    pub with_target: usize,
    pub target_right: usize,
    /// Per record: whether its type is right (for the interval).
    pub per_record: Vec<bool>,
}

impl PloverScores {
    /// PLOVER type accuracy over all records.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_right, self.records)
    }

    /// PLOVER type accuracy over all records, codes typed by the 2016 table.
    pub fn type_accuracy_2016(&self) -> f64 {
        ratio(self.type_right_2016, self.records)
    }

    /// The 95% bootstrap interval of the type accuracy, resampling records
    /// ([`crate::bootstrap`]).
    pub fn type_accuracy_interval(&self) -> Option<(f64, f64)> {
        crate::bootstrap::interval(&self.per_record, |sample| {
            ratio(sample.iter().filter(|r| ***r).count(), sample.len())
        })
    }

    /// Source accuracy over records whose gold names a source.
    pub fn source_accuracy(&self) -> f64 {
        ratio(self.source_right, self.with_source)
    }

    /// Target accuracy over records whose gold names a target.
    pub fn target_accuracy(&self) -> f64 {
        ratio(self.target_right, self.with_target)
    }
}

/// One record whose type the coder got wrong.
#[derive(Debug, Clone)]
pub struct PloverFailure {
    pub id: String,
    pub half: Half,
    pub text: String,
    /// Gold type, 2021 name.
    pub gold: String,
    /// The candidates as `code TYPE src->tgt`.
    pub ours: Vec<String>,
}

/// The report: scores per half, confusions per half, failures.
#[derive(Debug, Clone, Default)]
pub struct PloverReport {
    pub tune: PloverScores,
    pub held_out: PloverScores,
    /// Records with empty text.
    pub skipped: usize,
    /// `(gold type, best-matching type)` → count, per half, wrong records only.
    pub confusions: HashMap<(Half, String, String), usize>,
    pub failures: Vec<PloverFailure>,
}

impl PloverReport {
    /// The most frequent confusions of a half, most frequent first.
    pub fn top_confusions(&self, half: Half, n: usize) -> Vec<(String, String, usize)> {
        top_confusions(&self.confusions, half, n)
    }
}

/// Reads the gold file under `data_dir` (the shared data directory) and scores `coder` on it.
pub fn run_plover(data_dir: &Path, coder: &dyn Coder) -> Result<PloverReport, Error> {
    let path = data_dir.join(GSR_FILE);
    let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    let records = parse(&text).map_err(|source| Error::Json {
        path: path.clone(),
        source,
    })?;
    if records.is_empty() {
        return Err(Error::Data {
            path,
            message: "no gold records".to_owned(),
        });
    }
    Ok(score(&records, coder))
}

/// The gold records of the file, without its `DOCUMENT` record.
fn parse(text: &str) -> Result<Vec<Record>, serde_json::Error> {
    let mut records: Vec<Record> = serde_json::from_str(text)?;
    records.retain(|r| r.event != "DOCUMENT");
    Ok(records)
}

fn plover_type(c: &Coding) -> String {
    c.event_type()
        .map(|t| t.plover)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "-".to_owned())
}

fn actor_prefix(a: Option<&sitrep_model::ActorRef>) -> String {
    a.map_or_else(|| "---".to_owned(), |a| prefix(&a.code))
}

fn score(records: &[Record], coder: &dyn Coder) -> PloverReport {
    let mut report = PloverReport::default();
    for record in records {
        if record.text.trim().is_empty() {
            report.skipped += 1;
            continue;
        }
        let half = Half::of(&record.id);
        let gold_type = current_type(&record.event);
        let sources = gold_actors(&record.source);
        let targets = gold_actors(&record.target);
        // (type, source prefix, target prefix, code) of each candidate.
        let candidates: Vec<(String, String, String, String)> = coder
            .code(&record.text)
            .iter()
            .filter(|c| !c.negated)
            .map(|c| {
                (
                    plover_type(c),
                    actor_prefix(c.source.as_ref()),
                    actor_prefix(c.target.as_ref()),
                    c.code.clone(),
                )
            })
            .collect();
        let best = candidates
            .iter()
            .enumerate()
            .max_by_key(|(i, (t, s, g, _))| {
                (
                    t == gold_type,
                    usize::from(sources.contains(s)) + usize::from(targets.contains(g)),
                    std::cmp::Reverse(*i),
                )
            })
            .map(|(_, c)| c);

        let scores = match half {
            Half::Tune => &mut report.tune,
            Half::HeldOut => &mut report.held_out,
        };
        scores.records += 1;
        scores.coded += usize::from(best.is_some());
        let type_right = best.is_some_and(|(t, _, _, _)| t == gold_type);
        scores.type_right += usize::from(type_right);
        scores.per_record.push(type_right);
        scores.type_right_2016 += usize::from(
            candidates
                .iter()
                .any(|(t, _, _, code)| type_2016(code, t) == gold_type),
        );
        if !sources.is_empty() {
            scores.with_source += 1;
            scores.source_right +=
                usize::from(best.is_some_and(|(_, s, _, _)| sources.contains(s)));
        }
        if !targets.is_empty() {
            scores.with_target += 1;
            scores.target_right +=
                usize::from(best.is_some_and(|(_, _, g, _)| targets.contains(g)));
        }
        if !type_right {
            let ours = best.map_or("none", |(t, _, _, _)| t.as_str());
            *report
                .confusions
                .entry((half, gold_type.to_owned(), ours.to_owned()))
                .or_default() += 1;
            report.failures.push(PloverFailure {
                id: record.id.clone(),
                half,
                text: record.text.clone(),
                gold: format!("{gold_type} {}->{}", sources.join("+"), targets.join("+")),
                ours: candidates
                    .iter()
                    .map(|(t, s, g, code)| format!("{code} {t} {s}->{g}"))
                    .collect(),
            });
        }
    }
    report
}

impl fmt::Display for PloverReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "PLOVER gold-standard records (CAMEO manual examples, PLOVER type gold)"
        )?;
        writeln!(
            f,
            "{:<9} {:>7} {:>6} | {:>7} {:>7} | {:>5} {:>6} | {:>5} {:>6}",
            "half", "records", "coded", "type", "type16", "w/src", "src", "w/tgt", "tgt"
        )?;
        for (label, s) in [("tune", &self.tune), ("held-out", &self.held_out)] {
            writeln!(
                f,
                "{:<9} {:>7} {:>6} | {:>7.3} {:>7.3} | {:>5} {:>6.3} | {:>5} {:>6.3}",
                label,
                s.records,
                s.coded,
                s.type_accuracy(),
                s.type_accuracy_2016(),
                s.with_source,
                s.source_accuracy(),
                s.with_target,
                s.target_accuracy(),
            )?;
        }
        writeln!(
            f,
            "(type: best-matching non-negated coding has the gold type, over all records, codes \
             typed by the 2021 table; type16: the same with the 2016 table the gold was typed \
             against (163 SANCTION, 1712 COERCE, 185 THREATEN); src/tgt: its actor's 3-letter code prefix is one of the gold's, over records whose gold names \
             that side; gold 2016 types renamed DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, \
             FIGHT->ASSAULT; skipped {} record(s) with empty text)",
            self.skipped
        )?;
        for (label, s) in [("tune", &self.tune), ("held-out", &self.held_out)] {
            if let Some((lo, hi)) = s.type_accuracy_interval() {
                writeln!(
                    f,
                    "{label:<9} type 95% interval {lo:.3}-{hi:.3} (bootstrap over {} records, {} \
                     resamples)",
                    s.records,
                    crate::bootstrap::RESAMPLES
                )?;
            }
        }
        for (label, half) in [("tune", Half::Tune), ("held-out", Half::HeldOut)] {
            let line = crate::cameo::confusion_line(&self.top_confusions(half, 8));
            writeln!(f, "type confusions {label} (gold->ours): {line}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::fixtures::{Fixed, coding};

    const GOLD: &str = r#"[
{
    "id": "PLOVER-GSR01-DOCUMENT-0001",
    "event": "DOCUMENT",
    "eventText": "documentation"
},
{
    "id": "X-FIGHT-0001",
    "source": [{"actorText": "Japanese", "code": "JAP", "sector": "MIL"},
               {"actorText": "Serbian", "code": "SRB", "sector": "MIL"}],
    "target": [{"actorText": "Afghan", "code": "AFG", "sector": "REB"}],
    "event": "FIGHT",
    "text": "Japanese and Serbian troops clashed with Afghan rebels."
},
{
    "id": "X-DEMAND-0001",
    "source": [{"actorText": "Iran", "code": "IRN"}],
    "target": "",
    "event": "DEMAND",
    "text": "Iran demanded a ceasefire."
},
{
    "id": "X-AGREE-0001",
    "source": null,
    "event": "AGREE",
    "text": ""
}
]"#;

    #[test]
    fn parses_gold_and_scores_best_coding() {
        let records = parse(GOLD).expect("parses");
        assert_eq!(records.len(), 3, "DOCUMENT record dropped");
        let fight = records.first().expect("fight");
        assert_eq!(gold_actors(&fight.source), ["JPN", "SRB"]);
        assert_eq!(gold_actors(&fight.target), ["AFG"]);
        let demand = records.get(1).expect("demand");
        assert!(gold_actors(&demand.target).is_empty());
        assert_eq!(current_type(&demand.event), "REQUEST");

        // 190 is ASSAULT, 1041 is REQUEST; the negated 190 never counts; the best 190 is the
        // one whose actors agree.
        let coder = Fixed(vec![
            coding("190", "PAKGOV", "IND", true),
            coding("1041", "IRNGOV", "AFG", false),
            coding("190", "SRBMIL", "AFGREB", false),
            coding("190", "USA", "AFG", false),
        ]);
        let report = score(&records, &coder);
        assert_eq!(report.skipped, 1);
        let mut total = report.tune.clone();
        let h = &report.held_out;
        total.records += h.records;
        total.coded += h.coded;
        total.type_right += h.type_right;
        total.with_source += h.with_source;
        total.source_right += h.source_right;
        total.with_target += h.with_target;
        total.target_right += h.target_right;
        assert_eq!((total.records, total.coded, total.type_right), (2, 2, 2));
        assert_eq!((total.with_source, total.source_right), (2, 2));
        assert_eq!((total.with_target, total.target_right), (1, 1));
        assert!(report.failures.is_empty());

        // Nothing but a negated coding: coded 0, type wrong, confusion against `none`.
        let report = score(&records, &Fixed(vec![coding("190", "SRB", "AFG", true)]));
        let coded = report.tune.coded + report.held_out.coded;
        assert_eq!(coded, 0);
        // Every record wrong: every resample scores 0.
        for s in [&report.tune, &report.held_out] {
            assert!(s.per_record.iter().all(|r| !r));
            if !s.per_record.is_empty() {
                assert_eq!(s.type_accuracy_interval(), Some((0.0, 0.0)));
            }
        }
        assert_eq!(report.failures.len(), 2);
        let half = Half::of("X-FIGHT-0001");
        assert_eq!(
            report
                .confusions
                .get(&(half, "ASSAULT".to_owned(), "none".to_owned())),
            Some(&1)
        );
        assert!(report.to_string().contains("held-out"));
    }

    #[test]
    fn the_2016_table_types_three_codes_differently() {
        let gold = r#"[
{"id": "X-COERCE-0001", "source": [{"code": "ISR"}], "target": [{"code": "PSE"}],
 "event": "COERCE", "text": "Army bulldozers demolished homes."},
{"id": "X-SANCTION-0001", "source": [{"code": "USA"}], "target": [{"code": "AFG"}],
 "event": "SANCTION", "text": "The US imposed sanctions on Afghanistan."}
]"#;
        let records = parse(gold).expect("parses");
        for (record, code) in records.iter().zip(["1712", "163"]) {
            let coder = Fixed(vec![coding(code, "ISR", "PSE", false)]);
            let report = score(std::slice::from_ref(record), &coder);
            let s = &report.tune;
            let h = &report.held_out;
            // 1712 is ASSAULT and 163 COERCE by the 2021 table: wrong; by the 2016 table
            // 1712 is COERCE and 163 SANCTION: right.
            assert_eq!(s.type_right + h.type_right, 0, "{code}");
            assert_eq!(s.type_right_2016 + h.type_right_2016, 1, "{code}");
        }
        assert_eq!(type_2016("185", "ASSAULT"), "THREATEN");
        assert_eq!(type_2016("190", "ASSAULT"), "ASSAULT");
    }
}
