//! The store contract, on files in temporary folders and in memory.

// The helpers below are test code too, though not `#[test]` functions.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use sitrep_model::{
    Article, ArticleId, DateValue, Diagnostic, InputFormat, Precision, RawDoc, RawHints,
};
use sitrep_store::{
    ArticleQuery, Error, RunSummary, SCHEMA_VERSION, SqliteStore, Store, StoreBatch,
};

/// A raw document and the article "cleaned" from it: the text is the bytes, decoded lossily.
fn doc(origin: &str, bytes: &[u8]) -> (RawDoc, Article) {
    let raw = RawDoc::new(
        origin,
        Some(format!("https://news.example/{origin}")),
        InputFormat::Text,
        bytes.to_vec(),
        RawHints {
            outlet: Some("Example Wire".to_string()),
            container: Some("jsonl".to_string()),
            ..RawHints::default()
        },
    );
    let text = String::from_utf8_lossy(bytes).into_owned();
    let article = Article {
        id: raw.id.clone(),
        origin: raw.origin.clone(),
        url: raw.url.clone(),
        outlet: Some("Example Wire".to_string()),
        title: text.lines().next().map(str::to_string),
        byline: None,
        dateline: None,
        dateline_range: None,
        published: None,
        language: "en".to_string(),
        coded: true,
        text,
        removed: vec!["Share this".to_string()],
        removed_reasons: vec!["share-buttons".to_string()],
        story: None,
        format: InputFormat::Text,
        cleaner: "test-1".to_string(),
        sentences: Vec::new(),
    };
    (raw, article)
}

fn dated(mut article: Article, date: &str) -> Article {
    article.published = Some(DateValue {
        value: Some(date.to_string()),
        precision: Precision::Day,
        basis: "test".to_string(),
        anchor: None,
        timestamp: None,
        mentions: Vec::new(),
        from: Some("publication date".to_string()),
    });
    article
}

fn summary(ingested: usize, duplicates: usize, rejected: usize) -> RunSummary {
    RunSummary {
        command: "ingest in/".to_string(),
        started: "2025-11-14T09:30:00Z".to_string(),
        ingested,
        duplicates,
        rejected,
    }
}

fn store_with(docs: &[(RawDoc, Article)]) -> SqliteStore {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut batch = store.batch().unwrap();
    for (raw, article) in docs {
        assert!(batch.insert(raw, article).unwrap());
    }
    batch.commit().unwrap();
    store
}

fn ids(articles: &[Article]) -> Vec<&str> {
    articles.iter().map(|a| a.id.0.as_str()).collect()
}

#[test]
fn open_creates_and_reopen_keeps_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sitrep.db");
    let (raw, article) = doc("a.txt", b"Floods in the north\nRivers rose overnight.");
    {
        let mut store = SqliteStore::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let mut batch = store.batch().unwrap();
        assert!(batch.insert(&raw, &article).unwrap());
        batch.finish_run(&summary(1, 0, 0)).unwrap();
        batch.commit().unwrap();
    }
    assert!(path.exists());
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.count_articles().unwrap(), 1);
    assert_eq!(store.article(&article.id.0).unwrap(), Some(article.clone()));
    assert_eq!(store.raw_doc(&raw.id).unwrap(), Some(raw));
    assert_eq!(store.search("rivers", 5).unwrap().len(), 1);
    let runs = store.runs().unwrap();
    assert_eq!(runs.len(), 1);
    assert!(runs[0].finished);
    assert_eq!(runs[0].command, "ingest in/");
    assert_eq!(runs[0].started, "2025-11-14T09:30:00Z");
    assert_eq!(runs[0].ingested, 1);
}

#[test]
fn file_store_uses_wal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sitrep.db");
    drop(SqliteStore::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
}

#[test]
fn missing_folder_is_an_error_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no/such/folder/sitrep.db");
    let err = SqliteStore::open(&path).unwrap_err();
    assert!(matches!(&err, Error::Sqlite { path: p, .. } if p.contains("no/such/folder")));
}

#[test]
fn newer_schema_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE t (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    let err = SqliteStore::open(&path).unwrap_err();
    assert!(
        matches!(err, Error::SchemaTooNew { found: 99, supported } if supported == SCHEMA_VERSION),
        "{err:?}"
    );
    assert!(err.to_string().contains("upgrade sitrep"));
    // Not switched to WAL, not migrated.
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
}

#[test]
fn foreign_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE invoices (n INTEGER)")
        .unwrap();
    let err = SqliteStore::open(&path).unwrap_err();
    assert!(matches!(err, Error::NotAStore { .. }), "{err:?}");
}

#[test]
fn insert_twice_stores_once() {
    let (raw, article) = doc("a.txt", b"Talks resume\nDelegates met in Geneva.");
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut batch = store.batch().unwrap();
    assert!(!batch.contains(&raw.id).unwrap());
    assert!(batch.insert(&raw, &article).unwrap());
    assert!(batch.contains(&raw.id).unwrap());
    assert!(!batch.insert(&raw, &article).unwrap());
    batch.commit().unwrap();

    // Also across batches, and a changed article for the same raw document is not written.
    let mut changed = article.clone();
    changed.title = Some("Something else".to_string());
    let mut batch = store.batch().unwrap();
    assert!(!batch.insert(&raw, &changed).unwrap());
    batch.commit().unwrap();

    assert_eq!(store.count_articles().unwrap(), 1);
    assert_eq!(store.raw_ids().unwrap(), vec![raw.id.clone()]);
    assert_eq!(store.article(&raw.id.0).unwrap(), Some(article));
    assert_eq!(store.search("geneva", 10).unwrap().len(), 1);
}

#[test]
fn article_must_belong_to_its_raw_doc() {
    let (raw, _) = doc("a.txt", b"One");
    let (_, other) = doc("b.txt", b"Two");
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut batch = store.batch().unwrap();
    let err = batch.insert(&raw, &other).unwrap_err();
    assert!(matches!(err, Error::Mismatch { .. }), "{err:?}");
    // A batch with a failed write cannot be committed.
    assert!(matches!(batch.commit(), Err(Error::BatchFailed)));
    assert_eq!(store.count_articles().unwrap(), 0);
    assert!(store.raw_ids().unwrap().is_empty());
}

#[test]
fn dropped_batch_leaves_nothing() {
    let (raw, article) = doc("a.txt", b"Ceasefire holds\nNo shots were reported.");
    let mut store = SqliteStore::open_in_memory().unwrap();
    {
        let mut batch = store.batch().unwrap();
        assert!(batch.insert(&raw, &article).unwrap());
        batch
            .record_diagnostic(&Diagnostic::error("binary", "b.bin", "binary input"))
            .unwrap();
        batch.finish_run(&summary(1, 0, 1)).unwrap();
        // No commit: dropped.
    }
    assert_eq!(store.count_articles().unwrap(), 0);
    assert!(store.raw_ids().unwrap().is_empty());
    assert!(store.runs().unwrap().is_empty());
    assert!(store.search("ceasefire", 10).unwrap().is_empty());
}

#[test]
fn crash_mid_batch_leaves_nothing_and_a_rerun_stores_all() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sitrep.db");
    let docs = [
        doc("1.txt", b"First report\nShelling near the border."),
        doc("2.txt", b"Second report\nAid convoys arrived."),
        doc("3.txt", b"Third report\nTalks stalled again."),
    ];
    {
        let mut store = SqliteStore::open(&path).unwrap();
        let mut batch = store.batch().unwrap();
        for (raw, article) in &docs[..2] {
            assert!(batch.insert(raw, article).unwrap());
        }
        // The process "dies" here: the batch and the store are dropped mid-way.
    }
    let mut store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.count_articles().unwrap(), 0);
    assert!(store.raw_ids().unwrap().is_empty());

    let mut batch = store.batch().unwrap();
    for (raw, article) in &docs {
        assert!(batch.insert(raw, article).unwrap());
    }
    batch.commit().unwrap();
    assert_eq!(store.count_articles().unwrap(), 3);
}

#[test]
fn replace_article_changes_search_results() {
    let (raw, article) = doc("a.txt", b"Old headline\nThe harbour flooded.");
    let mut store = store_with(&[(raw.clone(), article.clone())]);
    assert_eq!(store.search("harbour", 10).unwrap().len(), 1);
    let runs = store.runs().unwrap();

    let mut fresh = article.clone();
    fresh.title = Some("New headline".to_string());
    fresh.text = "The airport reopened.".to_string();
    fresh.cleaner = "test-2".to_string();
    let mut batch = store.batch().unwrap();
    batch.replace_article(&fresh).unwrap();
    batch.commit().unwrap();

    assert!(store.search("harbour", 10).unwrap().is_empty());
    assert!(store.search("old", 10).unwrap().is_empty());
    let hits = store.search("airport", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].article, fresh);
    assert_eq!(store.search("new headline", 10).unwrap().len(), 1);
    assert_eq!(store.count_articles().unwrap(), 1);
    assert_eq!(store.article(&raw.id.0).unwrap(), Some(fresh));
    // The raw bytes are untouched.
    assert_eq!(store.raw_doc(&raw.id).unwrap(), Some(raw));
    // Reprocessing is no run.
    assert_eq!(store.runs().unwrap(), runs);
}

#[test]
fn search_entries_written_at_commit_cover_every_article_of_the_batch() {
    // 450 articles in two batches: the search entries of a batch are written together at
    // commit (more than one statement's worth of rows), and the second batch's rowids follow
    // the first's.
    let docs: Vec<(RawDoc, Article)> = (0..450)
        .map(|i| {
            doc(
                &format!("{i}.txt"),
                format!("Report {i}\nword{i} harbour").as_bytes(),
            )
        })
        .collect();
    let mut store = SqliteStore::open_in_memory().unwrap();
    for chunk in docs.chunks(300) {
        let mut batch = store.batch().unwrap();
        for (raw, article) in chunk {
            assert!(batch.insert(raw, article).unwrap());
        }
        batch.commit().unwrap();
    }
    assert_eq!(store.search("harbour", 1000).unwrap().len(), 450);
    for i in [0, 199, 200, 299, 300, 449] {
        let hits = store.search(&format!("word{i}"), 10).unwrap();
        assert_eq!(hits.len(), 1, "word{i}");
        assert_eq!(hits[0].article, docs[i].1);
    }
    // An article replaced in the batch that inserted it is searchable by its new text only.
    let (raw, article) = doc("late.txt", b"Late\nThe ferry sank.");
    let mut fresh = article.clone();
    fresh.text = "The ferry was saved.".to_string();
    let mut batch = store.batch().unwrap();
    assert!(batch.insert(&raw, &article).unwrap());
    batch.replace_article(&fresh).unwrap();
    batch.commit().unwrap();
    assert!(store.search("sank", 10).unwrap().is_empty());
    assert_eq!(store.search("saved", 10).unwrap().len(), 1);
}

#[test]
fn replace_article_needs_a_stored_raw_doc() {
    let (_, article) = doc("a.txt", b"Never stored");
    let mut store = SqliteStore::open_in_memory().unwrap();
    let mut batch = store.batch().unwrap();
    let err = batch.replace_article(&article).unwrap_err();
    assert!(matches!(err, Error::UnknownArticle { .. }), "{err:?}");
}

#[test]
fn hostile_search_input_is_never_an_error() {
    let store = store_with(&[doc(
        "a.txt",
        b"Foo and bar\nThe a:b ratio rose; \"quoted\" officials said -foo was fine.",
    )]);
    for q in [
        "\"",
        "\"\"",
        "\"foo",
        "foo\"",
        "foo \"bar",
        "-foo",
        "- -",
        "AND OR",
        "AND",
        "OR NOT",
        "NOT foo",
        "a:b",
        "title:foo",
        ":",
        "foo*",
        "*",
        "^foo",
        "NEAR(foo bar)",
        "(foo",
        "foo)",
        "'; DROP TABLE articles; --",
        "\u{0345}",
        "foo \u{0301}",
        "",
        "   ",
    ] {
        let result = store.search(q, 10);
        assert!(result.is_ok(), "query {q:?}: {result:?}");
    }
    assert!(store.search("", 10).unwrap().is_empty());
    assert_eq!(store.search("-foo", 10).unwrap().len(), 1);
    assert_eq!(store.search("a:b", 10).unwrap().len(), 1);
    assert_eq!(store.search("\"foo", 10).unwrap().len(), 1);
    assert_eq!(store.search("AND", 10).unwrap().len(), 1);
    assert_eq!(store.count_articles().unwrap(), 1);
}

#[test]
fn search_reads_phrases_prefixes_and_folds_diacritics() {
    let store = store_with(&[
        doc(
            "tr.txt",
            "Aid reaches Türkiye\nConvoys crossed into Türkiye at dawn.".as_bytes(),
        ),
        doc(
            "pk.txt",
            b"Minister visits\nThe prime minister met the foreign minister.",
        ),
        doc(
            "ru.txt",
            b"Foreign prime movers\nA foreign firm said prime costs rose.",
        ),
    ]);
    let hits = store.search("turkiye", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].article.origin, "tr.txt");
    assert!(hits[0].snippet.contains("[Türkiye]"), "{}", hits[0].snippet);
    assert!(!hits[0].snippet.contains('\n'));
    assert_eq!(store.search("TÜRKIYE", 10).unwrap().len(), 1);

    // Both words anywhere: two articles; as a phrase: one.
    assert_eq!(store.search("prime minister", 10).unwrap().len(), 1);
    assert_eq!(store.search("foreign prime", 10).unwrap().len(), 2);
    let phrase = store.search("\"foreign prime\"", 10).unwrap();
    assert_eq!(phrase.len(), 1);
    assert_eq!(phrase[0].article.origin, "ru.txt");

    assert_eq!(store.search("minist*", 10).unwrap().len(), 1);
    assert_eq!(store.search("foreign", 1).unwrap().len(), 1);
    assert_eq!(store.search("foreign", 0).unwrap().len(), 0);

    // Best first: a title match outranks a text match.
    let hits = store.search("foreign", 10).unwrap();
    assert_eq!(hits[0].article.origin, "ru.txt");
    assert!(hits[0].rank <= hits[1].rank);
}

#[test]
fn prefix_lookup() {
    let docs: Vec<_> = (0..20)
        .map(|i| doc(&format!("{i}.txt"), format!("Report {i}").as_bytes()))
        .collect();
    let store = store_with(&docs);
    let (_, first) = &docs[0];
    let id = &first.id.0;

    assert_eq!(store.article(id).unwrap().as_ref(), Some(first));
    let unique = (4..=id.len())
        .map(|n| id.chars().take(n).collect::<String>())
        .find(|p| docs.iter().filter(|(r, _)| r.id.0.starts_with(p)).count() == 1)
        .unwrap();
    assert_eq!(store.article(&unique).unwrap().as_ref(), Some(first));
    assert_eq!(store.article("zzzz").unwrap(), None);
    // Shorter than 4 characters is not a prefix.
    let short: String = id.chars().take(3).collect();
    assert_eq!(store.article(&short).unwrap(), None);
}

#[test]
fn ambiguous_prefix_is_an_error() {
    // Content ids cannot be chosen, so build two articles with ids that share a prefix by hand.
    let (mut raw_a, mut a) = doc("a.txt", b"Alpha");
    let (mut raw_b, mut b) = doc("b.txt", b"Beta");
    for (raw, article, id) in [
        (&mut raw_a, &mut a, "abcd000000000001"),
        (&mut raw_b, &mut b, "abcd000000000002"),
    ] {
        raw.id = ArticleId(id.to_string());
        article.id = ArticleId(id.to_string());
    }
    let store = store_with(&[(raw_a, a.clone()), (raw_b, b)]);
    let err = store.article("abcd").unwrap_err();
    assert!(
        matches!(&err, Error::Ambiguous { prefix } if prefix == "abcd"),
        "{err:?}"
    );
    assert!(err.to_string().contains("give more characters"));
    assert_eq!(store.article("abcd000000000001").unwrap(), Some(a.clone()));
    // A longer prefix that is still shared is still ambiguous; the full id is not.
    assert!(matches!(
        store.article("abcd00000000000"),
        Err(Error::Ambiguous { .. })
    ));
}

#[test]
fn articles_are_ordered_and_filtered() {
    let (raw1, a1) = doc("1.txt", b"One");
    let (raw2, a2) = doc("2.txt", b"Two");
    let (raw3, a3) = doc("3.txt", b"Three");
    let (raw4, a4) = doc("4.txt", b"Four");
    let a1 = dated(a1, "2025-11-12");
    let mut a2 = dated(a2, "2025-11-10");
    a2.outlet = Some("Dawn".to_string());
    a2.language = "ur".to_string();
    a2.coded = false;
    // a3 is undated: it comes last.
    let a4 = dated(a4, "2025-11-12");
    let store = store_with(&[
        (raw1, a1.clone()),
        (raw2, a2.clone()),
        (raw3, a3.clone()),
        (raw4, a4.clone()),
    ]);

    let mut same_day = [a1.id.0.as_str(), a4.id.0.as_str()];
    same_day.sort();
    let all = store.articles(&ArticleQuery::default()).unwrap();
    assert_eq!(
        ids(&all),
        vec![a2.id.0.as_str(), same_day[0], same_day[1], a3.id.0.as_str()]
    );

    let limited = store
        .articles(&ArticleQuery {
            limit: Some(2),
            ..ArticleQuery::default()
        })
        .unwrap();
    assert_eq!(ids(&limited), ids(&all[..2]));

    let dawn = store
        .articles(&ArticleQuery {
            outlet: Some("dawn".to_string()),
            ..ArticleQuery::default()
        })
        .unwrap();
    assert_eq!(dawn, vec![a2.clone()]);

    let english = store
        .articles(&ArticleQuery {
            language: Some("en".to_string()),
            ..ArticleQuery::default()
        })
        .unwrap();
    assert_eq!(english.len(), 3);
    assert!(english.iter().all(|a| a.language == "en"));

    let none = store
        .articles(&ArticleQuery {
            outlet: Some("Dawn".to_string()),
            language: Some("en".to_string()),
            limit: None,
        })
        .unwrap();
    assert!(none.is_empty());
    assert_eq!(
        store
            .articles(&ArticleQuery {
                limit: Some(0),
                ..ArticleQuery::default()
            })
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn raw_doc_round_trip_keeps_bytes_exactly() {
    // Windows-1252 curly quotes (0x93, 0x94), a NUL and a stray 0xFF: not UTF-8.
    let bytes: &[u8] = b"He said \x93enough\x94.\x00\xff\r\n";
    let (mut raw, article) = doc("cp1252.txt", bytes);
    raw.hints.charset = Some("windows-1252".to_string());
    raw.hints.published = Some("Thu, 13 Nov 2025 09:30:00 +0500".to_string());
    raw.format = InputFormat::Html;
    let mut store = store_with(&[(raw.clone(), article)]);

    let back = store.raw_doc(&raw.id).unwrap().unwrap();
    assert_eq!(back.bytes, bytes);
    assert_eq!(back, raw);
    assert_eq!(
        store
            .raw_doc(&ArticleId("0000000000000000".into()))
            .unwrap(),
        None
    );

    // Also through a file.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sitrep.db");
    {
        let mut file = SqliteStore::open(&path).unwrap();
        let mut batch = file.batch().unwrap();
        let article = store.article(&raw.id.0).unwrap().unwrap();
        assert!(batch.insert(&raw, &article).unwrap());
        batch.commit().unwrap();
    }
    let file = SqliteStore::open(Path::new(&path)).unwrap();
    assert_eq!(file.raw_doc(&raw.id).unwrap(), Some(raw));
    // The in-memory store stays usable after reads.
    assert!(store.batch().unwrap().commit().is_ok());
}

#[test]
fn a_run_spans_batches_and_keeps_its_diagnostics() {
    let docs = [doc("1.txt", b"First"), doc("2.txt", b"Second")];
    let mut store = SqliteStore::open_in_memory().unwrap();

    let mut batch = store.batch().unwrap();
    assert!(batch.insert(&docs[0].0, &docs[0].1).unwrap());
    batch
        .record_diagnostic(&Diagnostic::error(
            "binary",
            "in/x.bin",
            "binary input, not text",
        ))
        .unwrap();
    batch.commit().unwrap();

    // Interrupted so far: the run is visible as unfinished, with what it committed.
    let runs = store.runs().unwrap();
    assert_eq!(runs.len(), 1);
    assert!(!runs[0].finished);
    assert_eq!(runs[0].command, "");
    assert_eq!(
        (runs[0].ingested, runs[0].rejected, runs[0].diagnostics),
        (1, 1, 1)
    );

    let mut batch = store.batch().unwrap();
    assert!(batch.insert(&docs[1].0, &docs[1].1).unwrap());
    assert!(!batch.insert(&docs[0].0, &docs[0].1).unwrap());
    batch
        .record_diagnostic(&Diagnostic::warning(
            "decoded-lossy",
            "in/2.txt",
            "bad bytes replaced",
        ))
        .unwrap();
    batch.finish_run(&summary(2, 1, 1)).unwrap();
    batch.commit().unwrap();

    let runs = store.runs().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert!(run.finished);
    assert_eq!(run.command, "ingest in/");
    assert_eq!(
        (run.ingested, run.duplicates, run.rejected, run.diagnostics),
        (2, 1, 1, 2)
    );
    let diags = store.diagnostics(run.id).unwrap();
    assert_eq!(
        diags,
        vec![
            Diagnostic::error("binary", "in/x.bin", "binary input, not text"),
            Diagnostic::warning("decoded-lossy", "in/2.txt", "bad bytes replaced"),
        ]
    );

    // The next write starts a new run, even one that stores nothing new.
    let mut batch = store.batch().unwrap();
    assert!(!batch.insert(&docs[0].0, &docs[0].1).unwrap());
    batch.finish_run(&summary(0, 1, 0)).unwrap();
    batch.commit().unwrap();
    let runs = store.runs().unwrap();
    assert_eq!(runs.len(), 2);
    assert!(runs[1].id > runs[0].id);
    assert_eq!((runs[1].ingested, runs[1].duplicates), (0, 1));
}

#[test]
fn a_run_created_by_a_dropped_batch_is_forgotten() {
    let (raw, article) = doc("1.txt", b"First");
    let mut store = SqliteStore::open_in_memory().unwrap();
    {
        let mut batch = store.batch().unwrap();
        batch
            .record_diagnostic(&Diagnostic::error("binary", "x", "binary"))
            .unwrap();
    }
    let mut batch = store.batch().unwrap();
    assert!(batch.insert(&raw, &article).unwrap());
    batch.finish_run(&summary(1, 0, 0)).unwrap();
    batch.commit().unwrap();
    let runs = store.runs().unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].diagnostics, 0);
    assert_eq!(store.diagnostics(runs[0].id).unwrap(), Vec::new());
}

/// Code written against the trait works with the SQLite store.
#[test]
fn the_trait_drives_the_sqlite_store() {
    fn ingest<S: Store>(store: &mut S, docs: &[(RawDoc, Article)]) -> sitrep_store::Result<usize> {
        let mut batch = store.batch()?;
        let mut n = 0;
        for (raw, article) in docs {
            if !batch.contains(&raw.id)? && batch.insert(raw, article)? {
                n += 1;
            }
        }
        batch.finish_run(&summary(n, docs.len() - n, 0))?;
        batch.commit()?;
        store.count_articles()
    }
    let mut store = SqliteStore::open_in_memory().unwrap();
    let docs = [doc("1.txt", b"First"), doc("2.txt", b"Second")];
    assert_eq!(ingest(&mut store, &docs).unwrap(), 2);
    assert_eq!(ingest(&mut store, &docs).unwrap(), 2);
    assert_eq!(Store::runs(&store).unwrap().len(), 2);
}
