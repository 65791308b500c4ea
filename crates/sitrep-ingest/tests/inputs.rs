//! Reading real files, folders, gzip and URLs (a server on loopback), good and bad.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::string_slice
)]

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::time::Duration;

use flate2::Compression;
use flate2::write::GzEncoder;
use sitrep_ingest::{IngestConfig, read_input};
use sitrep_model::{Diagnostic, InputFormat, RawDoc};

fn read(spec: &str, cfg: &IngestConfig) -> (Vec<RawDoc>, Vec<Diagnostic>) {
    let (mut docs, mut diags) = (Vec::new(), Vec::new());
    read_input(spec, cfg, &mut |d| docs.push(d), &mut |d| diags.push(d));
    (docs, diags)
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

fn codes(diags: &[Diagnostic]) -> Vec<&str> {
    diags.iter().map(|d| d.code.as_str()).collect()
}

#[test]
fn folders_are_read_recursively_in_name_order_skipping_hidden_entries() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.txt", "Second article text.");
    write(
        dir.path(),
        "a.html",
        "<html><body><p>First article.</p></body></html>",
    );
    write(dir.path(), "sub/c.txt", "Third article text.");
    write(dir.path(), ".git/config", "[core]");
    write(dir.path(), ".hidden.txt", "Not read.");
    let (docs, diags) = read(&dir.path().display().to_string(), &IngestConfig::default());
    assert!(diags.is_empty(), "{diags:?}");
    let names: Vec<&str> = docs
        .iter()
        .map(|d| d.origin.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(names, ["a.html", "b.txt", "c.txt"]);
    assert_eq!(docs[0].format, InputFormat::Html);
    assert_eq!(docs[1].format, InputFormat::Text);
}

#[test]
fn the_same_bytes_give_the_same_id_and_a_url_makes_a_different_one() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", "Same words.");
    let b = write(dir.path(), "b.txt", "Same words.");
    let jsonl = write(
        dir.path(),
        "c.jsonl",
        "{\"url\":\"https://one.example/x\",\"text\":\"Same words.\"}\n{\"url\":\"https://two.example/x\",\"text\":\"Same words.\"}\n",
    );
    let id = |p: &str| read(p, &IngestConfig::default()).0[0].id.clone();
    assert_eq!(id(&a), id(&b));
    let (docs, _) = read(&jsonl, &IngestConfig::default());
    assert_ne!(docs[0].id, docs[1].id);
    assert_ne!(docs[0].id, id(&a));
}

#[test]
fn gzipped_jsonl_is_streamed_and_a_cut_file_keeps_its_complete_lines() {
    let dir = tempfile::tempdir().unwrap();
    let lines: String = (0..200)
        .map(|i| format!("{{\"title\":\"T{i}\",\"text\":\"Article number {i} about the border talks and more.\"}}\n"))
        .collect();
    let packed = gzip(lines.as_bytes());
    let whole = write(dir.path(), "all.jsonl.gz", &packed);
    let (docs, diags) = read(&whole, &IngestConfig::default());
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(docs.len(), 200);
    assert_eq!(docs[199].origin, format!("{whole}:200"));

    let cut = write(dir.path(), "cut.jsonl.gz", &packed[..packed.len() - 20]);
    let (docs, diags) = read(&cut, &IngestConfig::default());
    assert!(docs.len() > 150 && docs.len() < 200, "{}", docs.len());
    assert_eq!(codes(&diags), ["bad-gzip"]);
}

#[test]
fn a_gzip_bomb_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let bomb = gzip(&vec![b' '; 50_000_000]);
    assert!(bomb.len() < 100_000);
    let path = write(dir.path(), "page.html.gz", &bomb);
    let cfg = IngestConfig {
        warc: sitrep_ingest::WarcLimits {
            max_record: 1_000_000,
            max_total: 10_000_000,
        },
        ..IngestConfig::default()
    };
    let (docs, diags) = read(&path, &cfg);
    assert!(docs.is_empty());
    assert_eq!(codes(&diags), ["too-large"]);
}

#[test]
fn gzipped_pages_are_unpacked() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "page.html.gz",
        gzip(b"<html><body><p>Shelling resumed near the crossing.</p></body></html>"),
    );
    let (docs, diags) = read(&path, &IngestConfig::default());
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(docs[0].format, InputFormat::Html);
    assert!(docs[0].bytes.starts_with(b"<html>"));
}

#[test]
fn bad_files_are_named_with_their_reason() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = IngestConfig {
        max_bytes: 1000,
        ..IngestConfig::default()
    };
    let cases = [
        (write(dir.path(), "empty.txt", ""), "empty"),
        (write(dir.path(), "blank.txt", "\n \n"), "empty"),
        (
            write(dir.path(), "photo.jpg", b"\xff\xd8\xff\xe0\0\x10JFIF"),
            "binary",
        ),
        (write(dir.path(), "data.txt", b"abc\0\0\0def"), "binary"),
        (
            write(dir.path(), "big.txt", "word ".repeat(1000)),
            "too-large",
        ),
        (
            write(
                dir.path(),
                "feed.xml",
                "<rss version=\"2.0\"><channel><item><title>cut",
            ),
            "bad-feed",
        ),
        (
            dir.path().join("missing.txt").display().to_string(),
            "unreadable",
        ),
    ];
    for (path, code) in cases {
        let (docs, diags) = read(&path, &cfg);
        assert!(docs.is_empty(), "{path}");
        assert_eq!(codes(&diags), [code], "{path}");
        assert_eq!(diags[0].origin, path);
        assert!(!diags[0].message.is_empty());
    }
}

#[test]
fn windows_1252_bytes_are_kept_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "cp1252.txt",
        b"Caf\xe9 owners \x93welcomed\x94 the truce.",
    );
    let (docs, diags) = read(&path, &IngestConfig::default());
    assert!(diags.is_empty());
    // Decoding is the cleaner's job; the raw bytes are stored untouched for reprocessing.
    assert_eq!(docs[0].bytes, b"Caf\xe9 owners \x93welcomed\x94 the truce.");
}

/// Serve `responses` in order on a loopback port, one connection each.
fn serve(responses: Vec<Vec<u8>>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for response in responses {
            let Ok((mut stream, _)) = listener.accept() else {
                return;
            };
            let mut buf = [0u8; 4096];
            let _ = stream.read(&mut buf);
            let _ = stream.write_all(&response);
        }
    });
    format!("http://{addr}")
}

fn http(status: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r
}

#[test]
fn urls_are_fetched_from_a_loopback_server() {
    let page = b"<html><head><title>Truce holds</title></head><body><p>The truce held overnight, officials said.</p></body></html>";
    let base = serve(vec![
        http("200 OK", "text/html; charset=windows-1252", page),
        http("404 Not Found", "text/html", b"gone"),
    ]);
    let url = format!("{base}/news/truce.html");
    let (docs, diags) = read(&url, &IngestConfig::default());
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].url.as_deref(), Some(url.as_str()));
    assert_eq!(docs[0].origin, url);
    assert_eq!(docs[0].format, InputFormat::Html);
    assert_eq!(docs[0].hints.charset.as_deref(), Some("windows-1252"));
    assert_eq!(docs[0].bytes, page);

    let (docs, diags) = read(&format!("{base}/gone"), &IngestConfig::default());
    assert!(docs.is_empty());
    assert_eq!(codes(&diags), ["http-status"]);
    assert!(diags[0].message.contains("404"));
}

#[test]
fn a_url_that_does_not_answer_times_out() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let hold = std::thread::spawn(move || {
        // Accept and say nothing until the client gives up.
        let (stream, _) = listener.accept().unwrap();
        std::thread::sleep(Duration::from_secs(2));
        drop(stream);
    });
    let cfg = IngestConfig {
        timeout: Duration::from_millis(300),
        ..IngestConfig::default()
    };
    let (docs, diags) = read(&format!("http://{addr}/slow"), &cfg);
    assert!(docs.is_empty());
    assert_eq!(codes(&diags), ["timeout"]);
    hold.join().unwrap();
}

#[test]
fn a_refused_connection_is_named() {
    // Bind then drop to get a port nobody listens on.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (docs, diags) = read(
        &format!("http://127.0.0.1:{port}/x"),
        &IngestConfig::default(),
    );
    assert!(docs.is_empty());
    assert_eq!(codes(&diags), ["fetch-failed"]);
}

#[test]
fn a_feed_over_http_yields_its_items() {
    let feed = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Post</title>
<item><title>A</title><link>https://post.example/a</link><description>First item text here.</description></item>
<item><title>B</title><link>https://post.example/b</link><description>Second item text here.</description></item>
</channel></rss>"#;
    let base = serve(vec![http("200 OK", "application/rss+xml", feed)]);
    let (docs, diags) = read(&format!("{base}/feed"), &IngestConfig::default());
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1].url.as_deref(), Some("https://post.example/b"));
    assert_eq!(docs[1].hints.outlet.as_deref(), Some("Valley Post"));
}
