//! Acceptance test of issue #2 on the five real articles in `../shared/seeds`.
//!
//! The expected values below were written by hand from reading the seed files. CI always has
//! `../shared`; elsewhere this test prints a loud SKIPPED line and passes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::string_slice
)]

mod util;

use serde_json::Value;
use util::Dir;

/// The seed file whose name starts with `prefix`, with its article from the store.
fn by_prefix<'a>(articles: &'a [Value], prefix: &str) -> &'a Value {
    articles
        .iter()
        .find(|a| {
            a["origin"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .starts_with(prefix)
        })
        .unwrap_or_else(|| panic!("no article from seed {prefix}"))
}

fn text(a: &Value) -> &str {
    a["text"].as_str().unwrap()
}

#[test]
fn seeds_are_ingested_cleaned_and_described() {
    let Some(seeds) = util::shared("seeds") else {
        assert!(
            std::env::var_os("SITREP_REQUIRE_SHARED").is_none(),
            "SITREP_REQUIRE_SHARED is set but ../shared/seeds is missing"
        );
        eprintln!(
            "\n*** SKIPPED: ../shared/seeds is not here; the acceptance test did not run ***\n"
        );
        return;
    };
    let dir = Dir::new();
    let seeds_arg = seeds.to_str().unwrap();

    let first = dir.run(&["ingest", seeds_arg]);
    assert_eq!(first.code, 0, "stderr: {}", first.stderr);
    assert!(
        first
            .stderr
            .contains("ingested 5, duplicates skipped 0, rejected 0"),
        "{}",
        first.stderr
    );

    let listed = dir.run(&["articles", "--format", "jsonl"]);
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    let articles = listed.jsonl();
    assert_eq!(articles.len(), 5);

    // Titles: three printed, two pages that have none.
    let a0 = by_prefix(&articles, "000_");
    let a1 = by_prefix(&articles, "001_");
    let a2 = by_prefix(&articles, "002_");
    let a3 = by_prefix(&articles, "003_");
    let a4 = by_prefix(&articles, "004_");
    assert_eq!(
        a0["title"],
        "Russia, Iran Urge Dialogue Between Pakistan, Afghan Taliban to Address Cross-Border Terrorism"
    );
    assert_eq!(a1["title"], Value::Null);
    assert_eq!(a2["title"], Value::Null);
    assert_eq!(
        a3["title"],
        "Pakistan Welcomes Iran\u{2019}s Mediation Offer as Border Talks With Afghanistan Stall: FO"
    );
    assert_eq!(
        a4["title"],
        "Iran and Pakistan Deepen Dialogue as Tensions Rise on Afghan Border"
    );

    // Byline, datelines, the one printed publication date.
    assert_eq!(a4["byline"], "By Staff, Agencies");
    for a in [a0, a1, a2, a3] {
        assert_eq!(a["byline"], Value::Null, "{}", a["origin"]);
    }
    assert_eq!(a0["dateline"], "MOSCOW");
    assert_eq!(a1["dateline"], "ISLAMABAD");
    assert_eq!(a2["dateline"], "MOSCOW");
    assert_eq!(a3["dateline"], Value::Null);
    assert_eq!(a4["dateline"], Value::Null);
    assert_eq!(a0["published"]["value"], "2025-11-13");
    assert_eq!(a0["published"]["precision"], "day");
    for a in [a1, a2, a3, a4] {
        assert_eq!(a["published"], Value::Null, "{}", a["origin"]);
    }
    // Datelines stay in the text as printed.
    assert!(text(a1).starts_with("ISLAMABAD: Iran and Russia have called"));
    assert!(text(a0).contains("MOSCOW: Iran and Russia on Thursday called"));

    // Menus, share lines and page furniture are gone from the text, and kept in `removed`.
    let furniture: &[(&Value, &[&str])] = &[
        (
            a0,
            &[
                "icon-facebook icon-twitter icon-whatsapp",
                "Thu Nov 13 2025",
            ],
        ),
        (a3, &["Scroll to Top"]),
        (
            a4,
            &[
                "- Home",
                "- Middle East",
                "- \"Israeli\" Terror",
                "- SECRETARY-GENERAL",
                "- Martyr Leaders",
                "By Staff, Agencies",
                "Comments",
                "- Related News",
            ],
        ),
    ];
    for (a, lines) in furniture {
        let removed: Vec<&str> = a["removed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        for line in *lines {
            assert!(
                !text(a).lines().any(|l| l.trim() == *line),
                "{} still has {line:?} in its text",
                a["origin"]
            );
            assert!(
                removed.contains(line),
                "{}: {line:?} not in removed {removed:?}",
                a["origin"]
            );
        }
    }
    for a in &articles {
        for word in [
            "icon-facebook",
            "Scroll to Top",
            "Related News",
            "Martyr Leaders",
        ] {
            assert!(!text(a).contains(word), "{} keeps {word:?}", a["origin"]);
        }
        assert_eq!(text(a), text(a).trim(), "{}: blank runs left", a["origin"]);
    }

    // Every paragraph is kept: each line of twelve words or more (all of them article prose,
    // including the KEY POINTS bullets, without their bullet) and the subhead.
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let raw = std::fs::read_to_string(&path).unwrap();
        let a = by_prefix(&articles, &name[..4]);
        let title = a["title"].as_str().unwrap_or("");
        for line in raw.lines() {
            let line = line.trim().trim_start_matches('•').trim();
            if line.split_whitespace().count() >= 12 && line != title {
                assert!(text(a).contains(line), "{name}: lost paragraph {line:?}");
            }
        }
    }
    assert!(text(a0).lines().any(|l| l == "Cross-border terrorism"));

    // The same inputs again store nothing new.
    let second = dir.run(&["ingest", seeds_arg]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(
        second
            .stderr
            .contains("ingested 0, duplicates skipped 5, rejected 0"),
        "{}",
        second.stderr
    );
    assert_eq!(dir.run(&["articles"]).jsonl().len(), 5);

    // The store is searchable, across spelling variants with diacritics.
    let hits = dir.run(&["search", "Turkiye"]).jsonl();
    let origins: Vec<&str> = hits.iter().map(|h| h["origin"].as_str().unwrap()).collect();
    assert_eq!(hits.len(), 3, "{origins:?}");
    for seed in ["000_", "001_", "003_"] {
        assert!(
            origins.iter().any(|o| o.contains(seed)),
            "{seed} not in {origins:?}"
        );
    }
}

/// One event as `code SOURCE TARGET`, `-` for a missing actor.
fn dyad(e: &Value) -> String {
    let code = |a: &Value| a["code"].as_str().unwrap_or("-").to_string();
    format!(
        "{} {} {}",
        e["type"]["cameo"].as_str().unwrap(),
        code(&e["source_actor"]),
        code(&e["target_actor"])
    )
}

/// Issue #3 and #4 acceptance, the parts that hold so far: the events the seeds report, with
/// their dates, places and figures, written by hand from reading the articles.
#[test]
fn seed_events_carry_their_actors_dates_places_and_figures() {
    let Some(seeds) = util::shared("seeds") else {
        assert!(
            std::env::var_os("SITREP_REQUIRE_SHARED").is_none(),
            "SITREP_REQUIRE_SHARED is set but ../shared/seeds is missing"
        );
        eprintln!(
            "\n*** SKIPPED: ../shared/seeds is not here; the seed events were not checked ***\n"
        );
        return;
    };
    let dir = Dir::new();
    assert_eq!(dir.run(&["ingest", seeds.to_str().unwrap()]).code, 0);
    let articles = dir.run(&["articles", "--format", "jsonl"]).jsonl();
    let events = dir.run(&["events", "--format", "jsonl"]).jsonl();
    let of = |prefix: &str| -> Vec<&Value> {
        let id = by_prefix(&articles, prefix)["id"].clone();
        events
            .iter()
            .filter(|e| e["mentions"][0]["article"] == id)
            .collect()
    };
    let dyads = |prefix: &str| of(prefix).iter().map(|e| dyad(e)).collect::<Vec<_>>();

    // 000 has a publication date (2025-11-13, a Thursday): "Tuesday's suicide attack in Islamabad,
    // which killed 12 people and injured 36 others" is 2025-11-11.
    let islamabad = of("000_")
        .into_iter()
        .find(|e| e["type"]["cameo_root"] == "18" && e["place"]["name"] == "Islamabad")
        .unwrap_or_else(|| panic!("no Islamabad bombing in 000: {:?}", dyads("000_")));
    assert_eq!(islamabad["date"]["value"], "2025-11-11");
    assert!(
        islamabad["date"]["basis"]
            .as_str()
            .unwrap()
            .contains("Tuesday")
    );
    assert_eq!(
        (
            islamabad["killed"]["min"].as_u64(),
            islamabad["killed"]["max"].as_u64()
        ),
        (Some(12), Some(12))
    );
    assert_eq!(
        (
            islamabad["injured"]["min"].as_u64(),
            islamabad["injured"]["max"].as_u64()
        ),
        (Some(36), Some(36))
    );

    // The Dera Ismail Khan convoy bombing: at least 14 injured, in Khyber Pakhtunkhwa.
    let di_khan = events
        .iter()
        .filter(|e| e["type"]["cameo_root"] == "18")
        .find(|e| e["place"]["name"] == "Dera Ismail Khan")
        .unwrap_or_else(|| panic!("no Dera Ismail Khan bombing"));
    assert_eq!(di_khan["place"]["admin1"], "Khyber Pakhtunkhwa");
    assert_eq!(di_khan["place"]["country"], "PAK");
    assert!(di_khan["injured"]["min"].as_u64().unwrap() >= 14);
    assert!(
        di_khan["injured"]["max"].is_null(),
        "\"at least 14\" is open above"
    );

    // The attack in Wana: the town in Pakistan's South Waziristan ("South Waziristan's Wana"),
    // in Khyber Pakhtunkhwa, not another Wana.
    let wana = events
        .iter()
        .filter(|e| e["type"]["cameo_root"] == "19" || e["type"]["cameo_root"] == "18")
        .find(|e| e["place"]["name"] == "Wana" && e["place"]["admin2"] == "South Waziristan")
        .unwrap_or_else(|| panic!("no attack in Wana, South Waziristan"));
    assert_eq!(wana["place"]["country"], "PAK");
    assert_eq!(wana["place"]["admin1"], "Khyber Pakhtunkhwa");

    // The ceasefire: the articles give it different dates (October 15, October 19); each is
    // kept as given, with the words it came from and no year invented (no publication date).
    let mut ceasefire_days: Vec<&str> = events
        .iter()
        .filter(|e| e["type"]["cameo"] == "0871")
        .filter_map(|e| e["date"]["value"].as_str())
        .collect();
    ceasefire_days.sort();
    ceasefire_days.dedup();
    assert_eq!(ceasefire_days, ["--10-15", "--10-19"]);
    for e in events.iter().filter(|e| e["type"]["cameo"] == "0871") {
        let said = e["date"]["mentions"][0]["text"].as_str().unwrap();
        assert!(said.contains("October"), "{said}");
        assert!(!e["date"]["basis"].as_str().unwrap().is_empty());
    }

    // The talks in Istanbul that ended without progress: negotiations (046) placed in Istanbul.
    assert!(
        events
            .iter()
            .any(|e| e["type"]["cameo"] == "046" && e["place"]["name"] == "Istanbul"),
        "no talks in Istanbul"
    );

    // Pakistan's accusations against Afghanistan and India (Islamabad blames both for the
    // bombings): coded as accusations, not as the attacks they allege. The source is Pakistan
    // or one of its officials (PAKGOV).
    let all: Vec<String> = events.iter().map(dyad).collect();
    for target in ["AFG", "IND"] {
        assert!(
            all.iter().any(|d| {
                let parts: Vec<&str> = d.split(' ').collect();
                parts[0] == "112" && parts[1].starts_with("PAK") && parts[2] == target
            }),
            "112 PAK* {target} missing from {all:?}"
        );
    }
    // Iran and Russia urge Pakistan and Afghanistan to talk: four dyads from one sentence.
    for want in ["IRN PAK", "IRN AFG", "RUS PAK", "RUS AFG"] {
        assert!(
            all.iter().any(|d| d.starts_with("02") && d.ends_with(want)),
            "appeal {want} missing from {all:?}"
        );
    }
    let has = |code: &str, source: &str, target: &str| {
        all.iter().any(|d| {
            let parts: Vec<&str> = d.split(' ').collect();
            parts[0].starts_with(code)
                && parts[1].starts_with(source)
                && parts[2].starts_with(target)
        })
    };
    // The telephone call between the Russian and Iranian foreign ministers.
    assert!(
        has("041", "RUS", "IRN") || has("041", "IRN", "RUS"),
        "{all:?}"
    );
    // Pakistan welcomes the offers of mediation (praise, or accepting mediation).
    assert!(has("051", "PAK", "IRN") || has("038", "PAK", ""), "{all:?}");
    // The border clashes, both ways, and Iran's offer to mediate.
    assert!(
        all.iter()
            .any(|d| d.starts_with("19") && d.ends_with("PAK AFG")),
        "{all:?}"
    );
    assert!(
        all.iter()
            .any(|d| d.starts_with("19") && d.ends_with("AFG PAK")),
        "{all:?}"
    );
    assert!(all.iter().any(|d| d.starts_with("039 IRN")), "{all:?}");

    // Every event's evidence is a sentence of its article, by byte range; none comes from a
    // line cleaning removed (menus, share buttons), and background history ("after the
    // Taliban returned to power in Kabul in 2021") is never news of the day.
    for e in &events {
        for m in e["mentions"].as_array().unwrap() {
            let article = articles.iter().find(|a| a["id"] == m["article"]).unwrap();
            let said = m["text"].as_str().unwrap();
            for removed in article["removed"].as_array().unwrap() {
                let removed = removed.as_str().unwrap().trim();
                assert!(
                    removed.len() < 20 || !said.contains(removed),
                    "{said} was removed as {removed}"
                );
            }
            if said.contains("in 2021") {
                let day = e["date"]["value"].as_str().unwrap_or("");
                assert!(day.starts_with("2021"), "background coded as news: {e}");
            }
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text(article)[start..end], m["text"].as_str().unwrap());
            let (ps, pe) = (
                m["phrase"]["start"].as_u64().unwrap() as usize,
                m["phrase"]["end"].as_u64().unwrap() as usize,
            );
            assert!(
                start <= ps && pe <= end,
                "phrase outside its sentence in {e}"
            );
        }
    }
}

/// Issue #3: the seeds' spelling variants resolve to one actor each, and people are resolved
/// by their titles and appositions, with role and country (read by hand from the articles).
#[test]
fn seed_actors_and_their_aliases_resolve() {
    let Some(seeds) = util::shared("seeds") else {
        assert!(
            std::env::var_os("SITREP_REQUIRE_SHARED").is_none(),
            "SITREP_REQUIRE_SHARED is set but ../shared/seeds is missing"
        );
        eprintln!(
            "\n*** SKIPPED: ../shared/seeds is not here; the seed actors were not checked ***\n"
        );
        return;
    };
    let dir = Dir::new();
    assert_eq!(dir.run(&["ingest", seeds.to_str().unwrap()]).code, 0);
    let actors = dir.run(&["actors", "--format", "jsonl"]).jsonl();
    let with_alias = |alias: &str| -> &Value {
        actors
            .iter()
            .find(|a| a["aliases"].as_array().unwrap().iter().any(|x| x == alias))
            .unwrap_or_else(|| panic!("no actor has the alias {alias}"))
    };
    // One actor per spelling family.
    for family in [
        &["Abbas Araghchi", "Abbas Araqchi"][..],
        &[
            "Tehrik-i-Taliban Pakistan",
            "Tehreek-e-Taliban Pakistan",
            "TTP",
        ][..],
        &["Turkey", "Turkiye", "Türkiye"][..],
    ] {
        let ids: Vec<&Value> = family.iter().map(|a| &with_alias(a)["id"]).collect();
        assert!(ids.windows(2).all(|w| w[0] == w[1]), "{family:?}: {ids:?}");
    }
    assert_eq!(with_alias("TTP")["code"], "PAKREB");
    assert_eq!(with_alias("Turkiye")["code"], "TUR");
    // People by title: "Pakistan's Interior Minister Mohsin Naqvi", later "Naqvi".
    let naqvi = with_alias("Naqvi");
    assert_eq!(naqvi["kind"], "person");
    assert_eq!(naqvi["name"], "Mohsin Naqvi");
    assert_eq!(naqvi["country"], "PAK");
    assert_eq!(naqvi["code"], "PAKGOV");
    assert_eq!(naqvi["role"], "interior minister");
    // "Russian Foreign Ministry Spokesperson Maria Zakharova".
    let zakharova = with_alias("Maria Zakharova");
    assert_eq!(
        (zakharova["kind"].as_str(), zakharova["country"].as_str()),
        (Some("person"), Some("RUS"))
    );
    assert!(zakharova["role"].as_str().unwrap().contains("spokesperson"));
    // "Tahir Hussain Andrabi, the Foreign Office spokesperson" (apposition), later "Andrabi".
    let andrabi = with_alias("Andrabi");
    assert_eq!(andrabi["name"], "Tahir Hussain Andrabi");
    assert!(andrabi["role"].as_str().unwrap().contains("spokesperson"));
    // Pakistan's spokesperson: "Pakistan welcomed Iran's offer ..., with Foreign Office
    // spokesperson Tahir Hussain Andrabi saying ...".
    assert_eq!(andrabi["country"], "PAK");
    // The Iranian foreign minister, under either spelling, is Iran's government.
    assert_eq!(with_alias("Abbas Araqchi")["code"], "IRNGOV");
}
