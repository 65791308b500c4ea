//! The `sitrep` binary end to end, in temporary directories.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::string_slice
)]

mod util;

use util::Dir;

const ARTICLE: &str = "Dam Talks Resume in Doha\n\nDOHA: Negotiators from the two countries met on Monday to restart talks on the shared dam, officials said.\n\nThey will meet again next week.\n";

#[test]
fn demo_runs_on_the_embedded_corpus() {
    let dir = Dir::new();
    let run = dir.run(&["demo", "--format", "table"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("ingested 18, duplicates skipped 0, rejected 0")
    );
    assert!(run.stdout.contains("fiction"));
    // One table row per article, each naming its outlet.
    assert!(run.stdout.contains("The Frontier Ledger"));
    assert!(run.stdout.contains("removed"));
    // The demo uses a temporary store: nothing is written to the working directory.
    assert!(!dir.db().exists());
    assert!(!dir.path("sitrep.db").exists());

    // The demo's main output is the events it coded, shaped to the contract.
    assert!(run.stdout.contains("events coded"));
    let json = dir.run(&["demo"]);
    assert_eq!(json.code, 0);
    let events = json.jsonl();
    assert!(events.len() >= 10, "{} events", events.len());
    for e in &events {
        for field in [
            "id",
            "story",
            "type",
            "source_actor",
            "target_actor",
            "date",
            "place",
            "killed",
            "injured",
            "mentions",
            "articles",
            "outlets",
            "confidence",
            "negated",
            "hypothetical",
            "lexicon",
        ] {
            assert!(e.get(field).is_some(), "{field} missing in {e}");
        }
        for m in e["mentions"].as_array().unwrap() {
            let (start, end) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            assert!(start < end);
            assert_eq!(m["text"].as_str().unwrap().len() as u64, end - start);
        }
    }
}

const CLASH: &str = "Border Clash\n\nPESHAWAR: Pakistani troops clashed with Afghan forces near Chaman on Monday, officials said.\n\nKabul rejected the account.\n";

#[test]
fn events_and_actors_list_what_ingest_coded() {
    let dir = Dir::new();
    dir.write("in/clash.txt", CLASH);
    let run = dir.run(&["ingest", "in"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let events = dir.run(&["events"]).jsonl();
    let clash = events
        .iter()
        .find(|e| e["type"]["cameo_root"] == "19")
        .unwrap_or_else(|| panic!("no fight coded: {events:?}"));
    // No publication date: "on Monday" stays unresolved, anchored to the publication date.
    assert!(clash["date"]["value"].is_null());
    assert_eq!(clash["date"]["anchor"]["relative_to"], "publication");
    assert_eq!(clash["place"]["name"], "Chaman");
    let codes = [
        &clash["source_actor"]["code"],
        &clash["target_actor"]["code"],
    ];
    assert!(codes.contains(&&serde_json::json!("PAKMIL")), "{codes:?}");
    // Filters.
    assert!(!dir.run(&["events", "--type", "19"]).jsonl().is_empty());
    assert!(dir.run(&["events", "--actor", "IRN"]).jsonl().is_empty());
    let bad = dir.run(&["events", "--since", "last week"]);
    assert_eq!(bad.code, 1);
    assert!(bad.stderr.contains("YYYY-MM-DD"), "{}", bad.stderr);
    // An event is kept at its own confidence and dropped just above it.
    let c = clash["confidence"].as_f64().expect("a confidence");
    assert!(c > 0.0 && c < 1.0, "{c}");
    let at = format!("{c}");
    let kept = dir.run(&["events", "--min-confidence", &at]).jsonl();
    assert!(kept.iter().any(|e| e["id"] == clash["id"]), "{kept:?}");
    assert!(kept.iter().all(|e| e["confidence"].as_f64().unwrap() >= c));
    let above = format!("{}", c + 0.001);
    let strict = dir.run(&["events", "--min-confidence", &above]).jsonl();
    assert!(strict.iter().all(|e| e["id"] != clash["id"]), "{strict:?}");
    assert!(strict.len() < kept.len());
    let bad = dir.run(&["events", "--min-confidence", "2"]);
    assert_eq!(bad.code, 1);
    assert!(bad.stderr.contains("from 0 to 1"), "{}", bad.stderr);

    let actors = dir.run(&["actors"]).jsonl();
    let pak = actors
        .iter()
        .find(|a| a["code"].as_str().is_some_and(|c| c.starts_with("PAK")))
        .unwrap_or_else(|| panic!("{actors:?}"));
    assert!(pak["mentions"].as_u64().unwrap() >= 1);
    assert!(
        pak["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "Pakistani troops")
    );
    let table = dir.run(&["actors", "--format", "table"]);
    assert!(table.stdout.starts_with("CODE"), "{}", table.stdout);
}

#[test]
fn a_missing_lexicon_folder_is_a_configuration_error() {
    let dir = Dir::new();
    dir.write("in/clash.txt", CLASH);
    let run = dir.run(&["ingest", "in", "--lexicon", "no-such-folder"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no-such-folder"), "{}", run.stderr);
    assert!(!dir.db().exists() || dir.run(&["articles"]).jsonl().is_empty());
}

#[test]
fn a_user_lexicon_adds_actors_to_the_coding() {
    let dir = Dir::new();
    dir.write(
        "in/a.txt",
        "Clash\n\nQUETTA: The Makran Freedom Front attacked a police post in Turbat on Sunday.\n",
    );
    dir.write(
        "lex/groups.tsv",
        "code\tname\tkind\tcountry\taliases\nPAKREB\tMakran Freedom Front\tarmed_group\tPAK\tMFF\n",
    );
    assert_eq!(dir.run(&["ingest", "in", "--lexicon", "lex"]).code, 0);
    let events = dir.run(&["events"]).jsonl();
    assert!(
        events
            .iter()
            .any(|e| e["source_actor"]["name"] == "Makran Freedom Front"),
        "{events:?}"
    );
}

#[test]
fn code_dates_world_leaders_by_the_line_s_date() {
    let dir = Dir::new();
    // Putin became prime minister in August 1999; Bill Clinton left office in January 2001.
    dir.write(
        "dated.jsonl",
        "{\"id\":\"a\",\"text\":\"Putin met Bill Clinton.\",\"date\":\"1995-05-10\"}\n\
         {\"id\":\"b\",\"text\":\"Putin met Bill Clinton.\",\"date\":\"2005-05-10\"}\n\
         {\"id\":\"c\",\"text\":\"Putin met Bill Clinton.\"}\n",
    );
    let run = dir.run(&["code", "dated.jsonl"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let codes: Vec<(String, String, String)> = run
        .jsonl()
        .iter()
        .map(|c| {
            (
                c["sentence_id"].as_str().unwrap().to_owned(),
                c["source_actor"]["code"].as_str().unwrap_or("-").to_owned(),
                c["target_actor"]["code"].as_str().unwrap_or("-").to_owned(),
            )
        })
        .collect();
    let of = |id: &str| {
        codes
            .iter()
            .find(|c| c.0 == id)
            .map(|c| (c.1.as_str(), c.2.as_str()))
            .unwrap_or_else(|| panic!("no coding for {id}: {codes:?}"))
    };
    assert_eq!(of("a"), ("RUSELI", "USAGOV"));
    assert_eq!(of("b"), ("RUSGOV", "USAELI"));
    assert_eq!(of("c"), ("RUSGOV", "USAGOV"));
}

#[test]
fn code_prints_each_coding_s_confidence_and_explains_it_on_request() {
    let dir = Dir::new();
    dir.write(
        "s.txt",
        "Pakistani troops shelled Afghan border posts on Tuesday.\n",
    );
    let plain = dir.run(&["code", "s.txt"]).jsonl();
    let c = plain.first().expect("a coding");
    let p = c["confidence"].as_f64().expect("a confidence");
    assert!(p > 0.0 && p < 1.0, "{p}");
    assert!(c.get("features").is_none(), "{c}");
    let explained = dir.run(&["code", "--explain", "s.txt"]).jsonl();
    let f = explained[0]["features"].as_array().expect("features");
    // What the model saw: the root, both sides' roles and the verb.
    for want in ["root=19", "src=MIL", "tgt=state", "actors=2", "head=shell"] {
        assert!(f.iter().any(|x| x == want), "{want} missing from {f:?}");
    }
    assert_eq!(explained[0]["confidence"], c["confidence"]);
}

#[test]
fn user_verb_files_add_and_silence_patterns() {
    let dir = Dir::new();
    // "stonewalled" is no shipped pattern; the user's file makes it a rejection (120), and a
    // `-` row silences the shipped "meet" in "meet the benchmark".
    dir.write(
        "sentences.txt",
        "Kenya stonewalled Somalia.\nEthiopia failed to meet the benchmark.\n",
    );
    dir.write(
        "my-verbs.tsv",
        "# user verbs\nstonewall\t120\t\nmeet ... benchmark/benchmarks\t-\t\n",
    );
    let plain = dir.run(&["code", "sentences.txt"]).jsonl();
    assert!(
        plain.iter().all(|c| c["type"]["cameo"] != "120"),
        "{plain:?}"
    );
    assert!(plain.iter().any(|c| c["sentence_id"] == "2"), "{plain:?}");
    let run = dir.run(&["code", "sentences.txt", "--verbs", "my-verbs.tsv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let codings = run.jsonl();
    assert!(
        codings.iter().any(|c| c["type"]["cameo"] == "120"
            && c["source_actor"]["code"] == "KEN"
            && c["target_actor"]["code"] == "SOM"),
        "{codings:?}"
    );
    assert!(
        codings.iter().all(|c| c["sentence_id"] != "2"),
        "{codings:?}"
    );

    dir.write("bad-verbs.tsv", "stonewall\t999\t\n");
    let bad = dir.run(&["code", "sentences.txt", "--verbs", "bad-verbs.tsv"]);
    assert_eq!(bad.code, 1);
    assert!(
        bad.stderr.contains("bad-verbs.tsv") && bad.stderr.contains("999"),
        "{}",
        bad.stderr
    );
    let missing = dir.run(&["code", "sentences.txt", "--verbs", "no-such.tsv"]);
    assert_eq!(missing.code, 1);
    assert!(missing.stderr.contains("no-such.tsv"), "{}", missing.stderr);
}

#[test]
fn ingest_is_idempotent_and_searchable() {
    let dir = Dir::new();
    dir.write("in/a.txt", ARTICLE);
    dir.write("in/sub/b.txt", ARTICLE.replace("Doha", "Muscat"));
    let first = dir.run(&["ingest", "in", "--outlet", "Test Wire"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first
            .stderr
            .contains("ingested 2, duplicates skipped 0, rejected 0"),
        "{}",
        first.stderr
    );
    let again = dir.run(&["ingest", "in"]);
    assert!(
        again
            .stderr
            .contains("ingested 0, duplicates skipped 2, rejected 0"),
        "{}",
        again.stderr
    );

    let articles = dir.run(&["articles"]).jsonl();
    assert_eq!(articles.len(), 2);
    assert!(articles.iter().all(|a| a["outlet"] == "Test Wire"));

    let hits = dir.run(&["search", "muscat"]).jsonl();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["title"], "Dam Talks Resume in Muscat");
    // Hostile search syntax is text, not an error.
    for q in ["\"unbalanced", "-minus", "AND OR NOT", "title:x", "*"] {
        let run = dir.run(&["search", "--", q]);
        assert_eq!(run.code, 0, "{q}: {}", run.stderr);
    }

    let id = articles[0]["id"].as_str().unwrap();
    let shown = dir.run(&["show", &id[..8], "--format", "json"]);
    assert_eq!(shown.code, 0, "{}", shown.stderr);
    let shown: serde_json::Value = serde_json::from_str(&shown.stdout).unwrap();
    assert_eq!(shown[0]["id"], id);
    let text = shown[0]["text"].as_str().unwrap();
    for s in shown[0]["sentences"].as_array().unwrap() {
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[start..end], s["text"].as_str().unwrap());
    }
    assert_eq!(shown[0]["sentences"].as_array().unwrap().len(), 2);

    let missing = dir.run(&["show", "ffffffff"]);
    assert_eq!(missing.code, 1);
    assert!(missing.stderr.contains("no article"));

    let re = dir.run(&["reprocess"]);
    assert_eq!(re.code, 0, "{}", re.stderr);
    assert!(
        re.stderr.contains("reprocessed 2 articles"),
        "{}",
        re.stderr
    );
    assert!(re.stderr.contains("0 changed"), "{}", re.stderr);
}

#[test]
fn bad_inputs_are_named_and_the_rest_goes_on() {
    let dir = Dir::new();
    let good = dir.write("good.txt", ARTICLE);
    let empty = dir.write("empty.txt", "");
    let binary = dir.write("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01");
    let big = dir.write("big.txt", ARTICLE.repeat(200));
    let jsonl = dir.write(
        "lines.jsonl",
        "{\"url\":\"https://x.example/1\",\"title\":\"One\",\"text\":\"Officials met on Monday to talk about the border.\"}\n\
         this is not json\n\
         {\"url\":\"https://x.example/3\",\"title\":\"Three\",\"text\":\"Officials met again on Tuesday to talk about trade.\"}\n",
    );
    let missing = dir.path("nope.txt");
    let args: Vec<&str> = ["ingest", "--max-bytes", "10000"]
        .into_iter()
        .chain([&good, &empty, &binary, &big, &jsonl, &missing].map(|p| p.to_str().unwrap()))
        .collect();
    let run = dir.run(&args);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("ingested 3, duplicates skipped 0, rejected 5"),
        "{}",
        run.stderr
    );
    for named in [
        "empty.txt",
        "photo.txt",
        "big.txt",
        "lines.jsonl:2",
        "nope.txt",
    ] {
        assert!(
            run.stderr
                .lines()
                .any(|l| l.starts_with("rejected: ") && l.contains(named)),
            "{named} not named: {}",
            run.stderr
        );
    }
    // The good inputs were stored whole.
    let articles = dir.run(&["articles"]).jsonl();
    let titles: Vec<&str> = articles
        .iter()
        .filter_map(|a| a["title"].as_str())
        .collect();
    assert_eq!(articles.len(), 3);
    assert!(
        titles.contains(&"One")
            && titles.contains(&"Three")
            && titles.contains(&"Dam Talks Resume in Doha")
    );
}

#[test]
fn stdin_is_an_input() {
    let dir = Dir::new();
    let run = dir.run_with_stdin(&["ingest", "-"], Some(ARTICLE.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let articles = dir.run(&["articles"]).jsonl();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["dateline"], "DOHA");
}

#[test]
fn usage_errors_exit_1_with_one_line() {
    let dir = Dir::new();
    let run = dir.run(&["no-such-command"]);
    assert_eq!(run.code, 1);
    let run = dir.run(&["ingest"]);
    assert_eq!(run.code, 1);
    let bad_db = dir.write(
        "not-a-db",
        "this is not sqlite, just text long enough to be read as a header",
    );
    let run = util::output(
        std::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
            .args(["--db", bad_db.to_str().unwrap(), "articles"])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.starts_with("error: cannot open the store"),
        "{}",
        run.stderr
    );
    // A server URL is a configuration error until the PostgreSQL store exists; no file is made.
    let run = util::output(
        std::process::Command::new(env!("CARGO_BIN_EXE_sitrep"))
            .current_dir(dir.path(""))
            .args(["--db", "postgres://sitrep@localhost/sitrep", "articles"])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("PostgreSQL"), "{}", run.stderr);
    assert!(!dir.path("postgres:").exists());
}

#[test]
fn json_format_is_one_array() {
    let dir = Dir::new();
    dir.write("a.txt", ARTICLE);
    dir.run(&["ingest", "a.txt"]);
    let run = dir.run(&["articles", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["title"], "Dam Talks Resume in Doha");
    assert_eq!(v[0]["published"], serde_json::Value::Null);
}

#[test]
fn hostile_containers_and_dead_urls_are_named_and_the_store_stays_whole() {
    use std::io::Write as _;
    let dir = Dir::new();
    let good = dir.write("good.txt", ARTICLE);
    let bomb_feed = dir.write(
        "bomb.xml",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n\
         <rss version=\"2.0\"><channel><title>&b;</title><item><title>x</title><description>&b;</description></item></channel></rss>\n",
    );
    let cut_feed = dir.write(
        "cut.rss",
        "<rss version=\"2.0\"><channel><title>Valley Post</title><item><title>Dam talks</title><description>Negotiators met",
    );
    let record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://post.example/a\r\n\
                  WARC-Date: 2025-11-13T08:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n\
                  Content-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>cut";
    let cut_warc = dir.write("cut.warc", record);
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(&vec![b'a'; 30_000_000]).unwrap();
    let bomb_gz = dir.write("bomb.jsonl.gz", enc.finish().unwrap());
    // A server that accepts and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/slow", listener.local_addr().unwrap());
    let hold = std::thread::spawn(move || {
        let conn = listener.accept();
        std::thread::sleep(std::time::Duration::from_secs(3));
        drop(conn);
    });

    let paths = [&good, &bomb_feed, &cut_feed, &cut_warc, &bomb_gz]
        .map(|p| p.to_str().unwrap().to_string());
    let mut args = vec!["ingest", "--timeout", "1", "--max-total-bytes", "10000000"];
    args.extend(paths.iter().map(String::as_str));
    args.push(&url);
    let run = dir.run(&args);
    hold.join().unwrap();
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("ingested 1, duplicates skipped 0, rejected 5"),
        "{}",
        run.stderr
    );
    for (named, code) in [
        ("bomb.xml", "(xml-entities)"),
        ("cut.rss", "(bad-feed)"),
        ("cut.warc", "(truncated-warc)"),
        ("bomb.jsonl.gz", "(too-large)"),
        ("/slow", "(timeout)"),
    ] {
        assert!(
            run.stderr
                .lines()
                .any(|l| l.starts_with("rejected: ") && l.contains(named) && l.ends_with(code)),
            "{named} not named with {code}: {}",
            run.stderr
        );
    }
    // The store holds the good article, whole, and the run with its rejections.
    let articles = dir.run(&["articles"]).jsonl();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["title"], "Dam Talks Resume in Doha");
}

#[test]
fn code_prints_one_coding_per_dyad_with_its_evidence() {
    let dir = Dir::new();
    let input = "Iran and Russia urged Pakistan and Afghanistan to resolve their differences through dialogue.\n\
                 {\"id\":\"s2\",\"text\":\"Pakistan accused Afghanistan of sheltering militants.\"}\n\
                 \n\
                 The Taliban government denied attacking the convoy.\n";
    let run = dir.run_with_stdin(&["code", "--format", "jsonl"], Some(input.as_bytes()));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let codings = run.jsonl();
    // Two sources and two targets coordinated: four appeals, each with its own dyad.
    let appeals: Vec<(String, String)> = codings
        .iter()
        .filter(|c| c["sentence_id"] == "1")
        .map(|c| {
            assert_eq!(c["type"]["cameo_root"], "02");
            (
                c["source_actor"]["code"].as_str().unwrap().to_string(),
                c["target_actor"]["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for dyad in [
        ("IRN", "PAK"),
        ("IRN", "AFG"),
        ("RUS", "PAK"),
        ("RUS", "AFG"),
    ] {
        assert!(
            appeals.contains(&(dyad.0.to_string(), dyad.1.to_string())),
            "{dyad:?} missing in {appeals:?}"
        );
    }
    let accuse = codings.iter().find(|c| c["sentence_id"] == "s2").unwrap();
    assert_eq!(accuse["type"]["cameo"], "112");
    assert_eq!(accuse["verb"], "accused");
    assert_eq!(accuse["source_text"], "Pakistan");
    // A denial is coded with its act and marked negated, never as the act itself.
    let denied = codings.iter().find(|c| c["sentence_id"] == "4").unwrap();
    assert_eq!(denied["negated"], true);
}

#[test]
fn people_introduced_in_one_run_are_known_in_the_next() {
    let dir = Dir::new();
    dir.write(
        "a.txt",
        "Minister Vows Crackdown\n\nLAHORE: Pakistan's Interior Minister Tariq Bhatti said on Monday that the border crossings would stay closed.\n",
    );
    dir.write(
        "b.txt",
        "Crossings Reopen\n\nLAHORE: Bhatti told reporters on Friday that two crossings would reopen for trade.\n",
    );
    assert_eq!(dir.run(&["ingest", "a.txt"]).code, 0);
    assert_eq!(dir.run(&["ingest", "b.txt"]).code, 0);
    let actors = dir.run(&["actors"]).jsonl();
    let bhatti = actors
        .iter()
        .find(|a| a["name"] == "Tariq Bhatti")
        .unwrap_or_else(|| panic!("{actors:?}"));
    assert_eq!(bhatti["kind"], "person");
    assert_eq!(bhatti["code"], "PAKGOV");
    assert_eq!(bhatti["role"], "interior minister");
    // Named in both articles: the bare surname of the second resolved to the same person.
    assert_eq!(bhatti["mentions"], 2);
    assert!(
        bhatti["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "Bhatti")
    );
}

#[test]
fn a_late_evening_story_keeps_its_outlets_day() {
    let dir = Dir::new();
    // Filed at 21:30 on Friday 13 March 2026 in UTC-6, stamped in UTC as Saturday 03:30.
    dir.write(
        "in.jsonl",
        "{\"url\":\"https://courier.example/a\",\"outlet\":\"Prairie Courier\",\"published\":\"2026-03-14T03:30:00Z\",\"title\":\"Levee holds\",\"text\":\"The county said on Friday that the levee had held overnight.\"}\n",
    );
    dir.write(
        "zones.tsv",
        "outlet\tutc_offset\taliases\nPrairie Courier\t-06:00\t\n",
    );
    let run = dir.run(&["ingest", "in.jsonl", "--outlet-timezones", "zones.tsv"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let articles = dir.run(&["articles"]).jsonl();
    assert_eq!(articles[0]["published"]["value"], "2026-03-13");
    assert!(
        articles[0]["published"]["basis"]
            .as_str()
            .unwrap()
            .contains("UTC-06:00")
    );
    // Without the table the UTC day stands.
    let plain = Dir::new();
    plain.write(
        "in.jsonl",
        std::fs::read_to_string(dir.path("in.jsonl")).unwrap(),
    );
    assert_eq!(plain.run(&["ingest", "in.jsonl"]).code, 0);
    assert_eq!(
        plain.run(&["articles"]).jsonl()[0]["published"]["value"],
        "2026-03-14"
    );
    // A bad table is a configuration error naming the line.
    dir.write("bad.tsv", "outlet\tutc_offset\nX\tsix\n");
    let bad = dir.run(&["ingest", "in.jsonl", "--outlet-timezones", "bad.tsv"]);
    assert_eq!(bad.code, 1);
    assert!(bad.stderr.contains("bad.tsv:2"), "{}", bad.stderr);
}
