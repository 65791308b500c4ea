//! CAMEO event coding on the PETRARCH2 validation records, with PETRARCH's own validation actor
//! and agent dictionaries loaded as a user lexicon.
//!
//! `petrarch2-validation/petrarch2-validation.jsonl` holds the 284 records of PETRARCH2's unit
//! test suite: stylised sentences about fictional states (`ARN` Arnor, `GON` Gondor, ...) whose
//! actors exist only in `PETR.Validate.actors.txt` and `PETR.Validate.agents.txt`. At run time
//! those two dictionaries are converted to sitrep's user-lexicon TSV (`data/actors/README.md`),
//! written into a temporary folder, and loaded by [`sitrep_extract::Extractor::new`] after the
//! shipped lexicon. The PETRARCH *verb* dictionary is not used: the point is to score sitrep's
//! own verb lexicon.
//!
//! The conversion ([`Dictionary::parse`]):
//! - **Actors**: an entry is a primary phrase, `+` synonyms, and codes in `[...]` on the primary
//!   line or on indented lines below it. Words are joined by blanks or `_` (a final `_` is
//!   dropped; PETRARCH2 does no stemming). Every entry becomes one row of a country-format file
//!   (`code`, `name`, `aliases`), so that a role noun after the name appends its suffix to the
//!   whole code (`GON` + `MIL`). Forms are written in lower case, which sitrep matches in any
//!   case, as PETRARCH does.
//! - **Date restrictions** (`[HOBGOV 19950601-19990815]`, `<date`, `>date`, bounds inclusive,
//!   `YYMMDD` years up to 30 read as 20YY): sitrep's lexicon has no dates, so the dictionary is
//!   resolved for each record date (first dated restriction that holds, else the undated code)
//!   and records are coded by one extractor per distinct resolved lexicon. An entry with no
//!   code on a date is left out for that date.
//! - **Several codes** (`LORIEN [ELR/GAL]`: one event per code in PETRARCH) cannot be written
//!   for one name; the first code is used and the entry is counted.
//! - **Agents** with a suffix code (`SOLDIER [~MIL]`) become role rows (`role`, `suffix`, `kind`,
//!   `label`), with PETRARCH's plurals (`S`, `Y` → `IES`, `S` → `SES`, `{PLURAL}`, none for
//!   `{}`) and `!MARKER!` substitutions. Agents with a prefix code (`MSF [NGO~]`, giving
//!   `NGOARN`) have no role-table equivalent and are skipped and counted. sitrep adds a plain
//!   `s` plural to every role itself, so a `{}` agent still takes one (`polices`), and a blank
//!   inside an agent phrase (words may intervene in PETRARCH) is read as adjacent words.
//!
//! Scoring, per record: our codings that are not negated and name at least one actor are the
//! predictions (a missing actor is `---`; identical triples count once); the record's
//! `expected_events` are the gold. Codes are compared as strings.
//! - **exact**: multiset intersection of `(source, target, code)` triples: PETRARCH's own
//!   criterion; precision, recall, F1.
//! - **root** and **code**: gold and predicted events paired greedily by CAMEO root (resp. full
//!   code), preferring the candidate whose actors agree most; precision, recall, F1.
//! - **actors**: on the root-matched pairs, source, target and both codes equal; and **dyad**
//!   F1: pairs with equal source and target whatever the code, which shows how far the actors
//!   alone get when the verb codes differ.
//! - **records right**: the predicted multiset equals the gold one; for records that expect no
//!   event, that we coded nothing (`no-ev`).
//!
//! Skipped and counted: the `ERROR` category (they test dateline, parse and discard errors, not
//! codings) and records whose gold holds a test-only code (`901`–`907`, `911`–`915`, `802`,
//! `345`, `174K`, `174L`, defined only by `PETR.Validate.verbs.txt`). Categories `AGENTS` and
//! `COMPOUNDx` are counted as `AGENT` and `COMPOUND`. Records are split into halves by
//! [`Half::of`] on the record id; no rule was tuned on these records, so both halves are
//! simply reported.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sitrep_events::{Coder, Coding};
use sitrep_extract::{ExtractConfig, Extractor};

use crate::Error;
use crate::cameo::{Compared, actors_agree, f1, pair, ratio};
use crate::extraction::Half;

/// The records, relative to the shared data directory.
pub const RECORDS_FILE: &str = "petrarch2-validation/petrarch2-validation.jsonl";
/// PETRARCH's validation actor dictionary, relative to the shared data directory.
pub const ACTORS_FILE: &str = "petrarch2-validation/PETR.Validate.actors.txt";
/// PETRARCH's validation agent dictionary, relative to the shared data directory.
pub const AGENTS_FILE: &str = "petrarch2-validation/PETR.Validate.agents.txt";

/// Event codes defined only by the validation verb dictionary, not by CAMEO.
pub const TEST_ONLY_CODES: &[&str] = &[
    "901", "902", "903", "904", "905", "906", "907", "911", "912", "913", "914", "915", "802",
    "345", "174K", "174L",
];

// ------------------------------------------------------------------------------------------
// Dictionary conversion
// ------------------------------------------------------------------------------------------

/// When a code of an actor entry applies, dates as `YYYYMMDD` numbers, bounds inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    Before(u32),
    After(u32),
    Between(u32, u32),
}

impl When {
    fn holds(self, date: u32) -> bool {
        match self {
            When::Always => true,
            When::Before(d) => date <= d,
            When::After(d) => date >= d,
            When::Between(a, b) => a <= date && date <= b,
        }
    }
}

/// An actor entry of a PETRARCH actor dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// The primary phrase first, then the synonyms; lower case, words joined by one blank.
    pub phrases: Vec<String>,
    /// The codes in file order with when they apply; several codes (`ELR/GAL`) are kept whole.
    pub codes: Vec<(String, When)>,
}

impl ActorEntry {
    /// The code on `date`: the first dated code that holds, else the first undated one.
    pub fn code_on(&self, date: u32) -> Option<&str> {
        self.codes
            .iter()
            .find(|(_, w)| *w != When::Always && w.holds(date))
            .or_else(|| self.codes.iter().find(|(_, w)| *w == When::Always))
            .map(|(c, _)| c.as_str())
    }
}

/// A role row from an agent with a suffix code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    /// Lower case, words joined by one blank.
    pub phrase: String,
    /// The CAMEO agent code appended to the actor's (`MIL`).
    pub suffix: String,
}

/// PETRARCH's validation dictionaries, parsed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dictionary {
    pub actors: Vec<ActorEntry>,
    /// Role rows, plurals and substitutions expanded.
    pub agents: Vec<Agent>,
    /// Agents with a prefix code (`MSF [NGO~]`), which a role table cannot express.
    pub prefix_agents: Vec<String>,
    /// Lines that could not be read, as `file:line: text`.
    pub problems: Vec<String>,
}

/// The lines of a PETRARCH dictionary without comments, as `(line number, text)`: `<!-- -->`
/// blocks (a line that ends a block is dropped whole, as PETRARCH does), lines starting with
/// `#` or `<!`, and anything after `#`. Leading white space is kept: it marks date lines.
fn dictionary_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut in_block = false;
    for (n, raw) in text.lines().enumerate() {
        if in_block {
            in_block = !raw.contains("-->");
            continue;
        }
        if raw.starts_with('#') || raw.starts_with("<!") {
            in_block = raw.starts_with("<!--") && !raw.contains("-->");
            continue;
        }
        let mut line = raw.split('#').next().unwrap_or("").to_owned();
        while let Some(start) = line.find("<!--") {
            let (head, rest) = line.split_at(start);
            match rest.find("-->") {
                Some(end) => {
                    let tail = rest.get(end + 3..).unwrap_or("");
                    line = format!("{head}{tail}");
                }
                None => {
                    line = head.to_owned();
                    in_block = true;
                }
            }
        }
        if !line.trim().is_empty() {
            out.push((n + 1, line.trim_end().to_owned()));
        }
    }
    out
}

/// `ARNOR_`, `PRINCE OF DOL AMROTH`, `MINAS_TIRITH` → `arnor`, `prince of dol amroth`,
/// `minas tirith`.
fn phrase(s: &str) -> String {
    let words: Vec<String> = s
        .replace('_', " ")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    words.join(" ")
}

/// A PETRARCH date, `YYYYMMDD` or `YYMMDD` (years up to 30 are 20YY), as a `YYYYMMDD` number.
fn petr_date(s: &str) -> Option<u32> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = s.parse().ok()?;
    match s.len() {
        8 => Some(n),
        6 => {
            let yy = n / 10_000;
            let century = if yy <= 30 { 20_000_000 } else { 19_000_000 };
            Some(century + n)
        }
        _ => None,
    }
}

/// The inside of `[...]` on an actor line: a code and an optional date restriction.
fn restriction(inside: &str) -> Option<(String, When)> {
    let inside = inside.trim();
    let (code, rest) = inside
        .split_once(char::is_whitespace)
        .unwrap_or((inside, ""));
    if code.is_empty() {
        return None;
    }
    let rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    let when = if rest.is_empty() {
        When::Always
    } else if let Some(d) = rest.strip_prefix('<') {
        When::Before(petr_date(d)?)
    } else if let Some(d) = rest.strip_prefix('>') {
        When::After(petr_date(d)?)
    } else {
        let (a, b) = rest.split_once('-')?;
        When::Between(petr_date(a)?, petr_date(b)?)
    };
    Some((code.to_owned(), when))
}

impl Dictionary {
    /// Parses an actor dictionary and an agent dictionary. Total: a line that cannot be read is
    /// listed in `problems` and skipped.
    pub fn parse(actors: &str, agents: &str) -> Dictionary {
        let mut dict = Dictionary::default();
        dict.parse_actors(actors);
        dict.parse_agents(agents);
        dict
    }

    fn parse_actors(&mut self, text: &str) {
        for (n, line) in dictionary_lines(text) {
            let trimmed = line.trim();
            if let Some(inside) = trimmed.strip_prefix('[') {
                let inside = inside.split(']').next().unwrap_or("");
                match (self.actors.last_mut(), restriction(inside)) {
                    (Some(entry), Some(r)) => entry.codes.push(r),
                    _ => self.problems.push(format!("actors:{n}: {trimmed}")),
                }
                continue;
            }
            if let Some(synonym) = trimmed.strip_prefix('+') {
                let p = phrase(synonym.split('[').next().unwrap_or(""));
                match self.actors.last_mut() {
                    Some(entry) if !p.is_empty() => entry.phrases.push(p),
                    _ => self.problems.push(format!("actors:{n}: {trimmed}")),
                }
                continue;
            }
            let (words, code) = match trimmed.split_once('[') {
                Some((words, rest)) => (words, rest.split(']').next()),
                None => (trimmed, None),
            };
            let p = phrase(words);
            if p.is_empty() {
                self.problems.push(format!("actors:{n}: {trimmed}"));
                continue;
            }
            let mut entry = ActorEntry {
                phrases: vec![p],
                codes: Vec::new(),
            };
            if let Some(inside) = code {
                match restriction(inside) {
                    Some(r) => entry.codes.push(r),
                    None => self.problems.push(format!("actors:{n}: {trimmed}")),
                }
            }
            self.actors.push(entry);
        }
    }

    fn parse_agents(&mut self, text: &str) {
        let mut markers: HashMap<String, Vec<String>> = HashMap::new();
        for (n, line) in dictionary_lines(text) {
            let trimmed = line.trim();
            if trimmed.starts_with('!')
                && let Some((marker, list)) = trimmed.split_once('=')
            {
                let items = list.split(',').map(phrase).filter(|s| !s.is_empty());
                markers.insert(marker.trim().to_owned(), items.collect());
                continue;
            }
            let Some((words, rest)) = trimmed.split_once('[') else {
                self.problems.push(format!("agents:{n}: {trimmed}"));
                continue;
            };
            let code = rest.split(']').next().unwrap_or("").trim();
            let suffix = match (code.strip_prefix('~'), code.strip_suffix('~')) {
                (Some(s), _) if !s.is_empty() => s.trim().to_owned(),
                (None, Some(_)) => {
                    let base = phrase(words.split('{').next().unwrap_or(""));
                    self.prefix_agents.push(format!("{base} [{code}]"));
                    continue;
                }
                _ => {
                    self.problems.push(format!("agents:{n}: {trimmed}"));
                    continue;
                }
            };
            for p in agent_phrases(words, &markers) {
                self.agents.push(Agent {
                    phrase: p,
                    suffix: suffix.clone(),
                });
            }
        }
    }

    /// The actor lexicon file for `date`: one country-format row per entry that has a code
    /// then (`code`, `name` = primary phrase, `aliases` = synonyms).
    pub fn actors_tsv(&self, date: u32) -> String {
        let mut out = String::from("code\tname\taliases\n");
        for entry in &self.actors {
            let Some(code) = entry.code_on(date) else {
                continue;
            };
            let code = code.split('/').next().unwrap_or(code);
            let Some((name, aliases)) = entry.phrases.split_first() else {
                continue;
            };
            out.push_str(&format!("{code}\t{name}\t{}\n", aliases.join("|")));
        }
        out
    }

    /// The role table file: one row per agent phrase.
    pub fn agents_tsv(&self) -> String {
        let mut out = String::from("role\tsuffix\tkind\tlabel\n");
        for a in &self.agents {
            let kind = role_kind(&a.suffix);
            out.push_str(&format!(
                "{}\t{}\t{kind}\t{}\n",
                a.phrase, a.suffix, a.phrase
            ));
        }
        out
    }

    /// How many actor entries have several codes (`ELR/GAL`), of which only the first is used.
    pub fn multi_code_entries(&self) -> usize {
        self.actors
            .iter()
            .filter(|e| e.codes.iter().any(|(c, _)| c.contains('/')))
            .count()
    }
}

/// The phrases an agent line stands for: its `!MARKER!` substitutions (no plurals), or the
/// phrase and its plural (`{...}` given, `{}` none, else PETRARCH's regular plural).
fn agent_phrases(words: &str, markers: &HashMap<String, Vec<String>>) -> Vec<String> {
    if let Some((head, rest)) = words.split_once('!')
        && let Some((name, tail)) = rest.split_once('!')
    {
        let Some(items) = markers.get(&format!("!{name}!")) else {
            return Vec::new();
        };
        return items
            .iter()
            .map(|item| phrase(&format!("{head}{item}{tail}")))
            .collect();
    }
    let (singular, plural) = match words.split_once('{') {
        Some((s, rest)) => (phrase(s), phrase(rest.split('}').next().unwrap_or(""))),
        None => {
            let s = phrase(words);
            let p = if let Some(stem) = s.strip_suffix('y') {
                format!("{stem}ies")
            } else if s.ends_with('s') {
                format!("{s}es")
            } else {
                format!("{s}s")
            };
            (s, p)
        }
    };
    [singular, plural]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect()
}

/// The actor kind of a role by its CAMEO agent code, as `data/actors/roles.tsv` has them.
fn role_kind(suffix: &str) -> &'static str {
    let head = suffix.get(..3).unwrap_or(suffix);
    match head {
        "GOV" | "MIL" | "COP" | "JUD" | "LEG" | "SPY" => "government",
        "REB" | "UAF" | "INS" => "armed_group",
        _ => "other",
    }
}

/// A folder under the system's temporary directory, removed with everything in it on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Result<TempDir, Error> {
        let path = std::env::temp_dir().join(format!("sitrep-petrarch2-{}", std::process::id()));
        std::fs::create_dir_all(&path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        Ok(TempDir(path))
    }

    fn write(&self, name: &str, text: &str) -> Result<(), Error> {
        let path = self.0.join(name);
        std::fs::write(&path, text).map_err(|source| Error::Io { path, source })
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        // Nothing to do about a leftover temporary folder but leave it.
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

// ------------------------------------------------------------------------------------------
// Scoring
// ------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Deserialize)]
struct Record {
    id: String,
    date: String,
    category: String,
    text: String,
    #[serde(default)]
    expected_events: Vec<GoldEvent>,
    #[serde(default)]
    expects_no_events: bool,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldEvent {
    source: String,
    target: String,
    event: String,
}

/// An event as compared here: CAMEO code and the actors' whole codes (the test dictionary's
/// codes are compared as they are, not by country prefix as on real news).
pub type Triple = Compared;

/// A coding as compared: unknown actors are `---`.
fn triple_of(c: &Coding) -> Triple {
    let code = |a: &Option<sitrep_model::ActorRef>| {
        a.as_ref()
            .map_or_else(|| "---".to_owned(), |a| a.code.clone())
    };
    Compared {
        code: c.code.clone(),
        source: code(&c.source),
        target: code(&c.target),
    }
}

/// Counts over a set of records.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub records: usize,
    /// Records whose predicted multiset equals the gold one.
    pub records_right: usize,
    /// Records that expect no event, and of those, the ones where we coded nothing.
    pub no_event: usize,
    pub no_event_right: usize,
    pub gold: usize,
    pub predicted: usize,
    /// Triples equal in code, source and target (multiset intersection).
    pub exact: usize,
    pub root_pairs: usize,
    pub code_pairs: usize,
    /// Pairs with the same source and target whatever the code: how far the actors alone get.
    pub dyad_pairs: usize,
    /// On root-matched pairs: source, target, both codes equal.
    pub source_right: usize,
    pub target_right: usize,
    pub both_right: usize,
}

fn prf(hits: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = ratio(hits, predicted);
    let r = ratio(hits, gold);
    (p, r, f1(p, r))
}

impl Counts {
    /// Precision, recall and F1 of exact triples.
    pub fn exact_prf(&self) -> (f64, f64, f64) {
        prf(self.exact, self.predicted, self.gold)
    }

    /// Precision, recall and F1 at root level.
    pub fn root_prf(&self) -> (f64, f64, f64) {
        prf(self.root_pairs, self.predicted, self.gold)
    }

    /// Precision, recall and F1 at full-code level.
    pub fn code_prf(&self) -> (f64, f64, f64) {
        prf(self.code_pairs, self.predicted, self.gold)
    }

    /// Precision, recall and F1 of source and target, whatever the code.
    pub fn dyad_prf(&self) -> (f64, f64, f64) {
        prf(self.dyad_pairs, self.predicted, self.gold)
    }

    fn add(&mut self, o: &Counts) {
        self.records += o.records;
        self.records_right += o.records_right;
        self.no_event += o.no_event;
        self.no_event_right += o.no_event_right;
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.exact += o.exact;
        self.root_pairs += o.root_pairs;
        self.code_pairs += o.code_pairs;
        self.dyad_pairs += o.dyad_pairs;
        self.source_right += o.source_right;
        self.target_right += o.target_right;
        self.both_right += o.both_right;
    }
}

/// One scored record whose predictions differ from the gold.
#[derive(Debug, Clone)]
pub struct Failure {
    pub id: String,
    pub category: String,
    pub text: String,
    pub gold: Vec<Triple>,
    pub predicted: Vec<Triple>,
}

/// What the dictionary conversion gave.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conversion {
    pub actor_entries: usize,
    pub actor_phrases: usize,
    pub role_rows: usize,
    pub prefix_agents: usize,
    pub multi_code_entries: usize,
    pub problems: usize,
    /// Distinct date-resolved lexicons, one extractor each.
    pub lexicons: usize,
}

/// The report.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub tune: Counts,
    pub held_out: Counts,
    /// Per normalised category (`AGENTS` counted as `AGENT`, `COMPOUNDx` as `COMPOUND`).
    pub by_category: BTreeMap<String, Counts>,
    pub skipped_error: usize,
    pub skipped_test_only: usize,
    /// `(gold root, our root)` of what root pairing left over, `none` for nothing.
    pub root_confusions: HashMap<(String, String), usize>,
    /// `(gold actor, our actor)` on root-matched pairs whose actor differs.
    pub actor_confusions: HashMap<(String, String), usize>,
    pub conversion: Conversion,
    pub failures: Vec<Failure>,
}

impl Report {
    /// Both halves together.
    pub fn all(&self) -> Counts {
        let mut all = self.tune.clone();
        all.add(&self.held_out);
        all
    }
}

fn category(c: &str) -> String {
    match c {
        "AGENTS" => "AGENT".to_owned(),
        "COMPOUNDx" => "COMPOUND".to_owned(),
        other => other.to_owned(),
    }
}

fn read_text(path: &Path) -> Result<String, Error> {
    std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Reads the records and the dictionaries under `data` (the shared data directory), codes
/// every record with sitrep's extractor plus the converted dictionaries as a user lexicon
/// (resolved for the record's date), and scores it.
pub fn run(data: &Path) -> Result<Report, Error> {
    let path = data.join(RECORDS_FILE);
    let mut records: Vec<Record> = Vec::new();
    for line in read_text(&path)?.lines().filter(|l| !l.trim().is_empty()) {
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
    let dict = Dictionary::parse(
        &read_text(&data.join(ACTORS_FILE))?,
        &read_text(&data.join(AGENTS_FILE))?,
    );

    // One extractor per distinct date-resolved actor file.
    let dir = TempDir::new()?;
    dir.write("petr_agents.tsv", &dict.agents_tsv())?;
    let mut lexicon_of: HashMap<String, usize> = HashMap::new();
    let mut extractors: Vec<Extractor> = Vec::new();
    let mut which: Vec<usize> = Vec::with_capacity(records.len());
    for record in &records {
        let date = petr_date(&record.date).ok_or_else(|| Error::Data {
            path: path.clone(),
            message: format!("record {}: bad date {:?}", record.id, record.date),
        })?;
        let tsv = dict.actors_tsv(date);
        let index = match lexicon_of.get(&tsv) {
            Some(&i) => i,
            None => {
                dir.write("petr_actors.tsv", &tsv)?;
                let config = ExtractConfig {
                    lexicon_dirs: vec![dir.0.clone()],
                    ..Default::default()
                };
                let extractor = Extractor::new(&config).map_err(|e| Error::Data {
                    path: dir.0.clone(),
                    message: format!("converted PETRARCH dictionaries do not load: {e}"),
                })?;
                extractors.push(extractor);
                let i = extractors.len() - 1;
                lexicon_of.insert(tsv, i);
                i
            }
        };
        which.push(index);
    }
    drop(dir);

    let mut report = score(&records, |i, r| {
        which
            .get(i)
            .and_then(|&x| extractors.get(x))
            .map(|e| e.code(&r.text))
            .unwrap_or_default()
    });
    report.conversion = Conversion {
        actor_entries: dict.actors.len(),
        actor_phrases: dict.actors.iter().map(|e| e.phrases.len()).sum(),
        role_rows: dict.agents.len(),
        prefix_agents: dict.prefix_agents.len(),
        multi_code_entries: dict.multi_code_entries(),
        problems: dict.problems.len(),
        lexicons: extractors.len(),
    };
    Ok(report)
}

/// Scores records; `code(index, record)` gives our codings of a record.
fn score(records: &[Record], mut code: impl FnMut(usize, &Record) -> Vec<Coding>) -> Report {
    let mut report = Report::default();
    for (i, record) in records.iter().enumerate() {
        let cat = category(&record.category);
        if cat == "ERROR" {
            report.skipped_error += 1;
            continue;
        }
        if record
            .expected_events
            .iter()
            .any(|e| TEST_ONLY_CODES.contains(&e.event.as_str()))
        {
            report.skipped_test_only += 1;
            continue;
        }
        let gold: Vec<Triple> = record
            .expected_events
            .iter()
            .map(|g| Triple {
                code: g.event.clone(),
                source: g.source.clone(),
                target: g.target.clone(),
            })
            .collect();
        let mut predicted: Vec<Triple> = Vec::new();
        for c in code(i, record) {
            if c.negated || (c.source.is_none() && c.target.is_none()) {
                continue;
            }
            let t = triple_of(&c);
            if !predicted.contains(&t) {
                predicted.push(t);
            }
        }
        let counts = compare(&gold, &predicted, record.expects_no_events, &mut report);
        match Half::of(&record.id) {
            Half::Tune => report.tune.add(&counts),
            Half::HeldOut => report.held_out.add(&counts),
        }
        report
            .by_category
            .entry(cat.clone())
            .or_default()
            .add(&counts);
        if counts.records_right == 0 {
            report.failures.push(Failure {
                id: record.id.clone(),
                category: cat,
                text: record.text.clone(),
                gold,
                predicted,
            });
        }
    }
    report
}

/// The counts of one record; confusions go into `report`.
fn compare(
    gold: &[Triple],
    predicted: &[Triple],
    expects_no_events: bool,
    report: &mut Report,
) -> Counts {
    let mut c = Counts {
        records: 1,
        gold: gold.len(),
        predicted: predicted.len(),
        ..Counts::default()
    };
    c.exact = pair(gold, predicted, |g, p| g == p, actors_agree).len();
    c.records_right = usize::from(c.exact == gold.len() && c.exact == predicted.len());
    if expects_no_events || gold.is_empty() {
        c.no_event = 1;
        c.no_event_right = usize::from(predicted.is_empty());
    }
    let root_pairs = pair(gold, predicted, |g, p| g.root() == p.root(), actors_agree);
    c.root_pairs = root_pairs.len();
    c.code_pairs = pair(gold, predicted, |g, p| g.code == p.code, actors_agree).len();
    c.dyad_pairs = pair(
        gold,
        predicted,
        |g, p| g.source == p.source && g.target == p.target,
        actors_agree,
    )
    .len();
    for &(gi, pi) in &root_pairs {
        let (Some(g), Some(p)) = (gold.get(gi), predicted.get(pi)) else {
            continue;
        };
        let s = g.source == p.source;
        let t = g.target == p.target;
        c.source_right += usize::from(s);
        c.target_right += usize::from(t);
        c.both_right += usize::from(s && t);
        for (ok, ga, pa) in [(s, &g.source, &p.source), (t, &g.target, &p.target)] {
            if !ok {
                *report
                    .actor_confusions
                    .entry((ga.clone(), pa.clone()))
                    .or_default() += 1;
            }
        }
    }
    let left_gold: Vec<&Triple> = (0..gold.len())
        .filter(|i| !root_pairs.iter().any(|(g, _)| g == i))
        .filter_map(|i| gold.get(i))
        .collect();
    let left_pred: Vec<&Triple> = (0..predicted.len())
        .filter(|i| !root_pairs.iter().any(|(_, p)| p == i))
        .filter_map(|i| predicted.get(i))
        .collect();
    for k in 0..left_gold.len().max(left_pred.len()) {
        let g = left_gold.get(k).map_or("none", |t| t.root()).to_owned();
        let p = left_pred.get(k).map_or("none", |t| t.root()).to_owned();
        *report.root_confusions.entry((g, p)).or_default() += 1;
    }
    c
}

/// The `n` most frequent entries, most frequent first, ties by name, as `a->b xN, ...`.
fn top(map: &HashMap<(String, String), usize>, n: usize) -> String {
    let mut v: Vec<(&(String, String), &usize)> = map.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let parts: Vec<String> = v
        .into_iter()
        .take(n)
        .map(|((g, p), c)| format!("{g}->{p} x{c}"))
        .collect();
    parts.join(", ")
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "PETRARCH2 validation records (stylised unit tests, CAMEO gold); PETR.Validate actors \
             and agents loaded as a user lexicon, sitrep's own verb lexicon"
        )?;
        let c = &self.conversion;
        writeln!(
            f,
            "dictionary: {} actor entries ({} phrases), {} role rows from agents; skipped {} \
             prefix agents (NGO~); {} entries with several codes use the first; {} unreadable \
             lines; {} date-resolved lexicons",
            c.actor_entries,
            c.actor_phrases,
            c.role_rows,
            c.prefix_agents,
            c.multi_code_entries,
            c.problems,
            c.lexicons
        )?;
        writeln!(
            f,
            "{:<9} {:>4} {:>4} {:>4} | {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} | {:>5} {:>5} {:>5} \
             | {:>5} {:>5} {:>5} | {:>5} | {:>7} {:>6}",
            "half",
            "recs",
            "gold",
            "pred",
            "exP",
            "exR",
            "exF1",
            "rootP",
            "R",
            "F1",
            "codeP",
            "R",
            "F1",
            "src",
            "tgt",
            "both",
            "dyadF",
            "rec ok",
            "no-ev"
        )?;
        let all = self.all();
        for (label, s) in [
            ("tune", &self.tune),
            ("held-out", &self.held_out),
            ("all", &all),
        ] {
            write_row(f, label, s)?;
        }
        writeln!(
            f,
            "(exact: source, target and code all equal; src/tgt/both: actor codes equal on \
             root-matched events; dyadF: F1 of source and target whatever the code; rec ok: \
             records coded exactly right; no-ev: records expecting no event where we coded none)"
        )?;
        writeln!(
            f,
            "skipped: {} ERROR records, {} records with test-only codes (901-907, 911-915, 802, \
             345, 174K, 174L)",
            self.skipped_error, self.skipped_test_only
        )?;
        writeln!(f, "by category:")?;
        for (cat, s) in &self.by_category {
            write_row(f, cat, s)?;
        }
        writeln!(
            f,
            "root confusions (gold->ours): {}",
            top(&self.root_confusions, 10)
        )?;
        writeln!(
            f,
            "actor confusions on root-matched events (gold->ours): {}",
            top(&self.actor_confusions, 10)
        )?;
        Ok(())
    }
}

fn write_row(f: &mut fmt::Formatter<'_>, label: &str, s: &Counts) -> fmt::Result {
    let (ep, er, ef) = s.exact_prf();
    let (rp, rr, rf) = s.root_prf();
    let (cp, cr, cf) = s.code_prf();
    writeln!(
        f,
        "{:<9} {:>4} {:>4} {:>4} | {:>5.3} {:>5.3} {:>5.3} | {:>5.3} {:>5.3} {:>5.3} | {:>5.3} \
         {:>5.3} {:>5.3} | {:>5.3} {:>5.3} {:>5.3} | {:>5.3} | {:>3}/{:<3} {:>2}/{:<2}",
        label,
        s.records,
        s.gold,
        s.predicted,
        ep,
        er,
        ef,
        rp,
        rr,
        rf,
        cp,
        cr,
        cf,
        ratio(s.source_right, s.root_pairs),
        ratio(s.target_right, s.root_pairs),
        ratio(s.both_right, s.root_pairs),
        s.dyad_prf().2,
        s.records_right,
        s.records,
        s.no_event_right,
        s.no_event,
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    use crate::fixtures::coding;

    const ACTORS: &str = "\
<!-- A HEADER
# spanning lines
# -->
GONDOR [GON]
+MINAS_TIRITH
+ANORIEN

ARNOR_  [ARN] #JW   10/17/91
ENT  
\t[ENT]
GOLLUM  # pas 27 Apr 03
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
#\t[950601-990815]  incorrect code block check
\t[HOBREB > 990816]
LORIEN  [ELR/GAL]
ONODOHER  
\t[ONO <911226] 
<! -- NEW ACTORS -->
";

    const AGENTS: &str = "\
<!-- AGENTS -->
!PERSON! = MAN, MEN
SOLDIER  [~MIL] # ss 29 Jun 2007
POLICE {} [ ~COP] # JON 2/8/95
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
AUTHORITY  [~GOV]
CONGRESS!PERSON! [~LEG]
MSF {}  [NGO~] # pas 24 Nov 13
";

    #[test]
    fn converts_dictionaries() {
        let dict = Dictionary::parse(ACTORS, AGENTS);
        assert_eq!(dict.problems, Vec::<String>::new());
        assert_eq!(
            dict.actors_tsv(19_950_101),
            "code\tname\taliases\n\
             GON\tgondor\tminas tirith|anorien\n\
             ARN\tarnor\t\n\
             ENT\tent\t\n\
             HOB\tgollum\tsmeagol\n\
             ELR\tlorien\t\n"
        );
        // Dated codes: inclusive bounds, six-digit years, ONODOHER exists only before 1991-12-26.
        let on = |date| dict.actors_tsv(date);
        assert!(
            on(19_950_601).contains("HOB\tgollum\tsmeagol\n"),
            "first match wins"
        );
        assert!(on(19_950_602).contains("HOBGOV\tgollum\tsmeagol\n"));
        assert!(on(19_990_816).contains("HOBREB\tgollum\tsmeagol\n"));
        assert!(on(19_911_226).contains("ONO\tonodoher\t\n"));
        assert!(!on(19_911_227).contains("onodoher"));
        assert_eq!(dict.multi_code_entries(), 1);
        assert_eq!(
            dict.agents_tsv(),
            "role\tsuffix\tkind\tlabel\n\
             soldier\tMIL\tgovernment\tsoldier\n\
             soldiers\tMIL\tgovernment\tsoldiers\n\
             police\tCOP\tgovernment\tpolice\n\
             golden goose\tGGS\tother\tgolden goose\n\
             golden geese\tGGS\tother\tgolden geese\n\
             authority\tGOV\tgovernment\tauthority\n\
             authorities\tGOV\tgovernment\tauthorities\n\
             congressman\tLEG\tgovernment\tcongressman\n\
             congressmen\tLEG\tgovernment\tcongressmen\n"
        );
        assert_eq!(dict.prefix_agents, vec!["msf [NGO~]".to_owned()]);
    }

    #[test]
    fn converted_lexicon_loads_and_codes_roles() {
        let dict = Dictionary::parse(ACTORS, AGENTS);
        let dir =
            std::env::temp_dir().join(format!("sitrep-petrarch2-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.tsv"), dict.actors_tsv(19_950_101)).unwrap();
        std::fs::write(dir.join("b.tsv"), dict.agents_tsv()).unwrap();
        let mut lex = sitrep_actors::Lexicon::empty().unwrap();
        let loaded = lex.extend_from_dir(&dir);
        let _ = std::fs::remove_dir_all(&dir);
        loaded.unwrap();
        let codes: Vec<String> = lex
            .find("Minas Tirith soldiers met Arnor authorities.")
            .into_iter()
            .map(|m| m.actor.code)
            .collect();
        assert_eq!(codes, ["GONMIL", "ARNGOV"]);
    }

    fn record(id: &str, category: &str, expected: &[(&str, &str, &str)]) -> Record {
        Record {
            id: id.to_owned(),
            date: "19950101".to_owned(),
            category: category.to_owned(),
            text: "x".to_owned(),
            expected_events: expected
                .iter()
                .map(|(s, t, e)| GoldEvent {
                    source: (*s).to_owned(),
                    target: (*t).to_owned(),
                    event: (*e).to_owned(),
                })
                .collect(),
            expects_no_events: expected.is_empty(),
        }
    }

    #[test]
    fn scores_two_records() {
        let records = [
            record(
                "DEMO-00",
                "DEMO",
                &[("ARN", "GON", "064"), ("GONMIL", "MOR", "190")],
            ),
            record("DEMO-01", "DEMO", &[]),
            record("ERROR-01", "ERROR", &[]),
            record("SYNSET-01", "SYNSET", &[("ARN", "GON", "903")]),
        ];
        let report = score(&records, |i, _| match i {
            // Right event; same root but wrong code and wrong source; a negated one is no
            // prediction; a duplicate counts once.
            0 => vec![
                coding("064", "ARN", "GON", false),
                coding("064", "ARN", "GON", false),
                coding("193", "GON", "MOR", false),
                coding("111", "ARN", "GON", true),
            ],
            1 => vec![coding("010", "ARN", "GON", false)],
            _ => panic!("skipped records are not coded"),
        });
        assert_eq!((report.skipped_error, report.skipped_test_only), (1, 1));
        let all = report.all();
        assert_eq!((all.records, all.gold, all.predicted), (2, 2, 3));
        assert_eq!((all.exact, all.root_pairs, all.code_pairs), (1, 2, 1));
        assert_eq!(all.dyad_pairs, 1, "ARN->GON; GON->MOR is not GONMIL->MOR");
        assert_eq!(
            (all.source_right, all.target_right, all.both_right),
            (1, 2, 1)
        );
        assert_eq!(
            (all.records_right, all.no_event, all.no_event_right),
            (0, 1, 0)
        );
        assert_eq!(
            report
                .actor_confusions
                .get(&("GONMIL".to_owned(), "GON".to_owned())),
            Some(&1)
        );
        assert_eq!(
            report
                .root_confusions
                .get(&("none".to_owned(), "01".to_owned())),
            Some(&1)
        );
        assert_eq!(report.by_category.get("DEMO"), Some(&all));
        let (p, r, _) = all.exact_prf();
        assert!((p - 1.0 / 3.0).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
    }
}
