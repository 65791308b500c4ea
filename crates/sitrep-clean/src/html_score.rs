//! Boilerplate rules applied inside the main-content container: which elements and which text
//! blocks are not part of the article body.

use dom_query::{Element, NodeRef, local_name};

use super::Block;

/// Text, link text and images under one node, for judging it as a whole.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Stats {
    /// Non-whitespace characters of text.
    pub chars: usize,
    /// Of which inside links.
    pub link_chars: usize,
    /// Images that are not tiny (icons, tracking pixels).
    pub images: usize,
    /// Characters inside `<figure>` elements.
    pub figure_chars: usize,
}

/// Images declared smaller than 50 px either way (icons, spacers, tracking pixels).
pub(super) fn is_tiny_image(el: &Element) -> bool {
    let small = |name| {
        el.attr_ref(name)
            .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
            .is_some_and(|v| v < 50)
    };
    small(local_name!("width")) || small(local_name!("height"))
}

/// Elements whose content is never visible text.
pub(super) fn is_invisible_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "head"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "option"
            | "button"
            | "input"
            | "textarea"
            | "video"
            | "audio"
    )
}

/// Elements hidden by markup (`hidden`, `aria-hidden="true"`, inline `display:none`).
pub(super) fn is_hidden(el: &Element) -> bool {
    if el.attr_ref(local_name!("hidden")).is_some() {
        return true;
    }
    if el
        .attr_ref(local_name!("aria-hidden"))
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    el.attr_ref(local_name!("style")).is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// The block tag named `name` (one that starts and ends a text block), as a static string, or
/// None for inline elements.
pub(super) fn block_tag(name: &str) -> Option<&'static str> {
    match name {
        "address" => Some("address"),
        "article" => Some("article"),
        "aside" => Some("aside"),
        "blockquote" => Some("blockquote"),
        "body" => Some("body"),
        "br" => Some("br"),
        "caption" => Some("caption"),
        "center" => Some("center"),
        "dd" => Some("dd"),
        "details" => Some("details"),
        "dialog" => Some("dialog"),
        "div" => Some("div"),
        "dl" => Some("dl"),
        "dt" => Some("dt"),
        "fieldset" => Some("fieldset"),
        "figcaption" => Some("figcaption"),
        "figure" => Some("figure"),
        "footer" => Some("footer"),
        "form" => Some("form"),
        "h1" => Some("h1"),
        "h2" => Some("h2"),
        "h3" => Some("h3"),
        "h4" => Some("h4"),
        "h5" => Some("h5"),
        "h6" => Some("h6"),
        "header" => Some("header"),
        "hgroup" => Some("hgroup"),
        "hr" => Some("hr"),
        "li" => Some("li"),
        "main" => Some("main"),
        "menu" => Some("menu"),
        "nav" => Some("nav"),
        "ol" => Some("ol"),
        "p" => Some("p"),
        "pre" => Some("pre"),
        "section" => Some("section"),
        "summary" => Some("summary"),
        "table" => Some("table"),
        "tbody" => Some("tbody"),
        "td" => Some("td"),
        "tfoot" => Some("tfoot"),
        "th" => Some("th"),
        "thead" => Some("thead"),
        "tr" => Some("tr"),
        "ul" => Some("ul"),
        _ => None,
    }
}

fn is_block(name: &str) -> bool {
    block_tag(name).is_some()
}

/// Elements that are boilerplate by name.
fn is_boilerplate_tag(name: &str) -> bool {
    matches!(
        name,
        "figure" | "figcaption" | "nav" | "footer" | "aside" | "form" | "header" | "menu"
    )
}

/// Class or id fragments that mark boilerplate wherever they occur in the attribute.
const SUSPECT_STEMS: &[&str] = &[
    "caption",
    "credit",
    "byline",
    "share",
    "social",
    "related",
    "newsletter",
    "subscri",
    "promo",
    "advert",
    "comment",
    "footer",
    "breadcrumb",
    "timestamp",
    "outbrain",
    "taboola",
    "recirc",
    "signup",
    "sidebar",
    "gallery",
    "slideshow",
    "carousel",
    "disclaimer",
];

/// Class or id words (between separators) that mark boilerplate.
const SUSPECT_WORDS: &[&str] = &[
    "ad",
    "ads",
    "tags",
    "tag",
    "bio",
    "nav",
    "menu",
    "meta",
    "date",
    "author",
    "more",
    "hidden",
    "print",
    "email",
    "dateline",
    "toolbar",
    "tools",
    "widget",
    "sponsored",
];

/// Class or id fragments that look suspect but name article content.
const SAFE_STEMS: &[&str] = &[
    "commentary",
    "article-body",
    "articlebody",
    "story-body",
    "embed",
    "tweet",
];

/// Class or id fragments of hover cards and pop-ups, which hide inside running text.
const POPUP_STEMS: &[&str] = &["tooltip", "popover", "hovercard", "rollover", "popup"];

/// Class or id fragments of text meant for screen readers only.
const SCREEN_READER_STEMS: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "screen-reader",
    "visuallyhidden",
];

/// Whether an element inside the main content (whose totals are `root`) is boilerplate by its
/// name, class, id or shape.
pub(super) fn is_boilerplate_element(
    el: &Element,
    node: &NodeRef,
    own: &Stats,
    root: &Stats,
) -> bool {
    let name = el.name.local.as_ref();
    // Links are running text; whatever their class says about them, they stay.
    if name == "a" {
        return false;
    }
    let attrs = class_and_id(el);
    if SCREEN_READER_STEMS.iter().any(|s| attrs.contains(s)) {
        return true;
    }
    if !is_block(name) {
        // An inline element is only dropped when it is a hover card that does not start with
        // the link it decorates.
        return POPUP_STEMS.iter().any(|s| attrs.contains(s)) && !starts_with_link(node);
    }
    // Never drop a large share of the article on the strength of a name.
    let minor = own.chars * 10 < root.chars * 4;
    // A figure with a long caption, or figures that carry most of the text, are the slides of a
    // listicle, not photo credits.
    let short_figure = !matches!(name, "figure" | "figcaption")
        || (own.chars < 300 && root.figure_chars * 2 < root.chars);
    if minor && short_figure && (is_boilerplate_tag(name) || is_suspect_name(&attrs)) {
        return true;
    }
    // An image with a short caption beside it.
    if own.images > 0
        && own.chars < 200
        && matches!(name, "div" | "p" | "center" | "section" | "span" | "table")
    {
        return true;
    }
    // A list of links (related stories, tags).
    if matches!(name, "ul" | "ol") && own.chars > 0 && own.link_chars * 10 > own.chars * 6 {
        return true;
    }
    false
}

fn class_and_id(el: &Element) -> String {
    let mut attrs = String::new();
    for name in [local_name!("class"), local_name!("id")] {
        if let Some(v) = el.attr_ref(name) {
            attrs.push_str(v);
            attrs.push(' ');
        }
    }
    attrs.make_ascii_lowercase();
    attrs
}

fn starts_with_link(node: &NodeRef) -> bool {
    node.children_it(false)
        .find(|c| c.is_element() || c.is_nonempty_text())
        .is_some_and(|c| c.has_name("a"))
}

/// Whether a (lower-cased) class and id string names boilerplate.
fn is_suspect_name(attrs: &str) -> bool {
    if attrs.is_empty() || SAFE_STEMS.iter().any(|s| attrs.contains(s)) {
        return false;
    }
    if SUSPECT_STEMS.iter().any(|s| attrs.contains(s)) {
        return true;
    }
    attrs
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| SUSPECT_WORDS.contains(&w))
}

/// Whole blocks that are boilerplate by their text (compared in lower case, without final
/// punctuation).
const BOILERPLATE_BLOCKS: &[&str] = &[
    "advertisement",
    "advert",
    "ad",
    "iklan",
    "anzeige",
    "publicité",
    "publicidad",
    "comments",
    "comment",
    "sharing is caring",
    "continue reading below",
    "continue reading",
    "read more",
    "share",
    "share this",
    "share this article",
    "subscribe",
    "caption",
    "close",
    "more",
    "related",
    "related news",
    "related stories",
    "related articles",
    "related coverage",
    "recent articles",
    "popular this week",
    "you may also like",
    "recommended",
    "don't miss",
    "see also",
    "tell us what you think",
];

/// Block openings that mark boilerplate (lower case).
const BOILERPLATE_PREFIXES: &[&str] = &[
    "read more:",
    "related:",
    "[related",
    "related post:",
    "see more:",
    "also on ",
    "also:",
    "credit...",
    "photo:",
    "image:",
    "(image:",
    "click here",
    "sign up",
    "follow us",
    "subscribe to",
    "have a tip",
    "reporting by",
    "(reporting by",
    "additional reporting",
    "editing by",
    "filed under",
    "like this story",
    "want more stories",
    "get the latest",
    "this post may contain affiliate",
    "post comment",
    "leave a comment",
    "add comment",
    "tempo de leitura",
    "reading time",
    "category:",
    "category :",
    "categories:",
    "tags:",
    "posted in ",
    "this entry was posted",
    "subscribe now",
    "photograph by",
    "this post contains",
];

/// Phrases that mark a short block as boilerplate wherever they occur (lower case).
const BOILERPLATE_PHRASES: &[&str] = &[
    "all rights reserved",
    "©",
    "contributed reporting",
    "contributed to this report",
    "photo credit",
    "image credit",
    "follow us on",
    "follow him on",
    "follow her on",
    "follow them on",
];

const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// Whether a whole text block is boilerplate: ad labels, share prompts, credits, datelines.
pub(super) fn is_boilerplate_text(block: &str) -> bool {
    if !block.chars().any(char::is_alphanumeric) {
        return true;
    }
    let lower = block.to_lowercase();
    let bare = lower.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    if BOILERPLATE_BLOCKS.contains(&bare) {
        return true;
    }
    if BOILERPLATE_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return true;
    }
    let chars = block.chars().count();
    let words = block.split_whitespace().count();
    if chars < 300 && BOILERPLATE_PHRASES.iter().any(|p| lower.contains(p)) {
        return true;
    }
    if chars < 300
        && lower.contains("newsletter")
        && (lower.contains("sign up") || lower.contains("subscribe"))
    {
        return true;
    }
    let has_digit = block.chars().any(|c| c.is_ascii_digit());
    if chars < 100
        && has_digit
        && (!block.ends_with('.') || lower.ends_with("a.m.") || lower.ends_with("p.m."))
        && ["updated", "published", "posted", "first published"]
            .iter()
            .any(|p| lower.starts_with(p))
    {
        return true;
    }
    if chars < 100 && (lower.ends_with("getty images") || lower.contains("(image:")) {
        return true;
    }
    if lower.starts_with("image ") && lower.contains(" of ") && chars < 100 && has_digit {
        return true;
    }
    // A byline: "By Jane Doe", "By Reuters"; a source line: "SOURCE: News agencies".
    if (lower.starts_with("by ") || lower.starts_with("source:"))
        && words <= 8
        && !block.ends_with('.')
    {
        return true;
    }
    // "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."
    if chars < 300
        && lower.starts_with("follow ")
        && ["twitter", "facebook", "instagram"]
            .iter()
            .any(|s| lower.contains(s))
    {
        return true;
    }
    // "Download our app for iOS and Android."
    if chars < 200 && lower.contains("download") && lower.contains(" app") {
        return true;
    }
    // "4 min read", "5 minute read".
    if words <= 4 && (lower.ends_with("min read") || lower.ends_with("minute read")) {
        return true;
    }
    // A bare date or time: "Nov. 20, 2019, 9:28 AM UTC", "15:23 2019".
    if chars <= 60 && has_digit && !block.ends_with('.') && words <= 8 && looks_like_date(&lower) {
        return true;
    }
    is_credited_caption(&lower, chars)
}

/// Whether a short block is a date or time and little else: most of its words are numbers,
/// month or weekday names, or date furniture ("am", "utc", "updated").
fn looks_like_date(lower: &str) -> bool {
    let has_time = lower
        .as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    let has_year = lower
        .split(|c: char| !c.is_ascii_digit())
        .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
    let is_month = |w: &str| w.len() >= 3 && MONTHS.iter().any(|m| w.starts_with(m));
    let has_month = lower.split(|c: char| !c.is_alphabetic()).any(is_month);
    if !(has_time || (has_year && has_month)) {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '|' || c == '/')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let dateish = words
        .iter()
        .filter(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.chars()
                .all(|c| c.is_ascii_digit() || c == ':' || c == '.' || c == '-')
                || is_month(w)
                || DATE_WORDS.contains(&w)
                || sitrep_text::calendar::WEEKDAYS.contains(&w)
        })
        .count();
    dateish * 10 >= words.len() * 7
}

/// Words that surround printed dates (the weekdays written out are `sitrep_text::calendar`'s).
const DATE_WORDS: &[&str] = &[
    "am",
    "pm",
    "a.m",
    "p.m",
    "utc",
    "gmt",
    "est",
    "edt",
    "pst",
    "pdt",
    "bst",
    "cet",
    "ist",
    "updated",
    "published",
    "posted",
    "on",
    "at",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "de",
    "às",
];

/// A photo caption ending in a parenthesised credit: "... (AP Photo/Alan Diaz, File)".
fn is_credited_caption(lower: &str, chars: usize) -> bool {
    if chars >= 400 || !lower.ends_with(')') {
        return false;
    }
    let Some(open) = lower.rfind('(') else {
        return false;
    };
    let credit = lower.get(open..).unwrap_or("");
    [
        "photo", "image", "getty", "credit", "reuters", "afp", "file",
    ]
    .iter()
    .any(|w| credit.contains(w))
}

/// A short block that is nothing but a link to a headline: a related story or a "read more"
/// prompt. Links that print a web address or a price are sources and offers, and stay.
pub(super) fn is_link_block(block: &Block) -> bool {
    if block.chars == 0
        || block.chars >= 150
        || block.link_chars * 10 < block.chars * 8
        || block.tag.starts_with('h')
    {
        return false;
    }
    let text = block.text.as_str();
    let words = text.split_whitespace().count();
    let lower = text.to_lowercase();
    let web_address = lower.contains("http") || lower.contains("www.") || lower.contains(".com");
    let price = text.contains(['$', '£', '€']);
    words >= 3 && !web_address && !price
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_blocks_by_text() {
        for block in [
            "Advertisement",
            "ADVERTISEMENT",
            "Read more: Monsoon rains lash Sindh",
            "Photo: Damian Dovarganes, AP",
            "Updated 1:39 am EST, Wednesday, November 20, 2019",
            "Nov. 20, 2019, 9:28 AM UTC",
            "Updated at 1:23 p.m.",
            "By Reuters",
            "by Regan September 15, 2014",
            "© Aaron Schwartz",
            "Sheikh Mohammed passes a Boeing 787-10 aircraft. (AP Photo/Alan Diaz, File)",
            "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
            "4 min read",
            "Sign up for our newsletter and get the news first.",
            "%",
        ] {
            assert!(is_boilerplate_text(block), "{block}");
        }
        for block in [
            "Advertisement spending rose by a third, the agency said.",
            "By the end of the week the river had fallen by two metres.",
            "— Rep. Ilhan Omar (@Ilhan) November 19, 2019",
            "The best new character in 2019.",
            "2019 Audi e-tron Review: Grading on a Curve",
            "Updated figures from the ministry show 40 deaths, up from 12 on Monday, officials said.",
            "He said the plan (first announced in 2019) was dead.",
        ] {
            assert!(!is_boilerplate_text(block), "{block}");
        }
    }

    #[test]
    fn dates_are_mostly_date_words() {
        assert!(looks_like_date("15:23 2019"));
        assert!(looks_like_date("posted: fri 6:45 pm, feb 16, 2018 |"));
        assert!(looks_like_date(
            "sexta-feira, 22 de outubro de 2010 às 20:13"
        ));
        assert!(!looks_like_date("the vote on nov 5, 2019 was close"));
        assert!(!looks_like_date("november"));
    }

    #[test]
    fn suspect_names() {
        assert!(is_suspect_name("social-share-bar "));
        assert!(is_suspect_name("article__caption "));
        assert!(is_suspect_name("ad ad--in-article "));
        assert!(!is_suspect_name("header-image shadow "));
        assert!(!is_suspect_name("article-body related-content "));
        assert!(!is_suspect_name("social-media-embed "));
        assert!(!is_suspect_name(""));
    }

    #[test]
    fn link_blocks() {
        let block = |text: &str, link_chars: usize, tag: &'static str| Block {
            text: text.to_string(),
            tag,
            chars: text.chars().filter(|c| !c.is_whitespace()).count(),
            link_chars,
        };
        assert!(is_link_block(&block(
            "Dock workers end strike at port",
            26,
            "li"
        )));
        assert!(!is_link_block(&block(
            "Dock workers end strike at port",
            10,
            "p"
        )));
        assert!(!is_link_block(&block("Dock workers end strike", 20, "h2")));
        assert!(!is_link_block(&block("www.example.com", 15, "p")));
        assert!(!is_link_block(&block(
            "Get it on Amazon for $39.99",
            22,
            "li"
        )));
        assert!(!is_link_block(&block("Home", 4, "li")));
    }
}
