//! The feed reader on any bytes: never panics, never expands entities beyond the input, and
//! every item is either a document or a diagnostic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ingest::{IngestConfig, read_bytes};

fuzz_target!(|data: &[u8]| {
    let mut out = 0usize;
    let mut docs = 0usize;
    read_bytes(
        "fuzz.xml",
        None,
        data.to_vec(),
        &IngestConfig::default(),
        &mut |d| {
            docs += 1;
            out += d.bytes.len();
        },
        &mut |_| {},
    );
    assert!(out <= data.len() * 4 + 1024, "output {out} from input {}", data.len());
    let _ = docs;
});
