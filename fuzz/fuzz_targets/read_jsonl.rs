//! The JSONL reader on any bytes: never panics, and no line gives more than one document,
//! and no line more than one diagnostic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ingest::{IngestConfig, read_bytes};

fuzz_target!(|data: &[u8]| {
    let mut docs = 0usize;
    let mut problems = 0usize;
    read_bytes(
        "fuzz.jsonl",
        None,
        data.to_vec(),
        &IngestConfig::default(),
        &mut |_| docs += 1,
        &mut |_| problems += 1,
    );
    let lines = data.split(|b| *b == b'\n').filter(|l| !l.trim_ascii().is_empty()).count();
    assert!(docs <= lines.max(1), "{docs} docs from {lines} lines");
    // Each rejected line is named once; a file-level rejection is one more.
    assert!(problems <= lines + 1, "{problems} diagnostics from {lines} lines");
});
