//! The versioned schema of a SQLite store and how an older store is brought up to date.
//!
//! `PRAGMA user_version` holds the number of migrations applied. Each entry of [`MIGRATIONS`] is
//! applied in its own `IMMEDIATE` transaction together with the bump of `user_version`, so a
//! crash during a migration leaves the store at the previous version, never half-migrated. A
//! store whose version is newer than [`SUPPORTED`] was written by a newer sitrep and is refused
//! ([`Error::SchemaTooNew`]) rather than misread.
//!
//! Migrations are append-only: a released migration is never edited, a change is a new entry.
//! Planned: a later migration adds the tables of the fusion stage (`stories`, discrepancies).
//!
//! Version 1 tables:
//!
//! - `runs`: one row per ingest run. `command`, `started` and the counts stay NULL until the run's
//!   last batch calls `finish_run`, so an interrupted run is visible as unfinished.
//! - `raw_docs`: every input exactly as read (`bytes`), its origin, URL, format and container
//!   hints (JSON of `RawHints`), and the run that stored it. Never rewritten.
//! - `articles`: the cleaned article derived from the raw document of the same id, whole as JSON
//!   (`json`, the serde form of `Article`), plus the columns lists and filters need. `fts` is the
//!   rowid of its row in `articles_fts`; it is an explicit column because the implicit rowid of a
//!   table with a TEXT primary key may change on `VACUUM`.
//! - `articles_fts`: FTS5 over title and text with diacritics folded (`Türkiye` is found by
//!   `turkiye`). A plain (not external-content) table: it keeps its own copy of the text, which
//!   `snippet()` needs because the text lives only inside `articles.json`.
//! - `diagnostics`: every rejection and warning of a run.
//!
//! Version 2 tables (extraction; both are derived from `articles` and rewritten per article):
//!
//! - `events`: one row per coded event of an article, whole as JSON (`json`, the serde form of
//!   `Event`), with the columns filters need: CAMEO code, PLOVER type, source and target actor
//!   codes, and the event date's value (`day`).
//! - `actor_mentions`: one row per actor named in an article, the `Actor` as seen there (its
//!   aliases in that article and mention count) as JSON; `sitrep actors` sums them per actor.

use std::time::Duration;

use rusqlite::{Connection, TransactionBehavior};

use crate::{Error, Result};

/// The migrations, in order; migration `i` (0-based) brings the store to version `i + 1`.
pub(crate) const MIGRATIONS: &[&str] = &[MIGRATION_1, MIGRATION_2];

/// The newest schema version this build reads and writes.
pub const SUPPORTED: u32 = MIGRATIONS.len() as u32;

const MIGRATION_1: &str = r#"
CREATE TABLE runs (
    id         INTEGER PRIMARY KEY,
    command    TEXT,
    started    TEXT,
    ingested   INTEGER,
    duplicates INTEGER,
    rejected   INTEGER
);

CREATE TABLE raw_docs (
    id           TEXT PRIMARY KEY,
    origin       TEXT NOT NULL,
    url          TEXT,
    format       TEXT NOT NULL,
    hints        TEXT NOT NULL,
    bytes        BLOB NOT NULL,
    ingested_run INTEGER REFERENCES runs(id)
);
CREATE INDEX raw_docs_run ON raw_docs(ingested_run);

CREATE TABLE articles (
    id        TEXT PRIMARY KEY REFERENCES raw_docs(id),
    title     TEXT,
    outlet    TEXT,
    published TEXT,
    language  TEXT NOT NULL,
    coded     INTEGER NOT NULL,
    cleaner   TEXT NOT NULL,
    story     TEXT,
    fts       INTEGER NOT NULL UNIQUE,
    json      TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published, id);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title,
    text,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE diagnostics (
    run      INTEGER NOT NULL REFERENCES runs(id),
    severity TEXT NOT NULL,
    code     TEXT NOT NULL,
    origin   TEXT NOT NULL,
    message  TEXT NOT NULL
);
CREATE INDEX diagnostics_run ON diagnostics(run);
"#;

const MIGRATION_2: &str = r#"
CREATE TABLE events (
    id      TEXT PRIMARY KEY,
    article TEXT NOT NULL REFERENCES articles(id),
    cameo   TEXT NOT NULL,
    plover  TEXT NOT NULL,
    source  TEXT,
    target  TEXT,
    day     TEXT,
    json    TEXT NOT NULL
);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_day ON events(day, id);

CREATE TABLE actor_mentions (
    article TEXT NOT NULL REFERENCES articles(id),
    actor   TEXT NOT NULL,
    json    TEXT NOT NULL,
    PRIMARY KEY (article, actor)
);
CREATE INDEX actor_mentions_actor ON actor_mentions(actor);
"#;

/// How long a connection waits for another writer before giving up with `SQLITE_BUSY`.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Set up a fresh connection: wait on locks, refuse a foreign or too new file, turn on WAL
/// (files only) and foreign keys, and apply the missing migrations.
pub(crate) fn prepare(conn: &mut Connection, path: &str, file: bool) -> Result<()> {
    let db = |source| Error::Sqlite {
        path: path.to_owned(),
        source,
    };
    conn.busy_timeout(BUSY_TIMEOUT).map_err(db)?;
    // Checked before anything is written, so a store from a newer sitrep is left untouched.
    let found = version(conn, path)?;
    if found > SUPPORTED {
        return Err(Error::SchemaTooNew {
            found,
            supported: SUPPORTED,
        });
    }
    if found == 0 {
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
            .map_err(db)?;
        if tables > 0 {
            return Err(Error::NotAStore {
                path: path.to_owned(),
            });
        }
    }
    if file {
        // `journal_mode` answers with the mode now in force; WAL persists in the file.
        let _mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(db)?;
    }
    conn.pragma_update(None, "foreign_keys", true).map_err(db)?;
    // A batch of 256 articles with their events touches more pages than SQLite's default
    // 2 MB cache holds; 32 MB keeps a batch's pages in memory until commit.
    conn.pragma_update(None, "cache_size", -32_768)
        .map_err(db)?;
    migrate(conn, path)
}

/// The schema version of the store: the number of migrations applied.
pub(crate) fn version(conn: &Connection, path: &str) -> Result<u32> {
    let v: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|source| Error::Sqlite {
            path: path.to_owned(),
            source,
        })?;
    // `user_version` is a signed 32-bit field; a negative value is no version sitrep wrote.
    Ok(u32::try_from(v).unwrap_or(u32::MAX))
}

/// Apply the migrations the store lacks, one transaction each.
fn migrate(conn: &mut Connection, path: &str) -> Result<()> {
    let db = |source| Error::Sqlite {
        path: path.to_owned(),
        source,
    };
    loop {
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(db)?;
        // Read again under the write lock: another process may have migrated meanwhile.
        let current = version(&tx, path)?;
        if current > SUPPORTED {
            return Err(Error::SchemaTooNew {
                found: current,
                supported: SUPPORTED,
            });
        }
        let Some(sql) = MIGRATIONS.get(current as usize) else {
            return Ok(());
        };
        tx.execute_batch(sql).map_err(db)?;
        tx.pragma_update(None, "user_version", current + 1)
            .map_err(db)?;
        tx.commit().map_err(db)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_sqlite_has_fts5() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
             INSERT INTO t(body) VALUES ('Ankara and Türkiye');",
        )
        .unwrap();
        let n: i64 = conn
            .query_row("SELECT count(*) FROM t WHERE t MATCH 'turkiye'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(n, 1);
    }

    #[test]
    fn migrations_bring_a_fresh_store_to_the_latest_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        prepare(&mut conn, ":memory:", false).unwrap();
        assert_eq!(version(&conn, ":memory:").unwrap(), SUPPORTED);
        // Applying again is a no-op.
        prepare(&mut conn, ":memory:", false).unwrap();
        assert_eq!(version(&conn, ":memory:").unwrap(), SUPPORTED);
    }

    #[test]
    fn a_foreign_database_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE invoices (n INTEGER)")
            .unwrap();
        let err = prepare(&mut conn, ":memory:", false).unwrap_err();
        assert!(matches!(err, Error::NotAStore { .. }), "{err:?}");
    }
}
