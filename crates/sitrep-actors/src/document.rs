//! Document-level actor resolution: people named with a title or an apposition, organisations
//! the text defines with an acronym, and the later mentions that point back to them.
//!
//! [`Lexicon::resolve_document`] runs [`Lexicon::find`] over the whole article, then applies
//! the rules below in three passes (acronym definitions; people; later mentions). They are all
//! general: no person is listed anywhere, and the word lists are data
//! (`data/actors/titles.tsv`, `honorifics.tsv`, `org_words.tsv`).
//!
//! **Titles.** A title phrase is a run of offices and modifiers ending in a title, in any case:
//! `Interior Minister`, `Foreign Ministry Spokesperson`, `chief spokesman`, `army chief`,
//! `Deputy Prime Minister`, `justice minister` (two titles chain), and `PM`, `FM`, `MP` in
//! capitals only. Its role is the canonical labels of its words (`foreign ministry
//! spokesperson`; spokesman, spokeswoman and spokesperson are all `spokesperson`, premier is
//! `prime minister`). Its CAMEO suffix is the title's (`GOV`, `MIL`, `COP`, `JUD`, `LEG`,
//! `MED`, `REL`), overridden by an office's (`army spokesman` is `MIL`) and by a modifier's
//! (`former` is `ELI`); titles that say nothing of the sector (`chief`, `leader`, `chairman`,
//! `director`) have none.
//!
//! **People.** A person is defined by
//! - a title phrase then a name: `Pakistan's Interior Minister Mohsin Naqvi`, `President X`,
//!   `army chief Gen. X`, also with commas (`the acting defence minister, Mullah X,`);
//! - a name of two or more words (or one after an honorific, or one that is already a
//!   person's surname) then a comma and an apposition: `X Y, the Foreign Office spokesperson`,
//!   `X Y, Russia's foreign minister`, `X Y, a spokesman for the Taliban`; the apposition is a
//!   second mention of the person;
//! - `counterpart` as a title: `his Pakistani counterpart X` has the role of the last person
//!   named before and the country of the adjective;
//! - an honorific or rank before a name with no title: `Maulana X Y`, `Gen. X` (a general,
//!   `MIL`), `Mr X` when no earlier person has that name; a one-word name needs an
//!   abbreviated honorific (`Gen.`, `Mr`, `Dr`), since `General Motors` is no general.
//!
//! A name is one to five capitalised words, particles inside (`bin`, `ul`, `al-`), after
//! honorifics (`Seyyed`, `Mullah`, `Maulana`, `Sheikh`, `Dr.`, `Gen.`, `Mr`, `Sardar`,
//! `Hafiz`...), which are not part of it; a rank among them (`Gen.`, `Brig.`, `Col.`) gives the
//! role when no title does. A name never contains a word of the title, honorific or stop
//! lists, a lexicon match or an organisation word, and a name followed by a capitalised
//! organisation word (`the official Disasters Emergency Committee`) is none.
//!
//! **Identity.** Each name word has a key: [`fold`]ed, a leading `al-`/`el-` dropped, then
//! its vowels after the first letter dropped (a leading vowel counts as `a`, `w` as `v`), so
//! `Araghchi` = `Araqchi`, `Gholami` = `Ghulami`, `Mohammad` = `Muhammad`. Two names are one
//! person when their keys are equal, when they share the last word and the first, or when
//! the words of one (two or more) appear in order in the other (`Ishaq Dar` in `Mohammad Ishaq
//! Dar`). The canonical name is the longest seen.
//!
//! **Affiliation, country and code.** The lexicon match right before the title (with `'s` or
//! an adjective) or `of`/`for` a match after the name (`of Russia`, `for the Taliban`) is the
//! affiliation; an organisation the text defined by an acronym counts too. A country gives the
//! country, and the code is country + suffix (`PAKGOV`, `RUSGOV`, `PAKMIL`), or the country
//! alone for a title without a suffix. A named group or organisation (`the Taliban's`, `UN`,
//! `KRM`) gives its own code and country (`AFGGOV`, `IGOUNO`, `AFGREB`), as CAMEO codes a
//! member by the group, except when a country stands before it: `Pakistan's UN Ambassador`
//! is `PAKGOV`. `the country's` stands for the last country the lexicon found before it. A
//! later mention with an affiliation gives one to a person first named without.
//!
//! With no affiliation the person takes the **document country**: the country of the dateline
//! when the article opens with a country or capital the lexicon knows (`ISLAMABAD:`, `KABUL,
//! March 3 (Reuters) -`), else the only country among the lexicon's matches in the article (a
//! group's country counts: `BLA` is `PAK`; a country named as a place, right after "in",
//! "from", "a visit to", "visits", "leaves for" and the like, or listed after such a place
//! ("visit Thailand and Indonesia"), does not: "Gen X arrived in Turkey" says nothing of X's;
//! nor does one acted on or dealt with, right after a verb in "-ed", "against", "with" or
//! "on", unless it owns what follows: "Senator X criticised Mexico", "sanctions on Iran"),
//! else, for a titled person, the country that is the subject of the sentence (a country or its
//! government among its first three words, not as a possessor: "Pakistan welcomed the offer,
//! with Foreign Office spokesperson X saying ..."), or of the sentence before when the person
//! opens the sentence ("Chile has rejected the plan. Interior Minister X said ..."), else none.
//! The nearest country mention is not
//! used: news names the other side as often as its own. A person named with a plain honorific
//! and nothing else (`Mr X`, `Maulana X Y`) takes no document country: the honorific says
//! nothing of it, while a title or rank is a post. A capitalised word the lexicon does
//! not know right before the title (`Malakand commander X`, `Microsoft chief X`) is an
//! affiliation of unknown country: the document country is not assumed. With no country the
//! code is the suffix alone (`GOV`), as CAMEO writes an actor of unknown country, or `---`
//! (PETRARCH's unknown actor) when there is no suffix either.
//!
//! **Later mentions** resolve to the people defined anywhere in the article or passed in as
//! known actors:
//! - a name equal to a person's as above, titles and honorifics before it not mattering
//!   (`PM Sharif`, `Mr. Naqvi`); one word equal to a person's surname, preferring the person
//!   whose role the title before it names, then the one named last before it. A bare word at
//!   the head of a sentence or in a title-case line (headlines, bullets) must be spelt as the
//!   surname, not only share its consonants (`Terror` is not `Tarar`);
//! - `the <title>` or `<country>'s <title>` with no name after: the one person defined before
//!   whose role is the title or ends with it (`the minister` is the interior minister, `the
//!   spokesman` the chief spokesperson), of that country when one is given, but not through a
//!   `distinct` modifier (`the president` is never the vice or former president); nothing when
//!   there are none or several;
//! - `his|her|their <country> counterpart`: the one person of that country with the role of
//!   the last person named before; when there is none, that country's government with the role.
//!
//! **Acronyms.** `Name Words (ACR)`, where the acronym's letters are, in order, initials of
//! the name's words or hyphenated parts starting with the first, defines `ACR` for the whole
//! article, over the lexicon. If the lexicon matches the name exactly, the acronym is that
//! actor. Otherwise a new actor when the name has two words or more and a word of it or of
//! the defining sentence says what it is (`org_words.tsv`): `armed_group` for `Army`, `Front`,
//! `Liberation`, or `banned`, `militant`, `insurgent` in the sentence; `government` for
//! `Ministry`, `Commission`, `Authority`; else `organization` (`Association`, `Party`,
//! `Union`). Names without such a word are not taken (`Internet Explorer (IE)`). The code is
//! the country (named inside the name, else the document country) + that word's suffix
//! (`PAKREB`, `PAKGOV`, `PAKPTY`, `PAKNGO`), or the suffix alone without a country.
//!
//! **Ranges.** A person defined with a title covers the whole noun phrase, affiliation
//! included (`Pakistan's Interior Minister Mohsin Naqvi`), as [`Lexicon::find`] does for roles,
//! and the lexicon matches inside it are replaced; an acronym the text defined stays its own
//! mention, and `of Russia` after the name stays a mention of Russia. A title anaphor covers
//! the title without its article (`minister` in `the minister`). Mentions never overlap.
//!
//! **Ids.** Lexicon and known actors keep theirs; a new person or organisation gets the slug of
//! its canonical name (`fold`ed words joined by `-`, so spelling variants share it), `-2`...
//! on a clash within the article.

use sitrep_model::{Actor, ActorKind, ActorRef, TextRange};

use crate::fold::fold;
use crate::lexicon::{ActorMention, Lexicon, slug};
use crate::tables::{
    F_HONORIFIC, F_HONORIFIC_FIRST, F_NAME_PARTICLE, F_ORG_PARTICLE, F_ORG_WORD, F_STOP,
    F_TITLE_FIRST, F_TITLE_WORD, NAME_PARTICLES, Row, Tables, WordMap, tables,
};
use crate::tokens::{Kind, Tok, tokenize};

/// Last words of a portfolio named after a title ("Minister for Political Affairs", "for
/// Economic Affairs", "for Foreign Relations", "for Health").
const PORTFOLIO_ENDS: &[&str] = &[
    "affairs",
    "relations",
    "cooperation",
    "development",
    "security",
    "planning",
    "trade",
    "finance",
    "defence",
    "defense",
    "health",
    "education",
    "interior",
    "justice",
    "energy",
    "commerce",
    "industry",
    "information",
    "minorities",
    "refugees",
    "economy",
    "europe",
    "africa",
    "asia",
];

/// How a mention was tied to its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Resolution {
    /// A lexicon match ([`Lexicon::find`]), metonymic capitals included.
    Lexicon,
    /// A person named with a title: `Interior Minister X`.
    Title,
    /// A person named before an apposition, and the apposition: `X, the spokesperson`.
    Apposition,
    /// A person first named with an honorific or a rank and no title: `Gen. X`, `Maulana X`.
    Honorific,
    /// A later full name or surname: `Naqvi`.
    Name,
    /// A title with no name pointing back to one person: `the minister`.
    TitleAnaphor,
    /// `his Pakistani counterpart`.
    Counterpart,
    /// The name in `the Sindh Freedom Front (SFF)`.
    AcronymDefinition,
    /// The acronym, there or later: `SFF`.
    Acronym,
    /// `He` or `She` opening a sentence, for the one person named in the sentence before; `It`
    /// before a verb, for the sentence before's subject when it is no person.
    Pronoun,
}

impl Resolution {
    /// A short lower-case name, for dumps.
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Lexicon => "lexicon",
            Resolution::Title => "title",
            Resolution::Apposition => "apposition",
            Resolution::Honorific => "honorific",
            Resolution::Name => "name",
            Resolution::TitleAnaphor => "title-anaphor",
            Resolution::Counterpart => "counterpart",
            Resolution::AcronymDefinition => "acronym-definition",
            Resolution::Acronym => "acronym",
            Resolution::Pronoun => "pronoun",
        }
    }
}

/// One mention of an actor in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentMention {
    /// Byte range into the article text, on char boundaries.
    pub range: TextRange,
    /// Index of the sentence (of the `sentences` passed in) that holds it.
    pub sentence: Option<usize>,
    /// Index into [`DocumentActors::actors`].
    pub actor: usize,
    pub resolution: Resolution,
}

/// An actor of the article with how often it is mentioned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentActor {
    /// `aliases` holds every name form seen in this article (titles and references such as
    /// `the minister` are not aliases; a known actor's old ones come first); `mentions` counts
    /// the mentions in this article.
    pub actor: Actor,
    pub source: ActorSource,
}

/// Where an actor of the article comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorSource {
    /// The lexicon ([`Lexicon::find`]), or a country's government for a counterpart.
    Lexicon,
    /// The `known` actors passed in.
    Known,
    /// Defined by this article: a person, an organisation with an acronym.
    Text,
}

/// Where the document country came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CountryFrom {
    /// The dateline names a country or a capital the lexicon knows.
    Dateline,
    /// The lexicon found exactly one country in the article.
    OnlyCountry,
}

/// The actors of one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentActors {
    /// Every mention, in text order, none overlapping.
    pub mentions: Vec<DocumentMention>,
    /// Every actor mentioned, in order of first mention.
    pub actors: Vec<DocumentActor>,
    /// The country given to people and organisations that state none (ISO alpha-3).
    pub country: Option<(String, CountryFrom)>,
    /// The one country the article names, however often, other than as a place visited or
    /// as one acted on; none when it names none or several (ISO alpha-3).
    pub named: Option<String>,

    /// The lexicon's own matches over the whole text ([`Lexicon::find`], metonymic capitals
    /// and roles included), in text order: for callers that code sentence by sentence and
    /// need not match each sentence again.
    pub lexicon: Vec<ActorMention>,
}

impl DocumentActors {
    /// The actor a mention points to.
    pub fn actor_of(&self, mention: &DocumentMention) -> Option<&Actor> {
        self.actors.get(mention.actor).map(|a| &a.actor)
    }

    /// The reference an event carries for a mention's actor.
    pub fn actor_ref(&self, mention: &DocumentMention) -> Option<ActorRef> {
        self.actor_of(mention).map(actor_ref)
    }

    /// The actors this article found beyond the lexicon (people, organisations defined by an
    /// acronym) and the known ones it mentioned, with their aliases: what to pass as `known`
    /// to [`Lexicon::resolve_document_with`] for later articles.
    pub fn discovered(&self) -> Vec<Actor> {
        self.actors
            .iter()
            .filter(|a| a.source != ActorSource::Lexicon)
            .map(|a| a.actor.clone())
            .collect()
    }
}

/// The reference an event carries for an actor.
pub fn actor_ref(actor: &Actor) -> ActorRef {
    ActorRef {
        id: actor.id.clone(),
        name: actor.name.clone(),
        country: actor.country.clone(),
        code: actor.code.clone(),
    }
}

impl Lexicon {
    /// Resolves every actor mention of an article: lexicon matches, people, acronyms and the
    /// later mentions that point back to them (see the module docs for the rules).
    ///
    /// `sentences` are the byte ranges of the article's sentences (from `sitrep-text`): names,
    /// titles and appositions never cross a sentence boundary, and each mention carries its
    /// sentence index. Empty `sentences` treat the text as one sentence.
    ///
    /// ```
    /// use sitrep_actors::Lexicon;
    /// use sitrep_model::TextRange;
    ///
    /// let lexicon = Lexicon::builtin()?;
    /// let text = "Pakistan's Interior Minister Kamran Dosani met envoys. Dosani said talks went \
    ///             well.";
    /// let sentences = [TextRange::new(0, 54), TextRange::new(55, text.len())];
    /// let doc = lexicon.resolve_document(text, &sentences);
    /// let person = doc.actor_of(&doc.mentions[0]).ok_or("no actor")?;
    /// assert_eq!(person.name, "Kamran Dosani");
    /// assert_eq!(person.code, "PAKGOV");
    /// assert_eq!(person.role.as_deref(), Some("interior minister"));
    /// assert_eq!(doc.mentions[1].actor, doc.mentions[0].actor);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn resolve_document(&self, text: &str, sentences: &[TextRange]) -> DocumentActors {
        self.resolve_document_with(text, sentences, &[])
    }

    /// [`Lexicon::resolve_document`] with actors found in earlier articles (people,
    /// text-defined organisations; see [`DocumentActors::discovered`]): a surname, a full name
    /// or an acronym of one of them resolves to it, keeping its id.
    pub fn resolve_document_with(
        &self,
        text: &str,
        sentences: &[TextRange],
        known: &[Actor],
    ) -> DocumentActors {
        self.resolve_document_on(text, sentences, known, None)
    }

    /// [`Lexicon::resolve_document_with`] for an article of a known date (ISO, `2009-05-01`):
    /// world leaders are coded as of that date ([`Lexicon::date_people`]): "Putin" in 1995 is
    /// `RUSELI`, in 2005 `RUSGOV`.
    pub fn resolve_document_on(
        &self,
        text: &str,
        sentences: &[TextRange],
        known: &[Actor],
        date: Option<&str>,
    ) -> DocumentActors {
        let mut lex = self.find(text);
        if let Some(date) = date {
            self.date_people(&mut lex, date);
        }
        let toks = tokenize(text, sentences);
        let mut doc = Doc::new(self, text, toks, lex, known);
        doc.acronym_definitions();
        doc.definitions();
        doc.later_mentions();
        doc.finish(sentences)
    }
}

/// A person's identity: the keys of the name's words, particles left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct NameKey {
    words: Vec<String>,
    /// The same words only [`fold`]ed, for matches that must be exact.
    exact: Vec<String>,
}

impl NameKey {
    fn surname(&self) -> &str {
        self.words.last().map_or("", String::as_str)
    }

    fn first(&self) -> &str {
        self.words.first().map_or("", String::as_str)
    }
}

/// The key of one name word: [`fold`]ed, a leading article (`al-`, `el-`) dropped, the vowels
/// after the first letter dropped, a leading vowel written `a`, `w` written `v`, and repeated
/// letters once; and the folded word itself.
fn word_keys(word: &str) -> (String, String) {
    let folded = fold(word);
    let folded = ["al ", "el ", "ul ", "ad "]
        .iter()
        .find_map(|p| folded.strip_prefix(p))
        .unwrap_or(&folded)
        .replace(' ', "");
    let key = word_key_of_folded(&folded);
    (key, folded)
}

#[cfg(test)]
fn word_key(word: &str) -> String {
    word_keys(word).0
}

fn word_key_of_folded(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    for (n, c) in folded.chars().filter(|c| *c != ' ').enumerate() {
        let vowel = matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        let c = match c {
            'w' => 'v',
            _ if vowel && n == 0 => 'a',
            _ => c,
        };
        if (vowel && n > 0) || out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// A parsed title phrase, ending before token `end`, with its role and CAMEO suffix.
#[derive(Debug, Clone)]
struct TitleParse {
    end: usize,
    role: String,
    suffix: String,
}

/// A parsed name: honorifics from `start`, name words from `name_start`, to `end`.
#[derive(Debug, Clone)]
struct NameRun {
    start: usize,
    name_start: usize,
    end: usize,
    rank: Option<&'static Row>,
}

/// What a person belongs to.
#[derive(Debug, Clone)]
struct Affil {
    /// Where the words that name it start (byte).
    start: usize,
    /// The lexicon mention, when it is one (else an organisation the text defined).
    lex: Option<usize>,
    country: Option<String>,
    /// A named group or organisation: its slot, whose code the person takes.
    entity: Option<usize>,
}

#[derive(Debug, Clone)]
struct Slot {
    actor: Actor,
    origin: ActorSource,
    /// For people: the name key.
    key: Option<NameKey>,
    /// The CAMEO suffix of the person's role, for counterparts.
    suffix: String,
    /// The country or group came from the text next to the person, not the document country.
    explicit: bool,
    /// The code of the group the person belongs to, which is theirs.
    entity_code: Option<String>,
    /// Where the actor was first defined in this article (byte), or `usize::MAX` when only known.
    defined_at: usize,
    /// Words of the longest name seen, to choose the canonical name.
    name_words: usize,
}

#[derive(Debug, Clone)]
struct Found {
    range: TextRange,
    slot: usize,
    how: Resolution,
    /// The words that name the actor, for its aliases.
    alias: Option<TextRange>,
}

struct Doc<'a> {
    lexicon: &'a Lexicon,
    text: &'a str,
    toks: Vec<Tok>,
    /// The lower case of every word, one after another (`Tok::lo`).
    lowers: String,
    /// Name keys (skeleton, folded) of words, computed on first use.
    keys: Vec<Option<(String, String)>>,
    lex: Vec<ActorMention>,
    /// For each token, the lexicon mention that covers it.
    cover: Vec<Option<usize>>,
    /// For each token, the organisation the text defined that it names: slot and byte range.
    org_cover: Vec<Option<(usize, usize, usize)>>,
    taken: Vec<bool>,
    t: &'static Tables,
    slots: Vec<Slot>,
    lex_slot: WordMap<String, usize>,
    found: Vec<Found>,
    country: Option<(String, CountryFrom)>,
    named: Option<String>,
    acronyms: WordMap<String, usize>,
    /// Known and text-defined organisations by the fold of their names.
    org_names: WordMap<String, usize>,
    /// How many slots are people.
    people: usize,
}

impl<'a> Doc<'a> {
    fn new(
        lexicon: &'a Lexicon,
        text: &'a str,
        (mut toks, lowers): (Vec<Tok>, String),
        lex: Vec<ActorMention>,
        known: &[Actor],
    ) -> Doc<'a> {
        let t = tables();
        for tok in toks.iter_mut().filter(|x| x.kind == Kind::Word) {
            let Some(w) = lowers.get(tok.lo.0 as usize..tok.lo.1 as usize) else {
                continue;
            };
            tok.flags = t.flags.get(w).copied().unwrap_or(0);
        }
        let mut cover = vec![None; toks.len()];
        let mut k = 0;
        for (ti, t) in toks.iter().enumerate() {
            while lex.get(k).is_some_and(|m| m.range.end <= t.start) {
                k += 1;
            }
            // A leader's name from the lexicon does not hide its words from the title and
            // apposition rules: "Prime Minister Shehbaz Sharif" is defined with its role, and
            // the lexicon then only lends the person a country (see `finish`).
            if let Some(m) = lex.get(k)
                && m.kind != ActorKind::Person
                && m.range.start <= t.start
                && t.end <= m.range.end
                && let Some(c) = cover.get_mut(ti)
            {
                *c = Some(k);
            }
        }
        let n = toks.len();
        let mut doc = Doc {
            lexicon,
            text,
            keys: vec![None; toks.len()],
            toks,
            lowers,
            lex,
            cover,
            taken: vec![false; n],
            org_cover: vec![None; n],
            t,
            slots: Vec::new(),
            lex_slot: WordMap::default(),
            found: Vec::new(),
            country: None,
            named: None,
            acronyms: WordMap::default(),
            org_names: WordMap::default(),
            people: 0,
        };
        for actor in known {
            doc.add_known(actor);
        }
        doc.named = doc.named_countries();
        doc.country = doc.document_country();
        doc
    }

    fn add_known(&mut self, actor: &Actor) {
        let slot = self.slots.len();
        let key = (actor.kind == ActorKind::Person).then(|| name_key_of(&actor.name));
        let words = actor.name.split_whitespace().count();
        self.people += usize::from(key.is_some());
        self.slots.push(Slot {
            actor: actor.clone(),
            origin: ActorSource::Known,
            key,
            suffix: role_suffix(&actor.code, actor.country.as_deref()),
            defined_at: usize::MAX,
            name_words: words,
            explicit: actor.country.is_some(),
            entity_code: None,
        });
        if actor.kind == ActorKind::Person {
            return;
        }
        for alias in std::iter::once(&actor.name).chain(&actor.aliases) {
            if is_acronym(alias) {
                self.acronyms.insert(alias.clone(), slot);
            } else if alias.split_whitespace().count() >= 2 {
                self.org_names.insert(fold(alias), slot);
            }
        }
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| self.lo(t))
    }

    fn lo(&self, t: &Tok) -> &str {
        self.lowers
            .get(t.lo.0 as usize..t.lo.1 as usize)
            .unwrap_or("")
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.kind == Kind::Punct(c))
    }

    fn is_strict(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| t.strict)
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.tok(a), self.tok(b)) {
            (Some(x), Some(y)) => x.sent == y.sent,
            _ => false,
        }
    }

    fn range(&self, from: usize, to: usize) -> Option<TextRange> {
        let a = self.tok(from)?.start;
        let b = self.tok(to.checked_sub(1)?)?.end;
        (a < b).then(|| TextRange::new(a, b))
    }

    // ---- the document country ----

    fn document_country(&self) -> Option<(String, CountryFrom)> {
        if let Some(c) = self.dateline_country() {
            return Some((c, CountryFrom::Dateline));
        }
        self.named.clone().map(|c| (c, CountryFrom::OnlyCountry))
    }

    fn named_countries(&self) -> Option<String> {
        let mut only: Option<&str> = None;
        // Where the last country named as a place ends, and whether a visit goes there: the
        // next one joined to it by "and" or a comma is one too ("is to visit Thailand and
        // Indonesia", "criticised China and Russia").
        let mut last_place: Option<(usize, bool)> = None;
        // Countries named as places: none of them is the article's own, wherever else it is
        // named ("will visit Japan and South Korea ... hopes to persuade Japan").
        let mut visited: Vec<&str> = Vec::new();
        for m in &self.lex {
            let Some(c) = m.actor.country.as_deref() else {
                continue;
            };
            let listed = last_place.filter(|&(end, _)| {
                matches!(
                    self.text.get(end..m.range.start),
                    Some(" and " | ", " | ", and " | " or ")
                )
            });
            // "arrived in Turkey", "a visit to Britain", "militants from Afghanistan": a
            // country named as a place is where someone went or came from, not their own.
            // ("written to Afghanistan" names an addressee: "to" counts only after a move.)
            let before = self.text.get(..m.range.start).unwrap_or_default();
            let mut words = before.split_whitespace().rev().map(str::to_lowercase);
            let prev = words.next().unwrap_or_default();
            // (`trip`: a place a visit goes to, not any place named: "protests in Turkey" say
            // nothing against Turkey's being the article's own.)
            let (place, trip) = match prev.as_str() {
                "in" | "into" | "from" | "at" | "toward" | "towards" | "across" | "inside"
                | "near" | "via" => (true, false),
                // "Chairman X visits Washington", "tours Kenya": the place visited.
                "visits" | "visit" | "visiting" | "tours" | "tour" | "touring" => (true, true),
                // "Vice Minister X leaves for Washington today" (not goods "bound for
                // Afghanistan", which name no one's trip).
                "for" => {
                    let left = words.next().is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "leave"
                                | "leaves"
                                | "left"
                                | "leaving"
                                | "depart"
                                | "departs"
                                | "departed"
                                | "departing"
                        )
                    });
                    (left, left)
                }
                "to" => {
                    let moved = words.next().is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "visit"
                                | "visits"
                                | "trip"
                                | "travelled"
                                | "traveled"
                                | "travel"
                                | "flew"
                                | "went"
                                | "came"
                                | "returned"
                                | "moved"
                                | "headed"
                                | "arrived"
                                | "fled"
                        )
                    });
                    (moved, moved)
                }
                // "Senator X criticised Mexico", "talks with Mexico": a country acted on or
                // dealt with is the other side, not the country of everyone else named (but
                // "chaired a meeting on Pakistan's debt" names whose debt).
                w => {
                    let after = self.text.get(m.range.end..).unwrap_or_default();
                    let possessor = after.starts_with("'s")
                        || after.starts_with("\u{2019}s")
                        || m.matched.contains("'s ")
                        || m.matched.contains("\u{2019}s ");
                    let acted_on = !possessor
                        && (matches!(w, "against" | "with" | "on")
                            || w.len() > 4
                                && w.ends_with("ed")
                                && !matches!(w, "based" | "backed"));
                    (acted_on, false)
                }
            };
            if place || listed.is_some() {
                let trip = trip || listed.is_some_and(|(_, trip)| trip);
                last_place = Some((m.range.end, trip));
                if trip {
                    visited.push(c);
                }
                continue;
            }
            match only {
                Some(o) if o != c => return None,
                _ => only = Some(c),
            }
        }
        // (A country visited is no one's own, though named elsewhere too.)
        only.filter(|c| !visited.contains(c)).map(str::to_owned)
    }

    /// The country whose official a titled person with no stated country most likely is: the
    /// country (or its government) that is the subject of the sentence ("Pakistan welcomed the
    /// offer, with Foreign Office spokesperson X saying ..."), or, when the sentence opens with
    /// the person, of the sentence before ("Pakistan has welcomed the offer. Foreign Ministry
    /// spokesperson X said ..."). A subject is a mention among the sentence's first three
    /// words.
    fn subject_country(&self, person: usize) -> Option<String> {
        let sent = self.tok(person)?.sent;
        let first_of = |s: usize| self.toks.iter().position(|t| t.sent == s);
        let subject = |s: usize, before: usize| -> Option<String> {
            let s0 = first_of(s)?;
            let start = self.tok(s0)?.start;
            let limit = self.tok((s0 + 3).min(before))?.end;
            self.lex
                .iter()
                .filter(|m| {
                    // Not a possessor ("Pakistan's Defence Minister met ..."): the subject is
                    // then the minister, not the country.
                    let after = self.text.get(m.range.end..).unwrap_or_default();
                    matches!(m.kind, ActorKind::Country | ActorKind::Government)
                        && !m.metonymic
                        && !after.starts_with("'s")
                        && !after.starts_with("\u{2019}s")
                        && !m.matched.contains("'s ")
                        && !m.matched.contains("\u{2019}s ")
                })
                .find(|m| m.range.start >= start && m.range.start < limit)
                .and_then(|m| m.actor.country.clone())
        };
        if let Some(c) = subject(sent, person) {
            return Some(c);
        }
        let s0 = first_of(sent)?;
        if person <= s0 + 3 && sent > 0 {
            let prev_end = s0.checked_sub(1)?;
            return subject(sent - 1, prev_end);
        }
        None
    }

    /// The country of a dateline that names a country or a capital ([`dateline_name`]).
    fn dateline_country(&self) -> Option<String> {
        self.lexicon
            .place_country(dateline_name(self.text)?)
            .map(str::to_owned)
    }

    // ---- slots ----

    fn lex_slot(&mut self, m: usize) -> Option<usize> {
        let mention = self.lex.get(m)?;
        if let Some(&s) = self.lex_slot.get(&mention.actor.id) {
            return Some(s);
        }
        let slot = self.slots.len();
        self.slots.push(Slot {
            actor: Actor {
                id: mention.actor.id.clone(),
                name: mention.actor.name.clone(),
                kind: mention.kind,
                country: mention.actor.country.clone(),
                code: mention.actor.code.clone(),
                role: mention.role.clone(),
                aliases: Vec::new(),
                mentions: 0,
            },
            origin: ActorSource::Lexicon,
            key: None,
            suffix: String::new(),
            defined_at: mention.range.start,
            name_words: 0,
            explicit: false,
            entity_code: None,
        });
        self.lex_slot.insert(mention.actor.id.clone(), slot);
        Some(slot)
    }

    fn affil_of(&mut self, m: usize) -> Option<Affil> {
        let mention = self.lex.get(m)?;
        let country_based =
            mention.kind == ActorKind::Country || mention.role.is_some() || mention.metonymic;
        let country = mention.actor.country.clone();
        let start = mention.range.start;
        let entity = if country_based {
            None
        } else {
            self.lex_slot(m)
        };
        Some(Affil {
            start,
            lex: Some(m),
            country,
            entity,
        })
    }

    /// The affiliation a token belongs to: a lexicon match or an organisation the text defined.
    fn affil_at(&mut self, k: usize) -> Option<Affil> {
        if let Some(m) = self.cover.get(k).copied().flatten() {
            return self.affil_of(m);
        }
        let (slot, start, _) = self.org_cover.get(k).copied().flatten()?;
        Some(Affil {
            start,
            lex: None,
            country: self.slots.get(slot)?.actor.country.clone(),
            entity: Some(slot),
        })
    }

    /// The lexicon mention right before token `i` (`Russian`, `Pakistan's`, `the Taliban's`),
    /// possibly one that runs on into the title (`Russian Foreign Ministry`).
    fn affil_before(&mut self, i: usize) -> Option<Affil> {
        let mut k = i.checked_sub(1)?;
        if self.tok(k)?.kind == Kind::Poss {
            k = k.checked_sub(1)?;
        }
        // "U.S. Senator John Kerry", "U.N. Secretary-General": the abbreviation's last dot
        // stands outside the mention, right after it.
        if self.is_punct(k, '.')
            && let Some(p) = k.checked_sub(1)
            && let Some(m) = self.cover.get(p).copied().flatten()
            && self.lex.get(m).map(|m| m.range.end) == self.tok(k).map(|t| t.start)
        {
            k = p;
        }
        if !self.same_sentence(k, i) {
            return None;
        }
        if self.lower(k) == "country" && self.toks.get(k + 1).is_some_and(|t| t.kind == Kind::Poss)
        {
            return self.the_country(k);
        }
        let affil = self.affil_at(k)?;
        if affil.entity.is_none() {
            return Some(affil);
        }
        // "Pakistan's UN Ambassador": the country's envoy to the organisation, not its own.
        let mut s = k;
        while s > 0 && self.tok(s - 1).is_some_and(|t| t.start >= affil.start) {
            s -= 1;
        }
        let c = match s.checked_sub(1) {
            Some(c) if self.tok(c).is_some_and(|t| t.kind == Kind::Poss) => c.checked_sub(1),
            c => c,
        };
        let country = c
            .filter(|&c| self.same_sentence(c, i))
            .and_then(|c| self.cover.get(c).copied().flatten())
            .and_then(|m| self.affil_of(m))
            .filter(|a| a.entity.is_none());
        Some(country.unwrap_or(affil))
    }

    /// `the country's` at token `k` (`country`): the last country the lexicon found before it.
    fn the_country(&self, k: usize) -> Option<Affil> {
        if k == 0 || self.lower(k - 1) != "the" {
            return None;
        }
        let at = self.tok(k)?.start;
        let last = self
            .lex
            .iter()
            .take_while(|m| m.range.end <= at)
            .filter(|m| m.kind == ActorKind::Country || m.role.is_some() || m.metonymic)
            .last()?;
        Some(Affil {
            start: at,
            lex: None,
            country: last.actor.country.clone(),
            entity: None,
        })
    }

    /// `of Russia`, `for the Taliban` at token `i`: the affiliation and the token after it.
    fn affil_after(&mut self, i: usize) -> Option<(Affil, usize)> {
        if !matches!(self.lower(i), "of" | "for") {
            return None;
        }
        let mut k = i + 1;
        if self.lower(k) == "the" {
            k += 1;
        }
        let end = match self.cover.get(k).copied().flatten() {
            Some(m) => self.lex.get(m)?.range.end,
            None => self.org_cover.get(k).copied().flatten()?.2,
        };
        let affil = self.affil_at(k)?;
        if affil.start != self.tok(k)?.start || !self.same_sentence(i, k) {
            return None;
        }
        let mut e = k;
        while self.tok(e).is_some_and(|t| t.end <= end) {
            e += 1;
        }
        Some((affil, e))
    }

    // ---- titles and names ----

    /// The longest title-table phrase at token `i`: its length in tokens and entry.
    fn title_entry(&self, i: usize) -> Option<(usize, &'static crate::tables::TitleEntry)> {
        let t = self.t;
        let first = self.tok(i)?;
        if first.kind != Kind::Word || first.flags & F_TITLE_FIRST == 0 {
            return None;
        }
        let mut key = String::new();
        let mut best = None;
        for n in 1..=t.titles.max_words {
            let Some(tok) = self.tok(i + n - 1) else {
                break;
            };
            if tok.kind != Kind::Word || tok.sent != first.sent {
                break;
            }
            if n > 1 {
                key.push(' ');
            }
            key.push_str(self.lo(tok));
            if let Some(e) = t.titles.map.get(&key)
                && (!e.cased || (n == 1 && tok.upper))
            {
                best = Some((n, e));
            }
        }
        best
    }

    /// A title phrase starting at token `i`.
    fn title_at(&self, i: usize) -> Option<TitleParse> {
        let mut p = i;
        let mut labels: Vec<&str> = Vec::new();
        let mut suffix = "";
        let mut office_suffix = "";
        let mut modifier_suffix = "";
        let mut titled = false;
        while let Some((n, e)) = self.title_entry(p) {
            let next = self.title_entry(p + n);
            let continues = next.is_some_and(|(_, x)| x.title.is_some() || x.office.is_some());
            if let (Some(title), false) = (&e.title, e.modifier.is_some() && continues && !titled) {
                if titled && next.is_none() && e.office.is_some() {
                    break;
                }
                labels.push(&title.role);
                suffix = &title.suffix;
                titled = true;
                p += n;
                if next.is_some_and(|(_, x)| x.title.is_some()) {
                    continue;
                }
                break;
            }
            if titled {
                break;
            }
            if let Some(office) = &e.office {
                labels.push(&office.role);
                if !office.suffix.is_empty() {
                    office_suffix = &office.suffix;
                }
            } else if let Some(m) = &e.modifier {
                labels.push(&m.role);
                if !m.suffix.is_empty() {
                    modifier_suffix = &m.suffix;
                }
            } else {
                break;
            }
            p += n;
        }
        if !titled {
            return None;
        }
        // "Deputy Foreign Minister for Political Affairs Reza Kamali": a portfolio after
        // "for", up to a word that ends one, stands between the title and the name.
        if self.lower(p) == "for" {
            let mut k = p + 1;
            while k <= p + 5 {
                let Some(tok) = self.tok(k) else {
                    break;
                };
                let w = self.lower(k);
                if tok.kind != Kind::Word || !(tok.cap || matches!(w, "and" | "of")) {
                    break;
                }
                if PORTFOLIO_ENDS.contains(&w) {
                    p = k + 1;
                    break;
                }
                k += 1;
            }
        }
        let suffix = [modifier_suffix, office_suffix, suffix]
            .into_iter()
            .find(|s| !s.is_empty())
            .unwrap_or("");
        Some(TitleParse {
            end: p,
            role: labels.join(" "),
            suffix: suffix.to_owned(),
        })
    }

    /// `counterpart` at token `i`: a title with the role of the last person named before.
    fn counterpart_at(&self, i: usize) -> Option<TitleParse> {
        if !matches!(self.lower(i), "counterpart" | "counterparts") {
            return None;
        }
        let start = self.tok(i)?.start;
        let ante = self
            .found
            .iter()
            .filter(|f| f.range.end <= start)
            .filter(|f| {
                self.slots
                    .get(f.slot)
                    .is_some_and(|s| s.actor.kind == ActorKind::Person && s.actor.role.is_some())
            })
            .max_by_key(|f| f.range.start)?;
        let slot = self.slots.get(ante.slot)?;
        Some(TitleParse {
            end: i + 1,
            role: slot.actor.role.clone()?,
            suffix: slot.suffix.clone(),
        })
    }

    fn honorific_at(&self, i: usize) -> Option<(usize, &'static Row)> {
        let t = self.t;
        let first = self.tok(i)?;
        if first.kind != Kind::Word || !first.cap || first.flags & F_HONORIFIC_FIRST == 0 {
            return None;
        }
        let mut key = String::new();
        let mut best = None;
        let mut p = i;
        for n in 1..=t.honorifics.max_words {
            let Some(tok) = self.tok(p) else {
                break;
            };
            if tok.kind != Kind::Word {
                break;
            }
            if n > 1 {
                key.push(' ');
            }
            key.push_str(self.lo(tok));
            p += 1;
            if self.is_punct(p, '.') {
                p += 1;
            }
            if let Some(row) = t.honorifics.map.get(&key) {
                best = Some((p - i, row));
            }
        }
        best
    }

    fn is_name_word(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else {
            return false;
        };
        t.kind == Kind::Word
            && t.cap
            && !t.upper
            && t.flags & (F_STOP | F_TITLE_WORD | F_HONORIFIC | F_ORG_WORD) == 0
            && !self.lo(t).starts_with(|c: char| c.is_ascii_digit())
            && self.cover.get(i).is_some_and(Option::is_none)
    }

    /// A name at token `i`: honorifics, then one to five capitalised words.
    fn name_at(&self, i: usize) -> Option<NameRun> {
        let sent = self.tok(i)?.sent;
        let mut p = i;
        let mut rank = None;
        while let Some((n, row)) = self.honorific_at(p) {
            if !row.suffix.is_empty() {
                rank = Some(row);
            }
            p += n;
        }
        let name_start = p;
        let mut words = 0;
        while words < 5 {
            let Some(t) = self.tok(p) else {
                break;
            };
            if t.sent != sent || self.taken.get(p).copied().unwrap_or(true) {
                break;
            }
            let particle = t.kind == Kind::Word && t.flags & F_NAME_PARTICLE != 0;
            if self.is_name_word(p) || (particle && words > 0 && self.is_name_word(p + 1)) {
                words += 1;
                p += 1;
                // "George W. Bush": a middle initial's dot stays inside the name.
                let initial = t.end - t.start == 1;
                if initial
                    && words > 1
                    && self.is_punct(p, '.')
                    && self.tok(p + 1).is_some_and(|n| n.sent == sent)
                    && self.is_name_word(p + 1)
                {
                    p += 1;
                }
                continue;
            }
            break;
        }
        // "the official Disasters Emergency Committee": part of an organisation's name.
        let org_follows = self
            .tok(p)
            .is_some_and(|t| t.kind == Kind::Word && t.cap && t.flags & F_ORG_WORD != 0);
        if words == 0 || org_follows {
            return None;
        }
        Some(NameRun {
            start: i,
            name_start,
            end: p,
            rank,
        })
    }

    fn key_of(&mut self, run: &NameRun) -> NameKey {
        let mut words = Vec::with_capacity(run.end - run.name_start);
        let mut exact = Vec::with_capacity(run.end - run.name_start);
        for w in run.name_start..run.end {
            let Some(t) = self.toks.get(w) else {
                continue;
            };
            if !t.cap {
                continue;
            }
            let (key, folded) = match self.keys.get(w) {
                Some(Some(k)) => k.clone(),
                _ => {
                    let k = word_keys(self.text.get(t.start..t.end).unwrap_or(""));
                    if let Some(slot) = self.keys.get_mut(w) {
                        *slot = Some(k.clone());
                    }
                    k
                }
            };
            words.push(key);
            exact.push(folded);
        }
        NameKey { words, exact }
    }

    /// The person a name refers to: full key, then the same last name with the first name or
    /// a part of the name (`Ishaq Dar` in `Mohammad Ishaq Dar`), then surname alone (preferring a
    /// person with `role`, then the one named last before `at`). `strict` (a bare word at the
    /// head of a sentence or in a title-case line, where capitals say nothing) wants a surname
    /// spelt the same, not only the same consonants ("Terror" is not "Tarar").
    fn match_person(
        &self,
        key: &NameKey,
        role: Option<&str>,
        at: usize,
        strict: bool,
    ) -> Option<usize> {
        let people = || {
            self.slots
                .iter()
                .enumerate()
                .filter_map(|(i, s)| s.key.as_ref().map(|k| (i, s, k)))
        };
        if let Some((i, _, _)) = people().find(|(_, _, k)| k.words == key.words) {
            return Some(i);
        }
        let single = key.words.len() == 1;
        let strict = strict && single;
        let candidates: Vec<(usize, &Slot)> = people()
            .filter(|(_, _, k)| {
                k.surname() == key.surname()
                    && (!strict || k.exact.last() == key.exact.last())
                    && (single
                        || k.words.len() == 1
                        || k.first() == key.first()
                        || in_order(&k.words, &key.words)
                        || in_order(&key.words, &k.words))
            })
            .map(|(i, s, _)| (i, s))
            .collect();
        if candidates.len() <= 1 {
            return candidates.first().map(|c| c.0);
        }
        let with_role: Vec<&(usize, &Slot)> = candidates
            .iter()
            .filter(|(_, s)| role.is_some() && s.actor.role.as_deref() == role)
            .collect();
        if with_role.len() == 1 {
            return with_role.first().map(|c| c.0);
        }
        // The one named last before `at`, else the first defined.
        let last = self
            .found
            .iter()
            .filter(|f| f.range.start < at && candidates.iter().any(|c| c.0 == f.slot))
            .max_by_key(|f| f.range.start)
            .map(|f| f.slot);
        last.or_else(|| {
            candidates
                .iter()
                .min_by_key(|(_, s)| s.defined_at)
                .map(|c| c.0)
        })
    }

    fn name_text(&self, run: &NameRun) -> String {
        let mut out = String::new();
        for w in run.name_start..run.end {
            let Some(word) = self.tok(w).and_then(|t| self.text.get(t.start..t.end)) else {
                continue;
            };
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out
    }

    /// Defines (or finds) the person of a name with what the text says about them.
    /// Defines (or finds) the person of a name with what the text says about them.
    /// `unknown_affil` is set when a word the lexicon does not know stands where the affiliation
    /// would ("Malakand commander X"): the document country is then not assumed.
    fn person(
        &mut self,
        run: &NameRun,
        title: Option<&TitleParse>,
        affil: Option<&Affil>,
        unknown_affil: bool,
    ) -> Option<usize> {
        let key = self.key_of(run);
        if key.words.is_empty() {
            return None;
        }
        let (role, suffix) = match (title, run.rank) {
            (Some(t), _) => (Some(t.role.clone()), t.suffix.clone()),
            (None, Some(rank)) => (Some(rank.role.clone()), rank.suffix.clone()),
            (None, None) => (None, String::new()),
        };
        let at = self.tok(run.start)?.start;
        let name = self.name_text(run);
        let words = key.words.len();
        let entity = affil.and_then(|a| a.entity).and_then(|e| self.slots.get(e));
        let entity_code = entity.map(|e| e.actor.code.clone());
        let country = match (entity, affil) {
            (Some(e), _) => e.actor.country.clone(),
            (None, Some(a)) => a.country.clone(),
            (None, None) if unknown_affil => None,
            (None, None) => self
                .country
                .as_ref()
                .map(|c| c.0.clone())
                .or_else(|| title.and_then(|_| self.subject_country(run.start))),
        };
        let explicit = affil.is_some();
        // "Jordan's King Hussein ... Iraqi President Saddam Hussein": a person placed in one
        // country is not one already placed in another, whatever the names share.
        let elsewhere = |s: &Slot| {
            explicit
                && s.explicit
                && country.is_some()
                && s.actor.country.is_some()
                && s.actor.country != country
        };
        let found = self
            .match_person(&key, role.as_deref(), at, false)
            .filter(|&i| !self.slots.get(i).is_some_and(elsewhere));
        if let Some(i) = found {
            let slot = self.slots.get_mut(i)?;
            let mut changed = false;
            if slot.actor.role.is_none() && role.is_some() {
                slot.actor.role = role;
                slot.suffix = suffix;
                changed = true;
            }
            // "Interior Minister Naqvi" first, "Pakistan's Interior Minister Mohsin Naqvi" later.
            if explicit && !slot.explicit {
                slot.explicit = true;
                slot.actor.country = country;
                slot.entity_code = entity_code;
                changed = true;
            } else if slot.actor.country.is_none() && country.is_some() && !slot.explicit {
                // "Mr X" first, then "Prime Minister X" in a datelined article.
                slot.actor.country = country;
                changed = true;
            }
            if changed {
                slot.actor.code = match &slot.entity_code {
                    Some(code) => code.clone(),
                    None => compose(slot.actor.country.as_deref(), &slot.suffix),
                };
            }
            if words > slot.name_words {
                slot.name_words = words;
                slot.actor.name = name;
                slot.key = Some(key);
            }
            if slot.defined_at == usize::MAX || slot.origin == ActorSource::Known {
                slot.defined_at = slot.defined_at.min(at);
            }
            return Some(i);
        }
        let code = match &entity_code {
            Some(code) => code.clone(),
            None => compose(country.as_deref(), &suffix),
        };
        self.people += 1;
        self.slots.push(Slot {
            actor: Actor {
                id: String::new(),
                name,
                kind: ActorKind::Person,
                country,
                code,
                role,
                aliases: Vec::new(),
                mentions: 0,
            },
            origin: ActorSource::Text,
            key: Some(key),
            suffix,
            defined_at: at,
            name_words: words,
            explicit,
            entity_code,
        });
        Some(self.slots.len() - 1)
    }

    fn take(&mut self, from: usize, to: usize) {
        for t in self.taken.iter_mut().take(to).skip(from) {
            *t = true;
        }
    }

    fn push(
        &mut self,
        from: usize,
        to: usize,
        slot: usize,
        how: Resolution,
        alias: Option<TextRange>,
    ) {
        if let Some(range) = self.range(from, to) {
            self.found.push(Found {
                range,
                slot,
                how,
                alias,
            });
            self.take(from, to);
        }
    }

    fn free(&self, from: usize, to: usize) -> bool {
        (from..to).all(|i| !self.taken.get(i).copied().unwrap_or(true))
    }

    // ---- pass 1: acronyms defined in the text ----

    fn acronym_definitions(&mut self) {
        for k in 0..self.toks.len() {
            if !self.is_punct(k, '(') || !self.is_punct(k + 2, ')') {
                continue;
            }
            let Some(acr_tok) = self.tok(k + 1) else {
                continue;
            };
            if acr_tok.kind != Kind::Word {
                continue;
            }
            let Some(acr) = self.text.get(acr_tok.start..acr_tok.end) else {
                continue;
            };
            if !is_acronym(acr) {
                continue;
            }
            let acr = acr.to_owned();
            let Some(start) = self.acronym_name(k, &acr) else {
                continue;
            };
            if !self.free(start, k + 3) {
                continue;
            }
            let Some(run) = self.range(start, k) else {
                continue;
            };
            // The lexicon's own name for it, when the name is exactly one lexicon match.
            let exact = self
                .cover
                .get(start)
                .copied()
                .flatten()
                .filter(|&m| self.lex.get(m).is_some_and(|x| x.range == run));
            let known = self
                .text
                .get(run.start..run.end)
                .and_then(|name| self.org_names.get(&fold(name)).copied());
            let slot = match (exact, known) {
                (Some(m), _) => self.lex_slot(m),
                (None, Some(s)) => Some(s),
                (None, None) => self.new_org(start, k, &acr),
            };
            let Some(slot) = slot else {
                continue;
            };
            self.acronyms.insert(acr, slot);
            if let Some(name) = self.text.get(run.start..run.end) {
                self.org_names.insert(fold(name), slot);
            }
            if exact.is_none() {
                self.push(start, k, slot, Resolution::AcronymDefinition, Some(run));
                self.cover_org(start, k, slot);
            }
            let acr_range = self.range(k + 1, k + 2);
            self.push(k + 1, k + 2, slot, Resolution::Acronym, acr_range);
            self.cover_org(k + 1, k + 2, slot);
        }
        // Every use of an acronym, so that "KRM spokesman X" finds its group.
        if self.acronyms.is_empty() {
            return;
        }
        for i in 0..self.toks.len() {
            let Some(t) = self.tok(i).filter(|t| t.kind == Kind::Word && t.cap) else {
                continue;
            };
            let slot = self
                .text
                .get(t.start..t.end)
                .and_then(|w| self.acronyms.get(w));
            if let (Some(&slot), true) = (slot, self.free(i, i + 1)) {
                let r = self.range(i, i + 1);
                self.push(i, i + 1, slot, Resolution::Acronym, r);
                self.cover_org(i, i + 1, slot);
            }
        }
    }

    /// Marks tokens `from..to` as naming the organisation in `slot`, for affiliations.
    fn cover_org(&mut self, from: usize, to: usize, slot: usize) {
        let Some(r) = self.range(from, to) else {
            return;
        };
        let entity = self
            .slots
            .get(slot)
            .is_some_and(|s| s.origin != ActorSource::Lexicon);
        for c in self.org_cover.iter_mut().take(to).skip(from) {
            if entity {
                *c = Some((slot, r.start, r.end));
            }
        }
    }

    /// Where the name defined by the acronym in `(` at token `k` starts.
    fn acronym_name(&self, k: usize, acr: &str) -> Option<usize> {
        let sent = self.tok(k)?.sent;
        let mut s = k;
        while s > 0 && k - s < 10 {
            let Some(t) = self.tok(s - 1) else {
                break;
            };
            if t.kind != Kind::Word || t.sent != sent {
                break;
            }
            if !(t.cap || t.flags & F_ORG_PARTICLE != 0) {
                break;
            }
            s -= 1;
        }
        if !self.tok(k.checked_sub(1)?)?.cap {
            return None;
        }
        (s..k).find(|&st| {
            self.tok(st).is_some_and(|t| t.cap && t.flags & F_STOP == 0)
                && self.initials_match(st, k, acr)
        })
    }

    /// Whether the acronym's letters are, in order, initials of the words (or hyphenated
    /// parts) of tokens `from..to`, the first letter being the first word's.
    fn initials_match(&self, from: usize, to: usize, acr: &str) -> bool {
        let initials: Vec<char> = (from..to)
            .filter_map(|i| self.tok(i))
            .filter_map(|t| self.text.get(t.start..t.end))
            .flat_map(|w| w.split(['-', '\u{2010}', '\u{2011}']))
            .filter_map(|part| part.chars().next())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let mut letters = acr
            .chars()
            .filter(|c| c.is_alphabetic())
            .map(|c| c.to_ascii_uppercase());
        let Some(first) = letters.next() else {
            return false;
        };
        if initials.first() != Some(&first) {
            return false;
        }
        let mut pos = 1;
        for l in letters {
            match initials.iter().skip(pos).position(|&c| c == l) {
                Some(p) => pos += p + 1,
                None => return false,
            }
        }
        true
    }

    /// A new organisation named by tokens `from..to`, defined with `acr`, or `None` when the
    /// name has one word or nothing says it is an organisation.
    fn new_org(&mut self, from: usize, to: usize, acr: &str) -> Option<usize> {
        let name = self
            .range(from, to)
            .and_then(|r| r.slice(self.text))
            .unwrap_or(acr)
            .to_owned();
        let rank = |k: ActorKind| match k {
            ActorKind::ArmedGroup => 3,
            ActorKind::Government => 2,
            _ => 1,
        };
        let mut best: Option<(ActorKind, &str)> = None;
        let mut country = None;
        for i in from..to {
            if let Some(m) = self
                .cover
                .get(i)
                .copied()
                .flatten()
                .and_then(|m| self.lex.get(m))
                && m.kind == ActorKind::Country
                && country.is_none()
            {
                country = m.actor.country.clone();
            }
            for part in self.lower(i).split('-') {
                if let Some((k, s)) = self.t.org_name.get(part)
                    && best.is_none_or(|b| rank(*k) > rank(b.0))
                {
                    best = Some((*k, s));
                }
            }
        }
        if best.is_none_or(|b| b.0 == ActorKind::Organization) {
            let sent = self.tok(from).map_or(usize::MAX, |t| t.sent);
            let context = self
                .toks
                .iter()
                .filter(|t| t.sent == sent && t.kind == Kind::Word)
                .find_map(|t| self.t.org_context.get(self.lo(t)));
            if let Some((k, s)) = context {
                best = Some((*k, s));
            }
        }
        let parts: usize = (from..to).map(|i| self.lower(i).split('-').count()).sum();
        let (kind, suffix) = best.filter(|_| parts >= 2)?;
        let suffix = if suffix.is_empty() { "NGO" } else { suffix };
        let country = country.or_else(|| self.country.as_ref().map(|c| c.0.clone()));
        let code = compose(country.as_deref(), suffix);
        let at = self.tok(from).map_or(0, |t| t.start);
        self.slots.push(Slot {
            actor: Actor {
                id: String::new(),
                name,
                kind,
                country,
                code,
                role: None,
                aliases: Vec::new(),
                mentions: 0,
            },
            origin: ActorSource::Text,
            key: None,
            suffix: suffix.to_owned(),
            defined_at: at,
            name_words: 0,
            explicit: false,
            entity_code: None,
        });
        Some(self.slots.len() - 1)
    }

    // ---- pass 2: people defined by a title or an apposition ----

    fn definitions(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            i = self.definition_at(i).unwrap_or(i + 1).max(i + 1);
        }
    }

    /// A person defined at token `i`; returns the token after it.
    fn definition_at(&mut self, i: usize) -> Option<usize> {
        if self.taken.get(i).copied().unwrap_or(true) {
            return None;
        }
        if let Some(tp) = self.title_at(i).or_else(|| self.counterpart_at(i)) {
            return self.titled_person(i, &tp);
        }
        if !self.tok(i)?.cap {
            return None;
        }
        // An apposition after a name: "X Y, the Foreign Office spokesperson".
        let prev_name = i > 0 && (self.is_name_word(i - 1) || self.honorific_at(i - 1).is_some());
        if prev_name {
            return None;
        }
        let run = self.name_at(i)?;
        if self.is_punct(run.end, ',')
            && let Some(next) = self.apposition_person(i, &run)
        {
            return Some(next);
        }
        if run.name_start == run.start {
            return None;
        }
        // "Gen. X", "Maulana X", "Mr X": an honorific is evidence of a person. One name word
        // after an honorific written in full is not enough ("General Motors").
        let abbreviated = self.is_punct(run.name_start - 1, '.')
            || self.tok(run.start).is_some_and(|t| t.end - t.start <= 3);
        let known = {
            let key = self.key_of(&run);
            let at = self.tok(i)?.start;
            self.match_person(&key, None, at, false).is_some()
        };
        if run.end - run.name_start < 2 && !abbreviated && !known {
            return None;
        }
        // A plain honorific says nothing of the person's country; a rank is a post, like a title.
        let before = self.slots.len();
        let slot = self.person(&run, None, None, run.rank.is_none())?;
        let how = if self.slots.len() > before {
            Resolution::Honorific
        } else {
            Resolution::Name
        };
        let alias = self.range(run.name_start, run.end);
        self.push(run.start, run.end, slot, how, alias);
        Some(run.end)
    }

    /// A person named at token `i` by `run` and described by the apposition after its comma.
    fn apposition_person(&mut self, i: usize, run: &NameRun) -> Option<usize> {
        // One bare word is a name only when it is a person's already ("Baksh, the leader").
        if run.end - run.name_start < 2 && run.name_start == run.start {
            let key = self.key_of(run);
            let at = self.tok(i)?.start;
            self.match_person(&key, None, at, self.is_strict(i))?;
        }
        let (ap_start, tp, affil) = self.apposition(run.end + 1)?;
        let mut after = tp.end;
        let affil = match affil {
            Some(a) => Some(a),
            None => self.affil_after(after).map(|(a, e)| {
                after = e;
                a
            }),
        };
        let slot = self.person(run, Some(&tp), affil.as_ref(), false)?;
        let alias = self.range(run.name_start, run.end);
        self.push(run.start, run.end, slot, Resolution::Apposition, alias);
        // The apposition too, without an acronym the text defined ("the GFA leader").
        let mut from = ap_start;
        while from < tp.end && !self.free(from, tp.end) {
            from += 1;
        }
        if from < tp.end {
            self.push(from, tp.end, slot, Resolution::Apposition, None);
        }
        Some(after)
    }

    /// The apposition at token `j` (after a comma): its first token, title and affiliation.
    fn apposition(&mut self, j: usize) -> Option<(usize, TitleParse, Option<Affil>)> {
        let j = if matches!(self.lower(j), "the" | "a" | "an") {
            j + 1
        } else {
            j
        };
        if let Some(tp) = self.title_at(j) {
            return Some((j, tp, None));
        }
        if self.lower(j) == "country" && self.toks.get(j + 1).is_some_and(|t| t.kind == Kind::Poss)
        {
            let tp = self.title_at(j + 2)?;
            return Some((j, tp, Some(self.the_country(j)?)));
        }
        let first = self.affil_at(j)?;
        if first.start != self.tok(j)?.start {
            return None;
        }
        let end = match first.lex {
            Some(m) => self.lex.get(m)?.range.end,
            None => self.org_cover.get(j).copied().flatten()?.2,
        };
        for k in j + 1..j + 6 {
            // Inside the match ("Russian Foreign Ministry"), or right after it and its `'s`.
            let prev = self.tok(k - 1)?;
            if !(prev.end <= end || prev.kind == Kind::Poss) || !self.same_sentence(j, k) {
                return None;
            }
            if let Some(tp) = self.title_at(k) {
                let affil = self.affil_before(k)?;
                return (affil.start == first.start).then_some((j, tp, Some(affil)));
            }
        }
        None
    }

    fn titled_person(&mut self, i: usize, tp: &TitleParse) -> Option<usize> {
        let (run, comma) = match self.name_at(tp.end) {
            Some(run) => (run, false),
            None if self.is_punct(tp.end, ',') => (self.name_at(tp.end + 1)?, true),
            None => return None,
        };
        if !self.same_sentence(i, run.start) {
            return None;
        }
        if comma && !(self.is_punct(run.end, ',') || self.is_punct(run.end, '.')) {
            return None;
        }
        let mut after = run.end;
        let mut affil = self.affil_before(i);
        let mut from = i;
        if let Some(a) = &affil {
            // The phrase starts where the affiliation does.
            while from > 0 && self.tok(from - 1).is_some_and(|t| t.start >= a.start) {
                from -= 1;
            }
        } else if let Some((a, e)) = self.affil_after(run.end) {
            affil = Some(a);
            after = e;
        }
        if !self.free(from, run.end) {
            from = i;
        }
        let how = if self.lower(i).starts_with("counterpart") {
            Resolution::Counterpart
        } else {
            Resolution::Title
        };
        // "Malakand commander X": an affiliation the lexicon does not know.
        let unknown_affil = affil.is_none()
            && i.checked_sub(1).is_some_and(|p| {
                self.tok(p).is_some_and(|t| {
                    t.kind == Kind::Word
                        && t.cap
                        && t.flags & (F_STOP | F_TITLE_WORD | F_HONORIFIC) == 0
                        && self.same_sentence(p, i)
                })
            });
        let slot = self.person(&run, Some(tp), affil.as_ref(), unknown_affil)?;
        let alias = self.range(run.name_start, run.end);
        self.push(from, run.end, slot, how, alias);
        Some(after.max(run.end))
    }

    // ---- pass 3: later mentions ----

    fn later_mentions(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            i = self.later_at(i).unwrap_or(i + 1).max(i + 1);
        }
    }

    /// "Al-Mohannadi said Qatar would host the talks. He said ...": a sentence that opens with
    /// "He" or "She" right after a sentence naming exactly one person is about that person.
    /// Two people named, or none, leave the pronoun alone.
    fn pronoun_at(&mut self, i: usize) -> Option<usize> {
        let sent = self.tok(i)?.sent.checked_sub(1)?;
        let start = self.tok(i)?.start;
        let sent_of = |at: usize| self.toks.iter().find(|t| t.start == at).map(|t| t.sent);
        let mut people: Vec<usize> = self
            .found
            .iter()
            .filter(|f| f.range.end <= start && sent_of(f.range.start) == Some(sent))
            .map(|f| f.slot)
            .filter(|&slot| {
                self.slots
                    .get(slot)
                    .is_some_and(|s| s.actor.kind == ActorKind::Person)
            })
            .collect();
        people.sort_unstable();
        people.dedup();
        let [slot] = people.as_slice() else {
            return None;
        };
        let slot = *slot;
        // No alias: "He" names no one.
        self.push(i, i + 1, slot, Resolution::Pronoun, None);
        Some(i + 1)
    }

    /// "The Pakistani foreign ministry summoned the Afghan envoy on Monday. It accused Kabul of
    /// ...": "It" opening a sentence, before a verb, is the subject of the sentence before when
    /// that subject is an actor other than a person (named first in its sentence, after at
    /// most "The"). ("They" may be a list: "Pakistan and Iran held talks. They agreed ...".)
    fn subject_pronoun_at(&mut self, i: usize) -> Option<usize> {
        let next = self.lower(i + 1);
        let verb = next.ends_with("ed")
            || matches!(
                next,
                "said" | "says" | "told" | "added" | "also" | "has" | "had"
            );
        if !verb {
            return None;
        }
        let sent = self.tok(i)?.sent.checked_sub(1)?;
        let first = self.toks.iter().position(|t| t.sent == sent)?;
        let subject_start = if self.lower(first) == "the" {
            first + 1
        } else {
            first
        };
        let m = self.cover.get(subject_start).copied().flatten()?;
        let lexical = self.lex.get(m)?;
        if lexical.kind == ActorKind::Person
            || self
                .tok(subject_start)
                .is_none_or(|t| t.start != lexical.range.start)
        {
            return None;
        }
        let slot = self.lex_slot(m)?;
        self.push(i, i + 1, slot, Resolution::Pronoun, None);
        Some(i + 1)
    }

    fn later_at(&mut self, i: usize) -> Option<usize> {
        if self.taken.get(i).copied().unwrap_or(true) {
            return None;
        }
        let tok = self.tok(i)?;
        if tok.kind != Kind::Word {
            return None;
        }
        if matches!(self.lo(tok), "he" | "she") && self.is_strict(i) {
            return self.pronoun_at(i);
        }
        if self.lo(tok) == "it" && self.is_strict(i) {
            return self.subject_pronoun_at(i);
        }
        // Most words: lower case, no title, no article, no pronoun, no lexicon match.
        let quiet = !tok.cap
            && tok.flags & F_TITLE_FIRST == 0
            && !matches!(self.lo(tok), "the" | "his" | "her" | "their")
            && self.cover.get(i).is_some_and(Option::is_none);
        if quiet {
            return None;
        }
        // An acronym the text (or a known actor) defined.
        if !self.acronyms.is_empty()
            && let Some(word) = self.text.get(tok.start..tok.end)
            && let Some(&slot) = self.acronyms.get(word)
        {
            let r = self.range(i, i + 1);
            self.push(i, i + 1, slot, Resolution::Acronym, r);
            return Some(i + 1);
        }
        if matches!(self.lo(tok), "his" | "her" | "their") {
            return self.counterpart_anaphor(i);
        }
        if self.lo(tok) == "the" {
            return self.title_anaphor(i + 1, None);
        }
        if let Some(m) = self.cover.get(i).copied().flatten() {
            // "Pakistan's foreign minister" with no name after: one of the people defined?
            let m_start = self.lex.get(m)?.range.start;
            if m_start == tok.start {
                let mut k = i + 1;
                while k < i + 4 && self.title_at(k).is_none() {
                    k += 1;
                }
                if self.title_at(k).is_some() {
                    let affil = self.affil_before(k);
                    if affil.as_ref().is_some_and(|a| a.lex == Some(m)) {
                        return self.title_anaphor(k, affil.map(|a| (i, a)));
                    }
                }
            }
            return None;
        }
        let prev_name = i > 0 && (self.is_name_word(i - 1) || self.honorific_at(i - 1).is_some());
        if prev_name && !self.taken.get(i - 1).copied().unwrap_or(false) {
            return None;
        }
        let title = self.title_at(i);
        let run_at = title.as_ref().map_or(i, |t| t.end);
        let mut run = self.name_at(run_at)?;
        let whole = if self.people > 0 {
            Some(self.key_of(&run))
        } else {
            None
        };
        // Every way to name a person keeps the surname: check it before anything dearer.
        let surname_known = whole.as_ref().is_some_and(|w| {
            self.slots
                .iter()
                .any(|s| s.key.as_ref().is_some_and(|k| k.surname() == w.surname()))
        });
        if let (Some(whole), true) = (whole, surname_known) {
            // "Making Michael Howard", "Tory Dominic Grieve": a capitalised word before a full
            // name is not part of it.
            if !self.slots.iter().any(|s| s.key.as_ref() == Some(&whole)) {
                for s in run.name_start + 1..run.end.saturating_sub(1) {
                    let sub = NameRun {
                        start: s,
                        name_start: s,
                        end: run.end,
                        rank: None,
                    };
                    let key = self.key_of(&sub);
                    let full = |x: &Slot| x.key.as_ref().is_some_and(|k| k.words == key.words);
                    if self.is_name_word(s) && self.slots.iter().any(full) {
                        run = sub;
                        break;
                    }
                }
            }
            let i = if run.start > i { run.start } else { i };
            let key = self.key_of(&run);
            let at = self.tok(i)?.start;
            let role = title.as_ref().map(|t| t.role.as_str());
            let strict = title.is_none() && run.start == run.name_start && self.is_strict(i);
            if let Some(slot) = self
                .match_person(&key, role, at, strict)
                .filter(|_| !key.words.is_empty())
            {
                let alias = self.range(run.name_start, run.end);
                self.push(i, run.end, slot, Resolution::Name, alias);
                return Some(run.end);
            }
        }
        if self.org_names.is_empty() || run.end - run.name_start < 2 {
            return None;
        }
        let name = self.range(run.name_start, run.end)?.slice(self.text)?;
        if let Some(&slot) = self.org_names.get(&fold(name)) {
            let alias = self.range(run.name_start, run.end);
            self.push(run.name_start, run.end, slot, Resolution::Name, alias);
            return Some(run.end);
        }
        None
    }

    /// A title at token `k` with no name after it, pointing back to the one person defined
    /// before with that role (and the affiliation's country). `affil` carries the token where
    /// the phrase starts.
    fn title_anaphor(&mut self, k: usize, affil: Option<(usize, Affil)>) -> Option<usize> {
        // "the Pakistani minister": an adjective between the article and the title.
        let (k, affil) = match (self.title_at(k), affil) {
            (Some(_), a) => (k, a),
            (None, None) => {
                let m = self.cover.get(k).copied().flatten()?;
                let mut j = k + 1;
                while j < k + 4 && self.title_at(j).is_none() {
                    j += 1;
                }
                let a = self.affil_before(j).filter(|a| a.lex == Some(m))?;
                (j, Some((k, a)))
            }
            (None, Some(_)) => return None,
        };
        let tp = self.title_at(k)?;
        if self.name_at(tp.end).is_some()
            || self
                .tok(tp.end)
                .is_some_and(|t| t.kind == Kind::Poss && self.name_at(tp.end + 1).is_some())
        {
            return None;
        }
        let from = affil.as_ref().map_or(k, |a| a.0);
        let at = self.tok(from)?.start;
        let country = affil.as_ref().and_then(|a| a.1.country.clone());
        let role = tp.role.as_str();
        let fits = |s: &Slot| {
            s.actor.kind == ActorKind::Person
                && s.defined_at < at
                && s.actor.role.as_deref().is_some_and(|r| {
                    r == role
                        || r.strip_suffix(role).is_some_and(|p| {
                            // "the minister" is the foreign minister, not a deputy one.
                            p.ends_with(' ') && !p.split(' ').any(|w| self.t.distinct.contains(w))
                        })
                })
                && (country.is_none() || s.actor.country == country)
        };
        let mut hits = self.slots.iter().enumerate().filter(|(_, s)| fits(s));
        let (slot, _) = hits.next()?;
        if hits.next().is_some() || !self.free(from, tp.end) {
            return None;
        }
        self.push(from, tp.end, slot, Resolution::TitleAnaphor, None);
        Some(tp.end)
    }

    /// `his Pakistani counterpart` (no name after) at token `i` (`his`).
    fn counterpart_anaphor(&mut self, i: usize) -> Option<usize> {
        let mut j = i + 1;
        while j < i + 4 && !matches!(self.lower(j), "counterpart" | "counterparts") {
            j += 1;
        }
        let tp = self.counterpart_at(j)?;
        let affil = self.affil_before(j)?;
        let country = affil.country.clone()?;
        let from = i + 1;
        let at = self.tok(from)?.start;
        let mut hits = self.slots.iter().enumerate().filter(|(_, s)| {
            s.actor.kind == ActorKind::Person
                && s.actor.role.as_deref() == Some(tp.role.as_str())
                && s.actor.country.as_deref() == Some(country.as_str())
                && s.defined_at != at
        });
        let slot = match (hits.next(), hits.next()) {
            (Some((s, _)), None) => s,
            (Some(_), Some(_)) => return None,
            (None, _) => {
                // That country's government, with the role.
                let m = self.lex.get(affil.lex?)?;
                if m.kind != ActorKind::Country {
                    return None;
                }
                let name = format!("{} government", m.actor.name);
                let id = slug(&name);
                match self.lex_slot.get(&id) {
                    Some(&s) => s,
                    None => {
                        self.slots.push(Slot {
                            actor: Actor {
                                id: id.clone(),
                                name,
                                kind: ActorKind::Government,
                                country: Some(country.clone()),
                                code: compose(Some(&country), &tp.suffix),
                                role: Some(tp.role.clone()),
                                aliases: Vec::new(),
                                mentions: 0,
                            },
                            origin: ActorSource::Lexicon,
                            key: None,
                            suffix: tp.suffix.clone(),
                            defined_at: at,
                            name_words: 0,
                            explicit: false,
                            entity_code: None,
                        });
                        let s = self.slots.len() - 1;
                        self.lex_slot.insert(id, s);
                        s
                    }
                }
            }
        };
        if !self.free(from, j + 1) {
            return None;
        }
        self.push(from, j + 1, slot, Resolution::Counterpart, None);
        Some(j + 1)
    }

    /// The one person defined in the text whose name ends with the words at `range` and is
    /// longer: "Hasan" or "Ishaq Dar" after "Anwar ul Hasan" or "Mohammad Ishaq Dar".
    fn surname_slot(&mut self, range: TextRange) -> Option<usize> {
        let start = self.toks.iter().position(|t| t.start == range.start)?;
        let end = start
            + 1
            + self
                .toks
                .get(start..)?
                .iter()
                .position(|t| t.end == range.end)?;
        let key = self.key_of(&NameRun {
            start,
            name_start: start,
            end,
            rank: None,
        });
        if key.words.is_empty() {
            return None;
        }
        let mut found = self.slots.iter().enumerate().filter(|(_, s)| {
            s.key
                .as_ref()
                .is_some_and(|k| k.words.len() > key.words.len() && k.words.ends_with(&key.words))
        });
        let first = found.next().map(|(i, _)| i);
        if found.next().is_some() {
            return None;
        }
        first
    }

    // ---- output ----

    fn finish(mut self, sentences: &[TextRange]) -> DocumentActors {
        // A person the text defined by a title or apposition whose name is a world leader's
        // in the lexicon ("Prime Minister Tony Blair", "Foreign Minister Sergey Lavrov") is
        // that leader: the lexicon's id and canonical name, so that every article's spelling
        // makes one actor, and the leader's country when the text stated none.
        let named: Vec<&ActorMention> = self
            .lex
            .iter()
            .filter(|m| m.kind == ActorKind::Person)
            .collect();
        let mut leaders: Vec<(usize, ActorRef)> = Vec::new();
        for f in self.found.iter().filter(|_| !named.is_empty()) {
            let Some(slot) = self.slots.get(f.slot) else {
                continue;
            };
            if slot.actor.kind != ActorKind::Person {
                continue;
            }
            if let Some(m) = named
                .iter()
                .find(|m| f.range.start <= m.range.start && m.range.end <= f.range.end)
                && (slot.actor.country.is_none()
                    || !slot.explicit
                    || slot.actor.country == m.actor.country)
            {
                leaders.push((f.slot, m.actor.clone()));
            }
        }
        for (s, leader) in leaders {
            let Some(slot) = self.slots.get_mut(s) else {
                continue;
            };
            slot.actor.id = leader.id;
            slot.actor.name = leader.name;
            // (The leader's country beats the article's guessed one: "President Bill Clinton
            // condemned attacks on embassies in Kenya" is no Kenyan.)
            if (slot.actor.country.is_none() || !slot.explicit)
                && let Some(country) = leader.country
            {
                if slot.actor.country.as_deref() != Some(country.as_str()) {
                    let suffix = role_suffix(&slot.actor.code, slot.actor.country.as_deref());
                    slot.actor.code = format!("{country}{suffix}");
                }
                slot.actor.country = Some(country);
            }
        }
        // Lexicon matches that no resolved mention overlaps.
        let mut spans: Vec<TextRange> = self.found.iter().map(|f| f.range).collect();
        spans.sort();
        for m in 0..self.lex.len() {
            let Some(range) = self.lex.get(m).map(|x| x.range) else {
                continue;
            };
            let at = spans.partition_point(|s| s.end <= range.start);
            if spans.get(at).is_some_and(|s| s.start < range.end) {
                continue;
            }
            // A leader's surname from the lexicon ("Hasan") is the person the text defined
            // with that surname ("Interior Minister Anwar ul Hasan"), if it defined one.
            let lexicon_person = self
                .lex
                .get(m)
                .is_some_and(|x| x.kind == ActorKind::Person && self.people > 0);
            let text_person = if lexicon_person {
                self.surname_slot(range)
            } else {
                None
            };
            if let Some(slot) = text_person {
                self.found.push(Found {
                    range,
                    slot,
                    how: Resolution::Name,
                    alias: Some(range),
                });
                continue;
            }
            let Some(slot) = self.lex_slot(m) else {
                continue;
            };
            self.found.push(Found {
                range,
                slot,
                how: Resolution::Lexicon,
                alias: Some(range),
            });
        }
        self.found.sort_by_key(|f| (f.range.start, f.range.end));

        let sorted = sentences.windows(2).all(|w| w[0].start <= w[1].start);
        let mut index: Vec<Option<usize>> = vec![None; self.slots.len()];
        let mut actors: Vec<DocumentActor> = Vec::new();
        let mut mentions = Vec::with_capacity(self.found.len());
        for f in &self.found {
            let Some(slot) = self.slots.get(f.slot) else {
                continue;
            };
            let a = match index.get(f.slot).copied().flatten() {
                Some(a) => a,
                None => {
                    actors.push(DocumentActor {
                        actor: Actor {
                            mentions: 0,
                            ..slot.actor.clone()
                        },
                        source: slot.origin,
                    });
                    let a = actors.len() - 1;
                    if let Some(x) = index.get_mut(f.slot) {
                        *x = Some(a);
                    }
                    a
                }
            };
            let Some(actor) = actors.get_mut(a) else {
                continue;
            };
            actor.actor.mentions += 1;
            if let Some(alias) = f.alias.and_then(|r| r.slice(self.text))
                && !actor.actor.aliases.iter().any(|x| x == alias)
            {
                actor.actor.aliases.push(alias.to_owned());
            }
            mentions.push(DocumentMention {
                range: f.range,
                sentence: sentence_of(sentences, sorted, f.range.start),
                actor: a,
                resolution: f.how,
            });
        }
        // Ids of new actors: the slug of the canonical name, unique in the article.
        let mut taken: Vec<String> = actors
            .iter()
            .filter(|a| !a.actor.id.is_empty())
            .map(|a| a.actor.id.clone())
            .collect();
        for a in actors.iter_mut().filter(|a| a.actor.id.is_empty()) {
            let base = slug(&a.actor.name);
            let mut id = base.clone();
            let mut n = 2;
            while taken.contains(&id) {
                id = format!("{base}-{n}");
                n += 1;
            }
            taken.push(id.clone());
            a.actor.id = id;
        }
        DocumentActors {
            mentions,
            actors,
            country: self.country,
            named: self.named,
            lexicon: self.lex,
        }
    }
}

/// The place a dateline names at the head of a text: `ISLAMABAD:`, `KABUL, Nov 3 (Reuters) -`,
/// `MOSCOW —` (one to three words, capitalised).
pub fn dateline_name(text: &str) -> Option<&str> {
    let head = text.trim_start();
    let head = head
        .get(..head.len().min(80))
        .or_else(|| head.get(..head.char_indices().nth(60).map_or(head.len(), |c| c.0)))?;
    let cut = head
        .find([':', '\u{2014}', '\u{2013}', '(', '\n'])
        .or_else(|| head.find(" -"))?;
    let place = head.get(..cut)?.split(',').next()?.trim();
    let words = place.split_whitespace().count();
    ((1..=3).contains(&words) && place.chars().next().is_some_and(char::is_uppercase))
        .then_some(place)
}

/// A CAMEO-style code from a country and a role suffix: `PAK` + `GOV`, `PAK` alone when the
/// role says nothing of the sector, and PETRARCH's `---` for an unknown country (`---GOV`, and
/// `---` alone when neither is known), as the generic actors of the event coder have it.
fn compose(country: Option<&str>, suffix: &str) -> String {
    format!("{}{suffix}", country.unwrap_or("---"))
}

/// The sentence holding byte `at`: a binary search when the sentences are in text order (as
/// `sitrep-text` gives them), a scan otherwise.
fn sentence_of(sentences: &[TextRange], sorted: bool, at: usize) -> Option<usize> {
    if !sorted {
        return sentences.iter().position(|s| s.start <= at && at < s.end);
    }
    let i = sentences
        .partition_point(|s| s.start <= at)
        .checked_sub(1)?;
    sentences.get(i).filter(|s| at < s.end).map(|_| i)
}

/// An acronym: two to eight letters and digits (a hyphen allowed), the first a capital, at
/// least two capitals and no lower-case letter but one between capitals (`LeT`, `JuA`).
fn is_acronym(word: &str) -> bool {
    let alnum: Vec<char> = word.chars().filter(|c| *c != '-').collect();
    let caps = alnum.iter().filter(|c| c.is_uppercase()).count();
    let lowers = alnum.iter().filter(|c| c.is_lowercase()).count();
    (2..=8).contains(&alnum.len())
        && alnum.iter().all(|c| c.is_alphanumeric())
        && alnum.first().is_some_and(|c| c.is_uppercase())
        && caps >= 2
        && lowers <= 1
}

/// Whether the words of `short` appear in `long` in the same order.
fn in_order(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.len() >= 2 && short.iter().all(|w| rest.any(|l| l == w))
}

fn name_key_of(name: &str) -> NameKey {
    let (words, exact) = name
        .split_whitespace()
        .filter(|w| !NAME_PARTICLES.contains(&w.to_lowercase().as_str()))
        .map(word_keys)
        .unzip();
    NameKey { words, exact }
}

/// The role suffix of a code given its country (`PAKGOV`, `PAK` = `GOV`).
fn role_suffix(code: &str, country: Option<&str>) -> String {
    // (An actor of unknown country is written `---GOV`: its suffix is `GOV`, so that a country
    // found later makes `GBRGOV`, not `GBR---GOV`.)
    let prefix = country.unwrap_or("---");
    code.strip_prefix(prefix).unwrap_or(code).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_keys_fold_transliterations() {
        assert_eq!(word_key("Araghchi"), word_key("Araqchi"));
        assert_eq!(word_key("Gholami"), word_key("Ghulami"));
        assert_eq!(word_key("Mohammad"), word_key("Muhammad"));
        assert_eq!(word_key("Mohammed"), word_key("Muhammad"));
        assert_eq!(word_key("Usman"), word_key("Osman"));
        assert_eq!(word_key("al-Sharif"), word_key("Sharif"));
        assert_ne!(word_key("Naqvi"), word_key("Nadvi"));
    }

    #[test]
    fn names_in_order() {
        let k = |n: &str| name_key_of(n).words;
        assert!(in_order(&k("Ishaq Dar"), &k("Mohammad Ishaq Dar")));
        assert!(!in_order(&k("Dar Ishaq"), &k("Mohammad Ishaq Dar")));
        assert!(
            !in_order(&k("Dar"), &k("Mohammad Ishaq Dar")),
            "one word is a surname match"
        );
        assert_eq!(k("Ali bin Rashid al-Kaabi"), k("Ali Rashid Kaabi"));
    }

    #[test]
    fn codes() {
        assert_eq!(compose(Some("PAK"), "GOV"), "PAKGOV");
        assert_eq!(compose(Some("PAK"), ""), "PAK");
        assert_eq!(compose(None, "MIL"), "---MIL");
        assert_eq!(compose(None, ""), "---");
        assert_eq!(role_suffix("PAKGOV", Some("PAK")), "GOV");
        assert_eq!(role_suffix("IGOUNO", None), "IGOUNO");
    }

    #[test]
    fn sentences_by_binary_search_or_scan() {
        let s = [
            TextRange::new(0, 5),
            TextRange::new(6, 10),
            TextRange::new(12, 20),
        ];
        assert_eq!(sentence_of(&s, true, 0), Some(0));
        assert_eq!(sentence_of(&s, true, 5), None);
        assert_eq!(sentence_of(&s, true, 7), Some(1));
        assert_eq!(sentence_of(&s, true, 11), None);
        assert_eq!(sentence_of(&s, true, 19), Some(2));
        assert_eq!(sentence_of(&s, true, 20), None);
        let r = [TextRange::new(12, 20), TextRange::new(0, 5)];
        assert_eq!(sentence_of(&r, false, 3), Some(1));
    }

    #[test]
    fn acronyms() {
        assert!(is_acronym("SFF"));
        assert!(is_acronym("LeT"));
        assert!(is_acronym("IS-K"));
        assert!(!is_acronym("Army"));
        assert!(!is_acronym("A"));
        assert!(!is_acronym("2024"));
    }
}
