#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

//! A rerun over inputs already stored skips them before cleaning.

use sitrep::store::SqliteStore;
use sitrep::{Pipeline, Progress};

#[test]
fn stored_documents_are_skipped_without_being_cleaned_again() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let pipeline = Pipeline::default();
    let first = pipeline
        .ingest_sample(&mut store, "2025-11-14T00:00:00Z", &mut |_| {})
        .unwrap();
    assert_eq!(first.ingested, 18);

    let (mut cleaned, mut skipped) = (0, 0);
    let again = pipeline
        .ingest_sample(&mut store, "2025-11-14T00:00:01Z", &mut |p| match p {
            Progress::Article { .. } => cleaned += 1,
            Progress::Skipped { .. } => skipped += 1,
            Progress::Diagnostic(_) => {}
        })
        .unwrap();
    assert_eq!((again.ingested, again.duplicates), (0, 18));
    assert_eq!((cleaned, skipped), (0, 18));
}
