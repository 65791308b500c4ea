//! How likely a coding is to be a real event, correctly coded: a logistic model over plain
//! features of the coding and its sentence, fitted to judged codings of real news.
//!
//! [`features`] names what the model sees, as strings (`root=19`, `src=GOV`, `head=met`,
//! `sport`); [`ConfidenceModel`] holds a weight per feature name, read from
//! `data/confidence/model.tsv`, and gives `1 / (1 + e^-(bias + Σ weights))`. The model file is
//! written by `scripts/train_confidence.py` from the features of the tune-half codings and the
//! labels in `data/confidence/labels.tsv` (see `data/confidence/README.md`, which also gives the
//! figures on the held-out half). A feature the model has no weight for adds nothing.

use std::collections::HashMap;

use crate::Coding;

const BUILTIN_TSV: &str = include_str!("../../../data/confidence/model.tsv");

/// The name of the intercept row in the model file.
pub const BIAS: &str = "bias";

/// Words of company news: the commonest of the coder's commerce rule's (`drop_commerce` in
/// `rule.rs`), with "co", "firm", "takeover" and words of shares and markets.
const BUSINESS: &[&str] = &[
    "inc",
    "corp",
    "ltd",
    "plc",
    "co",
    "company",
    "companies",
    "firm",
    "firms",
    "stake",
    "subsidiary",
    "shareholders",
    "stockholders",
    "dividend",
    "merger",
    "acquisition",
    "takeover",
    "shares",
    "stock",
    "stocks",
    "dlrs",
    "pct",
    "profit",
    "profits",
    "earnings",
    "revenue",
    "sales",
    "investors",
    "market",
    "markets",
];

/// First-person words anywhere in the sentence (letters, columns, blogs, quoted speakers; "I"
/// also matches a Roman numeral).
const FIRST_PERSON: &[&str] = &["i", "me", "my"];

/// The feature names of `coding` in `sentence`. Every coding has `root=`, `code3=`, `src=`,
/// `tgt=`, `actors=`, `head_suffix=`, `head=` and `before=`; the rest are present or absent.
pub fn features(sentence: &str, coding: &Coding) -> Vec<String> {
    let mut out = Vec::with_capacity(24);
    let root = coding.root();
    out.push(format!("root={root}"));
    out.push(format!(
        "code3={}",
        coding.code.get(..3).unwrap_or(&coding.code)
    ));
    let side = |a: &Option<sitrep_model::ActorRef>| match a {
        None => "none".to_owned(),
        Some(a) if a.code.starts_with("IGO") || a.code.starts_with("NGO") => "IGO".to_owned(),
        Some(a) if a.code == "---" => "named".to_owned(),
        Some(a) => match a.code.get(3..6).filter(|r| !r.is_empty()) {
            Some(role) => role.to_owned(),
            None => "state".to_owned(),
        },
    };
    let (src, tgt) = (side(&coding.source), side(&coding.target));
    let nocountry = |a: &Option<sitrep_model::ActorRef>| {
        a.as_ref()
            .is_some_and(|a| a.code.starts_with("---") || a.country.is_none())
    };
    out.push(format!("src={src}"));
    out.push(format!("tgt={tgt}"));
    if nocountry(&coding.source) {
        out.push("src_nocountry".to_owned());
    }
    if nocountry(&coding.target) {
        out.push("tgt_nocountry".to_owned());
    }
    let actors = usize::from(coding.source.is_some()) + usize::from(coding.target.is_some());
    out.push(format!("actors={actors}"));
    if let (Some(s), Some(t)) = (&coding.source, &coding.target)
        && s.country.is_some()
        && s.country == t.country
    {
        out.push("same_country".to_owned());
    }
    if coding.hypothetical {
        out.push("hypothetical".to_owned());
    }
    if coding.negated {
        out.push("negated".to_owned());
    }
    let verb = coding.verb_range.slice(sentence).unwrap_or("");
    if let Some(head) = verb.split_whitespace().next() {
        let head: String = head
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_lowercase();
        let (stem, suffix) = stem(&head);
        out.push(format!("head_suffix={}", suffix.unwrap_or("other")));
        out.push(format!("head={stem}"));
        if verb.starts_with(char::is_uppercase) && coding.verb_range.start > 0 {
            out.push("verb_capitalised".to_owned());
        }
    }
    // The word before the verb: a determiner or possessive makes it a noun ("the meeting",
    // "its attack"), a modal a possibility.
    let before = sentence
        .get(..coding.verb_range.start)
        .unwrap_or("")
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .rfind(|w| !w.is_empty())
        .map(str::to_lowercase);
    if let Some(w) = before {
        let class = match w.as_str() {
            "the" | "a" | "an" | "this" | "that" | "these" | "those" => "determiner",
            "its" | "his" | "her" | "their" | "our" | "my" | "your" => "possessive",
            "of" | "for" | "on" | "at" | "in" | "after" | "before" | "since" | "during" => {
                "preposition"
            }
            "will" | "would" | "could" | "may" | "might" | "should" | "must" | "can" => "modal",
            "to" => "to",
            "not" | "never" | "n't" => "negation",
            _ if w.ends_with("'s") => "possessive",
            _ => "other",
        };
        out.push(format!("before={class}"));
    } else {
        out.push("before=start".to_owned());
    }
    // The sentence.
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    if has(BUSINESS) || sentence.contains('<') {
        out.push("business".to_owned());
    }
    if crate::names_sport(sentence) {
        out.push("sport".to_owned());
    }
    if crate::names_disaster(sentence) {
        out.push("disaster".to_owned());
    }
    if sentence.contains('"') || sentence.contains("``") || sentence.contains('\u{201c}') {
        out.push("quote".to_owned());
    }
    if has(FIRST_PERSON) {
        out.push("first_person".to_owned());
    }
    if sentence.trim_end().ends_with('?') {
        out.push("question".to_owned());
    }
    out
}

/// A logistic model: a weight per feature name and an intercept.
#[derive(Debug, Clone)]
pub struct ConfidenceModel {
    bias: f64,
    weights: HashMap<String, f64>,
    version: String,
}

/// A malformed model file: the line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "confidence model line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ModelError {}

impl ConfidenceModel {
    /// The model shipped in `data/confidence/model.tsv`.
    pub fn builtin() -> &'static ConfidenceModel {
        static MODEL: std::sync::OnceLock<ConfidenceModel> = std::sync::OnceLock::new();
        // The shipped file parses (a test checks it); were it broken, every coding would get
        // the same 0.5 rather than the run failing.
        MODEL.get_or_init(|| {
            ConfidenceModel::from_tsv(BUILTIN_TSV).unwrap_or_else(|_| ConfidenceModel {
                bias: 0.0,
                weights: HashMap::new(),
                version: "confidence-none".to_owned(),
            })
        })
    }

    /// Parses `feature<TAB>weight` rows; `#` lines are comments; the row named [`BIAS`] is the
    /// intercept.
    pub fn from_tsv(text: &str) -> Result<ConfidenceModel, ModelError> {
        let mut bias = 0.0;
        let mut weights = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let error = |message: String| ModelError {
                line: n + 1,
                message,
            };
            let mut cols = line.split('\t');
            let (Some(name), Some(weight)) = (cols.next(), cols.next()) else {
                return Err(error("expected `feature<TAB>weight`".to_owned()));
            };
            let weight: f64 = weight
                .trim()
                .parse()
                .map_err(|_| error(format!("`{weight}` is not a number")))?;
            if !weight.is_finite() {
                return Err(error(format!("`{weight}` is not finite")));
            }
            if name == BIAS {
                bias = weight;
            } else if weights.insert(name.to_owned(), weight).is_some() {
                return Err(error(format!("`{name}` is given twice")));
            }
        }
        Ok(ConfidenceModel {
            bias,
            weights,
            version: format!("confidence-{:016x}", crate::verbs::fnv1a(text.as_bytes())),
        })
    }

    /// `confidence-` and a hash of the model file: which model scored an event.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The probability, 0..1, that `coding` is a real event correctly coded.
    pub fn probability(&self, sentence: &str, coding: &Coding) -> f64 {
        let z = self.bias
            + features(sentence, coding)
                .iter()
                .filter_map(|f| self.weights.get(f))
                .sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// A head word without its ending ("-ing", "-ed", "-es", "-s", not the "s" of "-ss", "-us"
/// or "-is") or a final "e", and the ending: "agree", "agreed", "agrees" and "agreeing" are
/// all `agre`; "discuss" and "discussed" are `discuss`. Irregular forms stay apart ("met" is
/// not "meet").
fn stem(head: &str) -> (&str, Option<&'static str>) {
    let suffix = ["ing", "ed", "es", "s"].into_iter().find(|x| {
        head.len() > x.len() + 2
            && head.ends_with(x)
            && !(*x == "s"
                && (head.ends_with("ss") || head.ends_with("us") || head.ends_with("is")))
    });
    let bare = suffix.and_then(|x| head.strip_suffix(x)).unwrap_or(head);
    // "-ed" and "-es" took the "e" already ("agreed", "pledges").
    let bare = match bare.strip_suffix('e') {
        Some(b) if b.len() >= 3 && matches!(suffix, None | Some("ing")) => b,
        _ => bare,
    };
    (bare, suffix)
}

/// The families of feature names [`features`] produces: prefixes of valued features, then
/// names of flags. A model row outside them would never apply.
pub const FEATURE_PREFIXES: &[&str] = &[
    "root=",
    "code3=",
    "src=",
    "tgt=",
    "actors=",
    "head_suffix=",
    "head=",
    "before=",
];
pub const FEATURE_FLAGS: &[&str] = &[
    "src_nocountry",
    "tgt_nocountry",
    "same_country",
    "hypothetical",
    "negated",
    "verb_capitalised",
    "business",
    "sport",
    "disaster",
    "quote",
    "first_person",
    "question",
];

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_model::{ActorRef, TextRange};

    fn coding(code: &str, source: Option<&str>, verb: TextRange) -> Coding {
        Coding {
            code: code.to_owned(),
            source: source.map(|c| ActorRef {
                id: c.to_lowercase(),
                name: c.to_owned(),
                country: c.get(..3).filter(|p| *p != "---").map(str::to_owned),
                code: c.to_owned(),
            }),
            target: None,
            verb_range: verb,
            source_range: None,
            target_range: None,
            negated: false,
            hypothetical: false,
            lexicon_version: String::new(),
        }
    }

    #[test]
    fn features_name_the_coding_and_its_sentence() {
        let s = "Pakistani troops shelled Afghan posts in 2023, officials said.";
        let f = features(s, &coding("195", Some("PAKMIL"), TextRange::new(17, 24)));
        for want in [
            "root=19",
            "code3=195",
            "src=MIL",
            "tgt=none",
            "actors=1",
            "head_suffix=ed",
            "head=shell",
            "before=other",
        ] {
            assert!(f.iter().any(|x| x == want), "{want} missing from {f:?}");
        }
        // A year is no feature: its fitted weight marked down current news dated in full.
        for absent in [
            "business",
            "sport",
            "quote",
            "hypothetical",
            "src_nocountry",
            "year",
        ] {
            assert!(!f.iter().any(|x| x == absent), "{absent} in {f:?}");
        }
    }

    #[test]
    fn inflections_share_a_stem() {
        for (word, want) in [
            ("agree", "agre"),
            ("agreed", "agre"),
            ("agrees", "agre"),
            ("agreeing", "agre"),
            ("discuss", "discuss"),
            ("discussed", "discuss"),
            ("discusses", "discuss"),
            ("pledges", "pledg"),
            ("pledge", "pledg"),
            ("crisis", "crisis"),
            ("met", "met"),
            ("shelled", "shell"),
            ("freed", "fre"),
            ("free", "fre"),
        ] {
            assert_eq!(stem(word).0, want, "{word}");
        }
    }

    #[test]
    fn company_news_and_bare_actors_are_named() {
        let s = "The company <ABC.N> said it agreed to sell its stake.";
        let f = features(s, &coding("030", Some("---GOV"), TextRange::new(29, 35)));
        assert!(f.iter().any(|x| x == "business"));
        assert!(f.iter().any(|x| x == "src=GOV"));
        assert!(f.iter().any(|x| x == "src_nocountry"));
    }

    #[test]
    fn the_model_sums_the_weights_of_present_features() {
        let model = ConfidenceModel::from_tsv("# test\nbias\t-1.0\nroot=19\t2.0\nsport\t-5\n")
            .expect("valid");
        let s = "Rebels fought troops.";
        let p = model.probability(s, &coding("190", None, TextRange::new(7, 13)));
        // bias -1 + root=19 2 = 1: sigmoid(1).
        assert!((p - 1.0 / (1.0 + (-1.0f64).exp())).abs() < 1e-12, "{p}");
    }

    #[test]
    fn the_shipped_model_parses() {
        let model = ConfidenceModel::from_tsv(BUILTIN_TSV).expect("data/confidence/model.tsv");
        assert!(model.weights.len() > 100, "{}", model.weights.len());
        assert!(model.bias != 0.0);
    }

    #[test]
    fn every_shipped_weight_names_a_feature_the_coder_produces() {
        for line in BUILTIN_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let name = line.split('\t').next().unwrap_or("");
            assert!(
                name == BIAS
                    || FEATURE_FLAGS.contains(&name)
                    || FEATURE_PREFIXES.iter().any(|p| name.starts_with(p)),
                "`{name}` is no feature of `features`"
            );
        }
    }

    #[test]
    fn features_stay_in_their_families() {
        let s = "\"We will never attack,\" the company's rebels said in 1999?";
        let mut c = coding("190", Some("---REB"), TextRange::new(8, 20));
        c.negated = true;
        for f in features(s, &c) {
            assert!(
                FEATURE_FLAGS.contains(&f.as_str())
                    || FEATURE_PREFIXES.iter().any(|p| f.starts_with(p)),
                "`{f}` is in no family"
            );
        }
    }

    #[test]
    fn malformed_models_name_the_line() {
        let e = ConfidenceModel::from_tsv("bias\t0\nroot=19\tmany\n").expect_err("not a number");
        assert_eq!(e.line, 2);
        let e = ConfidenceModel::from_tsv("a\t1\na\t2\n").expect_err("twice");
        assert_eq!(e.line, 2);
    }

    #[test]
    fn the_shipped_model_loads_and_ranks_violence_with_actors_above_actorless_talk() {
        let model = ConfidenceModel::builtin();
        let attack = model.probability(
            "Pakistani troops shelled Afghan border posts on Tuesday.",
            &coding("195", Some("PAKMIL"), TextRange::new(17, 24)),
        );
        let p = model.probability(
            "Talks were held on the price of shares.",
            &coding("040", None, TextRange::new(0, 5)),
        );
        assert!(attack > p, "{attack} <= {p}");
    }
}
