//! The embedded store: one SQLite file. The schema is in `schema.rs`.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use sitrep_model::{Article, ArticleId, Diagnostic, InputFormat, RawDoc, RawHints, Severity};

use crate::{
    ArticleQuery, Error, Result, Run, RunSummary, SearchHit, Store, StoreBatch, fts, schema,
};

/// Words of context `snippet()` shows around a match.
const SNIPPET_TOKENS: i32 = 12;

/// The store in one SQLite file (or in memory). See [`Store`] for the contract.
///
/// One value is one connection; it is `Send` but not `Sync`. Several processes may open the
/// same file: WAL lets readers go on while one batch writes, and a second writer waits up to
/// ten seconds for the first before failing with `SQLITE_BUSY`.
pub struct SqliteStore {
    pub(crate) conn: Connection,
    /// The file path as given, or `:memory:`; named in every error.
    pub(crate) path: String,
    /// The run that batches write to: set when a batch that created it commits, cleared when a
    /// batch that finished it commits.
    run: Option<i64>,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.path)
            .field("run", &self.run)
            .finish_non_exhaustive()
    }
}

impl SqliteStore {
    /// Open the store at `path`, creating the file when it is missing (not its folder), and
    /// migrate it to [`crate::SCHEMA_VERSION`]. Turns on WAL mode, foreign keys and a busy
    /// timeout.
    ///
    /// Fails with [`Error::SchemaTooNew`] for a store of a newer sitrep (left untouched) and
    /// [`Error::NotAStore`] for an SQLite file of another program.
    pub fn open(path: &Path) -> Result<Self> {
        let name = path.display().to_string();
        let mut conn = Connection::open(path).map_err(sqlite(&name))?;
        schema::prepare(&mut conn, &name, true)?;
        Ok(SqliteStore {
            conn,
            path: name,
            run: None,
        })
    }

    /// A fresh store that lives in memory and is gone when dropped (`sitrep demo`, tests).
    pub fn open_in_memory() -> Result<Self> {
        let name = ":memory:".to_string();
        let mut conn = Connection::open_in_memory().map_err(sqlite(&name))?;
        schema::prepare(&mut conn, &name, false)?;
        Ok(SqliteStore {
            conn,
            path: name,
            run: None,
        })
    }

    /// The schema version of the store, [`crate::SCHEMA_VERSION`] once opened.
    pub fn schema_version(&self) -> Result<u32> {
        schema::version(&self.conn, &self.path)
    }

    /// Start a write transaction. It takes the write lock at once (`BEGIN IMMEDIATE`), so two
    /// writers queue instead of failing halfway. Dropped without [`Batch::commit`], it is rolled
    /// back.
    pub fn batch(&mut self) -> Result<Batch<'_>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite(&self.path))?;
        let run = self.run;
        Ok(Batch {
            tx,
            path: &self.path,
            store_run: &mut self.run,
            run,
            finished: false,
            failed: false,
            fts_pending: Vec::new(),
            next_fts: None,
        })
    }

    /// The article with this exact id, or else the only one whose id starts with this prefix of
    /// at least 4 characters. `None` when nothing matches; [`Error::Ambiguous`] when several do.
    pub fn article(&self, id_or_prefix: &str) -> Result<Option<Article>> {
        let exact: Option<String> = self
            .conn
            .prepare_cached("SELECT json FROM articles WHERE id = ?1")
            .and_then(|mut s| s.query_row([id_or_prefix], |r| r.get(0)).optional())
            .map_err(sqlite(&self.path))?;
        if let Some(json) = exact {
            return decode_article(id_or_prefix, &json).map(Some);
        }
        if id_or_prefix.chars().count() < 4 {
            return Ok(None);
        }
        // The range bound lets the primary key index find the candidates; `substr` is the exact
        // test. U+10FFFF sorts after every character an id can hold.
        let upper = format!("{id_or_prefix}\u{10FFFF}");
        let found = self
            .conn
            .prepare_cached(
                "SELECT id, json FROM articles
                 WHERE id >= ?1 AND id < ?2 AND substr(id, 1, length(?1)) = ?1
                 ORDER BY id LIMIT 2",
            )
            .and_then(|mut s| {
                s.query_map([id_or_prefix, upper.as_str()], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(sqlite(&self.path))?;
        match found.as_slice() {
            [] => Ok(None),
            [(id, json)] => decode_article(id, json).map(Some),
            _ => Err(Error::Ambiguous {
                prefix: id_or_prefix.to_owned(),
            }),
        }
    }

    /// Articles ordered by published date (undated last), then id; `outlet` and `language`
    /// match ignoring ASCII case.
    pub fn articles(&self, query: &ArticleQuery) -> Result<Vec<Article>> {
        let limit = query.limit.map_or(-1, to_i64);
        let rows = self
            .conn
            .prepare_cached(
                "SELECT id, json FROM articles
                 WHERE (?1 IS NULL OR outlet = ?1 COLLATE NOCASE)
                   AND (?2 IS NULL OR language = ?2 COLLATE NOCASE)
                 ORDER BY published NULLS LAST, id
                 LIMIT ?3",
            )
            .and_then(|mut s| {
                s.query_map(params![query.outlet, query.language, limit], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(sqlite(&self.path))?;
        rows.iter()
            .map(|(id, json)| decode_article(id, json))
            .collect()
    }

    pub fn count_articles(&self) -> Result<usize> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
            .map_err(sqlite(&self.path))?;
        Ok(to_usize(n))
    }

    /// Full-text search over titles and texts, best first, at most `limit` hits.
    ///
    /// The query is read as words that must all occur (in any form of case and diacritics),
    /// `"quoted words"` as a phrase and `word*` as a prefix; everything else, FTS5 operators and
    /// punctuation included, is plain text, so no input is a syntax error. A query with no
    /// letter or digit gives no hits.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let Some(fts_query) = fts::query(query) else {
            return Ok(Vec::new());
        };
        let rows = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.json,
                        snippet(articles_fts, -1, '[', ']', '…', ?3),
                        bm25(articles_fts, 3.0, 1.0) AS score
                 FROM articles_fts JOIN articles a ON a.fts = articles_fts.rowid
                 WHERE articles_fts MATCH ?1
                 ORDER BY score, a.id
                 LIMIT ?2",
            )
            .and_then(|mut s| {
                s.query_map(params![fts_query, to_i64(limit), SNIPPET_TOKENS], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, f64>(3)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(sqlite(&self.path))?;
        rows.into_iter()
            .map(|(id, json, snippet, rank)| {
                Ok(SearchHit {
                    article: decode_article(&id, &json)?,
                    snippet: snippet.split_whitespace().collect::<Vec<_>>().join(" "),
                    rank,
                })
            })
            .collect()
    }

    /// The ids of every stored raw document, ordered by id.
    pub fn raw_ids(&self) -> Result<Vec<ArticleId>> {
        self.conn
            .prepare_cached("SELECT id FROM raw_docs ORDER BY id")
            .and_then(|mut s| {
                s.query_map([], |r| r.get(0).map(ArticleId))?
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(sqlite(&self.path))
    }

    /// Whether a raw document with this id is stored.
    pub fn contains(&self, id: &ArticleId) -> Result<bool> {
        self.conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM raw_docs WHERE id = ?1)")
            .and_then(|mut s| s.query_row([&id.0], |r| r.get(0)))
            .map_err(sqlite(&self.path))
    }

    /// A stored raw document with its bytes exactly as read.
    pub fn raw_doc(&self, id: &ArticleId) -> Result<Option<RawDoc>> {
        let row = self
            .conn
            .prepare_cached("SELECT origin, url, format, hints, bytes FROM raw_docs WHERE id = ?1")
            .and_then(|mut s| {
                s.query_row([&id.0], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, Vec<u8>>(4)?,
                    ))
                })
                .optional()
            })
            .map_err(sqlite(&self.path))?;
        let Some((origin, url, format, hints, bytes)) = row else {
            return Ok(None);
        };
        let format = InputFormat::parse(&format).ok_or_else(|| Error::Corrupt {
            id: id.0.clone(),
            what: "format",
            value: format.clone(),
        })?;
        let hints: RawHints = serde_json::from_str(&hints).map_err(json_error(&id.0))?;
        Ok(Some(RawDoc {
            id: id.clone(),
            origin,
            url,
            format,
            hints,
            bytes,
        }))
    }

    /// The ingest history, oldest first. Unfinished runs count what they committed.
    pub fn runs(&self) -> Result<Vec<Run>> {
        self.conn
            .prepare_cached(
                "SELECT r.id, r.command, r.started, r.ingested, r.duplicates, r.rejected,
                        (SELECT count(*) FROM diagnostics d WHERE d.run = r.id),
                        (SELECT count(*) FROM diagnostics d
                          WHERE d.run = r.id AND d.severity = 'error'),
                        (SELECT count(*) FROM raw_docs w WHERE w.ingested_run = r.id)
                 FROM runs r ORDER BY r.id",
            )
            .and_then(|mut s| {
                s.query_map([], |r| {
                    let command: Option<String> = r.get(1)?;
                    let finished = command.is_some();
                    let counted = |stored: Option<i64>, fallback: i64| {
                        to_usize(if finished {
                            stored.unwrap_or(0)
                        } else {
                            fallback
                        })
                    };
                    Ok(Run {
                        id: r.get(0)?,
                        command: command.unwrap_or_default(),
                        started: r.get::<_, Option<String>>(2)?.unwrap_or_default(),
                        ingested: counted(r.get(3)?, r.get(8)?),
                        duplicates: counted(r.get(4)?, 0),
                        rejected: counted(r.get(5)?, r.get(7)?),
                        diagnostics: to_usize(r.get(6)?),
                        finished,
                    })
                })?
                .collect()
            })
            .map_err(sqlite(&self.path))
    }

    /// The diagnostics stored with run `run`, in the order they were recorded.
    pub fn diagnostics(&self, run: i64) -> Result<Vec<Diagnostic>> {
        let rows = self
            .conn
            .prepare_cached(
                "SELECT severity, code, origin, message FROM diagnostics
                 WHERE run = ?1 ORDER BY rowid",
            )
            .and_then(|mut s| {
                s.query_map([run], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, String>(3)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .map_err(sqlite(&self.path))?;
        rows.into_iter()
            .map(|(severity, code, origin, message)| {
                let severity = parse_severity(&severity).ok_or_else(|| Error::Corrupt {
                    id: format!("run {run}"),
                    what: "diagnostic severity",
                    value: severity.clone(),
                })?;
                Ok(Diagnostic::new(severity, code, origin, message))
            })
            .collect()
    }
}

/// One write transaction on a [`SqliteStore`]; see [`Store`] for the contract.
///
/// Dropping it without [`Batch::commit`] rolls every write of it back, which is what happens
/// when the process stops or an error is returned early with `?`.
pub struct Batch<'a> {
    pub(crate) tx: Transaction<'a>,
    pub(crate) path: &'a str,
    /// The store's current run, updated only when this batch commits.
    store_run: &'a mut Option<i64>,
    /// The run this batch writes to, once known.
    run: Option<i64>,
    /// `finish_run` was called: the run closes when this batch commits.
    finished: bool,
    /// A write failed: the batch may hold part of it and must not commit.
    failed: bool,
    /// New search entries (rowid, title, text), written in one statement at commit: FTS5
    /// flushes its pending terms at every statement that writes it, so one row per statement
    /// made small segments and merges the main cost of storing.
    fts_pending: Vec<(i64, String, String)>,
    /// The rowid the next new search entry takes.
    next_fts: Option<i64>,
}

impl std::fmt::Debug for Batch<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Batch")
            .field("path", &self.path)
            .field("run", &self.run)
            .field("finished", &self.finished)
            .field("failed", &self.failed)
            .finish_non_exhaustive()
    }
}

impl Batch<'_> {
    /// Whether a raw document with this id is stored (committed or written in this batch).
    pub fn contains(&self, id: &ArticleId) -> Result<bool> {
        self.tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM raw_docs WHERE id = ?1)")
            .and_then(|mut s| s.query_row([&id.0], |r| r.get(0)))
            .map_err(sqlite(self.path))
    }

    /// Store a raw document, its bytes verbatim, and the article cleaned from it, with its
    /// search entry. Returns `false` and writes nothing (but the run) when a raw document with
    /// this id is already stored, so re-running an ingest is safe.
    ///
    /// Fails with [`Error::Mismatch`] when `article.id` is not `raw.id`.
    pub fn insert(&mut self, raw: &RawDoc, article: &Article) -> Result<bool> {
        let result = self.try_insert(raw, article);
        self.guard(result)
    }

    /// Overwrite the article derived from an already stored raw document, and its search entry,
    /// for `sitrep reprocess`. The raw document is not touched; no run is involved.
    ///
    /// Fails with [`Error::UnknownArticle`] when no raw document has this id.
    pub fn replace_article(&mut self, article: &Article) -> Result<()> {
        let result = self.try_replace_article(article);
        self.guard(result)
    }

    /// Keep a diagnostic with the current run (created if this is its first write).
    pub fn record_diagnostic(&mut self, d: &Diagnostic) -> Result<()> {
        let result = self.try_record_diagnostic(d);
        self.guard(result)
    }

    /// Store the run's summary. The run is closed when this batch commits; the next batch that
    /// writes starts a new run.
    pub fn finish_run(&mut self, run: &RunSummary) -> Result<()> {
        let result = self.try_finish_run(run);
        self.guard(result)
    }

    /// Make every write of the batch durable at once. Fails with [`Error::BatchFailed`] (and
    /// rolls back) when one of its writes failed.
    pub fn commit(mut self) -> Result<()> {
        if self.failed {
            // Dropping the transaction rolls it back.
            return Err(Error::BatchFailed);
        }
        self.flush_fts()?;
        let Batch {
            tx,
            path,
            store_run,
            run,
            finished,
            failed: _,
            fts_pending: _,
            next_fts: _,
        } = self;
        tx.commit().map_err(sqlite(path))?;
        *store_run = if finished { None } else { run };
        Ok(())
    }

    /// Write the pending search entries, up to 200 rows a statement.
    fn flush_fts(&mut self) -> Result<()> {
        for chunk in self.fts_pending.chunks(200) {
            let mut sql = String::from("INSERT INTO articles_fts (rowid, title, text) VALUES ");
            for i in 0..chunk.len() {
                if i > 0 {
                    sql.push(',');
                }
                sql.push_str("(?,?,?)");
            }
            let mut values: Vec<&dyn rusqlite::ToSql> = Vec::with_capacity(chunk.len() * 3);
            for (rowid, title, text) in chunk {
                values.push(rowid);
                values.push(title);
                values.push(text);
            }
            self.tx
                .execute(&sql, values.as_slice())
                .map_err(sqlite(self.path))?;
        }
        self.fts_pending.clear();
        Ok(())
    }

    pub(crate) fn guard<T>(&mut self, result: Result<T>) -> Result<T> {
        if result.is_err() {
            self.failed = true;
        }
        result
    }

    /// The run this batch writes to, created on first need.
    fn run_id(&mut self) -> Result<i64> {
        if let Some(id) = self.run {
            return Ok(id);
        }
        self.tx
            .execute("INSERT INTO runs DEFAULT VALUES", [])
            .map_err(sqlite(self.path))?;
        let id = self.tx.last_insert_rowid();
        self.run = Some(id);
        Ok(id)
    }

    fn try_insert(&mut self, raw: &RawDoc, article: &Article) -> Result<bool> {
        if raw.id != article.id {
            return Err(Error::Mismatch {
                raw: raw.id.0.clone(),
                article: article.id.0.clone(),
            });
        }
        let hints = serde_json::to_string(&raw.hints).map_err(json_error(&raw.id.0))?;
        let run = self.run_id()?;
        let inserted = self
            .tx
            .prepare_cached(
                "INSERT INTO raw_docs (id, origin, url, format, hints, bytes, ingested_run)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (id) DO NOTHING",
            )
            .and_then(|mut s| {
                s.execute(params![
                    raw.id.0,
                    raw.origin,
                    raw.url,
                    raw.format.as_str(),
                    hints,
                    raw.bytes,
                    run
                ])
            })
            .map_err(sqlite(self.path))?;
        if inserted == 0 {
            return Ok(false);
        }
        self.write_article(article, None)?;
        Ok(true)
    }

    fn try_replace_article(&mut self, article: &Article) -> Result<()> {
        let fts: Option<i64> = self
            .tx
            .prepare_cached("SELECT fts FROM articles WHERE id = ?1")
            .and_then(|mut s| s.query_row([&article.id.0], |r| r.get(0)).optional())
            .map_err(sqlite(self.path))?;
        if fts.is_none() && !self.contains(&article.id)? {
            return Err(Error::UnknownArticle {
                id: article.id.0.clone(),
            });
        }
        self.write_article(article, fts)
    }

    /// Write the article row and its search entry: a new entry when `fts` is `None`, else the
    /// entry with that rowid rewritten in place, so no stale text stays searchable.
    fn write_article(&mut self, article: &Article, fts: Option<i64>) -> Result<()> {
        let json = serde_json::to_string(article).map_err(json_error(&article.id.0))?;
        let title = article.title.as_deref().unwrap_or("");
        let fts = match fts {
            Some(rowid) => {
                if let Some(entry) = self.fts_pending.iter_mut().find(|e| e.0 == rowid) {
                    // Written earlier in this batch: still pending.
                    entry.1 = title.to_owned();
                    entry.2.clone_from(&article.text);
                } else {
                    self.tx
                        .prepare_cached(
                            "UPDATE articles_fts SET title = ?1, text = ?2 WHERE rowid = ?3",
                        )
                        .and_then(|mut s| s.execute(params![title, article.text, rowid]))
                        .map_err(sqlite(self.path))?;
                }
                rowid
            }
            None => {
                let rowid = match self.next_fts {
                    Some(r) => r,
                    None => self
                        .tx
                        .query_row("SELECT COALESCE(MAX(fts), 0) + 1 FROM articles", [], |r| {
                            r.get::<_, i64>(0)
                        })
                        .map_err(sqlite(self.path))?,
                };
                self.next_fts = Some(rowid + 1);
                self.fts_pending
                    .push((rowid, title.to_owned(), article.text.clone()));
                rowid
            }
        };
        let published = article.published.as_ref().and_then(|p| p.value.as_deref());
        self.tx
            .prepare_cached(
                "INSERT INTO articles
                   (id, title, outlet, published, language, coded, cleaner, story, fts, json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (id) DO UPDATE SET
                   title = excluded.title, outlet = excluded.outlet,
                   published = excluded.published, language = excluded.language,
                   coded = excluded.coded, cleaner = excluded.cleaner, story = excluded.story,
                   fts = excluded.fts, json = excluded.json",
            )
            .and_then(|mut s| {
                s.execute(params![
                    article.id.0,
                    article.title,
                    article.outlet,
                    published,
                    article.language,
                    article.coded,
                    article.cleaner,
                    article.story,
                    fts,
                    json
                ])
            })
            .map_err(sqlite(self.path))?;
        Ok(())
    }

    fn try_record_diagnostic(&mut self, d: &Diagnostic) -> Result<()> {
        let run = self.run_id()?;
        self.tx
            .prepare_cached(
                "INSERT INTO diagnostics (run, severity, code, origin, message)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    run,
                    severity_str(d.severity),
                    d.code,
                    d.origin,
                    d.message
                ])
            })
            .map_err(sqlite(self.path))?;
        Ok(())
    }

    fn try_finish_run(&mut self, summary: &RunSummary) -> Result<()> {
        let run = self.run_id()?;
        self.tx
            .prepare_cached(
                "UPDATE runs SET command = ?1, started = ?2, ingested = ?3, duplicates = ?4,
                                 rejected = ?5
                 WHERE id = ?6",
            )
            .and_then(|mut s| {
                s.execute(params![
                    summary.command,
                    summary.started,
                    to_i64(summary.ingested),
                    to_i64(summary.duplicates),
                    to_i64(summary.rejected),
                    run
                ])
            })
            .map_err(sqlite(self.path))?;
        self.finished = true;
        Ok(())
    }
}

impl Store for SqliteStore {
    type Batch<'a> = Batch<'a>;

    fn schema_version(&self) -> Result<u32> {
        SqliteStore::schema_version(self)
    }

    fn batch(&mut self) -> Result<Batch<'_>> {
        SqliteStore::batch(self)
    }

    fn article(&self, id_or_prefix: &str) -> Result<Option<Article>> {
        SqliteStore::article(self, id_or_prefix)
    }

    fn articles(&self, query: &ArticleQuery) -> Result<Vec<Article>> {
        SqliteStore::articles(self, query)
    }

    fn count_articles(&self) -> Result<usize> {
        SqliteStore::count_articles(self)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        SqliteStore::search(self, query, limit)
    }

    fn raw_ids(&self) -> Result<Vec<ArticleId>> {
        SqliteStore::raw_ids(self)
    }

    fn raw_doc(&self, id: &ArticleId) -> Result<Option<RawDoc>> {
        SqliteStore::raw_doc(self, id)
    }

    fn runs(&self) -> Result<Vec<Run>> {
        SqliteStore::runs(self)
    }

    fn diagnostics(&self, run: i64) -> Result<Vec<Diagnostic>> {
        SqliteStore::diagnostics(self, run)
    }
}

impl StoreBatch for Batch<'_> {
    fn contains(&self, id: &ArticleId) -> Result<bool> {
        Batch::contains(self, id)
    }

    fn insert(&mut self, raw: &RawDoc, article: &Article) -> Result<bool> {
        Batch::insert(self, raw, article)
    }

    fn replace_article(&mut self, article: &Article) -> Result<()> {
        Batch::replace_article(self, article)
    }

    fn record_diagnostic(&mut self, d: &Diagnostic) -> Result<()> {
        Batch::record_diagnostic(self, d)
    }

    fn finish_run(&mut self, run: &RunSummary) -> Result<()> {
        Batch::finish_run(self, run)
    }

    fn commit(self) -> Result<()> {
        Batch::commit(self)
    }
}

pub(crate) fn sqlite(path: &str) -> impl FnOnce(rusqlite::Error) -> Error + '_ {
    move |source| Error::Sqlite {
        path: path.to_owned(),
        source,
    }
}

pub(crate) fn json_error(id: &str) -> impl FnOnce(serde_json::Error) -> Error + '_ {
    move |source| Error::Json {
        id: id.to_owned(),
        source,
    }
}

fn decode_article(id: &str, json: &str) -> Result<Article> {
    serde_json::from_str(json).map_err(json_error(id))
}

fn severity_str(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

fn parse_severity(s: &str) -> Option<Severity> {
    match s {
        "info" => Some(Severity::Info),
        "warning" => Some(Severity::Warning),
        "error" => Some(Severity::Error),
        _ => None,
    }
}

/// Counts and limits beyond `i64::MAX` cannot occur in SQLite; saturate rather than wrap.
fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn to_usize(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_round_trips() {
        for s in [Severity::Info, Severity::Warning, Severity::Error] {
            assert_eq!(parse_severity(severity_str(s)), Some(s));
        }
    }

    #[test]
    fn fresh_store_is_empty_and_current() {
        let store = SqliteStore::open_in_memory().unwrap();
        assert_eq!(store.schema_version().unwrap(), crate::SCHEMA_VERSION);
        assert_eq!(store.count_articles().unwrap(), 0);
        assert!(store.raw_ids().unwrap().is_empty());
        assert!(store.runs().unwrap().is_empty());
        assert!(store.search("anything", 10).unwrap().is_empty());
        assert_eq!(store.article("abcd").unwrap(), None);
    }
}
