//! Runs the casualty extractor over every sentence of the Reuters-21578 and BBC News corpora and
//! prints a deterministic random sample of the extractions, for reading by hand (see EVAL.md).
//!
//! ```text
//! cargo run --release -p sitrep-casualty --example sample -- [N] [SEED] [--exclude-seed S[:M]]...
//!     [--exclude-first-round]
//! ```
//!
//! `--exclude-seed S[:M]` (repeatable) re-draws the sample of size `M` (default 100) that seed
//! `S` picks from the full pool and removes every extraction of the sentences it shows (any
//! sentence with the same text, in any document) before the `N`/`SEED` sample is drawn, so that
//! a new sample holds only extractions nobody has read. `--exclude-first-round` also removes the
//! sentences of the first tuning sample (seed 2025 on the version before the fixes in EVAL.md,
//! pool 264), which the current rules can no longer re-draw: they are listed in
//! [`FIRST_ROUND`]. Without these options the output is as before.
//!
//! Reads `../shared/data/reuters-21578/reuters21578.jsonl.gz` (field `body`) and
//! `../shared/data/bbc-news-2225/bbc-news-2225.jsonl.gz` (field `text`), relative to the
//! workspace root; `SITREP_DATA` overrides `../shared/data`. Reuters bodies are hard-wrapped,
//! so each line break inside them becomes a space before sentence splitting.

use std::collections::HashSet;
use std::error::Error;
use std::path::PathBuf;

use sitrep_casualty::find_casualties_in;
use sitrep_text::{SplitConfig, split};

/// Largest decompressed corpus accepted: both are well under 100 MB.
const LIMIT: u64 = 512 * 1024 * 1024;

/// The sentences shown by the first tuning sample (`-- 100 2025` before the five fixes listed
/// in EVAL.md, pool 264 extractions), as (document, start of the sentence up to 72 chars); a
/// sentence whose text starts with one of them is excluded by `--exclude-first-round`. On the
/// corpora these starts pick exactly the sentences with the full texts.
const FIRST_ROUND: &[(&str, &str)] = &[
    (
        "reuters:878",
        "No casualties have been reported and no further major damage, civil defe",
    ),
    (
        "reuters:1077",
        "Three black workers were killed and seven injured in fighting at a South",
    ),
    (
        "reuters:1902",
        "CSBC has orders to build 10 ships totalling 460,000 dead weight tons (dw",
    ),
    (
        "reuters:2073",
        "Seven managers and employees at General Mining Union Corp Ltd's Kinross ",
    ),
    (
        "reuters:2267",
        "Pakistan complained to the United Nations today that planes from Afghani",
    ),
    (
        "reuters:2944",
        "At least 26 people died when a car ferry struck a pier as it left Belgiu",
    ),
    (
        "reuters:2958",
        "The world's worst maritime disaster was in wartime that took 7,700 lives",
    ),
    (
        "reuters:2959",
        "There are no more survivors from a British cross-Channel ferry disaster ",
    ),
    (
        "reuters:3464",
        "INA said hundreds of Iranians were killed and large quantities of armour",
    ),
    (
        "reuters:3650",
        "Nigeria's military government clamped a dusk-to-dawn curfew on northern ",
    ),
    (
        "reuters:3854",
        "A Baghdad war communique said an Iranian infantry brigade, backed by tan",
    ),
    (
        "reuters:4040",
        "The storm, which lashed the Huai and Yangtze rivers and eastern Anhui pr",
    ),
    (
        "reuters:4110",
        "Avalanches, landslides and floods have killed almost 100 people since th",
    ),
    (
        "reuters:5224",
        "Hailstorms and strong winds in south China killed two people, injured 20",
    ),
    (
        "reuters:5275",
        "A huge explosion in a flax factory in the northeast China city of Harbin",
    ),
    (
        "reuters:5289",
        "Seventeen people were killed and 22 are missing after a dam collapsed fo",
    ),
    ("reuters:5863", "No injuries were reported."),
    (
        "reuters:5866",
        "No casualties were seen and the tanker Pivot, laden with crude oil, was ",
    ),
    (
        "reuters:6343",
        "A very strong earthquake which struck southwest Japan killed one person ",
    ),
    (
        "reuters:6343",
        "Two primary school children were hurt by flying shards of glass as they ",
    ),
    (
        "reuters:6390",
        "Suspected communist rebels bombed the Philippine Military Academy and in",
    ),
    (
        "reuters:6397",
        "A very strong earthquake that struck southwest Japan killed one person a",
    ),
    (
        "reuters:6404",
        "They said there were no injuries on board and the ship headed for the Gu",
    ),
    (
        "reuters:6838",
        "Eight people were killed and some 30 injured in a blast in a crowded caf",
    ),
    ("reuters:6899", "About 1,000 people are dead or missing."),
    (
        "reuters:7594",
        "Communist rebels killed 18 soldiers on Mindanao island in the southern P",
    ),
    (
        "reuters:7753",
        "As of March 16, there were 32,825 AIDS cases reported nationwide, with m",
    ),
    (
        "reuters:7794",
        "Chadian troops killed 384 Libyans and captured 48 in fighting near the k",
    ),
    (
        "reuters:8089",
        "An explosion followed by a fire ripped through a British Petroleum (BP) ",
    ),
    (
        "reuters:8150",
        "It affected almost the same area as last Wednesday's strong earthquake w",
    ),
    (
        "reuters:8181",
        "Four people died and 40 were injured in the blast, which President Aquin",
    ),
    (
        "reuters:8246",
        "The West German-registered motor vessel Stefan E. Sank off the West Afri",
    ),
    (
        "reuters:8679",
        "A huge car bomb exploded at the headquarters of the British Army of the ",
    ),
    (
        "reuters:8901",
        "South Africa has been under a state of emergency since June 1986 because",
    ),
    (
        "reuters:9208",
        "The raid killed eight workers and destroyed the main living quarters and",
    ),
    (
        "reuters:9209",
        "Chad's military high command said today troops killed 1,269 Libyan soldi",
    ),
    (
        "reuters:9209",
        "In its first published casualty list from the fierce battle for Ouadi Do",
    ),
    (
        "reuters:9327",
        "Floods and avalanches killed 110 people and caused around 350 mln rouble",
    ),
    (
        "reuters:9713",
        "The strike, called by leftist unions and declared illegal by the governm",
    ),
    (
        "reuters:11389",
        "The sources said 30 guerrillas and 12 government soldiers were killed wh",
    ),
    (
        "reuters:11766",
        "Brazilian farmers, angry about high interest rates, staged fresh protest",
    ),
    (
        "reuters:12633",
        "One miner has died and 44 miners remain trapped a half mile underground ",
    ),
    (
        "reuters:12641",
        "<Noranda Inc> said production at its Murdochville, Quebec, copper mine w",
    ),
    (
        "reuters:12700",
        "According to official Indian figures, 2,413 people were killed and more ",
    ),
    (
        "reuters:12725",
        "Rescue workers are bringing out miners who have been trapped in a <Noran",
    ),
    (
        "reuters:12857",
        "<Noranda Inc> said a copper mine fire that killed one miner and trapped ",
    ),
    (
        "reuters:12926",
        "<Noranda Inc> said a total of 57 miners were trapped in a copper mine ye",
    ),
    (
        "reuters:12992",
        "One miner was killed and 56 others were trapped underground for about 24",
    ),
    (
        "reuters:13248",
        "Twenty-seven people were killed and 18 injured when an Indonesian airlin",
    ),
    (
        "reuters:13527",
        "Iraq said today its troops had killed thousands of Iranians in checking ",
    ),
    (
        "reuters:13725",
        "MANILA - Communist rebels said they destroyed a vital military communica",
    ),
    (
        "reuters:14419",
        "He added a special review board headed by former Defence Secretary Melvi",
    ),
    (
        "reuters:14419",
        "Britain and China were also asked, they added. - - - - CHANDIGARH, India",
    ),
    (
        "reuters:15073",
        "Faulty repair work by The Boeing Company <BA.N> was a contributary cause",
    ),
    (
        "reuters:15230",
        "(Iran said its troops had killed or wounded more than 4,000 Iraqis and w",
    ),
    (
        "reuters:16089",
        "A judge ruled that questions of liability in the 1985 crash of a Japan A",
    ),
    (
        "reuters:16212",
        "Six workers were killed and four injured in an undeground rock fall at S",
    ),
    (
        "reuters:16789",
        "Soldiers killed one man and seriously wounded several others as they bar",
    ),
    (
        "reuters:16958",
        "Ten officers were seriously wounded and 60 suffered slight injuries, it ",
    ),
    (
        "reuters:17190",
        "The March five earthquake killed up to 1,000 people and caused an estima",
    ),
    (
        "reuters:17509",
        "Fifteen people were killed in the Copperbelt during food riots last Dece",
    ),
    (
        "reuters:17521",
        "Residents of central Oklahoma returned to their homes over the weekend a",
    ),
    (
        "reuters:17724",
        "\"In the past seven years, 45 children were injured and six killed in cra",
    ),
    (
        "reuters:17750",
        "These concerns were heightened by the May 17 Iraqi missile attack on the",
    ),
    (
        "reuters:17879",
        "The fires which began on May 6 have killed 191 people.",
    ),
    (
        "reuters:17959",
        "One died, but the three survivors showed some improvement, she said.",
    ),
    (
        "reuters:18228",
        "Two people were missing and six injured after tanks containing thousands",
    ),
    (
        "reuters:20778",
        "Artillery shells from an exchange of fire between Iran and Iraq fell on ",
    ),
    (
        "reuters:21002",
        "He said with this appraoch America would suffer \"the death of one thousa",
    ),
    (
        "reuters:21498",
        "Malaysian police denied rumours of race riots in Kuala Lumpur after an a",
    ),
    (
        "bbc:business/187",
        "More than 3,000 people were killed for political reasons under Gen Pinoc",
    ),
    (
        "bbc:business/191",
        "According to calculations presented to the US Senate by Dr Graham in Nov",
    ),
    (
        "bbc:business/311",
        "Europe suffered fewer natural disasters, but 191 people were killed and ",
    ),
    (
        "bbc:business/345",
        "The tragedy has left at least 25,000 people dead, with Sri Lanka, Thaila",
    ),
    (
        "bbc:business/353",
        "Mitch killed about 10,000 people and caused damage of about $10bn in 199",
    ),
    (
        "bbc:business/411",
        "So far, more than 100,000 people are believed to have been killed in Ind",
    ),
    (
        "bbc:entertainment/037",
        "Many Caribs were killed by disease and war during colonisation up to the",
    ),
    (
        "bbc:entertainment/122",
        "One man also died of a heart attack, and a woman fell to her death durin",
    ),
    (
        "bbc:entertainment/141",
        "\"I just thank God that no-one got injured.\"",
    ),
    (
        "bbc:entertainment/214",
        "The £178m winter schedule also includes the return of Doctor Who and a d",
    ),
    (
        "bbc:entertainment/230",
        "She and eight others were killed on the plane, which crashed as if left ",
    ),
    (
        "bbc:entertainment/237",
        "There were more than 10,500 firearms offences and 70 gun crime deaths in",
    ),
    (
        "bbc:entertainment/280",
        "\"No one died, it's not a big story, but it was scary at the time,\" laugh",
    ),
    ("bbc:entertainment/284", "Nobody died.\""),
    (
        "bbc:politics/051",
        "\"This will help to reduce delays and improve the lives of many children ",
    ),
    (
        "bbc:politics/135",
        "The Foreign Office says 41 Britons are now confirmed to have died in the",
    ),
    (
        "bbc:politics/195",
        "Foreign Secretary Jack Straw said on Friday that about 440 Britons were ",
    ),
    (
        "bbc:politics/229",
        "The family of an Iraqi civilian allegedly killed by UK troops have won a",
    ),
    (
        "bbc:sport/245",
        "A car bomb exploded in a street outside the stadium and 17 people were s",
    ),
    (
        "bbc:tech/002",
        "Laws on net cafe opening hours and who can use them were introduced in 2",
    ),
    (
        "bbc:tech/401",
        "Nearly most of South Koreans are addicted to online games, and one Korea",
    ),
];

struct Hit {
    doc: String,
    sentence: String,
    line: String,
}

/// Knuth's MMIX linear congruential generator: fixed seed, no dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

fn corpus(
    path: &PathBuf,
    field: &str,
    id_field: &str,
    unwrap: bool,
) -> Result<Vec<(String, String)>, Box<dyn Error>> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let raw = sitrep_ingest::capped::gunzip_capped(&bytes, LIMIT)?;
    let text = String::from_utf8_lossy(&raw);
    let mut docs = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let Some(body) = v.get(field).and_then(|b| b.as_str()) else {
            continue;
        };
        let id = match v.get(id_field) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => String::new(),
        };
        let body = if unwrap {
            body.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            body.to_owned()
        };
        docs.push((id, body));
    }
    Ok(docs)
}

/// Picks `n` distinct indices below `len` by a partial Fisher-Yates shuffle seeded with
/// `seed`, returned in increasing (corpus) order.
fn draw(len: usize, n: usize, seed: u64) -> Result<Vec<usize>, Box<dyn Error>> {
    let mut rng = Lcg(seed);
    let mut order: Vec<usize> = (0..len).collect();
    let take = n.min(order.len());
    for i in 0..take {
        let span = (order.len() - i) as u64;
        let j = i + usize::try_from(rng.next() % span)?;
        order.swap(i, j);
    }
    let mut picked: Vec<usize> = order.into_iter().take(take).collect();
    picked.sort_unstable();
    Ok(picked)
}

/// Command line: `[N] [SEED]` positionally, `--exclude-seed S[:M]` any number of times, and
/// `--exclude-first-round`.
struct Opts {
    n: usize,
    seed: u64,
    /// (seed, size) of each sample whose sentences are removed from the pool.
    exclude: Vec<(u64, usize)>,
    /// Remove the sentences in [`FIRST_ROUND`] too.
    first_round: bool,
}

impl Opts {
    fn parse(args: impl Iterator<Item = String>) -> Result<Opts, Box<dyn Error>> {
        let mut positional = Vec::new();
        let mut exclude = Vec::new();
        let mut first_round = false;
        let mut args = args;
        while let Some(a) = args.next() {
            if a == "--exclude-seed" {
                let v = args
                    .next()
                    .ok_or("--exclude-seed needs a value: SEED or SEED:SIZE")?;
                let (s, m) = v.split_once(':').unwrap_or((v.as_str(), "100"));
                exclude.push((s.parse()?, m.parse()?));
            } else if a == "--exclude-first-round" {
                first_round = true;
            } else if a.starts_with("--") {
                return Err(format!("unknown option {a}").into());
            } else {
                positional.push(a);
            }
        }
        if positional.len() > 2 {
            return Err("at most two positional arguments: N SEED".into());
        }
        let mut positional = positional.into_iter();
        let n = positional.next().map_or(Ok(100), |a| a.parse())?;
        let seed = positional.next().map_or(Ok(2025), |a| a.parse())?;
        Ok(Opts {
            n,
            seed,
            exclude,
            first_round,
        })
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let opts = Opts::parse(std::env::args().skip(1))?;
    let (n, seed) = (opts.n, opts.seed);
    let data = std::env::var_os("SITREP_DATA")
        .map_or_else(|| PathBuf::from("../shared/data"), PathBuf::from);
    let sources = [
        (
            "reuters",
            data.join("reuters-21578/reuters21578.jsonl.gz"),
            "body",
            "newid",
            true,
        ),
        (
            "bbc",
            data.join("bbc-news-2225/bbc-news-2225.jsonl.gz"),
            "text",
            "id",
            false,
        ),
    ];
    let mut hits = Vec::new();
    let mut sentences = 0usize;
    for (name, path, field, id_field, unwrap) in &sources {
        for (id, body) in corpus(path, field, id_field, *unwrap)? {
            for s in split(&body, &SplitConfig::default()) {
                sentences += 1;
                let Some(sentence) = s.range.slice(&body) else {
                    continue;
                };
                for m in find_casualties_in(&body, s.range) {
                    let max = m.count.max.map(|x| format!("={x}")).unwrap_or_default();
                    let line = format!(
                        "{} {}..{} who={} by={} figure=\"{}\" span=\"{}\"",
                        m.kind.as_str(),
                        m.count.min,
                        max,
                        m.who.as_deref().unwrap_or("-"),
                        m.claimed_by.as_deref().unwrap_or("-"),
                        m.range.slice(&body).unwrap_or("?"),
                        m.span.slice(&body).unwrap_or("?"),
                    );
                    hits.push(Hit {
                        doc: format!("{name}:{id}"),
                        sentence: sentence.to_owned(),
                        line,
                    });
                }
            }
        }
    }
    println!("sentences: {sentences}, extractions: {}", hits.len());
    // Sentences shown by the excluded samples, each drawn from the full pool as it was printed.
    let mut read: HashSet<&str> = HashSet::new();
    for &(s, m) in &opts.exclude {
        for i in draw(hits.len(), m, s)? {
            if let Some(hit) = hits.get(i) {
                read.insert(hit.sentence.as_str());
            }
        }
    }
    if opts.first_round {
        for hit in &hits {
            let text = hit.sentence.trim();
            if FIRST_ROUND.iter().any(|(_, start)| text.starts_with(start)) {
                read.insert(hit.sentence.as_str());
            }
        }
    }
    let pool: Vec<usize> = (0..hits.len())
        .filter(|&i| {
            hits.get(i)
                .is_some_and(|h| !read.contains(h.sentence.as_str()))
        })
        .collect();
    if !opts.exclude.is_empty() || opts.first_round {
        let mut samples: Vec<String> = opts
            .exclude
            .iter()
            .map(|(s, m)| format!("{s}:{m}"))
            .collect();
        if opts.first_round {
            samples.push("first round".to_owned());
        }
        println!(
            "excluded (samples {}): {} sentences read, {} extractions; unseen pool: {} extractions",
            samples.join(", "),
            read.len(),
            hits.len() - pool.len(),
            pool.len()
        );
    }
    let picked: Vec<usize> = draw(pool.len(), n, seed)?
        .into_iter()
        .filter_map(|p| pool.get(p).copied())
        .collect();
    for (k, i) in picked.into_iter().enumerate() {
        let Some(hit) = hits.get(i) else { continue };
        println!(
            "\n#{} [{}] {}\n    {}",
            k + 1,
            hit.doc,
            hit.line,
            hit.sentence
        );
    }
    Ok(())
}
