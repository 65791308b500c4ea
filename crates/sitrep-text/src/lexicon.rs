//! Word lists and character classes that both the sentence splitter and the tokenizer consult.
//!
//! Each entry is marked as capitalised in running text (`Gen`) or lowercase (`vs`). A capitalised
//! entry only matches a word that starts with a capital (`Gen`, `GEN`), so the lowercase word `rep` in "a
//! sales rep." does not count as the title `Rep.`; a lowercase entry (`vs`) matches in any case.

/// The word lists, looked up by the lowercased word so each lookup is one `match` rather than a
/// scan of every entry: the splitter consults them at most sentence ends and the tokenizer at
/// every word before a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Entry {
    /// Stands before a name or a number, so a period after it never ends a sentence: titles,
    /// ranks, place prefixes, a few Latin abbreviations, "Rs." (rupees).
    Prefix,
    /// `No.` and `Nos.`: abbreviations only before a number ("No. 10 Squadron"); before
    /// anything else they are the word "no".
    Numero,
    /// Stands after a name or before a day number, so may also end a sentence: a period after
    /// it ends one only when a common sentence starter follows. Company suffixes, Jr./Sr.,
    /// months, "et al.".
    Suffix,
    /// Keeps its period as a token but follows the ordinary splitting rule: "etc." ends a
    /// sentence before a capital and not before a lowercase word.
    TokenOnly,
}

/// The entry for `lower` (an ASCII-lowercased word) and whether the entry is written
/// capitalised.
fn entry(lower: &[u8]) -> Option<(Entry, bool)> {
    Some(match lower {
        b"adm" | b"brig" | b"capt" | b"cdr" | b"cmdr" | b"col" | b"cpl" | b"dr" | b"ft"
        | b"gen" | b"gov" | b"hon" | b"lt" | b"maj" | b"messrs" | b"mr" | b"mrs" | b"ms"
        | b"mt" | b"pres" | b"prof" | b"pvt" | b"rep" | b"rev" | b"rs" | b"sen" | b"sgt"
        | b"st" | b"supt" => (Entry::Prefix, true),
        b"approx" | b"cf" | b"e.g" | b"i.e" | b"viz" | b"vs" => (Entry::Prefix, false),
        b"no" | b"nos" => (Entry::Numero, true),
        b"apr" | b"aug" | b"bros" | b"co" | b"corp" | b"dec" | b"dept" | b"feb" | b"inc"
        | b"jan" | b"jr" | b"jul" | b"jun" | b"ltd" | b"mar" | b"nov" | b"oct" | b"sep"
        | b"sept" | b"sr" | b"univ" => (Entry::Suffix, true),
        b"al" => (Entry::Suffix, false),
        b"etc" => (Entry::TokenOnly, false),
        _ => return None,
    })
}

/// Words that often open a sentence and seldom follow an abbreviation inside one (given
/// lowercased). After a suffix abbreviation, a dotted acronym, an initial or a time ("U.S.",
/// "Jr.", "J.", "p.m."), a period ends the sentence only when one of these comes next. The list
/// leaves out words that commonly follow "U.S." inside a name ("Under Secretary", "Army",
/// "State Department") and weekdays ("5 p.m. Tuesday").
fn is_starter_lower(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"a" | b"about"
            | b"according"
            | b"after"
            | b"also"
            | b"although"
            | b"among"
            | b"an"
            | b"and"
            | b"another"
            | b"as"
            | b"asked"
            | b"at"
            | b"before"
            | b"both"
            | b"but"
            | b"by"
            | b"despite"
            | b"during"
            | b"each"
            | b"earlier"
            | b"elsewhere"
            | b"for"
            | b"from"
            | b"he"
            | b"her"
            | b"his"
            | b"how"
            | b"however"
            | b"i"
            | b"if"
            | b"in"
            | b"instead"
            | b"it"
            | b"its"
            | b"last"
            | b"later"
            | b"many"
            | b"meanwhile"
            | b"moreover"
            | b"most"
            | b"my"
            | b"nevertheless"
            | b"now"
            | b"officials"
            | b"on"
            | b"our"
            | b"police"
            | b"separately"
            | b"she"
            | b"since"
            | b"so"
            | b"some"
            | b"still"
            | b"that"
            | b"the"
            | b"their"
            | b"then"
            | b"there"
            | b"these"
            | b"they"
            | b"this"
            | b"those"
            | b"though"
            | b"thus"
            | b"to"
            | b"we"
            | b"what"
            | b"when"
            | b"where"
            | b"while"
            | b"who"
            | b"why"
            | b"with"
            | b"yet"
            | b"you"
    )
}

/// The longest word any list holds, in bytes.
const MAX_ENTRY: usize = 12;

/// `word` lowercased into `buf`, or `None` if it is too long or not ASCII to be in any list.
fn lowercase<'b>(word: &str, buf: &'b mut [u8; MAX_ENTRY]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        if !b.is_ascii() {
            return None;
        }
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// The list entry `word` matches under the capitalisation rule in the module docs.
fn lookup(word: &str) -> Option<Entry> {
    let mut buf = [0; MAX_ENTRY];
    let (entry, capitalised) = entry(lowercase(word, &mut buf)?)?;
    let word_capitalised = word.bytes().next().is_some_and(|b| b.is_ascii_uppercase());
    (!capitalised || word_capitalised).then_some(entry)
}

/// Whether `word` matches `entry` under the capitalisation rule in the module docs.
fn matches_extra(word: &str, entry: &str) -> bool {
    if !word.eq_ignore_ascii_case(entry) {
        return false;
    }
    let entry_upper = entry.bytes().next().is_some_and(|b| b.is_ascii_uppercase());
    !entry_upper || word.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
}

fn in_extra(word: &str, extra: &[String]) -> bool {
    extra
        .iter()
        .any(|entry| matches_extra(word, entry.trim_end_matches('.')))
}

/// How a word followed by a period bears on the sentence boundary after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbrev {
    /// Not an abbreviation: the period ends the sentence like any other.
    None,
    /// The period never ends a sentence.
    Always,
    /// The period ends a sentence only when a common sentence starter follows.
    UnlessStarter,
}

/// Classifies `word`, the text before a period with any opening quotes or brackets removed.
/// `before_digit` says whether the next non-space character after the period is a digit.
pub(crate) fn abbrev(word: &str, before_digit: bool, extra: &[String]) -> Abbrev {
    match lookup(word) {
        Some(Entry::Prefix) => Abbrev::Always,
        Some(Entry::Numero) if before_digit => Abbrev::Always,
        Some(Entry::Suffix) => Abbrev::UnlessStarter,
        _ if in_extra(word, extra) => Abbrev::Always,
        _ if is_initial(word) || is_dotted(word) => Abbrev::UnlessStarter,
        _ => Abbrev::None,
    }
}

/// Whether a token made of `word` should keep the period that follows it ("Gen.", "U.S.").
pub(crate) fn keeps_period(word: &str, before_digit: bool, extra: &[String]) -> bool {
    lookup(word) == Some(Entry::TokenOnly) || abbrev(word, before_digit, extra) != Abbrev::None
}

/// Whether `word` is a common sentence starter (compared ignoring ASCII case, for headlines).
pub(crate) fn is_starter(word: &str) -> bool {
    let mut buf = [0; MAX_ENTRY];
    lowercase(word, &mut buf).is_some_and(is_starter_lower)
}

/// A single capital letter, as in the initials of "A. K. Durrani".
pub(crate) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// A dotted acronym such as "U.S", "E.U", "a.m" or "Ph.D" (the final period already removed):
/// two to six parts of one or two letters joined by periods.
pub(crate) fn is_dotted(word: &str) -> bool {
    if word.len() > 24 || !word.contains('.') {
        return false;
    }
    let mut parts = 0;
    for part in word.split('.') {
        parts += 1;
        let len = part.chars().count();
        if !(1..=2).contains(&len) || !part.chars().all(char::is_alphabetic) {
            return false;
        }
    }
    (2..=6).contains(&parts)
}

/// An opening quote or bracket: it may start a sentence, and it is stripped from the front of
/// the word before a period when looking that word up.
pub(crate) fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '„' | '«' | '‹' | '¿' | '¡'
    )
}

/// Whether a sentence may begin with `c`: a letter that is not lowercase (so uncased scripts
/// count), a digit, or an opening quote or bracket.
pub(crate) fn starts_sentence(c: char) -> bool {
    (c.is_alphabetic() && !c.is_lowercase()) || c.is_numeric() || is_opening(c)
}

/// Whether `c` belongs inside a word: letters, digits, and the combining marks of scripts whose
/// words are spelled with them (Arabic and Hebrew points, Indic vowel signs and viramas), plus
/// the zero-width joiners Persian and Urdu use inside words.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Curly quotes, dashes and the ellipsis are common in news text and all lie in the General
    // Punctuation block, which holds no letters or digits; skipping the Unicode tables for them
    // is a measurable speed-up.
    if ('\u{2000}'..='\u{206F}').contains(&c) {
        return is_mark(c);
    }
    c.is_alphanumeric() || is_mark(c)
}

fn is_mark(c: char) -> bool {
    matches!(
        c as u32,
        0x0300..=0x036F
            | 0x0483..=0x0489
            | 0x0591..=0x05BD
            | 0x05BF
            | 0x05C1..=0x05C2
            | 0x05C4..=0x05C5
            | 0x05C7
            | 0x0610..=0x061A
            | 0x064B..=0x065F
            | 0x0670
            | 0x06D6..=0x06DC
            | 0x06DF..=0x06E4
            | 0x06E7..=0x06E8
            | 0x06EA..=0x06ED
            | 0x0900..=0x0963
            | 0x0966..=0x0DFF
            | 0x0E31
            | 0x0E34..=0x0E3A
            | 0x0E47..=0x0E4E
            | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF
            | 0x200C..=0x200D
            | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F
            | 0xFE20..=0xFE2F
    )
}

/// The length in bytes of a bullet marker at the start of `line`, or 0. Bullet symbols count on
/// their own; `-`, `*` and `–` only when whitespace follows, so "-5C" is no bullet.
pub(crate) fn bullet_len(line: &str) -> usize {
    let mut chars = line.chars();
    let Some(first) = chars.next() else {
        return 0;
    };
    match first {
        '•' | '·' | '▪' | '●' | '◦' | '‣' | '■' | '□' | '►' | '➢' => {
            first.len_utf8()
        }
        '-' | '*' | '–' if chars.next().is_some_and(char::is_whitespace) => first.len_utf8(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_entries_need_a_capital() {
        assert_eq!(abbrev("Rep", false, &[]), Abbrev::Always);
        assert_eq!(abbrev("REP", false, &[]), Abbrev::Always);
        assert_eq!(abbrev("rep", false, &[]), Abbrev::None);
        assert_eq!(abbrev("VS", false, &[]), Abbrev::Always);
    }

    #[test]
    fn numero_needs_a_number() {
        assert_eq!(abbrev("No", true, &[]), Abbrev::Always);
        assert_eq!(abbrev("No", false, &[]), Abbrev::None);
    }

    #[test]
    fn dotted_acronyms() {
        for w in ["U.S", "U.K", "E.U", "a.m", "p.m", "Ph.D", "U.S.A"] {
            assert!(is_dotted(w), "{w}");
        }
        for w in ["example.com", "3.5", "U.", ".S", "U..S", "www.x.org", "U"] {
            assert!(!is_dotted(w), "{w}");
        }
    }

    #[test]
    fn initials_are_one_capital() {
        assert!(is_initial("J"));
        assert!(is_initial("Ö"));
        assert!(!is_initial("j"));
        assert!(!is_initial("JS"));
        assert!(!is_initial(""));
    }

    #[test]
    fn bullets() {
        assert_eq!(bullet_len("• Text"), "•".len());
        assert_eq!(bullet_len("•Text"), "•".len());
        assert_eq!(bullet_len("- Text"), 1);
        assert_eq!(bullet_len("-5 degrees"), 0);
        assert_eq!(bullet_len("-"), 0);
        assert_eq!(bullet_len("Text"), 0);
    }
}
