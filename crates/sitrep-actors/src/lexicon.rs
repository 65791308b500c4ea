//! The lexicon: TSV rows parsed into entries and surface forms, compiled to one matcher.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use sitrep_model::{ActorKind, ActorRef, TextRange};

use crate::Error;
use crate::fold::{Folded, fold, fold_mapped};

const COUNTRIES: &str = include_str!("../../../data/actors/countries.tsv");
const ORGANISATIONS: &str = include_str!("../../../data/actors/organisations.tsv");
const GROUPS: &str = include_str!("../../../data/actors/groups.tsv");
const INSTITUTIONS: &str = include_str!("../../../data/actors/institutions.tsv");
const ROLES: &str = include_str!("../../../data/actors/roles.tsv");
const PEOPLE: &str = include_str!("../../../data/actors/people.tsv");
const PEOPLE_RECENT: &str = include_str!("../../../data/actors/people_recent.tsv");
const NOT_ACTORS: &str = include_str!("../../../data/actors/not_actors.tsv");

/// The shipped files in the order they are read. People first: a country's or an
/// organisation's own name wins over a leader's alias; later leaders' rows replace the
/// generated ones, and the hand-written organisations the generated institutions.
const SHIPPED: [&str; 8] = [
    PEOPLE,
    PEOPLE_RECENT,
    COUNTRIES,
    INSTITUTIONS,
    ORGANISATIONS,
    GROUPS,
    ROLES,
    NOT_ACTORS,
];

/// Verbs of saying, official reaction and the acts of states: a capital right before one of
/// them stands for its government ("Islamabad said", "Kabul rejected", "Washington imposed
/// sanctions"). Verbs of sport ("Paris beat Lyon") are not here. Grammar, not lexicon, so kept
/// in code.
const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "stated",
    "states",
    "announced",
    "announces",
    "rejected",
    "rejects",
    "denied",
    "denies",
    "accused",
    "accuses",
    "warned",
    "warns",
    "condemned",
    "condemns",
    "urged",
    "urges",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "responded",
    "responds",
    "welcomed",
    "welcomes",
    "demanded",
    "demands",
    "called",
    "calls",
    "summoned",
    "summons",
    "protested",
    "protests",
    "dismissed",
    "dismisses",
    "blamed",
    "blames",
    "confirmed",
    "confirms",
    "agreed",
    "agrees",
    "refused",
    "refuses",
    "declared",
    "declares",
    "vowed",
    "vows",
    "threatened",
    "threatens",
    "told",
    "tells",
    "asked",
    "asks",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "expressed",
    "expresses",
    "voiced",
    "voices",
    "raised",
    "raises",
    "sought",
    "seeks",
    "pressed",
    "presses",
    "signed",
    "signs",
    "approved",
    "approves",
    "ordered",
    "orders",
    "maintained",
    "maintains",
    "offered",
    "offers",
    "retaliated",
    "hit",
    "pledged",
    "pledges",
    "plans",
    "intends",
    "wants",
    "signalled",
    "signaled",
    "countered",
    "replied",
    "cut",
    "imposed",
    "imposes",
    "expelled",
    "expels",
    "recalled",
    "recalls",
    "suspended",
    "suspends",
    "sent",
    "sends",
    "deployed",
    "deploys",
    "sanctioned",
    "blacklisted",
    "froze",
    "freezes",
    "banned",
    "closed",
    "closes",
    "withdrew",
    "signed",
    "approved",
    "approves",
    "hosted",
    "hosts",
    "backed",
    "backs",
    "launched",
    "ordered",
    "orders",
    "blocked",
    "lifted",
    "lifts",
    "eased",
    "recognised",
    "recognized",
    "invited",
    "invites",
    "promised",
    "promises",
    "sought",
    "seeks",
    "wants",
    "hopes",
    "fears",
    "believes",
    "deplored",
    "deplores",
    "vetoed",
    "vetoes",
    "severed",
    "severs",
    "halted",
    "halts",
    "downgraded",
    "boycotted",
    "boycotts",
    "deported",
    "sued",
    "lodged",
    "praised",
    "praises",
    "thanked",
    "supplied",
    "supplies",
    "delivered",
    "delivers",
    "provided",
    "provides",
    "reiterated",
    "reiterates",
    "stressed",
    "stresses",
    "appealed",
    "appeals",
    "renewed",
    "resumed",
    "restored",
    "established",
    "slapped",
    "tightened",
    "extended",
    "postponed",
    "cancelled",
    "canceled",
    "accepted",
    "accepts",
    "objected",
    "objects",
    "disputed",
    "disputes",
    "questioned",
    "questions",
    "reaffirmed",
    "rolled",
    "played",
    "granted",
    "gave",
    "handed",
    "dispatched",
    "airlifted",
    "donated",
    "described",
    "describes",
    "freed",
    "released",
    "releases",
    "pardoned",
    "jailed",
    "executed",
    "fined",
    "arrested",
    "detained",
    "extradited",
    "normalised",
    "normalized",
    "hailed",
    "slammed",
    "rebuffed",
    "spurned",
    "brushed",
    "shrugged",
    "ruled",
    "scrapped",
    "revoked",
    "relaxed",
    "allowed",
    "stepped",
    "pulled",
    "reopened",
    "renounced",
    "endorsed",
    "snubbed",
    "mobilised",
    "mobilized",
    "massed",
    "reinforced",
    "invaded",
    "annexed",
    "seized",
    "occupied",
    "shelled",
    "bombed",
    // Verbs of reaction and state acts after capitals ("Tehran
    // decried", "The Kremlin castigated Washington").
    "decried",
    "decries",
    // "Beijing defended Pakistan's record", "Ankara brokered the deal".
    "defended",
    "defends",
    "supported",
    "supports",
    "opposed",
    "opposes",
    "congratulated",
    "apologised",
    "apologized",
    "complained",
    "complains",
    "lobbied",
    "brokered",
    "mediated",
    "negotiated",
    "castigated",
    "castigates",
    "lambasted",
    "lambasts",
    "chided",
    "chides",
    "berated",
    "censured",
    "reprimanded",
    "cautioned",
    "cautions",
    "proposed",
    "proposes",
    "suggested",
    "suggests",
    "noted",
    "notes",
    "argued",
    "argues",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "conceded",
    "concedes",
    "retorted",
    "pointed",
    "heightened",
    "reacted",
    "intervened",
    "negotiated",
    "mediated",
    "brokered",
    "unveiled",
    "issued",
    "issues",
    // "Khartoum submitted a complaint to the Security Council", "Tel Aviv broke the
    // cease-fire".
    "submitted",
    "submits",
    "filed",
    "violated",
    "violates",
    "breached",
    "broke",
    "lent",
    "shut",
    "shuts",
    "kept",
    "keeps",
    "resumes",
    "reopens",
    "restores",
    "extends",
    "grants",
    "sealed",
    "seals",
    "renews",
    "tightens",
    // State acts found in the twenty-first session's wire probes ("Kabul pinned the blame";
    // not "declined", "waved aside" or "shelved", which clubs do too: "Spartak Moscow
    // declined an offer").
    "pinned",
    "heaped",
    "scoffed",
    "instituted",
    "furnished",
    // Twenty-second session ("Beijing lashed out at Tokyo", "Tokyo apologised").
    "lashed",
    "blasted",
    "apologised",
    "apologized",
];

/// Acts of states in talks, deals, aid and force: a capital right before one stands for its
/// government ("Washington and Amman held talks", "Ankara struck a deal", "Pyongyang has trained
/// hackers"), as before a speech verb; unlike those, a capital after one is not the subject of
/// what was said ("fired White House aide").
const STATE_ACT_VERBS: &[&str] = &[
    "held",
    "holds",
    "struck",
    "met",
    "meets",
    "reached",
    "concluded",
    "received",
    "lobbied",
    "loosened",
    "readied",
    "trained",
    "tried",
    "compensated",
    "turned",
    "fired",
    "attacked",
    "captured",
    "repatriated",
    "returned",
    "committed",
    "funded",
    "financed",
    "shipped",
    "barred",
    "defied",
    "flouted",
    "tested",
    "conducted",
    "staged",
    // "Tehran must stop enriching uranium, Paris insisted": the one a demand is made of.
    "must",
    "pressured",
    "pressuring",
    "pressures",
    "frozen",
    "freezes",
    // Twenty-second session ("Ankara ratified the accord", "Pretoria raided ANC bases").
    "upgraded",
    "ratified",
    "raided",
];

/// Verbs whose object, when a capital, is its government ("accused Kabul of", "urged
/// Islamabad to", "warned Washington"); verbs of movement ("arrived in Kabul") are not here.
const ADDRESS_VERBS: &[&str] = &[
    "accused",
    "accuses",
    "accusing",
    "urged",
    "urges",
    "urging",
    "warned",
    "warns",
    "warning",
    "told",
    "tells",
    "asked",
    "asks",
    "blamed",
    "blames",
    "blaming",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "condemned",
    "condemns",
    "praised",
    "praises",
    "thanked",
    "thanks",
    "pressed",
    "presses",
    "pressing",
    "pressured",
    "pressuring",
    "asking",
    "invited",
    "sanctioned",
    "threatened",
    "threatens",
    "informed",
    "assured",
    "reassured",
    "summoned",
    "congratulated",
    "lobbied",
    "snubbed",
    "sued",
    "rejected",
    "decried",
    "castigated",
    "lambasted",
    "chided",
    "berated",
    "censured",
    "reprimanded",
    "cautioned",
    "deplored",
    // Givers of arms and support ("will supply Kyiv with air defence systems", "backed
    // Moscow").
    "supply",
    "supplied",
    "supplies",
    "supplying",
    "armed",
    "arming",
    "backed",
    "backing",
    "supported",
    "supporting",
    "recognised",
    "recognized",
];

/// Verbs of rebuke: a capital before one is its government acting, after one its government
/// acted on ("Beijing rebuked Tokyo").
const REBUKE_VERBS: &[&str] = &[
    "rebuked",
    "rebukes",
    "denounced",
    "denounces",
    "slammed",
    "slams",
    "lambasted",
    "scolded",
];

/// What a capital's possessive makes its government's ("Washington's decision", "Moscow's
/// refusal"), not the city's ("Kabul's streets", "Moscow's mayor").
const STATE_ACTS: &[&str] = &[
    "decision",
    "announcement",
    "move",
    "refusal",
    "offer",
    "plan",
    "plans",
    "proposal",
    "demand",
    "demands",
    "request",
    "call",
    "calls",
    "position",
    "stance",
    "policy",
    "response",
    "rejection",
    "insistence",
    "support",
    "threat",
    "warning",
    "accusation",
    "accusations",
    "efforts",
];

/// Role nouns whose people, named "in" a capital, are of that capital's country ("officials
/// in Kabul", "police in Nairobi"); not forces, which may be anyone's ("troops in Kabul"), nor
/// diplomats and leaders, who are mostly foreigners posted or meeting there.
const LOCAL_PEOPLE: &[&str] = &[
    "officials",
    "official",
    "sources",
    "authorities",
    "police",
    "policemen",
    "protesters",
    "demonstrators",
    "students",
    "workers",
    "residents",
    "lawmakers",
    "prosecutors",
    "judges",
];

/// Capitals (folded) named like larger or better-known places elsewhere, never taken as the
/// place visited or struck.
const SHARED_CAPITAL_NAMES: &[&str] = &[
    "victoria",
    "hamilton",
    "kingston",
    "georgetown",
    "plymouth",
    "jamestown",
    "san jose",
    "santiago",
    "wellington",
];

/// Words before a capital that make it the place acted on or visited, which stands for its
/// country, not its government ("visited Kabul", "arrived in Canberra", "missiles struck Kyiv").
const PLACE_VERBS: &[&str] = &[
    "visit",
    "visits",
    "visited",
    "visiting",
    "visit to",
    "trip to",
    "arrival in",
    "arrived in",
    "arrives in",
    "arriving in",
    "travelled to",
    "traveled to",
    "travels to",
    "travel to",
    "travelling to",
    "traveling to",
    "fly to",
    "flying to",
    "head to",
    "heads to",
    "headed to",
    "heading to",
    "arrive in",
    "flew to",
    "flies to",
    "landed in",
    "went to",
    // "protested to Tirana": the state a protest is lodged with (not its government's
    // speech).
    "protested to",
    "protests to",
    "complained to",
    // "left for Moscow on Monday": a trip's destination.
    "left for",
    "leaves for",
    "leaving for",
    "leave for",
    "departed for",
    "departs for",
    "departing for",
    "set off for",
    "headed for",
    "heading for",
    "toured",
    "struck",
    "strikes",
    "hit",
    "hits",
    "attacked",
    "attacks",
    "shelled",
    "shelling",
    "bombed",
    "bombing",
    "pounded",
    "bombarded",
    "targeted",
    "besieged",
    "captured",
    "entered",
    "invaded",
    "fired on",
    "fired at",
    // "the Israeli bombing of Damascus" (not "on": "the attack on Kabul airport" names a site).
    "bombing of",
    "shelling of",
    "bombardment of",
    "siege of",
    "invasion of",
];

/// Verbs in "-ing" after which a capital before "is", "has been" or "will keep" stands for its
/// government ("Washington is pressing Cairo", "Tokyo is seeking the return", "Oslo will keep
/// pressing Britain"). After "is" or "was" only these count: "Moscow was hit" is the city.
const PROGRESSIVE_VERBS: &[&str] = &[
    "pressing",
    "pressuring",
    "urging",
    "demanding",
    "seeking",
    "insisting",
    "asking",
    "calling",
    "pushing",
    "lobbying",
    "threatening",
    "warning",
    "accusing",
    "considering",
    "refusing",
    "planning",
    "preparing",
    "negotiating",
    "offering",
    "backing",
    "blocking",
    // And the adjectives of a state's will: "Moscow is prepared to return the vessels",
    // "Tehran is ready to talk", "Beijing is opposed to".
    "prepared",
    "ready",
    "willing",
    "determined",
    "committed",
    "opposed",
];

/// Auxiliaries between a capital and a verb in "-ing" ("is", "has been", "will keep").
const PROGRESSIVE_AUX: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "been",
    "will",
    "would",
    "keep",
    "keeps",
    "continues",
    "still",
    "now",
];

/// Acts of state in the base form, after "will" or "would" (and "not"): a capital before them
/// stands for its government ("Washington will send troops", "Beijing would retaliate",
/// "Washington will not send troops"). Only there: "will sign Paris climate agreement" names no
/// French government.
const MODAL_STATE_VERBS: &[&str] = &[
    "provide",
    "send",
    "impose",
    "offer",
    "supply",
    "deliver",
    "retaliate",
    "respond",
    "host",
    "grant",
    "lift",
    "expel",
    "recognise",
    "recognize",
    "sign",
    "resume",
    "restore",
    "suspend",
    "withdraw",
    "deploy",
    "veto",
    "boycott",
];

/// Words that may stand between a capital and its speech verb ("Kabul has also rejected",
/// "Moscow on Tuesday said"), beside the weekdays of `sitrep_text::calendar`.
/// Phrases of time between a capital and its verb, passed over as one ("has in the past
/// denied"), folded.
const TIME_PHRASES: &[&str] = &[
    "in the past",
    "in recent days",
    "in recent weeks",
    "in recent months",
    "in recent years",
    "for years",
    "for months",
    "for weeks",
    "for decades",
    "on several occasions",
    "in a statement",
];

const SPEECH_SKIP: &[&str] = &[
    // "Washington has no plans to".
    "no",
    "has",
    "have",
    "had",
    "also",
    "later",
    "again",
    "on",
    "yesterday",
    "today",
    "tonight",
    "swiftly",
    "quickly",
    "strongly",
    "firmly",
    "flatly",
    "officially",
    "publicly",
    "repeatedly",
    "immediately",
    "reportedly",
    "however",
    "itself",
    "too",
    "then",
    "previously",
    "already",
    "formally",
    "finally",
    "sharply",
    "angrily",
    "bitterly",
];

/// Compass words that make one country of two in an elliptical pair ("North and South Korea").
const DIRECTIONS: &[&str] = &["North", "South", "East", "West"];

/// How many skip words may stand between a capital and its verb.
const MAX_SKIP: usize = 3;

/// The country a CAMEO-style code starts with: `USA` of `USAGOV`, `PSE` of `PSEREBHMS`, none
/// for an organisation's (`IGOUNO`, `NGO...`, `MNC...`) or an unknown one's (`---GOV`).
fn country_of_code(code: &str) -> Option<String> {
    let head = code.get(..3)?;
    let letters = head.bytes().all(|b| b.is_ascii_uppercase());
    (letters && !matches!(head, "IGO" | "NGO" | "MNC" | "IMG")).then(|| head.to_owned())
}

/// Whether text after a hyphen says whose side something is on ("-backed militias", "-led
/// coalition"), not where it sits ("-based analysts").
fn allegiance(rest: &str) -> bool {
    hyphen_word_in(
        rest,
        &[
            "backed",
            "led",
            "sponsored",
            "supported",
            "allied",
            "aligned",
            "brokered",
            "controlled",
            "dominated",
        ],
    )
}

/// Whether text after a hyphen says where a thing was made or someone born ("-made missile",
/// "-built plant", "-born cleric"; not who designed or produced it, "an Egyptian-designed
/// ceasefire plan").
fn origin(rest: &str) -> bool {
    hyphen_word_in(rest, &["made", "built", "manufactured", "grown", "born"])
}

/// Whether `rest`, the text after a hyphen, starts with one of `words` as a whole word.
fn hyphen_word_in(rest: &str, words: &[&str]) -> bool {
    words.iter().any(|p| {
        rest.strip_prefix(p)
            .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// Country names that are also first names.
const FIRST_NAME_COUNTRIES: &[&str] = &["Jordan", "Chad", "Georgia", "India"];

/// Words after a country name that keep it the country: titles, bodies and forces ("Chad
/// President", "Jordan Armed Forces", "India Foreign Ministry").
const AFTER_COUNTRY: &[&str] = &[
    "president",
    "prime",
    "premier",
    "king",
    "queen",
    "crown",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "army",
    "armed",
    "air",
    "navy",
    "military",
    "government",
    "ministry",
    "minister",
    "police",
    "national",
    "state",
    "central",
    "supreme",
    "security",
    "border",
];

/// Whether `surface`, a country's name that is also a first name, is one here: a capitalised
/// word follows that is no title, body, month or weekday ("Jordan Peterson criticized",
/// "Chad Johnson met", "Georgia Bennett, a lawyer").
fn first_name(surface: &str, rest: Option<&str>) -> bool {
    if !FIRST_NAME_COUNTRIES.contains(&surface) {
        return false;
    }
    next_capitalised(rest).is_some_and(|next| !AFTER_COUNTRY.contains(&next.as_str()))
}

/// The word right after a name, lower-cased, when it is capitalised and no month or weekday
/// ("Douglas McLendon", not "Kabul Sunday").
fn next_capitalised(rest: Option<&str>) -> Option<String> {
    let next = rest
        .and_then(|r| r.strip_prefix(' '))
        .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())?;
    let lower = next.to_lowercase();
    (next.starts_with(|c: char| c.is_uppercase())
        && !sitrep_text::calendar::is_month_or_weekday(&lower))
    .then_some(lower)
}

/// Whether `before` ends in a dotted abbreviation's letter (`U.S`, `U.K`): one capital after
/// a dot.
fn is_abbreviation(before: &str) -> bool {
    let mut rev = before.chars().rev();
    matches!((rev.next(), rev.next()), (Some(c), Some('.')) if c.is_ascii_uppercase())
}

/// Bodies a state keeps envoys at: "Pakistan's UN ambassador", "the Russian NATO envoy" are
/// the state's diplomats (government), not the body's. They stand between a country and a
/// role only before a diplomat's role ([`DIPLOMATS`]): "Pakistan's UN peacekeepers" stay
/// the UN's.
const FORUMS: &[&str] = &[
    "un",
    "u.n.",
    "united nations",
    "nato",
    "eu",
    "e.u.",
    "iaea",
    "osce",
    "wto",
    "opec",
    "asean",
    "oic",
    "au",
    "african union",
    "security council",
    "un security council",
    "general assembly",
    "un general assembly",
];

/// Roles of a state's diplomats, the only ones a body of [`FORUMS`] may stand before.
const DIPLOMATS: &[&str] = &["ambassador", "envoy", "delegation", "diplomats", "diplomat"];

/// Words that may qualify a role between a country and the role: "the Afghan caretaker
/// government", "Iran's new foreign minister", "Libya's interim authorities".
const ROLE_QUALIFIERS: &[&str] = &[
    "caretaker",
    "interim",
    "incumbent",
    "embattled",
    "current",
    "transitional",
    "acting",
    "new",
    "incoming",
    "outgoing",
    "ruling",
    "federal",
    "provincial",
    "civilian",
    // Standing: "Bangladesh's main opposition party", "Kenya's largest union".
    "main",
    "leading",
    "largest",
    "biggest",
    // Rank and portfolio: "the Zimbabwean information minister", "Iran's deputy foreign
    // minister", "senior Afghan officials".
    "deputy",
    "vice",
    "senior",
    "top",
    "chief",
    "information",
    "finance",
    "economy",
    "energy",
    "health",
    "education",
    "justice",
    "agriculture",
    "labour",
    "labor",
    "commerce",
    "culture",
    "tourism",
    "transport",
    "home",
    "environment",
    "planning",
    // Trade and branch: "Liberian riot police", "French paper workers", "British aid
    // workers", "Israeli border police", "Chinese steel workers".
    "riot",
    "border",
    "traffic",
    "secret",
    "aid",
    "oil",
    "steel",
    "coal",
    "paper",
    "factory",
    "textile",
    "construction",
    "dock",
    "port",
    "postal",
    "railway",
    "rail",
    "farm",
    "hospital",
    "bank",
    "airline",
    "truck",
    "bus",
    "taxi",
    "car",
    // "Israel's security cabinet", "Iraqi national security officials".
    "security",
    "national",
    "war",
    // Industry: "German engineering company", "a South Korean electronics maker", "Nigerian
    // telecom operator" (a business, not the government).
    "engineering",
    "electronics",
    "telecom",
    "telecoms",
    "telecommunications",
    "chemical",
    "chemicals",
    "mining",
    "pharmaceutical",
    "pharmaceuticals",
    "drug",
    "food",
    "retail",
    "shipping",
    "software",
    "technology",
    "tech",
    "auto",
    "equipment",
    "investment",
    "insurance",
    "media",
    "private",
    "commercial",
];

/// Words that may not stand between a country and a business noun ([`Lexicon::role_after`]):
/// function words ("Brazil and its bank advisory committee") and what a maker or operator makes
/// outside trade ("a Palestinian bomb maker", "U.S. policy makers", "a Russian drone operator").
const NOT_TRADE: &[&str] = &[
    "and", "or", "its", "the", "of", "to", "in", "a", "an", "with", "for", "their", "his", "her",
    "s", "by", "on", "at", "from", "is", "was", "has", "had", "will", "said", "bomb", "bombs",
    "policy", "decision", "drone", "drones", "peace", "tour", "film", "law", "radio", "mischief",
    "trouble",
];

/// An actor found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorMention {
    /// Byte range of the words that name the actor, role noun included ("Pakistani military").
    pub range: TextRange,
    /// The actor: `id`, canonical `name`, `country` (ISO alpha-3) and CAMEO-style `code`.
    pub actor: ActorRef,
    pub kind: ActorKind,
    /// The role phrase from the role table, e.g. `foreign minister`, when one followed.
    pub role: Option<String>,
    /// The text at `range`, as written.
    pub matched: String,
    /// True when a place name stands for a government ("Islamabad said").
    pub metonymic: bool,
}

/// What a surface form is, which decides how a match is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FormKind {
    /// A name or acronym of the entry.
    Name,
    /// A country adjective or demonym: may take a role noun after it.
    Adjective,
    /// A capital or seat of government: an actor only before a speech verb.
    Capital,
}

#[derive(Debug, Clone)]
struct Entry {
    code: String,
    name: String,
    kind: ActorKind,
    country: Option<String>,
    /// Periods in office (`terms` column: ISO dates, an empty end open), for a person whose
    /// code holds only then ([`Lexicon::date_people`]).
    terms: Vec<(String, String)>,
}

#[derive(Debug, Clone)]
struct Form {
    entry: usize,
    kind: FormKind,
    /// For acronyms and mixed-case short forms ("UN", "IS-K", "LeT"): the letters and digits
    /// the text must show in exactly this case.
    cased: Option<String>,
    /// The form has an upper-case letter: an all-lower-case text match is a common word
    /// ("turkey", "chad"), not this name.
    capitalised: bool,
    /// For a person's one-word form of five letters or fewer: its spellings, in lower case and
    /// without diacritics ([`crate::fold::spelling`]). A key that short folds common words
    /// with it ("Route" folds as "Rutte" does), so the text must spell the name as given.
    spellings: Vec<String>,
}

#[derive(Debug, Clone)]
struct Role {
    phrase: String,
    suffix: String,
    kind: ActorKind,
    label: String,
}

/// The compiled actor lexicon.
///
/// Build it once ([`Lexicon::builtin`], then [`Lexicon::extend_from_dir`] for user files) and
/// share it: [`Lexicon::find`] takes `&self`.
#[derive(Debug, Clone)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// Index of an entry by `(code, name)`: a later row with the same pair replaces it.
    by_id: HashMap<(String, String), usize>,
    /// Folded key to form. A later definition of a key takes it over.
    forms: HashMap<String, Form>,
    roles: HashMap<String, Role>,
    matcher: AhoCorasick,
    patterns: Vec<String>,
    role_matcher: AhoCorasick,
    role_patterns: Vec<String>,
    speech: HashSet<String>,
    /// [`STATE_ACT_VERBS`], folded.
    acts: HashSet<String>,
    progressive: HashSet<String>,
    progressive_aux: HashSet<String>,
    /// [`MODAL_STATE_VERBS`], folded.
    after_modal: HashSet<String>,
    /// "will", "would" and "not", folded once here rather than per word read.
    modals: [String; 2],
    not: String,
    /// [`ROLE_QUALIFIERS`], folded as the text is ("commerce" is "comerce").
    qualifiers: Vec<String>,
    /// [`FORUMS`], folded.
    forums: Vec<String>,
    skip: HashSet<String>,
    address: HashSet<String>,
    /// [`PLACE_VERBS`], folded.
    place: Vec<String>,
    /// Folded spellings that name several people (`bush`: George Bush and George W. Bush):
    /// every such person, so that a dated article takes the one in office
    /// ([`Lexicon::date_people`]).
    shared_names: HashMap<String, Vec<usize>>,
    /// Folded place names that contain an actor's name (`south china sea`, `new mexico`;
    /// `not_actors.tsv`), by each of their words: an actor found inside one is no actor.
    not_actors: HashMap<String, Vec<String>>,
}

impl Lexicon {
    /// The lexicon shipped in `data/actors/`: countries with adjectives and capitals,
    /// international organisations, armed groups, world leaders (`people.tsv`, then
    /// `people_recent.tsv`) and the role table.
    ///
    /// Fails only if the shipped data outgrows the matcher's limits.
    pub fn builtin() -> Result<Lexicon, Error> {
        let mut lex = Lexicon::empty()?;
        for text in SHIPPED {
            // The shipped files are checked by a test; a bad row is skipped, never fatal.
            let _problems = lex.add_tsv(text);
        }
        lex.compile()?;
        Ok(lex)
    }

    /// A lexicon with no entries, for tests and for users who bring their own files.
    pub fn empty() -> Result<Lexicon, Error> {
        Ok(Lexicon {
            entries: Vec::new(),
            by_id: HashMap::new(),
            forms: HashMap::new(),
            roles: HashMap::new(),
            matcher: build_matcher(&[])?,
            patterns: Vec::new(),
            role_matcher: build_matcher(&[])?,
            role_patterns: Vec::new(),
            speech: SPEECH_VERBS
                .iter()
                .chain(REBUKE_VERBS)
                .map(|v| fold(v))
                .collect(),
            acts: STATE_ACT_VERBS.iter().map(|v| fold(v)).collect(),
            progressive: PROGRESSIVE_VERBS.iter().map(|v| fold(v)).collect(),
            after_modal: MODAL_STATE_VERBS.iter().map(|v| fold(v)).collect(),
            modals: [fold("will"), fold("would")],
            not: fold("not"),
            qualifiers: ROLE_QUALIFIERS.iter().map(|v| fold(v)).collect(),
            forums: FORUMS.iter().map(|v| fold(v)).collect(),
            progressive_aux: PROGRESSIVE_AUX.iter().map(|v| fold(v)).collect(),
            skip: SPEECH_SKIP
                .iter()
                .chain(sitrep_text::calendar::WEEKDAYS.iter())
                .map(|v| fold(v))
                .collect(),
            address: ADDRESS_VERBS
                .iter()
                .chain(REBUKE_VERBS)
                .map(|v| fold(v))
                .collect(),
            place: PLACE_VERBS.iter().map(|v| fold(v)).collect(),
            shared_names: HashMap::new(),
            not_actors: HashMap::new(),
        })
    }

    /// Adds every `*.tsv` file of `dir`, in file-name order, then recompiles.
    ///
    /// Files use the shipped formats (see `data/actors/README.md`): a row whose `code` and
    /// `name` equal an existing entry's replaces it; any alias takes its spelling over from
    /// whatever entry had it before. A malformed row fails the whole call with its file and line.
    pub fn extend_from_dir(&mut self, dir: &Path) -> Result<(), Error> {
        let read = std::fs::read_dir(dir).map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let mut paths: Vec<PathBuf> = read
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            if let Some((line, message)) = self.add_tsv(&text).into_iter().next() {
                return Err(Error::Parse {
                    path,
                    line,
                    message,
                });
            }
        }
        self.compile()
    }

    /// How many actor entries and surface forms the lexicon holds.
    pub fn len(&self) -> (usize, usize) {
        (self.entries.len(), self.forms.len())
    }

    /// The country entry with CAMEO code `code` (`JPN`), as an actor.
    pub fn country(&self, code: &str) -> Option<ActorRef> {
        self.country_entry(code).map(|e| ActorRef {
            id: slug(&e.name),
            name: e.name.clone(),
            country: e.country.clone(),
            code: e.code.clone(),
        })
    }

    /// The lexicon's entry of the country with ISO code `code`.
    fn country_entry(&self, code: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.kind == ActorKind::Country && e.code == code)
    }

    /// The country (ISO alpha-3) whose capital or seat of government `name` is ("Athens" =
    /// `GRC`, "New Delhi" = `IND`), as the place where something happens. Not a capital named
    /// like larger or better-known places elsewhere ("Victoria", "Kingston"), nor a country's
    /// name or adjective, which [`Lexicon::find`] reports as actors.
    pub fn capital_country(&self, name: &str) -> Option<&str> {
        let folded = fold(name);
        if shared_capital(&folded) {
            return None;
        }
        let form = self.forms.get(&folded)?;
        let entry = self.entries.get(form.entry)?;
        (entry.kind == ActorKind::Country && form.kind == FormKind::Capital)
            .then_some(entry.country.as_deref())
            .flatten()
    }

    /// The country (ISO alpha-3) a place name stands for when it is a country's name or one of
    /// its capitals or seats of government ("ISLAMABAD" = `PAK`), for datelines; none for an
    /// adjective ("Israeli").
    pub fn place_country(&self, name: &str) -> Option<&str> {
        let form = self.forms.get(&fold(name))?;
        let entry = self.entries.get(form.entry)?;
        (entry.kind == ActorKind::Country && form.kind != FormKind::Adjective)
            .then_some(entry.country.as_deref())
            .flatten()
    }

    /// Parses one TSV file into the lexicon. Returns the problems as `(line, message)`.
    fn add_tsv(&mut self, text: &str) -> Vec<(usize, String)> {
        let mut problems = Vec::new();
        let mut header: Option<Vec<&str>> = None;
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
            let Some(cols) = &header else {
                header = Some(cells);
                continue;
            };
            let get = |name: &str| -> &str {
                cols.iter()
                    .position(|c| *c == name)
                    .and_then(|i| cells.get(i).copied())
                    .unwrap_or("")
            };
            let result = if cols.contains(&"role") && cols.contains(&"suffix") {
                self.add_role(get("role"), get("suffix"), get("kind"), get("label"))
            } else if cols.contains(&"phrase") {
                self.add_not_actor(get("phrase"))
            } else {
                self.add_actor_row(&get)
            };
            if let Err(message) = result {
                problems.push((line_no, message));
            }
        }
        if header.is_none() && !text.trim().is_empty() {
            problems.push((1, "no header row".to_owned()));
        }
        problems
    }

    fn add_not_actor(&mut self, phrase: &str) -> Result<(), String> {
        let key = fold(phrase);
        if key.is_empty() {
            return Err("a `phrase` row needs a phrase".to_owned());
        }
        for word in key.split(' ') {
            let list = self.not_actors.entry(word.to_owned()).or_default();
            if !list.contains(&key) {
                list.push(key.clone());
            }
        }
        Ok(())
    }

    /// Whether the folded words at `a..b` of `hay` lie inside one of the place names of
    /// `not_actors.tsv` ("china" in "the south china sea").
    fn inside_not_actor(&self, hay: &str, a: usize, b: usize) -> bool {
        let Some(words) = hay.get(a..b) else {
            return false;
        };
        let first = words.split(' ').next().unwrap_or(words);
        let Some(phrases) = self.not_actors.get(first) else {
            return false;
        };
        phrases.iter().any(|p| {
            p.match_indices(words).any(|(off, _)| {
                let (Some(before), Some(after)) = (p.get(..off), p.get(off + words.len()..)) else {
                    return false;
                };
                a >= before.len()
                    && hay.get(a - before.len()..a) == Some(before)
                    && hay.get(b..b + after.len()) == Some(after)
                    && (before.is_empty() || before.ends_with(' '))
                    && (after.is_empty() || after.starts_with(' '))
            })
        })
    }

    fn add_role(
        &mut self,
        role: &str,
        suffix: &str,
        kind: &str,
        label: &str,
    ) -> Result<(), String> {
        if role.is_empty() || suffix.is_empty() {
            return Err("a role row needs `role` and `suffix`".to_owned());
        }
        let kind = parse_kind(kind).unwrap_or(ActorKind::Government);
        let key = fold(role);
        let r = Role {
            phrase: role.to_owned(),
            suffix: suffix.to_owned(),
            kind,
            label: if label.is_empty() { role } else { label }.to_owned(),
        };
        // A plain plural so that "foreign ministers" and "governments" take the role too; a row
        // written for the plural itself keeps it.
        if !key.ends_with('s') {
            self.roles
                .entry(format!("{key}s"))
                .or_insert_with(|| r.clone());
        }
        self.roles.insert(key, r);
        Ok(())
    }

    fn add_actor_row<'a>(&mut self, get: &dyn Fn(&str) -> &'a str) -> Result<(), String> {
        let code = get("code");
        let name = get("name");
        if code.is_empty() || name.is_empty() {
            return Err("an actor row needs `code` and `name`".to_owned());
        }
        // A file without a `kind` column lists countries: their code is their country, or
        // its first three letters when it names a sector too (PETRARCH's `USAGOV` for "White
        // House" is of the USA); organisations (`IGO...`, `NGO...`, `MNC...`) have none.
        let kind_cell = get("kind");
        let (kind, country) = if kind_cell.is_empty() {
            (ActorKind::Country, country_of_code(code))
        } else {
            let kind =
                parse_kind(kind_cell).ok_or_else(|| format!("unknown kind {kind_cell:?}"))?;
            let country = Some(get("country")).filter(|c| !c.is_empty());
            (kind, country.map(str::to_owned))
        };
        let mut terms = Vec::new();
        for term in split_list(get("terms")) {
            let (from, to) = term
                .split_once("..")
                .ok_or_else(|| format!("term {term:?} is not FROM..TO"))?;
            let date = |d: &str| d.is_empty() || is_iso_date(d);
            if !date(from) || !date(to) {
                return Err(format!("term {term:?}: dates are YYYY-MM-DD"));
            }
            terms.push((from.to_owned(), to.to_owned()));
        }
        let entry = Entry {
            code: code.to_owned(),
            name: name.to_owned(),
            kind,
            country,
            terms,
        };
        let id = (entry.code.clone(), entry.name.clone());
        let idx = match self.by_id.get(&id) {
            Some(&idx) => {
                self.forms.retain(|_, f| f.entry != idx);
                if let Some(e) = self.entries.get_mut(idx) {
                    *e = entry;
                }
                idx
            }
            None => {
                self.entries.push(entry);
                let idx = self.entries.len() - 1;
                self.by_id.insert(id, idx);
                idx
            }
        };
        self.add_form(name, idx, FormKind::Name);
        for alias in split_list(get("aliases")) {
            self.add_form(alias, idx, FormKind::Name);
        }
        for adj in split_list(get("adjectives")) {
            self.add_form(adj, idx, FormKind::Adjective);
            let key = fold(adj);
            // "Afghans", "Pakistanis": a plain plural; "Chinese", "Turkish" have none.
            if !(key.ends_with('s') || key.ends_with("sh") || key.ends_with("ch")) {
                self.add_form(&format!("{adj}s"), idx, FormKind::Adjective);
            }
        }
        for cap in split_list(get("capitals")) {
            self.add_form(cap, idx, FormKind::Capital);
        }
        Ok(())
    }

    fn add_form(&mut self, surface: &str, entry: usize, kind: FormKind) {
        let key = fold(surface);
        if key.is_empty() {
            return;
        }
        let cased = cased_form(surface);
        let person = self
            .entries
            .get(entry)
            .is_some_and(|e| e.kind == ActorKind::Person);
        let spellings = if person && !key.contains(' ') && key.chars().count() <= 5 {
            vec![crate::fold::spelling(surface)]
        } else {
            Vec::new()
        };
        let form = Form {
            entry,
            kind,
            cased,
            capitalised: surface.chars().any(char::is_uppercase),
            spellings,
        };
        match self.forms.get_mut(&key) {
            // Two spellings of one entry with the same key ("NATO", "Nato"): the looser wins.
            Some(old) if old.entry == entry && old.kind == kind => {
                if form.cased.is_none() {
                    old.cased = None;
                }
                old.capitalised &= form.capitalised;
                if form.spellings.is_empty() {
                    old.spellings.clear();
                } else if !old.spellings.is_empty() {
                    old.spellings.extend(form.spellings);
                }
            }
            // A country name stays a name when its adjective spells the same.
            Some(old) if old.entry == entry && old.kind == FormKind::Name => {}
            Some(old) => {
                let people = [old.entry, entry].map(|e| {
                    self.entries
                        .get(e)
                        .is_some_and(|x| x.kind == ActorKind::Person)
                });
                if people == [true, true] {
                    let shared = self.shared_names.entry(key.clone()).or_default();
                    for e in [old.entry, entry] {
                        if !shared.contains(&e) {
                            shared.push(e);
                        }
                    }
                } else {
                    self.shared_names.remove(&key);
                }
                self.forms.insert(key, form);
            }
            None => {
                self.forms.insert(key, form);
            }
        }
    }

    fn compile(&mut self) -> Result<(), Error> {
        let mut keys: Vec<&String> = self.forms.keys().collect();
        keys.sort();
        self.patterns = keys.iter().map(|k| format!(" {k} ")).collect();
        self.matcher = build_matcher(&self.patterns)?;
        let mut roles: Vec<&String> = self.roles.keys().collect();
        roles.sort();
        self.role_patterns = roles.iter().map(|k| format!(" {k} ")).collect();
        self.role_matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&self.role_patterns)
            .map_err(|e| Error::Build(e.to_string()))?;
        Ok(())
    }

    /// Finds the actors named in `text`, in text order, without overlaps.
    ///
    /// Matching is on word boundaries over [`fold`]ed text; the longest match wins where two
    /// overlap. Acronyms match in their own case only, names in any case except all lower case
    /// ("turkey" is a bird); a person's one-word name of five letters or fewer only as the
    /// lexicon spells it, since so short a key folds common words with it ("Route" is not
    /// "Rutte"). A country name or adjective followed by a role noun becomes the
    /// role's actor ("Pakistani military" = `PAKMIL`); a capital is reported when a speech
    /// verb follows or an address verb precedes it ("Islamabad said", "urged Kabul" = the
    /// government, metonymic), or as its country when it is the place visited or struck
    /// ("arrived in Kabul", "missiles struck Kyiv", "the siege of Sarajevo"); elsewhere it is
    /// a place, no actor.
    pub fn find(&self, text: &str) -> Vec<ActorMention> {
        let mut found = self.find_plain(text);
        // "North and South Korea", "North and South Korean negotiators": the first half of an
        // elliptical pair names the country its direction makes with the shared rest.
        let mut extra = Vec::new();
        for m in &found {
            let Some((dir, rest)) = m.matched.split_once(' ') else {
                continue;
            };
            if !DIRECTIONS.contains(&dir) {
                continue;
            }
            let before = text.get(..m.range.start).unwrap_or("");
            let Some(head) = before.strip_suffix(" and ") else {
                continue;
            };
            let other = head.rsplit(' ').next().unwrap_or(head);
            if other == dir || !DIRECTIONS.contains(&other) {
                continue;
            }
            let phrase = format!("{other} {rest}");
            let whole = self.find_plain(&phrase);
            let [one] = whole.as_slice() else {
                continue;
            };
            if one.range.len() != phrase.len() {
                continue;
            }
            let start = head.len() - other.len();
            let mut mention = one.clone();
            mention.range = TextRange::new(start, head.len());
            mention.matched = other.to_owned();
            extra.push(mention);
        }
        if !extra.is_empty() {
            found.extend(extra);
            found.sort_by_key(|m| m.range.start);
        }
        self.share_roles(text, &mut found);
        self.own_countries(text, &mut found);
        self.national_bodies(text, &mut found);
        found
    }

    /// "Canada's House of Commons", "the Philippine Department of Justice", "Canada's Tories": a
    /// state's body or party the lexicon gives one country (`institutions.tsv`, the national
    /// bodies of `organisations.tsv`, the parties of `groups.tsv`) is another's when that other
    /// country or its adjective stands right before it: one mention of that country with the
    /// body's role.
    fn national_bodies(&self, text: &str, found: &mut Vec<ActorMention>) {
        let mut i = 1;
        while i < found.len() {
            let (Some(prev), Some(next)) = (found.get(i - 1), found.get(i)) else {
                break;
            };
            let gap = text.get(prev.range.end..next.range.start).unwrap_or("");
            let other = prev.kind == ActorKind::Country
                && prev.role.is_none()
                && matches!(next.kind, ActorKind::Government | ActorKind::Organization)
                && next.role.is_none()
                && next.actor.code.len() > 3
                && next.actor.country.is_some()
                && prev.actor.country.is_some()
                && prev.actor.country != next.actor.country
                && matches!(gap, " " | "'s " | "\u{2019}s ");
            let Some(country) = other
                .then(|| prev.actor.country.clone())
                .flatten()
                .and_then(|c| self.country(&c))
            else {
                i += 1;
                continue;
            };
            let code = format!("{}{}", country.code, next.actor.code.get(3..).unwrap_or(""));
            // (Named as the text names the body: "Philippines Department of Justice", not
            // "Philippines Justice Department" from the row of the American one.)
            let name = format!("{} {}", country.name, next.matched);
            let range = TextRange::new(prev.range.start, next.range.end);
            let merged = ActorMention {
                range,
                actor: ActorRef {
                    id: slug(&name),
                    name,
                    country: country.country.clone(),
                    code,
                },
                kind: next.kind,
                role: None,
                matched: range.slice(text).unwrap_or("").to_owned(),
                metonymic: false,
            };
            found.splice(i - 1..=i, [merged]);
        }
    }

    /// "Vietnamese President X said his country had forgiven the United States": "his
    /// country" or "her nation" is the country of the actors named before it in the sentence
    /// (a person, a government or the country itself), when they all have the same one.
    fn own_countries(&self, text: &str, found: &mut Vec<ActorMention>) {
        // (Most sentences name neither: no copy of the text for them.)
        if found.is_empty() || !(text.contains("country") || text.contains("nation")) {
            return;
        }
        let lower = text.to_ascii_lowercase();
        let mut extra = Vec::new();
        for owner in ["his ", "her ", "their ", "its "] {
            for (at, _) in lower.match_indices(owner) {
                if at > 0
                    && lower
                        .as_bytes()
                        .get(at - 1)
                        .is_some_and(u8::is_ascii_alphanumeric)
                {
                    continue;
                }
                let rest = lower.get(at + owner.len()..).unwrap_or("");
                let Some(noun) = ["country", "nation"].into_iter().find(|n| {
                    rest.starts_with(n)
                        && !rest
                            .as_bytes()
                            .get(n.len())
                            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'\'')
                }) else {
                    continue;
                };
                let end = at + owner.len() + noun.len();
                if found
                    .iter()
                    .any(|m| m.range.start < end && at < m.range.end)
                {
                    continue;
                }
                // Only when every actor named before agrees on one country ("Zelensky thanked
                // Biden and said his country ..." names two sides, and no country is taken).
                let mut before = found
                    .iter()
                    .filter(|m| m.range.end <= at)
                    .filter_map(|m| m.actor.country.clone());
                let Some(country) = before.next() else {
                    continue;
                };
                if before.any(|c| c != country) {
                    continue;
                }
                let Some(actor) = self.country(&country) else {
                    continue;
                };
                extra.push(ActorMention {
                    range: TextRange::new(at, end),
                    actor,
                    kind: ActorKind::Country,
                    role: None,
                    matched: text.get(at..end).unwrap_or("").to_owned(),
                    metonymic: false,
                });
            }
        }
        if !extra.is_empty() {
            found.extend(extra);
            found.sort_by_key(|m| m.range.start);
        }
    }

    /// "Pakistani and Afghan forces", "Iranian, Afghan and Pakistani officials": country
    /// adjectives coordinated before one role noun share it, so each names its own forces or
    /// officials, not the country. A country's name is an actor of its own ("struck Lebanon and
    /// Syrian army positions", "In Kenya, Somali refugees protested"). Read from the last, so
    /// that a list passes the role back along it.
    fn share_roles(&self, text: &str, found: &mut [ActorMention]) {
        // The role words passed to the mention after the one looked at.
        let mut carried: Option<String> = None;
        for i in (1..found.len()).rev() {
            let (head, tail) = found.split_at_mut(i);
            let (Some(prev), Some(next)) = (head.last_mut(), tail.first()) else {
                continue;
            };
            let passed = carried.take();
            let gap = text.get(prev.range.end..next.range.start).unwrap_or("");
            if next.role.is_none()
                || next.kind == ActorKind::Person
                || prev.role.is_some()
                || prev.kind != ActorKind::Country
                || !matches!(gap, " and " | ", " | " or " | ", and ")
                || !self
                    .forms
                    .get(&fold(&prev.matched))
                    .is_some_and(|f| f.kind == FormKind::Adjective)
            {
                continue;
            }
            // The next mention's role words, after its country ("Afghan forces"), not after a
            // person's title ("Foreign Minister Sergei Lavrov").
            let rest = passed.or_else(|| {
                let (first, rest) = next.matched.split_once(' ')?;
                let own = self.find_plain(first);
                let country = matches!(own.as_slice(), [m] if m.kind == ActorKind::Country && m.range.len() == first.len());
                country.then(|| rest.to_owned())
            });
            let Some(rest) = rest else {
                continue;
            };
            let phrase = format!("{} {rest}", prev.matched);
            let whole = self.find_plain(&phrase);
            let [one] = whole.as_slice() else {
                continue;
            };
            if one.range.len() != phrase.len() || one.role.is_none() {
                continue;
            }
            prev.actor = one.actor.clone();
            prev.kind = one.kind;
            prev.role = one.role.clone();
            carried = Some(rest);
        }
    }

    fn find_plain(&self, text: &str) -> Vec<ActorMention> {
        let folded = fold_mapped(text);
        let hay = folded.text.as_str();
        let mut cands: Vec<(usize, usize, &Form)> = Vec::new();
        for m in self.matcher.find_overlapping_iter(hay) {
            let Some(pattern) = self.patterns.get(m.pattern().as_usize()) else {
                continue;
            };
            let Some(form) = self.forms.get(pattern.trim()) else {
                continue;
            };
            // Folded byte range of the words, without the boundary spaces.
            let (a, b) = (m.start() + 1, m.end() - 1);
            let Some(original) = original_range(&folded, a, b) else {
                continue;
            };
            let Some(surface) = original.slice(text) else {
                continue;
            };
            if !case_ok(form, surface) || self.inside_not_actor(hay, a, b) {
                continue;
            }
            if self
                .entries
                .get(form.entry)
                .is_some_and(|e| e.kind == ActorKind::Person)
                && !whole_name(text, original)
            {
                continue;
            }
            if form.kind == FormKind::Name && first_name(surface, text.get(original.end..)) {
                continue;
            }
            cands.push((a, b, form));
        }
        // Longest first, then leftmost; keep those that overlap nothing kept before.
        cands.sort_by(|x, y| (y.1 - y.0).cmp(&(x.1 - x.0)).then(x.0.cmp(&y.0)));
        let mut kept: Vec<(usize, usize, &Form)> = Vec::new();
        for c in cands {
            if kept.iter().all(|k| c.1 <= k.0 || k.1 <= c.0) {
                kept.push(c);
            }
        }
        kept.sort_by_key(|k| k.0);

        // Capitals joined by "and" share the verb after the last ("Moscow and Tehran said").
        let mut speaks = vec![false; kept.len()];
        // Capitals in a compound of allegiance ("Beijing-backed militias").
        let mut compounds = vec![false; kept.len()];
        for i in (0..kept.len()).rev() {
            let Some(&(a, b, form)) = kept.get(i) else {
                continue;
            };
            if form.kind != FormKind::Capital {
                continue;
            }
            let next_capital = kept
                .get(i + 1)
                .filter(|n| n.2.kind == FormKind::Capital && hay.get(b..n.0) == Some(" and "));
            let shared = next_capital.is_some() && speaks.get(i + 1).copied().unwrap_or(false);
            // "Protesters in Kabul rejected": a capital after a preposition of place is where,
            // not who; "sources in Islamabad said" still speak for the government.
            let said = hay
                .get(b..)
                .and_then(|rest| rest.split(' ').find(|w| !w.is_empty()))
                .is_some_and(|w| matches!(w, "said" | "says" | "told" | "stated" | "reported"));
            // The words before the capital, nearest first.
            let before: Vec<&str> = hay
                .get(..a)
                .unwrap_or("")
                .split(' ')
                .rev()
                .filter(|w| !w.is_empty())
                .take(5)
                .collect();
            let last = before.first().copied().unwrap_or("");
            let located = !said
                && matches!(
                    last,
                    "in" | "near" | "outside" | "at" | "from" | "around" | "across"
                );
            // "Washington's decision to lift the embargo", "Moscow's refusal": a capital
            // whose decision, move or stance it is stands for its government.
            let policy = hay
                .get(b..)
                .and_then(|rest| rest.strip_prefix(" s "))
                .and_then(|rest| rest.split(' ').find(|w| !w.is_empty()))
                .is_some_and(|w| STATE_ACTS.iter().any(|n| fold(n) == w));
            // "The spokesman said Beijing opposed the sanctions": a capital right after a
            // speech verb is the subject of what was said; so is one after "that" following
            // such a verb ("demanded on Friday that Bratislava restore ...", "insisted in a
            // statement that Ankara disclose ...").
            let reported = if last == "that" {
                before
                    .iter()
                    .skip(1)
                    .take(4)
                    .any(|w| self.speech.contains(*w))
            } else {
                self.speech.contains(last)
            };
            // "Visa restrictions were eased by Moscow", "sanctions imposed on Iran by
            // Washington": the agent of a passive participle a few words before.
            let agent = last == "by"
                && before.iter().skip(1).any(|w| {
                    w.len() > 3 && (w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn"))
                        || matches!(*w, "held" | "sent" | "put" | "cut" | "led" | "made" | "set")
                });
            // "suspended military exchanges with Washington", "ties with Moscow": the other
            // side of a relation between states.
            // ("consulted with Belgrade", "conferred with Moscow": the other side of talks.)
            let consulted = last == "with"
                && before.get(1).is_some_and(|w| {
                    [
                        "consulted",
                        "consulting",
                        "conferred",
                        "conferring",
                        "negotiated",
                    ]
                    .iter()
                    .any(|v| fold(v) == *w)
                });
            let related = consulted
                || last == "with"
                && before.get(1).is_some_and(|w| {
                    matches!(
                        *w,
                        "talks"
                            | "relations"
                            | "ties"
                            | "exchanges"
                            | "cooperation"
                            | "contacts"
                            | "dialogue"
                            | "negotiations"
                            | "dispute"
                            | "row"
                            | "tensions"
                            | "standoff"
                            | "rift"
                            | "protest"
                            | "complaint"
                    )
                })
                // "sanctions on Ankara", "military aid to Kyiv", "a proposal from Buenos
                // Aires": the state a measure, a grant or an offer is between.
                || last == "on"
                    && before.get(1).is_some_and(|w| {
                        matches!(
                            *w,
                            "sanctions" | "tariffs" | "embargo" | "pressure" | "demands"
                        )
                    })
                || last == "to"
                    && before.get(1).is_some_and(|w| {
                        matches!(
                            *w,
                            "aid" | "assistance" | "support" | "loans" | "arms" | "weapons"
                        )
                    })
                || last == "from"
                    && before.get(1).is_some_and(|w| {
                        matches!(
                            *w,
                            "proposal" | "offer" | "request" | "demand" | "invitation" | "pressure"
                        )
                    });
            // "attacked by Madrid fans", "Washington-based investors": a capital before a noun
            // names that noun's people or things, not the government.
            let modifier = hay
                .get(b..)
                .and_then(|rest| rest.split(' ').find(|w| !w.is_empty()))
                .is_some_and(|w| {
                    w.bytes().all(|c| c.is_ascii_lowercase())
                        && !matches!(
                            w,
                            "on" | "in"
                                | "at"
                                | "and"
                                | "or"
                                | "for"
                                | "to"
                                | "the"
                                | "over"
                                | "after"
                                | "before"
                                | "last"
                                | "this"
                                | "with"
                                | "of"
                                | "by"
                                | "from"
                                | "as"
                                | "since"
                                | "but"
                                | "which"
                                | "who"
                                | "that"
                                | "into"
                                | "during"
                                | "amid"
                                | "while"
                                | "when"
                                | "earlier"
                                | "late"
                                | "early"
                                | "overnight"
                                | "yesterday"
                                | "today"
                                | "tonight"
                                | "again"
                                | "s"
                                | "if"
                                | "unless"
                                | "until"
                                | "because"
                        )
                });
            // "Beijing-backed militias", "Moscow-led bloc": a capital in a hyphenated
            // compound qualifies what follows; it says nothing.
            let end = folded.src_end.get(b.wrapping_sub(1)).copied().unwrap_or(0);
            let compound = text
                .get(end..)
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(allegiance);
            if let Some(c) = compounds.get_mut(i) {
                *c = compound;
            }
            // "said Douglas McLendon has resigned", "the Washington Post reported": a capital
            // right before a capitalised word (not a weekday or month: "Kabul Sunday
            // rejected") is the first word of a longer name.
            let named = next_capitalised(text.get(end..)).is_some()
                // "Denzel Washington supported the campaign": a capital right after a
                // capitalised given name is a surname.
                || original_range(&folded, a, b)
                    .is_some_and(|r| after_given_name(text.get(..r.start).unwrap_or("")));
            // "MANAMA - Jailed activist X began a hunger strike": a dateline names where the
            // story was filed, not a government that acts.
            let dateline = original_range(&folded, a, b).is_some_and(|r| {
                text.get(..r.start).is_some_and(|t| t.trim().is_empty())
                    && r.slice(text)
                        .is_some_and(|n| !n.chars().any(char::is_lowercase))
                    && text
                        .get(r.end..)
                        .is_some_and(|t| t.trim_start().starts_with(['-', '—', '–', ',', '(']))
            });
            if let Some(s) = speaks.get_mut(i) {
                // ("a proposal from Buenos Aires": "from" after an offer is no place.)
                *s = (!located || related && !modifier)
                    && !compound
                    && !named
                    && !dateline
                    && (shared
                        || policy
                        || reported
                        || (agent || related) && !modifier
                        || self.speech_verb_after(hay, b)
                        || self.addressed(hay, a)
                        || between_parties(hay, a));
            }
        }

        let mut out = Vec::with_capacity(kept.len());
        // A body's name taken into a country's diplomat before it ("Pakistan's UN envoy").
        let mut taken = vec![false; kept.len()];
        for (i, &(a, b, form)) in kept.iter().enumerate() {
            let Some(entry) = self.entries.get(form.entry) else {
                continue;
            };
            if taken.get(i).copied().unwrap_or(false) {
                continue;
            }
            let mention = match form.kind {
                FormKind::Capital => {
                    // "a Moscow court", "Kabul police": a capital before a role noun names that
                    // country's body, as its adjective would (not a capital many places share
                    // a name with: "Victoria police").
                    let next_start = kept.get(i + 1).map_or(hay.len(), |n| n.0);
                    // (Nor Brussels, the seat of the EU: "Brussels officials warned Hungary".)
                    let shared = hay
                        .get(a..b)
                        .is_some_and(|n| shared_capital(n) || n.trim() == fold("brussels"));
                    if !shared
                        && let Some((end, role)) =
                            self.role_after(text, &folded, b, false, next_start)
                        && let Some(m) =
                            self.role_mention(text, &folded, a, end, entry, role, false)
                    {
                        out.push(m);
                        continue;
                    }
                    if !speaks.get(i).copied().unwrap_or(false) {
                        // "visited Kabul", "struck Kyiv": the country, as a place; so is the
                        // capital of "Beijing-backed militias", as "Iran-backed" is.
                        let end = folded.src_end.get(b.wrapping_sub(1)).copied().unwrap_or(0);
                        let after = text.get(end..).unwrap_or("");
                        let compound = compounds.get(i).copied().unwrap_or(false);
                        if (compound || self.placed(hay, a, b, after))
                            && let Some(m) = plain_mention(text, &folded, a, b, entry)
                        {
                            out.push(m);
                        }
                        continue;
                    }
                    // "Brussels must release the funds, Kyiv insisted": the seat of the EU
                    // speaks for the Union, not for Belgium's government.
                    // (Not beside Belgium named: "Brussels recalled its ambassador, the Belgian
                    // foreign ministry said".)
                    if hay.get(a..b).is_some_and(|n| n.trim() == fold("brussels"))
                        && !hay.contains(&fold("belgi"))
                        && let Some(eu) = self
                            .entries
                            .iter()
                            .find(|e| e.code == "IGOEUREEC" && e.name == "European Union")
                    {
                        if let Some(mut m) = plain_mention(text, &folded, a, b, eu) {
                            m.metonymic = true;
                            out.push(m);
                        }
                        continue;
                    }
                    let role = Role {
                        phrase: String::new(),
                        suffix: "GOV".to_owned(),
                        kind: ActorKind::Government,
                        label: "government".to_owned(),
                    };
                    self.role_mention(text, &folded, a, b, entry, &role, true)
                }
                // "a Chinese-made missile", "a US-built plant": a country that says where a
                // thing was made is no actor.
                FormKind::Name | FormKind::Adjective
                    if entry.kind == ActorKind::Country
                        && folded
                            .src_end
                            .get(b.wrapping_sub(1))
                            .and_then(|&end| text.get(end..)?.strip_prefix('-'))
                            .is_some_and(origin) =>
                {
                    continue;
                }
                FormKind::Name | FormKind::Adjective if entry.kind == ActorKind::Country => {
                    // "Pakistan's UN ambassador", "the Russian NATO envoy": the body's name
                    // right after the country may stand inside a diplomat's role
                    // ([`FORUMS`]).
                    // (The body's name may be found in parts: "UN" and "Security Council".)
                    let mut after = i + 1;
                    let mut from = b;
                    while let Some(n) = kept.get(after).filter(|n| {
                        matches!(hay.get(from..n.0), Some(" " | " s "))
                            && hay.get(n.0..n.1).is_some_and(|w| {
                                let w = w.trim();
                                self.forums.iter().any(|f| f == w)
                            })
                    }) {
                        from = n.1;
                        after += 1;
                    }
                    let next_start = kept.get(after).map_or(hay.len(), |n| n.0);
                    let role =
                        self.role_after(text, &folded, b, form.kind == FormKind::Name, next_start);
                    if let Some((end, _)) = role {
                        for k in i + 1..after {
                            if kept.get(k).is_some_and(|n| end >= n.1)
                                && let Some(t) = taken.get_mut(k)
                            {
                                *t = true;
                            }
                        }
                    }
                    // "British Aerospace Plc", "Japan Airlines": a country that opens a
                    // company's name names the company, a business of that country (GBRBUS).
                    let company = || {
                        let end = folded.src_end.get(b.checked_sub(1)?)?;
                        opens_company_name(text.get(*end..)?)
                            .then(|| self.roles.get("company"))
                            .flatten()
                    };
                    match role {
                        Some((end, role)) => {
                            self.role_mention(text, &folded, a, end, entry, role, false)
                        }
                        None => match company() {
                            Some(role) => {
                                self.role_mention(text, &folded, a, b, entry, role, false)
                            }
                            None => plain_mention(text, &folded, a, b, entry),
                        },
                    }
                }
                // "Assad's troops", "Putin's forces", "Netanyahu's government": a leader's own
                // forces or government are their country's, with the role.
                FormKind::Name if entry.kind == ActorKind::Person => {
                    let next_start = kept.get(i + 1).map_or(hay.len(), |n| n.0);
                    let possessive = hay.get(b..b + 3) == Some(" s ");
                    let country = entry
                        .country
                        .as_deref()
                        .filter(|_| possessive)
                        .and_then(|c| self.country_entry(c));
                    // (A state's organ, not "Reagan's opposition to a tax"; with the title
                    // before the name: "President Hosni Mubarak's government".)
                    let organ =
                        |r: &Role| matches!(r.suffix.as_str(), "GOV" | "MIL" | "COP" | "SPY");
                    let titled = hay.get(..a).and_then(|h| {
                        let h = h.strip_suffix(' ')?;
                        let word = h.rsplit(' ').next()?;
                        let flags = crate::tables::tables()
                            .flags
                            .get(word)
                            .copied()
                            .unwrap_or(0);
                        (flags & (crate::tables::F_TITLE_WORD | crate::tables::F_TITLE_FIRST) != 0)
                            .then(|| h.len() - word.len())
                    });
                    let role =
                        country.and_then(|_| self.role_after(text, &folded, b, true, next_start));
                    match (country, role) {
                        (Some(country), Some((end, role))) if organ(role) => self.role_mention(
                            text,
                            &folded,
                            titled.unwrap_or(a),
                            end,
                            country,
                            role,
                            false,
                        ),
                        _ => plain_mention(text, &folded, a, b, entry),
                    }
                }
                _ => plain_mention(text, &folded, a, b, entry),
            };
            if let Some(m) = mention {
                out.push(m);
            }
        }
        out
    }

    /// Codes people with periods in office (`terms`, the world leaders of `people.tsv`) as of
    /// `date` (ISO, a day or longer: `2009-05-01`, `2009`): in office, their code (`USAGOV`);
    /// outside every period, the country's elite (`USAELI`, CAMEO's code for former and future
    /// office holders). A period with an open end counts as going on. A spelling several
    /// leaders share ("Bush", "Clinton") is the one in office on the day, when one is. Mentions
    /// of other actors, and every mention when `date` is not a date, are left as they are.
    pub fn date_people(&self, mentions: &mut [ActorMention], date: &str) {
        // A day, or a year or month taken at its first day.
        let day = match (date.get(..10), date.get(..4)) {
            (Some(d), _) if is_iso_date(d) => d.to_owned(),
            (_, Some(y)) if y.bytes().all(|b| b.is_ascii_digit()) => format!("{y}-01-01"),
            _ => return,
        };
        let in_office = |entry: &Entry| {
            entry.terms.iter().any(|(from, to)| {
                from.as_str() <= day.as_str() && (to.is_empty() || day.as_str() <= to.as_str())
            })
        };
        for m in mentions.iter_mut().filter(|m| m.kind == ActorKind::Person) {
            // A spelling several leaders share ("Bush") is the one in office on the day.
            if let Some(shared) = self.shared_names.get(&fold(&m.matched))
                && let Some(holder) = shared
                    .iter()
                    .filter_map(|&i| self.entries.get(i))
                    .find(|e| in_office(e))
            {
                m.actor = ActorRef {
                    id: slug(&holder.name),
                    name: holder.name.clone(),
                    country: holder.country.clone(),
                    code: holder.code.clone(),
                };
            }
            let Some(entry) = self
                .by_id
                .get(&(m.actor.code.clone(), m.actor.name.clone()))
                .and_then(|&i| self.entries.get(i))
            else {
                continue;
            };
            if entry.terms.is_empty() {
                continue;
            }
            if !in_office(entry)
                && let Some(country) = &entry.country
            {
                m.actor.code = format!("{country}ELI");
            }
        }
    }

    /// Whether the word right before folded position `a` is one of [`ADDRESS_VERBS`] (as
    /// folded: the hay is).
    fn addressed(&self, hay: &str, a: usize) -> bool {
        let mut before = hay.get(..a).unwrap_or("").trim_end().rsplit(' ');
        let (last, verb) = (before.next().unwrap_or(""), before.next().unwrap_or(""));
        // (The text is folded: "called" is spelled as its key, "caled".)
        let any = |words: &[&str]| words.iter().any(|w| fold(w) == verb);
        self.address.contains(last)
            // "called on Beijing to respect", "appealed to Moscow to back".
            || (matches!(last, "on" | "upon") && any(&["called", "calls", "calling", "call"]))
            || (last == "to"
                && any(&["appealed", "appeals", "appealing", "appeal"]))
    }

    /// Whether the words right before folded position `a` are one of [`PLACE_VERBS`], and the
    /// capital at `a..b` is not one that shares its name with larger places ("visited
    /// Victoria") nor part of a longer name ("Georgetown University", "Hamilton, Ontario").
    fn placed(&self, hay: &str, a: usize, b: usize, text_after: &str) -> bool {
        let name = hay.get(a..b).unwrap_or("");
        if shared_capital(name) {
            return false;
        }
        let after = text_after.trim_start();
        let longer = after.starts_with(|c: char| c.is_uppercase())
            || after
                .strip_prefix(',')
                .is_some_and(|r| r.trim_start().starts_with(|c: char| c.is_uppercase()));
        if longer {
            return false;
        }
        let before = hay.get(..a).unwrap_or("").trim_end();
        // "officials in Kabul", "police in Nairobi", "diplomats in Brussels": the people of a
        // state in its capital are its own (the role noun takes the country). The text here
        // is folded ("officials" is spelled as its key), so the words are folded too.
        // Not foreigners posted there: "Western diplomats in Beijing", "foreign officials in
        // Kabul", "European leaders in Brussels".
        let mut words = before.strip_suffix(" in").unwrap_or("").rsplit(' ');
        let (noun, qualifier) = (words.next(), words.next());
        let foreign = qualifier.is_some_and(|q| {
            [
                "western",
                "foreign",
                "european",
                "international",
                "arab",
                "african",
                "asian",
                "un",
                "n",
                "aid",
                "relief",
                "humanitarian",
                "visiting",
            ]
            .iter()
            .any(|f| fold(f) == q)
        });
        // "opposition leaders in Harare" are the country's; other leaders there are visitors.
        let opposition_leaders = noun.is_some_and(|w| w == fold("leaders"))
            && qualifier.is_some_and(|q| q == fold("opposition"));
        let people_in = !foreign
            && before.ends_with(" in")
            && (opposition_leaders
                || noun.is_some_and(|w| LOCAL_PEOPLE.iter().any(|p| fold(p) == w)));
        if people_in {
            return true;
        }
        self.place.iter().any(|p| {
            before
                .strip_suffix(p.as_str())
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
    }

    /// Whether a speech verb follows folded position `b` (the space after a match), past at
    /// most [`MAX_SKIP`] skip words and any phrases of time that stand between subject and verb
    /// ("Islamabad has in the past denied", "Moscow has for years accused").
    fn speech_verb_after(&self, hay: &str, b: usize) -> bool {
        let rest = hay.get(b..).unwrap_or("");
        let words: Vec<&str> = rest.split(' ').filter(|w| !w.is_empty()).collect();
        let mut kept: Vec<&str> = Vec::with_capacity(words.len());
        let mut k = 0;
        while k < words.len() {
            let phrase = TIME_PHRASES.iter().find(|p| {
                p.split(' ')
                    .enumerate()
                    .all(|(i, w)| words.get(k + i) == Some(&w))
            });
            match phrase {
                Some(p) => k += p.split(' ').count(),
                None => {
                    kept.push(words[k]);
                    k += 1;
                }
            }
        }
        let mut aux = false;
        let mut modal = false;
        for (n, &word) in kept.iter().enumerate() {
            // "marched through Belgrade on Sunday demanding": no auxiliary, a participle.
            if self.progressive.contains(word) {
                return aux;
            }
            if self.speech.contains(word) || self.acts.contains(word) {
                return !aux;
            }
            if n >= MAX_SKIP {
                return false;
            }
            // "Washington will send": a modal before the verb; "will keep demanding" still
            // needs its "keep".
            if self.modals.iter().any(|m| m == word) {
                modal = true;
                continue;
            }
            if modal && word == self.not {
                continue;
            }
            if modal && self.after_modal.contains(word) {
                return !aux;
            }
            if self.progressive_aux.contains(word) {
                aux = true;
            } else if !self.skip.contains(word) {
                return false;
            }
        }
        false
    }

    /// A role phrase right after folded position `b`, possibly after a possessive `s`
    /// ("Iran's foreign minister"), ending before `limit`. Only white space may stand between the
    /// name and the role in the original ("Liberian) authorities" is no role). Returns where the
    /// role's words end, in folded bytes.
    fn role_after(
        &self,
        text: &str,
        folded: &Folded,
        b: usize,
        possessive: bool,
        limit: usize,
    ) -> Option<(usize, &Role)> {
        let hay = folded.text.as_str();
        let name_end = *folded.src_end.get(b.checked_sub(1)?)?;
        let mut starts = vec![b];
        if possessive && hay.get(b..b + 3) == Some(" s ") {
            starts.push(b + 2);
        }
        // "the Afghan caretaker government", "Iran's new foreign minister": up to two words
        // that qualify the role may stand between.
        for i in 0..starts.len() {
            let mut at = starts.get(i).copied().unwrap_or(b);
            for _ in 0..2 {
                // (The longest: "security council", not the qualifier "security".)
                let Some(word) = self
                    .qualifiers
                    .iter()
                    .chain(&self.forums)
                    .filter(|w| {
                        hay.get(at + 1..).is_some_and(|rest| {
                            rest.starts_with(w.as_str())
                                && rest.get(w.len()..).is_some_and(|r| r.starts_with(' '))
                        }) && hay.get(at..at + 1) == Some(" ")
                    })
                    .max_by_key(|w| w.len())
                else {
                    break;
                };
                at += 1 + word.len();
                starts.push(at);
            }
        }
        // "a Dutch paint maker", "Italy's second-biggest lender": one or two other lower-case
        // words (no function word, no verb, no word of a non-trade maker) may stand between a
        // country's adjective, or its possessive, and a business noun (and before no other
        // role). After a name only past its possessive: "Russia accused Western banks" is no
        // business of Russia's.
        let fixed = starts.len();
        let first = if !possessive {
            Some(b)
        } else {
            (hay.get(b..b + 3) == Some(" s ")).then_some(b + 2)
        };
        if let Some(mut at) = first {
            for _ in 0..2 {
                let Some(rest) = hay.get(at + 1..) else {
                    break;
                };
                let len = rest.find(' ').unwrap_or(rest.len());
                let word = rest.get(..len).unwrap_or("");
                // ("China warned foreign companies": a verb; "state-owned" is a trade word.)
                let verb = word.ends_with("ed") && !word.contains('-');
                if hay.get(at..at + 1) != Some(" ")
                    || len == 0
                    || verb
                    || NOT_TRADE.contains(&word)
                    || !word.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
                {
                    break;
                }
                at += 1 + len;
                starts.push(at);
            }
        }
        for (n, start) in starts.into_iter().enumerate() {
            let free = n >= fixed;
            let input = Input::new(hay)
                .span(start..hay.len())
                .anchored(Anchored::Yes);
            let Some(m) = self.role_matcher.find(input) else {
                continue;
            };
            let end = m.end() - 1;
            let role_start = *folded.src_start.get(m.start() + 1)?;
            let gap = text.get(name_end..role_start)?.trim();
            // (The possessive's "s" is a word of its own: "Iran's senior officials", not the
            // first letter of "senior officials".)
            let after_possessive = ["'s ", "’s ", "'S ", "’S "]
                .iter()
                .find_map(|p| gap.strip_prefix(p))
                .unwrap_or(gap);
            // (The longest body named: "UN Security Council", not "UN"; most gaps are empty.)
            let (forum, qualifiers) = if after_possessive.trim().is_empty() {
                (None, true)
            } else {
                let words = after_possessive.to_lowercase();
                let padded = format!(
                    " {} ",
                    words.split_whitespace().collect::<Vec<_>>().join(" ")
                );
                let forum = FORUMS
                    .iter()
                    .filter(|f| padded.contains(&format!(" {f} ")))
                    .max_by_key(|f| f.len());
                let rest = forum.map_or_else(
                    || padded.clone(),
                    |f| padded.replacen(&format!(" {f} "), " ", 1),
                );
                let qualifiers = rest
                    .split_whitespace()
                    .all(|w| ROLE_QUALIFIERS.contains(&w));
                (forum, qualifiers)
            };
            // "U.S. military": the abbreviation's last dot is outside the name.
            let gap_ok = gap.is_empty()
                || (gap == "." && is_abbreviation(text.get(..name_end).unwrap_or_default()))
                || (start != b && gap.chars().count() <= 2 && gap.ends_with(['s', 'S']))
                || (start != b && qualifiers)
                || free;
            if end > limit || !gap_ok {
                continue;
            }
            let key = self.role_patterns.get(m.pattern().as_usize())?;
            let role = self.roles.get(key.trim())?;
            if (free && role.suffix != "BUS")
                || (start != b
                    && forum.is_some()
                    && !DIPLOMATS.iter().any(|d| fold(d) == key.trim()))
            {
                continue;
            }
            return Some((end, role));
        }
        None
    }

    #[allow(clippy::too_many_arguments)]
    fn role_mention(
        &self,
        text: &str,
        folded: &Folded,
        a: usize,
        b: usize,
        entry: &Entry,
        role: &Role,
        metonymic: bool,
    ) -> Option<ActorMention> {
        let range = original_range(folded, a, b)?;
        // An entry of no country (an organisation) keeps its own code: "UN officials" are the
        // UN, not a country's officials.
        let (country, code) = match entry.country.clone() {
            Some(country) => {
                let code = format!("{country}{}", role.suffix);
                (Some(country), code)
            }
            None => (None, entry.code.clone()),
        };
        let name = format!("{} {}", entry.name, role.label);
        Some(ActorMention {
            range,
            actor: ActorRef {
                id: slug(&name),
                name,
                country,
                code,
            },
            kind: role.kind,
            role: Some(role.phrase.clone()).filter(|p| !p.is_empty()),
            matched: range.slice(text)?.to_owned(),
            metonymic,
        })
    }
}

fn plain_mention(
    text: &str,
    folded: &Folded,
    a: usize,
    b: usize,
    entry: &Entry,
) -> Option<ActorMention> {
    let range = original_range(folded, a, b)?;
    Some(ActorMention {
        range,
        actor: ActorRef {
            id: slug(&entry.name),
            name: entry.name.clone(),
            country: entry.country.clone(),
            code: entry.code.clone(),
        },
        kind: entry.kind,
        role: None,
        matched: range.slice(text)?.to_owned(),
        metonymic: false,
    })
}

/// Whether `rest`, the text right after a country's name, finishes a company's name: a space,
/// then capitalised words of which the last is a business word of `org_words.tsv` ("Cyanamid
/// Co", "Airlines", "Development Corp", "Commercial Bank"). "the Iraqi Oil Ministry" ends in a
/// word of state.
fn opens_company_name(rest: &str) -> bool {
    if !rest.starts_with(' ') {
        return false;
    }
    let last = rest
        .split_whitespace()
        .take(5)
        .map(|w| w.trim_end_matches([',', ';', ':', '>', ')', '\'', '"', '.']))
        .take_while(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c == '&')
        })
        .last();
    last.is_some_and(|w| {
        crate::tables::tables()
            .org_name
            .get(&w.to_lowercase())
            .is_some_and(|(_, suffix)| suffix == "BUS")
    })
}

/// `YYYY-MM-DD`, digits in place, a month of 01-12 and a day of 01-31.
fn is_iso_date(d: &str) -> bool {
    let shape = d.len() == 10
        && d.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let num = |r: std::ops::Range<usize>| d.get(r).and_then(|x| x.parse::<u32>().ok());
    shape
        && num(5..7).is_some_and(|m| (1..=12).contains(&m))
        && num(8..10).is_some_and(|day| (1..=31).contains(&day))
}

fn build_matcher(patterns: &[String]) -> Result<AhoCorasick, Error> {
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .build(patterns)
        .map_err(|e| Error::Build(e.to_string()))
}

/// The original byte range of folded bytes `a..b`.
fn original_range(folded: &Folded, a: usize, b: usize) -> Option<TextRange> {
    let start = *folded.src_start.get(a)?;
    let end = *folded.src_end.get(b.checked_sub(1)?)?;
    (start < end).then(|| TextRange::new(start, end))
}

/// The letters an acronym or mixed-case short form must show in the text, or `None` for a
/// name. A form is cased when it is at most six letters and digits long and has an upper-case
/// letter after its first ("UN", "IS-K", "LeT"; not "Nato", "Hamas").
fn cased_form(surface: &str) -> Option<String> {
    let alnum: String = surface.chars().filter(|c| c.is_alphanumeric()).collect();
    let short = alnum.chars().count() <= 6;
    let inner_upper = alnum.chars().skip(1).any(char::is_uppercase);
    (short && inner_upper).then_some(alnum)
}

/// Whether a person's name from the lexicon stands alone at `range` rather than inside a longer
/// name: "Hasan" in "Anwar ul Hasan" or "Sharif" in "Shehbaz Sharif" is someone else. A title
/// or honorific before it ("President Obama", "Sheikh Hasina"), a possessive ("Turkey's
/// Erdogan") or a sentence start is no part of the name.
fn whole_name(text: &str, range: TextRange) -> bool {
    let t = crate::tables::tables();
    let before = text.get(..range.start).unwrap_or("");
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    let spaced = trimmed.len() < before.len();
    if spaced {
        let word = trimmed
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
            .next()
            .unwrap_or("");
        let lower = word.trim_end_matches('.').to_lowercase();
        let flags = t.flags.get(lower.as_str()).copied().unwrap_or(0);
        let titled = flags
            & (crate::tables::F_TITLE_WORD
                | crate::tables::F_TITLE_FIRST
                | crate::tables::F_HONORIFIC
                | crate::tables::F_HONORIFIC_FIRST)
            != 0;
        let particle = flags & crate::tables::F_NAME_PARTICLE != 0;
        // ("Earlier Tony Blair defended": a clause opener is no given name.)
        let capitalised =
            word.chars().next().is_some_and(char::is_uppercase) && !CLAUSE_OPENERS.contains(&word);
        if particle || (capitalised && !titled) {
            return false;
        }
    }
    let after = text.get(range.end..).unwrap_or("");
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    if rest.len() < after.len() {
        let word = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .next()
            .unwrap_or("");
        let lower = word.to_lowercase();
        let particle = t
            .flags
            .get(lower.as_str())
            .is_some_and(|f| f & crate::tables::F_NAME_PARTICLE != 0);
        if particle || word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
    }
    true
}

fn case_ok(form: &Form, surface: &str) -> bool {
    if !form.spellings.is_empty() && !form.spellings.contains(&crate::fold::spelling(surface)) {
        return false;
    }
    match &form.cased {
        Some(letters) => surface
            .chars()
            .filter(|c| c.is_alphanumeric())
            .eq(letters.chars()),
        None => !form.capitalised || surface.chars().any(char::is_uppercase),
    }
}

fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|s| !s.is_empty())
}

fn parse_kind(s: &str) -> Option<ActorKind> {
    Some(match s {
        "country" => ActorKind::Country,
        "government" => ActorKind::Government,
        "person" => ActorKind::Person,
        "organization" | "organisation" => ActorKind::Organization,
        "armed_group" => ActorKind::ArmedGroup,
        "other" => ActorKind::Other,
        _ => return None,
    })
}

/// A lower-case, hyphen-separated id from a name: `Pakistan military` = `pakistan-military`.
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in fold(name).split(' ') {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(word);
    }
    out
}

/// Whether a capital's folded name is one of [`SHARED_CAPITAL_NAMES`] (compared folded too:
/// "wellington" is "welington" in the haystack).
fn shared_capital(folded: &str) -> bool {
    SHARED_CAPITAL_NAMES
        .iter()
        .any(|c| fold(c) == folded.trim())
}

/// Words before "between" that make the two capitals after it the parties of a relation, a
/// conflict or a mediation ("mediate between Washington and Tehran", "talks between Kabul and
/// Islamabad"), not two ends of a road or a flight.
const BETWEEN_PARTIES: &[&str] = &[
    "mediate",
    "mediated",
    "mediating",
    "mediation",
    "mediator",
    "broker",
    "brokered",
    "shuttled",
    "shuttling",
    "talks",
    "negotiations",
    "dialogue",
    "tensions",
    "tension",
    "relations",
    "ties",
    "dispute",
    "rift",
    "row",
    "feud",
    "standoff",
    "spat",
    "rapprochement",
    "truce",
    "ceasefire",
];

/// Whether the capital at folded position `a` is one of a pair after "between" and one of
/// [`BETWEEN_PARTIES`]: "mediate between Washington and Tehran" (either of the two, with up to
/// three words of the first before "and").
fn between_parties(hay: &str, a: usize) -> bool {
    // The haystack is folded ("between" is "betwin" there), so the words are folded too.
    let (between, and) = (fold("between"), fold("and"));
    let before = hay.get(..a).unwrap_or("").trim_end();
    let party = |head: &str| {
        let w = head.trim_end().rsplit(' ').next().unwrap_or("");
        BETWEEN_PARTIES.iter().any(|p| fold(p) == w)
    };
    let last_word_is = |text: &str, word: &str| text.rsplit(' ').next() == Some(word);
    if last_word_is(before, &between) {
        return party(before.get(..before.len() - between.len()).unwrap_or(""));
    }
    if !last_word_is(before, &and) {
        return false;
    }
    let first = before
        .get(..before.len() - and.len())
        .unwrap_or("")
        .trim_end();
    let Some(at) = first.rfind(&format!(" {between} ")) else {
        return false;
    };
    let pair = first.get(at + between.len() + 2..).unwrap_or("");
    pair.split(' ').filter(|w| !w.is_empty()).count() <= 3
        && !pair.contains(',')
        && party(first.get(..at).unwrap_or(""))
}

/// Words that open a sentence or a clause in capitals and may stand before a capital that
/// speaks for its government ("But Washington said", "Meanwhile Moscow", "Overnight Kyiv").
const CLAUSE_OPENERS: &[&str] = &[
    "But",
    "And",
    "Or",
    "Meanwhile",
    "However",
    "Then",
    "Now",
    "Yet",
    "So",
    "Also",
    "Still",
    "Today",
    "Yesterday",
    "On",
    "In",
    "At",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "If",
    "Since",
    "Though",
    "Although",
    "Where",
    "Both",
    "Neither",
    "Either",
    "Even",
    "Only",
    "Officially",
    "Publicly",
    "Earlier",
    "Later",
    "Instead",
    "Thus",
    "Hence",
    "Indeed",
    "Moreover",
    "Besides",
    "Otherwise",
    "Until",
    "Unless",
    "Because",
    "With",
    "Without",
    "For",
    "From",
    "By",
    "To",
    "Of",
    "The",
    "That",
    "This",
    "Overnight",
    "Separately",
    "Eventually",
    "Official",
    "Finally",
    "Already",
    "Again",
    "Last",
    "Next",
    "Recently",
    "Currently",
    "Initially",
    "Ultimately",
    "Subsequently",
    "Nevertheless",
    "Nonetheless",
    "Together",
    "Elsewhere",
    "Similarly",
    "Likewise",
    "Notably",
    "Previously",
    "Apparently",
    "Reportedly",
    "Clearly",
    "Soon",
    "Meantime",
    "Afterwards",
    "Here",
    "There",
];

/// Whether `before` (the text up to a capital) ends with a capitalised word and one space, a
/// given name ("Denzel Washington"), and not a word that opens a clause or a month or weekday
/// ("But Washington", "Tuesday Kabul").
fn after_given_name(before: &str) -> bool {
    let word = before.trim_end();
    let prev = word
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    before.len() - word.len() == 1
        && prev.len() > 1
        && prev.starts_with(char::is_uppercase)
        && prev.chars().skip(1).all(char::is_lowercase)
        && !sitrep_text::calendar::is_month_or_weekday(&prev.to_lowercase())
        && !CLAUSE_OPENERS.contains(&prev)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_files_parse_without_problems() {
        let mut lex = Lexicon::empty().unwrap();
        for text in SHIPPED {
            assert_eq!(lex.add_tsv(text), vec![]);
        }
        let (entries, forms) = lex.len();
        assert!(entries > 250, "{entries} entries");
        assert!(forms > 1000, "{forms} forms");
    }

    #[test]
    fn world_leaders_are_their_governments_when_named_alone() {
        let lex = Lexicon::builtin().unwrap();
        let codes = |text: &str| -> Vec<(String, String)> {
            lex.find(text)
                .into_iter()
                .map(|m| (m.matched, m.actor.code))
                .collect()
        };
        assert_eq!(
            codes("Barack Obama phoned Putin, and Turkey's Erdogan wrote to President Karzai."),
            [
                ("Barack Obama".to_owned(), "USAGOV".to_owned()),
                ("Putin".to_owned(), "RUSGOV".to_owned()),
                ("Turkey".to_owned(), "TUR".to_owned()),
                ("Erdogan".to_owned(), "TURGOV".to_owned()),
                ("Karzai".to_owned(), "AFGGOV".to_owned()),
            ]
        );
        // Inside a longer name a leader's surname is someone else's: "Sharif" in "Sharif Khan"
        // and "Karzai" in "Mahmood Karzai" are not the leaders.
        assert_eq!(codes("Mahmood Karzai met Sharif Khan."), []);
        // The whole name of a later leader is theirs (people_recent.tsv).
        assert_eq!(
            codes("Shehbaz Sharif met Keir Starmer."),
            [
                ("Shehbaz Sharif".to_owned(), "PAKGOV".to_owned()),
                ("Keir Starmer".to_owned(), "GBRGOV".to_owned()),
            ]
        );
    }

    #[test]
    fn leaders_are_their_governments_only_while_in_office() {
        let lex = Lexicon::builtin().unwrap();
        let on = |date: &str| -> Vec<String> {
            let mut found = lex.find("Putin met Bill Clinton.");
            lex.date_people(&mut found, date);
            found.into_iter().map(|m| m.actor.code).collect()
        };
        // Putin became prime minister in August 1999; Clinton's term ended in January 2001.
        assert_eq!(on("1995-06-01"), ["RUSELI", "USAGOV"]);
        assert_eq!(on("2000-06-01"), ["RUSGOV", "USAGOV"]);
        assert_eq!(on("2005-06-01"), ["RUSGOV", "USAELI"]);
        assert_eq!(on("2005"), ["RUSGOV", "USAELI"]);
        // Not a date: codes as the lexicon has them.
        assert_eq!(on("--10-15"), ["RUSGOV", "USAGOV"]);
        // "Bush" names two presidents: the one in office on the day.
        let bush = |date: &str| {
            let mut found = lex.find("Bush spoke.");
            lex.date_people(&mut found, date);
            found
                .first()
                .map(|m| (m.actor.name.clone(), m.actor.code.clone()))
        };
        assert_eq!(
            bush("1990-06-01"),
            Some(("George Bush".to_owned(), "USAGOV".to_owned()))
        );
        assert_eq!(
            bush("2005-06-01"),
            Some(("George W. Bush".to_owned(), "USAGOV".to_owned()))
        );
        assert_eq!(bush("2012-06-01").map(|b| b.1), Some("USAELI".to_owned()));
        // people_recent.tsv closes the terms the Phoenix dictionary left open in 2014.
        let mut found = lex.find("Obama and Trump spoke.");
        lex.date_people(&mut found, "2020-03-01");
        let codes: Vec<&str> = found.iter().map(|m| m.actor.code.as_str()).collect();
        assert_eq!(codes, ["USAELI", "USAGOV"]);
    }

    #[test]
    fn cased_forms() {
        assert_eq!(cased_form("UN"), Some("UN".to_owned()));
        assert_eq!(cased_form("IS-K"), Some("ISK".to_owned()));
        assert_eq!(cased_form("LeT"), Some("LeT".to_owned()));
        assert_eq!(cased_form("Nato"), None);
        assert_eq!(cased_form("Pakistan"), None);
        assert_eq!(cased_form("United Nations"), None);
    }

    #[test]
    fn bad_rows_are_reported_with_their_line() {
        let mut lex = Lexicon::empty().unwrap();
        let problems = lex.add_tsv("# c\ncode\tname\tkind\nXXX\tX\tspaceship\n\tNoCode\tother\n");
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].0, 3);
        assert_eq!(problems[1].0, 4);
    }

    #[test]
    fn user_leaders_with_terms_are_read_and_bad_terms_reported() {
        let mut lex = Lexicon::empty().unwrap();
        let problems = lex.add_tsv(
            "code\tname\tkind\tcountry\taliases\tterms\n\
             ESTGOV\tKaja Ilves\tperson\tEST\tIlves\t2019-01-01..2023-06-30\n\
             LVAGOV\tJanis Berzins\tperson\tLVA\t\t2019-01-01\n\
             LTUGOV\tRuta Vaitkute\tperson\tLTU\t\t2019-13-01..\n",
        );
        assert_eq!(
            problems.iter().map(|p| p.0).collect::<Vec<_>>(),
            [3, 4],
            "{problems:?}"
        );
        lex.compile().unwrap();
        let mut found = lex.find("Ilves spoke.");
        lex.date_people(&mut found, "2024-01-15");
        assert_eq!(found[0].actor.code, "ESTELI");
    }
}
