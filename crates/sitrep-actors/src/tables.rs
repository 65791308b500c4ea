//! The word tables of document resolution: person titles, honorifics and the words that tell
//! what a newly defined organisation is (`data/actors/titles.tsv`, `honorifics.tsv`,
//! `org_words.tsv`), parsed once on first use.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use sitrep_model::ActorKind;

const TITLES: &str = include_str!("../../../data/actors/titles.tsv");
const HONORIFICS: &str = include_str!("../../../data/actors/honorifics.tsv");
const ORG_WORDS: &str = include_str!("../../../data/actors/org_words.tsv");

/// Capitalised words that start sentences or stand after titles without being names, beside the
/// weekdays of `sitrep_text::calendar`. Grammar, not lexicon, so kept in code.
const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "of",
    "to",
    "with",
    "as",
    "after",
    "before",
    "during",
    "since",
    "while",
    "when",
    "where",
    "why",
    "how",
    "what",
    "who",
    "whom",
    "which",
    "if",
    "meanwhile",
    "however",
    "also",
    "earlier",
    "later",
    "last",
    "next",
    "separately",
    "speaking",
    "according",
    "both",
    "all",
    "some",
    "many",
    "most",
    "several",
    "no",
    "not",
    "yes",
    "one",
    "two",
    "three",
    "january",
    "february",
    "march",
    "july",
    "september",
    "october",
    "november",
    "december",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "said",
    "says",
    "told",
    "added",
    "sources",
    "officials",
    "house",
    "palace",
    "secretariat",
    "administration",
    "cabinet",
    "parliament",
    "senate",
    "assembly",
    "council",
    "committee",
    "office",
    "ministry",
    "department",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "statement",
    "press",
    "media",
    "news",
    "reuters",
    "afp",
    "ap",
    "agency",
    "agencies",
    "report",
    "reports",
    "mr",
    "ms",
    "mrs",
    "dr",
    "is",
    "was",
    "are",
    "were",
    "will",
    "would",
    "has",
    "had",
    "have",
    "did",
    "does",
    "do",
    "can",
    "could",
    "should",
    "must",
    "may",
    "might",
    "islamic",
    "north",
    "south",
    "east",
    "west",
    "central",
    "national",
    "international",
    "federal",
    "provincial",
    "such",
    "other",
    "another",
    "every",
    "each",
    "any",
    "than",
    "then",
    "because",
    "although",
    "though",
    "until",
    "unless",
    "despite",
    "amid",
    "against",
    "between",
    "among",
    "about",
    "over",
    "under",
    "into",
    "onto",
    "through",
    "without",
    "within",
    "near",
    "via",
    "per",
    "club",
    "cup",
    "group",
    "association",
    "society",
    "foundation",
    "institute",
    "show",
    "awards",
    "festival",
    "championship",
    "premiership",
    "open",
    "games",
    "olympics",
    "world",
    "street",
    "road",
    "square",
    "airport",
    "hospital",
    "school",
    "province",
    "district",
    "city",
    "state",
    "region",
    "valley",
    "river",
    "mountains",
    "border",
    "camp",
];

/// Lower-case words that may stand inside a person's name ("Ali bin Sharif", "Zia ul Haq").
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "ul", "ud", "ur", "e", "i", "de", "da", "di", "van", "von",
    "der", "den", "la", "le", "du", "abu",
];

/// Lower-case words that may stand inside an organisation's name ("Front for the Liberation
/// of X", "Tehrik-e-Insaf").
pub(crate) const ORG_PARTICLES: &[&str] = &[
    "of", "for", "the", "and", "e", "i", "ul", "al", "el", "de", "la", "du",
];

/// A fast hash for the fixed word tables (FxHash's mixing step): their keys are ours, so no
/// input can make them collide, and SipHash cost a fifth of resolution time.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes at a time: words are short, so most take one or two steps.
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            for (w, b) in word.iter_mut().zip(chunk) {
                *w = *b;
            }
            let v = u64::from_le_bytes(word);
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
pub(crate) type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

/// One row of the title or honorific table.
#[derive(Debug, Clone, Default)]
pub(crate) struct Row {
    pub(crate) role: String,
    pub(crate) suffix: String,
}

/// Everything a word sequence can be in the title table.
#[derive(Debug, Clone, Default)]
pub(crate) struct TitleEntry {
    pub(crate) title: Option<Row>,
    pub(crate) office: Option<Row>,
    pub(crate) modifier: Option<Row>,
    /// Written in capitals only (`PM`): matches only in that case.
    pub(crate) cased: bool,
}

/// Multi-word phrases keyed by their lower-case words joined with one space.
#[derive(Debug, Default)]
pub(crate) struct Phrases<T> {
    pub(crate) map: WordMap<String, T>,
    /// First words of the phrases, so most words are rejected with one lookup.
    pub(crate) first: WordSet<String>,
    /// Every word of every phrase.
    pub(crate) words: WordSet<String>,
    pub(crate) max_words: usize,
}

impl<T: Default> Phrases<T> {
    fn entry(&mut self, phrase: &str) -> &mut T {
        let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
        self.max_words = self.max_words.max(words.len());
        if let Some(first) = words.first() {
            self.first.insert(first.clone());
        }
        self.words.extend(words.iter().cloned());
        self.map.entry(words.join(" ")).or_default()
    }
}

#[derive(Debug, Default)]
pub(crate) struct Tables {
    pub(crate) titles: Phrases<TitleEntry>,
    /// Labels of the modifiers that make another post (`deputy`, `vice`, `former`).
    pub(crate) distinct: WordSet<String>,
    pub(crate) honorifics: Phrases<Row>,
    /// Words of an organisation's name: kind and CAMEO suffix.
    pub(crate) org_name: WordMap<String, (ActorKind, String)>,
    /// Words around an organisation's definition that make it an armed group.
    pub(crate) org_context: WordMap<String, (ActorKind, String)>,
    pub(crate) stop: WordSet<&'static str>,
    /// Every word of every table with what it is (`F_*` bits), so a text word is looked up once.
    pub(crate) flags: WordMap<String, u16>,
}

/// What a word is in the tables.
pub(crate) const F_STOP: u16 = 1;
pub(crate) const F_TITLE_FIRST: u16 = 1 << 1;
pub(crate) const F_TITLE_WORD: u16 = 1 << 2;
pub(crate) const F_HONORIFIC_FIRST: u16 = 1 << 3;
pub(crate) const F_HONORIFIC: u16 = 1 << 4;
pub(crate) const F_NAME_PARTICLE: u16 = 1 << 5;
pub(crate) const F_ORG_PARTICLE: u16 = 1 << 6;
/// A word of an organisation's name (`Front`, `League`, `Party`): never a person's name.
pub(crate) const F_ORG_WORD: u16 = 1 << 7;

/// The tables, parsed on first use. The shipped files are checked by a test; a malformed row
/// is skipped.
pub(crate) fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(Tables::parse)
}

impl Tables {
    fn parse() -> Tables {
        let mut t = Tables {
            stop: STOP
                .iter()
                .chain(sitrep_text::calendar::WEEKDAYS.iter())
                .copied()
                .collect(),
            ..Tables::default()
        };
        for cells in rows(TITLES) {
            let [title, kind, role, suffix] = cells4(&cells);
            if title.is_empty() || role.is_empty() {
                continue;
            }
            let cased =
                title.chars().any(char::is_alphabetic) && !title.chars().any(char::is_lowercase);
            let row = Row {
                role: role.to_owned(),
                suffix: suffix.to_owned(),
            };
            let entry = t.titles.entry(title);
            entry.cased = cased;
            match kind {
                "title" => entry.title = Some(row),
                "office" => entry.office = Some(row),
                "modifier" => entry.modifier = Some(row),
                "distinct" => {
                    t.distinct.insert(role.to_owned());
                    entry.modifier = Some(row);
                }
                _ => {}
            }
        }
        for cells in rows(HONORIFICS) {
            let [word, role, suffix, _] = cells4(&cells);
            if word.is_empty() {
                continue;
            }
            *t.honorifics.entry(word) = Row {
                role: role.to_owned(),
                suffix: suffix.to_owned(),
            };
        }
        for cells in rows(ORG_WORDS) {
            let [word, place, kind, suffix] = cells4(&cells);
            let Some(kind) = parse_kind(kind) else {
                continue;
            };
            let map = match place {
                "name" => &mut t.org_name,
                "context" => &mut t.org_context,
                _ => continue,
            };
            map.insert(word.to_lowercase(), (kind, suffix.to_owned()));
        }
        let mut flags: WordMap<String, u16> = WordMap::default();
        let mut mark = |words: &mut dyn Iterator<Item = &str>, flag: u16| {
            for w in words {
                *flags.entry(w.to_owned()).or_default() |= flag;
            }
        };
        mark(&mut t.stop.iter().copied(), F_STOP);
        mark(
            &mut t.titles.first.iter().map(String::as_str),
            F_TITLE_FIRST,
        );
        mark(&mut t.titles.words.iter().map(String::as_str), F_TITLE_WORD);
        mark(
            &mut t.honorifics.first.iter().map(String::as_str),
            F_HONORIFIC_FIRST,
        );
        let single = t.honorifics.map.keys().filter(|k| !k.contains(' '));
        mark(&mut single.map(String::as_str), F_HONORIFIC);
        mark(&mut NAME_PARTICLES.iter().copied(), F_NAME_PARTICLE);
        mark(&mut ORG_PARTICLES.iter().copied(), F_ORG_PARTICLE);
        mark(&mut t.org_name.keys().map(String::as_str), F_ORG_WORD);
        t.flags = flags;
        t
    }

    /// Problems in the shipped tables as `(file, line)`, for the test that keeps them clean.
    #[cfg(test)]
    pub(crate) fn problems() -> Vec<(&'static str, usize)> {
        let mut out = Vec::new();
        for (name, text, kinds) in [
            (
                "titles.tsv",
                TITLES,
                &["title", "office", "modifier", "distinct"][..],
            ),
            ("org_words.tsv", ORG_WORDS, &["name", "context"][..]),
        ] {
            let mut header = true;
            for (n, line) in text.lines().enumerate() {
                if line.starts_with('#') || line.trim().is_empty() {
                    continue;
                }
                if std::mem::take(&mut header) {
                    continue;
                }
                let cells: Vec<&str> = line.split('\t').collect();
                if cells.len() != 4 || !kinds.contains(&cells[1]) {
                    out.push((name, n + 1));
                }
            }
        }
        out
    }
}

/// The data rows of a TSV file (comments, blank lines and the header skipped), as cells.
fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn cells4<'a>(cells: &[&'a str]) -> [&'a str; 4] {
    let get = |i: usize| cells.get(i).copied().unwrap_or("");
    [get(0), get(1), get(2), get(3)]
}

fn parse_kind(s: &str) -> Option<ActorKind> {
    Some(match s {
        "government" => ActorKind::Government,
        "organization" => ActorKind::Organization,
        "armed_group" => ActorKind::ArmedGroup,
        "other" => ActorKind::Other,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_tables_parse() {
        assert_eq!(Tables::problems(), vec![]);
        let t = tables();
        assert!(t.titles.map.len() > 100);
        assert!(t.honorifics.map.contains_key("lt gen"));
        let pm = t.titles.map.get("pm").and_then(|e| e.title.as_ref());
        assert_eq!(pm.map(|r| r.role.as_str()), Some("prime minister"));
        assert!(t.titles.map.get("pm").is_some_and(|e| e.cased));
        assert!(
            t.titles
                .map
                .get("chief")
                .is_some_and(|e| e.title.is_some() && e.modifier.is_some())
        );
        assert_eq!(t.org_name.get("front").map(|k| k.1.as_str()), Some("REB"));
    }
}
