//! The extraction tables: events and actors per article, replaced whole, filtered on read.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use sitrep_model::{
    Actor, ActorKind, ActorRef, Article, DateValue, Event, EventMention, EventType, InputFormat,
    Mention, Precision, RawDoc, RawHints, TextRange,
};
use sitrep_store::{Error, EventQuery, SqliteStore};

fn doc(origin: &str, text: &str) -> (RawDoc, Article) {
    let raw = RawDoc::new(
        origin,
        None,
        InputFormat::Text,
        text.as_bytes().to_vec(),
        RawHints::default(),
    );
    let article = Article {
        id: raw.id.clone(),
        origin: raw.origin.clone(),
        url: None,
        outlet: None,
        title: None,
        byline: None,
        dateline: None,
        dateline_range: None,
        published: None,
        language: "en".to_string(),
        coded: true,
        text: text.to_string(),
        removed: Vec::new(),
        removed_reasons: Vec::new(),
        story: None,
        format: InputFormat::Text,
        cleaner: "test".to_string(),
        sentences: Vec::new(),
    };
    (raw, article)
}

fn actor_ref(code: &str) -> ActorRef {
    ActorRef {
        id: code.to_lowercase(),
        name: code.to_string(),
        country: Some(code.get(..3).unwrap().to_string()),
        code: code.to_string(),
    }
}

fn event(
    article: &Article,
    id: &str,
    cameo: &str,
    plover: &str,
    src: &str,
    tgt: &str,
    day: &str,
) -> Event {
    Event {
        id: id.to_string(),
        story: None,
        kind: EventType {
            cameo: cameo.to_string(),
            cameo_root: cameo.get(..2).unwrap().to_string(),
            label: "test".to_string(),
            plover: plover.to_string(),
            quad_class: 4,
        },
        source_actor: Some(actor_ref(src)),
        target_actor: Some(actor_ref(tgt)),
        date: Some(DateValue {
            value: Some(day.to_string()),
            precision: Precision::Day,
            basis: "test".to_string(),
            anchor: None,
            timestamp: None,
            mentions: Vec::new(),
            from: None,
        }),
        place: None,
        killed: None,
        injured: None,
        mentions: vec![EventMention {
            mention: Mention {
                article: article.id.clone(),
                sentence: 0,
                start: 0,
                end: article.text.len(),
                text: article.text.clone(),
            },
            source: None,
            target: None,
            phrase: TextRange::new(0, 4),
        }],
        articles: 1,
        outlets: 1,
        confidence: 0.5,
        negated: false,
        hypothetical: false,
        lexicon: "test".to_string(),
    }
}

fn seen(code: &str, alias: &str, mentions: u32) -> Actor {
    Actor {
        id: code.to_lowercase(),
        name: code.to_string(),
        kind: ActorKind::Country,
        country: Some(code.to_string()),
        code: code.to_string(),
        role: None,
        aliases: vec![alias.to_string()],
        mentions,
    }
}

#[test]
fn events_are_replaced_per_article_and_filtered() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let (raw_a, a) = doc("a.txt", "Pakistan struck Afghan posts.");
    let (raw_b, b) = doc("b.txt", "Iran urged restraint.");
    let mut batch = store.batch().unwrap();
    batch.insert(&raw_a, &a).unwrap();
    batch.insert(&raw_b, &b).unwrap();
    batch
        .replace_extraction(
            &a.id,
            &[
                event(&a, "e1", "190", "ASSAULT", "PAKMIL", "AFG", "2025-10-12"),
                event(&a, "e2", "112", "ACCUSE", "AFGGOV", "PAK", "2025-10-13"),
            ],
            &[seen("PAK", "Pakistan", 2), seen("AFG", "Afghan", 1)],
        )
        .unwrap();
    batch
        .replace_extraction(
            &b.id,
            &[Event {
                confidence: 0.3,
                ..event(&b, "e3", "0256", "APPEAL", "IRN", "PAK", "2025-11-13")
            }],
            &[seen("IRN", "Iran", 1), seen("PAK", "Pakistani", 1)],
        )
        .unwrap();
    batch.commit().unwrap();

    let ids = |store: &SqliteStore, q: EventQuery| {
        store
            .events(&q)
            .unwrap()
            .into_iter()
            .map(|e| e.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&store, EventQuery::default()), ["e1", "e2", "e3"]);
    assert_eq!(
        ids(
            &store,
            EventQuery {
                actor: Some("pak".into()),
                ..Default::default()
            }
        ),
        ["e1", "e2", "e3"]
    );
    assert_eq!(
        ids(
            &store,
            EventQuery {
                actor: Some("IRN".into()),
                ..Default::default()
            }
        ),
        ["e3"]
    );
    assert_eq!(
        ids(
            &store,
            EventQuery {
                kind: Some("19".into()),
                ..Default::default()
            }
        ),
        ["e1"]
    );
    assert_eq!(
        ids(
            &store,
            EventQuery {
                kind: Some("accuse".into()),
                ..Default::default()
            }
        ),
        ["e2"]
    );
    assert_eq!(
        ids(
            &store,
            EventQuery {
                since: Some("2025-10-13".into()),
                until: Some("2025-11-01".into()),
                ..Default::default()
            }
        ),
        ["e2"]
    );
    assert_eq!(
        ids(
            &store,
            EventQuery {
                article: Some(b.id.clone()),
                ..Default::default()
            }
        ),
        ["e3"]
    );
    assert_eq!(
        ids(
            &store,
            EventQuery {
                min_confidence: Some(0.4),
                ..Default::default()
            }
        ),
        ["e1", "e2"]
    );
    assert_eq!(store.count_events().unwrap(), 3);

    // Actors are summed over articles, aliases kept.
    let actors = store.actors().unwrap();
    let pak = actors.iter().find(|x| x.code == "PAK").unwrap();
    assert_eq!(pak.mentions, 3);
    assert_eq!(pak.aliases, ["Pakistan", "Pakistani"]);
    assert_eq!(actors[0].code, "PAK", "most mentioned first");

    // Re-extraction replaces the article's rows; the other article keeps its own.
    let mut batch = store.batch().unwrap();
    batch
        .replace_extraction(
            &a.id,
            &[event(
                &a,
                "e4",
                "190",
                "ASSAULT",
                "PAKMIL",
                "AFG",
                "2025-10-12",
            )],
            &[],
        )
        .unwrap();
    batch.commit().unwrap();
    assert_eq!(ids(&store, EventQuery::default()), ["e4", "e3"]);
    assert_eq!(
        store
            .actors()
            .unwrap()
            .iter()
            .find(|x| x.code == "PAK")
            .unwrap()
            .mentions,
        1
    );
    // The stored event reads back equal to what was written.
    let back = store
        .events(&EventQuery {
            article: Some(b.id.clone()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        back,
        [Event {
            confidence: 0.3,
            ..event(&b, "e3", "0256", "APPEAL", "IRN", "PAK", "2025-11-13")
        }]
    );
}

#[test]
fn extraction_of_an_unknown_article_is_refused_and_the_batch_rolls_back() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let (raw, a) = doc("a.txt", "Pakistan struck Afghan posts.");
    let (_, ghost) = doc("ghost.txt", "never stored");
    let mut batch = store.batch().unwrap();
    batch.insert(&raw, &a).unwrap();
    let err = batch.replace_extraction(&ghost.id, &[], &[]).unwrap_err();
    assert!(matches!(err, Error::UnknownArticle { .. }), "{err:?}");
    assert!(matches!(batch.commit(), Err(Error::BatchFailed)));
    assert_eq!(store.count_events().unwrap(), 0);
    assert!(store.article(&a.id.0).unwrap().is_none());
}
