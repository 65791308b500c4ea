//! Everything the CLI writes to stdout: JSON, JSON lines and plain tables.
//!
//! JSON objects follow `../shared/spec/output-contract.md`. `json` prints one array, `jsonl` one
//! object a line; both end with a newline. Tables are for people: columns are cut to fit and may
//! change between versions, so scripts should read JSON.

use std::io::{self, Write};

use serde::Serialize;
use sitrep::model::Article;
use sitrep::store::SearchHit;

use crate::args::Format;

/// The article as `articles` and `search` print it: the contract's fields plus sitrep's extras,
/// without the sentence ranges (`show` prints those).
pub fn article_value(article: &Article) -> serde_json::Value {
    let mut value = serde_json::to_value(article).unwrap_or(serde_json::Value::Null);
    if let Some(map) = value.as_object_mut() {
        map.remove("sentences");
    }
    value
}

/// The article as `show` prints it: with each sentence's byte range and text.
pub fn article_detail(article: &Article) -> serde_json::Value {
    let mut value = article_value(article);
    let sentences: Vec<serde_json::Value> = article
        .sentences
        .iter()
        .map(|s| {
            serde_json::json!({
                "start": s.range.start,
                "end": s.range.end,
                "text": s.range.slice(&article.text).unwrap_or_default(),
            })
        })
        .collect();
    if let Some(map) = value.as_object_mut() {
        map.insert("sentences".into(), sentences.into());
    }
    value
}

/// Write values as a JSON array or as JSON lines.
pub fn write_json<T: Serialize>(
    out: &mut dyn Write,
    format: Format,
    values: &[T],
) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, values)?;
            writeln!(out)
        }
        _ => {
            for v in values {
                serde_json::to_writer(&mut *out, v)?;
                writeln!(out)?;
            }
            Ok(())
        }
    }
}

/// A plain table: a header row, then rows; each column as wide as its widest cell, up to `max`
/// chars (longer cells end in "…").
pub struct Table {
    header: Vec<&'static str>,
    max: Vec<usize>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(columns: &[(&'static str, usize)]) -> Self {
        Table {
            header: columns.iter().map(|c| c.0).collect(),
            max: columns.iter().map(|c| c.1).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn write(&self, out: &mut dyn Write) -> io::Result<()> {
        let cut: Vec<Vec<String>> =
            std::iter::once(self.header.iter().map(|h| h.to_string()).collect())
                .chain(self.rows.iter().cloned())
                .map(|row| {
                    row.iter()
                        .zip(&self.max)
                        .map(|(cell, max)| truncate(cell, *max))
                        .collect()
                })
                .collect();
        let widths: Vec<usize> = (0..self.header.len())
            .map(|i| {
                cut.iter()
                    .filter_map(|r| r.get(i))
                    .map(|c| c.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        for row in &cut {
            let mut line = String::new();
            for (i, cell) in row.iter().enumerate() {
                let last = i + 1 == row.len();
                line.push_str(cell);
                if !last {
                    let pad = widths.get(i).copied().unwrap_or(0) - cell.chars().count();
                    line.push_str(&" ".repeat(pad + 2));
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// Cut `s` to at most `max` chars, on one line.
pub fn truncate(s: &str, max: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn or_dash(s: Option<&str>) -> String {
    s.map(str::to_string).unwrap_or_else(|| "-".to_string())
}

fn published(article: &Article) -> String {
    article
        .published
        .as_ref()
        .and_then(|p| p.value.clone())
        .unwrap_or_else(|| "-".to_string())
}

/// Articles as a table.
pub fn articles_table(out: &mut dyn Write, articles: &[Article]) -> io::Result<()> {
    let mut table = Table::new(&[
        ("ID", 12),
        ("PUBLISHED", 10),
        ("OUTLET", 22),
        ("LANG", 4),
        ("DATELINE", 12),
        ("TITLE", 70),
    ]);
    for a in articles {
        table.row(vec![
            a.id.0.chars().take(12).collect(),
            published(a),
            or_dash(a.outlet.as_deref()),
            a.language.clone(),
            or_dash(a.dateline.as_deref()),
            or_dash(a.title.as_deref()),
        ]);
    }
    table.write(out)
}

/// Search hits as a table.
pub fn hits_table(out: &mut dyn Write, hits: &[SearchHit]) -> io::Result<()> {
    let mut table = Table::new(&[("ID", 12), ("OUTLET", 22), ("TITLE", 40), ("MATCH", 80)]);
    for h in hits {
        table.row(vec![
            h.article.id.0.chars().take(12).collect(),
            or_dash(h.article.outlet.as_deref()),
            or_dash(h.article.title.as_deref()),
            h.snippet.clone(),
        ]);
    }
    table.write(out)
}

/// One article for a reader: metadata, the text, what was removed and why.
pub fn article_text(out: &mut dyn Write, a: &Article) -> io::Result<()> {
    writeln!(out, "id         {}", a.id)?;
    writeln!(out, "origin     {}", a.origin)?;
    if let Some(url) = &a.url {
        writeln!(out, "url        {url}")?;
    }
    writeln!(out, "outlet     {}", or_dash(a.outlet.as_deref()))?;
    writeln!(out, "title      {}", or_dash(a.title.as_deref()))?;
    writeln!(out, "byline     {}", or_dash(a.byline.as_deref()))?;
    writeln!(out, "dateline   {}", or_dash(a.dateline.as_deref()))?;
    match &a.published {
        Some(p) => writeln!(
            out,
            "published  {} (from {}; {})",
            p.value.as_deref().unwrap_or("unresolved"),
            p.from.as_deref().unwrap_or("text"),
            p.basis
        )?,
        None => writeln!(out, "published  -")?,
    }
    let coded = if a.coded { "" } else { ", not coded" };
    writeln!(out, "language   {}{coded}", a.language)?;
    writeln!(out, "sentences  {}", a.sentences.len())?;
    writeln!(out)?;
    writeln!(out, "{}", a.text)?;
    writeln!(out)?;
    removed_lines(out, a, usize::MAX)
}

/// The removed lines with their reasons, at most `max` of them.
pub fn removed_lines(out: &mut dyn Write, a: &Article, max: usize) -> io::Result<()> {
    writeln!(out, "removed ({}):", a.removed.len())?;
    for (i, line) in a.removed.iter().enumerate().take(max) {
        let reason = a.removed_reasons.get(i).map(String::as_str).unwrap_or("");
        writeln!(out, "  [{reason}] {}", truncate(line, 90))?;
    }
    if a.removed.len() > max {
        writeln!(out, "  … and {} more", a.removed.len() - max)?;
    }
    Ok(())
}

/// `sitrep events` as a table: one event a row, its evidence in JSON output.
pub fn events_table(out: &mut dyn Write, events: &[sitrep::Event]) -> io::Result<()> {
    let mut table = Table::new(&[
        ("DATE", 23),
        ("CODE", 5),
        ("EVENT", 30),
        ("SOURCE", 12),
        ("TARGET", 12),
        ("PLACE", 20),
        ("KILLED", 7),
        ("INJURED", 7),
        ("FLAGS", 12),
        ("ID", 16),
    ]);
    for e in events {
        table.row(event_cells(e));
    }
    table.write(out)
}

/// The table cells of one event (also used by the demo).
pub fn event_cells(e: &sitrep::Event) -> Vec<String> {
    let actor = |a: &Option<sitrep::model::ActorRef>| {
        a.as_ref()
            .map_or_else(|| "-".to_owned(), |a| a.code.clone())
    };
    let date = e.date.as_ref().map_or_else(
        || "-".to_owned(),
        |d| match (d.value.as_deref(), d.from.is_some()) {
            (Some(value), true) => format!("{value} (published)"),
            (Some(value), false) => value.to_owned(),
            (None, true) => "undated".to_owned(),
            (None, false) => format!("? ({})", d.mentions.first().map_or("", |m| m.text.as_str())),
        },
    );
    let place = e.place.as_ref().map_or_else(
        || "-".to_owned(),
        |p| match &p.admin1 {
            Some(a1) if *a1 != p.name => format!("{}, {a1}", p.name),
            _ => p.name.clone(),
        },
    );
    let count = |c: &Option<sitrep::model::Casualty>| {
        c.as_ref().map_or_else(
            || "-".to_owned(),
            |c| match c.max {
                Some(max) if max == c.min => c.min.to_string(),
                Some(max) => format!("{}-{max}", c.min),
                None => format!("{}+", c.min),
            },
        )
    };
    let mut flags = Vec::new();
    if e.negated {
        flags.push("negated");
    }
    if e.hypothetical {
        flags.push("hypothetical");
    }
    vec![
        date,
        e.kind.cameo.clone(),
        e.kind.label.clone(),
        actor(&e.source_actor),
        actor(&e.target_actor),
        place,
        count(&e.killed),
        count(&e.injured),
        flags.join(","),
        e.id.clone(),
    ]
}

/// `sitrep actors` as a table.
pub fn actors_table(out: &mut dyn Write, actors: &[sitrep::model::Actor]) -> io::Result<()> {
    let mut table = Table::new(&[
        ("CODE", 10),
        ("NAME", 28),
        ("KIND", 12),
        ("ROLE", 18),
        ("MENTIONS", 8),
        ("ALIASES", 60),
    ]);
    for a in actors {
        let kind = serde_json::to_value(a.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        table.row(vec![
            a.code.clone(),
            a.name.clone(),
            kind,
            a.role.clone().unwrap_or_else(|| "-".to_owned()),
            a.mentions.to_string(),
            a.aliases.join(" | "),
        ]);
    }
    table.write(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncate_counts_chars_not_bytes() {
        assert_eq!(truncate("Türkiye and Iran", 7), "Türkiy…");
        assert_eq!(truncate("a\n b", 10), "a b");
    }

    #[test]
    fn table_pads_columns_to_the_widest_cell() {
        let mut t = Table::new(&[("A", 10), ("B", 10)]);
        t.row(vec!["long cell".into(), "x".into()]);
        let mut out = Vec::new();
        t.write(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "A          B\nlong cell  x\n"
        );
    }
}
