//! Types of the later stages (events, actors, places, stories), shaped to the output contract
//! now so that every stage shares one vocabulary.

use serde::{Deserialize, Serialize};

use crate::{ArticleId, TextRange};

/// The text a value came from: an article, its sentence, and a byte range into its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub article: ArticleId,
    /// Index of the sentence in the article.
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Mention {
    pub fn range(&self) -> TextRange {
        TextRange::new(self.start, self.end)
    }
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
    Interval,
    Unknown,
}

/// What an unresolved or relative date is relative to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    pub expression: String,
    /// `publication`, `date:<value>` or `event:<id>`.
    pub relative_to: String,
}

/// A date, with how precise it is and how it was found. Used wherever a time appears.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateValue {
    /// ISO 8601 (`2025-11-11`, `2025-11`, `2025-11-10/2025-11-12`, `--10-15`), or null.
    pub value: Option<String>,
    pub precision: Precision,
    /// How it was resolved, in words.
    pub basis: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
    /// Time of day with offset when the source gave one, e.g. `2025-11-13T09:30:00+05:00`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Mention>,
    /// For values from metadata rather than text: `publication date`, `html meta ...`, `warc header`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

/// A place on the map, with how precise it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub name: String,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geonames_id: Option<u64>,
    /// `country` | `admin1` | `district` | `city` | `site`.
    pub precision: String,
    pub metonymic: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<Mention>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    Country,
    Government,
    Person,
    Organization,
    ArmedGroup,
    Other,
}

/// A resolved actor with every surface form seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub country: Option<String>,
    pub code: String,
    pub role: Option<String>,
    pub aliases: Vec<String>,
    /// How many times the actor is named (in one article, or across the store when listed).
    #[serde(default)]
    pub mentions: u32,
}

/// An actor as referenced from inside an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorRef {
    pub id: String,
    pub name: String,
    pub country: Option<String>,
    pub code: String,
}

/// The coded type of an event: CAMEO and PLOVER.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventType {
    pub cameo: String,
    pub cameo_root: String,
    pub label: String,
    pub plover: String,
    pub quad_class: u8,
}

/// A killed or injured count: an interval, who, and who claims it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Casualty {
    pub min: u32,
    pub max: Option<u32>,
    pub who: Option<String>,
    pub claimed_by: Option<String>,
    pub mentions: Vec<Mention>,
}

/// One report of an event: the contract's mention (the sentence, as a byte range into the
/// article's text) plus the byte ranges, in the same text, of the words that name the source,
/// the target and the act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventMention {
    #[serde(flatten)]
    pub mention: Mention,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<TextRange>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<TextRange>,
    /// The words of the event phrase ("struck", "offered to mediate").
    pub phrase: TextRange,
}

/// A dyadic event, as CAMEO defines it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub story: Option<String>,
    #[serde(rename = "type")]
    pub kind: EventType,
    pub source_actor: Option<ActorRef>,
    pub target_actor: Option<ActorRef>,
    pub date: Option<DateValue>,
    pub place: Option<Place>,
    pub killed: Option<Casualty>,
    pub injured: Option<Casualty>,
    pub mentions: Vec<EventMention>,
    pub articles: u32,
    pub outlets: u32,
    /// The estimated probability, 0..1, that the event is real and correctly coded
    /// (`sitrep-extract`'s `confidence`).
    pub confidence: f64,
    pub negated: bool,
    pub hypothetical: bool,
    pub lexicon: String,
}

/// A story: the articles that cover one real-world development.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    pub id: String,
    pub title: String,
    pub articles: Vec<ArticleId>,
    pub first_seen: Option<DateValue>,
    pub last_seen: Option<DateValue>,
    pub events: u32,
    pub discrepancies: u32,
    pub near_duplicates: Vec<Vec<ArticleId>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscrepancyKind {
    Conflict,
    Variance,
    PossiblyDistinct,
}

/// One value that some sources give for a disputed field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscrepancyValue {
    pub value: String,
    pub articles: Vec<ArticleId>,
    pub mentions: Vec<Mention>,
}

/// A field on which sources disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discrepancy {
    pub id: String,
    pub story: String,
    pub event: Option<String>,
    pub field: String,
    pub kind: DiscrepancyKind,
    pub values: Vec<DiscrepancyValue>,
}
