//! Measures `find_places` throughput on articles read as JSON lines from stdin (a `text` field,
//! and `title` when present), one thread, after the gazetteer is loaded:
//!
//! `zcat ../shared/data/bbc-news-2225/bbc-news-2225.jsonl.gz | cargo run --release -p sitrep-geo --example speed`
//!
//! Prints articles, bytes, mentions found, articles per second and microseconds per 4 KB.

use std::io::BufRead;
use std::time::Instant;

use sitrep_geo::{Focus, Gazetteer, find_places};

fn main() {
    let start = Instant::now();
    let gaz = Gazetteer::builtin();
    let loaded = start.elapsed();
    let mut articles: Vec<String> = Vec::new();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let title = value
            .get("title")
            .and_then(|t| t.as_str())
            .unwrap_or_default();
        if let Some(text) = value.get("text").and_then(|t| t.as_str()) {
            articles.push(format!("{title}\n\n{text}"));
        }
    }
    if articles.is_empty() {
        eprintln!("no articles on stdin: pipe JSON lines with a \"text\" field");
        std::process::exit(2);
    }
    let bytes: usize = articles.iter().map(String::len).sum();
    // One warm-up pass (lazy tables), then three timed passes.
    let mut mentions = 0usize;
    for a in &articles {
        mentions += find_places(gaz, a, &Focus::default()).len();
    }
    let passes = 3;
    let timed = Instant::now();
    let mut check = 0usize;
    for _ in 0..passes {
        for a in &articles {
            check += find_places(gaz, a, &Focus::default()).len();
        }
    }
    let secs = timed.elapsed().as_secs_f64();
    assert_eq!(check, mentions * passes, "find_places is deterministic");
    let n = (articles.len() * passes) as f64;
    println!(
        "gazetteer load {loaded:.2?}; {} articles, {:.1} MB, {mentions} mentions; {:.0} articles/s; {:.0} µs per 4 KB",
        articles.len(),
        bytes as f64 / 1e6,
        n / secs,
        secs * 1e6 / (bytes as f64 * passes as f64 / 4096.0),
    );
}
