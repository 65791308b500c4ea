//! Turning what a user typed into an FTS5 query that cannot be a syntax error.
//!
//! FTS5 has its own query language (`AND`, `OR`, `NOT`, `NEAR`, `-`, `col:`, `^`, `*`,
//! parentheses), and a stray `"` or `:` in a search box makes `MATCH` fail. So nothing the user
//! types is passed through as syntax: every word becomes an FTS5 string (`"word"`), and the
//! strings are joined by spaces, which FTS5 reads as AND. Two things keep their meaning:
//!
//! - words inside double quotes are one phrase (`"prime minister"`); an unclosed quote runs to
//!   the end of the input;
//! - a trailing `*` on a bare word asks for a prefix (`negotiat*`).
//!
//! Words with no letter or digit (`-`, `:`, `&`) are dropped, since the tokenizer would make
//! nothing of them. `AND`, `OR` and `NOT` are searched as the words themselves.

/// The FTS5 query for `input`, or `None` when it holds nothing to search for.
pub(crate) fn query(input: &str) -> Option<String> {
    let mut terms = Vec::new();
    let mut word = String::new();
    let mut in_phrase = false;
    for c in input.chars() {
        if c == '"' {
            push_term(&mut terms, &word, in_phrase);
            word.clear();
            in_phrase = !in_phrase;
        } else if c.is_whitespace() && !in_phrase {
            push_term(&mut terms, &word, false);
            word.clear();
        } else {
            word.push(c);
        }
    }
    push_term(&mut terms, &word, in_phrase);
    if terms.is_empty() {
        None
    } else {
        Some(terms.join(" "))
    }
}

fn push_term(terms: &mut Vec<String>, raw: &str, phrase: bool) {
    let (body, prefix) = match raw.strip_suffix('*') {
        Some(body) if !phrase => (body.trim_end_matches('*'), true),
        _ => (raw, false),
    };
    if !body.chars().any(char::is_alphanumeric) {
        return;
    }
    // Inside an FTS5 string a double quote is written twice; the splitting above leaves none,
    // but the escape keeps this function safe on its own.
    let mut term = format!("\"{}\"", body.replace('"', "\"\""));
    if prefix {
        term.push('*');
    }
    terms.push(term);
}

#[cfg(test)]
mod tests {
    use super::query;

    fn q(input: &str) -> String {
        query(input).unwrap_or_else(|| "<none>".to_string())
    }

    #[test]
    fn words_become_strings_joined_by_and() {
        assert_eq!(q("floods Ankara"), r#""floods" "Ankara""#);
        assert_eq!(q("  floods\t\nAnkara  "), r#""floods" "Ankara""#);
    }

    #[test]
    fn quoted_words_stay_a_phrase() {
        assert_eq!(
            q(r#"talks "prime minister""#),
            r#""talks" "prime minister""#
        );
        assert_eq!(q(r#""prime minister"#), r#""prime minister""#);
    }

    #[test]
    fn operators_and_punctuation_are_plain_text() {
        assert_eq!(q("AND OR NOT"), r#""AND" "OR" "NOT""#);
        assert_eq!(q("-foo"), r#""-foo""#);
        assert_eq!(q("a:b"), r#""a:b""#);
        assert_eq!(q("NEAR(a b)"), r#""NEAR(a" "b)""#);
        assert_eq!(q("x^y"), r#""x^y""#);
    }

    #[test]
    fn trailing_star_is_a_prefix_query() {
        assert_eq!(q("negotiat*"), r#""negotiat"*"#);
        assert_eq!(q("negotiat**"), r#""negotiat"*"#);
        assert_eq!(q(r#""peace talk*""#), r#""peace talk*""#);
        assert_eq!(q("*"), "<none>");
    }

    #[test]
    fn nothing_to_search_for() {
        assert_eq!(q(""), "<none>");
        assert_eq!(q("   "), "<none>");
        assert_eq!(q(r#"""#), "<none>");
        assert_eq!(q(r#""" - : &"#), "<none>");
    }

    #[test]
    fn unicode_words_are_kept() {
        assert_eq!(q("Türkiye"), r#""Türkiye""#);
        assert_eq!(q("Пакистан"), r#""Пакистан""#);
    }
}
