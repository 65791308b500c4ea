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
//! - [`bootstrap`]: the 95% percentile bootstrap interval that the CAMEO and PLOVER reports print
//!   beside their root F1 and type accuracy, so that a figure on a few dozen sentences says how
//!   far chance alone could move it.
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

pub mod bootstrap;
pub mod cameo;
pub mod example;
pub mod extraction;
pub mod geo;
pub mod petrarch2;
pub mod plover;
pub mod scrape;
pub mod throughput;

/// A coder that returns fixed codings, and codings built from codes, for the coding evals' tests.
#[cfg(test)]
mod fixtures {
    use sitrep_events::{Coder, Coding};

    pub struct Fixed(pub Vec<Coding>);

    impl Coder for Fixed {
        fn code(&self, _: &str) -> Vec<Coding> {
            self.0.clone()
        }
    }

    fn actor(code: &str) -> sitrep_model::ActorRef {
        sitrep_model::ActorRef {
            id: code.to_owned(),
            name: code.to_owned(),
            country: None,
            code: code.to_owned(),
        }
    }

    /// A coding of `code` from actor `s` to actor `t`.
    pub fn coding(code: &str, s: &str, t: &str, negated: bool) -> Coding {
        Coding {
            code: code.to_owned(),
            source: Some(actor(s)),
            target: Some(actor(t)),
            verb_range: sitrep_model::TextRange::new(0, 1),
            source_range: None,
            target_range: None,
            negated,
            hypothetical: false,
            lexicon_version: "test".to_owned(),
        }
    }
}
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
