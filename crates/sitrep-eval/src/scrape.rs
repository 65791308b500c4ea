//! A naive scraper: an HTML page rendered to plain text the way a copy-paste of the browser
//! page, `lynx -dump` or BeautifulSoup's `get_text("\n")` would give it.
//!
//! This is the input the plain-text cleaner ([`sitrep_clean::text::clean_text`]) is built for:
//! every text line of the page, menus, footers, share buttons and cookie banners included. The
//! extraction report scores the cleaner on the naive scrape of each benchmark page, and the
//! scrape itself as the floor it has to rise from.
//!
//! Rules, deliberately simple:
//! - Elements whose content is never shown as text are dropped with everything inside:
//!   `<head>` (the `<title>` too), `<script>`, `<style>`, `<noscript>` (the page is read as
//!   with scripting on), `<template>`, and embedded media (`<svg>`, `<iframe>`, `<object>`,
//!   `<embed>`, `<canvas>`, `<video>`, `<audio>`), whose fallback text a browser does not show.
//! - Nothing else is judged: no CSS is applied, so text hidden by `hidden` or `display:none` is
//!   kept, as a scraper that does not render the page would keep it.
//! - Block-level elements (`p`, `div`, `li`, `h1`–`h6`, `br`, `tr`, `section`, `nav`, ...) end
//!   the current line before and after themselves; inline elements join their neighbours, so
//!   `<b>U</b>N` is `UN` and `one <a>two</a>` is `one two`.
//! - Table cells (`td`, `th`) on one row are kept on one line, separated by a space.
//! - Whitespace within a line collapses to single spaces; inside `<pre>`, line breaks are kept.
//! - Character references are decoded by the HTML parser; a no-break space is whitespace.
//!
//! The result is one line per text block, joined by `\n`, with no empty lines.

use dom_query::{Document, NodeData, NodeRef};

/// Render `html` as a naive scraper would: every text line, one block per line.
pub fn naive_scrape(html: &str) -> String {
    let doc = Document::from(html);
    let mut writer = LineWriter::default();
    let mut stack: Vec<(NodeRef, bool)> = vec![(doc.root(), true)];
    while let Some((node, entering)) = stack.pop() {
        let shape = node.query_or(Shape::Skip, |n| match &n.data {
            NodeData::Text { contents } => {
                writer.text(contents);
                Shape::Skip
            }
            NodeData::Element(el) => shape_of(el.name.local.as_ref()),
            NodeData::Document | NodeData::Fragment => Shape::Block,
            _ => Shape::Skip,
        });
        match shape {
            Shape::Skip => continue,
            Shape::Block => writer.end_line(),
            Shape::Pre => {
                writer.end_line();
                if entering {
                    writer.pre_depth += 1;
                } else {
                    writer.pre_depth = writer.pre_depth.saturating_sub(1);
                }
            }
            Shape::Cell => writer.space(),
            Shape::Inline => {}
        }
        if entering {
            stack.push((node, false));
            let len = stack.len();
            stack.extend(node.children_it(false).map(|c| (c, true)));
            if let Some(children) = stack.get_mut(len..) {
                children.reverse();
            }
        }
    }
    writer.end_line();
    writer.lines.join("\n")
}

/// How an element takes part in the rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Dropped with its content (or a node that is not text: a comment, a doctype).
    Skip,
    /// Ends the current line before and after itself.
    Block,
    /// A block whose line breaks are kept.
    Pre,
    /// A table cell: separated from its neighbours by a space, on the same line.
    Cell,
    /// Joins its neighbours on the current line.
    Inline,
}

fn shape_of(name: &str) -> Shape {
    match name {
        "head" | "script" | "style" | "noscript" | "template" | "svg" | "iframe" | "object"
        | "embed" | "canvas" | "video" | "audio" => Shape::Skip,
        "pre" | "listing" | "plaintext" | "xmp" => Shape::Pre,
        "td" | "th" => Shape::Cell,
        "address" | "article" | "aside" | "blockquote" | "body" | "br" | "caption" | "center"
        | "dd" | "details" | "dialog" | "dir" | "div" | "dl" | "dt" | "fieldset" | "figcaption"
        | "figure" | "footer" | "form" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "header"
        | "hgroup" | "hr" | "html" | "legend" | "li" | "main" | "menu" | "nav" | "ol"
        | "optgroup" | "option" | "p" | "search" | "section" | "summary" | "table" | "tbody"
        | "tfoot" | "thead" | "tr" | "ul" => Shape::Block,
        _ => Shape::Inline,
    }
}

/// Collects text into lines while the tree is walked.
#[derive(Debug, Default)]
struct LineWriter {
    lines: Vec<String>,
    line: String,
    /// Whitespace was seen since the last word of the current line.
    pending_space: bool,
    /// How many `<pre>` elements enclose the current position.
    pre_depth: usize,
}

impl LineWriter {
    fn text(&mut self, text: &str) {
        if self.pre_depth == 0 {
            self.words(text);
            return;
        }
        for (i, segment) in text.split('\n').enumerate() {
            if i > 0 {
                self.end_line();
            }
            self.words(segment);
        }
    }

    /// Append the words of `text`, collapsing whitespace; a space is written only between two
    /// words, so the line never starts or ends with one.
    fn words(&mut self, text: &str) {
        let mut rest = text;
        while !rest.is_empty() {
            let word_start = rest
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(rest.len());
            if word_start > 0 {
                self.space();
            }
            let Some(tail) = rest.get(word_start..) else {
                break;
            };
            let word_len = tail.find(char::is_whitespace).unwrap_or(tail.len());
            let (word, after) = tail.split_at(word_len);
            if !word.is_empty() {
                if self.pending_space && !self.line.is_empty() {
                    self.line.push(' ');
                }
                self.pending_space = false;
                self.line.push_str(word);
            }
            rest = after;
        }
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    fn end_line(&mut self) {
        if !self.line.is_empty() {
            self.lines.push(std::mem::take(&mut self.line));
        }
        self.pending_space = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_inline_elements_join() {
        let html = "<html><body><h1>Floods <em>close</em> port</h1>\
                    <p>Water rose <b>two</b> metres.<br>Ships waited.</p>\
                    <div><span>U</span><span>N</span> staff left.</div></body></html>";
        assert_eq!(
            naive_scrape(html),
            "Floods close port\nWater rose two metres.\nShips waited.\nUN staff left."
        );
    }

    #[test]
    fn navigation_and_footer_text_is_kept() {
        let html = "<body><nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a></li>\
                    </ul></nav><article><p>Story text.</p></article>\
                    <footer>Share <a>Facebook</a> <a>Twitter</a></footer></body>";
        assert_eq!(
            naive_scrape(html),
            "Home\nWorld\nStory text.\nShare Facebook Twitter"
        );
    }

    #[test]
    fn script_style_head_and_media_are_dropped() {
        let html = "<html><head><title>Page title</title><style>p { color: red }</style>\
                    </head><body><script>var secret = 1;</script><p>Visible</p>\
                    <noscript>Enable JavaScript</noscript><template><p>Later</p></template>\
                    <svg><title>Icon</title><text>svg text</text></svg>\
                    <iframe>frame fallback</iframe><!-- a comment --></body></html>";
        assert_eq!(naive_scrape(html), "Visible");
    }

    #[test]
    fn whitespace_collapses_and_entities_decode() {
        let html = "<p>\n   Fish  &amp;\tchips&nbsp;&mdash; caf&eacute;   &#8220;ok&#8221;\n</p>";
        assert_eq!(naive_scrape(html), "Fish & chips — café “ok”");
    }

    #[test]
    fn pre_keeps_its_line_breaks() {
        let html = "<p>Before</p><pre>line one\n  line   two\n\nline three</pre><p>After</p>";
        assert_eq!(
            naive_scrape(html),
            "Before\nline one\nline two\nline three\nAfter"
        );
    }

    #[test]
    fn table_rows_are_lines_and_cells_are_spaced() {
        let html = "<table><tr><th>Name</th><th>Deaths</th></tr>\
                    <tr><td>Sindh</td><td>12</td></tr></table>";
        assert_eq!(naive_scrape(html), "Name Deaths\nSindh 12");
    }

    #[test]
    fn empty_and_text_only_inputs() {
        assert_eq!(naive_scrape(""), "");
        assert_eq!(naive_scrape("   "), "");
        assert_eq!(naive_scrape("just  text"), "just text");
    }

    #[test]
    fn the_text_cleaner_drops_the_menu_of_a_scraped_page() {
        let html = "<html><head><title>Floods close port</title></head><body>\
                    <nav><ul><li><a>Home</a></li><li><a>World</a></li><li><a>Business</a></li>\
                    <li><a>Climate Desk</a></li></ul></nav>\
                    <h1>Floods Close Port of Karachi</h1>\
                    <p>Floodwater closed the port on Monday, officials said.</p>\
                    <p>Ships were told to wait offshore until the water falls.</p>\
                    <footer><a>Scroll to Top</a></footer></body></html>";
        let scrape = naive_scrape(html);
        assert_eq!(
            scrape,
            "Home\nWorld\nBusiness\nClimate Desk\nFloods Close Port of Karachi\n\
             Floodwater closed the port on Monday, officials said.\n\
             Ships were told to wait offshore until the water falls.\nScroll to Top"
        );
        let cleaned = sitrep_clean::text::clean_text(&scrape);
        assert_eq!(
            cleaned.text,
            "Floodwater closed the port on Monday, officials said.\n\n\
             Ships were told to wait offshore until the water falls."
        );
        assert_eq!(
            cleaned.title.as_deref(),
            Some("Floods Close Port of Karachi")
        );
        let removed: Vec<&str> = cleaned.removed.iter().map(|(l, _)| l.as_str()).collect();
        for line in ["Home", "World", "Business", "Climate Desk", "Scroll to Top"] {
            assert!(removed.contains(&line), "{line} was not removed");
        }
        // Scored like a benchmark page, the cleaned body matches the gold body exactly, and the
        // uncleaned scrape does not.
        let gold = "Floodwater closed the port on Monday, officials said.\n\
                    Ships were told to wait offshore until the water falls.";
        let clean_counts = crate::extraction::match_shingles(gold, &cleaned.text);
        assert!(clean_counts.exact);
        let raw_counts = crate::extraction::match_shingles(gold, &scrape);
        assert!(raw_counts.fp > 0.0 && (raw_counts.recall() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        // Deep enough to overflow a recursive walk on a test thread's stack; deeper trees only
        // slow the parser down (it checks the stack of open elements on each tag).
        let html = format!("{}deep{}", "<div>".repeat(10_000), "</div>".repeat(10_000));
        assert_eq!(naive_scrape(&html), "deep");
    }
}
