#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::string_slice
)]
//! Golden tests: `test_data/NNNN_slug.txt` queries beside `NNNN_slug.expected`, written by hand
//! from the rows of `data/geo/*.tsv`.

use std::fmt::Write as _;
use std::path::Path;

use sitrep_geo::{Context, Focus, Gazetteer, PlaceMention, find_places, resolve_span};
use sitrep_model::TextRange;

fn dash(s: Option<&str>) -> &str {
    s.unwrap_or("-")
}

/// One line per query: the query, then the resolved place's name, precision, country, admin1,
/// admin2, coordinates and GeoNames id.
fn check(input: &str) -> String {
    let g = Gazetteer::builtin();
    let mut out = String::new();
    for line in input
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, focus, hint] = cols[..] else {
            panic!("bad query line {line:?}")
        };
        let context = Context {
            country_focus: (focus != "-").then_some(focus),
            admin1_hint: (hint != "-").then_some(hint),
        };
        write!(out, "{line}\t=> ").unwrap();
        match g.resolve(name, &context) {
            None => out.push('-'),
            Some(e) => {
                let p = g.to_place(e);
                let coords = match (p.lat, p.lon) {
                    (Some(lat), Some(lon)) => format!("{lat},{lon}"),
                    _ => "-".to_owned(),
                };
                let id = p.geonames_id.map_or("-".to_owned(), |i| i.to_string());
                write!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{coords}\t{id}",
                    p.name,
                    p.precision,
                    dash(p.country.as_deref()),
                    dash(p.admin1.as_deref()),
                    dash(p.admin2.as_deref()),
                )
                .unwrap();
            }
        }
        out.push('\n');
    }
    out
}

#[test]
fn golden() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty());
    for input in inputs {
        let text = std::fs::read_to_string(&input).unwrap();
        let expected = std::fs::read_to_string(input.with_extension("expected")).unwrap();
        assert_eq!(check(&text), expected, "{}", input.display());
    }
}

#[test]
fn builtin_data_parses_whole() {
    let g = Gazetteer::builtin();
    assert_eq!(g.skipped(), 0);
    assert!(g.entries().len() > 170_000, "{}", g.entries().len());
}

#[test]
fn only_one_wana_and_it_is_in_south_waziristan() {
    let g = Gazetteer::builtin();
    let wanas = g.lookup("Wana");
    assert_eq!(wanas.len(), 1, "{wanas:?}");
    assert_eq!(wanas[0].geonames_id, Some(1_162_634));
}

#[test]
fn lookup_is_case_diacritic_and_punctuation_insensitive_and_population_sorted() {
    let g = Gazetteer::builtin();
    let a = g.lookup("São Paulo");
    assert_eq!(a, g.lookup("SAO PAULO"));
    assert_eq!(a, g.lookup("sao-paulo"));
    assert!(a.len() >= 3);
    assert!(a.windows(2).all(|w| w[0].population >= w[1].population));
    // An alternate name finds its place too.
    assert!(g.lookup("Pahlgam").iter().any(|e| e.name == "Pahalgam"));
}

#[test]
fn unknown_and_empty_names_find_nothing() {
    let g = Gazetteer::builtin();
    assert!(g.lookup("Nowhere-on-Earth-xyz").is_empty());
    assert!(g.lookup("").is_empty());
    assert!(g.lookup("  ,, ").is_empty());
    assert!(g.resolve("", &Context::default()).is_none());
}

#[test]
fn countries_by_code_and_name() {
    let g = Gazetteer::builtin();
    for q in ["PK", "pak", "Pakistan"] {
        assert_eq!(g.country(q).map(|c| c.country), Some("PK"), "{q}");
    }
    assert!(g.country("XX").is_none());
}

fn write_mention(out: &mut String, m: &PlaceMention<'_>) {
    let p = &m.place;
    write!(
        out,
        "{} | {} | {} | {} | {} | {}",
        m.text,
        p.name,
        p.precision,
        dash(p.country.as_deref()),
        dash(p.admin1.as_deref()),
        dash(p.admin2.as_deref()),
    )
    .unwrap();
    if m.metonymic {
        out.push_str(" | metonymic");
    }
    out.push('\n');
}

/// Toponyms in invented news: `test_data/NNNN_slug.news` holds articles separated by `===`
/// lines, each optionally headed by `@dateline NAME`, `@countries A,B` and `@resolve NAME`
/// lines; the dump has one line per place found: the text, then the place's name, precision,
/// country, admin1 and admin2, and `metonymic` when the name stands for a government; then one
/// `resolve` line per `@resolve` name: how `resolve_span` places its first occurrence.
fn check_toponyms(input: &str) -> String {
    let g = Gazetteer::builtin();
    let mut out = String::new();
    for (n, article) in input.split("\n===\n").enumerate() {
        let mut dateline = None;
        let mut countries: Vec<&str> = Vec::new();
        let mut resolve: Vec<&str> = Vec::new();
        let mut body = String::new();
        for line in article.lines() {
            if let Some(r) = line.strip_prefix("@resolve ") {
                resolve.push(r);
            } else if let Some(d) = line.strip_prefix("@dateline ") {
                dateline = Some(d);
            } else if let Some(c) = line.strip_prefix("@countries ") {
                countries = c.split(',').collect();
            } else {
                body.push_str(line);
                body.push('\n');
            }
        }
        let focus = Focus {
            dateline,
            countries: &countries,
            outlet_country: None,
        };
        writeln!(out, "== article {}", n + 1).unwrap();
        for m in find_places(g, &body, &focus) {
            assert_eq!(&body[m.range.start..m.range.end], m.text);
            write_mention(&mut out, &m);
        }
        for name in resolve {
            let start = body
                .find(name)
                .expect("an @resolve name occurs in the article");
            let range = TextRange::new(start, start + name.len());
            out.push_str("resolve ");
            match resolve_span(g, &body, range, &focus) {
                Some(m) => write_mention(&mut out, &m),
                None => out.push_str("-\n"),
            }
        }
    }
    out
}

#[test]
fn golden_toponyms() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "news"))
        .collect();
    inputs.sort();
    assert!(!inputs.is_empty());
    for input in inputs {
        let text = std::fs::read_to_string(&input).unwrap();
        let expected = std::fs::read_to_string(input.with_extension("expected")).unwrap();
        assert_eq!(check_toponyms(&text), expected, "{}", input.display());
    }
}
