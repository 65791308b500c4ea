//! Where extraction spends its time, stage by stage, on a JSONL corpus (one thread).
//!
//! `cargo run --release -p sitrep-extract --example stages -- ../shared/data/bbc-news-2225/bbc-news-2225.jsonl.gz`

use std::time::Instant;

use sitrep_extract::{ExtractConfig, Extractor};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/bbc-news-2225/bbc-news-2225.jsonl.gz".into());
    let mut articles = Vec::new();
    sitrep_ingest::read_input(
        &path,
        &sitrep_ingest::IngestConfig::default(),
        &mut |raw| {
            let (mut a, _) = sitrep_clean::clean(&raw, &sitrep_clean::CleanConfig::default());
            a.sentences = sitrep_text::split(&a.text, &sitrep_text::SplitConfig::default());
            articles.push(a);
        },
        &mut |_| {},
    );
    let extractor = Extractor::new(&ExtractConfig::default())?;
    let _ = sitrep_geo::Gazetteer::builtin();
    let sentences: usize = articles.iter().map(|a| a.sentences.len()).sum();
    let time = |name: &str, f: &mut dyn FnMut(&sitrep_model::Article) -> usize| {
        let start = Instant::now();
        let mut n = 0;
        for a in &articles {
            n += f(a);
        }
        let s = start.elapsed().as_secs_f64();
        println!(
            "{name:<28} {:>9.1} ms  {:>8.0} articles/s  {:>9.0} sentences/s  ({n} found)",
            s * 1e3,
            articles.len() as f64 / s,
            sentences as f64 / s
        );
        s
    };
    println!("{} articles, {sentences} sentences", articles.len());
    let coding = time("coding (actors + coder)", &mut |a| {
        extractor.codings(a, &[]).1.len()
    });
    // Findings as extraction runs them: for the codings of the article (coded beforehand,
    // off the clock).
    let codings: Vec<_> = articles
        .iter()
        .map(|a| extractor.codings(a, &[]).1)
        .collect();
    let mut next = 0;
    let findings = time("findings (all three)", &mut |a| {
        let f = extractor.findings_for(a, codings.get(next).map_or(&[], Vec::as_slice));
        next += 1;
        f.dates.len() + f.figures.iter().map(Vec::len).sum::<usize>()
    });
    time("  dates", &mut |a| {
        let published = a.published.as_ref().and_then(|d| d.value.as_deref());
        sitrep_time::find_dates(&a.text, published, &sitrep_time::TimeConfig::default()).len()
    });
    time("  casualty figures", &mut |a| {
        a.sentences
            .iter()
            .map(|s| sitrep_casualty::find_casualties_in(&a.text, s.range).len())
            .sum()
    });
    time("  places", &mut |a| {
        sitrep_extract::place::stated(a).iter().map(Vec::len).sum()
    });
    time("extract (everything)", &mut |a| {
        extractor.extract(a).events.len()
    });
    println!("findings / coding = {:.2}", findings / coding);
    Ok(())
}
