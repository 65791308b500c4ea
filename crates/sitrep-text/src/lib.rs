//! Clean article text to sentences and tokens, as byte ranges into the text.
//!
//! [`split`] cuts an article's cleaned text into [`Sentence`]s and fills each one's tokens;
//! [`tokenize`] cuts any range into word, number and punctuation tokens. Both return
//! [`TextRange`]s of byte offsets on char boundaries: the text is never copied or altered, so
//! every later stage can point back at the exact words it used. [`SplitConfig`] adds
//! abbreviations. Both functions are total (any string is valid input), run in linear time, and
//! allocate per sentence and per token list, never per char.
//!
//! ```
//! use sitrep_text::{SplitConfig, split};
//!
//! let text = "ISLAMABAD, Nov. 13 (Reuters) - Gen. Asim Rana met U.S. envoys. \
//!             \"We will respond,\" he said.\n• Talks resume at 5 p.m. Tuesday";
//! let sentences = split(text, &SplitConfig::default());
//! let texts: Vec<&str> = sentences.iter().filter_map(|s| s.range.slice(text)).collect();
//! assert_eq!(
//!     texts,
//!     [
//!         "ISLAMABAD, Nov. 13 (Reuters) - Gen. Asim Rana met U.S. envoys.",
//!         "\"We will respond,\" he said.",
//!         "• Talks resume at 5 p.m. Tuesday",
//!     ]
//! );
//! let tokens: Vec<&str> = sentences[2].tokens.iter().filter_map(|t| t.slice(text)).collect();
//! assert_eq!(tokens, ["Talks", "resume", "at", "5", "p.m.", "Tuesday"]);
//! ```
//!
//! # Sentences
//!
//! Sentence ranges are trimmed of whitespace, in order, do not overlap, and together cover every
//! non-whitespace char of the text. The rules, for cleaned English news text:
//!
//! - A line break (`\n`, `\r`, U+2028, U+2029, U+0085, vertical tab, form feed) always ends a
//!   sentence, so headlines, subheads, "KEY POINTS" headings and bullet lines stand alone.
//! - A bullet line's first sentence **includes** the bullet marker (`•`, `▪`, `●`, or `-`, `*`,
//!   `–` before a space), so that sentences cover the whole text; its tokens leave it out.
//! - A sentence ends after `.`, `!`, `?` or `…` (any run of them, then any closing quotes and
//!   brackets) when whitespace follows and then an uppercase or uncased letter, a digit, or an
//!   opening quote or bracket. A lowercase word after the run means the sentence goes on, which
//!   keeps `"We will respond," he said.` and `"Why?" she asked.` whole.
//! - An ellipsis (`…` or `..`, `...`) ends a sentence like `.`, except inside a double quotation
//!   opened on the same line, where it marks a pause in the quoted speech.
//! - A single `.` does not end a sentence after:
//!   - a title, rank or prefix (`Gen.`, `Dr.`, `St.`, `vs.`, `e.g.`, `i.e.`, `approx.`, `Rs.`;
//!     the list is in `lexicon.rs`), `No.`/`Nos.` before a number, or any of
//!     [`SplitConfig::abbreviations`];
//!   - the number of a numbered list item at the start of a line ("1. Two bridges ...").
//! - After a suffix abbreviation (`Jr.`, `Inc.`, `Ltd.`, `Co.`, `Corp.`, `Dept.`, `Univ.`),
//!   a month (`Jan.` ... `Dec.`, `Sept.`), a dotted acronym (`U.S.`, `U.N.`, `E.U.`, `Ph.D.`),
//!   a time (`a.m.`, `p.m.`) or an initial (`J.`), a period ends the sentence only when the next
//!   word is a common sentence starter (`The`, `He`, `It`, `But`, `In`, `A`, `This`, `On`, ...)
//!   or an opening quote. So "the U.S. State Department" and "5 p.m. Tuesday" hold together,
//!   while "flew back to the U.S. The talks" splits. A one-letter next word followed by a period
//!   is another initial ("J. A. Smith"), not the article "A".
//! - Decimals, thousands, URLs and e-mail addresses ("3.5", "1,000", "example.com") never split
//!   because no whitespace follows their periods. "etc." ends a sentence before a capital.
//! - Datelines ("MOSCOW:", "ISLAMABAD, Nov 13 (Reuters) -") have no sentence-ending mark and so
//!   stay in the first sentence.
//!
//! Known limits: a sentence that starts with a lowercase letter ("eBay shares ...") is joined
//! to the one before; the Urdu, Arabic and Devanagari full stops are not sentence ends.
//!
//! # Tokens
//!
//! - Words are runs of letters, digits and combining marks, joined across an inner hyphen
//!   ("Tehreek-e-Taliban"), period ("U.S", "example.com"), `@` (e-mail), apostrophe before
//!   letters ("O'Brien"), and a comma between digits ("1,000"); so numbers like "3.5" and
//!   "1,000.25" are one token.
//! - As in the Penn Treebank, clitics are their own token: "Pakistan’s" is "Pakistan" + "’s"
//!   (also `'m`, `'d`, `'ll`, `'re`, `'ve`), and "don't" is "do" + "n't".
//! - Abbreviations keep their period ("Gen.", "U.S.", "p.m.", "etc."); a sentence-final period
//!   after any other word is its own token.
//! - URLs starting with `http://`, `https://` or `www.` are one token, less trailing
//!   punctuation.
//! - Every other non-whitespace char is its own token (`"`, `(`, `…`, `-`, `$`).

pub mod calendar;
mod lexicon;
mod token;

use sitrep_model::{Sentence, TextRange};

use lexicon::Abbrev;
use token::char_at;

/// Settings for [`split`].
#[derive(Debug, Clone, Default)]
pub struct SplitConfig {
    /// Extra abbreviations after which a period never ends a sentence and which keep their
    /// period as a token, e.g. `"Insp"` or `"Insp."` (a trailing period is ignored). Write them
    /// as capitalised in running text: a capitalised entry matches only capitalised words
    /// (`Insp`, `INSP`), a lowercase entry matches any case.
    pub abbreviations: Vec<String>,
}

/// Splits `text` into sentences, each with its tokens filled. See the crate docs for the rules.
pub fn split(text: &str, config: &SplitConfig) -> Vec<Sentence> {
    let mut splitter = Splitter {
        text,
        config,
        out: Vec::new(),
        seg_start: 0,
        first_in_line: true,
        content_start: None,
        in_quote: false,
    };
    splitter.run();
    splitter.out
}

/// Tokenizes `range` of `text` into words, numbers and punctuation (see the crate docs). An
/// out-of-bounds or off-boundary range yields no tokens. A bullet marker inside `range` is a
/// punctuation token; [`split`] leaves it out by passing the range after it.
pub fn tokenize(text: &str, range: TextRange) -> Vec<TextRange> {
    token::tokenize_with(text, range, &[])
}

/// The longest word before a period that is looked up as an abbreviation; longer words are
/// ordinary and bound the backward scan, which keeps splitting linear.
const MAX_WORD_CHARS: usize = 24;

/// What ends a sentence, by the marks in the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terminator {
    /// Exactly one `.`.
    Period,
    /// `…`, or two or more `.`, and no `!` or `?`.
    Ellipsis,
    /// Any `!` or `?`.
    Strong,
}

/// One pass over the text. The current segment runs from `seg_start` to the scan position; it
/// becomes a sentence at a boundary or line break, trimmed of whitespace.
struct Splitter<'t, 'c> {
    text: &'t str,
    config: &'c SplitConfig,
    out: Vec<Sentence>,
    seg_start: usize,
    /// Whether the current segment starts its line (so may hold a bullet or list number).
    first_in_line: bool,
    /// The first non-whitespace byte of the current segment, once looked up.
    content_start: Option<usize>,
    /// Whether a double quotation opened on this line is still open at the scan position.
    in_quote: bool,
}

impl Splitter<'_, '_> {
    fn run(&mut self) {
        let bytes = self.text.as_bytes();
        let mut i = 0;
        // Only ASCII bytes and the lead bytes 0xC2 and 0xE2 matter; UTF-8 continuation bytes
        // (0x80..=0xBF) never equal any of them, so a byte-wise scan cannot misread a char.
        while let Some(&b) = bytes.get(i) {
            i = match b {
                b'\n' | b'\r' | 0x0B | 0x0C => self.line_break(i, i + 1),
                b'.' | b'!' | b'?' => self.terminator(i),
                b'"' => {
                    self.in_quote = !self.in_quote;
                    i + 1
                }
                0xC2 => match bytes.get(i + 1) {
                    Some(0x85) => self.line_break(i, i + 2),
                    Some(0xAB) => {
                        self.in_quote = true;
                        i + 2
                    }
                    Some(0xBB) => {
                        self.in_quote = false;
                        i + 2
                    }
                    _ => i + 1,
                },
                0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
                    // “ and „ open a quotation, ” closes it.
                    Some(0x9C | 0x9E) => {
                        self.in_quote = true;
                        i + 3
                    }
                    Some(0x9D) => {
                        self.in_quote = false;
                        i + 3
                    }
                    // …
                    Some(0xA6) => self.terminator(i),
                    // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
                    Some(0xA8 | 0xA9) => self.line_break(i, i + 3),
                    _ => i + 1,
                },
                _ => i + 1,
            };
        }
        self.close(bytes.len());
    }

    /// Ends the line at byte `at`; the next line starts at `next`, which is returned.
    fn line_break(&mut self, at: usize, next: usize) -> usize {
        self.close(at);
        self.seg_start = next;
        self.first_in_line = true;
        self.content_start = None;
        self.in_quote = false;
        next
    }

    /// Pushes the current segment, up to `end`, as a sentence unless it is all whitespace.
    fn close(&mut self, end: usize) {
        let Some(seg) = self.text.get(self.seg_start..end) else {
            return;
        };
        let trimmed = seg.trim();
        if trimmed.is_empty() {
            return;
        }
        let start = self.seg_start + (seg.len() - seg.trim_start().len());
        let range = TextRange::new(start, start + trimmed.len());
        let bullet = if self.first_in_line {
            lexicon::bullet_len(trimmed)
        } else {
            0
        };
        let tokens = token::tokenize_with(
            self.text,
            TextRange::new(start + bullet, range.end),
            &self.config.abbreviations,
        );
        self.out.push(Sentence { range, tokens });
    }

    /// Handles the run of sentence marks starting at byte `i`, splitting after it if it ends a
    /// sentence; returns where scanning goes on.
    fn terminator(&mut self, i: usize) -> usize {
        let bytes = self.text.as_bytes();
        let mut j = i;
        let mut periods = 0;
        let mut strong = false;
        let mut ellipsis = false;
        loop {
            match bytes.get(j) {
                Some(b'.') => {
                    periods += 1;
                    j += 1;
                }
                Some(b'!' | b'?') => {
                    strong = true;
                    j += 1;
                }
                Some(0xE2) if bytes.get(j + 1..j + 3) == Some(&[0x80, 0xA6][..]) => {
                    ellipsis = true;
                    j += 3;
                }
                _ => break,
            }
        }
        // Closing quotes and brackets belong to the sentence the marks end. A straight double
        // quote right after the marks is taken as closing.
        loop {
            match bytes.get(j) {
                Some(b'"') => {
                    self.in_quote = false;
                    j += 1;
                }
                Some(b'\'' | b')' | b']' | b'}') => j += 1,
                // ” ’ ›
                Some(0xE2) if bytes.get(j + 1) == Some(&0x80) => match bytes.get(j + 2) {
                    Some(0x9D) => {
                        self.in_quote = false;
                        j += 3;
                    }
                    Some(0x99 | 0xBA) => j += 3,
                    _ => break,
                },
                // »
                Some(0xC2) if bytes.get(j + 1) == Some(&0xBB) => {
                    self.in_quote = false;
                    j += 2;
                }
                _ => break,
            }
        }
        let Some((next, next_char)) = self.next_start(j) else {
            return j;
        };
        if !lexicon::starts_sentence(next_char) {
            return j;
        }
        let kind = if strong {
            Terminator::Strong
        } else if ellipsis || periods > 1 {
            Terminator::Ellipsis
        } else {
            Terminator::Period
        };
        let boundary = match kind {
            Terminator::Strong => true,
            Terminator::Ellipsis => !self.in_quote,
            Terminator::Period => self.period_ends_sentence(i, next, next_char),
        };
        if boundary {
            self.close(j);
            self.seg_start = j;
            self.first_in_line = false;
            self.content_start = None;
        }
        j
    }

    /// The first non-whitespace char after `j` and where it starts, if at least one whitespace
    /// char comes first and no line break or end of text intervenes.
    fn next_start(&self, j: usize) -> Option<(usize, char)> {
        let end = self.text.len();
        let mut k = j;
        while let Some((c, len)) = char_at(self.text, k, end) {
            if !c.is_whitespace() {
                return (k > j).then_some((k, c));
            }
            if is_line_break(c) {
                return None;
            }
            k += len;
        }
        None
    }

    /// Whether the single period at byte `p` ends a sentence, given that the next sentence would
    /// start at byte `next` with `next_char`.
    fn period_ends_sentence(&mut self, p: usize, next: usize, next_char: char) -> bool {
        let Some(before) = self.text.get(..p) else {
            return true;
        };
        let mut word_start = p;
        for (n, (idx, c)) in before.char_indices().rev().enumerate() {
            if c.is_whitespace() {
                break;
            }
            if n >= MAX_WORD_CHARS {
                return true;
            }
            word_start = idx;
        }
        let raw = before.get(word_start..).unwrap_or("");
        let word = raw.trim_start_matches(lexicon::is_opening);
        if word.is_empty() {
            // A spaced ellipsis ". . ." ends like "...".
            let spaced = raw.is_empty() && before.trim_end().ends_with('.');
            return !(spaced && self.in_quote);
        }
        let extra = &self.config.abbreviations;
        match lexicon::abbrev(word, next_char.is_ascii_digit(), extra) {
            Abbrev::Always => false,
            Abbrev::UnlessStarter => self.starter_follows(next, next_char),
            Abbrev::None => {
                let list_number = word.len() <= 3
                    && word.bytes().all(|b| b.is_ascii_digit())
                    && self.first_in_line
                    && word_start == self.content_start(p);
                !list_number
            }
        }
    }

    /// Whether the word at byte `next` is a common sentence starter or an opening quote.
    fn starter_follows(&self, next: usize, next_char: char) -> bool {
        if lexicon::is_opening(next_char) {
            return true;
        }
        let end = self.text.len();
        let mut k = next;
        let mut chars = 0;
        while let Some((c, len)) = char_at(self.text, k, end) {
            if !c.is_alphabetic() || chars > MAX_WORD_CHARS {
                break;
            }
            chars += 1;
            k += len;
        }
        let word = self.text.get(next..k).unwrap_or("");
        let initial = chars == 1 && self.text.as_bytes().get(k) == Some(&b'.');
        !initial && lexicon::is_starter(word)
    }

    /// The first non-whitespace byte of the current segment, which has content before `upto`.
    fn content_start(&mut self, upto: usize) -> usize {
        if let Some(start) = self.content_start {
            return start;
        }
        let seg = self.text.get(self.seg_start..upto).unwrap_or("");
        let start = self.seg_start + (seg.len() - seg.trim_start().len());
        self.content_start = Some(start);
        start
    }
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        sentences_with(text, &SplitConfig::default())
    }

    fn sentences_with<'t>(text: &'t str, config: &SplitConfig) -> Vec<&'t str> {
        split(text, config)
            .iter()
            .map(|s| s.range.slice(text).unwrap())
            .collect()
    }

    fn tokens(text: &str) -> Vec<&str> {
        tokenize(text, TextRange::new(0, text.len()))
            .iter()
            .map(|t| t.slice(text).unwrap())
            .collect()
    }

    #[test]
    fn empty_and_blank_text_have_no_sentences() {
        assert!(split("", &SplitConfig::default()).is_empty());
        assert!(split(" \n\n\t \u{a0}\n", &SplitConfig::default()).is_empty());
    }

    #[test]
    fn plain_sentences() {
        assert_eq!(
            sentences("Troops moved in. Residents fled! Who fired first? Nobody knows."),
            [
                "Troops moved in.",
                "Residents fled!",
                "Who fired first?",
                "Nobody knows."
            ]
        );
    }

    #[test]
    fn no_split_before_lowercase_or_without_space() {
        assert_eq!(
            sentences("It rose 3.5 percent.The rest fell. and so on"),
            ["It rose 3.5 percent.The rest fell. and so on"]
        );
    }

    #[test]
    fn line_breaks_always_end_sentences() {
        assert_eq!(
            sentences("Headline without period\r\nBody text here\u{2028}More"),
            ["Headline without period", "Body text here", "More"]
        );
    }

    #[test]
    fn titles_never_split() {
        assert_eq!(
            sentences("Gen. The Khan spoke. Capt. Ali and Sgt. Baig left."),
            ["Gen. The Khan spoke.", "Capt. Ali and Sgt. Baig left."]
        );
    }

    #[test]
    fn lowercase_word_is_no_title() {
        assert_eq!(
            sentences("He met a sales rep. Then he left."),
            ["He met a sales rep.", "Then he left."]
        );
    }

    #[test]
    fn numero_only_before_a_number() {
        assert_eq!(
            sentences("He served in No. 5 Squadron. The answer was No. Then he left."),
            [
                "He served in No. 5 Squadron.",
                "The answer was No.",
                "Then he left."
            ]
        );
    }

    #[test]
    fn acronym_splits_only_before_a_starter() {
        assert_eq!(
            sentences(
                "He met U.S. officials in the U.S. State Department. He flew to the U.S. It rained."
            ),
            [
                "He met U.S. officials in the U.S. State Department.",
                "He flew to the U.S.",
                "It rained."
            ]
        );
    }

    #[test]
    fn initials_before_an_initial_a() {
        assert_eq!(
            sentences("It was signed by J. A. Smith. A copy was kept."),
            ["It was signed by J. A. Smith.", "A copy was kept."]
        );
    }

    #[test]
    fn suffix_abbreviation_before_a_quote_splits() {
        assert_eq!(
            sentences("He works for Acme Inc. \"We are hiring,\" he said."),
            ["He works for Acme Inc.", "\"We are hiring,\" he said."]
        );
    }

    #[test]
    fn numbered_list_item_is_not_a_sentence_end() {
        assert_eq!(
            sentences(
                "1. The road is closed. Police said so.\nCasualties rose to 17. Most were soldiers."
            ),
            [
                "1. The road is closed.",
                "Police said so.",
                "Casualties rose to 17.",
                "Most were soldiers."
            ]
        );
    }

    #[test]
    fn ellipsis_inside_quote_does_not_split() {
        assert_eq!(
            sentences("“We wait... We hope,” he said. It ended… Then calm."),
            ["“We wait... We hope,” he said.", "It ended…", "Then calm."]
        );
    }

    #[test]
    fn spaced_ellipsis() {
        assert_eq!(
            sentences("He paused . . . and went on . . . Then he stopped."),
            ["He paused . . . and went on . . .", "Then he stopped."]
        );
    }

    #[test]
    fn closing_brackets_and_quotes_stay_with_the_sentence() {
        assert_eq!(
            sentences("The rally ended (police said so.) Crowds left. 'Go home.' They did."),
            [
                "The rally ended (police said so.)",
                "Crowds left.",
                "'Go home.'",
                "They did."
            ]
        );
    }

    #[test]
    fn uncased_script_after_period_splits() {
        assert_eq!(
            sentences("He spoke in Urdu. وزیر اعظم نے کہا"),
            ["He spoke in Urdu.", "وزیر اعظم نے کہا"]
        );
    }

    #[test]
    fn config_abbreviations_do_not_split() {
        let text = "Insp. Khan arrived. He left.";
        assert_eq!(sentences(text), ["Insp.", "Khan arrived.", "He left."]);
        let config = SplitConfig {
            abbreviations: vec!["Insp.".to_string()],
        };
        assert_eq!(
            sentences_with(text, &config),
            ["Insp. Khan arrived.", "He left."]
        );
        let toks: Vec<&str> = split(text, &config)[0]
            .tokens
            .iter()
            .map(|t| t.slice(text).unwrap())
            .collect();
        assert_eq!(toks, ["Insp.", "Khan", "arrived", "."]);
    }

    #[test]
    fn bullet_is_in_the_sentence_but_not_in_its_tokens() {
        let text = "• Three were hurt. Two died.\n- Roads closed\n-5 degrees";
        let got = split(text, &SplitConfig::default());
        let texts: Vec<&str> = got.iter().map(|s| s.range.slice(text).unwrap()).collect();
        assert_eq!(
            texts,
            [
                "• Three were hurt.",
                "Two died.",
                "- Roads closed",
                "-5 degrees"
            ]
        );
        let toks = |n: usize| -> Vec<&str> {
            got[n]
                .tokens
                .iter()
                .map(|t| t.slice(text).unwrap())
                .collect()
        };
        assert_eq!(toks(0), ["Three", "were", "hurt", "."]);
        assert_eq!(toks(2), ["Roads", "closed"]);
        assert_eq!(toks(3), ["-", "5", "degrees"]);
    }

    #[test]
    fn tokens_words_numbers_punctuation() {
        assert_eq!(
            tokens("Tehreek-e-Taliban killed 1,000 (or 3.5%) on Nov. 3, at 5 p.m."),
            [
                "Tehreek-e-Taliban",
                "killed",
                "1,000",
                "(",
                "or",
                "3.5",
                "%",
                ")",
                "on",
                "Nov.",
                "3",
                ",",
                "at",
                "5",
                "p.m."
            ]
        );
    }

    #[test]
    fn tokens_clitics_like_the_treebank() {
        assert_eq!(
            tokens("Pakistan’s army won't say O'Brien's view; soldiers’ kin"),
            [
                "Pakistan", "’s", "army", "wo", "n't", "say", "O'Brien", "'s", "view", ";",
                "soldiers", "’", "kin"
            ]
        );
    }

    #[test]
    fn tokens_abbreviations_keep_their_period() {
        assert_eq!(
            tokens("Gen. Rana, U.S. envoy, etc. J. Smith e.g. ended."),
            [
                "Gen.", "Rana", ",", "U.S.", "envoy", ",", "etc.", "J.", "Smith", "e.g.", "ended",
                "."
            ]
        );
    }

    #[test]
    fn tokens_urls_and_emails() {
        assert_eq!(
            tokens("See https://example.com/a?b=1, www.example.org. Mail press@example.com."),
            [
                "See",
                "https://example.com/a?b=1",
                ",",
                "www.example.org",
                ".",
                "Mail",
                "press@example.com",
                "."
            ]
        );
    }

    #[test]
    fn tokens_of_a_subrange() {
        let text = "Alpha beta gamma";
        let got = tokenize(text, TextRange::new(6, 16));
        assert_eq!(got, [TextRange::new(6, 10), TextRange::new(11, 16)]);
    }

    #[test]
    fn tokenize_rejects_bad_ranges() {
        let text = "Tü";
        assert!(tokenize(text, TextRange::new(0, 2)).is_empty());
        assert!(tokenize(text, TextRange::new(0, 99)).is_empty());
        assert!(tokenize(text, TextRange { start: 3, end: 1 }).is_empty());
    }

    #[test]
    fn tokens_of_combining_scripts_stay_whole() {
        assert_eq!(tokens("हिन्दी भाषा"), ["हिन्दी", "भाषा"]);
        assert_eq!(tokens("خوش‌آمدید"), ["خوش‌آمدید"]);
    }

    #[test]
    fn sentence_tokens_lie_inside_the_sentence() {
        let text = "MOSCOW: Iran’s envoy met Lt. Gen. A. K. Durrani. “We agree,” he said.";
        for s in split(text, &SplitConfig::default()) {
            assert!(!s.tokens.is_empty());
            for t in &s.tokens {
                assert!(s.range.contains(*t));
            }
        }
    }

    /// Run with `cargo test --release -p sitrep-text -- --ignored` to check the speed.
    #[test]
    #[ignore = "timing; meaningful only in release builds"]
    fn throughput_over_50_mb_per_second() {
        let para = "ISLAMABAD, Nov. 13 (Reuters) - Lt. Gen. A. K. Durrani met U.S. envoys at 5 p.m. \
                    Tuesday. “We will respond… in time,” he said. Pakistan’s army lost 1,000.5 men! \
                    Details: www.example.com/news. Was it worth it? Nobody knows.\n• Key point\n\n";
        let text = para.repeat(200_000);
        let start = std::time::Instant::now();
        let got = split(&text, &SplitConfig::default());
        let secs = start.elapsed().as_secs_f64();
        let mb_per_s = text.len() as f64 / secs / 1e6;
        println!(
            "{} MB in {secs:.3} s: {mb_per_s:.0} MB/s",
            text.len() / 1_000_000
        );
        assert_eq!(got.len(), 200_000 * 7);
        assert!(mb_per_s > 50.0, "{mb_per_s:.0} MB/s");
    }
}
