//! The extraction tables: events and the actors each article names (schema version 2).

use std::collections::HashMap;

use rusqlite::params;
use sitrep_model::{Actor, ArticleId, Event};

use crate::sqlite::{json_error, sqlite};
use crate::{Batch, Error, Result, SqliteStore};

/// Which events [`SqliteStore::events`] lists. `None` fields do not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventQuery {
    /// Only events of this article.
    pub article: Option<ArticleId>,
    /// Only events of this story.
    pub story: Option<String>,
    /// Only events whose source or target actor has this code, id or name (ASCII case
    /// ignored), or a code that starts with it (`PAK` matches `PAKGOV`).
    pub actor: Option<String>,
    /// Only events of this type: a CAMEO code or code prefix (`18`, `0871`) or a PLOVER type
    /// (`ASSAULT`, ASCII case ignored).
    pub kind: Option<String>,
    /// Only events dated on or after this ISO date (compared on the date's first day).
    pub since: Option<String>,
    /// Only events dated on or before this ISO date.
    pub until: Option<String>,
    /// Only events whose `confidence` is at least this (0 to 1).
    pub min_confidence: Option<f64>,
    pub limit: Option<usize>,
}

impl EventQuery {
    fn matches(&self, e: &Event) -> bool {
        if let Some(story) = &self.story
            && e.story.as_deref() != Some(story.as_str())
        {
            return false;
        }
        if let Some(want) = &self.actor {
            let hit = [&e.source_actor, &e.target_actor]
                .into_iter()
                .flatten()
                .any(|a| {
                    a.id.eq_ignore_ascii_case(want)
                        || a.name.eq_ignore_ascii_case(want)
                        || a.code
                            .get(..want.len())
                            .is_some_and(|p| p.eq_ignore_ascii_case(want))
                });
            if !hit {
                return false;
            }
        }
        if let Some(kind) = &self.kind
            && !e.kind.cameo.starts_with(kind.as_str())
            && !e.kind.plover.eq_ignore_ascii_case(kind)
        {
            return false;
        }
        let day = e
            .date
            .as_ref()
            .and_then(|d| d.value.as_deref())
            .and_then(|v| v.get(..10));
        if let Some(since) = &self.since
            && day.is_none_or(|d| d < since.as_str())
        {
            return false;
        }
        if let Some(until) = &self.until
            && day.is_none_or(|d| d > until.as_str())
        {
            return false;
        }
        if let Some(min) = self.min_confidence
            && e.confidence < min
        {
            return false;
        }
        true
    }
}

impl SqliteStore {
    /// Coded events, ordered by date (undated last), then article and id.
    pub fn events(&self, query: &EventQuery) -> Result<Vec<Event>> {
        let rows: Vec<(String, String)> = self
            .conn
            .prepare_cached(
                "SELECT id, json FROM events
                 WHERE (?1 IS NULL OR article = ?1)
                 ORDER BY day IS NULL, day, article, id",
            )
            .and_then(|mut s| {
                s.query_map(params![query.article.as_ref().map(|a| &a.0)], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?
                .collect()
            })
            .map_err(sqlite(&self.path))?;
        let mut out = Vec::new();
        for (id, json) in rows {
            let event: Event = serde_json::from_str(&json).map_err(json_error(&id))?;
            if query.matches(&event) {
                out.push(event);
                if query.limit.is_some_and(|n| out.len() >= n) {
                    break;
                }
            }
        }
        Ok(out)
    }

    /// Every actor named in the store, with the aliases seen in any article (sorted) and the
    /// total mention count, most mentioned first.
    pub fn actors(&self) -> Result<Vec<Actor>> {
        let rows: Vec<(String, String)> = self
            .conn
            .prepare_cached("SELECT actor, json FROM actor_mentions ORDER BY article, actor")
            .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
            .map_err(sqlite(&self.path))?;
        let mut out: Vec<Actor> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for (id, json) in rows {
            let seen: Actor = serde_json::from_str(&json).map_err(json_error(&id))?;
            match index.get(&id) {
                Some(&i) => {
                    let actor = &mut out[i];
                    actor.mentions += seen.mentions;
                    for alias in seen.aliases {
                        if !actor.aliases.contains(&alias) {
                            actor.aliases.push(alias);
                        }
                    }
                    if actor.role.is_none() {
                        actor.role = seen.role;
                    }
                }
                None => {
                    index.insert(id, out.len());
                    out.push(seen);
                }
            }
        }
        for actor in &mut out {
            actor.aliases.sort();
        }
        out.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
    }

    /// The actors named in one article, in order of mentions.
    pub fn actors_of(&self, article: &ArticleId) -> Result<Vec<Actor>> {
        let rows: Vec<(String, String)> = self
            .conn
            .prepare_cached("SELECT actor, json FROM actor_mentions WHERE article = ?1")
            .and_then(|mut s| {
                s.query_map([&article.0], |r| Ok((r.get(0)?, r.get(1)?)))?
                    .collect()
            })
            .map_err(sqlite(&self.path))?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, json) in rows {
            out.push(serde_json::from_str::<Actor>(&json).map_err(json_error(&id))?);
        }
        out.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.id.cmp(&b.id)));
        Ok(out)
    }

    /// How many events are stored.
    pub fn count_events(&self) -> Result<usize> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
            .map_err(sqlite(&self.path))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }
}

impl Batch<'_> {
    /// Replace what extraction found in an article (its events and the actors it names) by
    /// `events` and `actors`. The article must be stored (or inserted earlier in this batch).
    pub fn replace_extraction(
        &mut self,
        article: &ArticleId,
        events: &[Event],
        actors: &[Actor],
    ) -> Result<()> {
        let result = self.try_replace_extraction(article, events, actors);
        self.guard(result)
    }

    fn try_replace_extraction(
        &mut self,
        article: &ArticleId,
        events: &[Event],
        actors: &[Actor],
    ) -> Result<()> {
        let exists: bool = self
            .tx
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?1)")
            .and_then(|mut s| s.query_row([&article.0], |r| r.get(0)))
            .map_err(sqlite(self.path))?;
        if !exists {
            return Err(Error::UnknownArticle {
                id: article.0.clone(),
            });
        }
        for table in ["events", "actor_mentions"] {
            self.tx
                .prepare_cached(&format!("DELETE FROM {table} WHERE article = ?1"))
                .and_then(|mut s| s.execute([&article.0]))
                .map_err(sqlite(self.path))?;
        }
        for e in events {
            let json = serde_json::to_string(e).map_err(json_error(&e.id))?;
            let day = e.date.as_ref().and_then(|d| d.value.as_deref());
            self.tx
                .prepare_cached(
                    "INSERT OR REPLACE INTO events
                       (id, article, cameo, plover, source, target, day, json)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                )
                .and_then(|mut s| {
                    s.execute(params![
                        e.id,
                        article.0,
                        e.kind.cameo,
                        e.kind.plover,
                        e.source_actor.as_ref().map(|a| &a.code),
                        e.target_actor.as_ref().map(|a| &a.code),
                        day,
                        json
                    ])
                })
                .map_err(sqlite(self.path))?;
        }
        for a in actors {
            let json = serde_json::to_string(a).map_err(json_error(&a.id))?;
            self.tx
                .prepare_cached(
                    "INSERT OR REPLACE INTO actor_mentions (article, actor, json)
                     VALUES (?1, ?2, ?3)",
                )
                .and_then(|mut s| s.execute(params![article.0, a.id, json]))
                .map_err(sqlite(self.path))?;
        }
        Ok(())
    }
}
