//! Main-content extraction quality, measured two ways.
//!
//! 1. The Zyte/Scrapinghub article-extraction benchmark
//!    (`article-extraction-benchmark/`: 181 gzip'd pages, `ground-truth.json`, stored outputs of
//!    other extractors in `baseline-output/`). Each page's predicted and gold article bodies are cut
//!    into word 4-gram shingles; TP/FP/FN are counted on the shingle multisets and normalised by
//!    their sum so that long pages weigh no more than short ones; precision and recall are averaged
//!    over pages and F1 is taken of the two means. This follows the benchmark's `evaluate.py`
//!    exactly, including its edge rules (see [`PageCounts::precision`]).
//!
//!    Two more rows measure the plain-text cleaner ([`sitrep_clean::text::clean_text`]) on the
//!    same pages: each page is first rendered as a naive scraper would
//!    ([`crate::scrape::naive_scrape`]: all text, menus and footers included), then cleaned;
//!    like the HTML row (`sitrep`), only the cleaned body is scored, not the title, byline or
//!    date line the cleaner takes out as metadata. The uncleaned scrape is scored too, as the
//!    floor (the benchmark's published "all visible text" figure, html-text, is F1 0.665).
//! 2. trafilatura's evaluation snippets (`trafilatura-eval-en/`: 175 pages, each with strings
//!    that must appear in the main text and strings that must not), plus exact-match rates of the
//!    publication day (read with [`sitrep_clean::dates::parse_timestamp`]) and the title.
//!
//! Pages are split once and for all into a `tune` half (first hex digit of the SHA-256 of the file
//! name in `0`–`7`; the benchmark's file names already are SHA-256 digests) and a `held-out` half.
//! Rules are tuned by looking at failures on the tune half only; the held-out half tells whether
//! they generalise.

use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::Error;

/// Largest decompressed page we read; the biggest benchmark page is 1.6 MB.
const MAX_PAGE_BYTES: u64 = 64 << 20;

/// Stored outputs of other extractors, by file stem in `baseline-output/`.
pub const BASELINES: [&str; 5] = [
    "trafilatura",
    "readability_js",
    "readability",
    "go_trafilatura",
    "newspaper",
];

/// The benchmark row of the plain-text cleaner run on each page's naive scrape.
pub const TEXT_CLEANER_ROW: &str = "sitrep text cleaner (naive scrape)";

/// The benchmark row of the naive scrape itself, the floor for any cleaner.
pub const NAIVE_SCRAPE_ROW: &str = "naive scrape, uncleaned";

/// Which half of the fixed split a page belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Half {
    /// Pages whose failures may be looked at while writing rules.
    Tune,
    /// Pages kept aside to check that the rules generalise.
    HeldOut,
}

impl Half {
    /// The half of a page named `name`: a 64-hex-digit name (the benchmark's SHA-256 file names)
    /// is used as its own digest, any other name is hashed with SHA-256 first. First hex digit
    /// `0`–`7` is the tune half.
    pub fn of(name: &str) -> Half {
        let stem = name.split('.').next().unwrap_or(name);
        let first_digit = if stem.len() == 64 && stem.bytes().all(|b| b.is_ascii_hexdigit()) {
            stem.bytes().next().and_then(|b| char::from(b).to_digit(16))
        } else {
            Sha256::digest(name.as_bytes())
                .first()
                .map(|byte| u32::from(byte >> 4))
        };
        match first_digit {
            Some(d) if d < 8 => Half::Tune,
            _ => Half::HeldOut,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Half::Tune => "tune",
            Half::HeldOut => "held-out",
        }
    }
}

/// The words of a text as the benchmark sees them: maximal runs of alphanumeric characters or
/// `_` (the regex `\w+` with Unicode classes). Rust's `char::is_alphanumeric` also counts the
/// combining vowel signs of some scripts, which Python's `\w` does not; on the stored baseline
/// outputs this scorer reproduces the published F1 figures to within 0.001.
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                tokens.extend(text.get(s..i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.extend(text.get(s..));
    }
    tokens
}

/// The multiset of word `n`-gram shingles of a token sequence. A sequence shorter than `n`
/// (but not empty) is one shingle of all its tokens, as in the benchmark.
fn shingles<'t>(tokens: &'t [&'t str], n: usize) -> HashMap<&'t [&'t str], usize> {
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    if tokens.len() < n {
        counts.insert(tokens, 1);
        return counts;
    }
    for shingle in tokens.windows(n) {
        *counts.entry(shingle).or_insert(0) += 1;
    }
    counts
}

/// One page's shingle matching: true positives, false positives and false negatives, each
/// divided by their sum (all zero when both texts have no words).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PageCounts {
    /// Shingles in both texts (share of all counted shingles).
    pub tp: f64,
    /// Predicted shingles not in the gold text.
    pub fp: f64,
    /// Gold shingles missing from the prediction.
    pub fn_: f64,
    /// Whether the predicted token sequence equals the gold one.
    pub exact: bool,
}

impl PageCounts {
    /// Per-page precision: 1 when nothing is wrong (no FP, no FN), 0 when nothing was predicted
    /// right (no TP, no FP), else TP / (TP + FP).
    pub fn precision(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fp == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fp)
        }
    }

    /// Per-page recall, with the same edge rules as [`PageCounts::precision`].
    pub fn recall(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fn_ == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fn_)
        }
    }
}

/// Match the word 4-gram shingles of a predicted text against a gold text.
pub fn match_shingles(gold: &str, predicted: &str) -> PageCounts {
    let gold_tokens = tokenize(gold);
    let pred_tokens = tokenize(predicted);
    let gold_shingles = shingles(&gold_tokens, 4);
    let pred_shingles = shingles(&pred_tokens, 4);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (shingle, &g) in &gold_shingles {
        let p = pred_shingles.get(shingle).copied().unwrap_or(0);
        tp += g.min(p);
        fn_ += g.saturating_sub(p);
    }
    for (shingle, &p) in &pred_shingles {
        let g = gold_shingles.get(shingle).copied().unwrap_or(0);
        fp += p.saturating_sub(g);
    }
    let sum = (tp + fp + fn_) as f64;
    let norm = |x: usize| if sum > 0.0 { x as f64 / sum } else { 0.0 };
    PageCounts {
        tp: norm(tp),
        fp: norm(fp),
        fn_: norm(fn_),
        exact: gold_tokens == pred_tokens,
    }
}

/// Benchmark scores over a set of pages.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scores {
    /// Number of pages scored.
    pub pages: usize,
    /// Mean per-page precision over pages with TP + FP > 0.
    pub precision: f64,
    /// Mean per-page recall over pages with TP + FN > 0.
    pub recall: f64,
    /// Harmonic mean of the two means.
    pub f1: f64,
    /// Share of pages whose predicted token sequence equals the gold one.
    pub accuracy: f64,
}

impl Scores {
    /// Aggregate per-page counts the way the benchmark does.
    pub fn from_pages(pages: &[PageCounts]) -> Scores {
        let precision = mean(
            pages
                .iter()
                .filter(|p| p.tp + p.fp > 0.0)
                .map(PageCounts::precision),
        );
        let recall = mean(
            pages
                .iter()
                .filter(|p| p.tp + p.fn_ > 0.0)
                .map(PageCounts::recall),
        );
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        let exact = pages.iter().filter(|p| p.exact).count();
        Scores {
            pages: pages.len(),
            precision,
            recall,
            f1,
            accuracy: ratio(exact, pages.len()),
        }
    }
}

fn per_second(count: usize, elapsed: Duration) -> f64 {
    let secs = elapsed.as_secs_f64();
    if secs > 0.0 { count as f64 / secs } else { 0.0 }
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// One benchmark page as scored for our extractor.
#[derive(Debug, Clone)]
pub struct PageScore {
    /// The page's file stem (its SHA-256).
    pub name: String,
    /// The page's URL.
    pub url: String,
    /// Its half of the split.
    pub half: Half,
    /// Our shingle counts on it.
    pub counts: PageCounts,
}

/// Snippet hits on trafilatura's evaluation pages, and how often our publication date and title
/// equal the gold ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SnippetCounts {
    /// Pages checked.
    pub pages: usize,
    /// `with` snippets found in our text.
    pub with_found: usize,
    /// `with` snippets missing from our text.
    pub with_missed: usize,
    /// `without` snippets found in our text (boilerplate kept).
    pub without_found: usize,
    /// `without` snippets absent from our text.
    pub without_absent: usize,
    /// Pages with a gold publication date, and of those, pages where ours has the same day.
    pub dates: (usize, usize),
    /// Pages with a gold title, and of those, pages where ours is the same text.
    pub titles: (usize, usize),
}

impl SnippetCounts {
    fn add(&mut self, other: &SnippetCounts) {
        self.pages += other.pages;
        self.with_found += other.with_found;
        self.with_missed += other.with_missed;
        self.without_found += other.without_found;
        self.without_absent += other.without_absent;
        self.dates.0 += other.dates.0;
        self.dates.1 += other.dates.1;
        self.titles.0 += other.titles.0;
        self.titles.1 += other.titles.1;
    }

    /// Share of `with` snippets found (trafilatura's recall).
    pub fn with_share(&self) -> f64 {
        ratio(self.with_found, self.with_found + self.with_missed)
    }

    /// Share of `without` snippets absent.
    pub fn without_share(&self) -> f64 {
        ratio(
            self.without_absent,
            self.without_found + self.without_absent,
        )
    }

    /// trafilatura's precision: found `with` over all found snippets.
    pub fn precision(&self) -> f64 {
        ratio(self.with_found, self.with_found + self.without_found)
    }

    /// trafilatura's F1 over all snippets.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.with_share());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

/// One row of the benchmark table: a system on one half (or on all pages).
#[derive(Debug, Clone)]
pub struct BenchmarkRow {
    /// `sitrep`, [`TEXT_CLEANER_ROW`], [`NAIVE_SCRAPE_ROW`] or a baseline's name.
    pub system: String,
    /// `tune`, `held-out` or `all`.
    pub subset: &'static str,
    /// Its scores there.
    pub scores: Scores,
}

/// The whole extraction evaluation; displays as plain tables.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Shingle scores per subset, in this order: sitrep's HTML extractor, the plain-text cleaner
    /// on the naive scrape ([`TEXT_CLEANER_ROW`]), each stored baseline, and the naive scrape
    /// uncleaned ([`NAIVE_SCRAPE_ROW`]).
    pub benchmark: Vec<BenchmarkRow>,
    /// sitrep's per-page benchmark scores, in file-name order (for looking at failures).
    pub pages: Vec<PageScore>,
    /// Snippet hits on trafilatura's pages: tune, held-out, all.
    pub snippets: Vec<(&'static str, SnippetCounts)>,
    /// Benchmark pages extracted and the time spent in [`sitrep_clean::html::extract`] alone.
    pub timing: Timing,
}

/// Time spent extracting, excluding reading and decompressing files.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timing {
    /// Pages extracted.
    pub pages: usize,
    /// Their HTML bytes.
    pub bytes: usize,
    /// Total extraction time.
    pub elapsed: Duration,
    /// Pages of 50–100 KB (the typical news page) and the time spent on them.
    pub typical: (usize, Duration),
}

impl Timing {
    /// Pages extracted per second on one thread.
    pub fn pages_per_second(&self) -> f64 {
        per_second(self.pages, self.elapsed)
    }

    /// Pages of 50–100 KB extracted per second on one thread.
    pub fn typical_pages_per_second(&self) -> f64 {
        per_second(self.typical.0, self.typical.1)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The system column is at least 16 wide and grows to the longest name.
        let width = self
            .benchmark
            .iter()
            .map(|row| row.system.chars().count())
            .fold(16, usize::max);
        writeln!(
            f,
            "article-extraction-benchmark (word 4-gram shingles)\n{:<width$} {:<9} {:>5} {:>6} {:>9} {:>6} {:>8}",
            "system", "subset", "pages", "F1", "precision", "recall", "accuracy"
        )?;
        for row in &self.benchmark {
            let s = &row.scores;
            writeln!(
                f,
                "{:<width$} {:<9} {:>5} {:>6.3} {:>9.3} {:>6.3} {:>8.3}",
                row.system, row.subset, s.pages, s.f1, s.precision, s.recall, s.accuracy
            )?;
        }
        writeln!(
            f,
            "\ntrafilatura-eval-en (snippets; metadata exact match)\n{:<9} {:>5} {:>10} {:>14} {:>9} {:>6} {:>11} {:>11}",
            "subset", "pages", "with found", "without absent", "precision", "F1", "date", "title"
        )?;
        for (subset, c) in &self.snippets {
            writeln!(
                f,
                "{:<9} {:>5} {:>10.3} {:>14.3} {:>9.3} {:>6.3} {:>4}/{:<4}   {:>4}/{:<4}",
                subset,
                c.pages,
                c.with_share(),
                c.without_share(),
                c.precision(),
                c.f1(),
                c.dates.1,
                c.dates.0,
                c.titles.1,
                c.titles.0,
            )?;
        }
        let t = &self.timing;
        writeln!(
            f,
            "\nspeed: {} pages, {:.1} MB in {:.3} s: {:.0} pages/s on one thread; \
             the {} pages of 50-100 KB: {:.0} pages/s",
            t.pages,
            t.bytes as f64 / 1e6,
            t.elapsed.as_secs_f64(),
            t.pages_per_second(),
            t.typical.0,
            t.typical_pages_per_second()
        )
    }
}

#[derive(Deserialize)]
struct GoldPage {
    #[serde(rename = "articleBody", default)]
    article_body: String,
    #[serde(default)]
    url: String,
}

#[derive(Deserialize)]
struct SnippetPage {
    file: String,
    #[serde(default)]
    with: Vec<String>,
    #[serde(default)]
    without: Vec<String>,
    html_gz: String,
    /// Gold publication day, `YYYY-MM-DD`.
    #[serde(default)]
    date: Option<String>,
    /// Gold title.
    #[serde(default)]
    title: Option<String>,
}

/// Run both evaluations on the data directory (`shared/data`).
///
/// # Errors
/// When a benchmark file is missing, unreadable or malformed. A missing baseline file only
/// drops that baseline from the table.
pub fn run_extraction(data_dir: &Path) -> Result<Report, Error> {
    let mut report = Report::default();
    run_benchmark(&data_dir.join("article-extraction-benchmark"), &mut report)?;
    run_snippets(&data_dir.join("trafilatura-eval-en"), &mut report)?;
    Ok(report)
}

fn run_benchmark(dir: &Path, report: &mut Report) -> Result<(), Error> {
    let gold_path = dir.join("ground-truth.json");
    let gold: HashMap<String, GoldPage> = read_json(&gold_path)?;
    let mut names: Vec<&String> = gold.keys().collect();
    names.sort();

    let mut ours = Vec::with_capacity(names.len());
    let mut scraped = Vec::with_capacity(names.len());
    let mut text_cleaned = Vec::with_capacity(names.len());
    for name in &names {
        let page_path = dir.join("html").join(format!("{name}.html.gz"));
        let html = read_gz_text(&page_path)?;
        let Some(gold_page) = gold.get(*name) else {
            continue;
        };
        let url = Some(gold_page.url.as_str()).filter(|u| !u.is_empty());
        let started = Instant::now();
        let extracted = sitrep_clean::html::extract(&html, url);
        let spent = started.elapsed();
        report.timing.elapsed += spent;
        if (50_000..=100_000).contains(&html.len()) {
            report.timing.typical.0 += 1;
            report.timing.typical.1 += spent;
        }
        report.timing.pages += 1;
        report.timing.bytes += html.len();
        let counts = match_shingles(&gold_page.article_body, &extracted.text);
        // The plain-text cleaner sees the page as a naive scraper would. Like the HTML row, only
        // the body is scored: the title, byline and date line it takes out are metadata.
        let scrape = crate::scrape::naive_scrape(&html);
        let cleaned = sitrep_clean::text::clean_text(&scrape);
        let half = Half::of(name);
        scraped.push((half, match_shingles(&gold_page.article_body, &scrape)));
        text_cleaned.push((half, match_shingles(&gold_page.article_body, &cleaned.text)));
        ours.push(PageScore {
            name: (*name).clone(),
            url: gold_page.url.clone(),
            half: Half::of(name),
            counts,
        });
    }
    push_rows(
        &mut report.benchmark,
        "sitrep",
        ours.iter().map(|p| (p.half, p.counts)),
    );
    report.pages = ours;
    push_rows(
        &mut report.benchmark,
        TEXT_CLEANER_ROW,
        text_cleaned.into_iter(),
    );

    for system in BASELINES {
        let path = dir.join("baseline-output").join(format!("{system}.json"));
        if !path.exists() {
            continue;
        }
        let output = read_baseline(&path)?;
        let scored = names.iter().filter_map(|name| {
            let gold_page = gold.get(*name)?;
            let predicted = output.get(*name).map_or("", String::as_str);
            Some((
                Half::of(name),
                match_shingles(&gold_page.article_body, predicted),
            ))
        });
        push_rows(&mut report.benchmark, system, scored);
    }
    push_rows(&mut report.benchmark, NAIVE_SCRAPE_ROW, scraped.into_iter());
    Ok(())
}

fn push_rows(
    rows: &mut Vec<BenchmarkRow>,
    system: &str,
    pages: impl Iterator<Item = (Half, PageCounts)>,
) {
    let pages: Vec<(Half, PageCounts)> = pages.collect();
    let subset = |half: Option<Half>| -> Vec<PageCounts> {
        pages
            .iter()
            .filter(|(h, _)| half.is_none_or(|want| *h == want))
            .map(|(_, c)| *c)
            .collect()
    };
    for (label, half) in [
        (Half::Tune.label(), Some(Half::Tune)),
        (Half::HeldOut.label(), Some(Half::HeldOut)),
        ("all", None),
    ] {
        rows.push(BenchmarkRow {
            system: system.to_string(),
            subset: label,
            scores: Scores::from_pages(&subset(half)),
        });
    }
}

/// A stored baseline output: `{"output": {name: {"articleBody": ..}}}` or the older flat
/// `{name: {"articleBody": ..}}`.
fn read_baseline(path: &Path) -> Result<HashMap<String, String>, Error> {
    let value: serde_json::Value = read_json(path)?;
    let pages = value.get("output").unwrap_or(&value);
    let Some(pages) = pages.as_object() else {
        return Err(Error::Data {
            path: path.to_path_buf(),
            message: "expected an object of pages".to_string(),
        });
    };
    Ok(pages
        .iter()
        .map(|(name, page)| {
            let body = page
                .get("articleBody")
                .and_then(serde_json::Value::as_str)
                .unwrap_or("");
            (name.clone(), body.to_string())
        })
        .collect())
}

fn run_snippets(dir: &Path, report: &mut Report) -> Result<(), Error> {
    let pages: HashMap<String, SnippetPage> = read_json(&dir.join("evaldata-en-subset.json"))?;
    let mut urls: Vec<&String> = pages.keys().collect();
    urls.sort();
    let mut tune = SnippetCounts::default();
    let mut held_out = SnippetCounts::default();
    for url in urls {
        let Some(page) = pages.get(url) else {
            continue;
        };
        let html = read_gz_text(&dir.join(&page.html_gz))?;
        let extracted = sitrep_clean::html::extract(&html, Some(url.as_str()));
        let mut counts = check_snippets(&extracted.text, &page.with, &page.without);
        if let Some(gold) = page.date.as_deref().filter(|d| !d.is_empty()) {
            let ours = extracted
                .published
                .as_ref()
                .and_then(|(raw, _)| sitrep_clean::dates::parse_timestamp(raw))
                .and_then(|stamp| stamp.date);
            counts.dates = (1, usize::from(ours.as_deref() == Some(gold)));
        }
        if let Some(gold) = page.title.as_deref().filter(|t| !t.is_empty()) {
            let same = extracted.title.as_deref().map(str::trim) == Some(gold.trim());
            counts.titles = (1, usize::from(same));
        }
        match Half::of(&page.file) {
            Half::Tune => tune.add(&counts),
            Half::HeldOut => held_out.add(&counts),
        }
    }
    let mut all = tune;
    all.add(&held_out);
    report.snippets = vec![
        (Half::Tune.label(), tune),
        (Half::HeldOut.label(), held_out),
        ("all", all),
    ];
    Ok(())
}

/// Count snippet hits in one extracted text. Like trafilatura's evaluation, whitespace in the
/// text is collapsed to single spaces first, so a snippet may span a paragraph break.
pub fn check_snippets(text: &str, with: &[String], without: &[String]) -> SnippetCounts {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut counts = SnippetCounts {
        pages: 1,
        ..SnippetCounts::default()
    };
    for snippet in with {
        if flat.contains(snippet.as_str()) {
            counts.with_found += 1;
        } else {
            counts.with_missed += 1;
        }
    }
    for snippet in without {
        if flat.contains(snippet.as_str()) {
            counts.without_found += 1;
        } else {
            counts.without_absent += 1;
        }
    }
    counts
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Error> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_slice(&bytes).map_err(|source| Error::Json {
        path: path.to_path_buf(),
        source,
    })
}

/// Read a gzip'd page as text (invalid UTF-8 replaced), decompressing at most
/// [`MAX_PAGE_BYTES`].
// The decoder is wrapped in `Read::take` right here, which is the cap clippy.toml asks for.
#[allow(clippy::disallowed_types)]
fn read_gz_text(path: &Path) -> Result<String, Error> {
    let io_error = |source| Error::Io {
        path: PathBuf::from(path),
        source,
    };
    let file = std::fs::File::open(path).map_err(io_error)?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .take(MAX_PAGE_BYTES)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn tokenizer_keeps_letters_digits_and_underscore() {
        assert_eq!(
            tokenize("It's 2019—snake_case, café; ¿qué? 東京"),
            vec!["It", "s", "2019", "snake_case", "café", "qué", "東京"]
        );
        assert!(tokenize("  ... -- ").is_empty());
    }

    #[test]
    fn identical_texts_score_one() {
        let c = match_shingles("a b c d e", "a, b; c d\n\ne");
        // Two shingles, both matched: tp = 2/2.
        assert!(close(c.tp, 1.0) && close(c.fp, 0.0) && close(c.fn_, 0.0));
        assert!(c.exact);
        assert!(close(c.precision(), 1.0) && close(c.recall(), 1.0));
    }

    #[test]
    fn extra_and_missing_text_by_hand() {
        // Gold "a b c d e f": shingles abcd, bcde, cdef.
        // Pred "a b c d x": shingles abcd, bcdx. TP=1 (abcd), FP=1 (bcdx), FN=2 (bcde, cdef).
        let c = match_shingles("a b c d e f", "a b c d x");
        assert!(close(c.tp, 0.25) && close(c.fp, 0.25) && close(c.fn_, 0.5));
        assert!(close(c.precision(), 0.5));
        assert!(close(c.recall(), 1.0 / 3.0));
        assert!(!c.exact);
    }

    #[test]
    fn repeated_shingles_count_as_a_multiset() {
        // Gold has "a b c d" twice among 5 shingles (abcd, bcda, cdab, dabc, abcd);
        // the prediction has it once: TP=1, FP=0, FN=4.
        let c = match_shingles("a b c d a b c d", "a b c d");
        assert!(close(c.tp, 0.2) && close(c.fp, 0.0) && close(c.fn_, 0.8));
        assert!(close(c.precision(), 1.0) && close(c.recall(), 0.2));
    }

    #[test]
    fn short_texts_are_one_shingle() {
        // Fewer than four tokens: the whole sequence is a single shingle.
        assert!(close(match_shingles("Hello world", "hello world").tp, 0.0));
        let c = match_shingles("Hello world", "Hello world");
        assert!(close(c.tp, 1.0));
        let c = match_shingles("Hello world", "Hello");
        assert!(close(c.fp, 0.5) && close(c.fn_, 0.5));
    }

    #[test]
    fn edge_rules_for_empty_texts() {
        // Both empty: nothing counted; precision and recall are 1 by the first rule, but the
        // page is left out of both means because TP+FP = TP+FN = 0.
        let both_empty = match_shingles("", "");
        assert!(close(both_empty.precision(), 1.0));
        // Nothing predicted: precision 0 (but excluded from the precision mean), recall 0.
        let nothing = match_shingles("a b c d", "");
        assert!(close(nothing.precision(), 0.0) && close(nothing.recall(), 0.0));
        // Only junk predicted for an empty gold: precision 0, recall excluded.
        let junk = match_shingles("", "x y z w");
        assert!(close(junk.precision(), 0.0));

        // Means: precision over pages with TP+FP>0, recall over pages with TP+FN>0.
        // perfect (p=1, r=1), nothing (r=0 only), junk (p=0 only), both_empty (neither).
        let perfect = match_shingles("a b c d", "a b c d");
        let s = Scores::from_pages(&[perfect, nothing, junk, both_empty]);
        assert!(close(s.precision, 0.5));
        assert!(close(s.recall, 0.5));
        assert!(close(s.f1, 0.5));
        assert_eq!(s.pages, 4);
        // Exact token match: perfect and both_empty.
        assert!(close(s.accuracy, 0.5));
    }

    #[test]
    fn f1_is_of_the_means() {
        // Page 1: p=0.5, r=1/3 (see extra_and_missing_text_by_hand); page 2: p=1, r=0.2.
        let a = match_shingles("a b c d e f", "a b c d x");
        let b = match_shingles("a b c d a b c d", "a b c d");
        let s = Scores::from_pages(&[a, b]);
        let (p, r) = (0.75, (1.0 / 3.0 + 0.2) / 2.0);
        assert!(close(s.precision, p) && close(s.recall, r));
        assert!(close(s.f1, 2.0 * p * r / (p + r)));
    }

    #[test]
    fn halves_follow_the_first_hex_digit() {
        let tune = format!("7{}", "a".repeat(63));
        let held = format!("8{}", "0".repeat(63));
        assert_eq!(Half::of(&tune), Half::Tune);
        assert_eq!(Half::of(&format!("{tune}.html.gz")), Half::Tune);
        assert_eq!(Half::of(&held), Half::HeldOut);
        // Other names are hashed: sha256("abc") starts with "ba", sha256("") with "e3".
        assert_eq!(Half::of("abc"), Half::HeldOut);
        // sha256("a") = ca978112...
        assert_eq!(Half::of("a"), Half::HeldOut);
        // sha256("b") = 3e23e816...
        assert_eq!(Half::of("b"), Half::Tune);
    }

    #[test]
    fn benchmark_columns_stay_aligned_with_long_system_names() {
        let row = |system: &str| BenchmarkRow {
            system: system.to_string(),
            subset: "tune",
            scores: Scores::default(),
        };
        let report = Report {
            benchmark: vec![row("sitrep"), row(TEXT_CLEANER_ROW), row(NAIVE_SCRAPE_ROW)],
            ..Report::default()
        };
        let shown = report.to_string();
        let lines: Vec<&str> = shown.lines().skip(1).take(4).collect();
        let column = TEXT_CLEANER_ROW.len() + 1;
        assert_eq!(lines.first().map(|l| l.find("subset")), Some(Some(column)));
        for line in lines.iter().skip(1) {
            assert_eq!(line.find(" tune ").map(|i| i + 1), Some(column), "{line}");
        }
    }

    #[test]
    fn snippets_match_across_collapsed_whitespace() {
        let text = "First paragraph ends.\n\nSecond   one.";
        let c = check_snippets(
            text,
            &["ends. Second one".to_string(), "missing".to_string()],
            &["Share this".to_string(), "First".to_string()],
        );
        assert_eq!((c.with_found, c.with_missed), (1, 1));
        assert_eq!((c.without_found, c.without_absent), (1, 1));
        assert!(close(c.with_share(), 0.5) && close(c.without_share(), 0.5));
        assert!(close(c.precision(), 0.5));
    }
}
