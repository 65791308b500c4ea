//! Evaluation harnesses: score sitrep's stages against the public data sets in `shared/data`.
//!
//! Each module reads one family of benchmark files, runs the stage under test and returns a report
//! that displays as a plain table. Nothing here is used by the pipeline itself; the CLI exposes
//! the reports as `sitrep eval <what>`.
//!
//! - [`extraction`]: HTML main-content extraction ([`sitrep_clean::html::extract`]) on the Zyte
//!   article-extraction benchmark (word 4-gram shingle F1, beside the stored outputs of other
//!   extractors) and on trafilatura's must-contain / must-not-contain snippets. On the same
//!   benchmark it also scores the plain-text cleaner ([`sitrep_clean::text::clean_text`]) on a
//!   naive scrape of each page, and the naive scrape itself as the floor.
//! - [`scrape`]: [`scrape::naive_scrape`], an HTML page rendered as a naive scraper (browser
//!   copy-paste, `lynx -dump`) would give it: every text line, menus and footers included.
//!
//! The scorer can be used on its own:
//!
//! ```
//! use sitrep_eval::extraction::{Scores, match_shingles};
//! let page = match_shingles("one two three four five", "one two three four");
//! let scores = Scores::from_pages(&[page]);
//! assert_eq!(scores.precision, 1.0);
//! assert_eq!(scores.recall, 0.5);
//! ```
//!
//! So can the naive scraper, to feed the plain-text cleaner:
//!
//! ```
//! let page = "<nav><a>Home</a> <a>World</a></nav><script>track()</script><p>Port closed.</p>";
//! assert_eq!(sitrep_eval::scrape::naive_scrape(page), "Home World\nPort closed.");
//! ```

pub mod cameo;
pub mod extraction;
pub mod plover;
pub mod scrape;
pub mod throughput;
pub mod timex;

use std::path::PathBuf;

/// Why an evaluation could not run: a data file is missing, unreadable or malformed.
#[non_exhaustive]
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A JSON file did not parse.
    #[error("cannot parse {}: {source}", path.display())]
    Json {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: serde_json::Error,
    },
    /// A data file parsed but does not have the expected shape.
    #[error("unexpected content in {}: {message}", path.display())]
    Data {
        /// The file.
        path: PathBuf,
        /// What was wrong.
        message: String,
    },
}
