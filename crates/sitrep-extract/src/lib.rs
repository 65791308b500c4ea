//! Extraction: from one cleaned article to its coded events, each with its actors, date, place
//! and killed and injured figures, and every field tied to the words it came from.
//!
//! This crate joins the finders of the stage crates; it finds nothing itself:
//!
//! ```text
//! Article.sentences --RuleCoder--> codings (code, source, target, byte ranges)
//! Article.text ------find_dates--> temporal expressions  --+
//!              --find_casualties-> killed / injured figures +--> Event, one per coding
//!              --gazetteer-------> place names              --+
//!              --resolve_document-> actors: lexicon, people by title and apposition,
//!                                   acronyms defined in the text (aliases, mention counts)
//! ```
//!
//! The rules that tie them, each documented where it is implemented:
//!
//! - **Date** ([`date`]): the temporal expression governing the coding's clause: the nearest
//!   one in the same sentence, preferring one that no clause boundary separates from the verb.
//!   With none, the publication date, with `from: publication date` and a basis saying so; with
//!   no publication date either, no value and precision `unknown`. Background history ("after
//!   the group returned to power in 2021") therefore keeps its own date and is never dated as
//!   news of the day.
//! - **Casualties** ([`casualty`]): figures attach to the violent events (CAMEO roots 18, 19
//!   and 20, and violent protest 145) of their sentence that are neither negated nor
//!   hypothetical; a figure in a sentence without one ("The blast killed 12.") attaches to the
//!   nearest such event in the two sentences before it that has no figure of that kind yet.
//! - **Place** ([`place`]): a place name stated for the event in its sentence, never a capital
//!   standing for its government; with none, the event has no place.
//! - **One article, one event per act**: codings with the same code, source, target and flags
//!   whose dates agree (or one of which only has the publication date) are one event with
//!   several mentions: a headline and the lead that repeats it are not two events.
//!
//! The event `confidence` is the probability that the act is real and correctly coded, from
//! the logistic model of `sitrep_events::confidence` fitted to judged codings of real news
//! (`data/confidence/README.md`); an event reported in several sentences takes its most
//! likely mention's ([`confidence`]).
//!
//! ```no_run
//! use sitrep_extract::{ExtractConfig, Extractor};
//! # fn article() -> sitrep_model::Article { unimplemented!() }
//! let extractor = Extractor::new(&ExtractConfig::default())?;
//! let extraction = extractor.extract(&article());
//! for event in &extraction.events {
//!     println!("{} {}", event.kind.cameo, event.kind.label);
//! }
//! # Ok::<(), sitrep_extract::Error>(())
//! ```

pub mod casualty;
pub mod date;
pub mod place;
pub mod refer;

mod known;

pub use known::KnownActors;

use std::collections::HashMap;
use std::path::PathBuf;

use sha2::{Digest, Sha256};
use sitrep_actors::{ActorMention, DocumentActors, Lexicon, Resolution};
use sitrep_events::{Coding, RuleCoder, Verbs};
use sitrep_model::{Actor, Article, Event, EventMention, Mention, TextRange};
use sitrep_time::TimeConfig;

/// Settings of the extraction.
#[derive(Debug, Clone, Default)]
pub struct ExtractConfig {
    /// Folders of user actor lexicon files (`*.tsv`, the shipped format), added after the
    /// shipped lexicon in order: a row may extend or override a shipped one.
    pub lexicon_dirs: Vec<PathBuf>,
    /// User verb lexicon files (the format of `data/cameo/verbs.tsv`), added after the shipped
    /// patterns in order.
    pub verb_files: Vec<PathBuf>,
    pub time: TimeConfig,
}

/// Why an extractor could not be built: a lexicon file is unreadable or malformed.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    Actors(sitrep_actors::Error),
    Events(sitrep_events::Error),
    /// A user verb file could not be read or has a bad row.
    VerbFile {
        path: PathBuf,
        message: String,
    },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Actors(e) => write!(f, "actor lexicon: {e}"),
            Error::Events(e) => write!(f, "event coder: {e}"),
            Error::VerbFile { path, message } => {
                write!(f, "verb lexicon {}: {message}", path.display())
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Actors(e) => Some(e),
            Error::Events(e) => Some(e),
            Error::VerbFile { .. } => None,
        }
    }
}

/// What extraction found in one article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extraction {
    /// In text order of their first mention.
    pub events: Vec<Event>,
    /// Every actor named in the article with its aliases and mention count, in order of first
    /// mention: lexicon actors, people named with a title or apposition, organisations the
    /// text defines with an acronym.
    pub actors: Vec<Actor>,
    /// The actors beyond the lexicon (people, text-defined organisations) and the known ones
    /// the article named: what later articles should know ([`Extractor::extract_with`]).
    pub discovered: Vec<Actor>,
}

/// The lexicons and coder, built once and shared: [`Extractor::extract`] takes `&self`.
#[derive(Debug, Clone)]
pub struct Extractor {
    coder: RuleCoder,
    actors: Lexicon,
    time: TimeConfig,
    version: String,
}

impl Extractor {
    /// The shipped lexicons plus the user's ([`ExtractConfig::lexicon_dirs`]).
    pub fn new(config: &ExtractConfig) -> Result<Extractor, Error> {
        let mut actors = Lexicon::builtin().map_err(Error::Actors)?;
        for dir in &config.lexicon_dirs {
            actors.extend_from_dir(dir).map_err(Error::Actors)?;
        }
        let mut verbs = Verbs::builtin().map_err(Error::Events)?;
        for path in &config.verb_files {
            let text = std::fs::read_to_string(path).map_err(|e| Error::VerbFile {
                path: path.clone(),
                message: e.to_string(),
            })?;
            verbs.extend_from_tsv(&text).map_err(|e| Error::VerbFile {
                path: path.clone(),
                message: e.to_string(),
            })?;
        }
        // The confidence model is recorded too: a refit changes every event's confidence.
        let mut version = format!(
            "verbs {}; {}",
            verbs.version(),
            sitrep_events::ConfidenceModel::builtin().version()
        );
        if !config.lexicon_dirs.is_empty() {
            let dirs: Vec<String> = config
                .lexicon_dirs
                .iter()
                .map(|d| d.display().to_string())
                .collect();
            version.push_str(&format!("; user actors {}", dirs.join(", ")));
        }
        Ok(Extractor {
            coder: RuleCoder::new(actors.clone(), verbs),
            actors,
            time: config.time.clone(),
            version,
        })
    }

    /// The version of the lexicons, recorded in every event's `lexicon`.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The events and actors of one article. Pure and total: any article gives a result, an
    /// article without sentences an empty one.
    pub fn extract(&self, article: &Article) -> Extraction {
        self.extract_with(article, &[])
    }

    /// [`Extractor::extract`] with the actors earlier articles discovered
    /// ([`Extraction::discovered`]): a later "Naqvi" resolves to the minister an earlier
    /// article introduced. The result then depends on what came before; the pipeline passes
    /// what the store and the current run discovered.
    pub fn extract_with(&self, article: &Article, known: &[Actor]) -> Extraction {
        let (document, codings) = self.codings(article, known);
        let findings = self.findings_for(article, &codings);
        let mut found: Vec<Found> = Vec::new();
        for (index, coding) in &codings {
            if let Some(f) = self.found(article, *index, coding, &findings) {
                found.push(f);
            }
        }
        let mut same_act = Vec::new();
        for (index, in_sentence) in findings.figures.iter().enumerate() {
            if !in_sentence.is_empty() {
                same_act.extend(casualty::attach(&mut found, article, index, in_sentence));
            }
        }
        same_act.extend(refer::references(&found, article));
        let events = merge(found, &same_act);
        Extraction {
            events,
            discovered: document.discovered(),
            actors: document.actors.into_iter().map(|a| a.actor).collect(),
        }
    }

    /// The first half of [`Extractor::extract_with`]: the article's actors resolved at
    /// document level, and the coder's codings of every sentence with the sentence's index
    /// (ranges relative to the sentence). The coder sees the lexicon's and the generic actors
    /// of each sentence plus the people and text-defined organisations the document resolved
    /// ("Naqvi", "the minister", "SFF"). Public so that benchmarks can time actor resolution
    /// and event coding apart from the rest.
    pub fn codings(
        &self,
        article: &Article,
        known: &[Actor],
    ) -> (DocumentActors, Vec<(usize, Coding)>) {
        let text = article.text.as_str();
        let sentences: Vec<TextRange> = article.sentences.iter().map(|s| s.range).collect();
        let date = article.published.as_ref().and_then(|d| d.value.as_deref());
        let document = self
            .actors
            .resolve_document_on(text, &sentences, known, date);
        let home = self.home_country(article, &document);
        let mut out = Vec::new();
        for (index, sentence) in article.sentences.iter().enumerate() {
            if let Some(words) = sentence.range.slice(text) {
                let mut codings = self.code_in(words, sentence.range, Some(index), &document);
                // ("JERUSALEM - Air strikes killed 20 civilians in Rafah": a sentence that places
                // its acts elsewhere keeps its people of no country.)
                if let Some(home) = home.as_deref()
                    && !places_elsewhere(&self.actors, words, 0, home)
                {
                    for c in &mut codings {
                        sitrep_events::localize_home(c, home);
                    }
                }
                out.extend(codings.into_iter().map(|c| (index, c)));
            }
        }
        // A sports report (two sentences or more naming a competition or its play) codes no
        // play between players in any sentence: "Peru have beaten Chile on two of their last
        // three visits to Santiago" is no visit, though that sentence names no competition.
        // (Each test reads every sentence: made only when a coding could be dropped by it.)
        if out.iter().any(|(_, c)| sitrep_events::between_players(c)) {
            let sport = article
                .sentences
                .iter()
                .filter(|s| s.range.slice(text).is_some_and(sitrep_events::names_sport))
                .take(2)
                .count();
            if sport >= 2 {
                out.retain(|(_, c)| !sitrep_events::between_players(c));
            }
        }
        if out
            .iter()
            .any(|(_, c)| c.source.is_none() && matches!(c.root(), "18" | "19" | "20"))
        {
            // A report of a natural disaster (two sentences or more name one) tells tolls:
            // a killing with no one behind it there is the disaster's ("with at least 3,000
            // people killed"), not violence.
            let disaster = article
                .sentences
                .iter()
                .filter(|s| {
                    s.range
                        .slice(text)
                        .is_some_and(sitrep_events::names_disaster)
                })
                .take(2)
                .count();
            if disaster >= 2 {
                out.retain(|(index, c)| {
                    let sentence = article
                        .sentences
                        .get(*index)
                        .and_then(|s| s.range.slice(text));
                    !sentence.is_some_and(|s| sitrep_events::unclaimed_toll(c, s))
                });
            }
        }
        (document, out)
    }

    /// The country an article is at home in: its dateline's (a country, a capital or a town
    /// of the gazetteer: `KARACHI:`; a region after it decides, "MOSCOW, Idaho (AP)" is
    /// American, an unknown one leaves none), unless its lead names another country or places
    /// the news in another country's town (a bureau's dateline: `DUBAI (Reuters) - Iranian
    /// police ...`, `NAIROBI - ... in Goma`); or, with no dateline, the one country it names,
    /// unless its lead places the news in another ("Protests erupted in Iran ... The United
    /// States condemned": none).
    fn home_country(&self, article: &Article, document: &DocumentActors) -> Option<String> {
        let text = article.text.as_str();
        // (The cleaner's dateline is one whatever its case: "Karachi, Nov 3 (APP):".)
        let (name, end) = match (article.dateline.as_deref(), article.dateline_range) {
            (Some(name), Some(r)) => (Some(name), r.end),
            (Some(name), None) => (Some(name), 0),
            (None, _) => {
                let name = sitrep_actors::dateline_name(text);
                let end = name.and_then(|n| text.find(n).map(|at| at + n.len()));
                (name, end.unwrap_or(0))
            }
        };
        let d = match name {
            Some(name) => {
                let any_case = article.dateline.is_some();
                match self.dateline_region(text.get(end..).unwrap_or("")) {
                    Region::None => self.dateline_country(name, any_case),
                    Region::Country(c) => Some(c),
                    Region::Unknown => return None,
                }
            }
            None => None,
        };
        let Some(d) = d.as_deref() else {
            // ("Protests erupted in Iran ... The United States condemned": the lead's place is
            // the news's country, though the one named otherwise is another.)
            let lead = article.sentences.first().map(|s| s.range);
            return document
                .named
                .clone()
                .filter(|c| !lead.is_some_and(|l| places_other(document, text, l, c)));
        };
        // The lead: the sentence the dateline opens, or the first.
        let at = article.dateline_range.map_or(0, |r| r.start);
        let lead = article
            .sentences
            .iter()
            .find(|s| s.range.end > at)
            .map(|s| s.range);
        if lead.is_some_and(|lead| {
            names_other(document, lead, d)
                || lead.slice(text).is_some_and(|words| {
                    places_elsewhere(&self.actors, words, lead.start.max(end) - lead.start, d)
                })
        }) {
            return None;
        }
        Some(d.to_owned())
    }

    /// What follows a dateline's place: `, Idaho (AP)` names a region, `, Nov 3 (Reuters)` or
    /// ` (Reuters)` none.
    fn dateline_region(&self, rest: &str) -> Region {
        let Some(rest) = rest.strip_prefix(',') else {
            return Region::None;
        };
        let word: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '.')
            .collect();
        let bare = word.trim_end_matches('.');
        if bare.is_empty()
            || !bare.starts_with(char::is_uppercase)
            || sitrep_text::calendar::is_month_or_weekday(&bare.to_lowercase())
        {
            return Region::None;
        }
        // ("KOLKATA, West Bengal", "MOSCOW, Idaho", "MINNEAPOLIS, Minn.", "WASHINGTON, D.C.".)
        let two: String = rest
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        let two = two.trim_end_matches(|c: char| !c.is_alphabetic());
        if let Some(c) = self
            .actors
            .place_country(two)
            .or_else(|| self.actors.place_country(bare))
        {
            return Region::Country(c.to_owned());
        }
        if let Some(c) =
            sitrep_events::province_country(two).or_else(|| sitrep_events::province_country(bare))
        {
            return Region::Country(c.to_owned());
        }
        if US_STATE_ABBREVIATIONS.contains(&word.as_str()) || word == "D.C" || word == "D.C." {
            return Region::Country("USA".to_owned());
        }
        Region::Unknown
    }

    /// [`home_country`](Self::home_country) of a sentence coded alone: only a dateline at its
    /// head ("LA PAZ (Reuters) - Villagers blocked the highway"), when the sentence names no
    /// other country or town elsewhere.
    fn sentence_home(&self, sentence: &str, document: &DocumentActors) -> Option<String> {
        let name = sitrep_actors::dateline_name(sentence)?;
        let end = sentence.find(name).map_or(0, |at| at + name.len());
        let d = match self.dateline_region(sentence.get(end..).unwrap_or("")) {
            Region::None => self.dateline_country(name, false)?.to_owned(),
            Region::Country(c) => c,
            Region::Unknown => return None,
        };
        let all = TextRange::new(0, sentence.len());
        (!names_other(document, all, &d) && !places_elsewhere(&self.actors, sentence, end, &d))
            .then_some(d)
    }

    /// The country of a dateline's place: a country, a capital or a gazetteer town written in
    /// capitals as datelines are (`KARACHI`; not "Hit" of "Hit-and-run crash leaves ...", a
    /// town in Iraq).
    fn dateline_country(&self, name: &str, any_case: bool) -> Option<String> {
        self.actors
            .place_country(name)
            .or_else(|| {
                (any_case || !name.chars().any(char::is_lowercase))
                    .then(|| sitrep_events::town_country(name))
                    .flatten()
            })
            .map(str::to_owned)
    }

    /// Code one sentence (`words`, at `range` in the document) with the lexicon's and generic
    /// actors plus the document's people and text-defined organisations in it.
    fn code_in(
        &self,
        words: &str,
        range: TextRange,
        index: Option<usize>,
        document: &DocumentActors,
    ) -> Vec<Coding> {
        let shift = |r: TextRange| TextRange::new(r.start - range.start, r.end - range.start);
        // The document's lexicon matches in this sentence: the text is matched once, not again
        // per sentence.
        let lexicon: Vec<ActorMention> = document
            .lexicon
            .iter()
            .filter(|m| range.contains(m.range))
            .map(|m| ActorMention {
                range: shift(m.range),
                ..m.clone()
            })
            .collect();
        let mut people = Vec::new();
        for m in document
            .mentions
            .iter()
            .filter(|m| m.sentence == index && m.resolution != Resolution::Lexicon)
        {
            if let Some(actor) = document.actor_of(m)
                && range.contains(m.range)
            {
                let local = shift(m.range);
                people.push(ActorMention {
                    range: local,
                    actor: sitrep_actors::actor_ref(actor),
                    kind: actor.kind,
                    role: actor.role.clone(),
                    matched: local.slice(words).unwrap_or_default().to_owned(),
                    metonymic: false,
                });
            }
        }
        self.coder.code_with_lexicon(words, lexicon, &people)
    }

    /// The second half: dates, casualty figures and stated places of the article, before they
    /// are tied to codings, limited to what `codings` can use: nothing for an article without
    /// codings, casualty figures only in sentences that have a violent coding or follow one
    /// closely enough to point back at it ([`casualty`]), and dates up to the last coded
    /// sentence. Places are found over the whole text: disambiguation needs it.
    pub fn findings_for(&self, article: &Article, codings: &[(usize, Coding)]) -> Findings {
        let n = article.sentences.len();
        if codings.is_empty() {
            return Findings {
                dates: Vec::new(),
                figures: vec![Vec::new(); n],
                places: vec![Vec::new(); n],
            };
        }
        let mut violent = vec![false; n];
        for (index, coding) in codings {
            if casualty::violent(&coding.code)
                && let Some(v) = violent.get_mut(*index)
            {
                *v = true;
            }
        }
        let text = article.text.as_str();
        let published = article.published.as_ref().and_then(|d| d.value.as_deref());
        let figures = article
            .sentences
            .iter()
            .enumerate()
            .map(|(i, sentence)| {
                let near = (i.saturating_sub(casualty::LOOK_BACK)..=i)
                    .any(|k| violent.get(k).copied().unwrap_or(false));
                if near {
                    sitrep_casualty::find_casualties_in(text, sentence.range)
                } else {
                    Vec::new()
                }
            })
            .collect();
        // A date is resolved from what comes before it ("the day prior"), never after, so the
        // text after the last coded sentence can date nothing that is used.
        let last = codings
            .iter()
            .filter_map(|(index, _)| article.sentences.get(*index))
            .map(|s| s.range.end)
            .max()
            .unwrap_or(text.len());
        let head = text.get(..last).unwrap_or(text);
        Findings {
            dates: sitrep_time::find_dates(head, published, &self.time),
            figures,
            places: place::stated(article),
        }
    }

    /// The event of one coding, before merging; None for a code the codebook lacks.
    fn found(
        &self,
        article: &Article,
        index: usize,
        coding: &Coding,
        findings: &Findings,
    ) -> Option<Found> {
        let sentence = article.sentences.get(index)?.range;
        let dates = findings.dates.as_slice();
        let kind = coding.event_type()?;
        let text = article.text.as_str();
        let shift = |r: TextRange| TextRange::new(r.start + sentence.start, r.end + sentence.start);
        let phrase = shift(coding.verb_range);
        let source = coding.source_range.map(shift);
        let target = coding.target_range.map(shift);
        let mention = EventMention {
            mention: Mention {
                article: article.id.clone(),
                sentence: index,
                start: sentence.start,
                end: sentence.end,
                text: sentence.slice(text).unwrap_or_default().to_owned(),
            },
            source,
            target,
            phrase,
        };
        let date = date::governing(article, index, sentence, phrase, dates);
        // "visited Ankara", "struck Kyiv": a city named as the country acted on is also the
        // event's place.
        let target_is_place = target.is_some_and(|t| {
            findings.places.get(index).is_some_and(|stated| {
                stated.iter().any(|(r, p)| {
                    *r == t
                        && p.precision != "country"
                        && p.country.as_deref() == coding.target.as_ref().map(|a| a.code.as_str())
                })
            })
        });
        let taken: Vec<TextRange> = source
            .into_iter()
            .chain(target.filter(|_| !target_is_place))
            .collect();
        let place = findings
            .places
            .get(index)
            .and_then(|stated| place::for_event(text, stated, &taken, phrase));
        // A visit with no one named as visited is to the country of its place, when that is
        // not the visitor's own (CAMEO's target of 042 is the host): "visited Tokyo". So is
        // a named side's violence in another country ("Israeli jets struck targets in Gaza").
        let mut target_actor = coding.target.clone();
        let mut mention = mention;
        let violent = matches!(kind.cameo.get(..2), Some("18" | "19" | "20"));
        if (kind.cameo == "042" || (violent && coding.source.is_some()))
            && target_actor.is_none()
            && let Some(p) = &place
            && let Some(country) = p.country.as_deref()
            && coding
                .source
                .as_ref()
                .is_none_or(|s| s.country.as_deref() != Some(country))
            && let Some(host) = self.actors.country(country)
        {
            target_actor = Some(host);
            mention.target = p.mentions.first().map(|m| TextRange::new(m.start, m.end));
        }
        let mut event = Event {
            id: String::new(),
            story: None,
            kind,
            source_actor: coding.source.clone(),
            target_actor,
            date: Some(date),
            place,
            killed: None,
            injured: None,
            mentions: vec![mention],
            articles: 1,
            outlets: 1,
            confidence: sitrep_events::ConfidenceModel::builtin()
                .probability(sentence.slice(text).unwrap_or_default(), coding),
            negated: coding.negated,
            hypothetical: coding.hypothetical,
            lexicon: self.version.clone(),
        };
        // Merged mentions of the act keep the most likely one's confidence ([`confidence`]).
        event.id = event_id(&event);
        Some(Found {
            sentence: index,
            event,
        })
    }
}

/// The extractor codes a lone sentence as a one-sentence article: people named there with a
/// title or apposition are actors too. This is the coder `sitrep code` and the evaluations use,
/// so that they score what the pipeline does.
impl sitrep_events::Coder for Extractor {
    fn code(&self, sentence: &str) -> Vec<Coding> {
        self.code_on(sentence, None)
    }
}

impl Extractor {
    /// [`Coder::code`](sitrep_events::Coder::code) for a sentence of a known date (ISO,
    /// `2012-05-01`): world leaders are coded as of that date (`Lexicon::date_people`).
    pub fn code_on(&self, sentence: &str, date: Option<&str>) -> Vec<Coding> {
        let range = TextRange::new(0, sentence.len());
        let document = self
            .actors
            .resolve_document_on(sentence, &[range], &[], date);
        let mut codings = self.code_in(sentence, range, Some(0), &document);
        if let Some(home) = self.sentence_home(sentence, &document) {
            for c in &mut codings {
                sitrep_events::localize_home(c, &home);
            }
        }
        codings
    }
}

/// The AP's abbreviations of US states, as datelines write them ("MINNEAPOLIS, Minn.").
const US_STATE_ABBREVIATIONS: &[&str] = &[
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
    "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.",
    "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.",
    "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
];

/// What a dateline says after its place.
enum Region {
    None,
    Country(String),
    Unknown,
}

/// Whether `words` (from byte `from` on) place something in a town of other countries only: a
/// capitalised name after "in", "at", "near", "outside", "into", "across" or "on" (over "the")
/// that ends its phrase and names gazetteer towns of 100,000 people or more, none of which is
/// `home`'s ("Air strikes killed 20 civilians in Rafah" under an Israeli home, "Police in
/// Shenzhen"). A country's own name is the lexicon's ("across Lebanon" is Lebanon, not the
/// American town), and a name that goes on is a landmark ("Independence Square", "the Green
/// Zone", "Khan supporters").
fn places_elsewhere(lexicon: &Lexicon, words: &str, from: usize, home: &str) -> bool {
    let tail = words.get(from..).unwrap_or("");
    let tokens: Vec<&str> = tail
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == ','))
        .flat_map(|w| {
            // A comma is a token of its own.
            let (word, comma) = w.strip_suffix(',').map_or((w, false), |x| (x, true));
            [word, if comma { "," } else { "" }]
        })
        .filter(|w| !w.is_empty())
        .collect();
    tokens.iter().enumerate().any(|(i, w)| {
        if !matches!(
            w.to_lowercase().as_str(),
            "in" | "at" | "near" | "outside" | "into" | "across" | "on"
        ) {
            return false;
        }
        let mut j = i + 1;
        if tokens.get(j).is_some_and(|t| *t == "the") {
            j += 1;
        }
        let Some(first) = tokens.get(j).filter(|t| t.starts_with(char::is_uppercase)) else {
            return false;
        };
        if sitrep_text::calendar::is_month_or_weekday(&first.to_lowercase()) {
            return false;
        }
        let second = tokens
            .get(j + 1)
            .filter(|t| t.starts_with(char::is_uppercase));
        let (name, next) = match second {
            Some(t) => (format!("{first} {t}"), tokens.get(j + 2)),
            None => ((*first).to_owned(), tokens.get(j + 1)),
        };
        // The name ends its phrase: a comma, a preposition, a word of time, or the end.
        let ends = next.is_none_or(|n| *n == "," || ends_phrase(&n.to_lowercase()));
        if !ends {
            return false;
        }
        if let Some(c) = lexicon.place_country(&name) {
            return c != home;
        }
        let countries = sitrep_events::place_countries(&name, 100_000);
        // (A name some town at home has is home's: "in Hyderabad" under a Pakistani home.)
        !countries.is_empty() && !sitrep_events::place_countries(&name, 0).contains(&home)
    })
}

/// Whether the lexicon names, inside `range`, a country other than `home` as a place: after
/// "in", "into", "across", "inside", "throughout" or "at" ("Protests erupted in Iran").
fn places_other(document: &DocumentActors, text: &str, range: TextRange, home: &str) -> bool {
    document.lexicon.iter().any(|m| {
        range.contains(m.range)
            && m.actor.country.as_deref().is_some_and(|c| c != home)
            && text
                .get(..m.range.start)
                .and_then(|before| before.trim_end().rsplit(' ').next())
                .is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "in" | "into" | "across" | "inside" | "throughout" | "at"
                    )
                })
            // (The country ends its phrase: "in Iran on Friday", not "died in US custody".)
            && text.get(m.range.end..).is_some_and(|after| {
                let next: String = after
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect::<String>()
                    .to_lowercase();
                next.is_empty() || ends_phrase(&next)
            })
    })
}

/// Whether a lower-case word after a place name ends the place's phrase: a preposition, a
/// conjunction, a word of time or a kind of place ("in Rafah on Tuesday", "in Goma province"),
/// not a noun the name qualifies ("in US custody", "Khan supporters").
fn ends_phrase(next: &str) -> bool {
    matches!(
        next,
        "on" | "in"
            | "at"
            | "and"
            | "near"
            | "after"
            | "before"
            | "as"
            | "where"
            | "when"
            | "while"
            | "since"
            | "late"
            | "early"
            | "overnight"
            | "last"
            | "this"
            | "yesterday"
            | "today"
            | "province"
            | "district"
            | "city"
            | "state"
            | "region"
            | "town"
            | "for"
            | "to"
            | "from"
            | "with"
            | "over"
            | "during"
    ) || sitrep_text::calendar::is_month_or_weekday(next)
}

/// Whether the lexicon names, inside `range`, a country other than `home`.
fn names_other(document: &DocumentActors, range: TextRange, home: &str) -> bool {
    document
        .lexicon
        .iter()
        .any(|m| range.contains(m.range) && m.actor.country.as_deref().is_some_and(|c| c != home))
}

/// What an article says about when, where and how many, before it is tied to codings.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// Every temporal expression of the text.
    pub dates: Vec<sitrep_time::TimeMention>,
    /// Killed and injured figures, per sentence (indexed like `Article.sentences`).
    pub figures: Vec<Vec<sitrep_casualty::CasualtyMention>>,
    /// Places stated, per sentence, with the byte ranges of their names.
    pub places: Vec<Vec<(TextRange, sitrep_model::Place)>>,
}

/// An event as found in one sentence, before codings of the same act are merged.
#[derive(Debug, Clone)]
pub struct Found {
    pub sentence: usize,
    pub event: Event,
}

/// The estimated probability that an event is real and correctly coded: the largest of its
/// mentions' probabilities under the shipped model (`sitrep_events::ConfidenceModel`), each
/// computed from the mention's coding (with the actors the article resolves) and its sentence,
/// rounded to three decimals. The model was fitted to codings of single sentences; how much a
/// second mention adds is not measured, so it adds nothing.
pub fn confidence(mentions: impl IntoIterator<Item = f64>) -> f64 {
    let best = mentions.into_iter().fold(0.0, f64::max);
    (best * 1000.0).round() / 1000.0
}

/// A stable id: the article, the first mention's sentence range and phrase, the code and the
/// actors. The same article extracted by the same lexicons gives the same ids.
fn event_id(event: &Event) -> String {
    let mut h = Sha256::new();
    if let Some(m) = event.mentions.first() {
        h.update(m.mention.article.0.as_bytes());
        h.update(format!("|{}|{}|{}", m.mention.start, m.phrase.start, m.phrase.end).as_bytes());
    }
    h.update(event.kind.cameo.as_bytes());
    for actor in [&event.source_actor, &event.target_actor] {
        h.update(b"|");
        if let Some(a) = actor {
            h.update(a.id.as_bytes());
        }
    }
    h.update([u8::from(event.negated), u8::from(event.hypothetical)]);
    let digest = h.finalize();
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Codings of one act in one article become one event with several mentions: same code,
/// actors and flags, and dates that agree (equal values, or one taken from the publication
/// date; for codings with no actor, equal dates stated in the text). The first mention keeps
/// the id; a date stated in the text wins over the publication
/// date, and figures found with any mention are kept.
fn merge(found: Vec<Found>, same_act: &[(usize, usize)]) -> Vec<Event> {
    type Key = (String, Option<String>, Option<String>, bool, bool);
    let mut found: Vec<Option<Event>> = found.into_iter().map(|f| Some(f.event)).collect();
    // Later reports of an earlier act (found by the casualty rule) become its mentions first.
    for &(later, earlier) in same_act {
        if later == earlier {
            continue;
        }
        // (Only when the earlier act is still there: it may have become a mention itself.)
        if found.get(earlier).is_some_and(Option::is_some)
            && let Some(event) = found.get_mut(later).and_then(Option::take)
            && let Some(Some(into)) = found.get_mut(earlier)
        {
            absorb(into, event);
        }
    }
    let mut out: Vec<Event> = Vec::new();
    let mut by_key: HashMap<Key, Vec<usize>> = HashMap::new();
    for event in found.into_iter().flatten() {
        let key: Key = (
            event.kind.cameo.clone(),
            event.source_actor.as_ref().map(|a| a.id.clone()),
            event.target_actor.as_ref().map(|a| a.id.clone()),
            event.negated,
            event.hypothetical,
        );
        let slots = by_key.entry(key).or_default();
        // Codings that name no actor at all are one act only when the text dates both alike.
        let actorless = event.source_actor.is_none() && event.target_actor.is_none();
        let same = slots.iter().copied().find(|&i| {
            let (a, b) = (out[i].date.as_ref(), event.date.as_ref());
            if actorless {
                !date::from_publication(a) && !date::from_publication(b) && date::agree(a, b)
            } else {
                date::agree(a, b)
            }
        });
        match same {
            Some(i) => absorb(&mut out[i], event),
            None => {
                slots.push(out.len());
                out.push(event);
            }
        }
    }
    for event in &mut out {
        event.confidence = confidence([event.confidence]);
    }
    out
}

fn absorb(into: &mut Event, other: Event) {
    into.confidence = confidence([into.confidence, other.confidence]);
    if date::from_publication(into.date.as_ref()) && !date::from_publication(other.date.as_ref()) {
        into.date = other.date;
    }
    if into.place.is_none() {
        into.place = other.place;
    }
    if into.killed.is_none() {
        into.killed = other.killed;
    }
    if into.injured.is_none() {
        into.injured = other.injured;
    }
    for m in other.mentions {
        let known = into.mentions.iter().any(|k| {
            k.mention.article == m.mention.article && k.mention.sentence == m.mention.sentence
        });
        if !known {
            into.mentions.push(m);
        }
    }
}
