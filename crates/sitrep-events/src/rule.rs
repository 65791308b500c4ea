//! The rule-based coder: actor mentions and verb patterns linked by word order.

use sitrep_actors::{ActorMention, Lexicon};
use sitrep_model::TextRange;
use sitrep_text::tokenize;

use crate::verbs::{VerbMatch, Verbs};
use crate::{Coder, Coding, Error};

/// Verbs of saying: they end the clause of whoever said it, so "X said Y attacked Z" takes Y,
/// not X, as the attacker.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "stated",
    "states",
    "added",
    "reported",
    "reports",
    "announced",
    "announces",
    "insisted",
    "insists",
    "noted",
    "confirmed",
    "claimed",
    "claims",
    "believes",
    "believed",
    "thinks",
];

/// Words that end the stretch in which a verb looks for its target.
const RIGHT_STOPS: &[&str] = &[
    ";", ".", ":", ",", "while", "but", "after", "before", "as", "when", "because", "which", "who",
    "whom", "where", "although", "though", "since", "whereas",
];

/// Words that join coordinated actors into one group.
const JOINERS: &[&str] = &[",", "and", "the", "both", "&"];

/// A determiner or possessive before a pattern head makes it a noun ("the attack").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "'s",
    "such", "any", "new", "further", "deadly", "latest", "recent", "joint",
];

const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got",
];

/// Verbs that take an event noun as object ("launched an air strike", "staged a protest"): the
/// noun then gets the verb's subject.
const LIGHT_VERBS: &[&str] = &[
    "launch",
    "launches",
    "launched",
    "launching",
    "carried",
    "carries",
    "carry",
    "stage",
    "staged",
    "stages",
    "conduct",
    "conducted",
    "conducts",
    "mount",
    "mounted",
    "mounts",
    "wage",
    "waged",
    "wages",
    "out",
];

/// A group right after one of these is a prepositional object, not a subject.
const PREPOSITIONS: &[&str] = &[
    "with", "of", "in", "to", "from", "against", "on", "at", "for", "by", "into", "over", "near",
    "toward", "towards",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we"];

/// Words between "be" and a participle that do not break a passive ("was reportedly killed").
const PASSIVE_SKIP: &[&str] = &[
    "also",
    "reportedly",
    "allegedly",
    "not",
    "n't",
    "never",
    "being",
    "been",
    "later",
    "then",
    "again",
    "first",
];

const NEGATORS: &[&str] = &[
    "not", "n't", "never", "no", "neither", "nor", "deny", "denies", "denied", "denying", "refuse",
    "refuses", "refused", "refusing",
];

const MODALS: &[&str] = &[
    "will",
    "would",
    "could",
    "might",
    "may",
    "shall",
    "can",
    "should",
    "'ll",
    "'d",
    "wo",
    "to",
    "threaten",
    "threatens",
    "threatened",
    "threatening",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "promise",
    "promises",
    "promised",
    "pledge",
    "pledges",
    "pledged",
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "want",
    "wants",
    "wanted",
    "seek",
    "seeks",
    "sought",
    "prepare",
    "prepares",
    "prepared",
    "ready",
    "willing",
];

const CONDITIONALS: &[&str] = &["if", "unless"];

/// How far back the negation and modal cues are looked for.
const CUE_WINDOW: usize = 4;

/// How far right a verb looks for its target.
const TARGET_WINDOW: usize = 12;

/// The rule-based [`Coder`]. Build it once and share it: [`Coder::code`] takes `&self`.
#[derive(Debug, Clone)]
pub struct RuleCoder {
    actors: Lexicon,
    verbs: Verbs,
}

impl RuleCoder {
    /// The built-in actor and verb lexicons.
    pub fn builtin() -> Result<RuleCoder, Error> {
        Ok(RuleCoder::new(Lexicon::builtin()?, Verbs::builtin()?))
    }

    pub fn new(actors: Lexicon, verbs: Verbs) -> RuleCoder {
        RuleCoder { actors, verbs }
    }

    pub fn verbs(&self) -> &Verbs {
        &self.verbs
    }
}

impl Coder for RuleCoder {
    fn code(&self, sentence: &str) -> Vec<Coding> {
        let mentions = self.actors.find(sentence);
        Sentence::new(sentence, mentions, &self.verbs).code(self.verbs.version())
    }
}

/// Coordinated actor mentions: indices into the mentions, and the token span they cover.
#[derive(Debug, Clone)]
struct Group {
    members: Vec<usize>,
    start: usize,
    end: usize,
}

/// A kept pattern match and what it resolved to.
#[derive(Debug, Clone)]
struct Link {
    m: VerbMatch,
    noun: bool,
    source: Option<usize>,
}

struct Sentence {
    tokens: Vec<TextRange>,
    words: Vec<String>,
    mentions: Vec<ActorMention>,
    /// The group of each token that names an actor.
    group_of: Vec<Option<usize>>,
    groups: Vec<Group>,
    matches: Vec<Link>,
}

impl Sentence {
    fn new(text: &str, mentions: Vec<ActorMention>, verbs: &Verbs) -> Sentence {
        let tokens = tokenize(text, TextRange::new(0, text.len()));
        let words: Vec<String> = tokens
            .iter()
            .map(|t| {
                t.slice(text)
                    .unwrap_or("")
                    .replace('\u{2019}', "'")
                    .to_lowercase()
            })
            .collect();

        // Token span of each mention, then groups of coordinated mentions.
        let mut spans: Vec<(usize, usize, usize)> = Vec::new();
        for (mi, m) in mentions.iter().enumerate() {
            let inside: Vec<usize> = (0..tokens.len())
                .filter(|&ti| tokens.get(ti).is_some_and(|t| m.range.contains(*t)))
                .collect();
            if let (Some(&first), Some(&last)) = (inside.first(), inside.last()) {
                spans.push((mi, first, last + 1));
            }
        }
        let mut groups: Vec<Group> = Vec::new();
        for (mi, start, end) in spans {
            let joins = groups.last().is_some_and(|g| {
                (g.end..start)
                    .all(|ti| words.get(ti).is_some_and(|w| JOINERS.contains(&w.as_str())))
            });
            match groups.last_mut() {
                Some(g) if joins => {
                    g.members.push(mi);
                    g.end = end;
                }
                _ => groups.push(Group {
                    members: vec![mi],
                    start,
                    end,
                }),
            }
        }
        let mut group_of = vec![None; tokens.len()];
        for (gi, g) in groups.iter().enumerate() {
            for ti in g.start..g.end {
                let names_actor = g.members.iter().any(|&mi| {
                    let (Some(m), Some(t)) = (mentions.get(mi), tokens.get(ti)) else {
                        return false;
                    };
                    m.range.contains(*t)
                });
                if let Some(slot) = group_of.get_mut(ti)
                    && names_actor
                {
                    *slot = Some(gi);
                }
            }
        }

        // Pattern matches: more words first, then leftmost; a token serves one match only.
        let blocked: Vec<bool> = group_of.iter().map(Option::is_some).collect();
        let mut cands: Vec<VerbMatch> = Vec::new();
        for head in 0..tokens.len() {
            if blocked.get(head).copied().unwrap_or(true) {
                continue;
            }
            cands.extend(verbs.matches_at(&words, &blocked, head));
        }
        cands.sort_by(|a, b| b.words.len().cmp(&a.words.len()).then(a.head.cmp(&b.head)));
        let mut used = vec![false; tokens.len()];
        let mut kept: Vec<VerbMatch> = Vec::new();
        for c in cands {
            if c.words
                .iter()
                .any(|&w| used.get(w).copied().unwrap_or(true))
            {
                continue;
            }
            for &w in &c.words {
                if let Some(u) = used.get_mut(w) {
                    *u = true;
                }
            }
            kept.push(c);
        }
        kept.sort_by_key(|m| m.head);
        let matches = kept
            .into_iter()
            .map(|m| {
                let word =
                    |i: Option<usize>| i.and_then(|i| words.get(i)).map_or("", String::as_str);
                let before = word(m.head.checked_sub(1));
                let light = word(m.head.checked_sub(2));
                let noun = DETERMINERS.contains(&before) && !LIGHT_VERBS.contains(&light);
                Link {
                    m,
                    noun,
                    source: None,
                }
            })
            .collect();
        Sentence {
            tokens,
            words,
            mentions,
            group_of,
            groups,
            matches,
        }
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", String::as_str)
    }

    fn is_speech(&self, i: usize) -> bool {
        SPEECH.contains(&self.word(i)) && !self.is_match_word(i)
    }

    fn is_match_word(&self, i: usize) -> bool {
        self.matches.iter().any(|l| l.m.words.contains(&i))
    }

    /// The kept verbal (not noun) match whose head is token `i`.
    fn verbal_head(&self, i: usize) -> Option<usize> {
        self.matches.iter().position(|l| l.m.head == i && !l.noun)
    }

    /// The nearest group before token `head` in its clause, following a pronoun subject of a
    /// speech verb back to the speaker. `Err(k)` means "the subject of verbal match `k`".
    fn left_group(&self, head: usize) -> Option<Result<usize, usize>> {
        let mut j = head;
        while j > 0 {
            j -= 1;
            if let Some(g) = self.group_of.get(j).copied().flatten() {
                let start = self.groups.get(g).map_or(0, |g| g.start);
                let mut k = start;
                while k > 0 && self.word(k - 1) == "the" {
                    k -= 1;
                }
                if k > 0 && PREPOSITIONS.contains(&self.word(k - 1)) {
                    j = start;
                    continue;
                }
                return Some(Ok(g));
            }
            let w = self.word(j);
            if w == ";" || self.is_speech(j) {
                return None;
            }
            if PRONOUNS.contains(&w) {
                let mut k = j;
                while k > 0 && self.word(k - 1) == "that" {
                    k -= 1;
                }
                if k > 0 && self.is_speech(k - 1) {
                    return self.left_group(k - 1);
                }
                return None;
            }
            if let Some(k) = self.verbal_head(j) {
                return Some(Err(k));
            }
        }
        None
    }

    /// The first group after the pattern's head, skipping the pattern's own words, within the
    /// clause and [`TARGET_WINDOW`] tokens.
    fn right_group(&self, link: &Link) -> Option<usize> {
        let end = (link.m.head + TARGET_WINDOW).min(self.tokens.len());
        for j in link.m.head + 1..end {
            if let Some(g) = self.group_of.get(j).copied().flatten() {
                return Some(g);
            }
            if link.m.words.contains(&j) {
                continue;
            }
            let w = self.word(j);
            if RIGHT_STOPS.contains(&w) || self.is_speech(j) || self.verbal_head(j).is_some() {
                return None;
            }
        }
        None
    }

    /// The group after a "by" that follows the pattern, within the clause.
    fn by_group(&self, link: &Link) -> Option<usize> {
        let last = link.m.words.last().copied().unwrap_or(link.m.head);
        let end = (last + TARGET_WINDOW).min(self.tokens.len());
        let mut after_by = false;
        for j in last + 1..end {
            if after_by && let Some(g) = self.group_of.get(j).copied().flatten() {
                return Some(g);
            }
            let w = self.word(j);
            if w == "by" {
                after_by = true;
            } else if RIGHT_STOPS.contains(&w) || self.is_speech(j) || (after_by && w != "the") {
                return None;
            }
        }
        None
    }

    fn is_passive(&self, link: &Link) -> bool {
        let head = link.m.head;
        let w = self.word(head);
        let participle = w.ends_with("ed")
            || w.ends_with("en")
            || matches!(w, "held" | "met" | "shot" | "fought" | "cut" | "sent");
        if !participle || link.noun {
            return false;
        }
        let mut j = head;
        while j > 0 {
            j -= 1;
            let w = self.word(j);
            if BE.contains(&w) {
                return true;
            }
            if !PASSIVE_SKIP.contains(&w) {
                break;
            }
        }
        // A reduced passive: "... killed by militants".
        self.word(head + 1) == "by" && self.group_of.get(head + 2).copied().flatten().is_some()
            || self.word(head + 1) == "by"
                && self.word(head + 2) == "the"
                && self.group_of.get(head + 3).copied().flatten().is_some()
    }

    /// Where the cue window before a head starts: after the source group, within the clause.
    fn cue_start(&self, head: usize, source_end: Option<usize>) -> usize {
        let mut start = head.saturating_sub(CUE_WINDOW);
        if let Some(e) = source_end {
            start = start.max(e);
        }
        let clause = (start..head)
            .rev()
            .find(|&j| self.word(j) == ";" || self.word(j) == ",");
        clause.map_or(start, |j| j + 1)
    }

    fn cues(&self, link: &Link, source_end: Option<usize>) -> (bool, bool) {
        let head = link.m.head;
        let start = self.cue_start(head, source_end);
        let window = (start..head).filter(|j| !self.is_match_word(*j));
        let mut negated = false;
        let mut hypothetical = false;
        for j in window {
            let w = self.word(j);
            negated |= NEGATORS.contains(&w);
            hypothetical |= MODALS.contains(&w);
        }
        // A conditional anywhere earlier in the clause.
        let mut j = head;
        while j > 0 {
            j -= 1;
            let w = self.word(j);
            if w == ";" || w == "." {
                break;
            }
            hypothetical |= CONDITIONALS.contains(&w);
        }
        (negated, hypothetical)
    }

    /// "accused X of attacking Y", "blamed X for the bombing", "claimed responsibility for the
    /// attack": an act named after an accusation or claim, joined to it by "of", "for" or
    /// "that" in the same clause, is its content, not an event of its own.
    fn is_alleged(&self, index: usize) -> bool {
        let Some(link) = self.matches.get(index) else {
            return false;
        };
        let head = link.m.head;
        self.matches.iter().take(index).any(|l| {
            let root = l.m.code.get(..2).unwrap_or("");
            if root != "11" && l.m.code != "015" && l.m.code != "016" {
                return false;
            }
            let from = l.m.words.last().copied().unwrap_or(l.m.head) + 1;
            let mut joined = false;
            for j in from..head {
                let w = self.word(j);
                if w == ";" || w == "." || self.is_speech(j) || self.verbal_head(j).is_some() {
                    return false;
                }
                joined |= matches!(w, "of" | "for" | "that");
            }
            joined
        })
    }

    fn group_end(&self, g: Option<usize>) -> Option<usize> {
        g.and_then(|g| self.groups.get(g)).map(|g| g.end)
    }

    fn members(&self, g: Option<usize>) -> Vec<Option<&ActorMention>> {
        match g.and_then(|g| self.groups.get(g)) {
            Some(group) => group
                .members
                .iter()
                .map(|&m| self.mentions.get(m))
                .collect(),
            None => vec![None],
        }
    }

    fn code(mut self, version: &str) -> Vec<Coding> {
        let mut out: Vec<Coding> = Vec::new();
        for index in 0..self.matches.len() {
            let Some(link) = self.matches.get(index).cloned() else {
                continue;
            };
            // "the detained sailors": a participle after a determiner is an adjective.
            let adjective = link.noun && self.word(link.m.head).ends_with("ed");
            if adjective || self.is_alleged(index) {
                continue;
            }
            let (source, target) = if self.is_passive(&link) {
                let target = match self.left_group(link.m.head) {
                    Some(Ok(g)) => Some(g),
                    _ => None,
                };
                (self.by_group(&link), target)
            } else if link.noun {
                // "Iran's offer of mediation", "the attack on Kabul by the TTP".
                let head = link.m.head;
                let possessor = (head >= 2 && self.word(head - 1) == "'s")
                    .then(|| self.group_of.get(head - 2).copied().flatten())
                    .flatten();
                let source = possessor.or_else(|| self.by_group(&link));
                let target = self.right_group(&link).filter(|t| Some(*t) != source);
                (source, target)
            } else {
                let source = match self.left_group(link.m.head) {
                    Some(Ok(g)) => Some(g),
                    Some(Err(k)) => self.matches.get(k).and_then(|l| l.source),
                    None => None,
                };
                // "Iran urged X and called for Y": X is the object of "urged"; the subject of
                // "called" is that of "urged".
                let source = match source {
                    Some(g) => Some(self.coordinated_subject(g, link.m.head).unwrap_or(g)),
                    None => None,
                };
                (source, self.right_group(&link))
            };
            if let Some(l) = self.matches.get_mut(index) {
                l.source = source;
            }
            let (negated, hypothetical) = self.cues(&link, self.group_end(source));
            let first = link.m.words.first().and_then(|&w| self.tokens.get(w));
            let last = link.m.words.last().and_then(|&w| self.tokens.get(w));
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            let verb_range = TextRange::new(first.start, last.end);

            let mut pairs: Vec<(Option<&ActorMention>, Option<&ActorMention>)> = Vec::new();
            let reciprocal = is_reciprocal(&link.m.code);
            let between = target.is_some_and(|t| self.after_between(t));
            if source.is_none() && between {
                // "clashes between X and Y": each side acts on the other.
                let sides = self.members(target);
                for a in &sides {
                    for b in &sides {
                        pairs.push((*a, *b));
                    }
                }
            } else if target.is_none() && reciprocal && self.members(source).len() > 1 {
                // "X and Y met": each met the other.
                let sides = self.members(source);
                for a in &sides {
                    for b in &sides {
                        pairs.push((*a, *b));
                    }
                }
            } else {
                for s in self.members(source) {
                    for t in self.members(target) {
                        pairs.push((s, t));
                    }
                }
            }
            for (s, t) in pairs {
                if let (Some(s), Some(t)) = (s, t)
                    && (s.range == t.range || s.actor.code == t.actor.code)
                {
                    continue;
                }
                let coding = Coding {
                    code: link.m.code.clone(),
                    source: s.map(|m| m.actor.clone()),
                    target: t.map(|m| m.actor.clone()),
                    verb_range,
                    source_range: s.map(|m| m.range),
                    target_range: t.map(|m| m.range),
                    negated,
                    hypothetical,
                    lexicon_version: version.to_owned(),
                };
                if !out.contains(&coding) {
                    out.push(coding);
                }
            }
        }
        out
    }

    /// Whether group `g` follows "between" (a determiner may stand between).
    fn after_between(&self, g: usize) -> bool {
        let Some(group) = self.groups.get(g) else {
            return false;
        };
        let mut j = group.start;
        while j > 0 {
            j -= 1;
            match self.word(j) {
                "the" => continue,
                "between" => return true,
                _ => return false,
            }
        }
        false
    }

    /// When group `g` is the object of an earlier verbal match and only "and" (or ", and")
    /// stands between it and `head`, the subject of that earlier match.
    fn coordinated_subject(&self, g: usize, head: usize) -> Option<usize> {
        let group = self.groups.get(g)?;
        let between: Vec<&str> = (group.end..head).map(|j| self.word(j)).collect();
        if between != ["and"] && between != [",", "and"] {
            return None;
        }
        let mut j = group.start;
        while j > 0 {
            j -= 1;
            if self.word(j) == "the" {
                continue;
            }
            let earlier = self
                .matches
                .iter()
                .find(|l| l.m.words.contains(&j) && !l.noun)?;
            return earlier.source;
        }
        None
    }
}

/// Codes whose plural subject acts on each of its members: meetings, talks, agreements,
/// ceasefires, fighting.
fn is_reciprocal(code: &str) -> bool {
    code.starts_with("04") || code.starts_with("19") || matches!(code, "036" | "057" | "0871")
}
