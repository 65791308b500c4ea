//! Time the stages of HTML cleaning over a folder of `.html` files (a profiling aid):
//! `cargo run --release -p sitrep-clean --example stages -- DIR`.
use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/zhtml".to_string());
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        if let Ok(bytes) = std::fs::read(entry.path()) {
            pages.push(bytes);
        }
    }
    let n = pages.len() as f64;
    let t = Instant::now();
    let texts: Vec<String> = pages
        .iter()
        .map(|b| sitrep_clean::decode(b, sitrep_model::InputFormat::Html, None).text)
        .collect();
    println!("decode   {:>8.1} pages/s", n / t.elapsed().as_secs_f64());
    let t = Instant::now();
    for h in &texts {
        std::hint::black_box(dom_query::Document::from(h.as_str()));
    }
    println!("parse    {:>8.1} pages/s", n / t.elapsed().as_secs_f64());
    let t = Instant::now();
    for h in &texts {
        std::hint::black_box(dom_query::Document::from(
            &*sitrep_clean::html_strip::strip_inert(h),
        ));
    }
    println!("strip+parse {:>8.1} pages/s", n / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let mut extracted = Vec::new();
    for h in &texts {
        extracted.push(sitrep_clean::html::extract(h, None));
    }
    println!("extract  {:>8.1} pages/s", n / t.elapsed().as_secs_f64());
    let t = Instant::now();
    for e in &extracted {
        std::hint::black_box(sitrep_clean::text::clean_text_with(
            &e.text,
            e.title.as_deref(),
        ));
    }
    println!("text     {:>8.1} pages/s", n / t.elapsed().as_secs_f64());
    let t = Instant::now();
    for b in &pages {
        let raw = sitrep_model::RawDoc::new(
            "x.html",
            None,
            sitrep_model::InputFormat::Html,
            b.clone(),
            Default::default(),
        );
        std::hint::black_box(sitrep_clean::clean(&raw, &Default::default()));
    }
    println!("clean    {:>8.1} pages/s", n / t.elapsed().as_secs_f64());
}
