//! What the stages after cleaning already see in an article: actors, dates and casualty
//! figures, each with the words it came from.
//!
//! These are the raw findings of `sitrep-actors`, `sitrep-time` and `sitrep-casualty`, before
//! events tie them together (issue 3) and before anything is stored. `sitrep demo` prints them
//! so that a user sees the next stages grow; nothing downstream relies on this shape.

use sitrep_actors::Lexicon;
use sitrep_casualty::CasualtyKind;
use sitrep_model::Article;
use sitrep_time::TimeConfig;

/// One actor and how often it is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorSeen {
    /// CAMEO-style code, e.g. `PAKGOV`.
    pub code: String,
    /// The words of its first mention.
    pub first: String,
    pub mentions: usize,
}

/// One temporal expression and its resolved value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateSeen {
    pub expression: String,
    /// ISO value, or None when it could not be resolved.
    pub value: Option<String>,
    /// `day`, `week`, `month`, `year`, `interval`, `unknown`.
    pub precision: String,
}

/// One killed or injured figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CasualtySeen {
    pub killed: bool,
    pub min: u32,
    pub max: Option<u32>,
    /// The phrase it was read from.
    pub phrase: String,
    pub who: Option<String>,
}

/// What the later stages see in one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preview {
    /// In order of first mention.
    pub actors: Vec<ActorSeen>,
    pub dates: Vec<DateSeen>,
    pub casualties: Vec<CasualtySeen>,
}

/// The actor lexicon and date settings, built once.
#[derive(Debug)]
pub struct Previewer {
    lexicon: Lexicon,
    time: TimeConfig,
}

impl Previewer {
    /// Build the shipped actor lexicon (a few milliseconds).
    pub fn new() -> Result<Self, sitrep_actors::Error> {
        Ok(Previewer {
            lexicon: Lexicon::builtin()?,
            time: TimeConfig::default(),
        })
    }

    /// Actors, dates and casualty figures in `article`'s text.
    pub fn preview(&self, article: &Article) -> Preview {
        let mut preview = Preview::default();
        for m in self.lexicon.find(&article.text) {
            match preview.actors.iter_mut().find(|a| a.code == m.actor.code) {
                Some(seen) => seen.mentions += 1,
                None => preview.actors.push(ActorSeen {
                    code: m.actor.code.clone(),
                    first: m.matched.clone(),
                    mentions: 1,
                }),
            }
        }
        let published = article.published.as_ref().and_then(|p| p.value.as_deref());
        for d in sitrep_time::find_dates(&article.text, published, &self.time) {
            let precision = serde_json::to_value(d.value.precision)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            preview.dates.push(DateSeen {
                expression: d.expression,
                value: d.value.value,
                precision,
            });
        }
        for s in &article.sentences {
            for c in sitrep_casualty::find_casualties_in(&article.text, s.range) {
                preview.casualties.push(CasualtySeen {
                    killed: c.kind == CasualtyKind::Killed,
                    min: c.count.min,
                    max: c.count.max,
                    phrase: c.span.slice(&article.text).unwrap_or_default().to_string(),
                    who: c.who,
                });
            }
        }
        preview
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;
    use sitrep_model::{InputFormat, RawDoc, RawHints};

    #[test]
    fn an_article_shows_its_actors_dates_and_figures() {
        let text = "Blast kills 9 in Quetta\n\nQUETTA: A bomb killed nine people and injured at least 20 \
                    others at a market on Tuesday, police said. Pakistan's interior minister condemned \
                    the attack, and Islamabad said it would raise the matter with Kabul.\n";
        let raw = RawDoc::new(
            "t.txt",
            None,
            InputFormat::Text,
            text.as_bytes().to_vec(),
            RawHints {
                published: Some("2025-11-13".to_string()),
                ..RawHints::default()
            },
        );
        let (article, _) = Pipeline::default().process(&raw);
        let preview = Previewer::new().unwrap().preview(&article);
        let codes: Vec<&str> = preview.actors.iter().map(|a| a.code.as_str()).collect();
        assert!(codes.contains(&"PAKGOV"), "{codes:?}");
        let tuesday = preview
            .dates
            .iter()
            .find(|d| d.expression.contains("Tuesday"))
            .unwrap();
        assert_eq!(tuesday.value.as_deref(), Some("2025-11-11"));
        assert_eq!(tuesday.precision, "day");
        let killed = preview.casualties.iter().find(|c| c.killed).unwrap();
        assert_eq!((killed.min, killed.max), (9, Some(9)));
        let injured = preview.casualties.iter().find(|c| !c.killed).unwrap();
        assert_eq!((injured.min, injured.max), (20, None));
    }
}
