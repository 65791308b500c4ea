//! The WARC reader on any bytes: never panics, and each record's body is part of the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitrep_ingest::warc::{WarcLimits, read_warc};

fuzz_target!(|data: &[u8]| {
    let (docs, _) = read_warc(data, "fuzz.warc", &WarcLimits::default());
    let total: usize = docs.iter().map(|d| d.bytes.len()).sum();
    assert!(total <= data.len(), "records hold more bytes than the file");
});
