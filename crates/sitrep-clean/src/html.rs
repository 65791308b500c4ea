//! HTML main-content extraction: the article body of a news page as plain text blocks, plus the
//! page's metadata (title, byline, publication date, site name, language).
//!
//! The body is found in three steps:
//! 1. [`dom_smoothie`] (a port of Mozilla's Readability.js) picks the DOM subtree that holds the
//!    article, with classes kept so that step 2 can read them;
//! 2. that subtree is walked into text blocks (one per paragraph, heading, list item, quote),
//!    leaving out elements judged boilerplate by name, class, id or shape: figures and captions,
//!    share bars, related-link lists, newsletter boxes, hover cards (see `html_score.rs`);
//! 3. whole blocks judged boilerplate by their text are dropped: "Advertisement", "Read more:",
//!    photo credits, bare datelines and bylines, copyright lines, the headline repeated.
//!
//! Everything on the page that did not make it into the text is listed in
//! [`HtmlExtract::removed`], so a reader can see what was cut. Metadata comes from `<meta>`
//! tags, JSON-LD and the markup, each best effort; the publication date says where it was found.
//!
//! Extraction is total: malformed, empty, huge or deeply nested input gives a (possibly empty)
//! result, never a panic. Input beyond [`MAX_INPUT_BYTES`] is ignored.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use dom_query::{Document, NodeData, NodeId, NodeRef};
use dom_smoothie::{Config, ParsePolicy, Readability};

#[path = "html_score.rs"]
mod score;

use score::Stats;

/// What the HTML extractor found in one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlExtract {
    /// The headline: `og:title`, `<h1>` or `<title>` (site name suffix removed); None when absent.
    pub title: Option<String>,
    /// The author line as printed, e.g. `By Staff, Agencies`.
    pub byline: Option<String>,
    /// The publication date or timestamp as the page printed it, and where it was found
    /// (e.g. `html meta article:published_time`, `json-ld datePublished`, `html time`, `url path`).
    pub published: Option<(String, String)>,
    /// The site name (`og:site_name`, JSON-LD publisher), when the page gives one.
    pub site_name: Option<String>,
    /// `<html lang>` or `content-language` meta, when given.
    pub language: Option<String>,
    /// The main text: one paragraph (or heading, list item) per block, blocks joined by "\n\n".
    pub text: String,
    /// Text blocks judged boilerplate, in document order (menus, share bars, related links...).
    pub removed: Vec<String>,
}

/// Input beyond this many bytes is ignored (the largest real pages are a few MB).
pub const MAX_INPUT_BYTES: usize = 16 << 20;

/// Deeper documents are not given to dom_smoothie, whose recursion would need about 200 bytes
/// of stack per level; real pages nest a few dozen levels.
const MAX_READABILITY_DEPTH: usize = 400;

/// At most this many removed blocks are listed.
const MAX_REMOVED: usize = 200;

/// Extract the main content and metadata of an HTML page. Total: never panics, whatever the input.
pub fn extract(html: &str, url: Option<&str>) -> HtmlExtract {
    let html = truncate(html, MAX_INPUT_BYTES);
    let stripped = crate::html_strip::strip_inert(html);
    let html = truncate(&stripped, nesting_limit(&stripped));
    let doc = Document::from(html);
    let meta = metadata(&doc, url);
    let page_blocks = doc
        .body()
        .map(|body| blocks_of(&body, false))
        .unwrap_or_default();
    let page_prose = prose_chars(&page_blocks);
    let whole_body = |doc: &Document| {
        doc.body()
            .map(|body| blocks_of(&body, true))
            .unwrap_or_default()
    };
    let article = if meta.depth > MAX_READABILITY_DEPTH {
        // dom_smoothie recurses over the tree; a pathological nesting would overflow the stack,
        // so such pages get only our own filters over the whole body.
        whole_body(&doc)
    } else {
        // dom_smoothie is not ours to audit for panics (it sorts scores with
        // `partial_cmp().unwrap()` and asserts tree shapes), and this function promises to be
        // total. When it finds no article at all, the page is small or odd: keep its text.
        catch_unwind(AssertUnwindSafe(|| article_blocks(html, doc, page_prose)))
            .ok()
            .flatten()
            .unwrap_or_else(|| whole_body(&Document::from(html)))
    };
    let kept = keep_body_blocks(article, &meta);
    let removed = removed_blocks(&page_blocks, &kept);
    HtmlExtract {
        title: meta.title,
        byline: meta.byline,
        published: meta.published,
        site_name: meta.site_name,
        language: meta.language,
        text: kept.join("\n\n"),
        removed,
    }
}

/// Let Readability pick the article subtree and walk it into blocks, leaving out boilerplate
/// elements. None when Readability finds nothing.
///
/// Readability's first pass strips "unlikely" elements by class name and stops as soon as it
/// has 500 characters; on some pages that strips the article and keeps a disclosure box. When
/// the pick holds less than 40% of the page's paragraph text, a second pass that scores class
/// names but strips nothing gets a chance, and wins if it finds half as much again.
fn article_blocks(html: &str, doc: Document, page_prose: usize) -> Option<Vec<Block>> {
    let first = readability_sieve(html, doc);
    let first_prose = first.as_deref().map_or(0, prose_chars);
    if page_prose > 1000 && first_prose * 10 < page_prose * 4 {
        let retry = readability_pass(Document::from(html), Some(ParsePolicy::Moderate));
        if retry.as_deref().map_or(0, prose_chars) * 2 > first_prose * 3 {
            return retry;
        }
    }
    first
}

/// Readability's sieve: the strict attempt, then looser ones while the pick holds less than
/// `char_threshold` characters. `Readability::parse` copies the whole tree before every attempt;
/// the strict attempt alone needs no copy, so it runs first on `doc` and the full sieve runs on
/// a fresh parse only when it falls short. Same pick, one tree copy less on most pages.
fn readability_sieve(html: &str, doc: Document) -> Option<Vec<Block>> {
    let threshold = readability_config().char_threshold;
    match readability_run(doc, Some(ParsePolicy::Strict)) {
        Some((blocks, chars)) if chars >= threshold => Some(blocks),
        _ => readability_run(Document::from(html), None).map(|(blocks, _)| blocks),
    }
}

/// One attempt with `policy`, or the full sieve with `None`. No document URL is given, as it
/// only serves to make links absolute and the text has no links. Returns the blocks and the
/// pick's character count as Readability measures it.
fn readability_pass(doc: Document, policy: Option<ParsePolicy>) -> Option<Vec<Block>> {
    readability_run(doc, policy).map(|(blocks, _)| blocks)
}

fn readability_run(doc: Document, policy: Option<ParsePolicy>) -> Option<(Vec<Block>, usize)> {
    let mut readability = Readability::with_document(doc, None, Some(readability_config())).ok()?;
    match policy {
        None => readability.parse().ok()?,
        Some(policy) => readability.parse_with_policy(policy).ok()?,
    };
    let root = readability.doc.select_single("#readability-page-1");
    let node = root.nodes().first().copied()?;
    Some((blocks_of(&node, true), node.normalized_char_count()))
}

fn readability_config() -> Config {
    Config {
        keep_classes: true,
        // Our own metadata reader parses JSON-LD once; Readability need not do it again.
        disable_json_ld: true,
        ..Config::default()
    }
}

/// Characters of running prose: text outside links in `<p>` blocks that are mostly not links.
fn prose_chars(blocks: &[Block]) -> usize {
    blocks
        .iter()
        .filter(|b| b.tag == "p" && b.link_chars * 2 < b.chars)
        .map(|b| b.chars - b.link_chars)
        .sum()
}

/// Drop the blocks that are boilerplate by their text or are bare related-story links, and the
/// headline repeated at the top; rejoin drop caps.
fn keep_body_blocks(blocks: Vec<Block>, meta: &Metadata) -> Vec<String> {
    let title_key = meta.title.as_deref().map(match_key);
    let mut kept: Vec<String> = Vec::with_capacity(blocks.len());
    let mut pending_initial: Option<String> = None;
    for block in blocks {
        if score::is_boilerplate_text(&block.text) || score::is_link_block(&block) {
            continue;
        }
        // A drop cap printed apart from its paragraph: "T" then "urkey, Poland and ...".
        if let Some(initial) = pending_initial.take() {
            if block.text.starts_with(char::is_lowercase) {
                kept.push(format!("{initial}{}", block.text));
                continue;
            }
            kept.push(initial);
        }
        if block.text.chars().count() == 1 && block.text.starts_with(char::is_uppercase) {
            pending_initial = Some(block.text);
            continue;
        }
        if kept.len() < 2 {
            let key = match_key(&block.text);
            if title_key.as_deref() == Some(key.as_str()) {
                continue;
            }
        }
        kept.push(block.text);
    }
    kept.extend(pending_initial);
    kept
}

/// Case- and punctuation-insensitive form of a text, for comparing blocks with metadata.
fn match_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The page's blocks not in the kept text (as a multiset), in page order, capped.
fn removed_blocks(page: &[Block], kept: &[String]) -> Vec<String> {
    let mut kept_counts: HashMap<&str, usize> = HashMap::new();
    for k in kept {
        *kept_counts.entry(k.as_str()).or_insert(0) += 1;
    }
    let mut removed = Vec::new();
    for block in page {
        match kept_counts.get_mut(block.text.as_str()) {
            Some(n) if *n > 0 => *n -= 1,
            _ => {
                removed.push(block.text.clone());
                if removed.len() == MAX_REMOVED {
                    break;
                }
            }
        }
    }
    removed
}

/// Estimated tree depth beyond which the input is cut: the HTML parser spends time quadratic in
/// the nesting depth (5,000 levels take ~0.1 s, 100,000 take 30 s), and no real page nests
/// more than a few dozen levels.
const MAX_NESTING: usize = 5000;

/// Elements that never enclose anything, or whose end tag is implied by the next sibling: they
/// do not deepen the tree as written.
const FLAT_TAGS: &[&[u8]] = &[
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
    b"p",
    b"li",
    b"dt",
    b"dd",
    b"tr",
    b"td",
    b"th",
    b"option",
    b"optgroup",
    b"thead",
    b"tbody",
    b"tfoot",
    b"colgroup",
    b"rb",
    b"rt",
    b"rp",
    b"html",
    b"head",
    b"body",
];

/// The byte offset where the open-tag nesting of `html` (a quick count of start and end tags,
/// not a parse) first exceeds [`MAX_NESTING`], or its length when it never does.
fn nesting_limit(html: &str) -> usize {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(offset) = bytes.get(i..).and_then(|rest| memchr::memchr(b'<', rest)) {
        let at = i + offset;
        i = at + 1;
        match bytes.get(at + 1) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(b) if b.is_ascii_alphabetic() => {
                let name_len = bytes
                    .get(at + 1..)
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                let name = bytes.get(at + 1..at + 1 + name_len).unwrap_or(&[]);
                let flat = FLAT_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name));
                if !flat {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return at;
                    }
                }
            }
            _ => {}
        }
    }
    html.len()
}

/// The longest prefix of `s` of at most `max` bytes that ends on a char boundary.
fn truncate(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    s.get(..end).unwrap_or("")
}

/// One text block: a paragraph, heading, list item or other block-level run of text.
#[derive(Debug, Clone, Default)]
struct Block {
    /// The text, whitespace collapsed to single spaces.
    text: String,
    /// The innermost block element it came from (`p`, `h2`, `li`, ...).
    tag: &'static str,
    /// Non-whitespace characters.
    chars: usize,
    /// Of which inside links.
    link_chars: usize,
}

/// Sum text, link text and images for every node under `root`, bottom-up, iteratively.
fn subtree_stats(root: &NodeRef) -> HashMap<NodeId, Stats> {
    let mut stats: HashMap<NodeId, Stats> = HashMap::new();
    let mut stack: Vec<(NodeRef, bool)> = vec![(*root, true)];
    while let Some((node, entering)) = stack.pop() {
        if entering {
            stack.push((node, false));
            stack.extend(node.children_it(false).map(|c| (c, true)));
            continue;
        }
        let own = node.query_or(Stats::default(), |n| match &n.data {
            NodeData::Text { contents } => Stats {
                chars: contents.chars().filter(|c| !c.is_whitespace()).count(),
                ..Stats::default()
            },
            NodeData::Element(el) if &*el.name.local == "img" => Stats {
                images: usize::from(!score::is_tiny_image(el)),
                ..Stats::default()
            },
            _ => Stats::default(),
        });
        let mut total = own;
        for child in node.children_it(false) {
            if let Some(c) = stats.get(&child.id) {
                total.chars += c.chars;
                total.link_chars += c.link_chars;
                total.images += c.images;
                total.figure_chars += c.figure_chars;
            }
        }
        if node.has_name("a") {
            total.link_chars = total.chars;
        }
        if node.has_name("figure") {
            total.figure_chars = total.chars;
        }
        stats.insert(node.id, total);
    }
    stats
}

/// Collects text into blocks while the DOM is walked.
#[derive(Default)]
struct BlockWriter {
    blocks: Vec<Block>,
    current: Block,
    /// Open block elements, innermost last.
    open: Vec<&'static str>,
    /// How many `a` elements enclose the current position.
    link_depth: usize,
}

impl BlockWriter {
    fn text(&mut self, text: &str) {
        let out = &mut self.current.text;
        let mut space = text.starts_with(char::is_whitespace);
        for word in text.split_whitespace() {
            if space && !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
            out.push_str(word);
            space = true;
            let n = word.chars().count();
            self.current.chars += n;
            if self.link_depth > 0 {
                self.current.link_chars += n;
            }
        }
        if text.ends_with(char::is_whitespace) && !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }

    fn flush(&mut self) {
        let mut block = std::mem::take(&mut self.current);
        let trimmed_len = block.text.trim_end().len();
        block.text.truncate(trimmed_len);
        if !block.text.is_empty() {
            block.tag = self.open.last().copied().unwrap_or("");
            self.blocks.push(block);
        }
    }
}

/// Text blocks under `root`, in document order, whitespace collapsed. Iterative, so deep
/// nesting cannot overflow the stack. With `filter`, elements judged boilerplate by their
/// name, class, id or shape are left out.
fn blocks_of(root: &NodeRef, filter: bool) -> Vec<Block> {
    let stats = if filter {
        subtree_stats(root)
    } else {
        HashMap::new()
    };
    let root_stats = stats.get(&root.id).copied().unwrap_or_default();
    let mut writer = BlockWriter::default();
    let mut stack: Vec<(NodeRef, bool)> = vec![(*root, true)];
    while let Some((node, entering)) = stack.pop() {
        enum Kind {
            Skip,
            Element {
                block: Option<&'static str>,
                link: bool,
            },
        }
        let kind = node.query_or(Kind::Skip, |n| match &n.data {
            NodeData::Text { contents } => {
                writer.text(contents);
                Kind::Skip
            }
            NodeData::Element(el) => {
                let name = el.name.local.as_ref();
                let skip = score::is_invisible_tag(name)
                    || score::is_hidden(el)
                    || (filter
                        && entering
                        && node.id != root.id
                        && score::is_boilerplate_element(
                            el,
                            &node,
                            &stats.get(&node.id).copied().unwrap_or_default(),
                            &root_stats,
                        ));
                if skip {
                    Kind::Skip
                } else {
                    Kind::Element {
                        block: score::block_tag(name),
                        link: name == "a",
                    }
                }
            }
            NodeData::Document | NodeData::Fragment => Kind::Element {
                block: Some("body"),
                link: false,
            },
            _ => Kind::Skip,
        });
        let Kind::Element { block, link } = kind else {
            continue;
        };
        if let Some(tag) = block {
            writer.flush();
            if entering {
                writer.open.push(tag);
            } else {
                writer.open.pop();
            }
        }
        if link {
            if entering {
                writer.link_depth += 1;
            } else {
                writer.link_depth = writer.link_depth.saturating_sub(1);
            }
        }
        if entering {
            stack.push((node, false));
            let len = stack.len();
            stack.extend(node.children_it(false).map(|c| (c, true)));
            if let Some(tail) = stack.get_mut(len..) {
                tail.reverse();
            }
        }
    }
    writer.flush();
    writer.blocks
}

/// What the page says about itself.
#[derive(Debug, Default)]
struct Metadata {
    title: Option<String>,
    byline: Option<String>,
    published: Option<(String, String)>,
    site_name: Option<String>,
    language: Option<String>,
    /// How deep the document tree nests.
    depth: usize,
}

/// `<meta>` keys that carry a publication date, in order of trust.
const DATE_META_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "date",
    "dc.date",
    "dc.date.issued",
    "pubdate",
    "publishdate",
    "sailthru.date",
    "parsely-pub-date",
];

/// Longest metadata value kept; anything longer is not a title, name or date.
const MAX_META_CHARS: usize = 400;

/// What one pass over the document collects for the metadata cascades.
#[derive(Debug, Default)]
struct PageFacts {
    /// `<meta>` contents by lower-cased `name`, `property` or `http-equiv` (first wins).
    meta: HashMap<String, String>,
    /// The `content`, `datetime` or text of the first `itemprop=datePublished` element.
    itemprop_published: Option<String>,
    /// Texts of `application/ld+json` scripts.
    json_ld: Vec<String>,
    title_element: Option<String>,
    first_h1: Option<String>,
    html_lang: Option<String>,
    rel_author: Option<String>,
    byline_element: Option<String>,
    /// `datetime` of the first `<time>` inside an `<article>`, and of the first anywhere.
    time_in_article: Option<String>,
    time_anywhere: Option<String>,
    /// How deep the tree nests.
    depth: usize,
}

/// Walk the whole document once, collecting what the metadata cascades need.
fn page_facts(doc: &Document) -> PageFacts {
    let mut facts = PageFacts::default();
    let mut stack: Vec<(NodeRef, usize, usize)> = vec![(doc.root(), 0, 0)];
    while let Some((node, article_depth, depth)) = stack.pop() {
        facts.depth = facts.depth.max(depth);
        let mut in_article = article_depth;
        node.query(|n| {
            let NodeData::Element(el) = &n.data else {
                return;
            };
            let name = el.name.local.as_ref();
            let attr = |key: &str| {
                el.attrs
                    .iter()
                    .find(|a| &*a.name.local == key)
                    .map(|a| a.value.trim().to_string())
            };
            match name {
                "html" => facts.html_lang = facts.html_lang.take().or_else(|| attr("lang")),
                "meta" => {
                    if let Some(content) = attr("content").filter(|c| !c.is_empty()) {
                        for key in ["property", "name", "http-equiv"] {
                            if let Some(k) = attr(key) {
                                facts
                                    .meta
                                    .entry(k.to_ascii_lowercase())
                                    .or_insert_with(|| content.clone());
                            }
                        }
                    }
                }
                "script"
                    if attr("type")
                        .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
                {
                    facts.json_ld.push(node.text().to_string());
                }
                "title" if facts.title_element.is_none() => {
                    facts.title_element = clean_meta(&node.text());
                }
                "h1" if facts.first_h1.is_none() => facts.first_h1 = clean_meta(&node.text()),
                "article" => in_article += 1,
                "time" => {
                    if let Some(dt) = attr("datetime").filter(|d| !d.is_empty()) {
                        if facts.time_anywhere.is_none() {
                            facts.time_anywhere = Some(dt.clone());
                        }
                        if article_depth > 0 && facts.time_in_article.is_none() {
                            facts.time_in_article = Some(dt);
                        }
                    }
                }
                _ => {}
            }
            if facts.itemprop_published.is_none()
                && attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
            {
                facts.itemprop_published = attr("content")
                    .or_else(|| attr("datetime"))
                    .or_else(|| clean_meta(&node.text()))
                    .filter(|v| !v.is_empty());
            }
            if facts.rel_author.is_none()
                && matches!(name, "a" | "link" | "span")
                && attr("rel").is_some_and(|r| r.split_whitespace().any(|w| w == "author"))
            {
                facts.rel_author = clean_meta(&node.text()).filter(|t| t.chars().count() <= 100);
            }
            if facts.byline_element.is_none()
                && !matches!(name, "html" | "body" | "meta" | "script" | "link")
                && attr("class").is_some_and(|c| {
                    let c = c.to_ascii_lowercase();
                    c.contains("byline")
                        || c.split(|ch: char| !ch.is_ascii_alphanumeric())
                            .any(|w| w == "author")
                })
            {
                facts.byline_element =
                    clean_meta(&node.text()).filter(|t| (3..=100).contains(&t.chars().count()));
            }
        });
        let len = stack.len();
        stack.extend(node.children_it(false).map(|c| (c, in_article, depth + 1)));
        if let Some(tail) = stack.get_mut(len..) {
            tail.reverse();
        }
    }
    facts
}

/// Whitespace collapsed, entities already decoded by the parser; None when empty or too long.
fn clean_meta(text: &str) -> Option<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty() && text.chars().count() <= MAX_META_CHARS).then_some(text)
}

/// What JSON-LD says about the article.
#[derive(Debug, Default)]
struct JsonLdFacts {
    headline: Option<String>,
    date_published: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
}

/// Read the article object of the page's JSON-LD blocks (inside `@graph` too). Article types
/// are preferred; other objects fill what is still missing.
fn json_ld_facts(scripts: &[String]) -> JsonLdFacts {
    let mut objects: Vec<&serde_json::Map<String, serde_json::Value>> = Vec::new();
    let parsed: Vec<serde_json::Value> = scripts
        .iter()
        .filter_map(|s| serde_json::from_str(s.trim()).ok())
        .collect();
    for value in &parsed {
        collect_objects(value, &mut objects, 0);
    }
    let is_article = |o: &&serde_json::Map<String, serde_json::Value>| {
        let types: Vec<&str> = match o.get("@type") {
            Some(serde_json::Value::String(t)) => vec![t.as_str()],
            Some(serde_json::Value::Array(ts)) => ts.iter().filter_map(|t| t.as_str()).collect(),
            _ => Vec::new(),
        };
        types
            .iter()
            .any(|t| t.ends_with("Article") || *t == "BlogPosting" || *t == "Report")
    };
    let mut ordered: Vec<&serde_json::Map<String, serde_json::Value>> =
        objects.iter().copied().filter(is_article).collect();
    ordered.extend(objects.iter().copied().filter(|o| !is_article(o)));

    let mut facts = JsonLdFacts::default();
    for o in ordered {
        if facts.headline.is_none() {
            facts.headline = o
                .get("headline")
                .and_then(|v| v.as_str())
                .and_then(clean_meta);
        }
        if facts.date_published.is_none() {
            facts.date_published = o
                .get("datePublished")
                .and_then(|v| v.as_str())
                .and_then(clean_meta);
        }
        if facts.authors.is_empty()
            && let Some(author) = o.get("author")
        {
            facts.authors = names_of(author);
        }
        if facts.publisher.is_none() {
            facts.publisher = o
                .get("publisher")
                .and_then(|p| names_of(p).into_iter().next());
        }
    }
    facts
}

/// Every JSON object in `value`, depth first, down to a fixed depth.
fn collect_objects<'v>(
    value: &'v serde_json::Value,
    out: &mut Vec<&'v serde_json::Map<String, serde_json::Value>>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    match value {
        serde_json::Value::Object(o) => {
            out.push(o);
            for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                if let Some(v) = o.get(key) {
                    collect_objects(v, out, depth + 1);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for item in items {
                collect_objects(item, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// Names in a JSON-LD `author` or `publisher`: a string, an object with `name`, or a list.
fn names_of(value: &serde_json::Value) -> Vec<String> {
    match value {
        serde_json::Value::String(s) => clean_meta(s).into_iter().collect(),
        serde_json::Value::Object(o) => o
            .get("name")
            .and_then(|n| n.as_str())
            .and_then(clean_meta)
            .into_iter()
            .collect(),
        serde_json::Value::Array(items) => items.iter().take(10).flat_map(names_of).collect(),
        _ => Vec::new(),
    }
}

fn metadata(doc: &Document, url: Option<&str>) -> Metadata {
    let facts = page_facts(doc);
    let ld = json_ld_facts(&facts.json_ld);
    let meta = |key: &str| facts.meta.get(key).and_then(|v| clean_meta(v));

    let site_name = meta("og:site_name").or_else(|| ld.publisher.clone());
    let title = meta("og:title")
        .map(|t| strip_site_suffix(&t, site_name.as_deref(), false))
        .or_else(|| {
            meta("twitter:title").map(|t| strip_site_suffix(&t, site_name.as_deref(), false))
        })
        .or_else(|| ld.headline.clone())
        .or_else(|| facts.first_h1.clone())
        .or_else(|| {
            facts
                .title_element
                .as_deref()
                .map(|t| strip_site_suffix(t, site_name.as_deref(), true))
        })
        .filter(|t| !t.is_empty());

    let not_url = |v: &String| !v.starts_with("http") && !v.contains(".com/");
    let byline = meta("author")
        .filter(not_url)
        .or_else(|| (!ld.authors.is_empty()).then(|| ld.authors.join(", ")))
        .or_else(|| meta("article:author").filter(not_url))
        .or_else(|| facts.rel_author.clone())
        .or_else(|| facts.byline_element.clone());

    let published = DATE_META_KEYS
        .iter()
        .find_map(|key| meta(key).map(|v| (v, format!("html meta {key}"))))
        .or_else(|| {
            facts
                .itemprop_published
                .clone()
                .and_then(|v| clean_meta(&v))
                .map(|v| (v, "html itemprop datePublished".to_string()))
        })
        .or_else(|| {
            ld.date_published
                .clone()
                .map(|v| (v, "json-ld datePublished".to_string()))
        })
        .or_else(|| {
            facts
                .time_in_article
                .clone()
                .or_else(|| facts.time_anywhere.clone())
                .and_then(|v| clean_meta(&v))
                .map(|v| (v, "html time".to_string()))
        })
        .or_else(|| url.and_then(url_date).map(|v| (v, "url path".to_string())));

    let language = facts
        .html_lang
        .clone()
        .or_else(|| meta("content-language"))
        .and_then(|l| clean_meta(&l))
        .filter(|l| l.len() <= 35);

    Metadata {
        title,
        byline,
        published,
        site_name,
        language,
        depth: facts.depth,
    }
}

/// Separators between a headline and the site name in `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » "];

/// Remove a trailing " | Site" (or " - Site") from a title: always when the tail is the site
/// name or looks like a host name; for a `<title>` element (`loose`) also when the tail is at
/// most four words after a longer headline, or separated by a pipe.
fn strip_site_suffix(title: &str, site_name: Option<&str>, loose: bool) -> String {
    let site_key = site_name.map(match_key);
    let mut title = title.trim();
    // The whole site name after a separator, even when it holds a separator itself.
    if let Some(site) = site_name.map(str::trim).filter(|s| !s.is_empty()) {
        for sep in TITLE_SEPARATORS {
            let suffix = format!("{sep}{site}");
            if let Some(head) = title.strip_suffix(suffix.as_str()) {
                if !head.trim().is_empty() {
                    title = head.trim();
                }
                break;
            }
        }
    }
    for _ in 0..2 {
        let Some((sep, pos)) = TITLE_SEPARATORS
            .iter()
            .filter_map(|sep| title.rfind(sep).map(|pos| (*sep, pos)))
            .max_by_key(|(_, pos)| *pos)
        else {
            break;
        };
        let (head, tail) = (
            title.get(..pos).unwrap_or(title).trim(),
            title.get(pos + sep.len()..).unwrap_or("").trim(),
        );
        let tail_words = tail.split_whitespace().count();
        let head_words = head.split_whitespace().count();
        let is_site = site_key
            .as_deref()
            .is_some_and(|k| !k.is_empty() && match_key(tail) == k)
            || (tail_words <= 4 && tail.split_whitespace().any(looks_like_host));
        let looks_like_site =
            loose && (sep == " | " || (tail_words <= 4 && head_words > tail_words));
        if head.is_empty() || !(is_site || looks_like_site) {
            break;
        }
        title = head;
    }
    title.to_string()
}

/// A word like `przepisy.pl` or `www.example.com`: letters, a dot, letters.
fn looks_like_host(word: &str) -> bool {
    let parts: Vec<&str> = word.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '-'))
        && parts
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic))
}

/// A `/YYYY/MM/DD/` or `/YYYY-MM-DD` date in a URL path, as `YYYY-MM-DD`.
fn url_date(url: &str) -> Option<String> {
    let path_start = url.find("://").map_or(0, |i| i + 3);
    let path = url.get(path_start..)?;
    let path = path.get(path.find('/')?..)?;
    let bytes = path.as_bytes();
    let digits = |from: usize, n: usize| -> Option<u32> {
        let s = path.get(from..from + n)?;
        if s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().ok()
        } else {
            None
        }
    };
    for (i, _) in path.match_indices('/') {
        let Some(year) = digits(i + 1, 4) else {
            continue;
        };
        let sep = bytes.get(i + 5).copied();
        if !(1990..=2100).contains(&year) || !matches!(sep, Some(b'/' | b'-')) {
            continue;
        }
        let (Some(month), Some(day)) = (digits(i + 6, 2), digits(i + 9, 2)) else {
            continue;
        };
        let sep2 = bytes.get(i + 8).copied();
        let end = bytes.get(i + 11).copied();
        let well_formed = sep2 == sep
            && (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && (sep == Some(b'-') || matches!(end, None | Some(b'/')));
        if well_formed {
            return Some(format!("{year:04}-{month:02}-{day:02}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The golden-test dump: metadata lines, then one line per text block.
    fn check(html: &str, url: Option<&str>) -> String {
        let ex = extract(html, url);
        let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_string());
        let published = ex
            .published
            .as_ref()
            .map_or("-".to_string(), |(v, from)| format!("{v} ({from})"));
        let mut out = format!(
            "title: {}\nbyline: {}\npublished: {published}\nsite_name: {}\nlanguage: {}\ntext:\n",
            opt(&ex.title),
            opt(&ex.byline),
            opt(&ex.site_name),
            opt(&ex.language),
        );
        for block in ex.text.split("\n\n").filter(|b| !b.is_empty()) {
            out.push_str(block);
            out.push('\n');
        }
        out
    }

    #[test]
    fn golden_pages() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data/html");
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
            .collect();
        paths.sort();
        assert!(!paths.is_empty());
        let mut failures = Vec::new();
        for path in paths {
            let html = std::fs::read_to_string(&path).unwrap();
            let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
            // The first line of a page may name its URL: `<!-- url: https://... -->`.
            let url = html
                .lines()
                .next()
                .and_then(|l| l.strip_prefix("<!-- url: "))
                .and_then(|l| l.strip_suffix(" -->"));
            let actual = check(&html, url);
            if actual != expected {
                failures.push(format!(
                    "{}\n--- expected\n{expected}--- actual\n{actual}",
                    path.display()
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn removed_lists_the_boilerplate_in_page_order() {
        let html = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("test_data/html/0001_news_article.html"),
        )
        .unwrap();
        let ex = extract(&html, None);
        for boilerplate in [
            "Home",
            "Floods close the port of Karachi",
            "By Amina Qureshi",
            "Advertisement",
            "Sign up for our newsletter and get the news first.",
            "Dock workers end two-week strike at Karachi port",
            "© 2024 Harbour Times. All rights reserved.",
        ] {
            assert!(ex.removed.iter().any(|r| r == boilerplate), "{boilerplate}");
        }
        assert!(
            !ex.removed
                .iter()
                .any(|r| r.contains("stranding dozens of ships"))
        );
        let home = ex.removed.iter().position(|r| r == "Home").unwrap();
        let footer = ex.removed.iter().position(|r| r.starts_with('©')).unwrap();
        assert!(home < footer);
    }

    #[test]
    fn a_bare_paragraph_is_kept() {
        let ex = extract("<p>Floodwater closed the port on Monday.</p>", None);
        assert_eq!(ex.text, "Floodwater closed the port on Monday.");
        assert!(ex.removed.is_empty());
        let ex = extract("Floodwater closed the port.\n\nShips waited.", None);
        assert_eq!(ex.text, "Floodwater closed the port. Ships waited.");
    }

    #[test]
    fn removed_is_capped() {
        let paragraph = "<p>The river rose by two metres overnight, and the council closed the bridge, the road along the bank and the two schools nearest to the water until further notice.</p>";
        let html = format!(
            "<body><nav>{}</nav><article>{}</article></body>",
            "<div><a href='/x'>menu item</a></div>".repeat(500),
            paragraph.repeat(5)
        );
        assert_eq!(extract(&html, None).removed.len(), MAX_REMOVED);
    }

    #[test]
    fn total_on_hostile_input() {
        let cases = [
            String::new(),
            "<<<>>><p<p<p>&&&#;;\u{0}\u{feff}</div></div>".to_string(),
            format!("{}deep{}", "<div>".repeat(20_000), "</div>".repeat(20_000)),
            format!("<p>{}deep", "<b><i>".repeat(20_000)),
            format!("{}x", "<table><tr><td>".repeat(5_000)),
            format!(
                "<script type=\"application/ld+json\">{}</script><p>x</p>",
                "[".repeat(50_000)
            ),
            "<meta property=\"og:title\" content=\"\"><title> | </title>".to_string(),
        ];
        for html in &cases {
            let ex = extract(html, Some("not a url/2020/99/99/"));
            assert!(ex.text.len() <= html.len());
            assert!(ex.removed.len() <= MAX_REMOVED);
        }
    }

    #[test]
    fn deep_nesting_is_cut_before_parsing() {
        let html = format!(
            "{}deep{}",
            "<section>".repeat(MAX_NESTING + 10),
            "</section>".repeat(MAX_NESTING + 10)
        );
        let cut = nesting_limit(&html);
        assert_eq!(cut, "<section>".len() * MAX_NESTING);
        // Implied end tags and void elements do not count.
        let flat = "<p>a<p>b<li>c<br><img src=x>".repeat(MAX_NESTING);
        assert_eq!(nesting_limit(&flat), flat.len());
    }

    #[test]
    fn truncate_keeps_char_boundaries() {
        assert_eq!(truncate("héllo", 2), "h");
        assert_eq!(truncate("héllo", 3), "hé");
        assert_eq!(truncate("abc", 10), "abc");
    }

    #[test]
    fn url_dates() {
        let cases = [
            (
                "https://a.example/2019/11/19/opinion/x.html",
                Some("2019-11-19"),
            ),
            ("https://a.example/news/2021-06-30-heat", Some("2021-06-30")),
            ("https://a.example/2019/11/opening-bell", None),
            ("https://a.example/2019/13/40/x", None),
            ("https://a.example/20191119/x", None),
            ("https://2019/11/19.example/", None),
            ("not a url", None),
        ];
        for (url, want) in cases {
            assert_eq!(url_date(url).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn site_suffixes() {
        let site = Some("Harbour Times");
        assert_eq!(
            strip_site_suffix("Floods close port | Harbour Times", site, false),
            "Floods close port"
        );
        assert_eq!(
            strip_site_suffix("Floods close port - harbourtimes.com", None, false),
            "Floods close port"
        );
        // Without the site name, only a <title> is cut at a short tail.
        assert_eq!(
            strip_site_suffix("Trump - the interview", None, false),
            "Trump - the interview"
        );
        assert_eq!(
            strip_site_suffix("Heat closes schools - Daily News", None, true),
            "Heat closes schools"
        );
        assert_eq!(
            strip_site_suffix("Storm | World | Daily News", None, true),
            "Storm"
        );
        assert_eq!(
            strip_site_suffix("Plain headline", site, true),
            "Plain headline"
        );
        assert_eq!(
            strip_site_suffix(
                "Halloween workouts - My Magazine - Art, Design",
                Some("My Magazine - Art, Design"),
                false
            ),
            "Halloween workouts"
        );
        assert_eq!(
            strip_site_suffix("Pierogi z dynią – Zobacz na przepisy.pl", None, false),
            "Pierogi z dynią"
        );
        assert_eq!(
            strip_site_suffix("Version 2.0 - released", None, false),
            "Version 2.0 - released"
        );
    }

    #[test]
    fn json_ld_in_graph_and_lists() {
        let scripts = vec![
            r#"{"@type": "Organization", "name": "Org"}"#.to_string(),
            r#"[{"@context": "https://schema.org", "@graph": [{"@type": ["NewsArticle"], "headline": " A  headline ", "datePublished": "2020-01-02", "author": {"name": "Ann Lee"}, "publisher": {"name": "The Paper"}}]}]"#.to_string(),
            "{not json".to_string(),
        ];
        let facts = json_ld_facts(&scripts);
        assert_eq!(facts.headline.as_deref(), Some("A headline"));
        assert_eq!(facts.date_published.as_deref(), Some("2020-01-02"));
        assert_eq!(facts.authors, vec!["Ann Lee".to_string()]);
        assert_eq!(facts.publisher.as_deref(), Some("The Paper"));
    }

    #[test]
    fn published_cascade_order() {
        let page =
            |head: &str, body: &str| format!("<html><head>{head}</head><body>{body}</body></html>");
        let got = |html: String, url: Option<&str>| extract(&html, url).published;
        assert_eq!(
            got(
                page(
                    r#"<meta name="date" content="2020-01-03"><meta property="article:published_time" content="2020-01-02">"#,
                    ""
                ),
                None
            ),
            Some((
                "2020-01-02".to_string(),
                "html meta article:published_time".to_string()
            ))
        );
        assert_eq!(
            got(
                page(
                    "",
                    r#"<span itemprop="datePublished" content="2020-02-02">Feb 2</span>"#
                ),
                None
            ),
            Some((
                "2020-02-02".to_string(),
                "html itemprop datePublished".to_string()
            ))
        );
        assert_eq!(
            got(
                page(
                    "",
                    r#"<time datetime="2019-01-01">old</time><article><time datetime="2020-03-03">x</time></article>"#
                ),
                None
            ),
            Some(("2020-03-03".to_string(), "html time".to_string()))
        );
        assert_eq!(
            got(
                page("", "<p>x</p>"),
                Some("https://x.example/2020/04/04/story")
            ),
            Some(("2020-04-04".to_string(), "url path".to_string()))
        );
        assert_eq!(got(page("", "<p>x</p>"), None), None);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

        #[test]
        fn never_panics_on_tag_soup(html in "(<(/?)(div|p|a|span|h1|li|ul|script|article|time|meta)( class=\"[a-z -]{0,12}\")?>|[A-Za-z .,é]{0,20}){0,60}") {
            let ex = extract(&html, None);
            proptest::prop_assert!(!ex.text.contains("\n\n\n"));
            proptest::prop_assert!(ex.text.split("\n\n").all(|b| b.trim() == b && !b.contains('\n')));
        }
    }
}
