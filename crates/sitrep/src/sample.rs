//! The sample corpus embedded in the binary: fiction written by the sitrep team (see
//! `corpus/README.md`), used by `sitrep demo` and by tests. `corpus/FACTS.md` lists, by hand,
//! what each file says.

/// One file of the sample corpus.
#[derive(Debug, Clone, Copy)]
pub struct SampleFile {
    /// The file name, used as the article origin (`corpus/NAME`).
    pub name: &'static str,
    pub bytes: &'static [u8],
    /// The outlet, for scraped text that does not name it (what a user passes as `--outlet`).
    pub outlet: Option<&'static str>,
}

macro_rules! corpus {
    ($(($file:literal, $outlet:expr)),* $(,)?) => {
        &[$(SampleFile {
            name: concat!("corpus/", $file),
            bytes: include_bytes!(concat!("../corpus/", $file)),
            outlet: $outlet,
        }),*]
    };
}

static FILES: &[SampleFile] = corpus![
    ("01_frontier-ledger.txt", Some("The Frontier Ledger")),
    ("02_caspian-wire.txt", Some("Caspian Wire Service")),
    ("03_eastern-dispatch.txt", Some("Eastern Dispatch")),
    ("04_frontier-ledger.txt", Some("The Frontier Ledger")),
    ("05_bosphorus-observer.txt", Some("Bosphorus Observer")),
    ("06_indus-daily-post.txt", Some("Indus Daily Post")),
    ("07_indus-daily-post.txt", Some("Indus Daily Post")),
    ("08_caspian-wire.txt", Some("Caspian Wire Service")),
    ("09_eastern-dispatch.txt", Some("Eastern Dispatch")),
    ("10_gulf-meridian.txt", Some("Gulf Meridian")),
    ("11_gulf-meridian.html", None),
    ("12_bosphorus-observer.html", None),
    ("13_indus-daily-post.html", None),
    ("14_caspian-wire-feed.xml", None),
    ("15_gulf-meridian-capture.warc", None),
];

/// The files of the sample corpus, in name order.
pub fn sample_corpus() -> &'static [SampleFile] {
    FILES
}
