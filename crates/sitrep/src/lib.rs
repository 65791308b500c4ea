//! sitrep: raw news articles in, a verified, source-linked record of events out.
//!
//! This crate is the facade. It re-exports the stage crates and wires them into one
//! [`Pipeline`] that the command line (and later the HTTP server) drive:
//!
//! ```text
//! ingest (sources -> RawDoc) -> clean (RawDoc -> Article) -> split (Article.text -> sentences)
//!        -> extract (Article -> events, actors) -> store
//! ```
//!
//! Each stage is a pure function plus its `XConfig`; only ingest reads outside bytes and only the
//! store writes. Content problems come back as [`Diagnostic`]s; only IO fails.
//!
//! ```
//! use sitrep::{Pipeline, PipelineConfig};
//! use sitrep::store::SqliteStore;
//!
//! let mut store = SqliteStore::open_in_memory()?;
//! let pipeline = Pipeline::new(PipelineConfig::default());
//! let summary = pipeline.ingest_sample(&mut store, "2025-11-14T00:00:00Z", &mut |_| {})?;
//! assert_eq!(summary.rejected, 0);
//! assert!(summary.ingested >= 12);
//! // The same corpus again stores nothing new.
//! let again = pipeline.ingest_sample(&mut store, "2025-11-14T00:00:00Z", &mut |_| {})?;
//! assert_eq!((again.ingested, again.duplicates), (0, summary.ingested));
//! # Ok::<(), sitrep::Error>(())
//! ```

mod sample;

use std::cell::RefCell;
use std::sync::{Arc, OnceLock};

pub use sitrep_clean as clean;
pub use sitrep_extract as extract;
pub use sitrep_ingest as ingest;
pub use sitrep_model as model;
pub use sitrep_store as store;
pub use sitrep_text as text;

pub use sample::{SampleFile, sample_corpus};
pub use sitrep_extract::{ExtractConfig, Extraction, Extractor, KnownActors};
pub use sitrep_model::{Article, Diagnostic, Event, RawDoc, Severity};

use sitrep_clean::CleanConfig;
use sitrep_ingest::IngestConfig;
use sitrep_store::{RunSummary, SqliteStore};
use sitrep_text::SplitConfig;

/// Errors of the pipeline: only the store can fail; content problems are diagnostics.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The store could not be read or written.
    #[error(transparent)]
    Store(#[from] sitrep_store::Error),
    /// A lexicon (shipped or user-supplied) could not be read.
    #[error("{0}")]
    Lexicon(String),
}

/// Settings of every stage.
#[derive(Debug, Clone, Default)]
pub struct PipelineConfig {
    pub ingest: IngestConfig,
    pub clean: CleanConfig,
    pub split: SplitConfig,
    pub extract: ExtractConfig,
}

/// What happened to one input, reported while a run goes on (for progress bars and stderr).
#[derive(Debug)]
pub enum Progress<'a> {
    /// A problem with an input; `Severity::Error` means it was rejected.
    Diagnostic(&'a Diagnostic),
    /// An article was cleaned and its events extracted; `stored` is false when it was already
    /// in the store.
    Article {
        article: &'a Article,
        extraction: &'a Extraction,
        stored: bool,
    },
    /// A document already in the store (same raw bytes and URL), skipped without cleaning.
    Skipped { raw: &'a RawDoc },
}

/// The closing numbers of a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Articles newly stored.
    pub ingested: usize,
    /// Events extracted from the articles newly stored.
    pub events: usize,
    /// Articles already in the store (same raw bytes and URL), skipped.
    pub duplicates: usize,
    /// Inputs or items rejected, each with a diagnostic.
    pub rejected: usize,
    /// Warnings (decoding guesses, unreadable dates...) on inputs that were kept.
    pub warnings: usize,
}

/// How many people from earlier runs the extractor is told about (the most mentioned first).
const KNOWN_PEOPLE: usize = 2000;

/// The people the store already knows, for resolving "Naqvi" in a new article.
fn known_people(store: &SqliteStore) -> Result<KnownActors, Error> {
    let mut people: Vec<sitrep_model::Actor> = store
        .actors()?
        .into_iter()
        .filter(|a| a.kind == sitrep_model::ActorKind::Person)
        .collect();
    people.truncate(KNOWN_PEOPLE);
    Ok(KnownActors::new(people))
}

/// How many cleaned articles are written per transaction. Each article is written whole or not
/// at all; a crash loses at most the uncommitted batch, which a rerun then stores.
const BATCH: usize = 256;

/// The stages wired together.
#[derive(Debug, Clone, Default)]
pub struct Pipeline {
    pub config: PipelineConfig,
    /// Built on first use (the lexicons take a fraction of a second) and shared by clones.
    extractor: Arc<OnceLock<Result<Extractor, String>>>,
}

impl Pipeline {
    pub fn new(config: PipelineConfig) -> Self {
        Pipeline {
            config,
            extractor: Arc::default(),
        }
    }

    /// The extractor, built from the shipped and user lexicons on first call. Fails with
    /// [`Error::Lexicon`] when a lexicon cannot be read: call it before a run to report that
    /// up front.
    pub fn extractor(&self) -> Result<&Extractor, Error> {
        self.extractor
            .get_or_init(|| Extractor::new(&self.config.extract).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| Error::Lexicon(e.clone()))
    }

    /// The events and actors of a cleaned article.
    pub fn extract(&self, article: &Article) -> Result<Extraction, Error> {
        Ok(self.extractor()?.extract(article))
    }

    /// Clean one raw document and split its text into sentences. Pure: the same document gives
    /// the same article.
    pub fn process(&self, raw: &RawDoc) -> (Article, Vec<Diagnostic>) {
        let (mut article, diagnostics) = sitrep_clean::clean(raw, &self.config.clean);
        article.sentences = sitrep_text::split(&article.text, &self.config.split);
        (article, diagnostics)
    }

    /// Read every input (paths, folders, `-`, URLs), clean, split and store the articles.
    /// `started` is the run's timestamp as the caller knows it (the library reads no clock).
    pub fn ingest(
        &self,
        store: &mut SqliteStore,
        inputs: &[String],
        started: &str,
        on_progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<Summary, Error> {
        let command = format!("ingest {}", inputs.join(" "));
        self.run(store, &command, started, on_progress, |on_doc, on_diag| {
            for input in inputs {
                sitrep_ingest::read_input(input, &self.config.ingest, on_doc, on_diag);
            }
        })
    }

    /// Ingest the sample corpus embedded in the binary.
    pub fn ingest_sample(
        &self,
        store: &mut SqliteStore,
        started: &str,
        on_progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<Summary, Error> {
        self.run(store, "demo", started, on_progress, |on_doc, on_diag| {
            for file in sample_corpus() {
                let config = IngestConfig {
                    outlet: file.outlet.map(str::to_string),
                    ..self.config.ingest.clone()
                };
                sitrep_ingest::read_bytes(
                    file.name,
                    None,
                    file.bytes.to_vec(),
                    &config,
                    on_doc,
                    on_diag,
                );
            }
        })
    }

    /// Clean, split and store the documents that `read` hands out (to `on_doc`, with problems
    /// to `on_diag`), recording the run as `command`: for callers with their own sources.
    pub fn ingest_with(
        &self,
        store: &mut SqliteStore,
        command: &str,
        started: &str,
        on_progress: &mut dyn FnMut(Progress<'_>),
        read: impl FnOnce(&mut dyn FnMut(RawDoc), &mut dyn FnMut(Diagnostic)),
    ) -> Result<Summary, Error> {
        self.run(store, command, started, on_progress, read)
    }

    /// Re-clean every stored raw document with the current cleaner and splitter, replacing the
    /// derived articles, and extract every article's events again with the current lexicons.
    /// The raw bytes are never touched. Returns how many articles changed.
    pub fn reprocess(
        &self,
        store: &mut SqliteStore,
        on_progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<ReprocessSummary, Error> {
        let ids = store.raw_ids()?;
        let mut summary = ReprocessSummary {
            articles: ids.len(),
            ..ReprocessSummary::default()
        };
        let extractor = self.extractor()?;
        let mut known = known_people(store)?;
        for chunk in ids.chunks(BATCH) {
            let mut fresh = Vec::with_capacity(chunk.len());
            for id in chunk {
                let Some(raw) = store.raw_doc(id)? else {
                    continue;
                };
                let (article, diagnostics) = self.process(&raw);
                for d in &diagnostics {
                    on_progress(Progress::Diagnostic(d));
                }
                let changed = store.article(&id.0)?.as_ref() != Some(&article);
                let extraction = extractor.extract_with(&article, &known.relevant(&article));
                known.learn(&extraction.discovered);
                on_progress(Progress::Article {
                    article: &article,
                    extraction: &extraction,
                    stored: changed,
                });
                fresh.push((changed, article, extraction));
            }
            let mut batch = store.batch()?;
            for (changed, article, extraction) in &fresh {
                if *changed {
                    batch.replace_article(article)?;
                    summary.changed += 1;
                }
                batch.replace_extraction(&article.id, &extraction.events, &extraction.actors)?;
                summary.events += extraction.events.len();
            }
            batch.commit()?;
        }
        Ok(summary)
    }

    /// Drive `read` (which hands out documents and diagnostics), cleaning and storing as it goes.
    fn run(
        &self,
        store: &mut SqliteStore,
        command: &str,
        started: &str,
        on_progress: &mut dyn FnMut(Progress<'_>),
        read: impl FnOnce(&mut dyn FnMut(RawDoc), &mut dyn FnMut(Diagnostic)),
    ) -> Result<Summary, Error> {
        let extractor = self.extractor()?;
        let known = known_people(store)?;
        // Both callbacks feed one writer; a RefCell lets them share it without a second store.
        let writer = RefCell::new(Writer {
            store,
            pending: Vec::new(),
            diagnostics: Vec::new(),
            summary: Summary::default(),
            error: None,
            on_progress,
            known,
        });
        read(
            &mut |raw| {
                let mut w = writer.borrow_mut();
                if w.error.is_some() {
                    return;
                }
                // A document already stored (or waiting in this batch) is not cleaned again: a
                // rerun over a large folder costs a lookup per file, not a parse.
                match w.already_stored(&raw) {
                    Ok(true) => {
                        w.summary.duplicates += 1;
                        (w.on_progress)(Progress::Skipped { raw: &raw });
                        return;
                    }
                    Ok(false) => {}
                    Err(e) => {
                        w.error = Some(e);
                        return;
                    }
                }
                let (article, diagnostics) = self.process(&raw);
                for d in diagnostics {
                    w.note(d);
                }
                let extraction = extractor.extract_with(&article, &w.known.relevant(&article));
                w.known.learn(&extraction.discovered);
                w.pending.push((raw, article, extraction));
                if w.pending.len() >= BATCH {
                    w.flush(command, started, false);
                }
            },
            &mut |d| writer.borrow_mut().note(d),
        );
        let mut w = writer.into_inner();
        w.flush(command, started, true);
        match w.error {
            Some(e) => Err(e),
            None => Ok(w.summary),
        }
    }
}

/// The closing numbers of `sitrep reprocess`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReprocessSummary {
    /// Stored raw documents.
    pub articles: usize,
    /// Articles whose cleaned form changed and was replaced.
    pub changed: usize,
    /// Events extracted (from every article: the lexicons may have changed).
    pub events: usize,
}

struct Writer<'s, 'p> {
    store: &'s mut SqliteStore,
    pending: Vec<(RawDoc, Article, Extraction)>,
    diagnostics: Vec<Diagnostic>,
    summary: Summary,
    error: Option<Error>,
    on_progress: &'p mut dyn FnMut(Progress<'_>),
    /// People discovered so far (in the store and in this run), for later articles.
    known: KnownActors,
}

impl Writer<'_, '_> {
    fn already_stored(&self, raw: &RawDoc) -> Result<bool, Error> {
        Ok(self.pending.iter().any(|(p, _, _)| p.id == raw.id) || self.store.contains(&raw.id)?)
    }

    fn note(&mut self, d: Diagnostic) {
        match d.severity {
            Severity::Error => self.summary.rejected += 1,
            Severity::Warning => self.summary.warnings += 1,
            _ => {}
        }
        (self.on_progress)(Progress::Diagnostic(&d));
        self.diagnostics.push(d);
    }

    /// Write the pending articles and diagnostics in one transaction. The run's summary row is
    /// written with the last batch, so an interrupted run shows no summary but keeps every
    /// article it committed.
    fn flush(&mut self, command: &str, started: &str, last: bool) {
        if self.error.is_some() {
            return;
        }
        if let Err(e) = self.try_flush(command, started, last) {
            self.error = Some(e);
        }
    }

    fn try_flush(&mut self, command: &str, started: &str, last: bool) -> Result<(), Error> {
        let mut batch = self.store.batch()?;
        for (raw, article, extraction) in &self.pending {
            let stored = batch.insert(raw, article)?;
            if stored {
                batch.replace_extraction(&article.id, &extraction.events, &extraction.actors)?;
                self.summary.ingested += 1;
                self.summary.events += extraction.events.len();
            } else {
                self.summary.duplicates += 1;
            }
            (self.on_progress)(Progress::Article {
                article,
                extraction,
                stored,
            });
        }
        for d in &self.diagnostics {
            batch.record_diagnostic(d)?;
        }
        if last {
            batch.finish_run(&RunSummary {
                command: command.to_string(),
                started: started.to_string(),
                ingested: self.summary.ingested,
                duplicates: self.summary.duplicates,
                rejected: self.summary.rejected,
            })?;
        }
        batch.commit()?;
        self.pending.clear();
        self.diagnostics.clear();
        Ok(())
    }
}
