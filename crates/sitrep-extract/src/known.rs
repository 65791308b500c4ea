//! The people and organisations earlier articles discovered, kept for later ones.
//!
//! Document-level resolution is told about known actors so that a later "Naqvi" resolves to
//! the minister an earlier article introduced. Telling it about every actor ever seen would
//! make each article cost more as the store grows, so [`KnownActors::relevant`] passes on only
//! those whose name or an alias ends in a word the article has (compared folded and without
//! vowels after the first letter, as resolution compares names, so "Ghulami" finds "Gholami"):
//! a hash lookup per known actor and name. The filter only narrows; resolution decides.

use std::collections::{HashMap, HashSet};

use sitrep_actors::fold;
use sitrep_model::{Actor, Article};

/// Known actors with the folded last words of their names, ready to match articles.
#[derive(Debug, Clone, Default)]
pub struct KnownActors {
    actors: Vec<Actor>,
    /// For each actor, the folded last word of its name and of each alias.
    keys: Vec<Vec<String>>,
    /// Index of an actor by id.
    by_id: HashMap<String, usize>,
}

impl KnownActors {
    pub fn new(actors: Vec<Actor>) -> Self {
        let mut known = KnownActors::default();
        known.learn(&actors);
        known
    }

    pub fn len(&self) -> usize {
        self.actors.len()
    }

    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
    }

    /// Add what an article discovered: new actors, and new aliases of known ones.
    pub fn learn(&mut self, discovered: &[Actor]) {
        for actor in discovered {
            let index = match self.by_id.get(&actor.id).copied() {
                Some(i) => {
                    let known = &mut self.actors[i];
                    for alias in &actor.aliases {
                        if !known.aliases.contains(alias) {
                            known.aliases.push(alias.clone());
                        }
                    }
                    i
                }
                None => {
                    self.by_id.insert(actor.id.clone(), self.actors.len());
                    self.actors.push(actor.clone());
                    self.keys.push(Vec::new());
                    self.actors.len() - 1
                }
            };
            let known = &self.actors[index];
            let mut keys: Vec<String> = std::iter::once(&known.name)
                .chain(&known.aliases)
                .filter_map(|n| n.split_whitespace().last())
                .map(key)
                .collect();
            keys.sort();
            keys.dedup();
            if let Some(slot) = self.keys.get_mut(index) {
                *slot = keys;
            }
        }
    }

    /// The known actors whose name or alias ends in a capitalised word of the article.
    pub fn relevant(&self, article: &Article) -> Vec<Actor> {
        if self.actors.is_empty() {
            return Vec::new();
        }
        let words: HashSet<String> = article
            .text
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(key)
            .collect();
        self.actors
            .iter()
            .zip(&self.keys)
            .filter(|(_, keys)| keys.iter().any(|k| words.contains(k)))
            .map(|(a, _)| a.clone())
            .collect()
    }
}

/// A word as names are compared: folded, vowels after the first letter dropped.
fn key(word: &str) -> String {
    let folded = fold(word);
    let mut chars = folded.chars();
    let mut out: String = chars.next().into_iter().collect();
    out.extend(chars.filter(|c| !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')));
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use sitrep_model::{ActorKind, InputFormat};

    fn person(id: &str, name: &str) -> Actor {
        Actor {
            id: id.to_owned(),
            name: name.to_owned(),
            kind: ActorKind::Person,
            country: Some("IRN".to_owned()),
            code: "IRNGOV".to_owned(),
            role: Some("foreign minister".to_owned()),
            aliases: vec![name.to_owned()],
            mentions: 1,
        }
    }

    fn article(text: &str) -> Article {
        let raw = sitrep_model::RawDoc::new(
            "t",
            None,
            InputFormat::Text,
            text.as_bytes().to_vec(),
            sitrep_model::RawHints::default(),
        );
        sitrep_clean::clean(&raw, &sitrep_clean::CleanConfig::default()).0
    }

    #[test]
    fn only_actors_named_in_the_article_are_passed_on_spelling_folded() {
        let mut known = KnownActors::new(vec![person("kamran-kolami", "Kamran Gholami")]);
        known.learn(&[person("dara-vafa", "Dara Vafa")]);
        known.learn(&[person("dara-vafa", "Dara Vafa")]);
        assert_eq!(known.len(), 2);
        let ids = |text: &str| -> Vec<String> {
            known
                .relevant(&article(text))
                .into_iter()
                .map(|a| a.id)
                .collect()
        };
        assert_eq!(ids("Ghulami met the envoy on Monday."), ["kamran-kolami"]);
        assert_eq!(
            ids("Vafa and Gholami spoke by phone."),
            ["kamran-kolami", "dara-vafa"]
        );
        assert!(ids("The talks ended without a statement.").is_empty());
    }
}
