//! WARC reader: web archive files (`.warc`, `.warc.gz`) into raw HTML documents.
//!
//! # The subset read
//!
//! A WARC file (ISO 28500, versions 1.0 and 1.1) is a sequence of records. Each record is a
//! version line (`WARC/1.0`), `Name: value` header lines ending at a blank line, then exactly
//! `Content-Length` bytes of block, then a blank-line separator (`\r\n\r\n`). Bare `\n` line
//! endings are accepted, and so are missing or extra blank lines between records, because
//! hand-made and repaired archives get these wrong. A `.warc.gz` file is gzip members
//! concatenated (usually one per record); it is decompressed whole, under [`WarcLimits::max_total`].
//!
//! Only two record types carry documents:
//!
//! - `response` records whose block is an HTTP response (`Content-Type: application/http`): the
//!   HTTP status line and headers are parsed, only `2xx` responses whose HTTP `Content-Type` is
//!   HTML (`text/html`, `application/xhtml+xml`) are kept, or those with no `Content-Type` whose
//!   body looks like HTML. The body is de-chunked (`Transfer-Encoding: chunked`) and un-gzipped
//!   (`Content-Encoding: gzip`, under [`WarcLimits::max_record`]) when the archive kept it encoded.
//! - `resource` records (a document stored without HTTP framing) whose `Content-Type` is HTML,
//!   or plain text (read as [`InputFormat::Text`]).
//!
//! `warcinfo`, `request`, `metadata`, `revisit`, `conversion` and `continuation` records, and
//! responses that are not HTML or not `2xx`, are skipped without a diagnostic: every crawl is
//! full of them and they are not a fault of the file.
//!
//! # Capture date is not publication date
//!
//! `WARC-Date` is when the crawler fetched the page, which may be minutes or years after the
//! article was published, and a page captured twice gets two dates. It is passed on as
//! [`RawHints::published`] with `published_from = "warc capture date"` so that the cleaner only
//! falls back to it when the page itself (meta tags, JSON-LD, a dateline) gives no date.
//!
//! # Errors
//!
//! Reading never panics and never fails as a whole: problems come back as [`Diagnostic`]s next
//! to the documents read so far. A file that ends inside a record, or holds something other than
//! a record where one should start, stops the reading with one error and keeps the records before
//! it; a record too large or with an undecodable body is skipped with an error and reading goes on.

use sitrep_model::{Diagnostic, InputFormat, RawDoc, RawHints};

use crate::capped::{self, CapError};

/// How much a WARC file may make the reader hold in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarcLimits {
    /// The largest record block read, in bytes, and the largest a gzip-encoded HTTP body may
    /// expand to; larger records are skipped with a `too-large` error. Default 20 MiB.
    pub max_record: u64,
    /// The largest the whole file may be after decompression, in bytes, and the most document
    /// bytes one file may produce in all. Default 1 GiB.
    pub max_total: u64,
}

impl Default for WarcLimits {
    fn default() -> Self {
        WarcLimits {
            max_record: 20 * 1024 * 1024,
            max_total: 1024 * 1024 * 1024,
        }
    }
}

/// Whether `bytes` hold a WARC file, plain or gzipped: the first record's version line starts
/// with `WARC/1.`. Only a small prefix of a gzipped file is decompressed.
pub fn looks_like_warc(bytes: &[u8]) -> bool {
    let head = if capped::is_gzip(bytes) {
        capped::gunzip_prefix(bytes, 64)
    } else {
        bytes.get(..64).unwrap_or(bytes).to_vec()
    };
    skip_blank_lines(&head, 0)
        .and_then(|p| head.get(p..))
        .is_some_and(|h| h.starts_with(b"WARC/1."))
}

/// Read every HTML `response` record (and `resource` records with an HTML/text content type) of
/// a WARC or WARC.gz file.
///
/// Documents have origin `{origin}#record{N}`, with `N` the 1-based index of the record among
/// all records of the file (skipped ones included), and are returned in file order.
pub fn read_warc(
    bytes: &[u8],
    origin: &str,
    limits: &WarcLimits,
) -> (Vec<RawDoc>, Vec<Diagnostic>) {
    let mut reader = Reader {
        origin,
        limits,
        docs: Vec::new(),
        diags: Vec::new(),
        produced: 0,
    };
    if capped::is_gzip(bytes) {
        match capped::gunzip_capped(bytes, limits.max_total) {
            Ok(plain) => reader.read_records(&plain),
            Err(CapError::TooLarge { limit }) => reader.error(
                "too-large",
                format!(
                    "the gzipped WARC file expands beyond {limit} bytes; nothing was read \
                     (split the file or raise the total limit)"
                ),
            ),
            Err(CapError::Corrupt(why)) => reader.error(
                "bad-gzip",
                format!("the WARC file is not valid gzip ({why}); nothing was read"),
            ),
        }
    } else if bytes.len() as u64 > limits.max_total {
        reader.error(
            "too-large",
            format!(
                "the WARC file has {} bytes, more than the limit of {}; nothing was read \
                 (split the file or raise the total limit)",
                bytes.len(),
                limits.max_total
            ),
        );
    } else {
        reader.read_records(bytes);
    }
    (reader.docs, reader.diags)
}

struct Reader<'a> {
    origin: &'a str,
    limits: &'a WarcLimits,
    docs: Vec<RawDoc>,
    diags: Vec<Diagnostic>,
    /// Document bytes returned so far, held under `limits.max_total`: gzip-encoded bodies can
    /// make the documents far larger than the file.
    produced: u64,
}

/// What to do after a record.
enum Flow {
    Continue,
    Stop,
}

/// One record's WARC header fields, in file order.
struct Header {
    fields: Vec<(String, String)>,
}

impl Header {
    /// The first value of field `name`, compared case-insensitively as the spec asks.
    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl Reader<'_> {
    fn error(&mut self, code: &str, message: String) {
        self.diags
            .push(Diagnostic::error(code, self.origin, message));
    }

    fn warning(&mut self, code: &str, message: String) {
        self.diags
            .push(Diagnostic::warning(code, self.origin, message));
    }

    fn read_records(&mut self, bytes: &[u8]) {
        let mut pos = 0usize;
        let mut n = 0usize;
        while let Some(start) = skip_blank_lines(bytes, pos) {
            if start >= bytes.len() {
                break;
            }
            n += 1;
            let (next, flow) = self.read_record(bytes, start, n);
            if let Flow::Stop = flow {
                break;
            }
            pos = next;
        }
    }

    /// Read the record starting at `start`; returns where the next one may start.
    fn read_record(&mut self, bytes: &[u8], start: usize, n: usize) -> (usize, Flow) {
        let rest = bytes.get(start..).unwrap_or_default();
        if !rest.starts_with(b"WARC/") {
            self.error(
                "bad-warc",
                format!(
                    "expected a WARC record at byte {start} but found `{}`; reading stopped, \
                     the records before it were kept",
                    preview(rest)
                ),
            );
            return (bytes.len(), Flow::Stop);
        }
        let Some((header, block_start)) = parse_header(bytes, start) else {
            self.error(
                "truncated-warc",
                format!(
                    "record {n} at byte {start} ends inside its header; the records before it \
                     were kept"
                ),
            );
            return (bytes.len(), Flow::Stop);
        };
        let Some(declared) = header
            .get("Content-Length")
            .and_then(|v| v.trim().parse::<u64>().ok())
        else {
            self.error(
                "bad-warc",
                format!(
                    "record {n} at byte {start} has no valid Content-Length, so the next record \
                     cannot be found; reading stopped, the records before it were kept"
                ),
            );
            return (bytes.len(), Flow::Stop);
        };
        let available = bytes.len().saturating_sub(block_start);
        let block_end = match usize::try_from(declared) {
            Ok(len) if len <= available => block_start + len,
            _ => {
                self.error(
                    "truncated-warc",
                    format!(
                        "record {n} at byte {start} declares {declared} bytes but the file ends \
                         after {available}; the records before it were kept"
                    ),
                );
                return (bytes.len(), Flow::Stop);
            }
        };
        if declared > self.limits.max_record {
            self.error(
                "too-large",
                format!(
                    "record {n} at byte {start} has {declared} bytes, more than the record limit \
                     of {}; it was skipped",
                    self.limits.max_record
                ),
            );
            return (block_end, Flow::Continue);
        }
        let block = bytes.get(block_start..block_end).unwrap_or_default();
        let flow = self.read_block(&header, block, start, n);
        (block_end, flow)
    }

    /// Turn one record's block into a document when it holds one.
    fn read_block(&mut self, header: &Header, block: &[u8], start: usize, n: usize) -> Flow {
        let warc_type = header.get("WARC-Type").unwrap_or_default().trim();
        let content_type = header.get("Content-Type").unwrap_or_default();
        let is_http = if content_type.trim().is_empty() {
            block.starts_with(b"HTTP/")
        } else {
            mime(content_type) == "application/http"
        };
        let (format, charset, body) = if warc_type.eq_ignore_ascii_case("response") && is_http {
            let Some(found) = self.read_http(block, start, n) else {
                return Flow::Continue;
            };
            found
        } else if warc_type.eq_ignore_ascii_case("response")
            || warc_type.eq_ignore_ascii_case("resource")
        {
            // A response without HTTP framing (say an FTP fetch) stores the document as is,
            // like a resource record.
            let Some(format) = document_format(content_type, block) else {
                return Flow::Continue;
            };
            (format, charset_param(content_type), block.to_vec())
        } else {
            return Flow::Continue;
        };
        if body.is_empty() {
            self.warning(
                "empty-record",
                format!(
                    "record {n} at byte {start} is an HTML document with no body; it was skipped"
                ),
            );
            return Flow::Continue;
        }
        self.produced = self.produced.saturating_add(body.len() as u64);
        if self.produced > self.limits.max_total {
            self.error(
                "too-large",
                format!(
                    "the documents of this file add up to more than the limit of {} bytes at \
                     record {n}; reading stopped, the records before it were kept",
                    self.limits.max_total
                ),
            );
            return Flow::Stop;
        }
        let url = header
            .get("WARC-Target-URI")
            .map(|u| {
                let u = u.trim();
                let u = u.strip_prefix('<').unwrap_or(u);
                u.strip_suffix('>').unwrap_or(u).trim().to_owned()
            })
            .filter(|u| !u.is_empty());
        let published = header
            .get("WARC-Date")
            .map(|d| d.trim().to_owned())
            .filter(|d| !d.is_empty());
        let hints = RawHints {
            published_from: published.as_ref().map(|_| "warc capture date".to_owned()),
            published,
            charset,
            container: Some("warc".to_owned()),
            ..RawHints::default()
        };
        let origin = format!("{}#record{n}", self.origin);
        self.docs
            .push(RawDoc::new(origin, url, format, body, hints));
        Flow::Continue
    }

    /// The HTML document in an HTTP response block, with its charset; `None` (after a
    /// diagnostic when the block is damaged) when there is none.
    fn read_http(
        &mut self,
        block: &[u8],
        start: usize,
        n: usize,
    ) -> Option<(InputFormat, Option<String>, Vec<u8>)> {
        let Some((status_line, mut pos)) = next_line(block, 0) else {
            self.warning(
                "bad-http",
                format!("record {n} at byte {start} holds no HTTP status line; it was skipped"),
            );
            return None;
        };
        let status_line = String::from_utf8_lossy(status_line);
        let mut words = status_line.split_whitespace();
        let version = words.next().unwrap_or_default();
        let status = words.next().and_then(|s| s.parse::<u16>().ok());
        let Some(status) = status.filter(|_| version.starts_with("HTTP/")) else {
            self.warning(
                "bad-http",
                format!(
                    "record {n} at byte {start} holds `{}` where an HTTP status line should be; \
                     it was skipped",
                    preview(status_line.as_bytes())
                ),
            );
            return None;
        };
        let mut content_type = None;
        let mut chunked = false;
        let mut encoding = None;
        loop {
            let Some((line, next)) = next_line(block, pos) else {
                self.warning(
                    "bad-http",
                    format!(
                        "record {n} at byte {start} ends inside its HTTP header; it was skipped"
                    ),
                );
                return None;
            };
            pos = next;
            if line.is_empty() {
                break;
            }
            let line = String::from_utf8_lossy(line);
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let (name, value) = (name.trim(), value.trim());
            if name.eq_ignore_ascii_case("Content-Type") {
                content_type = Some(value.to_owned());
            } else if name.eq_ignore_ascii_case("Transfer-Encoding") {
                chunked = value
                    .split(',')
                    .any(|c| c.trim().eq_ignore_ascii_case("chunked"));
            } else if name.eq_ignore_ascii_case("Content-Encoding") {
                encoding = Some(value.to_ascii_lowercase());
            }
        }
        if !(200..300).contains(&status) {
            return None;
        }
        let declared = content_type.as_deref().map(mime).unwrap_or_default();
        if !declared.is_empty() && !is_html_mime(&declared) {
            return None;
        }
        let raw = block.get(pos..).unwrap_or_default();
        let mut body = if chunked {
            match dechunk(raw) {
                Dechunked::Whole(body) => body,
                // Many crawlers store the body already de-chunked but keep the header.
                Dechunked::NotChunked => raw.to_vec(),
                Dechunked::Cut(body) => {
                    self.warning(
                        "truncated-chunked",
                        format!(
                            "record {n} at byte {start} has a chunked HTTP body that ends early; \
                             the bytes before the cut were kept"
                        ),
                    );
                    body
                }
            }
        } else {
            raw.to_vec()
        };
        match encoding.as_deref().map(str::trim) {
            None | Some("" | "identity") => {}
            // Like chunking, some crawlers decode the body and keep the header: only gunzip
            // what is gzip.
            Some("gzip" | "x-gzip") if !capped::is_gzip(&body) => {}
            Some("gzip" | "x-gzip") => {
                let limit = self.limits.max_record;
                match capped::gunzip_capped(&body, limit) {
                    Ok(plain) => body = plain,
                    Err(CapError::TooLarge { limit }) => {
                        self.error(
                            "too-large",
                            format!(
                                "record {n} at byte {start} has a gzipped body expanding beyond \
                                 the record limit of {limit} bytes; it was skipped"
                            ),
                        );
                        return None;
                    }
                    Err(CapError::Corrupt(why)) => {
                        self.error(
                            "bad-gzip",
                            format!(
                                "record {n} at byte {start} has a gzipped body that cannot be \
                                 decoded ({why}); it was skipped"
                            ),
                        );
                        return None;
                    }
                }
            }
            Some(other) => {
                self.warning(
                    "unsupported-encoding",
                    format!(
                        "record {n} at byte {start} has a body in content encoding `{other}`, \
                         which is not read; it was skipped"
                    ),
                );
                return None;
            }
        }
        if declared.is_empty() && !looks_like_html(&body) {
            return None;
        }
        let charset = content_type.as_deref().and_then(charset_param);
        Some((InputFormat::Html, charset, body))
    }
}

/// Parse the version line and header fields of the record at `start`; returns them with the
/// offset of the block, or `None` when the file ends before the blank line closing the header.
fn parse_header(bytes: &[u8], start: usize) -> Option<(Header, usize)> {
    let (_version, mut pos) = next_line(bytes, start)?;
    let mut fields: Vec<(String, String)> = Vec::new();
    loop {
        let (line, next) = next_line(bytes, pos)?;
        pos = next;
        if line.is_empty() {
            return Some((Header { fields }, pos));
        }
        let line = String::from_utf8_lossy(line);
        if line.starts_with([' ', '\t']) {
            // A folded continuation of the previous field.
            if let Some((_, value)) = fields.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            fields.push((name.trim().to_owned(), value.trim().to_owned()));
        }
        // Other lines are ignored: the fields that matter are still found.
    }
}

/// The line starting at `pos`, without its `\n` or `\r\n`, and the offset after it; `None` when
/// no `\n` follows.
fn next_line(bytes: &[u8], pos: usize) -> Option<(&[u8], usize)> {
    let rest = bytes.get(pos..)?;
    let nl = rest.iter().position(|&b| b == b'\n')?;
    let line = rest.get(..nl)?;
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    Some((line, pos + nl + 1))
}

/// The offset of the first byte at or after `pos` that is not `\r` or `\n`; the length of
/// `bytes` when only those remain, `None` when `pos` is past the end.
fn skip_blank_lines(bytes: &[u8], pos: usize) -> Option<usize> {
    let rest = bytes.get(pos..)?;
    let skipped = rest
        .iter()
        .position(|&b| b != b'\r' && b != b'\n')
        .unwrap_or(rest.len());
    Some(pos + skipped)
}

/// The media type of a `Content-Type` value, lowercased, without parameters.
fn mime(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

fn is_html_mime(mime: &str) -> bool {
    mime == "text/html" || mime == "application/xhtml+xml"
}

/// The `charset` parameter of a `Content-Type` value, unquoted.
fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim().trim_matches(['"', '\'']).trim();
        (!value.is_empty()).then(|| value.to_owned())
    })
}

/// How a resource record's document is read, from its content type, or by sniffing when it
/// has none; `None` when it is not a document.
fn document_format(content_type: &str, block: &[u8]) -> Option<InputFormat> {
    match mime(content_type).as_str() {
        m if is_html_mime(m) => Some(InputFormat::Html),
        "text/plain" => Some(InputFormat::Text),
        "" if looks_like_html(block) => Some(InputFormat::Html),
        _ => None,
    }
}

/// Whether a body with no declared type is HTML: an HTML tag near its start.
fn looks_like_html(body: &[u8]) -> bool {
    let head = body.get(..1024).unwrap_or(body).to_ascii_lowercase();
    [&b"<!doctype html"[..], b"<html", b"<head", b"<body"]
        .iter()
        .any(|tag| head.windows(tag.len()).any(|w| w == *tag))
}

/// The outcome of undoing `Transfer-Encoding: chunked`.
#[derive(Debug, PartialEq)]
enum Dechunked {
    /// Every chunk up to the final zero-size one.
    Whole(Vec<u8>),
    /// The body does not start with a chunk size line.
    NotChunked,
    /// The chunks read before the body ended or stopped making sense.
    Cut(Vec<u8>),
}

/// Undo chunked transfer coding. The output is never longer than the input, so it needs no cap.
fn dechunk(body: &[u8]) -> Dechunked {
    let mut out = Vec::with_capacity(body.len());
    let mut pos = 0usize;
    let mut first = true;
    loop {
        let size = next_line(body, pos).and_then(|(line, next)| {
            let line = String::from_utf8_lossy(line);
            let hex = line.split(';').next().unwrap_or_default().trim();
            let size = u64::from_str_radix(hex, 16).ok()?;
            Some((size, next))
        });
        let Some((size, data_start)) = size else {
            return if first {
                Dechunked::NotChunked
            } else {
                Dechunked::Cut(out)
            };
        };
        first = false;
        if size == 0 {
            // Trailer fields may follow; they carry nothing a document needs.
            return Dechunked::Whole(out);
        }
        let rest = body.get(data_start..).unwrap_or_default();
        let Some(data) = usize::try_from(size).ok().and_then(|s| rest.get(..s)) else {
            out.extend_from_slice(rest);
            return Dechunked::Cut(out);
        };
        out.extend_from_slice(data);
        pos = data_start + data.len();
        // The CRLF after the data; tolerate a bare LF or none.
        let after = body.get(pos..).unwrap_or_default();
        if after.starts_with(b"\r\n") {
            pos += 2;
        } else if after.starts_with(b"\n") {
            pos += 1;
        }
        if pos >= body.len() {
            return Dechunked::Cut(out);
        }
    }
}

/// Up to 24 characters of `bytes`, printable, for a message.
fn preview(bytes: &[u8]) -> String {
    let head = bytes.get(..64).unwrap_or(bytes);
    String::from_utf8_lossy(head)
        .chars()
        .take(24)
        .flat_map(char::escape_default)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::Compression;
    use flate2::write::GzEncoder;
    use sitrep_model::Severity;
    use std::io::Write;

    const PAGE1: &str = "<!DOCTYPE html><html><head><title>Strike</title></head>\
                         <body><p>KYIV: Two people were killed.</p></body></html>";
    const PAGE2: &str = "<html><body><p>ISLAMABAD: Floods displaced 3,000.</p></body></html>";

    fn record(typ: &str, uri: &str, date: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {typ}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n\
             WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n\
             Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
        let mut h = format!("HTTP/1.1 {status}\r\n{headers}\r\n").into_bytes();
        h.extend_from_slice(body);
        h
    }

    fn response(uri: &str, date: &str, http_block: &[u8]) -> Vec<u8> {
        record(
            "response",
            uri,
            date,
            "application/http; msgtype=response",
            http_block,
        )
    }

    fn html_response(uri: &str, date: &str, page: &str) -> Vec<u8> {
        response(
            uri,
            date,
            &http(
                "200 OK",
                "Content-Type: text/html; charset=UTF-8\r\nServer: x\r\n",
                page.as_bytes(),
            ),
        )
    }

    fn warcinfo() -> Vec<u8> {
        let mut r = b"WARC/1.1\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-05-01T00:00:00Z\r\n\
             Content-Type: application/warc-fields\r\n"
            .to_vec();
        let body = b"software: test\r\nformat: WARC File Format 1.1\r\n";
        r.extend(format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes());
        r.extend_from_slice(body);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn request(uri: &str) -> Vec<u8> {
        record(
            "request",
            uri,
            "2024-05-01T10:00:00Z",
            "application/http; msgtype=request",
            format!("GET / HTTP/1.1\r\nHost: {uri}\r\n\r\n").as_bytes(),
        )
    }

    /// warcinfo, request, two HTML responses, one image response.
    fn sample() -> Vec<u8> {
        let mut w = warcinfo();
        w.extend(request("https://news.example/a"));
        w.extend(html_response(
            "https://news.example/a",
            "2024-05-01T10:00:01Z",
            PAGE1,
        ));
        w.extend(response(
            "https://news.example/logo.png",
            "2024-05-01T10:00:02Z",
            &http(
                "200 OK",
                "Content-Type: image/png\r\n",
                b"\x89PNG\r\n\x1a\n",
            ),
        ));
        w.extend(html_response(
            "<https://news.example/b>",
            "2024-05-01T10:00:03Z",
            PAGE2,
        ));
        w
    }

    fn read(bytes: &[u8]) -> (Vec<RawDoc>, Vec<Diagnostic>) {
        read_warc(bytes, "crawl.warc", &WarcLimits::default())
    }

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut enc = GzEncoder::new(Vec::new(), Compression::default());
        enc.write_all(data).unwrap();
        enc.finish().unwrap()
    }

    #[test]
    fn responses_are_read_and_the_rest_skipped() {
        let (docs, diags) = read(&sample());
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(docs.len(), 2);

        let a = &docs[0];
        assert_eq!(a.origin, "crawl.warc#record3");
        assert_eq!(a.url.as_deref(), Some("https://news.example/a"));
        assert_eq!(a.format, InputFormat::Html);
        assert_eq!(a.bytes, PAGE1.as_bytes());
        assert_eq!(a.hints.published.as_deref(), Some("2024-05-01T10:00:01Z"));
        assert_eq!(a.hints.published_from.as_deref(), Some("warc capture date"));
        assert_eq!(a.hints.charset.as_deref(), Some("UTF-8"));
        assert_eq!(a.hints.container.as_deref(), Some("warc"));
        assert_eq!(
            a.id,
            RawDoc::new(
                "x",
                Some("https://news.example/a".into()),
                InputFormat::Html,
                PAGE1.into(),
                RawHints::default()
            )
            .id
        );

        let b = &docs[1];
        assert_eq!(b.origin, "crawl.warc#record5");
        assert_eq!(b.url.as_deref(), Some("https://news.example/b"));
        assert_eq!(b.bytes, PAGE2.as_bytes());
        assert_eq!(b.hints.published.as_deref(), Some("2024-05-01T10:00:03Z"));
    }

    #[test]
    fn chunked_body_is_dechunked() {
        let body = PAGE1.as_bytes();
        let (first, second) = body.split_at(20);
        let mut chunked = format!("{:x}\r\n", first.len()).into_bytes();
        chunked.extend_from_slice(first);
        chunked.extend(format!("\r\n{:X};ext=1\r\n", second.len()).into_bytes());
        chunked.extend_from_slice(second);
        chunked.extend_from_slice(b"\r\n0\r\n\r\n");
        let w = response(
            "https://news.example/c",
            "2024-05-02T00:00:00Z",
            &http(
                "200 OK",
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                &chunked,
            ),
        );
        let (docs, diags) = read(&w);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].bytes, body);
        assert_eq!(docs[0].hints.charset, None);
    }

    #[test]
    fn chunked_header_over_a_plain_body_keeps_the_body() {
        let w = response(
            "https://news.example/c",
            "2024-05-02T00:00:00Z",
            &http(
                "200 OK",
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                PAGE2.as_bytes(),
            ),
        );
        let (docs, diags) = read(&w);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(docs[0].bytes, PAGE2.as_bytes());
    }

    #[test]
    fn dechunk_cases() {
        assert_eq!(
            dechunk(b"3\r\nabc\r\n2\nde\n0\r\n\r\n"),
            Dechunked::Whole(b"abcde".to_vec())
        );
        assert_eq!(dechunk(b"<html>"), Dechunked::NotChunked);
        assert_eq!(dechunk(b""), Dechunked::NotChunked);
        assert_eq!(dechunk(b"5\r\nab"), Dechunked::Cut(b"ab".to_vec()));
        assert_eq!(dechunk(b"3\r\nabc\r\n"), Dechunked::Cut(b"abc".to_vec()));
        assert_eq!(
            dechunk(b"ffffffffffffffffffff\r\nab"),
            Dechunked::NotChunked
        );
    }

    #[test]
    fn gzip_content_encoding_is_decoded() {
        let w = response(
            "https://news.example/g",
            "2024-05-02T00:00:00Z",
            &http(
                "200 OK",
                "Content-Type: text/html; charset=\"iso-8859-1\"\r\nContent-Encoding: gzip\r\n",
                &gzip(PAGE1.as_bytes()),
            ),
        );
        let (docs, diags) = read(&w);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(docs[0].bytes, PAGE1.as_bytes());
        assert_eq!(docs[0].hints.charset.as_deref(), Some("iso-8859-1"));
    }

    #[test]
    fn gzip_body_bomb_is_skipped_and_reading_goes_on() {
        let bomb = gzip(&vec![b' '; 2_000_000]);
        let mut w = response(
            "https://news.example/bomb",
            "2024-05-02T00:00:00Z",
            &http(
                "200 OK",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                &bomb,
            ),
        );
        w.extend(html_response(
            "https://news.example/b",
            "2024-05-02T00:00:01Z",
            PAGE2,
        ));
        let limits = WarcLimits {
            max_record: 100_000,
            ..WarcLimits::default()
        };
        let (docs, diags) = read_warc(&w, "crawl.warc", &limits);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].origin, "crawl.warc#record2");
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "too-large");
        assert!(
            diags[0].message.contains("record 1 at byte 0"),
            "{}",
            diags[0]
        );
    }

    #[test]
    fn gzipped_file_is_read() {
        // One gzip member per record, as crawlers write them.
        let plain = sample();
        let mut gz = gzip(&warcinfo());
        gz.extend(gzip(&plain[warcinfo().len()..]));
        assert!(looks_like_warc(&gz));
        let (docs, diags) = read(&gz);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(docs, read(&plain).0);
        assert_eq!(docs.len(), 2);
    }

    #[test]
    fn gzipped_file_bomb_and_damage_are_errors() {
        let gz = gzip(&sample());
        let limits = WarcLimits {
            max_total: 100,
            ..WarcLimits::default()
        };
        let (docs, diags) = read_warc(&gz, "crawl.warc.gz", &limits);
        assert!(docs.is_empty());
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "too-large");

        let (docs, diags) = read(&gz[..gz.len() / 2]);
        assert!(docs.is_empty());
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "bad-gzip");
        assert_eq!(diags[0].severity, Severity::Error);
    }

    #[test]
    fn truncated_file_keeps_the_records_before() {
        let full = sample();
        let cut = full.len() - 30;
        let (docs, diags) = read(&full[..cut]);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].url.as_deref(), Some("https://news.example/a"));
        assert_eq!(diags.len(), 1);
        let d = &diags[0];
        assert_eq!(d.code, "truncated-warc");
        assert_eq!(d.severity, Severity::Error);
        assert_eq!(d.origin, "crawl.warc");
        assert!(d.message.starts_with("record 5 at byte "), "{d}");
        assert!(d.message.contains("the records before it were kept"), "{d}");
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        let (docs, diags) = read(b"<html><body>not an archive</body></html>");
        assert!(docs.is_empty());
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "bad-warc");
        assert!(diags[0].message.contains("at byte 0"), "{}", diags[0]);

        let mut w = html_response("https://news.example/a", "2024-05-01T10:00:01Z", PAGE1);
        let at = w.len();
        w.extend_from_slice(b"garbage\r\n");
        w.extend(html_response(
            "https://news.example/b",
            "2024-05-01T10:00:03Z",
            PAGE2,
        ));
        let (docs, diags) = read(&w);
        assert_eq!(docs.len(), 1);
        assert_eq!(diags.len(), 1);
        assert!(
            diags[0].message.contains(&format!("at byte {at} ")),
            "{}",
            diags[0]
        );
    }

    #[test]
    fn missing_content_length_stops() {
        let w = b"WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>";
        let (docs, diags) = read(w);
        assert!(docs.is_empty());
        assert_eq!(diags[0].code, "bad-warc");
        let (docs, diags) = read(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Len");
        assert!(docs.is_empty());
        assert_eq!(diags[0].code, "truncated-warc");
    }

    #[test]
    fn lf_line_endings_and_loose_separators() {
        let block =
            b"HTTP/1.0 200 OK\nContent-Type: text/html\n\n<html><body>LF only</body></html>";
        let mut w = format!(
            "WARC/1.0\nWARC-Type: response\nWARC-Target-URI: https://lf.example/\n\
             WARC-Date: 2024-06-01T00:00:00Z\nContent-Type: application/http\n\
             Content-Length: {}\n\n",
            block.len()
        )
        .into_bytes();
        w.extend_from_slice(block);
        // No separator at all before the next record, then extra blank lines after it.
        w.extend(html_response(
            "https://lf.example/2",
            "2024-06-01T00:00:01Z",
            PAGE2,
        ));
        w.extend_from_slice(b"\r\n\n\n");
        let (docs, diags) = read(&w);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].bytes, b"<html><body>LF only</body></html>");
        assert_eq!(docs[0].url.as_deref(), Some("https://lf.example/"));
        assert_eq!(docs[1].origin, "crawl.warc#record2");
    }

    #[test]
    fn non_2xx_and_non_html_responses_are_skipped_silently() {
        let mut w = response(
            "https://news.example/gone",
            "2024-05-01T10:00:00Z",
            &http(
                "404 Not Found",
                "Content-Type: text/html\r\n",
                PAGE1.as_bytes(),
            ),
        );
        w.extend(response(
            "https://news.example/moved",
            "2024-05-01T10:00:00Z",
            &http("301 Moved Permanently", "Location: /b\r\n", b""),
        ));
        w.extend(response(
            "https://news.example/data.json",
            "2024-05-01T10:00:00Z",
            &http("200 OK", "Content-Type: application/json\r\n", b"{}"),
        ));
        w.extend(record(
            "revisit",
            "https://news.example/a",
            "2024-05-01T10:00:00Z",
            "application/http; msgtype=response",
            b"HTTP/1.1 200 OK\r\n\r\n",
        ));
        w.extend(record(
            "metadata",
            "https://news.example/a",
            "2024-05-01T10:00:00Z",
            "application/warc-fields",
            b"via: x\r\n",
        ));
        let (docs, diags) = read(&w);
        assert!(docs.is_empty());
        assert!(diags.is_empty(), "{diags:?}");
    }

    #[test]
    fn missing_http_content_type_is_sniffed() {
        let mut w = response(
            "https://news.example/untyped",
            "2024-05-01T10:00:00Z",
            &http("200 OK", "Server: x\r\n", PAGE2.as_bytes()),
        );
        w.extend(response(
            "https://news.example/blob",
            "2024-05-01T10:00:00Z",
            &http("200 OK", "Server: x\r\n", b"\x00\x01binary"),
        ));
        let (docs, diags) = read(&w);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].url.as_deref(), Some("https://news.example/untyped"));
    }

    #[test]
    fn resource_records_of_html_and_text_are_read() {
        let mut w = record(
            "resource",
            "file:///saved/page.html",
            "2024-05-01T10:00:00Z",
            "text/html; charset=windows-1252",
            PAGE1.as_bytes(),
        );
        w.extend(record(
            "resource",
            "file:///saved/notes.txt",
            "2024-05-01T10:00:00Z",
            "text/plain",
            b"MOSCOW: Plain text report.",
        ));
        w.extend(record(
            "resource",
            "file:///saved/pic.jpg",
            "2024-05-01T10:00:00Z",
            "image/jpeg",
            b"\xff\xd8\xff",
        ));
        let (docs, diags) = read(&w);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].format, InputFormat::Html);
        assert_eq!(docs[0].hints.charset.as_deref(), Some("windows-1252"));
        assert_eq!(docs[1].format, InputFormat::Text);
        assert_eq!(docs[1].bytes, b"MOSCOW: Plain text report.");
    }

    #[test]
    fn oversized_record_is_skipped_and_reading_goes_on() {
        let big = "<p>x</p>".repeat(1000);
        let mut w = html_response("https://news.example/big", "2024-05-01T10:00:00Z", &big);
        w.extend(html_response(
            "https://news.example/b",
            "2024-05-01T10:00:03Z",
            PAGE2,
        ));
        let limits = WarcLimits {
            max_record: 1000,
            ..WarcLimits::default()
        };
        let (docs, diags) = read_warc(&w, "crawl.warc", &limits);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].origin, "crawl.warc#record2");
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "too-large");
        assert_eq!(diags[0].severity, Severity::Error);
    }

    #[test]
    fn total_output_is_capped() {
        // Gzip bodies make the documents far larger than the file: the total limit holds them.
        let page = format!("<html>{}</html>", " ".repeat(5000));
        let mut w = Vec::new();
        for i in 0..10 {
            w.extend(response(
                &format!("https://news.example/{i}"),
                "2024-05-01T10:00:00Z",
                &http(
                    "200 OK",
                    "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                    &gzip(page.as_bytes()),
                ),
            ));
        }
        let limits = WarcLimits {
            max_record: 10_000,
            max_total: 12_000,
        };
        assert!((w.len() as u64) < limits.max_total);
        let (docs, diags) = read_warc(&w, "crawl.warc", &limits);
        assert_eq!(docs.len(), 2);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "too-large");
        assert!(diags[0].message.contains("at record 3"), "{}", diags[0]);

        // A plain file larger than the total limit is refused whole.
        let small = WarcLimits {
            max_total: w.len() as u64 - 1,
            ..limits
        };
        let (docs, diags) = read_warc(&w, "crawl.warc", &small);
        assert!(docs.is_empty());
        assert_eq!(diags[0].code, "too-large");
    }

    #[test]
    fn looks_like_warc_cases() {
        assert!(looks_like_warc(&sample()));
        assert!(looks_like_warc(&gzip(&sample())));
        assert!(looks_like_warc(b"\r\nWARC/1.1\r\n"));
        assert!(!looks_like_warc(b"WARC/0.17\r\n"));
        assert!(!looks_like_warc(b"<html>"));
        assert!(!looks_like_warc(&gzip(b"<html>")));
        assert!(!looks_like_warc(b""));
    }

    #[test]
    fn every_prefix_reads_without_panic_and_yields_a_prefix_of_the_docs() {
        let mut full = sample();
        full.extend(response(
            "https://news.example/c",
            "2024-05-02T00:00:00Z",
            &http(
                "200 OK",
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
                &{
                    let gz = gzip(PAGE1.as_bytes());
                    let mut c = format!("{:x}\r\n", gz.len()).into_bytes();
                    c.extend(gz);
                    c.extend_from_slice(b"\r\n0\r\n\r\n");
                    c
                },
            ),
        ));
        let (all, diags) = read(&full);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(all.len(), 3);
        for len in 0..=full.len() {
            let (docs, _) = read(&full[..len]);
            assert!(docs.len() <= all.len(), "prefix {len}");
            assert_eq!(docs[..], all[..docs.len()], "prefix {len}");
        }
    }
}
