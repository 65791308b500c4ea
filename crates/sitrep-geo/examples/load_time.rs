//! Measures how long the embedded gazetteer takes to parse and index, and one lookup.
//! `cargo run --release -p sitrep-geo --example load_time`

use std::time::Instant;

fn main() {
    let start = Instant::now();
    let g = sitrep_geo::Gazetteer::builtin();
    let loaded = start.elapsed();
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..100_000 {
        found += g.lookup("Dera Ismail Khan").len();
    }
    let per_lookup = start.elapsed() / 100_000;
    println!(
        "entries {} names {} skipped {} load {:?} lookup {:?} (found {found})",
        g.entries().len(),
        g.names(),
        g.skipped(),
        loaded,
        per_lookup
    );
}
