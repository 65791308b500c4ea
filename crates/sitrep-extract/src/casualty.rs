//! Killed and injured figures tied to their events.
//!
//! A figure attaches to the violent events of its own sentence: CAMEO roots 18 (assault),
//! 19 (fight) and 20 (mass violence) and 145 (violent protest), when neither negated nor
//! hypothetical (a threat kills no one). A sentence with figures that points back at an act
//! ("The blast killed 12 people.": "the", "this" or "that" before an attack noun) and names no
//! actor of its own gives them to the violent events of the nearest of the two sentences before
//! it that has one; its own actor-less violent coding ("killed") is then the same act, not a
//! second one. Without such a pointer the figures stay with the events of their sentence (they
//! may count another incident). The first killed and the
//! first injured figure of a sentence are used; sub-counts after them ("including three
//! children") are not totals.

use sitrep_casualty::{CasualtyKind, CasualtyMention};
use sitrep_model::{Article, Event};

use crate::Found;

/// How many sentences back a figure without an event of its own looks for one.
pub const LOOK_BACK: usize = 2;

/// Whether a CAMEO code is an act that can kill or injure.
pub fn violent(code: &str) -> bool {
    matches!(code.get(..2), Some("18" | "19" | "20")) || code.starts_with("145")
}

fn eligible(event: &Event) -> bool {
    violent(&event.kind.cameo) && !event.negated && !event.hypothetical
}

/// Nouns of violent acts that "the"/"this"/"that" may point back with.
const ACT_NOUNS: &[&str] = &[
    "attack",
    "blast",
    "bombing",
    "explosion",
    "assault",
    "strike",
    "strikes",
    "clash",
    "clashes",
    "raid",
    "ambush",
    "shelling",
    "shooting",
    "fighting",
    "violence",
    "incident",
];

/// Whether a sentence points back at an earlier act: "the blast", "this attack".
fn points_back(sentence: &str) -> bool {
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.windows(2).any(|w| {
        matches!(w[0].as_str(), "the" | "this" | "that") && ACT_NOUNS.contains(&w[1].as_str())
    }) || words.windows(3).any(|w| {
        matches!(w[0].as_str(), "the" | "this" | "that") && ACT_NOUNS.contains(&w[2].as_str())
    })
}

/// Attach the figures of sentence `index` to the events of `found`. Returns the pairs
/// `(later, earlier)` of events found to be one act: a sentence that points back ("The attack
/// killed four.") and whose own violent codings name no actor reports the earlier act again.
pub fn attach(
    found: &mut [Found],
    article: &Article,
    index: usize,
    figures: &[CasualtyMention],
) -> Vec<(usize, usize)> {
    let sentence = article
        .sentences
        .get(index)
        .and_then(|s| s.range.slice(&article.text))
        .unwrap_or_default();
    let here: Vec<usize> = (0..found.len())
        .filter(|&i| found[i].sentence == index && eligible(&found[i].event))
        .collect();
    let actorless = |e: &Event| e.source_actor.is_none() && e.target_actor.is_none();
    let mut same_act = Vec::new();
    let targets = if points_back(sentence) && here.iter().all(|&i| actorless(&found[i].event)) {
        let before = (1..=LOOK_BACK)
            .filter_map(|back| index.checked_sub(back))
            .map(|s| {
                (0..found.len())
                    .filter(|&i| found[i].sentence == s && eligible(&found[i].event))
                    .collect::<Vec<usize>>()
            })
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        match before.first() {
            Some(&earlier) => {
                same_act = here.iter().map(|&later| (later, earlier)).collect();
                before
            }
            None => here,
        }
    } else {
        here
    };
    for kind in [CasualtyKind::Killed, CasualtyKind::Injured] {
        let Some(figure) = figures.iter().find(|m| m.kind == kind) else {
            continue;
        };
        let casualty = figure.to_casualty(&article.text, &article.id, index);
        for &i in &targets {
            let event = &mut found[i].event;
            let field = match kind {
                CasualtyKind::Killed => &mut event.killed,
                CasualtyKind::Injured => &mut event.injured,
            };
            if field.is_none() {
                *field = Some(casualty.clone());
            }
        }
    }
    same_act
}
