//! Cleaning: one raw document in, one clean [`Article`] out.
//!
//! `clean` is a pure, total function of one [`RawDoc`]: it decodes the bytes (declared charsets,
//! byte-order marks, `<meta charset>`, then detection), extracts the main text (scraped plain text
//! by line-shape rules in [`text`], HTML by [`html`]), and reads the metadata: title, byline,
//! dateline, publication date, outlet and language. Content problems come back as diagnostics
//! beside the article; cleaning never fails.
//!
//! ```
//! use sitrep_model::{InputFormat, RawDoc, RawHints};
//! let raw = RawDoc::new(
//!     "example.txt",
//!     None,
//!     InputFormat::Text,
//!     b"- Home\n- World\n- Sport\nFloods Close Port of Karachi\n\nKARACHI: Floodwater closed the port on Monday, officials said.\n\nScroll to Top\n".to_vec(),
//!     RawHints::default(),
//! );
//! let (article, _diagnostics) = sitrep_clean::clean(&raw, &sitrep_clean::CleanConfig::default());
//! assert_eq!(article.title.as_deref(), Some("Floods Close Port of Karachi"));
//! assert_eq!(article.dateline.as_deref(), Some("KARACHI"));
//! assert_eq!(article.text, "KARACHI: Floodwater closed the port on Monday, officials said.");
//! assert!(article.removed.contains(&"Scroll to Top".to_string()));
//! ```

pub mod dates;
mod decode;
pub mod html;
pub mod html_strip;
mod meta;
pub mod text;
mod zones;

use sitrep_model::{Article, DateValue, Diagnostic, InputFormat, Precision, RawDoc};

pub use decode::decode;
pub use zones::OutletZones;

/// The version of the cleaner; stored with each article so `sitrep reprocess` can tell which
/// articles an upgrade would change.
pub const CLEANER_VERSION: &str = "clean-1";

/// Settings of the cleaner.
#[derive(Debug, Clone)]
pub struct CleanConfig {
    /// Languages the later stages code; others are stored with `coded: false`.
    pub coded_languages: Vec<String>,
    /// Outlets' home time zones: a zoned publication time becomes the outlet's local day.
    pub outlet_zones: OutletZones,
}

impl Default for CleanConfig {
    fn default() -> Self {
        CleanConfig {
            coded_languages: vec!["en".to_string()],
            outlet_zones: OutletZones::default(),
        }
    }
}

/// Clean one raw document into an article. Total: never fails, never panics.
pub fn clean(raw: &RawDoc, config: &CleanConfig) -> (Article, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let decoded = decode::decode(&raw.bytes, raw.format, raw.hints.charset.as_deref());
    if let Some(note) = &decoded.note {
        diagnostics.push(Diagnostic::warning("decoding", &raw.origin, note.clone()));
    }

    let mut site_name = None;
    let mut language = None;
    let (body, mut title, mut byline, published_raw, removed) = match raw.format {
        InputFormat::Text => {
            let c = text::clean_text(&decoded.text);
            let published = c.published.map(|p| (p, "printed date line".to_string()));
            (c.text, c.title, c.byline, published, c.removed)
        }
        InputFormat::Html => {
            let h = html::extract(&decoded.text, raw.url.as_deref());
            // The HTML extractor gives paragraphs; the text rules then drop furniture lines it let
            // through (share bars, "Scroll to Top") and pick up printed bylines and dates. The
            // page title is known, so the text rules do not take a first paragraph for one.
            let c = text::clean_text_with(&h.text, h.title.as_deref());
            site_name = h.site_name;
            language = h.language;
            let published = h
                .published
                .or_else(|| c.published.map(|p| (p, "printed date line".to_string())));
            let mut removed: Vec<(String, String)> = h
                .removed
                .into_iter()
                .map(|r| (r, "html boilerplate".to_string()))
                .collect();
            removed.extend(c.removed);
            (
                c.text,
                h.title.or(c.title),
                h.byline.or(c.byline),
                published,
                removed,
            )
        }
    };
    if title.is_none() {
        title = raw.hints.title.clone().filter(|t| !t.trim().is_empty());
    }
    if byline.is_none() {
        byline = raw.hints.byline.clone();
    }

    let dateline = meta::find_dateline(&body);
    let published = published_value(published_raw, raw, &mut diagnostics);
    let outlet = raw
        .hints
        .outlet
        .clone()
        .or(site_name)
        .or_else(|| raw.url.as_deref().and_then(meta::host_of));
    let published = published.map(|p| config.outlet_zones.localise(p, outlet.as_deref()));
    let language = meta::language(&body, language.or(raw.hints.language.clone()));
    let coded = config.coded_languages.contains(&language);
    if !coded {
        diagnostics.push(Diagnostic::new(
            sitrep_model::Severity::Info,
            "not-coded",
            &raw.origin,
            format!("language `{language}` is stored but not coded yet"),
        ));
    }
    if body.trim().is_empty() {
        diagnostics.push(Diagnostic::warning(
            "no-text",
            &raw.origin,
            "no article text was found after cleaning; the raw input is kept",
        ));
    }

    let (removed, removed_reasons) = removed.into_iter().unzip();
    let article = Article {
        id: raw.id.clone(),
        origin: raw.origin.clone(),
        url: raw.url.clone(),
        outlet,
        title,
        byline,
        dateline: dateline.as_ref().map(|d| d.place.clone()),
        dateline_range: dateline.map(|d| d.range),
        published,
        language,
        coded,
        text: body,
        removed,
        removed_reasons,
        story: None,
        format: raw.format,
        cleaner: CLEANER_VERSION.to_string(),
        sentences: Vec::new(),
    };
    (article, diagnostics)
}

/// The publication date: what the document prints first, then what its container said.
fn published_value(
    found: Option<(String, String)>,
    raw: &RawDoc,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<DateValue> {
    let hinted = raw.hints.published.clone().map(|p| {
        let from = raw
            .hints
            .published_from
            .clone()
            .unwrap_or_else(|| "input metadata".to_string());
        (p, from)
    });
    // A WARC capture date is when the page was fetched, not when it was published: use it only
    // when nothing better is known.
    let candidates = match (&found, &hinted) {
        (Some(_), Some((_, from))) if from.contains("capture") => vec![found, hinted],
        (_, Some((_, from))) if !from.contains("capture") => vec![hinted, found],
        _ => vec![found, hinted],
    };
    for (raw_value, from) in candidates.into_iter().flatten() {
        match dates::parse_timestamp(&raw_value) {
            Some(stamp) => {
                let precision = if stamp.date.is_some() {
                    Precision::Day
                } else {
                    Precision::Unknown
                };
                return Some(DateValue {
                    value: stamp.date.clone(),
                    precision,
                    basis: format!("publication date printed as \"{}\"", raw_value.trim()),
                    anchor: None,
                    timestamp: stamp.timestamp,
                    mentions: Vec::new(),
                    from: Some(from),
                });
            }
            None => diagnostics.push(Diagnostic::warning(
                "bad-date",
                &raw.origin,
                format!(
                    "publication date \"{}\" from {from} could not be read",
                    raw_value.trim()
                ),
            )),
        }
    }
    None
}
