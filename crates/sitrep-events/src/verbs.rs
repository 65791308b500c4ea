//! The verb lexicon: `data/cameo/verbs.tsv` parsed into patterns, with inflections by rule.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::Error;

const BUILTIN_TSV: &str = include_str!("../../../data/cameo/verbs.tsv");

/// How many tokens a `...` in a pattern may skip.
const MAX_GAP: usize = 6;
/// The tokens `..` skips: an adverb or an article and an adjective ("was .. wrong": "was
/// simply wrong", "was a complete failure").
const SHORT_GAP: usize = 2;

/// Whether `word` is the past or past participle of an irregular verb (`met`, `held`).
pub fn is_irregular_past(word: &str) -> bool {
    IRREGULAR.iter().any(|(_, forms)| forms.contains(&word))
}

/// Whether an irregular form can be a past participle: the only form listed ("met", "held"),
/// or the second of two ("blown", not "blew").
pub(crate) fn is_irregular_participle(word: &str) -> bool {
    IRREGULAR.iter().any(|(_, forms)| match forms {
        [only] => *only == word,
        [_, participle, ..] => *participle == word,
        [] => false,
    })
}

/// Irregular verbs: lemma, then its past and past-participle forms. Grammar, so kept in code;
/// the lexicon file names lemmas only.
const IRREGULAR: &[(&str, &[&str])] = &[
    ("meet", &["met"]),
    ("hear", &["heard"]),
    ("catch", &["caught"]),
    ("have", &["had"]),
    ("dig", &["dug"]),
    ("spring", &["sprang", "sprung"]),
    ("leave", &["left"]),
    ("hold", &["held"]),
    ("fight", &["fought"]),
    ("speak", &["spoke", "spoken"]),
    ("shoot", &["shot"]),
    ("send", &["sent"]),
    ("break", &["broke", "broken"]),
    ("withdraw", &["withdrew", "withdrawn"]),
    ("give", &["gave", "given"]),
    ("take", &["took", "taken"]),
    ("make", &["made"]),
    ("forgive", &["forgave", "forgiven"]),
    ("cut", &["cut"]),
    ("seek", &["sought"]),
    ("lead", &["led"]),
    ("put", &["put"]),
    ("swear", &["swore", "sworn"]),
    ("blow", &["blew", "blown"]),
    ("throw", &["threw", "thrown"]),
    ("overthrow", &["overthrew", "overthrown"]),
    ("pay", &["paid"]),
    ("strike", &["struck"]),
    ("freeze", &["froze", "frozen"]),
    ("withhold", &["withheld"]),
    ("bring", &["brought"]),
    ("hit", &["hit"]),
    ("shut", &["shut"]),
    ("sell", &["sold"]),
    ("begin", &["began", "begun"]),
    ("forbid", &["forbade", "forbidden"]),
    ("beat", &["beaten"]),
    ("tell", &["told"]),
    ("say", &["said"]),
    ("keep", &["kept"]),
    ("set", &["set"]),
    ("get", &["got", "getting"]),
    ("go", &["went", "gone"]),
    ("lay", &["laid"]),
    ("burn", &["burnt"]),
    ("lose", &["lost"]),
    ("slay", &["slew", "slain"]),
    ("win", &["won"]),
    ("build", &["built"]),
    ("fly", &["flew", "flown"]),
    ("lend", &["lent"]),
    ("let", &["let"]),
    ("overrun", &["overran"]),
    ("quit", &["quit"]),
    ("sit", &["sat"]),
    ("stand", &["stood"]),
    ("write", &["wrote", "written"]),
    ("draw", &["drew", "drawn"]),
    ("drive", &["drove", "driven"]),
    ("bind", &["bound"]),
    ("feed", &["fed"]),
    ("flee", &["fled"]),
    ("hang", &["hung", "hanged"]),
    ("shake", &["shook", "shaken"]),
    ("steal", &["stole", "stolen"]),
    ("tear", &["tore", "torn"]),
    ("come", &["came"]),
    ("see", &["saw", "seen"]),
    ("leap", &["leapt"]),
    ("bear", &["bore", "borne"]),
    ("sink", &["sank", "sunk"]),
];

/// The code of a pattern that names no event: "meet ... expectations", "fight ... corruption".
/// Its words are taken, as any match's, so a shorter pattern inside them ("meet", "fight")
/// cannot code them; then nothing is coded.
pub const NO_EVENT: &str = "-";

/// One word of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Word {
    /// Any of these lower-case tokens.
    Any(Vec<String>),
    /// Skip up to [`MAX_GAP`] tokens (`...`) or up to [`SHORT_GAP`] (`..`).
    Gap(usize),
}

/// One row of the lexicon: the words after the head, and the code.
#[derive(Debug, Clone)]
struct Pattern {
    code: String,
    rest: Vec<Word>,
    /// The head was written `=word` without the flag `verb`: a noun ("airstrike").
    nominal: bool,
    /// Flag `from`: the actor after "from" is the source, the subject the target ("received
    /// weapons from X").
    from_source: bool,
    /// Flag `mutual`: a plural subject acts on each of its members ("X and Y exchanged
    /// prisoners").
    mutual: bool,
    /// Flag `to`: the target is the actor after "to" when there is one ("extradited a
    /// Russian dealer to the United States").
    to_target: bool,
    /// A judgement: a long gap, then a short one ("say ... was .. wrong"; see [`match_rest`]).
    judgement: bool,
}

/// A pattern matched in a token sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct VerbMatch {
    /// The CAMEO code of the pattern.
    pub code: String,
    /// Index of the head token (the verb).
    pub head: usize,
    /// Indices of every token a pattern word matched, in order: head first, except for a
    /// pattern matched object first ("restrictions ... were eased"), whose object comes before.
    pub words: Vec<usize>,
    /// The pattern's head is a noun (`=word`).
    pub nominal: bool,
    /// The source is the actor after "from" (flag `from`).
    pub from_source: bool,
    /// A plural subject acts on each of its members (flag `mutual`).
    pub mutual: bool,
    /// The target is the actor after "to" (flag `to`).
    pub to_target: bool,
    /// A judgement (a pattern with a long gap, then a short one: "said ... was .. wrong"): the
    /// token of its form of "be". The one judged, the target, is named before it.
    pub judged: Option<usize>,
}

/// The compiled verb lexicon: head form to the patterns it starts.
#[derive(Debug, Clone)]
pub struct Verbs {
    patterns: Vec<Pattern>,
    by_head: HashMap<String, Vec<usize>, FnvBuild>,
    version: String,
}

impl Verbs {
    /// The lexicon shipped in `data/cameo/verbs.tsv`.
    pub fn builtin() -> Result<Verbs, Error> {
        Verbs::from_tsv(BUILTIN_TSV)
    }

    /// Parses a lexicon in the format of `data/cameo/verbs.tsv` (see the comments at its top).
    pub fn from_tsv(text: &str) -> Result<Verbs, Error> {
        let mut patterns = Vec::new();
        let mut by_head: HashMap<String, Vec<usize>, FnvBuild> = HashMap::default();
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(pattern), Some(code)) = (cols.next(), cols.next()) else {
                return Err(Error::Verbs {
                    line: line_no,
                    message: "expected `pattern<TAB>code`".to_owned(),
                });
            };
            let mut code_cell = code.split_whitespace();
            let code = code_cell.next().unwrap_or("");
            let mut from_source = false;
            let mut verb_form = false;
            let mut mutual = false;
            let mut to_target = false;
            for flag in code_cell {
                match flag {
                    "from" => from_source = true,
                    "mutual" => mutual = true,
                    "to" => to_target = true,
                    "verb" => verb_form = true,
                    other => {
                        return Err(Error::Verbs {
                            line: line_no,
                            message: format!("unknown flag `{other}`"),
                        });
                    }
                }
            }
            let no_event = code == NO_EVENT;
            if !no_event
                && (code.len() < 2 || code.len() > 4 || !code.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(Error::Verbs {
                    line: line_no,
                    message: format!("`{code}` is not a CAMEO code"),
                });
            }
            let mut words = pattern.split_whitespace();
            let Some(head) = words.next() else {
                return Err(Error::Verbs {
                    line: line_no,
                    message: "empty pattern".to_owned(),
                });
            };
            let nominal = head.starts_with('=') && !verb_form;
            let heads = match head.strip_prefix('=') {
                Some(literal) => alternatives(literal),
                None => alternatives(head).iter().flat_map(|l| inflect(l)).collect(),
            };
            let rest: Vec<Word> = words
                .map(|w| {
                    if w == "..." {
                        Word::Gap(MAX_GAP)
                    } else if w == ".." {
                        Word::Gap(SHORT_GAP)
                    } else {
                        Word::Any(alternatives(w))
                    }
                })
                .collect();
            if matches!(rest.last(), Some(Word::Gap(_))) {
                return Err(Error::Verbs {
                    line: line_no,
                    message: "a pattern cannot end in `...` or `..`".to_owned(),
                });
            }
            let index = patterns.len();
            let judgement = rest
                .iter()
                .position(|w| *w == Word::Gap(MAX_GAP))
                .is_some_and(|long| rest[long..].contains(&Word::Gap(SHORT_GAP)));
            patterns.push(Pattern {
                code: code.to_owned(),
                rest,
                nominal,
                from_source,
                mutual,
                to_target,
                judgement,
            });
            for form in heads {
                by_head.entry(form).or_default().push(index);
            }
        }
        Ok(Verbs {
            patterns,
            version: format!("verbs-{:016x}", fnv1a(text.as_bytes())),
            by_head,
        })
    }

    /// Adds a user's patterns (the format of `data/cameo/verbs.tsv`) after these: where a
    /// user pattern and a shipped one match the same words, the longer wins as always, and on
    /// a tie the earlier (shipped) one. A user may add `-` rows to silence shipped senses.
    /// Every code must be in the CAMEO codebook.
    pub fn extend_from_tsv(&mut self, text: &str) -> Result<(), Error> {
        let user = Verbs::from_tsv(text)?;
        let codebook = sitrep_cameo::Codebook::builtin();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let code = line
                .split('\t')
                .nth(1)
                .and_then(|c| c.split_whitespace().next())
                .unwrap_or("");
            if code != NO_EVENT && codebook.get(code).is_none() {
                return Err(Error::Verbs {
                    line: n + 1,
                    message: format!(
                        "`{code}` is not in the CAMEO codebook (data/cameo/codes.tsv)"
                    ),
                });
            }
        }
        let offset = self.patterns.len();
        self.patterns.extend(user.patterns);
        for (form, indices) in user.by_head {
            self.by_head
                .entry(form)
                .or_default()
                .extend(indices.into_iter().map(|i| i + offset));
        }
        self.version = format!("{}+{}", self.version, user.version);
        Ok(())
    }

    /// The number of patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Every code the lexicon uses, for checking against the codebook ([`NO_EVENT`] left out).
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.patterns
            .iter()
            .map(|p| p.code.as_str())
            .filter(|c| *c != NO_EVENT)
    }

    /// `verbs-` and a hash of the lexicon text: which lexicon produced a coding.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Every pattern match starting at token `head`; `words` are lower-case tokens and
    /// `blocked` marks tokens that cannot be pattern words (they name an actor).
    pub(crate) fn matches_at(
        &self,
        words: &[String],
        blocked: &[bool],
        head: usize,
    ) -> Vec<VerbMatch> {
        let mut out = Vec::new();
        let Some(word) = words.get(head) else {
            return out;
        };
        let Some(candidates) = self.by_head.get(word.as_str()) else {
            return out;
        };
        // "Visa restrictions on Georgians were eased by Moscow": a pattern `verb ... noun`
        // read backwards, its noun the subject of a passive participle.
        // Not a verb of asking or ordering before its infinitive, whose passive subject is
        // its addressee ("troops were asked to leave"; "troops were sent to Iraq" is one).
        let addressed = words.get(head + 1).is_some_and(|w| w == "to")
            && (crate::modality::cue_family(word).is_some()
                || matches!(
                    word.as_str(),
                    "forced" | "ordered" | "told" | "allowed" | "permitted" | "expected"
                ));
        let passive = head >= 2
            && (word.ends_with("ed") || is_irregular_participle(word))
            && !addressed
            && words
                .get(head - 1)
                .is_some_and(|w| matches!(w.as_str(), "was" | "were" | "been" | "be" | "being"));
        for &p in candidates {
            let Some(pattern) = self.patterns.get(p) else {
                continue;
            };
            if passive
                && !pattern.nominal
                && let [Word::Gap(_), Word::Any(options)] = pattern.rest.as_slice()
                && let Some(object) = object_before(words, blocked, head - 1, options)
            {
                out.push(VerbMatch {
                    code: pattern.code.clone(),
                    head,
                    words: vec![object, head],
                    nominal: false,
                    from_source: pattern.from_source,
                    mutual: pattern.mutual,
                    to_target: pattern.to_target,
                    judged: None,
                });
                continue;
            }
            let mut matched = vec![head];
            let judgement = pattern.judgement;
            if match_rest(
                &pattern.rest,
                words,
                blocked,
                head + 1,
                &mut matched,
                judgement,
            ) {
                // ("told Reagan there was an illegal diversion": "there was" judges nothing;
                // "Blair said he was wrong about ...": the speaker's own admission.)
                let expletive = judgement
                    && matched.get(1).is_some_and(|&be| {
                        be.checked_sub(1)
                            .and_then(|k| words.get(k))
                            .is_some_and(|w| {
                                matches!(w.as_str(), "there" | "he" | "she" | "i" | "we")
                            })
                    });
                if expletive {
                    continue;
                }
                let judged = judgement.then(|| matched.get(1).copied()).flatten();
                out.push(VerbMatch {
                    code: pattern.code.clone(),
                    head,
                    words: matched,
                    nominal: pattern.nominal,
                    from_source: pattern.from_source,
                    mutual: pattern.mutual,
                    to_target: pattern.to_target,
                    judged,
                });
            }
        }
        out
    }
}

/// The nearest of `options` before token `be` (the passive's auxiliary) within a clause:
/// up to ten tokens back, not past a clause break or a relative pronoun.
fn object_before(
    words: &[String],
    blocked: &[bool],
    be: usize,
    options: &[String],
) -> Option<usize> {
    (be.saturating_sub(10)..be)
        .rev()
        .take_while(|&i| {
            words.get(i).is_some_and(|w| {
                !matches!(
                    w.as_str(),
                    ";" | "." | ":" | "," | "which" | "who" | "that" | "after" | "when" | "as"
                )
            })
        })
        .find(|&i| {
            words.get(i).is_some_and(|w| options.contains(w))
                && !blocked.get(i).copied().unwrap_or(true)
                // The head of its noun phrase, not a modifier ("aid workers were released").
                // A participle may describe it ("a pact committing both sides to ...").
                && (i + 1 == be
                    || words.get(i + 1).is_some_and(|w| {
                        AFTER_OBJECT.contains(&w.as_str())
                            || w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"))
                    }))
        })
}

/// Words that may follow the object of an object-first passive: prepositions, "and", and
/// auxiliaries ("troops were reported to have been moved").
const AFTER_OBJECT: &[&str] = &[
    "of", "to", "on", "for", "from", "in", "with", "between", "against", "by", "at", "over",
    "into", "and", "has", "have", "had", "will", "would", "could", "may", "might", "must",
    "should", "can", "is", "are", "was", "were",
];

/// A quotation mark, straight, curly or doubled.
fn is_quote(word: &str) -> bool {
    matches!(
        word,
        "\"" | "\u{201c}" | "\u{201d}" | "``" | "''" | "\u{2018}" | "\u{2019}"
    )
}

/// Matches `rest` from token `at`, pushing matched token indices; backtracks over gaps.
/// `judgement`: the pattern has a long gap, then a short one (see the gaps' rules below).
fn match_rest(
    rest: &[Word],
    words: &[String],
    blocked: &[bool],
    at: usize,
    matched: &mut Vec<usize>,
    judgement: bool,
) -> bool {
    let Some((first, tail)) = rest.split_first() else {
        return true;
    };
    match first {
        Word::Any(options) => {
            // ("was \"cautiously optimistic\"": quotation marks inside a phrase are passed over.)
            let mut at = at;
            while words.get(at).is_some_and(|w| is_quote(w)) {
                at += 1;
            }
            let ok = words
                .get(at)
                .is_some_and(|w| options.iter().any(|o| o == w))
                && !blocked.get(at).copied().unwrap_or(true);
            if !ok {
                return false;
            }
            matched.push(at);
            if match_rest(tail, words, blocked, at + 1, matched, judgement) {
                return true;
            }
            matched.pop();
            false
        }
        Word::Gap(max) => {
            for skip in 0..=*max {
                if skip > 0 {
                    let Some(skipped) = words.get(at + skip - 1) else {
                        return false;
                    };
                    if matches!(
                        skipped.as_str(),
                        ";" | "."
                            | ":"
                            | "as"
                            | "while"
                            | "when"
                            | "despite"
                            | "although"
                            | "because"
                            | "whereas"
                            | "until"
                            | "unless"
                            | "if"
                    ) {
                        return false;
                    }
                }
                // A short gap passes no negation and no preposition, and starts with no verb
                // form ("was not wrong", "were in appalling conditions", "is investigating the
                // scandal"; "an unprecedented provocation" stays). In a judgement (a long gap,
                // then a short one: "say ... was .. wrong") the long gap, the one judged, passes
                // no negation either ("said there had never been a mistake"), no other clause
                // or verb ("said Brazil were poor and the result was unfair") and no
                // preposition (an act's object or victim is no one judged: "said the invasion
                // of Iraq was a mistake").
                let passes = |w: &str, first: bool| {
                    // (Most gaps are long gaps of no judgement: nothing to weigh.)
                    if *max != SHORT_GAP && !judgement {
                        return true;
                    }
                    let negation =
                        matches!(w, "not" | "n't" | "nothing" | "never" | "no" | "hardly");
                    let preposition = matches!(
                        w,
                        "of" | "on"
                            | "against"
                            | "in"
                            | "at"
                            | "for"
                            | "to"
                            | "with"
                            | "by"
                            | "from"
                            | "about"
                            | "over"
                    );
                    if *max == SHORT_GAP {
                        let verb_form = w.ends_with("ing") || w.ends_with("ed");
                        !(negation || preposition || (first && verb_form))
                    } else {
                        let clause =
                            matches!(w, "and" | "but" | "is" | "was" | "were" | "are" | "been");
                        !(negation || preposition || clause)
                    }
                };
                if skip > 0
                    && words
                        .get(at + skip - 1)
                        .is_some_and(|w| !passes(w.as_str(), skip == 1))
                {
                    return false;
                }
                if match_rest(tail, words, blocked, at + skip, matched, judgement) {
                    return true;
                }
            }
            false
        }
    }
}

fn alternatives(word: &str) -> Vec<String> {
    word.split('/')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The forms of a verb lemma by rule: the lemma, third person `-s`, past `-ed`, `-ing`, plus
/// any irregular forms. Over-generation is harmless: the extra forms are not English words.
pub(crate) fn inflect(lemma: &str) -> Vec<String> {
    let mut forms = vec![lemma.to_owned()];
    let chars: Vec<char> = lemma.chars().collect();
    let last = chars.last().copied();
    let before_last = chars
        .len()
        .checked_sub(2)
        .and_then(|i| chars.get(i).copied());
    let vowel = |c: Option<char>| c.is_some_and(|c| "aeiou".contains(c));
    let stem_without_last = || {
        chars
            .iter()
            .take(chars.len().saturating_sub(1))
            .collect::<String>()
    };

    // Third person singular.
    if lemma.ends_with('s')
        || lemma.ends_with('x')
        || lemma.ends_with('z')
        || lemma.ends_with("ch")
        || lemma.ends_with("sh")
        || lemma.ends_with('o')
    {
        forms.push(format!("{lemma}es"));
    } else if last == Some('y') && !vowel(before_last) {
        forms.push(format!("{}ies", stem_without_last()));
    } else {
        forms.push(format!("{lemma}s"));
    }

    // Past and present participle.
    if last == Some('e') {
        forms.push(format!("{lemma}d"));
        let stem = stem_without_last();
        if lemma.ends_with("ee") {
            forms.push(format!("{lemma}ing"));
        } else {
            forms.push(format!("{stem}ing"));
        }
    } else if last == Some('y') && !vowel(before_last) {
        forms.push(format!("{}ied", stem_without_last()));
        forms.push(format!("{lemma}ing"));
    } else {
        forms.push(format!("{lemma}ed"));
        forms.push(format!("{lemma}ing"));
        // A verb ending consonant-vowel-consonant may double its last letter: always when
        // short (ban, jail is not: two vowels; ambush ends in two consonants), and when the
        // last syllable is stressed (confer, commit, expel, kidnap), which spelling does not
        // show; the doubled forms of unstressed ones ("visitted") are not words, so harmless.
        let third_last = chars
            .len()
            .checked_sub(3)
            .and_then(|i| chars.get(i).copied());
        if let Some(c) = last
            && !vowel(last)
            && !"wxy".contains(c)
            && vowel(before_last)
            && !vowel(third_last)
        {
            forms.push(format!("{lemma}{c}ed"));
            forms.push(format!("{lemma}{c}ing"));
        }
    }
    // The "-ing" form's plural is the act's noun: bombings, killings, kidnappings.
    let plurals: Vec<String> = forms
        .iter()
        .filter(|f| f.ends_with("ing") && f.len() > lemma.len())
        .map(|f| format!("{f}s"))
        .collect();
    forms.extend(plurals);
    // British spelling doubles a final l after a single vowel: cancelled, signalled, labelled.
    if last == Some('l') && vowel(before_last) && chars.len() > 4 {
        let third_last = chars
            .len()
            .checked_sub(3)
            .and_then(|i| chars.get(i).copied());
        if !vowel(third_last) {
            forms.push(format!("{lemma}led"));
            forms.push(format!("{lemma}ling"));
        }
    }
    if let Some((_, irregular)) = IRREGULAR.iter().find(|(l, _)| *l == lemma) {
        forms.extend(irregular.iter().map(|f| (*f).to_owned()));
    }
    forms
}

/// FNV-1a as a [`Hasher`] for the word-keyed maps: one lookup per token is the coder's hottest
/// path, and SipHash's DoS resistance buys nothing for a built-in word list.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// Builds [`Fnv`] hashers.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

/// FNV-1a, 64 bit: a stable hash of the lexicon text for its version tag.
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_by_rule() {
        assert_eq!(
            inflect("accuse"),
            ["accuse", "accuses", "accused", "accusing", "accusings"]
        );
        assert_eq!(
            inflect("attack"),
            ["attack", "attacks", "attacked", "attacking", "attackings"]
        );
        assert_eq!(
            inflect("rally"),
            ["rally", "rallies", "rallied", "rallying", "rallyings"]
        );
        assert!(inflect("ban").contains(&"banned".to_owned()));
        assert!(inflect("jail").contains(&"jailed".to_owned()));
        assert!(!inflect("jail").contains(&"jailled".to_owned()));
        assert!(inflect("meet").contains(&"met".to_owned()));
        assert!(inflect("lend").contains(&"lent".to_owned()));
        assert!(inflect("overrun").contains(&"overran".to_owned()));
        assert!(inflect("ambush").contains(&"ambushes".to_owned()));
        assert!(inflect("agree").contains(&"agreeing".to_owned()));
        assert!(inflect("cancel").contains(&"cancelled".to_owned()));
        assert!(inflect("cancel").contains(&"canceled".to_owned()));
        assert!(!inflect("appeal").contains(&"appealled".to_owned()));
        assert!(inflect("confer").contains(&"conferred".to_owned()));
        assert!(inflect("kidnap").contains(&"kidnapped".to_owned()));
        assert!(inflect("commit").contains(&"committing".to_owned()));
        assert!(inflect("bomb").contains(&"bombings".to_owned()));
        assert!(inflect("kidnap").contains(&"kidnappings".to_owned()));
    }

    #[test]
    fn builtin_codes_exist_in_the_codebook() {
        let verbs = Verbs::builtin().unwrap();
        assert!(verbs.len() >= 60, "only {} patterns", verbs.len());
        let codebook = sitrep_cameo::Codebook::builtin();
        let mut roots = std::collections::BTreeSet::new();
        for code in verbs.codes() {
            let known = codebook.get(code);
            assert!(known.is_some(), "{code} is not in codes.tsv");
            roots.extend(known.map(|c| c.root.clone()));
        }
        assert_eq!(roots.len(), 20, "roots covered: {roots:?}");
    }

    /// A space inside a list of alternatives splits it into two pattern words
    /// (`highway/supply line` is `highway/supply` then `line`), which then share a word: no
    /// shipped row may have two neighbouring words with an alternative in common.
    #[test]
    fn no_alternative_list_is_split_by_a_space() {
        for (n, line) in BUILTIN_TSV.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let pattern = line.split('\t').next().unwrap_or("");
            let words: Vec<Vec<&str>> = pattern
                .split_whitespace()
                .map(|w| w.trim_start_matches('=').split('/').collect())
                .collect();
            for pair in words.windows(2) {
                if let [a, b] = pair {
                    assert!(
                        !a.iter()
                            .any(|x| !matches!(*x, "..." | "..") && b.contains(x)),
                        "line {}: `{pattern}` repeats an alternative in neighbouring words",
                        n + 1
                    );
                }
            }
        }
    }

    /// "set up/form/establish ... joint venture" reads "set" then one of "up", "form" and
    /// "establish": a phrasal verb cannot share an alternative list with other verbs, whose
    /// forms then never match alone. A list after the head verb mixes particles and other
    /// words only by this mistake.
    #[test]
    fn no_phrasal_verb_shares_a_list_with_other_verbs() {
        const PARTICLES: &[&str] = &[
            "up", "off", "down", "out", "over", "in", "on", "upon", "back", "away", "aside",
            "into", "to", "at", "by", "with", "for", "from", "about", "along", "near",
        ];
        for (n, line) in BUILTIN_TSV.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let pattern = line.split('\t').next().unwrap_or("");
            let mut words = pattern.split_whitespace();
            let (Some(head), Some(second)) = (words.next(), words.next()) else {
                continue;
            };
            if head.starts_with('=') || !second.contains('/') {
                continue;
            }
            let alternatives: Vec<&str> = second.split('/').collect();
            let particles = alternatives
                .iter()
                .filter(|a| PARTICLES.contains(a))
                .count();
            assert!(
                particles == 0 || particles == alternatives.len(),
                "line {}: `{pattern}` joins a phrasal verb's particle with other words",
                n + 1
            );
        }
    }

    /// Two rows that spell one phrase with two codes leave the second dead (the earlier row
    /// wins a tie), so the lexicon would not say what it seems to: each spelled-out phrase
    /// has one code, and no row is written twice.
    #[test]
    fn each_phrase_has_one_code() {
        let mut seen: HashMap<String, (usize, &str)> = HashMap::new();
        for (n, line) in BUILTIN_TSV.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cells = line.split('\t');
            let pattern = cells.next().unwrap_or("");
            let code = cells
                .next()
                .and_then(|c| c.split_whitespace().next())
                .unwrap_or("");
            let mut phrases = vec![String::new()];
            for word in pattern.split_whitespace() {
                phrases = phrases
                    .iter()
                    .flat_map(|p| word.split('/').map(move |alt| format!("{p} {alt}")))
                    .collect();
            }
            for phrase in phrases {
                if let Some((first, other)) = seen.get(&phrase) {
                    assert!(
                        *other == code,
                        "line {}: `{}` is coded {other} on line {first} and {code} here",
                        n + 1,
                        phrase.trim()
                    );
                } else {
                    seen.insert(phrase, (n + 1, code));
                }
            }
        }
        let mut rows: Vec<&str> = BUILTIN_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').next())
            .collect();
        let all = rows.len();
        rows.sort_unstable();
        rows.dedup();
        assert_eq!(rows.len(), all, "a pattern is written on two rows");
    }

    #[test]
    fn each_row_has_three_columns_at_most() {
        // A fourth column is a comment pushed off its own row by an edit.
        for (n, line) in BUILTIN_TSV.lines().enumerate() {
            if line.starts_with('#') {
                continue;
            }
            assert!(
                line.split('\t').count() <= 3,
                "line {}: more than pattern, code and comment: {line}",
                n + 1
            );
        }
    }

    #[test]
    fn gaps_and_alternatives() {
        let verbs = Verbs::from_tsv("urge ... restraint/calm\t0256\n").unwrap();
        let words: Vec<String> = "they urged both sides to show calm"
            .split(' ')
            .map(str::to_owned)
            .collect();
        let blocked = vec![false; words.len()];
        let found = verbs.matches_at(&words, &blocked, 1);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].words, [1, 6]);
        assert!(Verbs::from_tsv("urge ...\t020\n").is_err());
        assert!(Verbs::from_tsv("urge\tXX\n").is_err());
    }
}
