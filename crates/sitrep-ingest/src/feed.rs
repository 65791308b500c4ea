//! RSS (0.9x, 1.0, 2.0) and Atom feeds, read with `feed-rs`: each item becomes one document.
//!
//! An item's article is its full content (`content:encoded`, Atom `content`) when it has one,
//! else its description or summary; HTML content is read as an HTML document, plain text as
//! text. Its link, title, author and `pubDate`/`published` (else `updated`) become hints. The
//! feed's own title names the outlet unless `--outlet` says otherwise.
//!
//! Item links are not fetched: a feed is read as it is, offline, and an item without content is
//! an error naming the item so that nothing is dropped silently.
//!
//! A feed declaring XML entities (`<!ENTITY`) is refused before parsing: entity expansion is the
//! "billion laughs" bomb, and no real news feed needs it.

use feed_rs::model::{Entry, FeedType};
use sitrep_model::{Diagnostic, InputFormat, RawDoc, RawHints};

use crate::IngestConfig;

/// Read every item of the feed in `bytes`. Items have origin `{origin}#item{N}`, 1-based.
pub fn read_feed(
    bytes: &[u8],
    origin: &str,
    cfg: &IngestConfig,
    on_doc: &mut dyn FnMut(RawDoc),
    on_diag: &mut dyn FnMut(Diagnostic),
) {
    if bytes.windows(8).any(|w| w == b"<!ENTITY") {
        on_diag(Diagnostic::error(
            "xml-entities",
            origin,
            "the feed declares XML entities (<!ENTITY>), which sitrep refuses to expand; nothing was read",
        ));
        return;
    }
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(feed) => feed,
        Err(e) => {
            on_diag(Diagnostic::error(
                "bad-feed",
                origin,
                format!("the feed could not be parsed ({e}); nothing was read from it"),
            ));
            return;
        }
    };
    let kind = match feed.feed_type {
        FeedType::Atom => "atom",
        FeedType::JSON => "json feed",
        _ => "rss",
    };
    let outlet = cfg.outlet.clone().or_else(|| {
        feed.title
            .as_ref()
            .map(|t| t.content.trim().to_string())
            .filter(|t| !t.is_empty())
    });
    let language = feed.language.clone();
    if feed.entries.is_empty() {
        on_diag(Diagnostic::warning(
            "empty-feed",
            origin,
            "the feed has no items",
        ));
    }
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let here = format!("{origin}#item{}", i + 1);
        match item_doc(entry, here.clone(), kind, outlet.clone(), language.clone()) {
            Some(doc) if doc.bytes.len() as u64 > cfg.max_bytes => on_diag(Diagnostic::error(
                "too-large",
                here,
                format!(
                    "the item has {} bytes, more than the limit of {}",
                    doc.bytes.len(),
                    cfg.max_bytes
                ),
            )),
            Some(doc) => on_doc(doc),
            None => on_diag(Diagnostic::error(
                "no-content",
                here,
                "the item has neither content nor a description; its link is not fetched",
            )),
        }
    }
}

fn item_doc(
    entry: Entry,
    origin: String,
    kind: &str,
    outlet: Option<String>,
    language: Option<String>,
) -> Option<RawDoc> {
    let content = entry
        .content
        .as_ref()
        .and_then(|c| c.body.clone().map(|b| (b, c.content_type.to_string())))
        .filter(|(b, _)| !b.trim().is_empty())
        .or_else(|| {
            entry
                .summary
                .as_ref()
                .map(|s| (s.content.clone(), s.content_type.to_string()))
                .filter(|(b, _)| !b.trim().is_empty())
        })?;
    let (body, media_type) = content;
    // RSS calls every description HTML; only markup (or entities to decode) makes it so.
    let has_entities = media_type.contains("html") && body.contains('&') && body.contains(';');
    let format = if looks_like_markup(&body) || has_entities {
        InputFormat::Html
    } else {
        InputFormat::Text
    };
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.clone());
    let (published, published_from) = match (entry.published, entry.updated) {
        (Some(p), _) => (Some(p.to_rfc3339()), Some(format!("{kind} published"))),
        (None, Some(u)) => (Some(u.to_rfc3339()), Some(format!("{kind} updated"))),
        (None, None) => (None, None),
    };
    let hints = RawHints {
        title: entry
            .title
            .map(|t| t.content.trim().to_string())
            .filter(|t| !t.is_empty()),
        published,
        published_from,
        outlet,
        byline: entry.authors.iter().find_map(|a| {
            let name = a.name.as_deref()?.trim();
            (!name.is_empty()).then(|| name.to_string())
        }),
        language: entry.language.or(language),
        container: Some(kind.to_string()),
        ..RawHints::default()
    };
    Some(RawDoc::new(origin, url, format, body.into_bytes(), hints))
}

/// Whether a description holds HTML markup rather than plain text.
fn looks_like_markup(body: &str) -> bool {
    [
        "<p", "<br", "<div", "<a ", "<img", "<span", "<ul", "<li", "<em>", "<strong>",
    ]
    .iter()
    .any(|tag| body.contains(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], cfg: &IngestConfig) -> (Vec<RawDoc>, Vec<Diagnostic>) {
        let (mut docs, mut diags) = (Vec::new(), Vec::new());
        read_feed(bytes, "f.xml", cfg, &mut |d| docs.push(d), &mut |d| {
            diags.push(d)
        });
        (docs, diags)
    }

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Courier</title><link>https://courier.example/</link>
<item><title>Port strike ends</title><link>https://courier.example/a</link>
<pubDate>Tue, 11 Nov 2025 09:30:00 +0500</pubDate>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>Dock workers returned on Tuesday.</p><p>Talks will go on.</p>]]></content:encoded></item>
<item><title>Ferry resumes</title><link>https://courier.example/b</link>
<description>The ferry resumed service on Monday after repairs.</description></item>
<item><title>Empty</title><link>https://courier.example/c</link></item>
</channel></rss>"#;

    #[test]
    fn rss_items_become_documents() {
        let (docs, diags) = read(RSS.as_bytes(), &IngestConfig::default());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].origin, "f.xml#item1");
        assert_eq!(docs[0].url.as_deref(), Some("https://courier.example/a"));
        assert_eq!(docs[0].format, InputFormat::Html);
        assert!(String::from_utf8_lossy(&docs[0].bytes).contains("Dock workers returned"));
        assert_eq!(docs[0].hints.title.as_deref(), Some("Port strike ends"));
        assert_eq!(docs[0].hints.outlet.as_deref(), Some("Harbour Courier"));
        assert_eq!(
            docs[0].hints.published.as_deref(),
            Some("2025-11-11T04:30:00+00:00")
        );
        assert_eq!(docs[1].format, InputFormat::Text);
        // The item with nothing to read is named, not dropped.
        assert_eq!(diags.len(), 1);
        assert_eq!(
            (diags[0].origin.as_str(), diags[0].code.as_str()),
            ("f.xml#item3", "no-content")
        );
    }

    #[test]
    fn the_outlet_option_wins_over_the_feed_title() {
        let cfg = IngestConfig {
            outlet: Some("Given".to_string()),
            ..IngestConfig::default()
        };
        let (docs, _) = read(RSS.as_bytes(), &cfg);
        assert_eq!(docs[0].hints.outlet.as_deref(), Some("Given"));
    }

    #[test]
    fn atom_entries() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Post</title>
<entry><title>Dam talks</title><link href="https://post.example/x"/><id>x</id>
<updated>2025-10-15T08:00:00Z</updated><author><name>Staff</name></author>
<content type="html">&lt;p&gt;Negotiators met in Doha.&lt;/p&gt;</content></entry></feed>"#;
        let (docs, diags) = read(atom.as_bytes(), &IngestConfig::default());
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].hints.byline.as_deref(), Some("Staff"));
        assert_eq!(
            docs[0].hints.published_from.as_deref(),
            Some("atom updated")
        );
        assert_eq!(docs[0].format, InputFormat::Html);
        assert!(
            String::from_utf8_lossy(&docs[0].bytes).contains("<p>Negotiators met in Doha.</p>")
        );
    }

    #[test]
    fn entity_bombs_and_broken_feeds_are_refused() {
        let bomb = br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>"#;
        let (docs, diags) = read(bomb, &IngestConfig::default());
        assert!(docs.is_empty());
        assert_eq!(diags[0].code, "xml-entities");

        let cut = &RSS.as_bytes()[..RSS.len() / 2];
        let (docs, diags) = read(cut, &IngestConfig::default());
        assert!(docs.is_empty());
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, "bad-feed");
    }
}
