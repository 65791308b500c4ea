//! The people and organisations earlier articles discovered, kept for later ones.
//!
//! Document-level resolution is told about known actors so that a later "Naqvi" resolves to
//! the minister an earlier article introduced. Telling it about every actor ever seen would
//! make each article cost more as the store grows, so [`KnownActors::relevant`] passes on only
//! those whose name or an alias ends in a word the article has (compared folded, so
//! "Araqchi" finds "Araghchi"): a hash lookup per known actor and name.

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
                .map(fold)
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
            .map(fold)
            .collect();
        self.actors
            .iter()
            .zip(&self.keys)
            .filter(|(_, keys)| keys.iter().any(|k| words.contains(k)))
            .map(|(a, _)| a.clone())
            .collect()
    }
}
