//! Cleaning scraped plain text: the page as a scraper saw it, menus and share buttons included.
//!
//! Lines are judged by their shape and position, never by a list of one site's strings:
//! - a *sentence* line ends like prose (`.`, `!`, `?`, a closing quote) or is long;
//! - a *label* is a short line that does not: a menu item, a UI word, a subhead, a title;
//! - a *menu* is a run of three or more labels in a row (a subhead stands alone, a menu does not);
//! - a *share line* is made of CSS-class-like tokens (`icon-facebook`) or social network names;
//! - a *notice* is a cookie or subscription prompt;
//! - *furniture* is a label made only of interface words ("Scroll to Top", "Related News"),
//!   or any label after the last sentence of the page;
//! - a *link list* is a run of three or more non-sentence lines left after the head is read
//!   (related headlines with their dates and authors): articles put sentences between their
//!   subheads. An article's own bulleted points, numbered items and table rows are exempt.
//!
//! Before the first sentence the cleaner also takes the title (the first title-like label), the
//! byline (`By ...`) and a printed date line out of the body into metadata. Everything removed is
//! returned with its reason, in document order.

use crate::dates;

/// The result of cleaning scraped text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextClean {
    /// The kept lines, one paragraph each, joined by a blank line.
    pub text: String,
    pub title: Option<String>,
    pub byline: Option<String>,
    /// The printed date line, as printed.
    pub published: Option<String>,
    /// `(line, reason)` for each removed line, in document order.
    pub removed: Vec<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Sentence,
    Label,
    Share,
    Notice,
    DateLine,
    Byline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    Keep,
    Drop(&'static str),
    Title,
    Byline,
    Date,
}

/// Words of web-page interfaces. A short line made only of these is furniture wherever it stands.
const UI_WORDS: &[&str] = &[
    "advertisement",
    "advert",
    "ads",
    "ad",
    "sponsored",
    "share",
    "shares",
    "tweet",
    "print",
    "email",
    "e-mail",
    "comments",
    "comment",
    "related",
    "news",
    "stories",
    "story",
    "articles",
    "read",
    "more",
    "also",
    "see",
    "top",
    "scroll",
    "back",
    "to",
    "next",
    "previous",
    "prev",
    "subscribe",
    "login",
    "log",
    "sign",
    "in",
    "up",
    "menu",
    "search",
    "home",
    "follow",
    "us",
    "on",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "instagram",
    "youtube",
    "reddit",
    "pinterest",
    "copy",
    "link",
    "the",
    "latest",
    "trending",
    "popular",
    "most",
    "viewed",
    "recommended",
    "for",
    "you",
    "skip",
    "content",
    "main",
    "close",
    "open",
    "toggle",
    "navigation",
    "click",
    "here",
    "view",
    "all",
    "loading",
    "leave",
    "a",
    "reply",
    "tags",
    "topics",
    "categories",
    "category",
    "tag",
    "continue",
    "reading",
    "listen",
    "this",
    "article",
    "video",
    "photos",
    "gallery",
    "print",
    "feedback",
    "cookies",
    "settings",
    "privacy",
    "policy",
    "terms",
    "contact",
    "about",
    "newsletter",
    "download",
    "app",
    "watch",
    "live",
    "sections",
];

const SOCIAL: &[&str] = &[
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "instagram",
    "youtube",
    "reddit",
    "pinterest",
    "email",
    "mail",
    "print",
    "share",
    "tweet",
    "copy",
    "link",
    "x",
    "messenger",
    "tumblr",
    "vk",
    "viber",
    "sms",
];

/// Clean scraped text, detecting the title among the lines before the first sentence.
pub fn clean_text(input: &str) -> TextClean {
    clean_text_with(input, None)
}

/// Clean scraped text whose title is already known (from HTML metadata): lines repeating it are
/// removed and no other title is looked for.
pub fn clean_text_with(input: &str, known_title: Option<&str>) -> TextClean {
    let lines: Vec<&str> = input
        .split('\n')
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .filter(|l| !l.is_empty())
        .collect();
    let kinds: Vec<Kind> = lines.iter().map(|l| kind_of(l)).collect();
    let mut fates = vec![Fate::Keep; lines.len()];

    for (i, k) in kinds.iter().enumerate() {
        match k {
            Kind::Share => fates[i] = Fate::Drop("share-buttons"),
            Kind::Notice => fates[i] = Fate::Drop("notice"),
            Kind::Label if is_ui_label(lines[i]) => fates[i] = Fate::Drop("page-furniture"),
            _ => {}
        }
    }
    mark_menus(&lines, &kinds, &mut fates);

    let first_sentence = kinds.iter().position(|k| *k == Kind::Sentence);
    let last_sentence = kinds.iter().rposition(|k| *k == Kind::Sentence);

    // Head: title, byline, date line.
    let head_end = first_sentence.unwrap_or(lines.len());
    let mut title: Option<String> = known_title.map(str::to_string);
    let mut byline = None;
    let mut published = None;
    for i in 0..lines.len() {
        if fates[i] != Fate::Keep {
            continue;
        }
        let in_head = i < head_end;
        match kinds[i] {
            Kind::DateLine if published.is_none() && (in_head || i <= head_end + 2) => {
                published = Some(lines[i].to_string());
                fates[i] = Fate::Date;
            }
            Kind::Byline if byline.is_none() && (in_head || i <= head_end + 2) => {
                byline = Some(lines[i].to_string());
                fates[i] = Fate::Byline;
            }
            Kind::Label if in_head && title.is_none() && is_title_like(lines[i]) => {
                title = Some(lines[i].to_string());
                fates[i] = Fate::Title;
            }
            _ => {}
        }
    }
    mark_link_lists(&lines, &kinds, &mut fates);
    // A repeated headline anywhere is the page repeating itself, not content.
    if let Some(t) = &title {
        let key = fold(t);
        for i in 0..lines.len() {
            if fates[i] == Fate::Keep && fold(lines[i]) == key {
                fates[i] = Fate::Drop("repeated-title");
            }
        }
    }
    // Tail: labels after the last sentence are page furniture ("Comments", "Related News").
    if let Some(last) = last_sentence {
        for i in last + 1..lines.len() {
            if fates[i] == Fate::Keep && matches!(kinds[i], Kind::Label | Kind::DateLine) {
                fates[i] = Fate::Drop("page-furniture");
            }
        }
    }

    let mut kept = Vec::new();
    let mut removed = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        match fates[i] {
            Fate::Keep => kept.push(*line),
            Fate::Drop(reason) => removed.push((line.to_string(), reason.to_string())),
            Fate::Title if known_title.is_none() => {
                removed.push((line.to_string(), "title".to_string()))
            }
            Fate::Title => {}
            Fate::Byline => removed.push((line.to_string(), "byline".to_string())),
            Fate::Date => removed.push((line.to_string(), "date-line".to_string())),
        }
    }
    TextClean {
        text: kept.join("\n\n"),
        title: if known_title.is_some() { None } else { title },
        byline,
        published,
        removed,
    }
}

/// Mark runs of three or more labels as menus. Bullet shape must agree along a run, so a title
/// line after a bulleted menu is not swallowed by it.
fn mark_menus(lines: &[&str], kinds: &[Kind], fates: &mut [Fate]) {
    let is_item = |i: usize| kinds[i] == Kind::Label && is_menu_item(lines[i]);
    let mut i = 0;
    while i < lines.len() {
        if !is_item(i) {
            i += 1;
            continue;
        }
        let bulleted = bullet_of(lines[i]).is_some();
        let mut j = i;
        while j < lines.len() && is_item(j) && bullet_of(lines[j]).is_some() == bulleted {
            j += 1;
        }
        if j - i >= 3 {
            for f in fates.iter_mut().take(j).skip(i) {
                // A UI word inside a menu run ("Home") is part of the menu.
                if matches!(*f, Fate::Keep | Fate::Drop("page-furniture")) {
                    *f = Fate::Drop("menu");
                }
            }
        }
        i = j.max(i + 1);
    }
}

/// Mark runs of three or more kept lines that are not sentences as link lists: related
/// headlines, teaser lists, author and date rows between them. Articles put sentences between
/// their subheads; pages put lists of other pages' titles around the article. Bulleted lines of
/// five words or more are left alone: those are an article's own key points.
fn mark_link_lists(lines: &[&str], kinds: &[Kind], fates: &mut [Fate]) {
    let in_list = |i: usize, fates: &[Fate]| {
        fates[i] == Fate::Keep
            && kinds[i] != Kind::Sentence
            && bullet_of(lines[i]).is_none_or(|b| b.split_whitespace().count() < 5)
            && !is_numbered_or_tabular(lines[i])
    };
    let mut i = 0;
    while i < lines.len() {
        if !in_list(i, fates) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < lines.len() && in_list(j, fates) {
            j += 1;
        }
        if j - i >= 3 {
            for f in fates.iter_mut().take(j).skip(i) {
                *f = Fate::Drop("link-list");
            }
        }
        i = j;
    }
}

/// "13) Item", "2. Step", or a table row with three numbers or more ("4 Denny Hamlin 5027 6 3"):
/// an article's own lists and tables, which link lists do not look like.
fn is_numbered_or_tabular(line: &str) -> bool {
    let numbered = {
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        digits > 0
            && digits <= 3
            && line
                .get(digits..)
                .is_some_and(|rest| rest.starts_with(") ") || rest.starts_with(". "))
    };
    let numbers = line
        .split_whitespace()
        .filter(|t| t.trim_end_matches(['%', ',']).parse::<f64>().is_ok())
        .count();
    numbered || numbers >= 3
}

fn kind_of(line: &str) -> Kind {
    if is_share_line(line) {
        return Kind::Share;
    }
    if is_notice(line) {
        return Kind::Notice;
    }
    let words = line.split_whitespace().count();
    if words <= 12 && dates::parse_timestamp(line).is_some() {
        return Kind::DateLine;
    }
    if is_byline(line) {
        return Kind::Byline;
    }
    if ends_like_prose(line) || words > 30 {
        Kind::Sentence
    } else {
        Kind::Label
    }
}

fn ends_like_prose(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…', ';'])
}

fn bullet_of(line: &str) -> Option<&str> {
    for b in ["- ", "• ", "* ", "· ", "– ", "— ", "▪ ", "► ", "» "] {
        if let Some(rest) = line.strip_prefix(b) {
            return Some(rest.trim_start());
        }
    }
    None
}

/// A menu item: a short label (four words, six when bulleted) with no sentence punctuation.
fn is_menu_item(line: &str) -> bool {
    let (body, limit) = match bullet_of(line) {
        Some(rest) => (rest, 6),
        None => (line, 4),
    };
    let words = body.split_whitespace().count();
    words >= 1 && words <= limit && !body.contains(", ")
}

fn is_ui_label(line: &str) -> bool {
    let body = bullet_of(line).unwrap_or(line);
    let words: Vec<String> = body
        .split(|c: char| c.is_whitespace() || c == '|' || c == '/' || c == '·')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= 5
        && words.iter().all(|w| UI_WORDS.contains(&w.as_str()))
        // "the", "a", "to" alone are not furniture
        && words.iter().any(|w| w.len() > 3)
}

/// `icon-facebook icon-twitter`, `fa-share`, or a row of social network names.
fn is_share_line(line: &str) -> bool {
    let toks: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == '|')
        .filter(|t| !t.is_empty())
        .collect();
    if toks.is_empty() || toks.len() > 12 {
        return false;
    }
    let class_like = |t: &str| {
        t.contains(['-', '_'])
            && t.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            && t.split(['-', '_']).any(|p| {
                SOCIAL.contains(&p) || ["icon", "fa", "btn", "social", "sharing"].contains(&p)
            })
    };
    let social = |t: &str| {
        SOCIAL.contains(
            &t.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric()),
        )
    };
    let n_class = toks.iter().filter(|t| class_like(t)).count();
    let n_social = toks.iter().filter(|t| social(t)).count();
    n_class == toks.len() || (toks.len() >= 2 && n_social == toks.len())
}

/// Cookie banners and subscription prompts.
fn is_notice(line: &str) -> bool {
    let l = line.to_lowercase();
    let words = l.split_whitespace().count();
    if words > 60 {
        return false;
    }
    let cookie = l.contains("cookie")
        && [
            "accept",
            "consent",
            "privacy",
            "browsing",
            "experience",
            "agree",
            "policy",
        ]
        .iter()
        .any(|w| l.contains(w));
    let subscribe = ["subscribe", "newsletter", "sign up", "signup", "inbox"]
        .iter()
        .filter(|w| l.contains(*w))
        .count()
        >= 1
        && [
            "email",
            "e-mail",
            "inbox",
            "free",
            "daily",
            "weekly",
            "newsletter",
            "subscribe now",
            "delivered",
        ]
        .iter()
        .filter(|w| l.contains(*w))
        .count()
            >= 1
        && words <= 30;
    let javascript = l.contains("enable javascript") || l.contains("javascript is disabled");
    cookie || subscribe || javascript || is_copyright(&l, words) || is_follow_promo(&l, words)
}

/// "© 2025 Some Wire. All rights reserved.", "Copyright 2024 ...": short lines only, so that a
/// sentence about copyright law stays.
fn is_copyright(lower: &str, words: usize) -> bool {
    if words > 20 {
        return false;
    }
    let year_after = |rest: &str| {
        rest.trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .take(4)
            .filter(char::is_ascii_digit)
            .count()
            == 4
    };
    lower.starts_with('©')
        || lower.starts_with("(c) ")
        || lower.contains("all rights reserved")
        || lower
            .strip_prefix("copyright")
            .is_some_and(|rest| rest.trim_start().starts_with('©') || year_after(rest))
}

/// "Follow Some Wire on Telegram and X for breaking news.": an invitation to a social network.
fn is_follow_promo(lower: &str, words: usize) -> bool {
    const NETWORKS: [&str; 10] = [
        "facebook",
        "twitter",
        "telegram",
        "instagram",
        "whatsapp",
        "youtube",
        "linkedin",
        "tiktok",
        "threads",
        "google news",
    ];
    words <= 20
        && (lower.starts_with("follow ")
            || lower.starts_with("join us on")
            || lower.starts_with("like us on"))
        && NETWORKS.iter().any(|n| lower.contains(n))
}

fn is_byline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if !(2..=12).contains(&words) || line.ends_with('.') && words > 6 {
        return false;
    }
    let lower = line.to_lowercase();
    let rest = lower
        .strip_prefix("by ")
        .or_else(|| lower.strip_prefix("written by "))
        .or_else(|| lower.strip_prefix("reporting by "));
    match rest {
        // "By Staff, Agencies", "By Farida Noorzai": the name starts with a capital letter.
        Some(_) => line
            .split_whitespace()
            .nth(if lower.starts_with("by ") { 1 } else { 2 })
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase),
        None => false,
    }
}

/// A headline: 3 to 30 words, most content words capitalised, or any line of 5+ words that
/// does not read as a sentence (sentence-case headlines).
fn is_title_like(line: &str) -> bool {
    if bullet_of(line).is_some() {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    (3..=30).contains(&words.len()) || (words.len() == 2 && capitalised_share(&words) >= 1.0)
}

fn capitalised_share(words: &[&str]) -> f64 {
    let n = words.len().max(1) as f64;
    words
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
        .count() as f64
        / n
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reasons(c: &TextClean) -> Vec<(&str, &str)> {
        c.removed
            .iter()
            .map(|(l, r)| (l.as_str(), r.as_str()))
            .collect()
    }

    #[test]
    fn menu_title_byline_and_tail_furniture() {
        let input = "- Home\n- World\n- Business\n- Opinion\nDam Talks Resume in Doha\nBy Farida Noorzai\nDOHA: Negotiators met on Monday.\n\nThey will meet again.\nComments\n- Related News\n\n\n";
        let c = clean_text(input);
        assert_eq!(c.title.as_deref(), Some("Dam Talks Resume in Doha"));
        assert_eq!(c.byline.as_deref(), Some("By Farida Noorzai"));
        assert_eq!(
            c.text,
            "DOHA: Negotiators met on Monday.\n\nThey will meet again."
        );
        assert_eq!(
            reasons(&c),
            vec![
                ("- Home", "menu"),
                ("- World", "menu"),
                ("- Business", "menu"),
                ("- Opinion", "menu"),
                ("Dam Talks Resume in Doha", "title"),
                ("By Farida Noorzai", "byline"),
                ("Comments", "page-furniture"),
                ("- Related News", "page-furniture"),
            ]
        );
    }

    #[test]
    fn share_lines_and_date_line() {
        let input = "Port Strike Enters Third Week\n\nFri Oct 3 2025\nicon-facebook icon-twitter icon-whatsapp\n\nKARACHI: Dock workers stayed out.\n\nicon-facebook icon-twitter icon-whatsapp";
        let c = clean_text(input);
        assert_eq!(c.published.as_deref(), Some("Fri Oct 3 2025"));
        assert_eq!(c.text, "KARACHI: Dock workers stayed out.");
        assert_eq!(
            c.removed
                .iter()
                .filter(|(_, r)| r == "share-buttons")
                .count(),
            2
        );
    }

    #[test]
    fn subheads_and_key_points_are_content() {
        let input = "Big Headline About The Border\n\nKEY POINTS\n\n  • The army said five posts were hit.\n  • Talks are due on Friday.\n\nPESHAWAR: Shelling resumed overnight.\n\nCross-border raids\n\nThe raids began in October.\n\nScroll to Top";
        let c = clean_text(input);
        assert_eq!(
            c.text,
            "KEY POINTS\n\n• The army said five posts were hit.\n\n• Talks are due on Friday.\n\nPESHAWAR: Shelling resumed overnight.\n\nCross-border raids\n\nThe raids began in October."
        );
        assert_eq!(
            reasons(&c).last(),
            Some(&("Scroll to Top", "page-furniture"))
        );
    }

    #[test]
    fn no_title_when_body_starts_at_once() {
        let c = clean_text(
            "ISLAMABAD: Talks resumed on Monday.\nThe delegations met for four hours.\n\n\n\n",
        );
        assert_eq!(c.title, None);
        assert_eq!(
            c.text,
            "ISLAMABAD: Talks resumed on Monday.\n\nThe delegations met for four hours."
        );
        assert!(c.removed.is_empty());
    }

    #[test]
    fn link_lists_go_and_an_articles_own_lists_stay() {
        let page = "Harbour talks resume after strike\n\
            PORT SALAM: Dock workers and the port authority resumed talks on Tuesday, officials said.\n\
            Key demands\n\
            • Higher night-shift pay for crane operators and pilots\n\
            • A cap on overtime hours during the monsoon season\n\
            • Safety inspections of the older gantry cranes\n\
            The authority said it would answer the demands by Friday.\n\
            Results of the vote:\n\
            1. Accept the offer 412 votes\n\
            2. Reject the offer 398 votes\n\
            3. Abstain 17 votes\n\
            The union will meet again next week.\n\
            More from the region\n\
            Ferry service resumes on the northern route after repairs\n\
            3 hours ago\n\
            New bridge toll angers commuters in the old town\n\
            Flooding closes two schools as rains continue";
        let c = clean_text(page);
        for kept in [
            "• Higher night-shift pay for crane operators and pilots",
            "• Safety inspections of the older gantry cranes",
            "1. Accept the offer 412 votes",
            "3. Abstain 17 votes",
            "The union will meet again next week.",
        ] {
            assert!(c.text.contains(kept), "{kept} lost: {}", c.text);
        }
        for gone in [
            "Ferry service resumes on the northern route after repairs",
            "New bridge toll angers commuters in the old town",
            "3 hours ago",
        ] {
            assert!(!c.text.contains(gone), "{gone} kept");
            assert!(c.removed.iter().any(|(l, _)| l == gone));
        }
    }

    #[test]
    fn copyright_and_follow_lines_are_notices() {
        for line in [
            "© 2024 Harbour Courier Ltd. All rights reserved.",
            "Copyright 2023 Valley Post Media",
            "Copyright © Valley Post",
            "Follow the Valley Post on WhatsApp for live updates.",
        ] {
            assert!(is_notice(line), "{line}");
        }
        for line in [
            "Copyright lawyers said the ruling on Tuesday would change how archives are licensed.",
            "Follow-up talks are planned for next week in Muscat, the ministry said.",
            "Officials said they would follow the talks on Telegram, X and television closely, while the army reinforced posts along the eastern border near the crossing.",
        ] {
            assert!(!is_notice(line), "{line}");
        }
    }

    #[test]
    fn notices_are_removed() {
        let c = clean_text(
            "We use cookies to improve your experience. By continuing you accept our policy.\nKABUL: Markets reopened.\nSign up for our free daily newsletter in your inbox.",
        );
        assert_eq!(c.text, "KABUL: Markets reopened.");
        assert_eq!(c.removed.len(), 2);
    }

    #[test]
    fn repeated_headline_is_removed_once_kept_as_title() {
        let c = clean_text(
            "Floods Cut Road to Gilgit\nFloods Cut Road to Gilgit\nGILGIT: Rain fell for a week.",
        );
        assert_eq!(c.title.as_deref(), Some("Floods Cut Road to Gilgit"));
        assert_eq!(c.text, "GILGIT: Rain fell for a week.");
        assert_eq!(
            reasons(&c)[1],
            ("Floods Cut Road to Gilgit", "repeated-title")
        );
    }

    #[test]
    fn known_title_is_not_searched_again() {
        let c = clean_text_with(
            "Floods Cut Road\n\nGILGIT: Rain fell.",
            Some("Floods Cut Road"),
        );
        assert_eq!(c.title, None);
        assert_eq!(c.text, "GILGIT: Rain fell.");
    }

    #[test]
    fn empty_input() {
        let c = clean_text("\n\n  \n");
        assert_eq!(c, TextClean::default());
    }
}
