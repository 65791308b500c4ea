//! The actors an article names, each with every alias seen and how often it is named.

use sitrep_actors::Lexicon;
use sitrep_model::Actor;

/// Every actor the lexicon finds in `text`, in order of first mention.
pub(crate) fn tally(lexicon: &Lexicon, text: &str) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::new();
    for m in lexicon.find(text) {
        let alias = m.matched.trim().to_owned();
        match out.iter_mut().find(|a| a.id == m.actor.id) {
            Some(actor) => {
                actor.mentions += 1;
                if !actor.aliases.contains(&alias) {
                    actor.aliases.push(alias);
                }
                if actor.role.is_none() {
                    actor.role = m.role;
                }
            }
            None => out.push(Actor {
                id: m.actor.id,
                name: m.actor.name,
                kind: m.kind,
                country: m.actor.country,
                code: m.actor.code,
                role: m.role,
                aliases: vec![alias],
                mentions: 1,
            }),
        }
    }
    out
}
