//! Extraction on short articles written by the sitrep team (invented news): each test is one
//! rule of how codings, dates, places and figures are tied together. Expected values are read
//! off the text by hand.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::string_slice
)]

use sitrep_extract::{ExtractConfig, Extractor};
use sitrep_model::{Article, DateValue, Event, InputFormat, Precision, RawDoc, RawHints};

/// Clean and split `text` as the pipeline does, published on `published` (when given).
fn article(text: &str, published: Option<&str>) -> Article {
    let raw = RawDoc::new(
        "test.txt",
        None,
        InputFormat::Text,
        text.as_bytes().to_vec(),
        RawHints::default(),
    );
    let (mut article, _) = sitrep_clean::clean(&raw, &sitrep_clean::CleanConfig::default());
    article.sentences = sitrep_text::split(&article.text, &sitrep_text::SplitConfig::default());
    article.published = published.map(|day| DateValue {
        value: Some(day.to_owned()),
        precision: Precision::Day,
        basis: "test".to_owned(),
        anchor: None,
        timestamp: None,
        mentions: Vec::new(),
        from: Some("test".to_owned()),
    });
    article
}

fn extract(text: &str, published: Option<&str>) -> (Article, Vec<Event>) {
    let a = article(text, published);
    let extractor = Extractor::new(&ExtractConfig::default()).unwrap();
    let events = extractor.extract(&a).events;
    (a, events)
}

fn code(e: &Event) -> String {
    let actor =
        |a: &Option<sitrep_model::ActorRef>| a.as_ref().map_or("-".to_owned(), |a| a.code.clone());
    format!(
        "{} {} {}",
        e.kind.cameo,
        actor(&e.source_actor),
        actor(&e.target_actor)
    )
}

fn day(e: &Event) -> Option<&str> {
    e.date.as_ref().and_then(|d| d.value.as_deref())
}

const BOMBING: &str = "A suicide bomber struck a police checkpoint in Quetta on Tuesday, \
killing nine people and wounding 20 others, officials said.\n\n\
Pakistan accused Afghanistan on Wednesday of sheltering the attackers.\n\n\
Iran urged Pakistan to hold talks with Afghanistan.\n";

#[test]
fn a_bombing_takes_the_date_place_and_figures_of_its_sentence() {
    // 2026-03-05 is a Thursday: "on Tuesday" in a past-tense report is 2026-03-03.
    let (a, events) = extract(BOMBING, Some("2026-03-05"));
    let bombing = events
        .iter()
        .find(|e| e.kind.cameo_root == "18")
        .unwrap_or_else(|| {
            panic!(
                "no bombing in {:?}",
                events.iter().map(code).collect::<Vec<_>>()
            )
        });
    assert_eq!(day(bombing), Some("2026-03-03"));
    let date = bombing.date.as_ref().unwrap();
    assert_eq!(date.mentions[0].text, "Tuesday");
    let place = bombing.place.as_ref().expect("Quetta is stated");
    assert_eq!(place.name, "Quetta");
    assert_eq!(place.country.as_deref(), Some("PAK"));
    assert_eq!(place.admin1.as_deref(), Some("Balochistan"));
    assert_eq!(place.mentions[0].text, "Quetta");
    let killed = bombing.killed.as_ref().unwrap();
    assert_eq!((killed.min, killed.max), (9, Some(9)));
    let injured = bombing.injured.as_ref().unwrap();
    assert_eq!((injured.min, injured.max), (20, Some(20)));
    // The evidence: the sentence and the event phrase, as byte ranges into the article text.
    let m = &bombing.mentions[0];
    assert!(m.mention.text.starts_with("A suicide bomber struck"));
    assert_eq!(&a.text[m.mention.start..m.mention.end], m.mention.text);
    assert!(
        a.text[m.phrase.start..m.phrase.end].contains("struck")
            || a.text[m.phrase.start..m.phrase.end].contains("bomber")
    );
}

#[test]
fn each_act_takes_the_date_of_its_own_sentence() {
    let (_, events) = extract(BOMBING, Some("2026-03-05"));
    let accusation = events.iter().find(|e| code(e) == "112 PAK AFG").unwrap();
    assert_eq!(day(accusation), Some("2026-03-04"));
    // No figures on an accusation, even after a sentence with figures.
    assert!(accusation.killed.is_none() && accusation.injured.is_none());
}

#[test]
fn a_sentence_without_a_date_takes_the_publication_date_and_says_so() {
    let (_, events) = extract(BOMBING, Some("2026-03-05"));
    let appeal = events
        .iter()
        .find(|e| e.source_actor.as_ref().is_some_and(|a| a.code == "IRN"))
        .unwrap();
    let date = appeal.date.as_ref().unwrap();
    assert_eq!(date.value.as_deref(), Some("2026-03-05"));
    assert_eq!(date.from.as_deref(), Some("publication date"));
    assert!(date.basis.contains("publication date"), "{}", date.basis);
    assert!(appeal.place.is_none(), "no place is stated for the appeal");
}

#[test]
fn without_a_publication_date_a_weekday_stays_unresolved_with_its_anchor() {
    let (_, events) = extract(BOMBING, None);
    let bombing = events.iter().find(|e| e.kind.cameo_root == "18").unwrap();
    let date = bombing.date.as_ref().unwrap();
    assert_eq!(date.value, None);
    let anchor = date.anchor.as_ref().unwrap();
    assert_eq!(anchor.relative_to, "publication");
    let appeal = events
        .iter()
        .find(|e| e.source_actor.as_ref().is_some_and(|a| a.code == "IRN"))
        .unwrap();
    let date = appeal.date.as_ref().unwrap();
    assert_eq!(
        (date.value.as_deref(), date.precision),
        (None, Precision::Unknown)
    );
}

#[test]
fn figures_in_a_sentence_that_points_back_attach_to_the_attack_before_it() {
    let text = "Gunmen attacked a bus near Peshawar on Monday.\n\n\
                The attack killed four passengers.\n";
    let (_, events) = extract(text, Some("2026-03-05"));
    // One act: the attack, reported again by "The attack killed ...".
    let violent: Vec<&Event> = events
        .iter()
        .filter(|e| sitrep_extract::casualty::violent(&e.kind.cameo))
        .collect();
    assert_eq!(
        violent.len(),
        1,
        "{:?}",
        events.iter().map(code).collect::<Vec<_>>()
    );
    let attack = violent[0];
    assert_eq!(day(attack), Some("2026-03-02"));
    let killed = attack.killed.as_ref().expect("the attack's toll");
    assert_eq!((killed.min, killed.max), (4, Some(4)));
    assert_eq!(killed.mentions[0].sentence, 1);
    assert_eq!(attack.mentions.len(), 2);
    assert_eq!(
        attack.place.as_ref().map(|p| p.name.as_str()),
        Some("Peshawar")
    );
}

#[test]
fn figures_that_do_not_point_back_stay_unattached() {
    let text = "Gunmen attacked a bus near Peshawar on Monday.\n\n\
                Separately, floods killed four farmers in the north.\n";
    let (_, events) = extract(text, Some("2026-03-05"));
    let attack = events
        .iter()
        .find(|e| e.mentions[0].mention.text.starts_with("Gunmen"))
        .unwrap();
    assert!(attack.killed.is_none());
    assert_eq!(attack.mentions.len(), 1);
}

#[test]
fn a_capital_speaking_for_its_government_is_not_the_place() {
    let text = "Kabul rejected the accusation on Friday.\n";
    let (_, events) = extract(text, Some("2026-03-07"));
    // (Rejecting an accusation is a denial, 016.)
    let rejection = events.iter().find(|e| e.kind.cameo == "016").unwrap();
    assert!(rejection.place.is_none());
    assert_eq!(day(rejection), Some("2026-03-06"));
}

#[test]
fn a_visit_is_to_the_country_of_its_destination() {
    // "visited Ankara": the place is Ankara and the visited is Turkey (the host), named by the
    // place's words; "flew to Doha" likewise; a visit inside one's own country has no target.
    let text = "Nigerian Foreign Minister Musa Danjuma visited Ankara on Monday.\n\n\
                Ghana's president flew to Doha for the summit.\n\n\
                Pakistan's interior minister visited Quetta on Sunday.\n";
    let (a, events) = extract(text, Some("2026-03-10"));
    let visits: Vec<&Event> = events.iter().filter(|e| e.kind.cameo == "042").collect();
    assert_eq!(
        visits.len(),
        3,
        "{:?}",
        events.iter().map(code).collect::<Vec<_>>()
    );
    assert_eq!(code(visits[0]), "042 NGAGOV TUR");
    assert_eq!(visits[0].place.as_ref().unwrap().name, "Ankara");
    let target = visits[0].mentions[0].target.unwrap();
    assert_eq!(&a.text[target.start..target.end], "Ankara");
    assert_eq!(code(visits[1]), "042 GHAGOV QAT");
    assert_eq!(code(visits[2]), "042 PAKGOV -");
    assert_eq!(visits[2].place.as_ref().unwrap().name, "Quetta");
}

#[test]
fn a_named_sides_violence_abroad_is_against_the_country_of_its_place() {
    // No one is named as attacked: the country where the shells fell is the target, unless it
    // is the attacker's own.
    let text = "Russian artillery shelled positions near Kharkiv on Friday.\n\n\
                Pakistani troops raided hideouts near Quetta on Saturday.\n";
    let (_, events) = extract(text, Some("2026-03-10"));
    let codes: Vec<String> = events.iter().map(code).collect();
    assert!(codes.contains(&"194 RUSMIL UKR".to_owned()), "{codes:?}");
    assert!(
        codes
            .iter()
            .any(|c| c.starts_with("19") && c.ends_with("PAKMIL -")),
        "{codes:?}"
    );
}

#[test]
fn one_act_reported_twice_in_an_article_is_one_event_with_two_mentions() {
    let text = "Iran urged Pakistan to hold talks with Afghanistan.\n\n\
                The appeal came a day after the clashes.\n\n\
                Iran urged Pakistan to hold talks, the ministry said.\n";
    let (_, events) = extract(text, Some("2026-03-05"));
    let appeals: Vec<&Event> = events
        .iter()
        .filter(|e| {
            e.source_actor.as_ref().is_some_and(|a| a.code == "IRN")
                && e.target_actor.as_ref().is_some_and(|a| a.code == "PAK")
        })
        .collect();
    assert_eq!(
        appeals.len(),
        1,
        "{:?}",
        events.iter().map(code).collect::<Vec<_>>()
    );
    assert_eq!(appeals[0].mentions.len(), 2);
    assert_eq!(appeals[0].mentions[1].mention.sentence, 2);
}

#[test]
fn ids_are_stable_and_events_carry_the_lexicon_version() {
    let (_, first) = extract(BOMBING, Some("2026-03-05"));
    let (_, again) = extract(BOMBING, Some("2026-03-05"));
    let ids = |v: &[Event]| v.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&first), ids(&again));
    let mut unique = ids(&first);
    unique.dedup();
    assert_eq!(unique.len(), first.len());
    assert!(first.iter().all(|e| e.lexicon.starts_with("verbs ")));
}

#[test]
fn people_resolved_in_the_article_are_the_actors_of_its_events() {
    let text = "LAHORE: Pakistan's Interior Minister Tariq Bhatti said on Monday that the crossings would stay shut.\n\n\
                Bhatti accused Afghanistan of sheltering the attackers.\n";
    let (_, events) = extract(text, Some("2026-03-05"));
    let accusation = events
        .iter()
        .find(|e| e.kind.cameo == "112")
        .unwrap_or_else(|| panic!("{:?}", events.iter().map(code).collect::<Vec<_>>()));
    let source = accusation.source_actor.as_ref().unwrap();
    assert_eq!(source.name, "Tariq Bhatti");
    assert_eq!(source.code, "PAKGOV");
    assert_eq!(accusation.target_actor.as_ref().unwrap().code, "AFG");
    let m = &accusation.mentions[0];
    assert_eq!(
        m.source
            .map(|r| &m.mention.text[r.start - m.mention.start..r.end - m.mention.start]),
        Some("Bhatti")
    );
}

#[test]
fn a_possessive_district_before_a_town_is_its_admin2() {
    let text = "PESHAWAR: Militants attacked a checkpoint in North Waziristan's Miran Shah on Sunday, \
                officials said.\n\nThe army said the attackers came from Afghanistan.\n";
    let (_, events) = extract(text, Some("2026-03-05"));
    let attack = events
        .iter()
        .find(|e| sitrep_extract::casualty::violent(&e.kind.cameo))
        .unwrap_or_else(|| panic!("{:?}", events.iter().map(code).collect::<Vec<_>>()));
    let place = attack.place.as_ref().expect("Miran Shah is stated");
    assert_eq!(place.name, "Miran Shah");
    assert_eq!(place.country.as_deref(), Some("PAK"));
    assert_eq!(place.admin2.as_deref(), Some("North Waziristan"));
    // "came from Afghanistan" states no place for anything.
    assert!(
        events
            .iter()
            .all(|e| e.place.as_ref().is_none_or(|p| p.name != "Afghanistan"))
    );
}

#[test]
fn a_town_in_a_country_the_article_never_names_is_not_the_place() {
    // The gazetteer's only Milak is a town in India; this report is from Iran.
    let text = "TEHRAN: Two Iranian border guards were wounded in a clash with smugglers near the \
                Milak crossing on Friday, Iran's state media reported.\n\n\
                Pakistan said gunmen attacked a bus near Quetta on Saturday.\n";
    let (_, events) = extract(text, Some("2026-03-09"));
    let violent: Vec<&Event> = events
        .iter()
        .filter(|e| sitrep_extract::casualty::violent(&e.kind.cameo))
        .collect();
    let places: Vec<Option<&str>> = violent
        .iter()
        .map(|e| e.place.as_ref().map(|p| p.name.as_str()))
        .collect();
    assert!(!places.contains(&Some("Milak")), "{places:?}");
    // A town in a country the article names stays.
    assert!(places.contains(&Some("Quetta")), "{places:?}");
}

#[test]
fn each_clause_keeps_its_own_date_and_place() {
    let text = "Although Armenia and Azerbaijan signed a truce on March 2 in Doha during talks brokered \
                by Qatar and Turkey, later rounds in Istanbul ended without progress.\n";
    let (_, events) = extract(text, Some("2026-03-20"));
    let truce = events
        .iter()
        .find(|e| e.kind.cameo == "0871")
        .unwrap_or_else(|| panic!("{:?}", events.iter().map(code).collect::<Vec<_>>()));
    assert_eq!(day(truce), Some("2026-03-02"));
    assert_eq!(truce.place.as_ref().map(|p| p.name.as_str()), Some("Doha"));
    let talks = events
        .iter()
        .find(|e| e.kind.cameo == "046" && e.mentions[0].phrase.start > text.find("later").unwrap())
        .unwrap_or_else(|| panic!("{:?}", events.iter().map(code).collect::<Vec<_>>()));
    assert_eq!(
        talks.place.as_ref().map(|p| p.name.as_str()),
        Some("Istanbul")
    );
    // March 2 belongs to the truce's clause: the later rounds are not dated by it.
    assert_eq!(
        talks.date.as_ref().unwrap().from.as_deref(),
        Some("publication date")
    );
}

#[test]
fn a_place_across_after_or_since_is_another_clause_s() {
    // "in Doha" is where the truce was agreed, a week before the bombings; the clashes were
    // along the border, not where the talks were held.
    let text = "The bombings in the market came a week after a truce was agreed in Doha.\n\
                The two sides held talks in Istanbul after clashes along the border.\n\
                Gunmen killed a guard when they stormed a bank in Quetta.\n";
    let (a, events) = extract(text, Some("2026-03-20"));
    let text = a.text.as_str();
    // The event of `cameo` whose phrase is `words`.
    let place_of = |cameo: &str, words: &str| {
        let e = events
            .iter()
            .find(|e| e.kind.cameo == cameo && e.mentions[0].phrase.slice(text) == Some(words))
            .unwrap_or_else(|| {
                panic!(
                    "{cameo} {words}: {:?}",
                    events
                        .iter()
                        .map(|e| (code(e), e.mentions[0].phrase.slice(text)))
                        .collect::<Vec<_>>()
                )
            });
        e.place.as_ref().map(|p| p.name.clone())
    };
    assert_eq!(place_of("183", "bombings"), None);
    assert_eq!(
        place_of("0871", "truce was agreed"),
        Some("Doha".to_owned())
    );
    assert_eq!(place_of("190", "clashes"), None);
    assert_eq!(place_of("046", "held talks"), Some("Istanbul".to_owned()));
    // "when" joins acts of one scene: the killing is placed where the bank was stormed.
    assert!(
        events
            .iter()
            .filter(|e| e.mentions[0].phrase.start > text.find("Gunmen").unwrap())
            .all(|e| e.place.as_ref().map(|p| p.name.as_str()) == Some("Quetta")),
        "{:?}",
        events
            .iter()
            .map(|e| (code(e), e.place.as_ref().map(|p| p.name.clone())))
            .collect::<Vec<_>>()
    );

    // "after" before a time or an occasion opens no clause: the place stays the act's.
    let text = "Two people were killed shortly after midnight in Kabul.\n\
                A bomb exploded after Friday prayers at a mosque in Peshawar.\n";
    let (_, events) = extract(text, Some("2026-03-20"));
    let mut places: Vec<Option<String>> = events
        .iter()
        .map(|e| e.place.as_ref().map(|p| p.name.clone()))
        .collect();
    places.sort();
    assert_eq!(
        places,
        vec![Some("Kabul".to_owned()), Some("Peshawar".to_owned())]
    );
}

#[test]
fn a_later_definite_noun_names_the_lead_act_again() {
    // "the attack" the embassy condemned is the bombing the article leads with, not a second
    // act of force; "the blast" too. The attack on the post is an act of its own.
    let text = "A suicide bomber blew himself up at a market in Quetta on Tuesday, killing nine \
                people.\n\
                Hours later, militants attacked a police post in Turbat.\n\
                The U.S. Embassy condemned the attack.\n\
                Police said the blast was heard across the city.\n";
    let (a, events) = extract(text, Some("2026-03-20"));
    let text = a.text.as_str();
    let listed = || {
        events
            .iter()
            .map(|e| (code(e), e.mentions.len()))
            .collect::<Vec<_>>()
    };
    let sentence_of = |words: &str| text.find(words).unwrap();
    let bombing = events
        .iter()
        .find(|e| e.kind.cameo.starts_with("183"))
        .unwrap_or_else(|| panic!("{:?}", listed()));
    let starts: Vec<usize> = bombing.mentions.iter().map(|m| m.mention.start).collect();
    for words in ["The U.S. Embassy", "Police said"] {
        assert!(
            starts.contains(&sentence_of(words)),
            "{words}: {starts:?} {:?}",
            listed()
        );
    }
    let violent = events
        .iter()
        .filter(|e| e.kind.cameo.starts_with("18") || e.kind.cameo.starts_with("19"))
        .count();
    assert_eq!(violent, 2, "{:?}", listed());

    // An act of its own day, an indefinite noun and an earlier one are acts of their own.
    let text = "Gunmen attacked a passenger bus in Balochistan province on Wednesday.\n\
                Last week's attack killed three soldiers in Turbat.\n\
                Residents said the city witnessed a shooting.\n\
                Police are still investigating the earlier shooting.\n";
    let (_, events) = extract(text, Some("2026-03-20"));
    assert!(
        events.iter().all(|e| e.mentions.len() == 1),
        "{:?}",
        events
            .iter()
            .map(|e| (code(e), e.mentions.len()))
            .collect::<Vec<_>>()
    );
    let bus = events
        .iter()
        .find(|e| e.mentions[0].mention.text.starts_with("Gunmen"))
        .expect("the bus attack");
    assert!(bus.killed.is_none(), "the soldiers died in another attack");
}

#[test]
fn an_event_s_confidence_is_its_most_likely_mention_under_the_shipped_model() {
    use sitrep_events::{Coder, ConfidenceModel};
    // The accusation is told three times; the first and last tellings quote, which the model
    // marks down, so the event must take the middle, likeliest value, neither the first
    // mention's nor the last's.
    let text = "Talks were held in Doha on Monday. \
                Kenya accused Somalia of \"sheltering militants\".\n\n\
                Kenya accused Somalia of sheltering militants on Monday, officials said.\n\n\
                Kenya accused Somalia of \"sheltering militants\" in the region.\n";
    let (a, events) = extract(text, Some("2025-11-05"));
    let extractor = Extractor::new(&ExtractConfig::default()).unwrap();
    let model = ConfidenceModel::builtin();
    // What the model gives one sentence's coding of `cameo`, rounded as events are.
    let alone = |sentence: &str, cameo: &str| {
        let c = extractor
            .code(sentence)
            .into_iter()
            .find(|c| c.code == cameo)
            .unwrap_or_else(|| panic!("no {cameo} in {sentence}"));
        (model.probability(sentence, &c) * 1000.0).round() / 1000.0
    };
    let of = |cameo: &str| {
        events
            .iter()
            .find(|e| e.kind.cameo == cameo)
            .unwrap_or_else(|| panic!("no {cameo} in {events:?}"))
    };
    let talks = of("046");
    assert_eq!(talks.mentions.len(), 1);
    let sentence = talks.mentions[0].mention.text.as_str();
    assert!((talks.confidence - alone(sentence, "046")).abs() < 1e-9);
    // One event, with the largest of its mentions' values.
    let accusation = of("112");
    assert_eq!(accusation.mentions.len(), 3, "{:?}", a.sentences);
    let each: Vec<f64> = accusation
        .mentions
        .iter()
        .map(|m| alone(&m.mention.text, "112"))
        .collect();
    assert!(each[0] < each[1] && each[2] < each[1], "{each:?}");
    assert!((accusation.confidence - each[1]).abs() < 1e-9, "{each:?}");
    // Naming both sides, it is likelier than talks that name nobody.
    assert!(accusation.confidence > talks.confidence);
    assert!(
        events
            .iter()
            .all(|e| e.confidence > 0.0 && e.confidence < 1.0)
    );
}

#[test]
fn a_sentence_opening_he_is_the_one_person_named_before() {
    // "She" after a sentence naming one person is that person; after two, no one.
    let text = "Kenyan Foreign Minister Ruth Wanjiru arrived in Kampala on Monday. \
                She accused Uganda of closing the border.\n\n\
                Kenyan Police Chief Peter Otieno and Kenyan Defence Minister Jane Achieng met \
                on Tuesday. He accused Tanzania of harbouring smugglers.\n";
    let (_, events) = extract(text, Some("2026-03-10"));
    let codes: Vec<String> = events.iter().map(code).collect();
    assert!(codes.contains(&"112 KENGOV UGA".to_owned()), "{codes:?}");
    assert!(codes.contains(&"112 - TZA".to_owned()), "{codes:?}");
}

#[test]
fn a_sentence_opening_it_before_a_verb_is_the_subject_before() {
    let text = "The Pakistani foreign ministry summoned the Afghan envoy on Monday. \
                It accused Kabul of sheltering militants.\n";
    let (_, events) = extract(text, Some("2026-03-10"));
    let codes: Vec<String> = events.iter().map(code).collect();
    assert!(
        codes.iter().any(|c| c.starts_with("112 PAKGOV AFG")),
        "{codes:?}"
    );
}

#[test]
fn a_sports_report_codes_no_play_between_teams() {
    // Two sentences name a competition, so the article is a sports report: "visits to Lima"
    // and "beat Chile" are play between teams named by country, even in a sentence that names
    // no competition; the police's arrests are still an event. The same visit in a news
    // article is one.
    let report = "Peru reached the semi-final of the tournament on Sunday.\n\n\
                  Peru have beaten Chile on two of their last three visits to Santiago.\n\n\
                  The semi-final will be played in Lima.\n\n\
                  Police arrested 20 fans in Lima after the match.\n";
    let (_, events) = extract(report, Some("2026-03-10"));
    let codes: Vec<String> = events.iter().map(code).collect();
    assert!(
        !codes.iter().any(|c| c.starts_with("042")),
        "no visit in a sports report: {codes:?}"
    );
    assert!(
        codes.iter().any(|c| c.starts_with("173 PERCOP")),
        "the arrests stand: {codes:?}"
    );
    let news = "Peru's president made two visits to Santiago last year.\n";
    let (_, events) = extract(news, Some("2026-03-10"));
    let codes: Vec<String> = events.iter().map(code).collect();
    assert!(
        codes.iter().any(|c| c.starts_with("042 PERGOV CHL")),
        "a visit in the news: {codes:?}"
    );
}

#[test]
fn a_disaster_report_tells_tolls_not_killings() {
    // Two sentences name an earthquake, so the article reports a disaster: "ten people were
    // killed in Kenya" there is its toll, with no one behind it. The same sentence in other
    // news is violence, and so is a killing by gunmen in the disaster's report.
    let report = "An earthquake struck western Kenya on Sunday.\n\n\
                  Ten people were killed in Kisumu, officials said.\n\n\
                  The quake was felt as far away as Nairobi.\n\n\
                  Gunmen killed two aid workers in Kisumu on Monday.\n";
    let (_, events) = extract(report, Some("2026-03-10"));
    let codes: Vec<String> = events.iter().map(code).collect();
    assert!(
        !codes.iter().any(|c| c.starts_with("190 - KEN")),
        "no killing for the toll: {codes:?}"
    );
    assert!(
        codes
            .iter()
            .any(|c| c.starts_with("19") && c.contains("KEN")),
        "the gunmen's killing stands: {codes:?}"
    );
    let news = "Ten people were killed in Kisumu, officials said.\n";
    let (_, events) = extract(news, Some("2026-03-10"));
    let codes: Vec<String> = events.iter().map(code).collect();
    assert!(
        codes.iter().any(|c| c.starts_with("190 - KEN")),
        "a killing in the news: {codes:?}"
    );
}

#[test]
fn a_date_that_ends_a_span_or_sets_a_deadline_dates_no_act() {
    // Published on 9 April 2025: the closure and the postponement were done when reported;
    // "until November 5" and "to April 25" are when they end and when the meeting now is.
    let (_, events) = extract(
        "Pakistan closed its border crossings with Afghanistan until November 5. \
         Kenya postponed its meeting with Somali officials to April 25. \
         Rebels attacked a convoy near Goma on Monday.",
        Some("2025-04-09"),
    );
    let day_of = |cameo: &str| {
        events
            .iter()
            .find(|e| e.kind.cameo == cameo)
            .and_then(day)
            .unwrap_or_else(|| {
                panic!(
                    "no {cameo}: {:?}",
                    events.iter().map(code).collect::<Vec<_>>()
                )
            })
    };
    assert_eq!(day_of("191"), "2025-04-09");
    assert_eq!(day_of("164"), "2025-04-09");
    assert_eq!(day_of("190"), "2025-04-07");
}

#[test]
fn a_date_that_names_a_later_thing_dates_that_thing_not_the_act() {
    // Published on Wednesday 9 April 2025. Friday's vote and the April 20 elections are to come;
    // the tear gas and the attack on the convoy were reported as done, on no date of their own.
    // "Tuesday's attack" is the act itself, and keeps Tuesday.
    let (_, events) = extract(
        "Police fired tear gas at protesters ahead of Friday's vote. \
         Rebels attacked an army convoy before the April 20 elections. \
         Tuesday's attack on a police post killed 12 officers.",
        Some("2025-04-09"),
    );
    let days: Vec<(String, Option<&str>)> = events
        .iter()
        .map(|e| (e.kind.cameo.clone(), day(e)))
        .collect();
    assert!(
        days.contains(&("175".to_owned(), Some("2025-04-09"))),
        "{days:?}"
    );
    assert!(
        days.contains(&("190".to_owned(), Some("2025-04-09"))),
        "{days:?}"
    );
    assert!(
        days.iter().any(|(_, d)| *d == Some("2025-04-08")),
        "{days:?}"
    );
    assert!(
        days.iter()
            .all(|(_, d)| *d != Some("2025-04-11") && *d != Some("2025-04-20")),
        "{days:?}"
    );
}

#[test]
fn a_possessive_date_after_to_or_by_still_names_its_act() {
    // "Monday's attack" is the attack's own day, whatever word stands before it.
    let (_, events) = extract(
        "Iran vowed a response to Monday's attack on an Iranian oil rig.",
        Some("2025-04-09"),
    );
    let attack = events
        .iter()
        .find(|e| e.kind.cameo.starts_with("19") || e.kind.cameo.starts_with("18"))
        .unwrap_or_else(|| {
            panic!(
                "no attack: {:?}",
                events.iter().map(code).collect::<Vec<_>>()
            )
        });
    assert_eq!(day(attack), Some("2025-04-07"));
}

#[test]
fn police_and_workers_of_a_town_datelined_article_are_its_country_s() {
    // Karachi is no capital: the gazetteer places it in Pakistan.
    let (_, events) = extract(
        "KARACHI: Police arrested ten dock workers on Monday after a protest at the port.\n",
        None,
    );
    let codes: Vec<String> = events.iter().map(code).collect();
    assert!(codes.contains(&"173 PAKCOP PAKLAB".to_owned()), "{codes:?}");
}

#[test]
fn a_bureau_s_dateline_over_another_country_s_news_is_not_its_home() {
    // Dubai is a bureau for news of Iran: the lead names Iran, so the police are no one's.
    let (_, events) = extract(
        "DUBAI: Iranian authorities said on Monday that the unrest had spread. \
         Police arrested ten students in the north.\n",
        None,
    );
    let codes: Vec<String> = events.iter().map(code).collect();
    assert!(
        codes.iter().any(|c| c.starts_with("173 ---COP")),
        "{codes:?}"
    );
    assert!(!codes.iter().any(|c| c.contains("ARE")), "{codes:?}");
}

#[test]
fn an_article_naming_one_country_is_at_home_there_without_a_dateline() {
    let (_, events) = extract(
        "Kenyan officials met on Monday to discuss the budget. \
         Police arrested ten students outside parliament on Tuesday.\n",
        None,
    );
    let codes: Vec<String> = events.iter().map(code).collect();
    assert!(codes.contains(&"173 KENCOP KENEDU".to_owned()), "{codes:?}");
}

#[test]
fn a_sentence_coded_alone_takes_its_own_dateline_as_home() {
    use sitrep_events::Coder;
    let extractor = Extractor::new(&ExtractConfig::default()).unwrap();
    let codes = |s: &str| -> Vec<String> {
        extractor
            .code(s)
            .iter()
            .map(|c| {
                let a = |a: &Option<sitrep_model::ActorRef>| {
                    a.as_ref().map_or("-".to_owned(), |a| a.code.clone())
                };
                format!("{} {} {}", c.code, a(&c.source), a(&c.target))
            })
            .collect()
    };
    let datelined = codes("KARACHI (Indus Wire) - Police arrested ten dock workers on Monday.");
    assert!(
        datelined.contains(&"173 PAKCOP PAKLAB".to_owned()),
        "{datelined:?}"
    );
    // Without a dateline a sentence alone has no home.
    let bare = codes("Police arrested ten dock workers on Monday.");
    assert!(bare.contains(&"173 ---COP ---LAB".to_owned()), "{bare:?}");
    // A title-case first word is no dateline town ("Hit" is a town in Iraq).
    let headline = codes("Hit - and - run driver kills police officer");
    assert!(!headline.iter().any(|c| c.contains("IRQ")), "{headline:?}");
}

#[test]
fn a_bureau_s_dateline_gives_no_home_to_news_placed_elsewhere() {
    // A lead that places the news in another country's town.
    let (_, goma) = extract(
        "NAIROBI (Reuters) - Police fired tear gas at opposition supporters in Goma on Tuesday. \
         Witnesses said police arrested at least 20 people.\n",
        None,
    );
    let codes: Vec<String> = goma.iter().map(code).collect();
    assert!(!codes.iter().any(|c| c.contains("KEN")), "{codes:?}");
    // A lead that places the news in another country.
    let (_, dubai) = extract(
        "DUBAI (Reuters) - Police arrested dozens of people after protests spread across Iran on \
         Friday. Police fired tear gas at students, witnesses said.\n",
        None,
    );
    let codes: Vec<String> = dubai.iter().map(code).collect();
    assert!(!codes.iter().any(|c| c.contains("ARE")), "{codes:?}");
    // A US dateline's state makes its police American.
    let (_, minnesota) = extract(
        "MINNEAPOLIS, Minn. (AP) - Police arrested ten protesters on Friday.\n",
        None,
    );
    let codes: Vec<String> = minnesota.iter().map(code).collect();
    assert!(codes.contains(&"173 USACOP USAOPP".to_owned()), "{codes:?}");
    // A US dateline names its state: Moscow, Idaho is not Russia's capital.
    let (_, idaho) = extract(
        "MOSCOW, Idaho (AP) - Police arrested a suspect on Friday.\n",
        None,
    );
    let codes: Vec<String> = idaho.iter().map(code).collect();
    assert!(!codes.iter().any(|c| c.contains("RUS")), "{codes:?}");
    // A sentence that places its act elsewhere keeps its people of no country.
    let (_, rafah) = extract(
        "JERUSALEM (Reuters) - Israel's cabinet met on Tuesday. Air strikes killed 20 civilians \
         in Rafah overnight, health officials said.\n",
        None,
    );
    let codes: Vec<String> = rafah.iter().map(code).collect();
    assert!(!codes.iter().any(|c| c.contains("ISRCVL")), "{codes:?}");
}

#[test]
fn without_a_dateline_a_country_named_as_the_place_of_the_news_vetoes_another_s_home() {
    // ("died in US custody" places no news in the United States.)
    let (_, custody) = extract(
        "Pakistani police arrested 20 protesters in Lahore on Friday, a day after a Pakistani man \
         died in US custody. Police fired tear gas at students outside the press club.\n",
        None,
    );
    let codes: Vec<String> = custody.iter().map(code).collect();
    assert!(codes.iter().any(|c| c.contains("PAKEDU")), "{codes:?}");
    let (_, events) = extract(
        "Protests erupted in Iran on Friday after fuel prices were raised. Police fired tear gas \
         at protesters in several cities, witnesses said. The United States condemned the \
         crackdown.\n",
        None,
    );
    let codes: Vec<String> = events.iter().map(code).collect();
    assert!(!codes.iter().any(|c| c.contains("USACOP")), "{codes:?}");
}
