//! JSON Lines: one article per line, as news APIs, crawlers and data sets export them.
//!
//! A record is a JSON object. Its article is `html` (an HTML page, main content extracted) or
//! `text` (plain text); `body` and `content` are read as `text` when `text` is absent, as
//! Reuters-21578 and many crawler exports name it. Metadata fields: `url` (or `link`), `title`
//! (or `headline`), `published` (or `date`, `published_at`, `pubDate`), `outlet` (or `source`,
//! `site`), `byline` (or `author`), `language` (or `lang`). Other fields are ignored, and kept in
//! the raw line only in the sense that the article's id hashes its content and URL.
//!
//! A file whose first line is not a complete JSON value but which parses as a whole (a pretty
//! printed JSON object, or an array of objects) is read as those records.
//!
//! Each bad line is one error named `{origin}:{line}`; the other lines go on. A record's outlet
//! wins over `--outlet`, which only fills in records that name none.

use std::io::{BufRead, Read};

use serde_json::{Map, Value};
use sitrep_model::{Diagnostic, InputFormat, RawDoc, RawHints};

use crate::IngestConfig;

/// Read JSONL from a stream, line by line: memory holds one line at a time, however large the
/// file. A line longer than twice `max_bytes` is skipped with a `too-large` error.
pub fn read_stream(
    reader: &mut dyn BufRead,
    origin: &str,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) -> std::io::Result<()> {
    let line_cap = cfg.max_bytes.saturating_mul(2).max(1024);
    let mut line = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        let n = (&mut *reader)
            .take(line_cap + 1)
            .read_until(b'\n', &mut line)?;
        if n == 0 {
            return Ok(());
        }
        number += 1;
        if line.len() as u64 > line_cap && !line.ends_with(b"\n") {
            on_diag(Diagnostic::error(
                "too-large",
                format!("{origin}:{number}"),
                format!(
                    "the line is longer than {line_cap} bytes; raise --max-bytes if it is an article"
                ),
            ));
            skip_line(reader)?;
            continue;
        }
        read_line(&line, origin, number, cfg, on_doc, on_diag);
    }
}

/// Read JSONL (or a JSON object or array) held in memory.
pub fn read_slice(
    bytes: &[u8],
    origin: &str,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let first_line = bytes
        .split(|&b| b == b'\n')
        .find(|l| !l.trim_ascii().is_empty())
        .unwrap_or_default();
    if serde_json::from_slice::<Value>(first_line).is_err() {
        // Not line-delimited: perhaps one pretty-printed document.
        if let Ok(value) = serde_json::from_slice::<Value>(bytes) {
            read_document(value, origin, cfg, on_doc, on_diag);
            return;
        }
    }
    for (i, line) in bytes.split(|&b| b == b'\n').enumerate() {
        read_line(line, origin, i + 1, cfg, on_doc, on_diag);
    }
}

/// A whole-file JSON value: one record, or an array of records named `{origin}[i]`.
fn read_document(
    value: Value,
    origin: &str,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    match value {
        Value::Array(items) => {
            for (i, item) in items.into_iter().enumerate() {
                read_record(item, format!("{origin}[{i}]"), cfg, on_doc, on_diag);
            }
        }
        other => read_record(other, origin.to_string(), cfg, on_doc, on_diag),
    }
}

fn read_line(
    line: &[u8],
    origin: &str,
    number: usize,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    let line = line.strip_prefix(b"\xef\xbb\xbf").unwrap_or(line);
    if line.trim_ascii().is_empty() {
        return;
    }
    let here = format!("{origin}:{number}");
    match serde_json::from_slice::<Value>(line) {
        Ok(value) => read_record(value, here, cfg, on_doc, on_diag),
        Err(e) => on_diag(Diagnostic::error(
            "not-json",
            here,
            format!("the line is not JSON ({e})"),
        )),
    }
}

fn read_record(
    value: Value,
    here: String,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    let Value::Object(record) = value else {
        on_diag(Diagnostic::error(
            "not-object",
            here,
            "the record is not a JSON object with `text` or `html`",
        ));
        return;
    };
    let (format, content) = if let Some(html) = field(&record, &["html", "raw_html"]) {
        (InputFormat::Html, html)
    } else if let Some(text) = field(&record, &["text", "body", "content"]) {
        (InputFormat::Text, text)
    } else {
        on_diag(Diagnostic::error(
            "no-content",
            here,
            "the record has no non-empty `text` or `html` field",
        ));
        return;
    };
    if content.len() as u64 > cfg.max_bytes {
        on_diag(Diagnostic::error(
            "too-large",
            here,
            format!(
                "the article has {} bytes, more than the limit of {}; raise --max-bytes if it is trusted",
                content.len(),
                cfg.max_bytes
            ),
        ));
        return;
    }
    let published_key = ["published", "date", "published_at", "pubDate"]
        .into_iter()
        .find(|k| field(&record, &[k]).is_some());
    let hints = RawHints {
        title: field(&record, &["title", "headline"]).map(str::to_string),
        published: published_key
            .and_then(|k| field(&record, &[k]))
            .map(str::to_string),
        published_from: published_key.map(|k| format!("jsonl {k}")),
        outlet: field(&record, &["outlet", "source", "site"])
            .map(str::to_string)
            .or_else(|| cfg.outlet.clone()),
        byline: field(&record, &["byline", "author"]).map(str::to_string),
        language: field(&record, &["language", "lang"]).map(str::to_string),
        container: Some("jsonl".to_string()),
        ..RawHints::default()
    };
    let url = field(&record, &["url", "link"]).map(str::to_string);
    on_doc(RawDoc::new(
        here,
        url,
        format,
        content.as_bytes().to_vec(),
        hints,
    ));
}

/// The first of `keys` holding a non-blank string.
fn field<'a>(record: &'a Map<String, Value>, keys: &[&str]) -> Option<&'a str> {
    keys.iter()
        .filter_map(|k| record.get(*k)?.as_str())
        .find(|s| !s.trim().is_empty())
}

/// Discard the rest of an over-long line.
fn skip_line(reader: &mut dyn BufRead) -> std::io::Result<()> {
    loop {
        let buf = reader.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                reader.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = buf.len();
                reader.consume(n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], cfg: &IngestConfig) -> (Vec<RawDoc>, Vec<Diagnostic>) {
        let (mut docs, mut diags) = (Vec::new(), Vec::new());
        read_slice(bytes, "in.jsonl", cfg, &mut |d| docs.push(d), &mut |d| {
            diags.push(d)
        });
        (docs, diags)
    }

    #[test]
    fn records_become_documents_with_their_metadata() {
        let input = br#"{"url":"https://a.example/1","title":"Talks","published":"2025-11-13","outlet":"A Wire","text":"Envoys met."}
{"html":"<html><body><p>Shelling resumed.</p></body></html>","headline":"Shelling","date":"2025-11-12"}
"#;
        let cfg = IngestConfig {
            outlet: Some("Given".to_string()),
            ..IngestConfig::default()
        };
        let (docs, diags) = read(input, &cfg);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].origin, "in.jsonl:1");
        assert_eq!(docs[0].url.as_deref(), Some("https://a.example/1"));
        assert_eq!(docs[0].format, InputFormat::Text);
        assert_eq!(docs[0].bytes, b"Envoys met.");
        assert_eq!(docs[0].hints.title.as_deref(), Some("Talks"));
        assert_eq!(docs[0].hints.published.as_deref(), Some("2025-11-13"));
        assert_eq!(
            docs[0].hints.published_from.as_deref(),
            Some("jsonl published")
        );
        // The record's own outlet wins over --outlet, which fills the gap in the second.
        assert_eq!(docs[0].hints.outlet.as_deref(), Some("A Wire"));
        assert_eq!(docs[1].hints.outlet.as_deref(), Some("Given"));
        assert_eq!(docs[1].format, InputFormat::Html);
        assert_eq!(docs[1].hints.title.as_deref(), Some("Shelling"));
        assert_eq!(docs[1].hints.published_from.as_deref(), Some("jsonl date"));
    }

    #[test]
    fn each_bad_line_is_named_and_the_rest_goes_on() {
        let input = b"{\"text\":\"one\"}\nnot json\n[1,2]\n{\"title\":\"no body\"}\n\n{\"text\":\"five\"}\n{\"text\":";
        let (docs, diags) = read(input, &IngestConfig::default());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].origin, "in.jsonl:6");
        let named: Vec<(&str, &str)> = diags
            .iter()
            .map(|d| (d.origin.as_str(), d.code.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                ("in.jsonl:2", "not-json"),
                ("in.jsonl:3", "not-object"),
                ("in.jsonl:4", "no-content"),
                ("in.jsonl:7", "not-json"),
            ]
        );
    }

    #[test]
    fn a_pretty_printed_array_is_read_as_records() {
        let input = b"[\n  {\"text\": \"one\"},\n  {\"text\": \"two\"}\n]\n";
        let (docs, diags) = read(input, &IngestConfig::default());
        assert!(diags.is_empty());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].origin, "in.jsonl[1]");
    }

    #[test]
    fn streams_skip_over_long_lines_and_keep_the_next() {
        let cfg = IngestConfig {
            max_bytes: 600,
            ..IngestConfig::default()
        };
        let long = format!("{{\"text\":\"{}\"}}\n", "x".repeat(5000));
        let input = format!("{{\"text\":\"short\"}}\n{long}{{\"text\":\"after\"}}\n");
        let (mut docs, mut diags) = (Vec::new(), Vec::new());
        let mut reader = std::io::BufReader::with_capacity(64, input.as_bytes());
        read_stream(
            &mut reader,
            "s.jsonl",
            &cfg,
            &mut |d| docs.push(d),
            &mut |d| diags.push(d),
        )
        .unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[1].bytes, b"after");
        assert_eq!(docs[1].origin, "s.jsonl:3");
        assert_eq!(diags.len(), 1);
        assert_eq!(
            (diags[0].origin.as_str(), diags[0].code.as_str()),
            ("s.jsonl:2", "too-large")
        );
    }

    #[test]
    fn an_article_over_the_cap_is_refused() {
        let cfg = IngestConfig {
            max_bytes: 10,
            ..IngestConfig::default()
        };
        let (docs, diags) = read(b"{\"text\":\"this is longer than ten bytes\"}", &cfg);
        assert!(docs.is_empty());
        assert_eq!(diags[0].code, "too-large");
    }
}
