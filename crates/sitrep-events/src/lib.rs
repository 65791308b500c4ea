//! Event coding: who did what to whom in a sentence, as CAMEO codes with the byte ranges of the
//! verb, the source and the target.
//!
//! A [`Coder`] turns one sentence into [`Coding`]s. [`RuleCoder`] is the rule-based coder: it
//! finds actors with [`sitrep_actors::Lexicon`] and verb phrases with the team's verb lexicon
//! (`data/cameo/verbs.tsv`, [`Verbs`]), then links them by word order:
//!
//! - the source is the nearest actor before the verb, the target the nearest after it, within
//!   the clause; coordinated actors ("Iran and Russia urged Pakistan and Afghanistan") give the
//!   cross product, and "between X and Y" or a plural subject of a reciprocal verb ("X and Y
//!   clashed") gives both directions;
//! - passive voice ("was attacked by X") swaps source and target;
//! - reported speech ("X said Y attacked Z") codes the reported act with its own subject; a
//!   pronoun subject after a speech verb ("X said it would ...") is the speaker;
//! - negation ("did not", "denied", "refused to") sets [`Coding::negated`]; modals, intent
//!   verbs, infinitives and conditionals ("will", "threatened to", "if") set
//!   [`Coding::hypothetical`];
//! - an act named inside an accusation ("accused X of attacking Y") is not coded as done:
//!   the accusation is the event.
//!
//! ```
//! use sitrep_events::{Coder, RuleCoder};
//!
//! let coder = RuleCoder::builtin()?;
//! let text = "Iran and Russia urged Pakistan and Afghanistan to show restraint.";
//! let mut pairs: Vec<String> = coder
//!     .code(text)
//!     .iter()
//!     .map(|c| {
//!         let s = c.source.as_ref().map_or("-", |a| a.code.as_str());
//!         let t = c.target.as_ref().map_or("-", |a| a.code.as_str());
//!         format!("{} {s} {t}", c.code)
//!     })
//!     .collect();
//! pairs.sort();
//! assert_eq!(pairs, ["0256 IRN AFG", "0256 IRN PAK", "0256 RUS AFG", "0256 RUS PAK"]);
//! # Ok::<(), sitrep_events::Error>(())
//! ```

mod rule;
mod verbs;

use sitrep_model::{ActorRef, EventType, TextRange};

pub use rule::RuleCoder;
pub use verbs::Verbs;

/// Codes sentences into events.
///
/// Contract: `code` is total (any string is valid input, the result may be empty) and
/// deterministic; every range in a [`Coding`] is a byte range into `sentence` on char
/// boundaries. A statistical or LLM-backed coder is planned beside the rules, to be compared on
/// the same evaluations.
pub trait Coder {
    fn code(&self, sentence: &str) -> Vec<Coding>;
}

/// One coded event in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coding {
    /// CAMEO code, 2 to 4 digits (`041`, `0871`).
    pub code: String,
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    /// The words of the verb pattern, from its first to its last word.
    pub verb_range: TextRange,
    pub source_range: Option<TextRange>,
    pub target_range: Option<TextRange>,
    /// The sentence says the act did not happen ("did not attack", "denied attacking").
    pub negated: bool,
    /// The act is threatened, promised, planned, wanted or conditional, not reported as done.
    pub hypothetical: bool,
    /// The verb lexicon that produced the coding ([`Verbs::version`]).
    pub lexicon_version: String,
}

impl Coding {
    /// The CAMEO and PLOVER type of the code from the built-in codebook.
    pub fn event_type(&self) -> Option<EventType> {
        sitrep_cameo::Codebook::builtin().event_type(&self.code)
    }

    /// The two-digit CAMEO root of the code.
    pub fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }
}

/// Why a coder could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The actor lexicon could not be built.
    Actors(sitrep_actors::Error),
    /// A row of the verb lexicon is malformed.
    Verbs { line: usize, message: String },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Actors(e) => write!(f, "cannot build the actor lexicon: {e}"),
            Error::Verbs { line, message } => write!(f, "verb lexicon line {line}: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Actors(e) => Some(e),
            Error::Verbs { .. } => None,
        }
    }
}

impl From<sitrep_actors::Error> for Error {
    fn from(e: sitrep_actors::Error) -> Self {
        Error::Actors(e)
    }
}
