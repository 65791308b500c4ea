//! What an input holds, decided by its content first and its name second.
//!
//! Content wins because scraped files are often misnamed (`.txt` pages of HTML, `.xml` that is
//! a feed, `.json` that is JSONL). The name only breaks ties the first bytes cannot: an HTML
//! fragment with no `<html>` tag in a `.html` file, or a file starting with `{` that is neither
//! JSON nor JSONL but is named `.jsonl` (it is then read as JSONL so that each bad line is named).

use crate::capped;
use crate::warc;

/// How many leading bytes detection looks at.
pub const SNIFF_BYTES: usize = 8 * 1024;

/// The kind of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detected {
    /// Nothing but whitespace.
    Empty,
    /// Not text: the reason names what it looks like (`PNG image`, `NUL bytes`, ...).
    Binary(&'static str),
    /// Gzip-compressed; what is inside is detected after decompression.
    Gzip,
    /// A WARC file (plain or gzipped).
    Warc,
    /// An RSS or Atom feed.
    Feed,
    /// JSON Lines, one article per line (or one JSON object or array of objects).
    Jsonl,
    /// An HTML page.
    Html,
    /// Plain text, as scraped from a web page.
    Text,
}

impl Detected {
    /// Whether the input holds many documents, so that the per-document size cap does not apply
    /// to it as a whole.
    pub fn is_container(self) -> bool {
        matches!(self, Detected::Gzip | Detected::Warc | Detected::Jsonl)
    }
}

/// Magic numbers of common binary formats that end up in scraped folders.
const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or an office document)"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"SQLite format 3\0", "SQLite database"),
];

/// Detect what `bytes` (the whole input or its first [`SNIFF_BYTES`]) hold; `name` is the path or
/// URL, used for its extension only.
pub fn detect(name: &str, bytes: &[u8]) -> Detected {
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    if capped::is_gzip(head) {
        return if warc::looks_like_warc(head) {
            Detected::Warc
        } else {
            Detected::Gzip
        };
    }
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| head.starts_with(m)) {
        return Detected::Binary(what);
    }
    if head.get(4..12).is_some_and(|b| b.starts_with(b"ftyp")) {
        return Detected::Binary("MP4/QuickTime media file");
    }
    let utf16 = head.starts_with(b"\xff\xfe") || head.starts_with(b"\xfe\xff");
    if !utf16 {
        if head.contains(&0) {
            return Detected::Binary("NUL bytes");
        }
        let control = head
            .iter()
            .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
            .count();
        if head.len() >= 32 && control * 10 > head.len() {
            return Detected::Binary("control characters");
        }
    }
    let ext = extension(name);
    let text = strip_bom(head);
    let Some(first) = text.iter().position(|b| !b.is_ascii_whitespace()) else {
        return if bytes.len() > head.len() {
            Detected::Text
        } else {
            Detected::Empty
        };
    };
    let text = &text[first..];
    if utf16 {
        // Detection below reads ASCII; UTF-16 text is rare enough to be taken by its name.
        return match ext.as_str() {
            "html" | "htm" | "xhtml" => Detected::Html,
            _ => Detected::Text,
        };
    }
    if text.starts_with(b"WARC/1.") {
        return Detected::Warc;
    }
    match text.first() {
        Some(b'<') => match root_element(text).as_deref() {
            Some("rss" | "feed" | "rdf:rdf") => Detected::Feed,
            // XML declaring entities is handed to the feed reader, which refuses it: HTML never
            // declares entities, and an expansion bomb must be named, not parsed.
            _ if contains(text, b"<!ENTITY") => Detected::Feed,
            _ => Detected::Html,
        },
        Some(b'{') => Detected::Jsonl,
        Some(b'[') if matches!(ext.as_str(), "json" | "jsonl" | "ndjson") => Detected::Jsonl,
        _ => {
            if matches!(ext.as_str(), "html" | "htm" | "xhtml") || mentions_html(text) {
                Detected::Html
            } else {
                Detected::Text
            }
        }
    }
}

/// The lowercased file extension of a path or URL (query and fragment ignored), `""` if none.
pub fn extension(name: &str) -> String {
    let name = name.split(['?', '#']).next().unwrap_or(name);
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    match file.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => String::new(),
    }
}

/// `name` without a final `.gz`, so that `x.jsonl.gz` is detected as `x.jsonl` once unpacked.
pub fn strip_gz(name: &str) -> &str {
    name.strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".GZ"))
        .unwrap_or(name)
}

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
}

/// The name of the first element of an XML/HTML document, lowercased, skipping the XML
/// declaration, processing instructions, comments and the doctype.
fn root_element(text: &[u8]) -> Option<String> {
    let mut rest = text;
    loop {
        let start = rest.iter().position(|b| !b.is_ascii_whitespace())?;
        rest = &rest[start..];
        if rest.starts_with(b"<?") {
            rest = after(rest, b"?>")?;
        } else if rest.starts_with(b"<!--") {
            rest = after(rest, b"-->")?;
        } else if rest.starts_with(b"<!") {
            // A doctype may carry an internal subset in brackets, with `>` inside it.
            let bracket = rest.iter().position(|&b| b == b'[');
            let close = rest.iter().position(|&b| b == b'>');
            rest = match (bracket, close) {
                (Some(b), Some(c)) if b < c => after(rest, b"]>")?,
                _ => after(rest, b">")?,
            };
        } else if rest.starts_with(b"<") {
            let name: Vec<u8> = rest[1..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'-' | b'_'))
                .map(u8::to_ascii_lowercase)
                .collect();
            return String::from_utf8(name).ok();
        } else {
            return None;
        }
    }
}

fn contains(text: &[u8], needle: &[u8]) -> bool {
    text.windows(needle.len()).any(|w| w == needle)
}

fn after<'a>(text: &'a [u8], marker: &[u8]) -> Option<&'a [u8]> {
    let at = text.windows(marker.len()).position(|w| w == marker)?;
    text.get(at + marker.len()..)
}

/// Whether the first kilobyte holds an HTML document tag: scraped pages sometimes start with a
/// stray line of text before `<!DOCTYPE html>`.
fn mentions_html(text: &[u8]) -> bool {
    let head = text.get(..1024).unwrap_or(text).to_ascii_lowercase();
    [&b"<!doctype html"[..], b"<html", b"<body", b"<head>"]
        .iter()
        .any(|tag| head.windows(tag.len()).any(|w| w == *tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_decides_before_the_name() {
        assert_eq!(
            detect("a.txt", b"<!DOCTYPE html><html><p>x</p>"),
            Detected::Html
        );
        assert_eq!(
            detect(
                "a.html",
                b"<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">"
            ),
            Detected::Feed
        );
        assert_eq!(
            detect("a.xml", b"<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            Detected::Feed
        );
        assert_eq!(
            detect("a.txt", b"\xef\xbb\xbf{\"text\":\"x\"}\n"),
            Detected::Jsonl
        );
        assert_eq!(
            detect("a", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n"),
            Detected::Warc
        );
        assert_eq!(detect("a.html", b"MOSCOW: Talks began."), Detected::Html);
        assert_eq!(detect("a.txt", b"MOSCOW: Talks began."), Detected::Text);
        assert_eq!(
            detect("a.txt", b"Menu\n<!DOCTYPE html><html>"),
            Detected::Html
        );
    }

    #[test]
    fn a_doctype_with_an_internal_subset_is_skipped() {
        let bomb = b"<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"x\"><!ENTITY b \"&a;&a;\">]>\n<rss version=\"2.0\">";
        assert_eq!(detect("a.xml", bomb), Detected::Feed);
        let odd = b"<!DOCTYPE html [<!ENTITY a \"x\">]><html><body>&a;</body></html>";
        assert_eq!(detect("a.html", odd), Detected::Feed);
    }

    #[test]
    fn an_html_page_linking_its_feed_is_html() {
        let page = b"<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed\"></head>";
        assert_eq!(detect("index.xml", page), Detected::Html);
    }

    #[test]
    fn binary_and_empty_inputs() {
        assert_eq!(detect("a.txt", b""), Detected::Empty);
        assert_eq!(detect("a.txt", b" \n\t\r\n"), Detected::Empty);
        assert_eq!(
            detect("a.txt", b"\x89PNG\r\n\x1a\n"),
            Detected::Binary("PNG image")
        );
        assert_eq!(detect("a.txt", b"abc\0def"), Detected::Binary("NUL bytes"));
        assert_eq!(
            detect("a.txt", b"%PDF-1.7 ..."),
            Detected::Binary("PDF document")
        );
        // Windows-1252 text has high bytes but is not binary.
        assert_eq!(
            detect("a.txt", b"Caf\xe9 talks \x93resumed\x94 today."),
            Detected::Text
        );
        // UTF-16 text has NUL bytes but a byte-order mark.
        assert_eq!(detect("a.txt", b"\xff\xfeA\0b\0"), Detected::Text);
    }

    #[test]
    fn extensions() {
        assert_eq!(extension("dir.d/file.JSONL"), "jsonl");
        assert_eq!(extension("https://x.example/a/b.html?x=1#top"), "html");
        assert_eq!(extension(".hidden"), "");
        assert_eq!(extension("noext"), "");
        assert_eq!(strip_gz("bbc.jsonl.gz"), "bbc.jsonl");
    }
}
