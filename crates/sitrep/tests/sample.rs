//! The sample corpus through the whole pipeline, checked against `corpus/FACTS.md`: facts the
//! team wrote by hand from each file (titles, bylines, datelines, publication dates, the lines a
//! cleaner must drop and the paragraphs it must keep).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::string_slice
)]

use sitrep::store::{ArticleQuery, SqliteStore};
use sitrep::{Article, Pipeline};

/// One `## FILE[#N]` section of FACTS.md: the file, which article of it (1-based), and its
/// `key: value` lines.
struct Facts {
    file: String,
    nth: usize,
    fields: Vec<(String, String)>,
}

impl Facts {
    fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    fn all(&self, key: &str) -> impl Iterator<Item = &str> {
        self.fields
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn facts() -> Vec<Facts> {
    let text = include_str!("../corpus/FACTS.md");
    let mut out: Vec<Facts> = Vec::new();
    for line in text.lines() {
        if let Some(head) = line.strip_prefix("## ") {
            let (file, nth) = match head.split_once('#') {
                Some((f, n)) => (f, n.parse().unwrap_or(0)),
                None => (head, 1),
            };
            if file.chars().next().is_some_and(|c| c.is_ascii_digit()) && nth > 0 {
                out.push(Facts {
                    file: file.trim().to_string(),
                    nth,
                    fields: Vec::new(),
                });
            } else {
                out.push(Facts {
                    file: String::new(),
                    nth: 0,
                    fields: Vec::new(),
                });
            }
        } else if let (Some(f), Some((k, v))) = (out.last_mut(), line.split_once(": "))
            && !k.contains(' ')
        {
            f.fields.push((k.to_string(), v.trim().to_string()));
        }
    }
    out.retain(|f| !f.file.is_empty());
    out
}

fn articles() -> Vec<Article> {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let summary = Pipeline::default()
        .ingest_sample(&mut store, "2025-11-14T00:00:00Z", &mut |_| {})
        .unwrap();
    assert_eq!(summary.rejected, 0);
    store.articles(&ArticleQuery::default()).unwrap()
}

/// The `nth` article read from `file`, in the order the input held them.
fn find<'a>(articles: &'a [Article], file: &str, nth: usize) -> &'a Article {
    let mut of_file: Vec<&Article> = articles
        .iter()
        .filter(|a| {
            a.origin == format!("corpus/{file}") || a.origin.starts_with(&format!("corpus/{file}#"))
        })
        .collect();
    of_file.sort_by_key(|a| {
        let digits: String = a.origin.chars().filter(char::is_ascii_digit).collect();
        (a.origin.len(), digits)
    });
    of_file
        .get(nth - 1)
        .copied()
        .unwrap_or_else(|| panic!("no article {nth} from {file}: {} found", of_file.len()))
}

fn none_or(v: &str) -> Option<&str> {
    (v != "none").then_some(v)
}

#[test]
fn every_sample_article_is_stored() {
    let articles = articles();
    let facts = facts();
    assert_eq!(facts.len(), 18);
    assert_eq!(articles.len(), 18);
}

#[test]
fn metadata_matches_the_facts() {
    let articles = articles();
    let mut failures = Vec::new();
    for f in facts() {
        let a = find(&articles, &f.file, f.nth);
        let who = format!("{}#{}", f.file, f.nth);
        if let Some(title) = f.get("title")
            && a.title.as_deref() != none_or(title)
        {
            failures.push(format!("{who}: title {:?}, expected {title:?}", a.title));
        }
        if let Some(byline) = f.get("byline") {
            let ours = a
                .byline
                .as_deref()
                .map(|b| b.strip_prefix("By ").unwrap_or(b));
            if ours != none_or(byline) {
                failures.push(format!("{who}: byline {:?}, expected {byline:?}", a.byline));
            }
        }
        if let Some(dateline) = f.get("dateline")
            && a.dateline.as_deref() != none_or(dateline)
        {
            failures.push(format!(
                "{who}: dateline {:?}, expected {dateline:?}",
                a.dateline
            ));
        }
        if let Some(published) = f.get("published") {
            let ours = a.published.as_ref().and_then(|p| p.value.as_deref());
            if ours != none_or(published) {
                failures.push(format!("{who}: published {ours:?}, expected {published:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn boilerplate_goes_and_paragraphs_stay() {
    let articles = articles();
    let mut failures = Vec::new();
    for f in facts() {
        let a = find(&articles, &f.file, f.nth);
        let who = format!("{}#{}", f.file, f.nth);
        for line in f.all("remove") {
            if a.text.split("\n\n").any(|p| p.trim() == line) {
                failures.push(format!("{who}: kept boilerplate {line:?}"));
            }
        }
        for line in f.all("keep").chain(f.all("subhead")) {
            if !a.text.contains(line) {
                failures.push(format!("{who}: lost {line:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn sentences_tile_the_text() {
    for a in articles() {
        let mut last = 0;
        for s in &a.sentences {
            assert!(s.range.start >= last, "{}: sentences overlap", a.origin);
            assert!(
                s.range.slice(&a.text).is_some(),
                "{}: range out of bounds",
                a.origin
            );
            last = s.range.end;
        }
        assert!(!a.sentences.is_empty(), "{}: no sentences", a.origin);
    }
}
