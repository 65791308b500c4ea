//! Generic actors: role nouns of `data/actors/roles.tsv` ("police", "protesters", "rebels",
//! "the government") standing alone, with no country name before them.
//!
//! The actor lexicon reads a role noun only after a country ("Pakistani police" = `PAKCOP`). A
//! bare role noun is still an actor for the coder: it fills the subject or object slot that a
//! wrong, more distant actor would otherwise take. Its code is the role's CAMEO agent code after
//! `---`, the CAMEO way of writing an unknown country (`---COP`), unless `of` and a country
//! follow ("the government of Pakistan": `PAKGOV`), or `in`/`from` and a country after a role
//! that does not move about as forces do ("protesters in Iraq", "dissidents from Myanmar":
//! `IRQOPP`, `MMROPP`; "troops in Iraq" may be anyone's), which then join the mention. A role noun after a
//! possessive ("its troops", "their supporters") is the subject's own and no actor, and one
//! right after a group's or organisation's name ("Taliban fighters", "Hamas militants") is that
//! group's people: it joins the name's mention. A state's body joined by "and" to another of
//! one country's takes that country ("Iran's army and navy"). After coding, a role that stays
//! at home (protesters, police, rebels, civilians, the government) still without a country
//! takes the one country the sentence places its events in ("police fired tear gas at
//! demonstrators in Dhaka": `BGDCOP`; `Sentence::locate_generic` in `rule.rs`).

use std::collections::{HashMap, HashSet};

use sitrep_actors::ActorMention;
use sitrep_model::{ActorKind, ActorRef, TextRange};

use crate::verbs::FnvBuild;

const ROLES_TSV: &str = include_str!("../../../data/actors/roles.tsv");

/// The longest role phrase, in words.
const MAX_WORDS: usize = 3;

/// Role nouns that are too often something else when they stand alone ("the leaders' summit",
/// "official figures", "forces of nature").
const NOT_ALONE: &[&str] = &[
    "official",
    // Businesses are actors after a country ("a South Korean electronics maker": `KORBUS`);
    // alone they are mostly the subject's trade or a place ("workers at the bus company",
    // "a bomb exploded at a bank").
    "company",
    "companies",
    "firms",
    "bank",
    "banks",
    "lender",
    "lenders",
    "maker",
    "makers",
    "manufacturer",
    "manufacturers",
    "carmaker",
    "automaker",
    "operator",
    "operators",
    "conglomerate",
    "insurer",
    "retailer",
    "investors",
    "shareholders",
    "leadership",
    // Singular titles and nouns read after a country ("the Iraqi leader", "a Turkish
    // commander", "an Israeli soldier") are too often something else alone ("the leader of
    // the band", "the commander of the lifeboat") or modify a noun ("the militant group",
    // "civilian casualties").
    "leader",
    "soldier",
    "policeman",
    "police officer",
    "rebel",
    "militant",
    "separatist",
    "guerrilla",
    "lawmaker",
    "legislator",
    "protester",
    "demonstrator",
    "activist",
    "dissident",
    "journalist",
    "civilian",
    "commander",
    "chancellor",
    "ruler",
    "diplomat",
    "helicopter",
    "warplane",
    "nationals",
    "forces",
    "media",
    // "think tanks", "private jets", "delivery drones", "sold fighter jets to Poland": weapons
    // only after a country ("Israeli tanks"); "warplanes", "gunships" and "artillery" alone
    // are doers ("Warplanes struck the town"). ("Bombers" are as often suicide bombers: no
    // role; "aircraft" is one only after a country, "Israeli aircraft struck".)
    "tanks",
    "jets",
    "fighter jets",
    "aircraft",
    "helicopters",
    "drones",
    "warships",
    "gunboats",
];

/// Singular role nouns that are also verbs or titles ("voters will judge", "Senator X"): an
/// actor alone only after a determiner, with at most one word between ("the judge", "a
/// federal judge", "a Democratic senator").
const AFTER_DETERMINER: &[&str] = &["judge", "senator", "prosecutor"];

#[derive(Debug, Clone)]
struct Role {
    suffix: String,
    kind: ActorKind,
    label: String,
}

/// The role table, keyed by lower-case phrase (plain plurals added as `sitrep-actors` does).
#[derive(Debug, Clone)]
pub(crate) struct Generic {
    roles: HashMap<String, Role, FnvBuild>,
    /// The first word of every phrase: most tokens are rejected by one lookup.
    first: HashSet<String, FnvBuild>,
}

impl Generic {
    pub(crate) fn builtin() -> Generic {
        let mut roles: HashMap<String, Role, FnvBuild> = HashMap::default();
        let mut header: Option<Vec<&str>> = None;
        for line in ROLES_TSV.lines() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            let Some(cols) = &header else {
                header = Some(cells);
                continue;
            };
            let get = |name: &str| {
                cols.iter()
                    .position(|c| *c == name)
                    .and_then(|i| cells.get(i).copied())
                    .unwrap_or("")
            };
            let (phrase, suffix) = (get("role").to_lowercase(), get("suffix"));
            if phrase.is_empty() || suffix.is_empty() {
                continue;
            }
            let kind = match get("kind") {
                "armed_group" => ActorKind::ArmedGroup,
                "other" => ActorKind::Other,
                "organization" | "organisation" => ActorKind::Organization,
                _ => ActorKind::Government,
            };
            let label = Some(get("label"))
                .filter(|l| !l.is_empty())
                .unwrap_or(&phrase)
                .to_owned();
            let role = Role {
                suffix: suffix.to_owned(),
                kind,
                label,
            };
            if !phrase.ends_with('s') {
                roles
                    .entry(format!("{phrase}s"))
                    .or_insert_with(|| role.clone());
            }
            roles.insert(phrase, role);
        }
        for word in NOT_ALONE {
            roles.remove(*word);
        }
        let first = roles
            .keys()
            .filter_map(|k| k.split(' ').next())
            .map(str::to_owned)
            .collect();
        Generic { roles, first }
    }

    /// `mentions` (sorted, not overlapping) plus the bare role nouns of `text` that no mention
    /// covers; `tokens` and `words` are the sentence's tokens and their lower-case text.
    pub(crate) fn add(
        &self,
        text: &str,
        tokens: &[TextRange],
        words: &[String],
        mentions: Vec<ActorMention>,
    ) -> Vec<ActorMention> {
        let covered = |t: &TextRange, ms: &[ActorMention]| {
            ms.iter()
                .any(|m| m.range.start < t.end && t.start < m.range.end)
        };
        let mut found: Vec<ActorMention> = Vec::new();
        let mut absorbed: Vec<usize> = Vec::new();
        let mut grown: Vec<(usize, usize)> = Vec::new();
        let mut governing: Vec<usize> = Vec::new();
        // Country mentions a plural role before them is shared with: index, role, country.
        let mut shared: Vec<(usize, Role, String)> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if !words
                .get(i)
                .is_some_and(|w| self.first.contains(w.as_str()))
            {
                i += 1;
                continue;
            }
            let mut hit = None;
            for n in (1..=MAX_WORDS).rev() {
                let Some(span) = words.get(i..i + n) else {
                    continue;
                };
                if span
                    .iter()
                    .any(|w| !w.bytes().all(|b| b.is_ascii_alphabetic()))
                {
                    continue;
                }
                let toks = tokens.get(i..i + n).unwrap_or(&[]);
                if toks.iter().any(|t| covered(t, &mentions)) {
                    continue;
                }
                if let Some(role) = self.roles.get(&span.join(" ")) {
                    hit = Some((n, role));
                    break;
                }
            }
            // "Defence Secretary Tom King", "Carole King": a capitalised King or Queen after
            // another capitalised word ends a person's name.
            let in_name = hit.is_some()
                && matches!(words.get(i).map(String::as_str), Some("king" | "queen"))
                && i > 0
                && !matches!(
                    words.get(i - 1).map(String::as_str),
                    Some("the" | "a" | "an")
                )
                && [i - 1, i].iter().all(|&k| {
                    tokens
                        .get(k)
                        .and_then(|t| t.slice(text))
                        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
                });
            let determiner = |w: Option<&String>| {
                matches!(
                    w.map(String::as_str),
                    Some("the" | "a" | "an" | "this" | "that")
                )
            };
            let undetermined = hit.is_some_and(|(n, _)| {
                n == 1
                    && words
                        .get(i)
                        .is_some_and(|w| AFTER_DETERMINER.contains(&w.as_str()))
                    && !(i > 0 && determiner(words.get(i - 1)))
                    && !(i > 1
                        && determiner(words.get(i - 2))
                        && words
                            .get(i - 1)
                            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_alphabetic())))
            });
            if in_name || undetermined {
                hit = None;
            }
            let Some((n, mut role)) = hit else {
                i += 1;
                continue;
            };
            // "Rebel leaders said", "the guerrilla commander": the leaders of rebels are rebels.
            let mut start = i;
            if role.suffix == "GOV"
                && i > 0
                && matches!(
                    words.get(i - 1).map(String::as_str),
                    Some("rebel" | "guerrilla" | "insurgent" | "militant" | "separatist")
                )
                && let Some(rebels) = self.roles.get("rebels")
            {
                role = rebels;
                start = i - 1;
            }
            // "its troops", "their supporters": the subject's own people, not another actor.
            // "fired two artillery shells", "tank fire", "a drone strike": a weapon before the
            // noun it qualifies is no actor either.
            let qualifies = matches!(
                words.get(i + n).map(String::as_str),
                Some(
                    "shell"
                        | "shells"
                        | "fire"
                        | "rounds"
                        | "barrage"
                        | "strike"
                        | "strikes"
                        | "attack"
                        | "attacks"
                        | "units"
                        | "battery"
                        | "batteries"
                        | "bombardment"
                        | "shelling"
                        | "positions"
                        | "crew"
                        | "crews"
                )
            );
            // "agree to resume military talks", "police cooperation", "military aid": the
            // armed forces or police before the dealings they qualify are no party to them
            // ("government talks with the rebels" and "rejected government aid" still name
            // one).
            let dealings = matches!(role.suffix.as_str(), "MIL" | "COP")
                && matches!(
                    words.get(i + n).map(String::as_str),
                    Some(
                        "talks"
                            | "ties"
                            | "cooperation"
                            | "exchanges"
                            | "relations"
                            | "dialogue"
                            | "contacts"
                            | "hotline"
                            | "aid"
                            | "assistance"
                            | "spending"
                            | "budget"
                    )
                )
                && !matches!(
                    words.get(i + n + 1).map(String::as_str),
                    Some("with" | "between")
                );
            if qualifies
                || dealings
                || (i > 0
                    && matches!(
                        words.get(i - 1).map(String::as_str),
                        Some("its" | "their" | "his" | "her" | "our")
                    ))
            {
                i += n;
                continue;
            }
            let (Some(first), Some(last)) = (tokens.get(start), tokens.get(i + n - 1)) else {
                break;
            };
            // "Taliban fighters", "Hamas militants": the role noun names the group's own
            // people, so it joins the group's mention instead of being another actor.
            if let Some(mi) = mentions.iter().position(|m| {
                m.range.end <= first.start
                    && !matches!(m.kind, ActorKind::Person | ActorKind::Country)
                    && !m.metonymic
                    && text
                        .get(m.range.end..first.start)
                        .is_some_and(|gap| !gap.is_empty() && gap.chars().all(char::is_whitespace))
            }) {
                // ("The Awami League government", "the BJP government": a party's government
                // is its country's.)
                if role.suffix == "GOV"
                    && words.get(i).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "government" | "govt" | "administration" | "cabinet" | "regime"
                        )
                    })
                    && let Some(m) = mentions.get(mi)
                    && m.actor.code.ends_with("PTY")
                    && m.actor.country.is_some()
                {
                    governing.push(mi);
                }
                grown.push((mi, last.end));
                i += n;
                continue;
            }
            // "militia fighters", "opposition activists": two role nouns in a row name one
            // actor, the first.
            if let Some(prev) = found.last_mut()
                && prev.range.end <= first.start
                && text
                    .get(prev.range.end..first.start)
                    .is_some_and(|gap| !gap.is_empty() && gap.chars().all(char::is_whitespace))
            {
                let mut range = TextRange::new(prev.range.start, last.end);
                // "opposition leaders in Zimbabwe": the country after the pair.
                if prev.actor.country.is_none()
                    && let Some(suffix) = prev.actor.code.strip_prefix("---")
                    && let Some((mi, m)) =
                        country_after(text, words, tokens, &mentions, i + n, suffix)
                {
                    let country = m.actor.country.clone().unwrap_or_default();
                    prev.actor.code = format!("{country}{suffix}");
                    prev.actor.name =
                        format!("{country} {}", prev.role.clone().unwrap_or_default());
                    prev.actor.id = prev.actor.name.to_lowercase().replace(' ', "-");
                    prev.actor.country = Some(country);
                    range = TextRange::new(range.start, m.range.end);
                    absorbed.push(mi);
                }
                if let Some(matched) = range.slice(text) {
                    prev.range = range;
                    prev.matched = matched.to_owned();
                }
                i += n;
                continue;
            }
            let mut range = TextRange::new(first.start, last.end);
            let mut country = None;
            // "the government of Pakistan", "protesters in Iraq".
            if let Some((mi, m)) =
                country_after(text, words, tokens, &mentions, i + n, &role.suffix)
            {
                country = m.actor.country.clone();
                range = TextRange::new(range.start, m.range.end);
                absorbed.push(mi);
                // "the presidents of Sudan and Chad": a plural role is each country's.
                let next = mentions.get(mi + 1).filter(|next| {
                    words.get(i + n - 1).is_some_and(|w| w.ends_with('s'))
                        && next.kind == ActorKind::Country
                        && next.actor.country.as_deref() == Some(next.actor.code.as_str())
                        && text
                            .get(m.range.end..next.range.start)
                            .is_some_and(|gap| gap.trim() == "and")
                });
                if let Some(next) = next {
                    shared.push((mi + 1, role.clone(), next.actor.code.clone()));
                }
            }
            // "Iran's army and navy", "Pakistani police and troops": a state's body joined by
            // "and" to another of one country's is of that country too (not "Indian troops and
            // militants": rebels are not the state's; not "attacked the Pakistani army, police
            // said": a comma joins no list here).
            if country.is_none()
                && role.kind == ActorKind::Government
                && let Some(prev) = mentions.iter().rev().find(|m| m.range.end <= first.start)
                && prev.kind == ActorKind::Government
                && text
                    .get(prev.range.end..first.start)
                    .is_some_and(|gap| gap.trim() == "and")
            {
                country = prev.actor.country.clone();
            }
            let code = format!("{}{}", country.as_deref().unwrap_or("---"), role.suffix);
            let name = match &country {
                Some(c) => format!("{c} {}", role.label),
                None => role.label.clone(),
            };
            let Some(matched) = range.slice(text) else {
                i += n;
                continue;
            };
            found.push(ActorMention {
                range,
                actor: ActorRef {
                    id: name.to_lowercase().replace(' ', "-"),
                    name,
                    country,
                    code,
                },
                kind: role.kind,
                role: Some(role.label.clone()),
                matched: matched.to_owned(),
                metonymic: false,
            });
            i += n;
        }
        let mut mentions = mentions;
        for (mi, role, country) in shared {
            if let Some(m) = mentions.get_mut(mi) {
                m.actor.code = format!("{country}{}", role.suffix);
                m.actor.name = format!("{country} {}", role.label);
                m.actor.id = m.actor.name.to_lowercase().replace(' ', "-");
                m.kind = role.kind;
                m.role = Some(role.label.clone());
            }
        }
        for (mi, end) in grown {
            if let Some(m) = mentions.get_mut(mi) {
                let range = TextRange::new(m.range.start, end);
                if let Some(matched) = range.slice(text) {
                    m.range = range;
                    m.matched = matched.to_owned();
                }
                if governing.contains(&mi)
                    && let Some(country) = m.actor.country.clone()
                {
                    m.actor.code = format!("{country}GOV");
                    m.actor.name = format!("{country} government");
                    m.actor.id = m.actor.name.to_lowercase().replace(' ', "-");
                    m.kind = ActorKind::Government;
                }
            }
        }
        if found.is_empty() {
            let mut mentions = mentions;
            titled_names(text, &mut mentions);
            return mentions;
        }
        let mut all: Vec<ActorMention> = mentions
            .into_iter()
            .enumerate()
            .filter(|(mi, _)| !absorbed.contains(mi))
            .map(|(_, m)| m)
            .collect();
        all.extend(found);
        all.sort_by_key(|m| m.range.start);
        titled_names(text, &mut all);
        domestic(&mut all);
        all
    }
}

/// "The opposition Awami League", "Lebanon's Shiite militia Hezbollah", "the regional bloc
/// ECOWAS", "the UN World Food Programme": a role or a parent body right before a group's or
/// organisation's name, with nothing but a space between, is what that group is; the name's
/// mention takes the role's words and the role is no other actor.
fn titled_names(text: &str, all: &mut Vec<ActorMention>) {
    let mut k = 0;
    while k + 1 < all.len() {
        let (Some(role), Some(name)) = (all.get(k), all.get(k + 1)) else {
            break;
        };
        let named = matches!(name.kind, ActorKind::ArmedGroup | ActorKind::Organization)
            && name.role.is_none()
            && !name.metonymic;
        // ("The UN World Food Programme": a body's parent named before it.)
        let parent = name.actor.code.len() > role.actor.code.len()
            && name.actor.code.starts_with(role.actor.code.as_str())
            && role.actor.code.starts_with("IGO");
        let titled = (role.role.is_some() || parent)
            && !matches!(role.kind, ActorKind::Person | ActorKind::Country)
            && (role.actor.country.is_none()
                || name.actor.country.is_none()
                || role.actor.country == name.actor.country);
        // ("The U.N. World Food Program": the abbreviation's last dot may stand between.)
        let adjacent = text
            .get(role.range.end..name.range.start)
            .is_some_and(|gap| {
                !gap.trim_start_matches('.').is_empty()
                    && gap.trim_start_matches('.').chars().all(char::is_whitespace)
            });
        if named && titled && adjacent {
            let range = TextRange::new(role.range.start, name.range.end);
            if let (Some(matched), Some(name)) = (range.slice(text), all.get_mut(k + 1)) {
                name.range = range;
                name.matched = matched.to_owned();
                all.remove(k);
                continue;
            }
        }
        k += 1;
    }
}

/// The country mention that "of", "in" or "from" at token `k` joins to a role of CAMEO agent
/// `suffix` ("the government of Pakistan", "protesters in Iraq", "police in Kenya"; "for" a
/// government joins a spokesman, "a spokesman for the Turkish government"), with its
/// index. Forces move: "sent troops in Iraq", "pulled police from Gaza" say where they went,
/// not whose they are; other people "in"/"from" a country are of it.
fn country_after<'m>(
    text: &str,
    words: &[String],
    tokens: &[TextRange],
    mentions: &'m [ActorMention],
    mut k: usize,
    suffix: &str,
) -> Option<(usize, &'m ActorMention)> {
    let moves = matches!(suffix, "MIL" | "COP" | "REB");
    // "a spokesman for the Turkish government": who speaks for a country's body is of it.
    let speaks_for = words.get(k).map(String::as_str) == Some("for") && suffix == "GOV";
    let joins = match words.get(k).map(String::as_str) {
        Some("of") => true,
        Some("for") => speaks_for,
        // "police in Nairobi" are Kenya's; "police pulled from Gaza" went somewhere.
        Some("in") => !matches!(suffix, "MIL" | "REB"),
        Some("from") => !moves,
        _ => false,
    };
    if !joins {
        return None;
    }
    k += 1;
    let article = words.get(k).map(String::as_str) == Some("the");
    if article {
        k += 1;
    }
    // "protesters in the southern Jordanian town of Maan", "gunmen in the remote northern
    // Pakistani district": where in the country, before its adjective.
    for _ in 0..2 {
        if words.get(k).is_some_and(|w| WHERE_IN.contains(&w.as_str())) {
            k += 1;
        }
    }
    k += hyphen_adjective(words, k);
    let next = tokens.get(k)?;
    let mi = mentions.iter().position(|m| {
        m.range.start == next.start
            && ((m.kind == ActorKind::Country
                && m.actor.country.as_deref() == Some(m.actor.code.as_str()))
                || (speaks_for && m.actor.code.get(3..6) == Some("GOV")))
    })?;
    let m = mentions.get(mi)?;
    // "the special prosecutor in the Iran arms scandal": a country's name after "the" that
    // qualifies a noun is no place ("in the Jordanian town of Maan" is one).
    if article && let Some(k) = tokens.iter().position(|t| t.start >= m.range.end) {
        let capitalised = tokens
            .get(k)
            .and_then(|t| t.slice(text))
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
        let next = words.get(k).map_or("", String::as_str);
        if crate::rule::names_thing(m, next, capitalised) {
            return None;
        }
    }
    Some((mi, m))
}

/// Words of where in a country, between "in the" and the country's adjective.
const WHERE_IN: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
    "south-western",
    "remote",
    "restive",
];

/// How many tokens at `k` make a hyphenated participle before a country ("military-ruled",
/// "war-torn", "rebel-held"): one when the tokenizer kept it whole, three when it split the
/// hyphen off, none otherwise.
fn hyphen_adjective(words: &[String], k: usize) -> usize {
    let participle = |w: &str| w.ends_with("ed") || w.ends_with("torn") || w.ends_with("hit");
    match (words.get(k), words.get(k + 1), words.get(k + 2)) {
        (Some(w), _, _) if w.contains('-') && participle(w) => 1,
        (Some(_), Some(h), Some(w)) if h == "-" && participle(w) => 3,
        _ => 0,
    }
}

/// "Zimbabwe's opposition demanded that police lift a ban": when every actor of known country
/// in a sentence is of one country, and one of them is that country's government, police,
/// court, legislature or opposition (not a bare adjective: "police arrested a Syrian man" says
/// nothing of the police; not an army, envoy or armed group, often abroad), the police, courts,
/// lawmakers or opposition named after it with no country are of that country too. (Not a
/// government or an army: "the ministry alleged that Iranian drones attacked", "Hamas
/// militants attacked an army post" name another country's.)
fn domestic(all: &mut [ActorMention]) {
    let mut country: Option<String> = None;
    // Where the first body of that country acting at home ends.
    let mut body: Option<usize> = None;
    for m in all.iter() {
        let Some(c) = m.actor.country.as_deref() else {
            continue;
        };
        if m.actor.code.starts_with("IGO") {
            return;
        }
        match &country {
            Some(k) if k != c => return,
            _ => country = Some(c.to_owned()),
        }
        // The body must act at home: a government, police, court, legislature or opposition
        // of its own, not an army, an embassy or envoy, or an armed group ("US troops handed
        // suspects to police in Falluja", "Ethnic Albanian rebels attacked police").
        let agent = m.actor.code.get(3..).unwrap_or("");
        let abroad = m.role.as_deref().is_some_and(|r| {
            r.contains("ambassador")
                || r.contains("embassy")
                || r.contains("envoy")
                || r.contains("foreign")
        });
        let home = (m.role.is_some() || m.metonymic)
            && !abroad
            && ["GOV", "COP", "JUD", "LEG", "OPP"]
                .iter()
                .any(|a| agent.starts_with(a));
        if home && body.is_none() {
            body = Some(m.range.end);
        }
    }
    let (Some(c), Some(after)) = (country, body) else {
        return;
    };
    // Only actors named after it: "Police arrested the son of the former Iraqi president"
    // says nothing of the police.
    for m in all.iter_mut().filter(|m| m.range.start >= after) {
        let Some(agent) = m.actor.code.strip_prefix("---") else {
            continue;
        };
        if m.actor.country.is_none() && matches!(agent, "COP" | "JUD" | "LEG" | "OPP") {
            m.actor.code = format!("{c}{agent}");
            m.actor.name = format!("{c} {}", m.role.clone().unwrap_or_default());
            m.actor.id = m.actor.name.to_lowercase().replace(' ', "-");
            m.actor.country = Some(c.clone());
        }
    }
}
