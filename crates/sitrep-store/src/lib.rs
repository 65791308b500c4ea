//! Where sitrep keeps everything: the raw inputs exactly as read, the clean articles derived from
//! them, a full-text index over those, and the history of every ingest run with its diagnostics.
//!
//! [`Store`] is the contract (a PostgreSQL implementation is planned); [`SqliteStore`] is the
//! embedded implementation: one SQLite file (bundled SQLite, WAL mode, FTS5) whose schema is
//! versioned with `PRAGMA user_version` and migrated on open. Reads go through the store; every
//! write goes through a [`Batch`], one transaction that is rolled back unless committed, so an
//! article is stored whole or not at all and an interrupted ingest leaves no partial rows.
//!
//! Raw documents are kept byte for byte so that every derived row can be rebuilt by a newer
//! cleaner (`sitrep reprocess`, [`Batch::replace_article`]). Inserting a raw document whose id is
//! already stored writes nothing, which makes re-running an ingest safe.
//!
//! ```
//! use sitrep_model::{Article, InputFormat, RawDoc, RawHints};
//! use sitrep_store::{RunSummary, SqliteStore};
//!
//! # fn main() -> Result<(), sitrep_store::Error> {
//! let mut store = SqliteStore::open_in_memory()?;
//!
//! let text = "ANKARA: Floods in Türkiye forced thousands from their homes.";
//! let bytes = text.as_bytes().to_vec();
//! let raw = RawDoc::new("floods.txt", None, InputFormat::Text, bytes, RawHints::default());
//! let article = Article {
//!     id: raw.id.clone(),
//!     origin: raw.origin.clone(),
//!     url: None,
//!     outlet: Some("Example Wire".to_string()),
//!     title: Some("Floods in Türkiye".to_string()),
//!     byline: None,
//!     dateline: Some("ANKARA".to_string()),
//!     dateline_range: None,
//!     published: None,
//!     language: "en".to_string(),
//!     coded: true,
//!     text: text.to_string(),
//!     removed: Vec::new(),
//!     removed_reasons: Vec::new(),
//!     story: None,
//!     format: InputFormat::Text,
//!     cleaner: "1".to_string(),
//!     sentences: Vec::new(),
//! };
//!
//! let mut batch = store.batch()?;
//! assert!(batch.insert(&raw, &article)?);
//! assert!(!batch.insert(&raw, &article)?); // already stored: nothing written
//! batch.finish_run(&RunSummary {
//!     command: "ingest floods.txt".to_string(),
//!     started: "2025-11-14T09:30:00Z".to_string(),
//!     ingested: 1,
//!     duplicates: 1,
//!     rejected: 0,
//! })?;
//! batch.commit()?;
//!
//! // Diacritics are folded: `turkiye` finds `Türkiye`.
//! let hits = store.search("turkiye floods", 10)?;
//! assert_eq!(hits.len(), 1);
//! assert_eq!(hits[0].article, article);
//! assert!(hits[0].snippet.contains("[Türkiye]"));
//!
//! // An id prefix of at least 4 characters finds the article too.
//! let prefix: String = article.id.0.chars().take(6).collect();
//! assert_eq!(store.article(&prefix)?, Some(article));
//! # Ok(())
//! # }
//! ```

mod events;
mod fts;
mod schema;
mod sqlite;

use sitrep_model::{Article, ArticleId, Diagnostic, RawDoc};

pub use events::EventQuery;
pub use schema::SUPPORTED as SCHEMA_VERSION;
pub use sqlite::{Batch, SqliteStore};

/// Errors of the store. Content problems never show up here (they are [`Diagnostic`]s); these
/// are failures to read or write the store itself.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// SQLite failed on the store at `path` (`:memory:` for an in-memory store).
    #[error("sqlite failed on the store {path}")]
    Sqlite {
        path: String,
        #[source]
        source: rusqlite::Error,
    },
    /// An article or its hints could not be written as JSON, or the stored JSON could not be
    /// read back (a store written by an incompatible sitrep, or edited by hand).
    #[error("cannot convert the JSON of article {id}")]
    Json {
        id: String,
        #[source]
        source: serde_json::Error,
    },
    /// The store was written by a newer sitrep, with a schema this build does not know.
    #[error(
        "the store has schema version {found} but this sitrep reads up to version {supported}; upgrade sitrep"
    )]
    SchemaTooNew { found: u32, supported: u32 },
    /// The file is an SQLite database, but not a sitrep store: it has tables and no version.
    #[error(
        "{path} is an SQLite database of another program, not a sitrep store; pick another path"
    )]
    NotAStore { path: String },
    /// An id prefix matches more than one article.
    #[error("the id prefix `{prefix}` matches more than one article; give more characters")]
    Ambiguous { prefix: String },
    /// [`Batch::insert`] was given an article that was not derived from the raw document.
    #[error(
        "article {article} does not belong to raw document {raw}; its id must be the raw document's"
    )]
    Mismatch { raw: String, article: String },
    /// [`Batch::replace_article`] was given an article whose raw document is not stored.
    #[error("no raw document {id} is stored; insert it before replacing its article")]
    UnknownArticle { id: String },
    /// A stored value is not one this build can read.
    #[error("stored {what} of {id} is invalid: `{value}`")]
    Corrupt {
        id: String,
        what: &'static str,
        value: String,
    },
    /// A batch method failed earlier, so the batch may hold part of a write; it was rolled back
    /// instead of committed.
    #[error("the batch was rolled back because one of its writes failed; nothing of it was stored")]
    BatchFailed,
}

/// The result type of the store.
pub type Result<T> = std::result::Result<T, Error>;

/// Which articles [`Store::articles`] lists. `None` fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleQuery {
    /// At most this many articles.
    pub limit: Option<usize>,
    /// Only articles of this outlet (ASCII case ignored).
    pub outlet: Option<String>,
    /// Only articles in this language (ISO 639-1 or `und`, ASCII case ignored).
    pub language: Option<String>,
}

/// One full-text search hit.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub article: Article,
    /// A one-line excerpt around the best match, matched words in `[` `]`, cuts marked `…`.
    pub snippet: String,
    /// FTS5's bm25 score with the title weighted three times the text: smaller is better (the
    /// best hits are the most negative), and hits come in that order.
    pub rank: f64,
}

/// What an ingest run reports when it ends, stored by [`Batch::finish_run`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunSummary {
    /// The command as the user gave it, e.g. `ingest news/`.
    pub command: String,
    /// When the run started, as the caller tells it (RFC 3339 recommended); the store reads no
    /// clock.
    pub started: String,
    pub ingested: usize,
    pub duplicates: usize,
    pub rejected: usize,
}

/// One ingest run as stored, for the history (`runs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub id: i64,
    /// Empty while the run is unfinished.
    pub command: String,
    /// Empty while the run is unfinished.
    pub started: String,
    /// Raw documents stored; for an unfinished run, those committed so far.
    pub ingested: usize,
    /// Inputs already stored; 0 for an unfinished run, which never reported them.
    pub duplicates: usize,
    /// Rejected inputs; for an unfinished run, the error diagnostics committed so far.
    pub rejected: usize,
    /// Diagnostics stored with the run (rejections, warnings, notes).
    pub diagnostics: usize,
    /// Whether the run's last batch called [`Batch::finish_run`] and committed. A run that was
    /// interrupted keeps what it committed and stays unfinished.
    pub finished: bool,
}

/// The store contract: reads on the store, writes through a [`StoreBatch`].
///
/// # Call order
///
/// 1. Open the store (implementation-specific: [`SqliteStore::open`]). Opening creates the store
///    when missing and migrates an older schema; a newer schema is refused with
///    [`Error::SchemaTooNew`].
/// 2. Read at any time with the `&self` methods. Reads see committed data only.
/// 3. To write, call [`Store::batch`], then any number of [`StoreBatch::contains`],
///    [`StoreBatch::insert`], [`StoreBatch::replace_article`] and
///    [`StoreBatch::record_diagnostic`] in any order, optionally [`StoreBatch::finish_run`] once
///    at the end of a run, and finally [`StoreBatch::commit`]. A batch dropped without `commit`
///    is rolled back: none of its writes are stored.
///
/// # Runs
///
/// An ingest run may span many batches on one store value. The run's row is created by the
/// first batch that writes something belonging to a run (`insert`, `record_diagnostic`,
/// `finish_run`) and is kept by the store value for the following batches, so the diagnostics
/// of every batch belong to the same run. `finish_run` closes the run when its batch commits;
/// the next write starts a new run. `replace_article` (reprocessing) belongs to no run. A run
/// whose process stops before `finish_run` commits stays in the history as unfinished, with
/// everything it committed.
///
/// # Errors
///
/// An `Err` from a read means the store could not be read; nothing changed. An `Err` from a
/// batch method means that write may be partly done inside the transaction: the batch is then
/// spoiled, and `commit` rolls it back and returns [`Error::BatchFailed`]. Earlier committed
/// batches are unaffected. Callers stop the run and report the error; re-running stores what
/// is missing and nothing twice.
pub trait Store {
    /// The write transaction of this store.
    type Batch<'a>: StoreBatch
    where
        Self: 'a;

    /// The schema version of the open store (equal to [`SCHEMA_VERSION`] once opened).
    fn schema_version(&self) -> Result<u32>;

    /// Start a write transaction.
    fn batch(&mut self) -> Result<Self::Batch<'_>>;

    /// The article with this exact id, or else the only one whose id starts with this prefix of
    /// at least 4 characters. `None` when nothing matches (or a shorter prefix is not an exact
    /// id); [`Error::Ambiguous`] when several do.
    fn article(&self, id_or_prefix: &str) -> Result<Option<Article>>;

    /// Articles ordered by published date (undated last), then id.
    fn articles(&self, query: &ArticleQuery) -> Result<Vec<Article>>;

    fn count_articles(&self) -> Result<usize>;

    /// Full-text search over titles and texts, best first; see [`SqliteStore::search`] for how
    /// the query is read. A query with nothing to search for gives no hits.
    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>>;

    /// The ids of every stored raw document, ordered by id.
    fn raw_ids(&self) -> Result<Vec<ArticleId>>;

    /// A stored raw document with its bytes exactly as read.
    fn raw_doc(&self, id: &ArticleId) -> Result<Option<RawDoc>>;

    /// The ingest history, oldest first.
    fn runs(&self) -> Result<Vec<Run>>;

    /// The diagnostics stored with run `run`, in the order they were recorded.
    fn diagnostics(&self, run: i64) -> Result<Vec<Diagnostic>>;
}

/// The writes of one transaction of a [`Store`]; see [`Store`] for the call order and what an
/// `Err` means.
pub trait StoreBatch {
    /// Whether a raw document with this id is stored (committed or written in this batch).
    fn contains(&self, id: &ArticleId) -> Result<bool>;

    /// Store a raw document and the article cleaned from it (ids must match). Returns `false`,
    /// writing nothing, when the raw document is already stored.
    fn insert(&mut self, raw: &RawDoc, article: &Article) -> Result<bool>;

    /// Overwrite the article (and its search entry) derived from an already stored raw
    /// document; the raw document is not touched.
    fn replace_article(&mut self, article: &Article) -> Result<()>;

    /// Keep a diagnostic with the current run, so no rejection or warning is lost.
    fn record_diagnostic(&mut self, d: &Diagnostic) -> Result<()>;

    /// Store the run's summary; the run is closed when this batch commits.
    fn finish_run(&mut self, run: &RunSummary) -> Result<()>;

    /// Make every write of the batch durable, all at once.
    fn commit(self) -> Result<()>
    where
        Self: Sized;
}
