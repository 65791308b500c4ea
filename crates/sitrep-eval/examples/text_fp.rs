//! Lines the plain-text cleaner keeps that are not in the gold body, tune half only
//! (a tuning aid): `cargo run --release -p sitrep-eval --example text_fp -- [DATA]`.
use std::path::PathBuf;

use sitrep_eval::extraction::Half;

fn main() {
    let data = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "../shared/data".into()),
    );
    let dir = data.join("article-extraction-benchmark");
    let gold: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json")).unwrap_or_default())
            .unwrap_or_default();
    let Some(gold) = gold.as_object() else { return };
    for (name, entry) in gold {
        if Half::of(name) != Half::Tune {
            continue;
        }
        let body = entry["articleBody"].as_str().unwrap_or_default();
        let Ok(packed) = std::fs::read(dir.join("html").join(format!("{name}.html.gz"))) else {
            continue;
        };
        let html = sitrep_ingest::capped::gunzip_capped(&packed, 64 << 20).unwrap_or_default();
        let html = String::from_utf8_lossy(&html);
        let scraped = sitrep_eval::scrape::naive_scrape(&html);
        let cleaned = sitrep_clean::text::clean_text(&scraped);
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let body = norm(body);
        for line in cleaned.text.split("\n\n") {
            if !body.contains(&norm(line)) {
                println!("FP\t{name:.8}\t{line}");
            }
        }
        for (line, why) in &cleaned.removed {
            let l = norm(line);
            if l.split_whitespace().count() >= 6 && body.contains(&l) {
                println!("FN\t{name:.8}\t{why}\t{line}");
            }
        }
    }
}
