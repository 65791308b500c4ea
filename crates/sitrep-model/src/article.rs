use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{DateValue, TextRange};

/// A stable article id: the first 16 hex digits of SHA-256 over the raw input bytes, plus the URL
/// when known. Re-cleaning never changes it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(pub String);

impl std::fmt::Display for ArticleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The id of a raw document: SHA-256 of its bytes, then a zero byte and its URL when it has one.
///
/// Two outlets publishing the same text under two URLs are two articles; the same file ingested
/// twice is one.
pub fn content_id(bytes: &[u8], url: Option<&str>) -> ArticleId {
    let mut h = Sha256::new();
    h.update(bytes);
    if let Some(url) = url {
        h.update([0u8]);
        h.update(url.as_bytes());
    }
    let digest = h.finalize();
    let mut s = String::with_capacity(16);
    for b in digest.iter().take(8) {
        s.push_str(&format!("{b:02x}"));
    }
    ArticleId(s)
}

/// What kind of document a raw input holds, after detection by content and name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    /// Plain text as scraped from a web page: menus and share lines included.
    Text,
    /// An HTML page; its main content is extracted.
    Html,
}

impl InputFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Html => "html",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "text" => Some(InputFormat::Text),
            "html" => Some(InputFormat::Html),
            _ => None,
        }
    }
}

/// Metadata a container gave for one document (a JSONL record, a feed item, WARC headers, HTTP
/// headers, the command line). The cleaner prefers what the document itself says, then these.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawHints {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// A publication date or timestamp as the container printed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Where `published` came from, e.g. `jsonl published`, `rss pubDate`, `warc header`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// A charset declared outside the bytes (HTTP `Content-Type`, WARC headers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charset: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The container the document came out of: `jsonl`, `rss`, `atom`, `warc`, `http`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
}

/// One document as read from outside, before any cleaning. Kept verbatim in the store so that
/// everything downstream can be recomputed after an upgrade (`sitrep reprocess`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawDoc {
    pub id: ArticleId,
    /// The path or URL it was read from, as given (with `#line` or `#record` for containers).
    pub origin: String,
    pub url: Option<String>,
    pub format: InputFormat,
    pub hints: RawHints,
    /// The raw bytes, in their original encoding.
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

impl RawDoc {
    pub fn new(
        origin: impl Into<String>,
        url: Option<String>,
        format: InputFormat,
        bytes: Vec<u8>,
        hints: RawHints,
    ) -> Self {
        let id = content_id(&bytes, url.as_deref());
        RawDoc {
            id,
            origin: origin.into(),
            url,
            format,
            hints,
            bytes,
        }
    }
}

/// A dateline, e.g. `MOSCOW:` at the head of the body. It stays in the text as printed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The place as printed, e.g. `ISLAMABAD`.
    pub place: String,
    pub range: TextRange,
}

/// A line or block the cleaner removed as boilerplate, with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub text: String,
    /// e.g. `menu`, `share-buttons`, `page-furniture`, `duplicate-title`, `html-boilerplate`.
    pub reason: String,
}

/// A sentence of an article: a range into its text, and its word tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub range: TextRange,
    /// Word and punctuation tokens, in order, each inside `range`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<TextRange>,
}

/// A cleaned article. `text` is frozen once built: every later range points into it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: ArticleId,
    pub origin: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub byline: Option<String>,
    /// The dateline place, e.g. `ISLAMABAD` (contract: a string).
    pub dateline: Option<String>,
    /// Where the dateline stands in `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dateline_range: Option<TextRange>,
    pub published: Option<DateValue>,
    /// ISO 639-1, or `und` when it could not be told.
    pub language: String,
    /// False for languages the coder does not handle yet: stored, never dropped.
    pub coded: bool,
    pub text: String,
    /// The lines or blocks removed as boilerplate, in document order (contract: strings).
    pub removed: Vec<String>,
    /// Why each of `removed` went, index for index.
    #[serde(default)]
    pub removed_reasons: Vec<String>,
    pub story: Option<String>,
    /// The input format the text was cleaned from.
    pub format: InputFormat,
    /// The cleaner version that produced `text`; `sitrep reprocess` re-cleans older ones.
    pub cleaner: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<Sentence>,
}

impl Article {
    /// The removed blocks with their reasons, paired.
    pub fn removed_blocks(&self) -> impl Iterator<Item = Removed> + '_ {
        self.removed.iter().enumerate().map(|(i, t)| Removed {
            text: t.clone(),
            reason: self.removed_reasons.get(i).cloned().unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_depends_on_bytes_and_url() {
        let a = content_id(b"same text", None);
        let b = content_id(b"same text", Some("https://a.example/1"));
        let c = content_id(b"same text", Some("https://b.example/1"));
        assert_eq!(a, content_id(b"same text", None));
        assert_ne!(a, b);
        assert_ne!(b, c);
        assert_eq!(a.0.len(), 16);
        assert!(a.0.bytes().all(|c| c.is_ascii_hexdigit()));
    }
}
