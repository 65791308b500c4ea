//! Killed and injured counts in English news sentences.
//!
//! [`find_casualties`] reads one sentence and returns a [`CasualtyMention`] per figure it
//! reports: whether it counts the dead or the injured ([`CasualtyKind`]), the count as an
//! interval ([`CasualtyCount`]), the victims' category (`who`: `civilians`, `soldiers`,
//! `police`, `security forces`, `militants`, `attackers`, `protesters`), the source of the
//! figure (`claimed_by`), and byte ranges of the figure and of the whole phrase.
//! [`find_casualties_in`] does the same for a sentence range of an article, with ranges into
//! the article text, and [`CasualtyMention::to_casualty`] builds the model's
//! [`Casualty`](sitrep_model::Casualty). Both functions are total: any string is valid
//! input, and every range lies on char boundaries of the text it indexes.
//!
//! ```
//! use sitrep_casualty::{CasualtyKind, find_casualties};
//!
//! let s = "The blast killed 12 people and injured at least 36 others, police said.";
//! let found = find_casualties(s);
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].kind, CasualtyKind::Killed);
//! assert_eq!((found[0].count.min, found[0].count.max), (12, Some(12)));
//! assert_eq!(found[0].span.slice(s), Some("killed 12 people"));
//! assert_eq!(found[1].kind, CasualtyKind::Injured);
//! assert_eq!((found[1].count.min, found[1].count.max), (36, None));
//! assert_eq!(found[1].range.slice(s), Some("at least 36"));
//! assert_eq!(found[1].claimed_by.as_deref(), Some("police"));
//! ```
//!
//! # Constructions
//!
//! A figure is a count (below) that a casualty word governs:
//!
//! - count, victims, then auxiliaries and adverbs, then a participle or state: "three people
//!   were killed", "200 Taliban and militants were killed", "12 dead", "dozens injured",
//!   "two soldiers died", "14 personnel sustained injuries", "three people lost their lives",
//!   "12 civilian deaths", "no one was hurt". A bare participle with an object after it is
//!   active and not a figure ("two gunmen killed the guard").
//! - an active verb, then the count and victims: "killed 12 people", "injuring at least 14
//!   personnel", "the bomb kills 12"; coordinated counts share the verb ("killed 12 civilians
//!   and three soldiers"). A passive ("were killed two days ago") or a modal ("could have
//!   killed 12") before the verb blocks it.
//! - a death noun and "of": "the martyrdom of 23 Pakistani soldiers", "the deaths of 12",
//!   "claimed the lives of 12"; and "claimed 12 lives".
//! - the death toll: "the death toll rose to 12", "the death toll has climbed to 30".
//! - negation: "no one was killed", "nobody was hurt", "no civilians were killed" give 0;
//!   "no casualties" gives 0 killed and 0 injured; "no immediate reports of casualties" gives
//!   nothing, as it says the toll is unknown, not zero.
//!
//! "killed or injured" with a non-zero count is a combined total and is left out.
//!
//! # Counts
//!
//! Digits ("12", "1,200", "1.5 million"), number words ("three", "twenty-three", "two hundred
//! and five", "a dozen", "two dozen", "half a dozen", "a hundred"), and "a"/"an" before a
//! singular person noun ("a policeman was killed": 1). Intervals are `min..=max`, `max`
//! absent when open:
//!
//! | wording | interval |
//! |---|---|
//! | N | N..=N |
//! | at least N, a minimum of N | N.. |
//! | more than N, over N, upwards of N, in excess of N | N+1.. |
//! | up to N, as many as N, at most N, no more than N | 1..=N |
//! | nearly N, almost N, close to N, just under N | floor(0.9 N)..=N-1 |
//! | about N, around N, some N, approximately N, roughly N, an estimated N | floor(0.9 N)..=ceil(1.1 N) |
//! | fewer than N, less than N | 0..=N-1 |
//! | between A and B, A to B, A-B, A or B | A..=B |
//! | a couple (of) | 2..=2 |
//! | a few, a handful (of) | 2..=5 |
//! | several | 3..=9 |
//! | dozens (of) | 24..=99 |
//! | several dozen | 36..=119 |
//! | scores (of) | 40..=199 |
//! | hundreds (of), several hundred | 200..=999, 300..=999 |
//! | thousands (of), several thousand | 2000..=9999, 3000..=9999 |
//! | tens of thousands | 20000..=99999 |
//! | hundreds of thousands | 200000..=999999 |
//! | a number of, many, numerous | 2.. |
//! | no one, nobody, none, no | 0..=0 |
//!
//! A modifier before a vague word keeps the vague interval, except "at least"/"more than"
//! (open above) and "up to" (1..=its top).
//!
//! # What is not a figure
//!
//! Numbers followed by units, time or money words ("12 percent", "12 years", "12 dlrs",
//! "12 March", "12 pm"), ages ("a 12-year-old"), sports scores ("3-1"), numbers after money
//! or index words ("$12", "No. 12", "aged 12", "how many"), four-digit years with no person
//! noun, counts of animals, players and things ("12 cattle", "12 players"), and counts with no
//! casualty word ("12 people were arrested").
//!
//! # Victims and sources
//!
//! `who` is the category of the person nouns in the victim phrase after the count ("23
//! Pakistani soldiers": `soldiers`; "200 Taliban and militants": `militants`); several
//! categories are joined with " and "; "people", "others" and other plain person nouns give
//! none. `claimed_by` is the sentence's source of the figures, as written: the phrase after
//! "according to", or the subject of a verb of saying ("police said", "officials told
//! Reuters"), or the name after it (", said Ali Khan"); pronouns ("he said") give none. A
//! leading "the" is dropped.
//!
//! Known limits: one sentence at a time, so a figure in one sentence and its casualty word in
//! the next are not joined, and `claimed_by` is not looked for beyond the sentence. Counts
//! separated from their verb by a clause ("12 people, including three children, were killed")
//! and sub-counts ("including three children") are missed.

mod lexicon;
mod number;
mod token;

use sitrep_model::{ArticleId, Casualty, Mention, TextRange};

use lexicon::Trigger;
use number::Quantity;
use token::{Kind, Tok};

/// Whether a figure counts the dead or the injured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CasualtyKind {
    Killed,
    Injured,
}

impl CasualtyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CasualtyKind::Killed => "killed",
            CasualtyKind::Injured => "injured",
        }
    }
}

/// A count as an interval: `min..=max`, `max` absent when open above ("at least 14").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CasualtyCount {
    pub min: u32,
    pub max: Option<u32>,
}

/// One killed or injured figure in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CasualtyMention {
    pub kind: CasualtyKind,
    pub count: CasualtyCount,
    /// The figure: "at least 14", "dozens", "no one".
    pub range: TextRange,
    /// The whole phrase: "injuring at least 14 personnel", "three people lost their lives".
    pub span: TextRange,
    /// The victim phrase after the count, when there is one: "Pakistani soldiers".
    pub victims: Option<TextRange>,
    /// The victims' category: `civilians`, `soldiers`, `police`, `security forces`,
    /// `militants`, `attackers`, `protesters`, or several joined by " and ".
    pub who: Option<String>,
    /// Who gives the figure, as written: "Inter-Services Public Relations", "police".
    pub claimed_by: Option<String>,
}

impl CasualtyMention {
    /// The model's casualty for this figure, with `span` as its mention. `text` is the text
    /// the ranges index (the article text for [`find_casualties_in`]).
    pub fn to_casualty(&self, text: &str, article: &ArticleId, sentence: usize) -> Casualty {
        Casualty {
            min: self.count.min,
            max: self.count.max,
            who: self.who.clone(),
            claimed_by: self.claimed_by.clone(),
            mentions: vec![Mention {
                article: article.clone(),
                sentence,
                start: self.span.start,
                end: self.span.end,
                text: self.span.slice(text).unwrap_or_default().to_owned(),
            }],
        }
    }
}

/// Stems of every casualty word the rules read (verbs, states, nouns): a sentence with none of
/// them holds no figure, and is skipped before it is tokenised. Most news sentences are.
const STEMS: &[&str] = &[
    "kill", "slain", "slew", "slay", "martyr", "wound", "injur", "hurt", "maim", "dead", "die",
    "perish", "death", "fatalit", "casualt", "lives", "murder", "massacre", "toll",
];

/// Whether `sentence` may hold a killed or injured figure (ASCII case ignored). False means it
/// surely holds none.
pub fn may_hold_figures(sentence: &str) -> bool {
    static STEM_FINDER: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let finder = STEM_FINDER.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(STEMS)
            .ok()
    });
    // Should the automaton fail to build, every sentence is read in full.
    finder.as_ref().is_none_or(|f| f.is_match(sentence))
}

/// Finds the killed and injured figures in one sentence; ranges are byte offsets into
/// `sentence`. See the crate docs for the constructions.
pub fn find_casualties(sentence: &str) -> Vec<CasualtyMention> {
    find_casualties_in(sentence, TextRange::new(0, sentence.len()))
}

/// Finds the figures in the sentence at `range` of `text`; ranges are byte offsets into
/// `text`. A range off the text or off char boundaries yields nothing.
pub fn find_casualties_in(text: &str, range: TextRange) -> Vec<CasualtyMention> {
    let Some(sentence) = range.slice(text) else {
        return Vec::new();
    };
    if !may_hold_figures(sentence) {
        return Vec::new();
    }
    let toks = token::tokenize(sentence);
    let claimed_by = claimant(sentence, &toks);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(q) = number::quantity(&toks, i) else {
            i += 1;
            continue;
        };
        let mut next = q.end.max(i + 1);
        if let Some(found) = figure(&toks, &q) {
            let victims = if found.np.0 < found.np.1 {
                Some((found.np.0, found.np.1))
            } else {
                None
            };
            next = next.max(found.span.1);
            for kind in found.kinds.iter().copied() {
                out.push(mention(
                    sentence,
                    range.start,
                    &toks,
                    kind,
                    &q,
                    found.span,
                    victims,
                    claimed_by.clone(),
                ));
            }
            // Counts coordinated after an active verb's object share it: "killed 12
            // civilians and three soldiers".
            if found.active {
                let mut k = found.np.1.max(q.end);
                while matches!(word(&toks, k), "and" | ",") {
                    let Some(q2) = number::quantity(&toks, k + 1) else {
                        break;
                    };
                    let np2 = victim_phrase(&toks, q2.end);
                    if np2.0 == np2.1
                        || !counts_people(&toks, &q2, np2)
                        || after(&toks, &q2, np2).is_some()
                    {
                        break;
                    }
                    for kind in found.kinds.iter().copied() {
                        out.push(mention(
                            sentence,
                            range.start,
                            &toks,
                            kind,
                            &q2,
                            (q2.start, np2.1),
                            Some(np2),
                            claimed_by.clone(),
                        ));
                    }
                    k = np2.1;
                    next = next.max(k);
                }
            }
        }
        i = next;
    }
    out
}

/// A figure found around a quantity: its kinds, the victim phrase (token range, maybe empty)
/// and the whole phrase (token range).
struct Found {
    kinds: Vec<CasualtyKind>,
    np: (usize, usize),
    span: (usize, usize),
    /// Whether the count is the object of an active verb (so coordinated counts share it).
    active: bool,
}

fn word(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map_or("", |t| t.lower.as_str())
}

/// The word before token `i`, or "" at the start.
fn before(toks: &[Tok], i: usize, back: usize) -> &str {
    i.checked_sub(back).map_or("", |k| word(toks, k))
}

#[allow(clippy::too_many_arguments)]
fn mention(
    sentence: &str,
    base: usize,
    toks: &[Tok],
    kind: CasualtyKind,
    q: &Quantity,
    span: (usize, usize),
    victims: Option<(usize, usize)>,
    claimed_by: Option<String>,
) -> CasualtyMention {
    let range_of = |(a, b): (usize, usize)| {
        let start = toks.get(a).map_or(sentence.len(), |t| t.start);
        let end = b
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .map_or(start, |t| t.end)
            .max(start);
        TextRange::new(base + start, base + end)
    };
    let who = victims.and_then(|(a, b)| who(toks, a, b));
    CasualtyMention {
        kind,
        count: CasualtyCount {
            min: q.min,
            max: q.max,
        },
        range: range_of((q.start, q.end)),
        span: range_of(span),
        victims: victims.map(range_of),
        who,
        claimed_by,
    }
}

/// The categories of the person nouns in tokens `a..b`, joined.
fn who(toks: &[Tok], a: usize, b: usize) -> Option<String> {
    let mut cats: Vec<&str> = Vec::new();
    for k in a..b {
        let w = word(toks, k);
        // "police officers", "security personnel": one category from the first word.
        if let Some(c) = lexicon::category(w) {
            let prev = if k > a { word(toks, k - 1) } else { "" };
            if lexicon::category(prev) == Some("police") || prev == "security" {
                continue;
            }
            if !cats.contains(&c) {
                cats.push(c);
            }
        }
    }
    (!cats.is_empty()).then(|| cats.join(" and "))
}

/// The victim phrase after a count: words up to a verb, preposition, punctuation or number.
/// Returns a token range starting at `k`, empty when there is none.
fn victim_phrase(toks: &[Tok], k: usize) -> (usize, usize) {
    let mut j = k;
    while j < toks.len() && j - k < 7 {
        let Some(t) = toks.get(j) else { break };
        if t.kind != Kind::Word {
            break;
        }
        let w = t.lower.as_str();
        let last = if j > k { word(toks, j - 1) } else { "" };
        if w == "and" && j > k && lexicon::is_person(word(toks, j + 1)) {
            j += 1;
            continue;
        }
        // "members of the security forces".
        if w == "of" && matches!(last, "members" | "member" | "personnel" | "officers") {
            j += 1;
            if word(toks, j) == "the" {
                j += 1;
            }
            continue;
        }
        if lexicon::ends_phrase(w) {
            break;
        }
        j += 1;
    }
    (k, j)
}

/// Whether a quantity and its victim phrase count people rather than years, money or things.
fn counts_people(toks: &[Tok], q: &Quantity, np: (usize, usize)) -> bool {
    let prev = before(toks, q.start, 1);
    if lexicon::is_not_count_prefix(prev) {
        return false;
    }
    let next = word(toks, q.end);
    if lexicon::is_time_suffix(next) || lexicon::is_not_victim(next) {
        return false;
    }
    // A score or a list: "3-1", "12, 13".
    if matches!(next, "-" | "\u{2013}" | ".")
        && toks.get(q.end + 1).is_some_and(|t| t.kind == Kind::Num)
    {
        return false;
    }
    // "one of its eight crew members was killed": the eight are not the dead.
    if matches!(prev, "its" | "the" | "their" | "his" | "her" | "our")
        && before(toks, q.start, 2) == "of"
    {
        return false;
    }
    let has_person = (np.0..np.1).any(|k| lexicon::is_person(word(toks, k)));
    if (np.0..np.1).any(|k| lexicon::is_not_victim(word(toks, k))) {
        return false;
    }
    if q.article {
        // "a policeman", "a 35-year-old man": one, if a singular person noun heads it.
        let head = np.1.checked_sub(1).map_or("", |k| word(toks, k));
        return np.0 < np.1 && lexicon::is_singular_person(head);
    }
    // A year: "in 1987".
    if q.exact && (1800..=2100).contains(&q.min) && !has_person {
        let digits = toks
            .get(q.start)
            .is_some_and(|t| t.kind == Kind::Num && !t.lower.contains(','));
        if digits {
            return false;
        }
    }
    true
}

/// The victim phrase of a partitive count: "one of its eight crew members", "two of them".
fn partitive(toks: &[Tok], q: &Quantity) -> Option<(usize, usize)> {
    if word(toks, q.end) != "of"
        || !matches!(
            word(toks, q.end + 1),
            "its" | "the" | "their" | "his" | "her" | "our" | "them" | "whom"
        )
    {
        return None;
    }
    let mut j = q.end + 2;
    if let Some(inner) = number::quantity(toks, j).filter(|inner| !inner.article) {
        j = inner.end;
    }
    Some((q.end, victim_phrase(toks, j).1))
}

/// A casualty word governing the quantity, before or after it.
fn figure(toks: &[Tok], q: &Quantity) -> Option<Found> {
    let np = partitive(toks, q).unwrap_or_else(|| victim_phrase(toks, q.end));
    if !counts_people(toks, q, np) {
        return None;
    }
    let zero = q.max == Some(0);
    // A bare "no" needs a person noun or a casualty noun after it: "no civilians",
    // "no casualties"; "no immediate reports of casualties" is not a zero.
    if zero && word(toks, q.start) == "no" && word(toks, q.start + 1) != "one" {
        let w = word(toks, q.end);
        let ok_np = np.0 < np.1 && (np.0..np.1).all(|k| lexicon::is_person(word(toks, k)));
        if !ok_np && !matches!(w, "casualties" | "deaths" | "fatalities" | "injuries") {
            return None;
        }
    }
    if !zero && let Some(found) = before_count(toks, q, np) {
        return Some(found);
    }
    after(toks, q, np)
}

/// Casualty words before the count: "killed 12", "the martyrdom of 23", "death toll rose to".
fn before_count(toks: &[Tok], q: &Quantity, np: (usize, usize)) -> Option<Found> {
    let p = q.start;
    let end = np.1.max(q.end);
    let w1 = before(toks, p, 1);
    let found = |kind, start, active| {
        Some(Found {
            kinds: vec![kind],
            np,
            span: (start, end),
            active,
        })
    };
    if lexicon::is_before_form(w1) && p >= 1 {
        let w2 = before(toks, p, 2);
        let participle = w1.ends_with('d') || w1 == "hurt" || w1 == "slew";
        if participle && lexicon::is_passive_aux(w2) {
            return None;
        }
        if matches!(w2, "have" | "has" | "had") && lexicon::is_modal(before(toks, p, 3)) {
            return None;
        }
        if lexicon::is_modal(w2) {
            return None;
        }
        // "killed or wounded more than 4,000": a combined total.
        if matches!(w2, "or" | "and") && lexicon::trigger(before(toks, p, 3)).is_some() {
            return None;
        }
        // "hurt" is also economic ("hurt 12 companies"): only with people after it.
        if w1.starts_with("hurt") && !(np.0..np.1).any(|k| lexicon::is_person(word(toks, k))) {
            return None;
        }
        let kind = match lexicon::trigger(w1) {
            Some(Trigger::InjureVerb) => CasualtyKind::Injured,
            _ => CasualtyKind::Killed,
        };
        return found(kind, p - 1, true);
    }
    // "the martyrdom of 23", "the deaths of 12", "claimed the lives of 12".
    if w1 == "of" && lexicon::is_death_noun(before(toks, p, 2)) {
        let noun = before(toks, p, 2);
        let mut start = p - 2;
        // "the death of a soldier" counts one; "the death of one thousand cuts" is an idiom.
        if matches!(noun, "death" | "murder" | "killing" | "slaying") && q.max != Some(1) {
            return None;
        }
        if noun == "lives" {
            // "claimed the lives of 12", not "improve the lives of many children".
            let verb = |w: &str| {
                matches!(
                    w,
                    "claimed"
                        | "claiming"
                        | "claim"
                        | "claims"
                        | "took"
                        | "taking"
                        | "cost"
                        | "costing"
                )
            };
            if verb(before(toks, p, 3)) {
                start = p - 3;
            } else if before(toks, p, 3) == "the" && verb(before(toks, p, 4)) {
                start = p - 4;
            } else {
                return None;
            }
        }
        return found(CasualtyKind::Killed, start, false);
    }
    if w1 == "of" && matches!(before(toks, p, 2), "wounding" | "injuring") {
        return found(CasualtyKind::Injured, p - 2, false);
    }
    // "claimed 12 lives".
    if matches!(w1, "claimed" | "claiming" | "took" | "taking") && word(toks, q.end) == "lives" {
        return Some(Found {
            kinds: vec![CasualtyKind::Killed],
            np: (q.end, q.end),
            span: (p - 1, q.end + 1),
            active: false,
        });
    }
    // "the death toll has risen to 30", "the death toll from the floods rose to 41".
    let mut k = p;
    let mut verb = false;
    while let Some(prev) = k.checked_sub(1) {
        if !is_toll_verb(word(toks, prev)) || p - prev > 5 {
            break;
        }
        verb = true;
        k = prev;
    }
    if !verb {
        return None;
    }
    for back in 1..=9 {
        let Some(prev) = k.checked_sub(back) else {
            break;
        };
        let Some(t) = toks.get(prev) else { break };
        if t.kind != Kind::Word {
            break;
        }
        if t.lower == "death-toll" || (t.lower == "toll" && before(toks, prev, 1) == "death") {
            let start = if t.lower == "toll" { prev - 1 } else { prev };
            return found(CasualtyKind::Killed, start, false);
        }
    }
    None
}

fn is_toll_verb(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rises"
            | "rise"
            | "climbed"
            | "climbs"
            | "jumped"
            | "reached"
            | "hit"
            | "stood"
            | "stands"
            | "stand"
            | "at"
            | "to"
            | "is"
            | "was"
            | "has"
            | "had"
            | "have"
            | "now"
            | "increased"
            | "went"
            | "up"
            | "of"
            | "further"
            | "already"
            | "officially"
    )
}

/// Casualty words after the count and its victims: "were killed", "dead", "lost their lives",
/// "sustained injuries", "deaths".
fn after(toks: &[Tok], q: &Quantity, np: (usize, usize)) -> Option<Found> {
    let zero = q.max == Some(0);
    let mut k = np.1.max(q.end);
    let found = |kinds: Vec<CasualtyKind>, end: usize| {
        Some(Found {
            kinds,
            np,
            span: (q.start, end),
            active: false,
        })
    };
    // Casualty nouns right after the count: "12 deaths", "no casualties".
    match word(toks, k) {
        "deaths" | "fatalities" => return found(vec![CasualtyKind::Killed], k + 1),
        "casualties" if zero => {
            return found(vec![CasualtyKind::Killed, CasualtyKind::Injured], k + 1);
        }
        "injuries" if zero => return found(vec![CasualtyKind::Injured], k + 1),
        _ => {}
    }
    let mut aux = false;
    let mut fillers = 0;
    while lexicon::is_filler(word(toks, k)) && fillers < 6 {
        aux |= lexicon::is_passive_aux(word(toks, k)) || word(toks, k) == "who";
        k += 1;
        fillers += 1;
    }
    let w = word(toks, k);
    // "three people lost their lives", "14 personnel sustained injuries".
    if w == "lost" && word(toks, k + 2) == "lives" {
        return found(vec![CasualtyKind::Killed], k + 3);
    }
    if matches!(
        w,
        "sustained" | "suffered" | "received" | "sustaining" | "suffering"
    ) {
        for j in k + 1..k + 4 {
            if matches!(word(toks, j), "injuries" | "injury" | "wounds" | "wound") {
                return found(vec![CasualtyKind::Injured], j + 1);
            }
        }
        return None;
    }
    if w == "shot" && word(toks, k + 1) == "dead" {
        return found(vec![CasualtyKind::Killed], k + 2);
    }
    if !lexicon::is_after_form(w) {
        return None;
    }
    let kind = match lexicon::trigger(w) {
        Some(Trigger::InjureVerb) => CasualtyKind::Injured,
        _ => CasualtyKind::Killed,
    };
    let bare_participle =
        !aux && fillers == 0 && matches!(lexicon::trigger(w), Some(t) if t != Trigger::KillState);
    let after_w = word(toks, k + 1);
    if bare_participle
        && (lexicon::starts_object(after_w)
            || toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num)
            || lexicon::is_person(after_w)
            || number::quantity(toks, k + 1).is_some_and(|q| !q.article))
    {
        return None;
    }
    // "dead or missing", "dead weight": not a count of the dead.
    if (matches!(after_w, "or" | "and") && word(toks, k + 2) == "missing")
        || (w == "dead" && matches!(after_w, "weight" | "end" | "heat" | "wood" | "line"))
    {
        return None;
    }
    // "killed or injured": a combined total, unless it is zero.
    if matches!(after_w, "or" | "and") {
        let other = lexicon::trigger(word(toks, k + 2));
        let other_kind = match other {
            Some(Trigger::InjureVerb) => Some(CasualtyKind::Injured),
            Some(_) => Some(CasualtyKind::Killed),
            None => None,
        };
        if let Some(other_kind) = other_kind.filter(|&o| o != kind) {
            if zero {
                return found(vec![kind, other_kind], k + 3);
            }
            return None;
        }
    }
    found(vec![kind], k + 1)
}

/// The source of the sentence's figures: "according to X", "X said", ", said X".
fn claimant(sentence: &str, toks: &[Tok]) -> Option<String> {
    let text_of = |a: usize, b: usize| -> Option<String> {
        let mut a = a;
        if word(toks, a) == "the" {
            a += 1;
        }
        if a >= b {
            return None;
        }
        let start = toks.get(a)?.start;
        let end = toks.get(b - 1)?.end;
        sentence.get(start..end).map(str::to_owned)
    };
    let is_break = |t: &Tok| {
        t.kind == Kind::Punct && !matches!(t.lower.as_str(), "-" | "'" | "\u{2019}" | "&")
    };
    for (i, t) in toks.iter().enumerate() {
        if t.lower == "according" && word(toks, i + 1) == "to" {
            let a = i + 2;
            let mut b = a;
            while toks.get(b).is_some_and(|t| !is_break(t)) && b - a < 10 {
                b += 1;
            }
            if let Some(s) = text_of(a, b) {
                return Some(s);
            }
        }
    }
    for (i, t) in toks.iter().enumerate() {
        if !lexicon::is_saying(&t.lower) {
            continue;
        }
        let mut v = i;
        // "police also said", "officials later told".
        while matches!(
            before(toks, v, 1),
            "also" | "later" | "earlier" | "have" | "has"
        ) {
            v -= 1;
        }
        if lexicon::is_passive_aux(before(toks, v, 1)) {
            continue;
        }
        let mut a = v;
        while a > 0 && v - a < 6 {
            let Some(p) = toks.get(a - 1) else { break };
            let w = p.lower.as_str();
            if is_break(p)
                || p.kind == Kind::Num
                || matches!(w, "and" | "but" | "as" | "while" | "when" | "after")
                || lexicon::trigger(w).is_some()
                || lexicon::is_filler(w)
                || lexicon::is_saying(w)
            {
                break;
            }
            a -= 1;
        }
        let pronoun = a + 1 == v && lexicon::is_pronoun(word(toks, a));
        if a < v && !pronoun {
            // "the police said", but not "that said" or a clause such as "the report".
            if let Some(s) = text_of(a, v) {
                return Some(s);
            }
        }
        // ", said Ali Khan".
        let after_break = v == 0 || toks.get(v - 1).is_some_and(is_break);
        if after_break && matches!(t.lower.as_str(), "said" | "says") {
            let a = i + 1;
            let mut b = a;
            while toks.get(b).is_some_and(|t| {
                !is_break(t)
                    && (t.lower == "the"
                        || sentence
                            .get(t.start..t.end)
                            .and_then(|s| s.chars().next())
                            .is_some_and(char::is_uppercase))
            }) && b - a < 8
            {
                b += 1;
            }
            if let Some(s) = text_of(a, b) {
                return Some(s);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prefilter_passes_every_casualty_word_and_skips_other_sentences() {
        // Every trigger, state, noun and phrase head the rules read, as written in news.
        for word in [
            "Killed",
            "killing",
            "kills",
            "slain",
            "slew",
            "slayings",
            "martyred",
            "martyrdom",
            "wounded",
            "wounding",
            "wounds",
            "Injured",
            "injuring",
            "injuries",
            "injury",
            "hurt",
            "maimed",
            "dead",
            "died",
            "die",
            "perished",
            "deaths",
            "death",
            "fatalities",
            "casualties",
            "lives",
            "murders",
            "massacre",
            "toll",
        ] {
            assert!(
                may_hold_figures(&format!("Twelve people {word}.")),
                "{word}"
            );
        }
        assert!(!may_hold_figures(
            "Iran offered on Tuesday to mediate between Pakistan and Afghanistan."
        ));
    }

    fn one(s: &str) -> (CasualtyKind, u32, Option<u32>, Option<String>) {
        let found = find_casualties(s);
        assert_eq!(found.len(), 1, "{s}: {found:?}");
        let m = &found[0];
        (m.kind, m.count.min, m.count.max, m.who.clone())
    }

    #[test]
    fn who_from_modifier() {
        assert_eq!(
            one("Two police officers were killed."),
            (CasualtyKind::Killed, 2, Some(2), Some("police".into()))
        );
        assert_eq!(
            one("Four security personnel were injured."),
            (
                CasualtyKind::Injured,
                4,
                Some(4),
                Some("security forces".into())
            )
        );
    }

    #[test]
    fn to_casualty_keeps_the_phrase() {
        let text = "Intro. Gunmen killed three soldiers.";
        let found = find_casualties_in(text, TextRange::new(7, text.len()));
        let c = found[0].to_casualty(text, &ArticleId("a1".into()), 1);
        assert_eq!((c.min, c.max), (3, Some(3)));
        assert_eq!(c.mentions[0].text, "killed three soldiers");
        assert_eq!(c.who.as_deref(), Some("soldiers"));
    }

    #[test]
    fn off_boundary_range_is_empty() {
        assert!(find_casualties_in("Türkiye", TextRange::new(0, 2)).is_empty());
        assert!(find_casualties_in("abc", TextRange::new(2, 9)).is_empty());
    }
}
