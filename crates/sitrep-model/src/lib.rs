//! The sitrep data model: the plain data types that cross every edge of the pipeline.
//!
//! `RawDoc -> Article (text frozen from here on) -> Vec<Sentence> -> events, stories, discrepancies`.
//!
//! Every extracted thing points back into [`Article::text`] by a [`TextRange`] of byte offsets on
//! char boundaries, so each field can be traced to the exact words it came from. Types are plain
//! data with public fields and serde derives; their JSON shape is the output contract
//! (`shared/spec/output-contract.md`). This crate does no IO.
//!
//! ```
//! use sitrep_model::TextRange;
//! let text = "MOSCOW: Iran and Russia called for dialogue.";
//! let r = TextRange::new(0, 6);
//! assert_eq!(r.slice(text), Some("MOSCOW"));
//! ```

mod article;
mod diagnostic;
mod event;
mod range;

pub use article::{
    Article, ArticleId, Dateline, InputFormat, RawDoc, RawHints, Removed, Sentence, content_id,
};
pub use diagnostic::{Diagnostic, Severity};
pub use event::{
    Actor, ActorKind, ActorRef, Anchor, Casualty, DateValue, Discrepancy, DiscrepancyKind,
    DiscrepancyValue, Event, EventMention, EventType, Mention, Place, Precision, Story,
};
pub use range::TextRange;
