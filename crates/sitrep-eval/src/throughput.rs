//! Throughput of ingest + clean + split, of extraction (events with their dates, places and
//! figures), and whether memory stays flat as the input grows.
//!
//! Three corpora from `shared/data`, read exactly as `sitrep ingest` reads them:
//!
//! - `bbc-news-2225/bbc-news-2225.jsonl.gz`: 2,225 BBC articles as JSONL text;
//! - `reuters-21578/reuters21578.jsonl.gz`: 21,578 Reuters wire stories as JSONL text (records
//!   without a body are rejected with a diagnostic, as in a real ingest, and counted apart);
//! - `article-extraction-benchmark/html/*.html.gz`: 181 gzipped HTML pages from many sites,
//!   once read from the files and once unpacked into memory before the clock starts (as
//!   `bench/peer_trafilatura.py` hands them to trafilatura).
//!
//! Each corpus is run `passes` times in one thread. A pass streams the input through
//! [`sitrep_ingest::read_input`] and [`Pipeline::process`] (decode, clean or extract the main
//! content, metadata, sentence and token split) and [`Pipeline::extract`] (events and actors)
//! and drops each article, as a streaming consumer would; the rates are taken over all passes,
//! with the clock read around each stage. To see what extraction spends where, every article is
//! also run through [`sitrep::Extractor::codings`] (actor matching and event coding, per
//! sentence) and [`sitrep::Extractor::findings_for`] (dates, casualty figures, places) on their own;
//! those two runs are not counted in the pipeline rate. After the first and after the last pass
//! the process's peak resident memory (`VmHWM` from `/proc/self/status`, Linux only) is read:
//! equal figures mean memory does not grow with the amount of input. A last run stores one pass
//! in a fresh SQLite file with [`Pipeline::ingest`], batches and full-text index included.
//!
//! Wall-clock figures depend on the machine; the report says which one in its caller's notes
//! (`docs/measurements.md`), and only the command line makes them reproducible.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Instant;

use sitrep::Pipeline;
use sitrep::store::SqliteStore;
use sitrep_model::Severity;

use crate::Error;

/// One corpus measured.
#[derive(Debug, Clone)]
pub struct CorpusRun {
    /// Short name, e.g. `bbc-news-2225 (JSONL text)`.
    pub name: String,
    /// Articles cleaned per pass.
    pub articles: usize,
    /// Inputs rejected per pass (with a diagnostic each).
    pub rejected: usize,
    /// Raw bytes of the articles per pass.
    pub bytes: u64,
    /// Sentences produced per pass (a check that the work was done).
    pub sentences: usize,
    /// Passes run.
    pub passes: usize,
    /// Seconds for all passes: ingest, clean and split.
    pub seconds: f64,
    /// Seconds for all passes: extraction.
    pub extract_seconds: f64,
    /// Events extracted per pass.
    pub events: usize,
    /// Seconds for all passes: event coding alone (actors and coder, every sentence).
    pub coding_seconds: f64,
    /// Seconds for all passes: dates, casualty figures and places alone.
    pub findings_seconds: f64,
    /// Peak resident memory after the first pass and after the last, in KiB.
    pub peak_kib: (Option<u64>, Option<u64>),
    /// Seconds to ingest one pass into a new SQLite store (`Pipeline::ingest`).
    pub store_seconds: f64,
    /// Articles newly stored by that run.
    pub stored: usize,
}

impl CorpusRun {
    /// Articles per second over all passes, one thread: ingest, clean and split.
    pub fn rate(&self) -> f64 {
        (self.articles * self.passes) as f64 / self.seconds.max(1e-9)
    }

    /// Articles per second of the whole pipeline without the store: ingest, clean, split and
    /// extract.
    pub fn full_rate(&self) -> f64 {
        (self.articles * self.passes) as f64 / (self.seconds + self.extract_seconds).max(1e-9)
    }

    /// Sentences per second of event coding alone (actor matching and the coder).
    pub fn coding_rate(&self) -> f64 {
        (self.sentences * self.passes) as f64 / self.coding_seconds.max(1e-9)
    }

    /// What dates, figures and places cost beside event coding (the target is at most 0.5).
    pub fn findings_share(&self) -> f64 {
        self.findings_seconds / self.coding_seconds.max(1e-9)
    }

    /// Articles per second when storing too.
    pub fn store_rate(&self) -> f64 {
        self.stored as f64 / self.store_seconds.max(1e-9)
    }
}

/// The throughput report.
#[derive(Debug, Clone)]
pub struct Report {
    pub runs: Vec<CorpusRun>,
}

/// Measure every corpus found under `data_dir` with `passes` passes each.
pub fn run_throughput(data_dir: &Path, passes: usize) -> Result<Report, Error> {
    let passes = passes.max(1);
    let corpora = [
        (
            "bbc-news-2225 (JSONL text)",
            vec![data_dir.join("bbc-news-2225/bbc-news-2225.jsonl.gz")],
        ),
        (
            "reuters-21578 (JSONL text)",
            vec![data_dir.join("reuters-21578/reuters21578.jsonl.gz")],
        ),
        (
            "Zyte pages (HTML, .html.gz)",
            html_pages(&data_dir.join("article-extraction-benchmark/html"))?,
        ),
    ];
    let mut runs = Vec::new();
    for (name, inputs) in corpora {
        for input in &inputs {
            if !input.exists() {
                return Err(Error::Io {
                    path: input.clone(),
                    source: std::io::Error::new(std::io::ErrorKind::NotFound, "not found"),
                });
            }
        }
        runs.push(measure(name, &Inputs::Files(inputs), passes)?);
    }
    // The same pages unpacked into memory before the clock starts, as the peer script gives them
    // to trafilatura: reading and gunzip are then left out on both sides.
    let pages = html_pages(&data_dir.join("article-extraction-benchmark/html"))?
        .into_iter()
        .map(|path| {
            let packed = std::fs::read(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            let page = sitrep_ingest::capped::gunzip_capped(&packed, 64 << 20).map_err(|e| {
                Error::Data {
                    path: path.clone(),
                    message: e.to_string(),
                }
            })?;
            let name = path.display().to_string();
            Ok((name.trim_end_matches(".gz").to_string(), page))
        })
        .collect::<Result<Vec<_>, Error>>()?;
    runs.push(measure(
        "Zyte pages (HTML, in memory)",
        &Inputs::Memory(pages),
        passes,
    )?);
    Ok(Report { runs })
}

/// What a corpus is read from.
enum Inputs {
    /// Paths, read with [`sitrep_ingest::read_input`] as `sitrep ingest` reads them.
    Files(Vec<PathBuf>),
    /// Named documents already in memory, read with [`sitrep_ingest::read_bytes`].
    Memory(Vec<(String, Vec<u8>)>),
}

impl Inputs {
    fn read(
        &self,
        pipeline: &Pipeline,
        on_doc: &mut dyn FnMut(sitrep::RawDoc),
        on_diag: &mut dyn FnMut(sitrep::Diagnostic),
    ) {
        let cfg = &pipeline.config.ingest;
        match self {
            Inputs::Files(paths) => {
                for path in paths {
                    sitrep_ingest::read_input(&path.display().to_string(), cfg, on_doc, on_diag);
                }
            }
            Inputs::Memory(docs) => {
                for (name, bytes) in docs {
                    sitrep_ingest::read_bytes(name, None, bytes.clone(), cfg, on_doc, on_diag);
                }
            }
        }
    }
}

fn html_pages(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .collect::<Result<Vec<_>, _>>()
        .map_err(io)?
        .into_iter()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    pages.sort();
    Ok(pages)
}

fn measure(name: &str, inputs: &Inputs, passes: usize) -> Result<CorpusRun, Error> {
    let pipeline = Pipeline::default();
    let mut run = CorpusRun {
        name: name.to_string(),
        articles: 0,
        rejected: 0,
        bytes: 0,
        sentences: 0,
        passes,
        seconds: 0.0,
        extract_seconds: 0.0,
        events: 0,
        coding_seconds: 0.0,
        findings_seconds: 0.0,
        peak_kib: (None, None),
        store_seconds: 0.0,
        stored: 0,
    };
    // Build the lexicons and load the gazetteer before any clock starts.
    let extractor = pipeline.extractor().map_err(|e| Error::Data {
        path: PathBuf::from("data"),
        message: e.to_string(),
    })?;
    let _ = extractor.extract(
        &pipeline
            .process(&sitrep::RawDoc::new(
                "warm-up",
                None,
                sitrep_model::InputFormat::Text,
                b"Talks resumed in Doha on Monday.".to_vec(),
                sitrep_model::RawHints::default(),
            ))
            .0,
    );
    let (mut total, mut extracting, mut coding, mut finding) = (0.0, 0.0, 0.0, 0.0);
    let mut start = Instant::now();
    for pass in 0..passes {
        let (mut articles, mut rejected, mut bytes, mut sentences, mut events) = (0, 0, 0u64, 0, 0);
        inputs.read(
            &pipeline,
            &mut |raw| {
                bytes += raw.bytes.len() as u64;
                let (article, _) = pipeline.process(&raw);
                let cleaned = Instant::now();
                events += extractor.extract(&article).events.len();
                let extracted = Instant::now();
                total += cleaned.duration_since(start).as_secs_f64();
                extracting += extracted.duration_since(cleaned).as_secs_f64();
                // The two halves of extraction on their own, off the pipeline's clock.
                let coded = std::hint::black_box(extractor.codings(&article, &[]));
                let t1 = Instant::now();
                let found = std::hint::black_box(extractor.findings_for(&article, &coded.1));
                let t2 = Instant::now();
                coding += t1.duration_since(extracted).as_secs_f64();
                finding += t2.duration_since(t1).as_secs_f64();
                drop((coded, found));
                sentences += article.sentences.len();
                articles += 1;
                start = Instant::now();
            },
            &mut |d| {
                if d.severity == Severity::Error {
                    rejected += 1;
                }
            },
        );
        total += start.elapsed().as_secs_f64();
        if pass == 0 {
            (
                run.articles,
                run.rejected,
                run.bytes,
                run.sentences,
                run.events,
            ) = (articles, rejected, bytes, sentences, events);
            run.peak_kib.0 = peak_rss_kib();
        }
        start = Instant::now();
    }
    (run.seconds, run.extract_seconds) = (total, extracting);
    (run.coding_seconds, run.findings_seconds) = (coding, finding);
    run.peak_kib.1 = peak_rss_kib();

    let db = std::env::temp_dir().join(format!(
        "sitrep-throughput-{}-{}.db",
        std::process::id(),
        runs_key(name)
    ));
    let _ = std::fs::remove_file(&db);
    let stored = (|| -> Result<(usize, f64), sitrep::Error> {
        let mut store = SqliteStore::open(&db)?;
        let start = Instant::now();
        let summary = match inputs {
            Inputs::Files(paths) => {
                let specs: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
                pipeline.ingest(&mut store, &specs, "throughput", &mut |_| {})?
            }
            Inputs::Memory(docs) => pipeline.ingest_with(
                &mut store,
                "throughput (in memory)",
                "throughput",
                &mut |_| {},
                |on_doc, on_diag| {
                    for (name, bytes) in docs {
                        let cfg = &pipeline.config.ingest;
                        sitrep_ingest::read_bytes(name, None, bytes.clone(), cfg, on_doc, on_diag);
                    }
                },
            )?,
        };
        Ok((summary.ingested, start.elapsed().as_secs_f64()))
    })();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
    }
    let (stored, seconds) = stored.map_err(|e| Error::Data {
        path: db.clone(),
        message: e.to_string(),
    })?;
    run.stored = stored;
    run.store_seconds = seconds;
    Ok(run)
}

fn runs_key(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .take(12)
        .collect()
}

/// The peak resident set size of this process, in KiB (`VmHWM`), where the OS tells it.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "one thread; articles/s over all passes: ingest + clean + split (clean), the same plus extraction\n\
             (full), and one pass stored; peak RSS after the first and the last pass; event coding alone in\n\
             sentences/s, and what dates + figures + places cost beside it (target <= 0.5)"
        )?;
        writeln!(
            f,
            "{:<28} {:>8} {:>8} {:>7} {:>6} {:>7} {:>10} {:>9} {:>9} {:>21} {:>12} {:>10} {:>8}",
            "corpus",
            "articles",
            "rejected",
            "MB",
            "passes",
            "events",
            "clean/s",
            "MB/s",
            "full/s",
            "peak RSS MiB (1st/last)",
            "stored art/s",
            "coding s/s",
            "findings"
        )?;
        let mib =
            |k: Option<u64>| k.map_or("n/a".to_string(), |k| format!("{:.0}", k as f64 / 1024.0));
        for r in &self.runs {
            let mb = r.bytes as f64 / 1e6;
            writeln!(
                f,
                "{:<28} {:>8} {:>8} {:>7.1} {:>6} {:>7} {:>10.0} {:>9.1} {:>9.0} {:>21} {:>12.0} {:>10.0} {:>8.2}",
                r.name,
                r.articles,
                r.rejected,
                mb,
                r.passes,
                r.events,
                r.rate(),
                mb * r.passes as f64 / r.seconds.max(1e-9),
                r.full_rate(),
                format!("{}/{}", mib(r.peak_kib.0), mib(r.peak_kib.1)),
                r.store_rate(),
                r.coding_rate(),
                r.findings_share(),
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peak_memory_is_read_on_linux() {
        if cfg!(target_os = "linux") {
            let kib = peak_rss_kib().expect("VmHWM");
            assert!(kib > 100, "{kib}");
        }
    }

    #[test]
    fn a_small_corpus_is_measured_end_to_end() {
        let dir = std::env::temp_dir().join(format!("sitrep-tp-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("bbc-news-2225")).unwrap();
        std::fs::create_dir_all(dir.join("reuters-21578")).unwrap();
        std::fs::create_dir_all(dir.join("article-extraction-benchmark/html")).unwrap();
        let gz = |text: &str| {
            use std::io::Write;
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            enc.write_all(text.as_bytes()).unwrap();
            enc.finish().unwrap()
        };
        let lines = "{\"title\":\"A\",\"text\":\"Talks resumed on Monday. Both sides agreed.\"}\n{\"title\":\"B\"}\n";
        std::fs::write(dir.join("bbc-news-2225/bbc-news-2225.jsonl.gz"), gz(lines)).unwrap();
        std::fs::write(dir.join("reuters-21578/reuters21578.jsonl.gz"), gz(lines)).unwrap();
        std::fs::write(
            dir.join("article-extraction-benchmark/html/p.html.gz"),
            gz("<html><body><article><p>The ferry resumed service on Monday after repairs to the pier were finished.</p></article></body></html>"),
        )
        .unwrap();
        let report = run_throughput(&dir, 2).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(report.runs.len(), 4);
        let bbc = &report.runs[0];
        // One good record, one without text: rejected and counted, never dropped silently.
        assert_eq!(
            (bbc.articles, bbc.rejected, bbc.sentences, bbc.stored),
            (1, 1, 2, 1)
        );
        assert_eq!(report.runs[2].articles, 1);
        assert_eq!(report.runs[3].articles, 1);
        assert_eq!(report.runs[3].stored, 1);
        assert!(report.to_string().contains("bbc-news-2225"));
    }
}
