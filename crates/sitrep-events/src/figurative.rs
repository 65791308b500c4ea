//! Words of violence that news also uses for other things: "a box-office hit", "a court
//! battle", "Labour attacked the plans", "the film was shot in Cape Town", "the gadget
//! explosion". A coding of force (roots 18 to 20) on one of these words stands only when the
//! sentence anchors it in physical violence; otherwise it is criticism or nothing.
//!
//! The anchors, any one of which is enough:
//! - an armed actor anywhere in the sentence (soldiers, police, rebels, an armed group);
//! - a word of weapons, casualties or armed people other than the act's own word ("killed",
//!   "wounded", "gunmen", "missiles", "troops", "deadly"), or "broke out" / "erupted";
//! - a modifier of fighting right before the word ("heavy fighting", "border clashes");
//! - for attacks, fights and hits, a state named as such acting on another ("Russia attacked
//!   Ukraine"); for attacks and blasts, a physical target ("a convoy", "the embassy") or
//!   people ("a man was attacked"); for attacks and fights, a crowd ("villagers attacked",
//!   "rival supporters clashed"); for fights, a town or country named as where it happened
//!   ("clashed in Gujarat"; not a court, bid or election battle there).
//!
//! Shooting is read the other way round: it stands unless the sentence is about filming, sport
//! or hunting ("shot in Cape Town in the Xhosa language", "the shot put") with no anchor.
//!
//! Without an anchor, a verb of attacking whose doer is an official, a party, a firm, a union
//! or a state is criticism (111: "Airlines have attacked the legislation", "the opposition
//! leader attacked the government for failing to ..."); anything else is no event ("a fierce
//! bid battle", "hits from his back catalogue", "the worst hit areas", "Western firms are
//! mounting a fight for market share"). Rows of several words ("attack ... with ... sticks",
//! "came under attack") say their sense and are not weighed.

/// Which sense test a word takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// "hit": success, harm and chance as often as a blow.
    Hit,
    /// "attack", "raid", "target": criticism, marketing and sport as often as force.
    Attack,
    /// "fight", "battle", "clash": courts, markets, elections and sport as often as war.
    Contest,
    /// "shoot", "shot": films, photos, sport and hunting.
    Shoot,
    /// "explosion", "blast": growth and sport ("blasts an ace").
    Blast,
}

/// How a word of violence is read in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Physical force, as coded.
    Force,
    /// Words against someone: criticism (111).
    Criticism,
    /// Not violence, and no event.
    Figurative,
}

/// What the coder knows of the sentence around one coding of force.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scene<'a> {
    /// The sentence's words, lower-case.
    pub words: &'a [String],
    /// The first and one-past-last token of the act's own words.
    pub act: (usize, usize),
    /// Some actor of the sentence is armed.
    pub armed: bool,
    /// The source is a country named as such and the target another country.
    pub states: bool,
    /// The source is a country named as such ("Israel began its offensive").
    pub state_source: bool,
    /// The target is a country or place named by its name, not an adjective ("attacked Gaza").
    pub place_target: bool,
    /// That place, or a town by its name, stands right after the act ("hit Gaza", "attacked
    /// Kharkiv").
    pub object_place: bool,
    /// The source's words end right before the act ("an Israeli attack").
    pub source_before: bool,
    /// Whether each word is a capitalised word inside its clause (a name).
    pub names: &'a [bool],
    /// The source is named and not armed.
    pub unarmed_source: bool,
    /// The act's word is a noun ("the attack", "a fight").
    pub noun: bool,
    /// The sentence places something in a town, capital or country by name ("in Gujarat").
    pub placed: bool,
}

/// The family of a coded act's first word, if it is one that news uses figuratively.
pub(crate) fn family(word: &str) -> Option<Family> {
    Some(match word {
        "hit" | "hits" | "hitting" => Family::Hit,
        "attack" | "attacks" | "attacked" | "attacking" | "raid" | "raids" | "raided"
        | "raiding" | "target" | "targets" | "targeted" | "targeting" | "targetted"
        | "offensive" | "stab" | "bombarded" | "bombarding" | "bombard" => Family::Attack,
        "fight" | "fights" | "fighting" | "fought" | "battle" | "battles" | "battled"
        | "battling" | "clash" | "clashes" | "clashed" | "clashing" | "crush" | "crushed"
        | "crushing" => Family::Contest,
        "shot" | "shoot" | "shoots" | "shooting" => Family::Shoot,
        "explosion" | "explosions" | "blast" | "blasts" => Family::Blast,
        _ => return None,
    })
}

/// Words of death and harm, which say nothing of who caused it ("killed", "injured",
/// "damaged"): they anchor a word of violence, but not a toll in a disaster's report.
const HARM: &[&str] = &[
    "killed",
    "kill",
    "kills",
    "killing",
    "killings",
    "dead",
    "death",
    "deaths",
    "died",
    "wounded",
    "injured",
    "injuring",
    "injuries",
    "casualties",
    "hospital",
    "destroyed",
    "damaged",
];

/// Words of weapons, armed people and violence ("gunmen", "missiles", "deadly", "riots"). With
/// [`HARM`], they put a sentence in the world of physical violence. ("war" is not one: price
/// wars, wars of words and the war on drugs.)
const FORCE: &[&str] = &[
    "wounding",
    "bomb",
    "bombs",
    "bombing",
    "bombings",
    "bomber",
    "bombers",
    "bombed",
    "explosive",
    "explosives",
    "grenade",
    "grenades",
    "gun",
    "guns",
    "gunman",
    "gunmen",
    "gunfire",
    "gunshot",
    "gunshots",
    "rifle",
    "rifles",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "shelling",
    "mortar",
    "mortars",
    "artillery",
    "tanks",
    "airstrike",
    "airstrikes",
    "warplanes",
    "drones",
    "weapon",
    "weapons",
    "knife",
    "knives",
    "machete",
    "machetes",
    "stabbed",
    "stabbing",
    "troops",
    "soldier",
    "soldiers",
    "militant",
    "militants",
    "insurgent",
    "insurgents",
    "rebel",
    "rebels",
    "militia",
    "militias",
    "militiamen",
    "terrorist",
    "terrorists",
    "army",
    "armed",
    "ambush",
    "hostage",
    "hostages",
    "violent",
    "violence",
    "deadly",
    "bloody",
    "massacre",
    "civilians",
    "police",
    "policemen",
    "riot",
    "riots",
    "rioters",
    "mob",
    "erupted",
    "erupting",
    "flared",
    "bullet",
    "bullets",
    "sniper",
    "snipers",
    "shots",
    "shooting",
    "shootings",
    "gunplay",
    "fatal",
    "firebomb",
    "firebombs",
    "arson",
    "ablaze",
    "torched",
    "looted",
    "rioting",
    "pirate",
    "pirates",
    "hijack",
    "hijacked",
    "hijacking",
    "hijackers",
    "blood",
    "firing",
    "hurt",
    "cartel",
    "cartels",
    "gang",
    "gangs",
];

/// Acts that, right after "the" and ending their phrase, name a known act of force ("Tel Aviv
/// condemned the attack", "concern over the fighting", "the raid drew condemnation").
const REFERENCES: &[&str] = &[
    "attack",
    "attacks",
    "fighting",
    "clash",
    "clashes",
    "raid",
    "raids",
    "offensive",
    "explosion",
    "explosions",
    "blast",
    "blasts",
];

/// Determiners of a known act ("the attack", "this raid"; not "a fight for the future").
const KNOWN: &[&str] = &["the", "this", "that", "these", "those", "such", "an", "a"];

/// Words that may follow such an act and still end its phrase ("the attack on its office",
/// "the clash was", "the fighting in Gaza").
const AFTER_KNOWN: &[&str] = &[
    ".", ",", ";", ":", "?", "!", ")", "\"", "'", "''", "on", "by", "at", "that", "which", "was",
    "were", "is", "are", "has", "had", "killed", "left", "drew",
];

/// Prepositions that end a known act's phrase before a name ("the fighting in Gaza").
const BEFORE_NAME: &[&str] = &["in", "near", "outside", "inside"];

/// Physical targets of an attack or a blast ("attacked a convoy", "a blast at the market").
const TARGETS: &[&str] = &[
    "village",
    "villages",
    "town",
    "towns",
    "convoy",
    "convoys",
    "checkpoint",
    "checkpoints",
    "camp",
    "camps",
    "base",
    "bases",
    "embassy",
    "embassies",
    "consulate",
    "mosque",
    "mosques",
    "church",
    "churches",
    "temple",
    "synagogue",
    "market",
    "marketplace",
    "post",
    "posts",
    "outpost",
    "barracks",
    "compound",
    "patrol",
    "positions",
    "station",
    "ship",
    "ships",
    "vessel",
    "tanker",
    "bus",
    "train",
    "airport",
    "hotel",
    "school",
    "pipeline",
    "refinery",
    "offices",
    "headquarters",
    "port",
    "ports",
    "shops",
    "hospitals",
    "schools",
    "home",
    "homes",
    "houses",
    "building",
    "buildings",
    "bank",
    "terminal",
    "platform",
    "platforms",
    "tankers",
    "shipping",
    "rig",
    "rigs",
    "clinic",
    "clinics",
    "vessels",
    "boat",
    "boats",
    "warship",
    "warships",
    "hospital",
    "consulates",
    "installations",
    "oilfield",
    "oilfields",
    "barges",
];

/// Words before "offensive" that make it a campaign of words or trade ("a charm offensive").
const CAMPAIGNS: &[&str] = &[
    "charm",
    "sales",
    "diplomatic",
    "media",
    "marketing",
    "advertising",
    "publicity",
    "peace",
];

/// People attacked: an attack on a person is a blow, not words ("a woman was attacked").
pub(crate) const PEOPLE: &[&str] = &[
    "man",
    "men",
    "woman",
    "women",
    "boy",
    "boys",
    "girl",
    "girls",
    "person",
    "teenager",
    "teenagers",
    "child",
    "children",
    "passengers",
    "worshippers",
    "pedestrians",
    "tourists",
    "journalists",
    "reporters",
    "farmers",
    "workers",
    "team",
    "villagers",
    "residents",
    "civilians",
    "students",
    "officers",
    "pilgrims",
    "shoppers",
    "fishermen",
];

/// Crowds and bands whose attacks and clashes are blows, not words ("villagers attacked a
/// team of health workers", "rival supporters clashed", "settlers attacked farmers").
const CROWDS: &[&str] = &[
    "villagers",
    "settlers",
    "supporters",
    "protesters",
    "protestors",
    "demonstrators",
    "rioters",
    "youths",
    "mob",
    "mobs",
    "crowd",
    "crowds",
    "gangs",
    "thugs",
    "vigilantes",
    "invaders",
    "hindus",
    "muslims",
    "christians",
];

/// Words before a contest that make it one of courts, markets, politics or words ("a court
/// battle in London", "a bid battle", "the election fight").
const CONTESTS_ELSEWHERE: &[&str] = &[
    "court",
    "legal",
    "bid",
    "takeover",
    "boardroom",
    "price",
    "ratings",
    "chart",
    "election",
    "electoral",
    "political",
    "custody",
    "copyright",
    "patent",
    "libel",
    "verbal",
    "trade",
    "tariff",
    "budget",
    "leadership",
    "title",
    "cup",
    "league",
    "bus",
];

/// Words right before "hit" that make it harm suffered, not a blow ("the worst hit areas").
const SUFFERED: &[&str] = &["worst", "hardest", "hard", "badly", "severely", "worst-"];

/// What an explosion does when it is one ("the explosion occurred at a bank branch").
const BLAST_VERBS: &[&str] = &[
    "occurred",
    "happened",
    "ripped",
    "rocked",
    "went",
    "shook",
    "tore",
    "struck",
    "hit",
    "killed",
    "injured",
    "wounded",
    "destroyed",
    "damaged",
];

/// Words before "attack" that make it a verb ("vowed to attack", "would attack").
const BEFORE_VERB: &[&str] = &[
    "to", "will", "would", "could", "should", "may", "might", "must", "did", "not", "never", "ever",
];

/// Words right before fighting that make it fighting ("heavy fighting", "border clashes").
const FIGHTING_MODIFIERS: &[&str] = &[
    "heavy",
    "fierce",
    "intense",
    "renewed",
    "fresh",
    "further",
    "sporadic",
    "street",
    "armed",
    "bloody",
    "deadly",
    "violent",
    "pitched",
    "factional",
    "tribal",
    "ethnic",
    "sectarian",
    "border",
    "cross-border",
    "gun",
    "military",
];

/// Words of filming, photography, sport and hunting, the other worlds of shooting.
const SHOOTING_ELSEWHERE: &[&str] = &[
    "film",
    "films",
    "movie",
    "movies",
    "drama",
    "documentary",
    "actor",
    "actors",
    "actress",
    "director",
    "opera",
    "album",
    "charts",
    "forehand",
    "backhand",
    "photos",
    "pictures",
    "hunt",
    "hunting",
    "animals",
    "deer",
    "birds",
    "foxes",
];

/// Whether word `k` is the act's word itself ("attacks" does not anchor "attacks"; "knife"
/// anchors "attacking a woman with a knife").
fn own(scene: &Scene<'_>, k: usize) -> bool {
    k == scene.act.0
}

/// How the act at `scene.act` is read, for a word of `family`.
pub(crate) fn read(family: Family, scene: &Scene<'_>) -> Reading {
    let words = scene.words;
    let any = |list: &[&str]| {
        words
            .iter()
            .enumerate()
            .any(|(k, w)| !own(scene, k) && list.contains(&w.as_str()))
    };
    let broke_out = words.windows(2).any(|p| {
        matches!(p, [a, b] if matches!(a.as_str(), "broke" | "broken" | "breaks") && b == "out")
    });
    let violence = scene.armed || any(HARM) || any(FORCE) || broke_out;
    if family == Family::Shoot {
        return if violence || !any(SHOOTING_ELSEWHERE) {
            Reading::Force
        } else {
            Reading::Figurative
        };
    }
    let before = scene
        .act
        .0
        .checked_sub(1)
        .and_then(|k| words.get(k))
        .map_or("", String::as_str);
    let modified = FIGHTING_MODIFIERS.contains(&before);
    let head = words.get(scene.act.0).map_or("", String::as_str);
    let after = words.get(scene.act.1).map_or("", String::as_str);
    // ("an Israeli attack", "its offensive", "raids"; not "attacked the plan".)
    let nominal = scene.noun
        || scene.source_before
        || matches!(head, "attacks" | "offensive" | "raid" | "raids");
    let known = REFERENCES.contains(&head)
        && KNOWN.contains(&before)
        && (after.is_empty()
            || AFTER_KNOWN.contains(&after)
            || (BEFORE_NAME.contains(&after) && scene.names.get(scene.act.1 + 1) == Some(&true)));
    let crowd = any(CROWDS);
    // "for" and a gerund after the act: what someone is attacked for doing.
    let blamed_for = (scene.act.1..scene.act.1 + 6).any(|k| {
        words.get(k).is_some_and(|w| w == "for")
            && words.get(k + 1).is_some_and(|w| w.ends_with("ing"))
    });
    // ("clashed in the streets of Osh", "fought pitched battles in Bamako": a fight
    // placed somewhere by name, not a court or market contest.)
    let placed_fight = scene.placed && !CONTESTS_ELSEWHERE.contains(&before);
    let anchored = violence
        || modified
        || known
        || match family {
            Family::Attack => {
                scene.states
                    || scene.place_target
                    || scene.object_place
                    || crowd
                    || (nominal
                        && scene.state_source
                        && (scene.source_before || matches!(before, "its" | "their"))
                        && !CAMPAIGNS.contains(&before))
                    || any(TARGETS)
                    // ("attacked students for blocking the campus": blamed in words.)
                    || (head.starts_with("attack") && any(PEOPLE) && !blamed_for)
                    // ("a mistake for Israel to attack.": an attack on no one named in
                    // words, as criticism always is, is one of force.)
                    || (matches!(head, "attack" | "attacked" | "attacking")
                        && matches!(after, "" | "." | "!" | "?" | ";"))
            }
            Family::Contest => scene.states || crowd || placed_fight,
            Family::Blast => any(TARGETS) || BLAST_VERBS.contains(&after),
            Family::Hit => {
                scene.states || scene.object_place || (any(TARGETS) && !SUFFERED.contains(&before))
            }
            Family::Shoot => false,
        };
    // ("attacked the plans", "vowed to attack him"; not "the attack", "savage attacks".)
    let verb_of_attack = matches!(head, "attacked" | "attacking")
        || (head == "attack" && BEFORE_VERB.contains(&before));
    if anchored {
        Reading::Force
    } else if verb_of_attack && !scene.noun && scene.unarmed_source {
        Reading::Criticism
    } else {
        Reading::Figurative
    }
}

/// Natural disasters, whose reports tell tolls ("The worst-hit areas are Sri Lanka and India,
/// with at least 3,000 people killed"). Not "crash", "collapse" or "storm", which markets,
/// talks and troops share.
const DISASTERS: &[&str] = &[
    "earthquake",
    "earthquakes",
    "quake",
    "quakes",
    "aftershock",
    "aftershocks",
    "tremor",
    "temblor",
    "tsunami",
    "tsunamis",
    "hurricane",
    "hurricanes",
    "cyclone",
    "cyclones",
    "typhoon",
    "typhoons",
    "tornado",
    "tornadoes",
    "floods",
    "flooding",
    "floodwaters",
    "landslide",
    "landslides",
    "mudslide",
    "mudslides",
    "avalanche",
    "avalanches",
    "eruption",
    "volcano",
    "wildfire",
    "wildfires",
    "bushfire",
    "bushfires",
    "drought",
    "famine",
    "epicentre",
    "epicenter",
];

/// Whether `sentence` names a natural disaster, as a whole word in any case.
pub fn names_disaster(sentence: &str) -> bool {
    static AUTOMATON: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let automaton = AUTOMATON.get_or_init(|| whole_word_automaton(DISASTERS));
    has_whole_word(automaton.as_ref(), sentence)
}

/// A case-insensitive automaton over `words` (none if it cannot be built, which a fixed list
/// of words never makes happen).
pub(crate) fn whole_word_automaton(words: &[&str]) -> Option<aho_corasick::AhoCorasick> {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(words)
        .ok()
}

/// Whether the automaton finds one of its words in `text` standing as a whole word (no letter
/// or digit right before or after it: "quake" in "a quake", not in "Quakers").
pub(crate) fn has_whole_word(automaton: Option<&aho_corasick::AhoCorasick>, text: &str) -> bool {
    let Some(automaton) = automaton else {
        return false;
    };
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    automaton.find_overlapping_iter(text).any(|m| {
        let before = text.get(..m.start()).and_then(|t| t.chars().next_back());
        let after = text.get(m.end()..).and_then(|t| t.chars().next());
        !alnum(before) && !alnum(after)
    })
}

/// Whether a coding of `sentence` is a toll with no one behind it: a killing (coded force)
/// with no source, no armed side, and no word of weapons or armed people but its own ("with
/// at least 3,000 people killed", "the cyclone killed about 900 people"). In a report of a
/// disaster it is the disaster's toll, not violence.
pub fn unclaimed_toll(c: &crate::Coding, sentence: &str) -> bool {
    if c.source.is_some() || !matches!(c.root(), "18" | "19" | "20") {
        return false;
    }
    let armed_target = c.target.as_ref().is_some_and(|t| {
        let role = t.code.get(3..).unwrap_or("");
        ["MIL", "COP", "REB", "INS", "SPY", "UAF"]
            .iter()
            .any(|r| role.starts_with(r))
    });
    let head = c
        .verb_range
        .slice(sentence)
        .and_then(|v| v.split_whitespace().next())
        .unwrap_or("")
        .to_lowercase();
    let kill = matches!(
        head.as_str(),
        "killed" | "kill" | "kills" | "killing" | "dead" | "died"
    );
    let tokens = sitrep_text::tokenize(sentence, sitrep_model::TextRange::new(0, sentence.len()));
    let anchored = crate::rule::lower_words(sentence, &tokens).iter().any(|w| {
        *w != head
            && (FORCE.contains(&w.as_str())
                || TARGETS.contains(&w.as_str())
                || family(w).is_some_and(|f| matches!(f, Family::Attack | Family::Contest)))
    });
    kill && !armed_target && !anchored
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scene(words: &[String], act: usize) -> Scene<'_> {
        Scene {
            words,
            act: (act, act + 1),
            armed: false,
            states: false,
            state_source: false,
            place_target: false,
            object_place: false,
            source_before: false,
            names: &[],
            unarmed_source: true,
            noun: false,
            placed: false,
        }
    }

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_owned).collect()
    }

    /// How `text`'s word at `act` reads, with no actor named.
    fn reads(family: Family, text: &str, act: usize) -> Reading {
        read(family, &scene(&words(text), act))
    }

    #[test]
    fn force_needs_an_anchor() {
        for (family, text, act, reading) in [
            (
                Family::Blast,
                "the gadget explosion signalled growth",
                2,
                Reading::Figurative,
            ),
            (
                Family::Blast,
                "an explosion at the market killed five",
                1,
                Reading::Force,
            ),
            (
                Family::Contest,
                "heavy fighting in the north",
                1,
                Reading::Force,
            ),
            (
                Family::Contest,
                "fighting has broken out in the state",
                0,
                Reading::Force,
            ),
            (
                Family::Contest,
                "a fierce bid battle",
                3,
                Reading::Figurative,
            ),
            (
                Family::Hit,
                "a box-office hit in france",
                1,
                Reading::Figurative,
            ),
            (Family::Hit, "the first school was hit", 4, Reading::Force),
            (Family::Hit, "the worst hit schools", 2, Reading::Figurative),
            (
                Family::Attack,
                "chile condemned the attack .",
                3,
                Reading::Force,
            ),
            (Family::Attack, "the attack on its plans", 1, Reading::Force),
            (
                Family::Attack,
                "an attack for the ages",
                1,
                Reading::Figurative,
            ),
            // The act's own word is no anchor: "attacks" does not anchor "attacks".
            (
                Family::Attack,
                "phishing attacks have boomed",
                1,
                Reading::Figurative,
            ),
        ] {
            assert_eq!(reads(family, text, act), reading, "{text}");
        }
    }

    #[test]
    fn an_unarmed_attack_in_words_is_criticism() {
        let w = words("airlines have attacked the legislation");
        assert_eq!(read(Family::Attack, &scene(&w, 2)), Reading::Criticism);
        let armed = Scene {
            armed: true,
            ..scene(&w, 2)
        };
        assert_eq!(read(Family::Attack, &armed), Reading::Force);
        let w = words("russia attacked ukraine");
        let states = Scene {
            states: true,
            ..scene(&w, 1)
        };
        assert_eq!(read(Family::Attack, &states), Reading::Force);
        let w = words("savage attacks on pension rights");
        assert_eq!(read(Family::Attack, &scene(&w, 1)), Reading::Figurative);
    }

    #[test]
    fn shooting_stands_unless_it_is_filming_or_sport() {
        for (text, act, reading) in [
            ("a man was shot outside the studios", 3, Reading::Force),
            ("a film version shot in cape town", 3, Reading::Figurative),
            ("the film star was shot dead", 4, Reading::Force),
        ] {
            assert_eq!(reads(Family::Shoot, text, act), reading, "{text}");
        }
    }
}
