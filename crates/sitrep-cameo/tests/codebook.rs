#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The shipped codebook against values read by hand from the source files in
//! `../shared/data/plover`: `CAMEO2PLOVER-2021.txt` (name, PLOVER type, mode, context) and
//! `CAMEO.goldsteinscale.tsv` (Goldstein value). Each expectation cites its source line.

use sitrep_cameo::{Code, Codebook};
use sitrep_model::EventType;

/// code, name, root, quad class, Goldstein, PLOVER type, mode, context.
type Expected = (
    &'static str,
    &'static str,
    &'static str,
    u8,
    f64,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

fn check(expected: Expected) {
    let (code, name, root, quad, goldstein, plover, mode, context) = expected;
    let got = Codebook::builtin()
        .get(code)
        .unwrap_or_else(|| panic!("{code} missing"));
    let want = Code {
        code: code.into(),
        name: name.into(),
        root: root.into(),
        quad_class: quad,
        goldstein: Some(goldstein),
        plover_type: Some(plover.into()),
        plover_mode: mode.map(Into::into),
        plover_context: context.map(Into::into),
    };
    assert_eq!(got, &want);
}

#[test]
fn discuss_by_telephone() {
    // "041: CONSULT, phone,   # Discuss by telephone"; "041	1.0".
    check((
        "041",
        "Discuss by telephone",
        "04",
        1,
        1.0,
        "CONSULT",
        Some("phone"),
        None,
    ));
}

#[test]
fn mediation_codes() {
    // "039: AGREE,  , diplomatic # Express intent to mediate"; "039	5.0".
    check((
        "039",
        "Express intent to mediate",
        "03",
        1,
        5.0,
        "AGREE",
        None,
        Some("diplomatic"),
    ));
    // "038: AGREE,  ,   diplomatic # Express intent to accept mediation"; "038	7.0".
    check((
        "038",
        "Express intent to accept mediation",
        "03",
        1,
        7.0,
        "AGREE",
        None,
        Some("diplomatic"),
    ));
}

#[test]
fn declare_ceasefire() {
    // "0871: RETREAT, ceasefire, military # Declare truce, ceasefire"; "0871	9.0".
    check((
        "0871",
        "Declare truce, ceasefire",
        "08",
        2,
        9.0,
        "RETREAT",
        Some("ceasefire"),
        Some("military"),
    ));
}

#[test]
fn accuse() {
    // "112: ACCUSE, disapprove,    # Accuse"; "112	-2.0".
    check((
        "112",
        "Accuse",
        "11",
        3,
        -2.0,
        "ACCUSE",
        Some("disapprove"),
        None,
    ));
}

#[test]
fn suicide_bombing() {
    // "1831: ASSAULT, suicide-attack,    # Carry out suicide bombing"; "1831	-10.0".
    check((
        "1831",
        "Carry out suicide bombing",
        "18",
        4,
        -10.0,
        "ASSAULT",
        Some("suicide-attack"),
        None,
    ));
}

#[test]
fn fight_with_small_arms() {
    // "193: ASSAULT, firearms, military # Fight with small arms and light weapons"; "193	-10.0".
    check((
        "193",
        "Fight with small arms and light weapons",
        "19",
        4,
        -10.0,
        "ASSAULT",
        Some("firearms"),
        Some("military"),
    ));
}

#[test]
fn event_type_for_the_contract() {
    let ty = Codebook::builtin().event_type("1831").unwrap();
    assert_eq!(
        ty,
        EventType {
            cameo: "1831".into(),
            cameo_root: "18".into(),
            label: "Carry out suicide bombing".into(),
            plover: "ASSAULT".into(),
            quad_class: 4,
        }
    );
    assert_eq!(Codebook::builtin().event_type("999"), None);
}

#[test]
fn unknown_and_malformed_codes_miss() {
    let book = Codebook::builtin();
    for code in [
        "", "4", "41", "0", "21", "00", "199", "18311", "O41", " 041",
    ] {
        assert!(book.get(code).is_none(), "{code:?}");
        assert!(book.root_of(code).is_none(), "{code:?}");
    }
}

#[test]
fn root_and_parent() {
    let book = Codebook::builtin();
    assert_eq!(book.root_of("1831").unwrap().code, "18");
    assert_eq!(book.root_of("18").unwrap().code, "18");
    assert_eq!(book.parent_of("1831").unwrap().code, "183");
    assert_eq!(book.parent_of("183").unwrap().code, "18");
    assert!(book.parent_of("18").is_none());
}

#[test]
fn all_twenty_roots_with_names_from_gdelt() {
    // Root names from GDELT's CAMEO.eventcodes.txt, in sentence case.
    let roots: Vec<(&str, &str)> = Codebook::builtin()
        .roots()
        .map(|c| (c.code.as_str(), c.name.as_str()))
        .collect();
    assert_eq!(
        roots,
        [
            ("01", "Make public statement"),
            ("02", "Appeal"),
            ("03", "Express intent to cooperate"),
            ("04", "Consult"),
            ("05", "Engage in diplomatic cooperation"),
            ("06", "Engage in material cooperation"),
            ("07", "Provide aid"),
            ("08", "Yield"),
            ("09", "Investigate"),
            ("10", "Demand"),
            ("11", "Disapprove"),
            ("12", "Reject"),
            ("13", "Threaten"),
            ("14", "Protest"),
            ("15", "Exhibit force posture"),
            ("16", "Reduce relations"),
            ("17", "Coerce"),
            ("18", "Assault"),
            ("19", "Fight"),
            ("20", "Use unconventional mass violence"),
        ]
    );
}

#[test]
fn quad_classes_follow_the_root_ranges() {
    for code in Codebook::builtin() {
        let root: u8 = code.root.parse().unwrap();
        let quad = match root {
            1..=5 => 1,
            6..=9 => 2,
            10..=14 => 3,
            15..=20 => 4,
            _ => panic!("root {root} out of range"),
        };
        assert_eq!(code.quad_class, quad, "{}", code.code);
    }
}

#[test]
fn every_code_has_its_root_and_parent() {
    let book = Codebook::builtin();
    for code in book {
        assert_eq!(code.code.get(..2), Some(code.root.as_str()));
        assert!(book.get(&code.root).is_some(), "{}", code.code);
        if !code.is_root() {
            assert!(book.parent_of(&code.code).is_some(), "{}", code.code);
        }
    }
}

#[test]
fn goldstein_values_in_range() {
    let book = Codebook::builtin();
    for code in book {
        let v = book.goldstein(&code.code).unwrap();
        assert!((-10.0..=10.0).contains(&v), "{}: {v}", code.code);
    }
    // GDELT's scale has no 1213 or 1214; they take 121's value ("121	-4.0").
    let missing: Vec<&str> = book
        .iter()
        .filter(|c| c.goldstein.is_none())
        .map(|c| c.code.as_str())
        .collect();
    assert_eq!(missing, ["1213", "1214"]);
    assert_eq!(book.goldstein("1213"), Some(-4.0));
}

#[test]
fn counts_per_level_and_plover_gaps() {
    let book = Codebook::builtin();
    let level = |n| book.iter().filter(|c| c.level() == n).count();
    assert_eq!((level(2), level(3), level(4)), (20, 147, 146));
    assert_eq!(book.len(), 313);
    // PLOVER maps nothing from roots 01 and 02, and everything else.
    for code in book {
        let unmapped = code.root == "01" || code.root == "02";
        assert_eq!(code.plover_type.is_none(), unmapped, "{}", code.code);
    }
    // Roots take the type of their "not specified" code; 08 heads both CONCEDE and RETREAT
    // in the table, and "080: CONCEDE" decides.
    assert_eq!(
        book.get("08").unwrap().plover_type.as_deref(),
        Some("CONCEDE")
    );
    assert_eq!(
        book.get("19").unwrap().plover_type.as_deref(),
        Some("ASSAULT")
    );
}

#[test]
fn codes_are_sorted_and_unique() {
    let codes: Vec<&str> = Codebook::builtin()
        .iter()
        .map(|c| c.code.as_str())
        .collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(codes, sorted);
}
