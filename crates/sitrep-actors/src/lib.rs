//! Actors named in news text: countries, their governments and forces, international
//! organisations and armed groups, each with a CAMEO-style code and the byte range it came from.
//!
//! The lexicon is data (`data/actors/*.tsv`, embedded at compile time): every country with its
//! names, adjectives and capitals, organisations, armed groups, and a role table. [`Lexicon`]
//! parses it once and compiles one Aho-Corasick matcher over [`fold`]ed spellings, so that
//! `Türkiye`/`Turkiye` and `Tehrik-i-Taliban`/`Tehreek-e-Taliban` are one key. [`Lexicon::find`]
//! returns [`ActorMention`]s:
//!
//! - names and acronyms on word boundaries, the longest match first (`Omani` is not `Oman`);
//! - acronyms in their own case only (`UN`, not `un`); names in any case but all lower case;
//! - a country name or adjective plus a role noun from the role table: `Pakistani military` =
//!   `PAKMIL`, `Iran's foreign minister` = `IRNGOV` with role `foreign minister`;
//! - a capital before a speech verb or an act of state, for its government: `Islamabad said` =
//!   `PAKGOV`, metonymic; so is one before "will" or "would" and such a verb ("Washington will
//!   send troops"), and one addressed ("urged Moscow", "called on Beijing to", "appealed to
//!   Moscow to").
//!
//! User files in the same formats extend or override the shipped ones
//! ([`Lexicon::extend_from_dir`]).
//!
//! [`Lexicon::resolve_document`] works on a whole article: it adds the people the lexicon
//! cannot list (`Pakistan's Interior Minister X`, `X, the Foreign Office spokesperson`, `his
//! Pakistani counterpart X`), organisations the text defines by an acronym (`the Sindh Freedom
//! Front (SFF), a banned group`), and the later mentions that point back to them (`X`, `PM X`,
//! `the minister`, `SFF`, a sentence-opening `He`/`She` after a sentence that names one
//! person, and a sentence-opening `It` before a verb for the subject before), each with a
//! stable id, canonical name, kind, country, CAMEO-style
//! code and role, plus the article's list of [`DocumentActor`]s with their aliases and mention
//! counts. [`Lexicon::resolve_document_with`] also takes the actors earlier articles found
//! ([`DocumentActors::discovered`]). The rules are in the `document` module's docs; titles,
//! honorifics and organisation words are data (`data/actors/titles.tsv`, `honorifics.tsv`,
//! `org_words.tsv`).
//!
//! ```
//! use sitrep_actors::{Lexicon, Resolution};
//! use sitrep_model::TextRange;
//!
//! let lexicon = Lexicon::builtin()?;
//! let text = "ISLAMABAD: Russian Foreign Ministry Spokesperson Irina Volkova spoke. \
//!             The spokeswoman said the Makran Liberation Front (MLF), a banned group, was \
//!             behind it. Volkova named MLF leaders.";
//! let doc = lexicon.resolve_document(text, &[TextRange::new(0, text.len())]);
//! let found: Vec<(&str, Resolution, &str)> = doc
//!     .mentions
//!     .iter()
//!     .map(|m| {
//!         let actor = doc.actor_of(m).map_or("", |a| a.code.as_str());
//!         (m.range.slice(text).unwrap_or(""), m.resolution, actor)
//!     })
//!     .collect();
//! assert_eq!(
//!     found,
//!     [
//!         ("Russian Foreign Ministry Spokesperson Irina Volkova", Resolution::Title, "RUSGOV"),
//!         ("spokeswoman", Resolution::TitleAnaphor, "RUSGOV"),
//!         ("Makran Liberation Front", Resolution::AcronymDefinition, "PAKREB"),
//!         ("MLF", Resolution::Acronym, "PAKREB"),
//!         ("Volkova", Resolution::Name, "RUSGOV"),
//!         ("MLF", Resolution::Acronym, "PAKREB"),
//!     ]
//! );
//! # Ok::<(), sitrep_actors::Error>(())
//! ```
//!
//! ```
//! use sitrep_actors::Lexicon;
//!
//! let lexicon = Lexicon::builtin()?;
//! let text = "Islamabad said the Afghan government sheltered the TTP.";
//! let mentions = lexicon.find(text);
//! let found: Vec<(&str, &str, bool)> = mentions
//!     .iter()
//!     .map(|m| (m.matched.as_str(), m.actor.code.as_str(), m.metonymic))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [
//!         ("Islamabad", "PAKGOV", true),
//!         ("Afghan government", "AFGGOV", false),
//!         ("TTP", "PAKREB", false),
//!     ]
//! );
//! # Ok::<(), sitrep_actors::Error>(())
//! ```

mod document;
mod fold;
mod lexicon;
mod tables;
mod tokens;

use std::path::PathBuf;

pub use document::{
    ActorSource, CountryFrom, DocumentActor, DocumentActors, DocumentMention, Resolution,
    actor_ref, dateline_name,
};
pub use fold::fold;
pub use lexicon::{ActorMention, Lexicon};

/// Why a lexicon could not be built or extended.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A user lexicon file or directory could not be read.
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A row of a user lexicon file is malformed.
    Parse {
        path: PathBuf,
        line: usize,
        message: String,
    },
    /// The matcher could not be compiled (the lexicon outgrew its limits).
    Build(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "cannot read {}: {source}", path.display()),
            Error::Parse {
                path,
                line,
                message,
            } => write!(f, "{}:{line}: {message}", path.display()),
            Error::Build(message) => write!(f, "cannot compile the actor lexicon: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
