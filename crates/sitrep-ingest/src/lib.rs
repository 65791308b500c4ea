//! Read sources into raw documents: files, folders (recursive), `-` for stdin and http(s) URLs,
//! holding plain text, HTML, JSONL, RSS/Atom feeds or WARC (plain or gzipped), detected by
//! content first and name second ([`detect`]).
//!
//! Reading never fails as a whole and never panics: each document goes to `on_doc` as a
//! [`RawDoc`] with its bytes untouched (decoding is the cleaner's job, so that a better decoder
//! can reprocess them), and each problem goes to `on_diag` as a [`Diagnostic`] naming the input
//! (`path`, `path:line`, `path#item3`, `path#record7`, URL) and the reason. An input that yields
//! no document is always named: nothing is dropped silently.
//!
//! ```
//! use sitrep_ingest::{IngestConfig, read_bytes};
//! let jsonl = b"{\"title\":\"Talks\",\"text\":\"Envoys met on Tuesday.\"}\nnot json\n".to_vec();
//! let (mut docs, mut problems) = (Vec::new(), Vec::new());
//! read_bytes("feed.jsonl", None, jsonl, &IngestConfig::default(),
//!            &mut |d| docs.push(d), &mut |d| problems.push(d));
//! assert_eq!(docs.len(), 1);
//! assert_eq!(problems[0].origin, "feed.jsonl:2");
//! ```

pub mod capped;
pub mod detect;
pub mod feed;
pub mod fetch;
pub mod jsonl;
pub mod warc;

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;
use std::time::Duration;

pub use detect::{Detected, detect};
use sitrep_model::{Diagnostic, InputFormat, RawDoc, RawHints};
pub use warc::WarcLimits;

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct IngestConfig {
    /// The largest single document (a page, a text file, one JSONL record or feed item), in
    /// bytes. Default 20 MiB. Containers (JSONL, WARC, gzip) may be larger as a whole, up to
    /// [`WarcLimits::max_total`].
    pub max_bytes: u64,
    /// The outlet to record when the input does not name one (`--outlet`). A JSONL record's own
    /// `outlet` wins over it; it wins over a feed's title.
    pub outlet: Option<String>,
    /// How long one URL may take, connection to last byte.
    pub timeout: Duration,
    /// Limits for WARC files and other containers.
    pub warc: WarcLimits,
}

impl Default for IngestConfig {
    fn default() -> Self {
        IngestConfig {
            max_bytes: 20 * 1024 * 1024,
            outlet: None,
            timeout: Duration::from_secs(30),
            warc: WarcLimits::default(),
        }
    }
}

/// Read one input as given on the command line: `-` (stdin), an http(s) URL, a file or a folder.
pub fn read_input(
    spec: &str,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    if spec == "-" {
        let limit = cfg.warc.max_total.max(cfg.max_bytes);
        let mut bytes = Vec::new();
        match std::io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes)
        {
            Err(e) => on_diag(Diagnostic::error(
                "unreadable",
                "stdin",
                format!("cannot read standard input: {e}"),
            )),
            Ok(_) if bytes.len() as u64 > limit => on_diag(too_large("stdin", limit)),
            Ok(_) => read_bytes("stdin", None, bytes, cfg, on_doc, on_diag),
        }
    } else if fetch::is_url(spec) {
        fetch::read_url(spec, cfg, on_doc, on_diag);
    } else {
        read_path(Path::new(spec), cfg, on_doc, on_diag);
    }
}

/// Read a file or, recursively and in name order, a folder. Hidden entries (`.name`) inside
/// folders are skipped; symbolic links to folders are not followed (they could loop).
pub fn read_path(
    path: &Path,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    let origin = path.display().to_string();
    match std::fs::metadata(path) {
        Err(e) => on_diag(unreadable(&origin, &e)),
        Ok(meta) if meta.is_dir() => read_dir(path, cfg, on_doc, on_diag),
        Ok(meta) => read_file(path, &origin, meta.len(), cfg, on_doc, on_diag),
    }
}

fn read_dir(
    dir: &Path,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    let entries = match std::fs::read_dir(dir).and_then(|it| it.collect::<Result<Vec<_>, _>>()) {
        Ok(entries) => entries,
        Err(e) => {
            on_diag(unreadable(&dir.display().to_string(), &e));
            return;
        }
    };
    let mut entries: Vec<_> = entries
        .into_iter()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let is_link = entry.file_type().is_ok_and(|t| t.is_symlink());
        if is_link && path.is_dir() {
            on_diag(Diagnostic::warning(
                "symlink-skipped",
                path.display().to_string(),
                "a symbolic link to a folder is not followed; name the folder itself to read it",
            ));
            continue;
        }
        read_path(&path, cfg, on_doc, on_diag);
    }
}

/// Read one file: detect its kind from its first bytes, stream JSONL (plain or gzipped) line by
/// line, read everything else whole under its size cap.
fn read_file(
    path: &Path,
    origin: &str,
    len: u64,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return on_diag(unreadable(origin, &e)),
    };
    let mut head = Vec::new();
    if let Err(e) = (&mut file)
        .take(detect::SNIFF_BYTES as u64)
        .read_to_end(&mut head)
    {
        return on_diag(unreadable(origin, &e));
    }
    let kind = detect(origin, &head);
    let inner = (kind == Detected::Gzip).then(|| {
        let plain = capped::gunzip_prefix(&head, detect::SNIFF_BYTES);
        detect(detect::strip_gz(origin), &plain)
    });
    let streamed_jsonl = kind == Detected::Jsonl || inner == Some(Detected::Jsonl);
    if streamed_jsonl {
        let rest = std::io::Cursor::new(head).chain(file);
        stream_jsonl(rest, kind == Detected::Gzip, origin, cfg, on_doc, on_diag);
        return;
    }
    let limit = if kind.is_container() {
        cfg.warc.max_total
    } else {
        cfg.max_bytes
    };
    if len > limit {
        return on_diag(too_large_file(origin, len, limit));
    }
    let mut bytes = head;
    if let Err(e) = file
        .take((limit + 1).saturating_sub(bytes.len() as u64))
        .read_to_end(&mut bytes)
    {
        return on_diag(unreadable(origin, &e));
    }
    if bytes.len() as u64 > limit {
        // The file grew while being read.
        return on_diag(too_large(origin, limit));
    }
    dispatch(
        kind,
        origin,
        None,
        bytes,
        RawHints::default(),
        cfg,
        on_doc,
        on_diag,
    );
}

fn stream_jsonl(
    reader: impl Read,
    gzipped: bool,
    origin: &str,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    let limit = cfg.warc.max_total;
    let result = if gzipped {
        let mut counted = Counted {
            inner: capped::capped_stream(reader, limit + 1),
            n: 0,
        };
        let result = {
            let mut buffered = BufReader::with_capacity(64 * 1024, &mut counted);
            jsonl::read_stream(&mut buffered, origin, cfg, on_doc, on_diag)
        };
        if counted.n > limit {
            on_diag(Diagnostic::error(
                "too-large",
                origin,
                format!(
                    "the file expands beyond {limit} bytes; reading stopped there (split the file)"
                ),
            ));
        }
        result
    } else {
        let mut buffered = BufReader::with_capacity(64 * 1024, reader);
        jsonl::read_stream(&mut buffered, origin, cfg, on_doc, on_diag)
    };
    if let Err(e) = result {
        on_diag(Diagnostic::error(
            if gzipped { "bad-gzip" } else { "unreadable" },
            origin,
            format!("reading stopped ({e}); the lines before were kept"),
        ));
    }
}

/// A reader that counts the bytes it hands out.
struct Counted<R> {
    inner: R,
    n: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let k = self.inner.read(buf)?;
        self.n += k as u64;
        Ok(k)
    }
}

/// Read documents from bytes already in memory (stdin, the embedded sample corpus, a test).
/// `origin` names the input in diagnostics and its extension helps detection; `url` is the
/// document's URL when known.
pub fn read_bytes(
    origin: &str,
    url: Option<&str>,
    bytes: Vec<u8>,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    let kind = detect(origin, &bytes);
    let limit = if kind.is_container() {
        cfg.warc.max_total
    } else {
        cfg.max_bytes
    };
    if bytes.len() as u64 > limit {
        return on_diag(too_large_file(origin, bytes.len() as u64, limit));
    }
    dispatch(
        kind,
        origin,
        url,
        bytes,
        RawHints::default(),
        cfg,
        on_doc,
        on_diag,
    );
}

/// Hand on the body of a fetched URL.
fn read_fetched(
    url: &str,
    fetched: fetch::Fetched,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    let kind = detect(url, &fetched.bytes);
    if !kind.is_container() && kind != Detected::Feed && fetched.bytes.len() as u64 > cfg.max_bytes
    {
        return on_diag(too_large_file(
            url,
            fetched.bytes.len() as u64,
            cfg.max_bytes,
        ));
    }
    let hints = RawHints {
        charset: fetched.charset,
        container: Some("http".to_string()),
        ..RawHints::default()
    };
    dispatch(
        kind,
        url,
        Some(url),
        fetched.bytes,
        hints,
        cfg,
        on_doc,
        on_diag,
    );
}

#[allow(clippy::too_many_arguments)]
fn dispatch(
    kind: Detected,
    origin: &str,
    url: Option<&str>,
    bytes: Vec<u8>,
    hints: RawHints,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    match kind {
        Detected::Empty => on_diag(Diagnostic::error("empty", origin, "the input is empty")),
        Detected::Binary(what) => on_diag(Diagnostic::error(
            "binary",
            origin,
            format!("binary data ({what}), not text, HTML, JSONL, a feed or WARC"),
        )),
        Detected::Text | Detected::Html => {
            if bytes.len() as u64 > cfg.max_bytes {
                return on_diag(too_large_file(origin, bytes.len() as u64, cfg.max_bytes));
            }
            let format = if kind == Detected::Html {
                InputFormat::Html
            } else {
                InputFormat::Text
            };
            let hints = RawHints {
                outlet: cfg.outlet.clone(),
                ..hints
            };
            on_doc(RawDoc::new(
                origin,
                url.map(str::to_string),
                format,
                bytes,
                hints,
            ));
        }
        Detected::Jsonl => jsonl::read_slice(&bytes, origin, cfg, on_doc, on_diag),
        Detected::Feed => {
            if bytes.len() as u64 > cfg.max_bytes {
                return on_diag(too_large_file(origin, bytes.len() as u64, cfg.max_bytes));
            }
            feed::read_feed(&bytes, origin, cfg, on_doc, on_diag);
        }
        Detected::Warc => {
            let (docs, diags) = warc::read_warc(&bytes, origin, &cfg.warc);
            for mut doc in docs {
                if doc.hints.outlet.is_none() {
                    doc.hints.outlet.clone_from(&cfg.outlet);
                }
                on_doc(doc);
            }
            diags.into_iter().for_each(&mut *on_diag);
        }
        Detected::Gzip => {
            let plain = match capped::gunzip_capped(&bytes, cfg.warc.max_total) {
                Ok(plain) => plain,
                Err(e) => {
                    let code = match e {
                        capped::CapError::TooLarge { .. } => "too-large",
                        capped::CapError::Corrupt(_) => "bad-gzip",
                    };
                    return on_diag(Diagnostic::error(code, origin, e.to_string()));
                }
            };
            drop(bytes);
            let inner = detect(detect::strip_gz(origin), &plain);
            if inner == Detected::Gzip {
                return on_diag(Diagnostic::error(
                    "nested-gzip",
                    origin,
                    "gzip inside gzip is not read; unpack the outer layer first",
                ));
            }
            dispatch(inner, origin, url, plain, hints, cfg, on_doc, on_diag);
        }
    }
}

fn unreadable(origin: &str, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error("unreadable", origin, format!("cannot read: {e}"))
}

fn too_large(origin: &str, limit: u64) -> Diagnostic {
    Diagnostic::error(
        "too-large",
        origin,
        format!(
            "the input is larger than the limit of {limit} bytes; raise --max-bytes if it is trusted"
        ),
    )
}

fn too_large_file(origin: &str, len: u64, limit: u64) -> Diagnostic {
    Diagnostic::error(
        "too-large",
        origin,
        format!(
            "the input has {len} bytes, more than the limit of {limit}; raise --max-bytes if it is trusted"
        ),
    )
}
