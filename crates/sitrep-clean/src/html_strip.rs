//! Empty the elements that never hold article text before the page is parsed.
//!
//! On news pages more than half of the bytes are inline scripts and stylesheets (57% on the
//! Zyte benchmark pages). The HTML tokenizer must still walk every byte of them, and the DOM
//! holds them as text nodes. Their contents are cut here with a byte scan; the tags stay, so the
//! tree has the same shape. JSON-LD scripts (`type="application/ld+json"`) are kept whole: they
//! carry the headline, author and publication date.
//!
//! The end of a script or style is found as the tokenizer finds it: the first `</script` or
//! `</style`, in any case. Comments go too.

use std::borrow::Cow;

/// Elements whose content is never article text.
const EMPTIED: [&[u8]; 3] = [b"script", b"style", b"svg"];

/// `html` with script, style and inline SVG contents and comments removed (JSON-LD kept).
pub fn strip_inert(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    // Bytes before `copied` are already in `out` (or, while `out` is None, unchanged).
    let mut copied = 0usize;
    let mut i = 0usize;
    while let Some(off) = memchr_lt(&bytes[i..]) {
        let lt = i + off;
        let rest = &bytes[lt + 1..];
        if rest.starts_with(b"!--") {
            let end = find(&bytes[lt + 4..], b"-->").map(|e| lt + 4 + e + 3);
            let Some(end) = end else { break };
            push(&mut out, html, copied, lt);
            copied = end;
            i = end;
            continue;
        }
        let Some(name) = EMPTIED.iter().find(|name| starts_tag(rest, name)) else {
            i = lt + 1;
            continue;
        };
        let Some(open_end) = memchr(b'>', &bytes[lt..]).map(|e| lt + e + 1) else {
            break;
        };
        let open_tag = &bytes[lt..open_end];
        if *name == b"script" && contains_ci(open_tag, b"ld+json") || open_tag.ends_with(b"/>") {
            i = open_end;
            continue;
        }
        let mut close = Vec::with_capacity(name.len() + 2);
        close.extend_from_slice(b"</");
        close.extend_from_slice(name);
        let Some(close_at) = find_ci(&bytes[open_end..], &close).map(|e| open_end + e) else {
            break;
        };
        push(&mut out, html, copied, open_end);
        copied = close_at;
        i = close_at + close.len();
    }
    match out {
        None => Cow::Borrowed(html),
        Some(mut s) => {
            s.push_str(html.get(copied..).unwrap_or_default());
            Cow::Owned(s)
        }
    }
}

/// Append `html[from..to]` to `out`, starting it on first use.
fn push(out: &mut Option<String>, html: &str, from: usize, to: usize) {
    let s = out.get_or_insert_with(|| String::with_capacity(html.len() / 2));
    // Every cut is at an ASCII `<` or just after an ASCII `>`, so always on a char boundary.
    s.push_str(html.get(from..to).unwrap_or_default());
}

fn starts_tag(rest: &[u8], name: &[u8]) -> bool {
    rest.len() > name.len()
        && rest[..name.len()].eq_ignore_ascii_case(name)
        && matches!(
            rest[name.len()],
            b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'
        )
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(b'<', bytes)
}

fn memchr(needle: u8, bytes: &[u8]) -> Option<usize> {
    memchr::memchr(needle, bytes)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    // `</` then the name in any case: find each `</` and compare the rest.
    let mut from = 0;
    while let Some(off) = memchr::memmem::find(&hay[from..], b"</") {
        let at = from + off;
        if hay
            .get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_styles_svg_and_comments_are_emptied() {
        let page = "<html><head><style>p{color:red}</style><SCRIPT src=x>var a='<p>no</p>';</SCRIPT>\
            <script type=\"application/ld+json\">{\"headline\":\"Kept\"}</script></head>\
            <body><!-- nav --><svg viewBox=\"0 0 1 1\"><path d=\"M0\"/></svg><p>Text é stays.</p><script/></body></html>";
        assert_eq!(
            strip_inert(page),
            "<html><head><style></style><SCRIPT src=x></SCRIPT>\
            <script type=\"application/ld+json\">{\"headline\":\"Kept\"}</script></head>\
            <body><svg viewBox=\"0 0 1 1\"></svg><p>Text é stays.</p><script/></body></html>"
        );
    }

    #[test]
    fn pages_without_inert_parts_are_borrowed() {
        assert!(matches!(
            strip_inert("<p>Only <b>text</b>.</p>"),
            Cow::Borrowed(_)
        ));
        // Tags that merely start like the names are not touched.
        assert!(matches!(
            strip_inert("<p><styled>x</styled><scripture>y</scripture></p>"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn unterminated_parts_are_left_to_the_parser() {
        assert_eq!(
            strip_inert("<p>a</p><script>var x = 1;"),
            "<p>a</p><script>var x = 1;"
        );
        assert_eq!(strip_inert("<p>a</p><!-- open"), "<p>a</p><!-- open");
        assert_eq!(strip_inert("<!--a--><p>b</p><script"), "<p>b</p><script");
    }
}
