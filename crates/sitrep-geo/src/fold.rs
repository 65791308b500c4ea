//! Name folding: one key for the spellings of a name that differ in case, diacritics or
//! punctuation.

use std::sync::OnceLock;

const FOLD_TSV: &str = include_str!("../../../data/geo/fold.tsv");

/// Non-ASCII characters and their ASCII spelling, sorted by character for binary search.
fn table() -> &'static [(char, &'static str)] {
    static TABLE: OnceLock<Vec<(char, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: Vec<(char, &'static str)> = FOLD_TSV
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let code = u32::from_str_radix(cols.next()?, 16).ok()?;
                let _char = cols.next()?;
                Some((char::from_u32(code)?, cols.next()?))
            })
            .collect();
        t.sort_unstable_by_key(|&(c, _)| c);
        t
    })
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02BB}' | '`' | '\u{00B4}'
    )
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}')
}

/// Folds a place name to its lookup key.
///
/// The gazetteer and every query go through this function, so two spellings match when their
/// keys are equal:
///
/// - lower case; Latin diacritics dropped by the table in `data/geo/fold.tsv` (`Wāna` = `wana`,
///   `ß` = `ss`); combining marks dropped;
/// - an apostrophe is dropped (`Ma'alot` = `Maalot`, `Xi'an` = `Xian`);
/// - any other run of non-alphanumeric characters is one space, none at either end
///   (`Dera-Ismail-Khan` = `dera ismail khan`).
///
/// ```
/// use sitrep_geo::fold;
/// assert_eq!(fold("  Wāna "), "wana");
/// assert_eq!(fold("São Paulo"), fold("Sao-Paulo"));
/// assert_eq!(fold("Düsseldorf"), "dusseldorf");
/// ```
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    fold_into(name, &mut out);
    out
}

/// [`fold`] appending to `out`, so that a caller folding many spans reuses one buffer. A space
/// separates the new key from what `out` already holds when both are non-empty.
pub fn fold_into(name: &str, out: &mut String) {
    let mut pending_space = false;
    let base = out.len();
    let push = |out: &mut String, c: char, pending: &mut bool| {
        if (*pending || out.len() == base) && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        *pending = false;
        out.push(c);
    };
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            push(out, c.to_ascii_lowercase(), &mut pending_space);
        } else if is_apostrophe(c) || is_combining(c) {
            continue;
        } else if c.is_ascii() {
            pending_space = true;
        } else if let Ok(i) = table().binary_search_by_key(&c, |&(k, _)| k) {
            let folded = table()[i].1;
            if folded.chars().all(|f| f.is_ascii_alphanumeric()) {
                for f in folded.chars() {
                    push(out, f, &mut pending_space);
                }
            } else if !folded.chars().any(is_apostrophe) {
                pending_space = true;
            }
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                push(out, l, &mut pending_space);
            }
        } else {
            pending_space = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_diacritics_and_punctuation() {
        assert_eq!(fold("Dera Ismail Khan"), "dera ismail khan");
        assert_eq!(fold("DERA-ISMAIL  KHAN,"), "dera ismail khan");
        assert_eq!(fold("Kraków"), "krakow");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Xi’an"), "xian");
        assert_eq!(fold("Ha Nội"), "ha noi");
        assert_eq!(fold("Ho Chi Minh City"), "ho chi minh city");
        assert_eq!(fold(""), "");
        // Non-Latin scripts keep their letters, lower-cased.
        assert_eq!(fold("Москва"), "москва");
    }
}
