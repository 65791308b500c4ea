//! The rule-based coder: actor mentions and verb patterns linked by word order.

use sitrep_actors::{ActorMention, Lexicon};
use sitrep_geo::{Gazetteer, Kind as GeoKind};
use sitrep_model::{ActorKind, ActorRef, TextRange};
use sitrep_text::tokenize;

use crate::figurative;
use crate::generic::Generic;
use crate::modality::{Family, Governor, cue_family, is_chain_word, is_want, recode};
use crate::sport;
use crate::verbs::{NO_EVENT, is_irregular_past};
use crate::verbs::{VerbMatch, Verbs};
use crate::{Coder, Coding, Error};

/// Verbs of saying: they end the clause of whoever said it, so "X said Y attacked Z" takes Y,
/// not X, as the attacker.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tells",
    "stated",
    "states",
    "added",
    "reported",
    "reports",
    "announced",
    "announces",
    "insisted",
    "insists",
    "noted",
    "confirmed",
    "claimed",
    "claims",
    "believes",
    "believed",
    "thinks",
];

/// Verbs and words that report a statement, promise or threat without being speech verbs of
/// [`SPEECH`]: a future they report is someone's stated intent.
const STATING: &[&str] = &[
    "warned",
    "warns",
    "vowed",
    "vows",
    "threatened",
    "threatens",
    "declared",
    "declares",
    "stressed",
    "stresses",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "wrote",
    "writes",
    "decided",
    "decides",
    "insisted",
    "insists",
    "quoted",
    "according",
    "confirmed",
    "confirms",
    "indicated",
    "signalled",
    "signaled",
];

/// Verbs whose object, an act with a possessive pronoun, is the subject's own act ("Pakistan
/// renewed its offer of mediation", "the Taliban stepped up their attacks"), unlike verbs of
/// reaction ("India welcomed his visit" is someone else's).
const OWN_ACT_VERBS: &[&str] = &[
    "kept",
    "keeps",
    "keep",
    "renewed",
    "renews",
    "renew",
    "repeated",
    "repeats",
    "repeat",
    "reiterated",
    "reiterates",
    "reiterate",
    "stepped",
    "steps",
    "step",
    "intensified",
    "intensifies",
    "intensify",
    "continued",
    "continues",
    "continue",
    "resumed",
    "resumes",
    "resume",
    "expressed",
    "expresses",
    "express",
    "voiced",
    "voices",
    "voice",
    "launched",
    "launches",
    "launch",
    "began",
    "begins",
    "begin",
    "started",
    "starts",
    "start",
    "escalated",
    "escalates",
    "escalate",
    "extended",
    "extends",
    "extend",
    "made",
    "makes",
    "make",
    "issued",
    "issues",
    "issue",
    "lodged",
    "lodges",
    "lodge",
    "delivered",
    "delivers",
    "deliver",
    "conveyed",
    "conveys",
    "convey",
    "pressed",
    "presses",
    "press",
    "stressed",
    "stresses",
    "widened",
    "widens",
    "widen",
    "broadened",
    "broadens",
    "broaden",
    "ended",
    "ends",
    "end",
    "halted",
    "halts",
    "halt",
    "suspended",
    "suspends",
    "suspend",
    "withdrew",
    "withdraws",
    "withdraw",
    "softened",
    "softens",
    "soften",
    "hardened",
    "hardens",
    "harden",
    "toughened",
    "toughens",
    "toughen",
    "dropped",
    "drops",
    "drop",
    "increased",
    "increases",
    "increase",
    "redoubled",
    "redoubles",
    "redouble",
    "sharpened",
    "sharpens",
    "sharpen",
];

/// Words between "in" (or "through", ...) and the place they name: "in the Gaza Strip", "in
/// northern Iraq", "through central Athens".
const PLACE_PARTS: &[&str] = &[
    "the",
    "central",
    "downtown",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north",
    "south",
    "east",
    "west",
];

/// Nouns of place after a country adjective that put what happens there in that country ("in
/// Israeli jails", "in Turkish waters").
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "district",
    "districts",
    "state",
    "area",
    "areas",
    "port",
    "enclave",
    "countryside",
    "regions",
    "territory",
    "territories",
    "soil",
    "waters",
    "airspace",
    "jail",
    "jails",
    "prison",
    "prisons",
    "custody",
    "capital",
    "city",
    "cities",
    "town",
    "towns",
    "village",
    "villages",
    "province",
    "provinces",
    "region",
    "camp",
    "camps",
    "border",
    "side",
];

/// Words that make a warning's clause a threat to the one it names ("would bear the
/// consequences", "was playing with fire", "would be met with the full force of the law";
/// "war" only after "means").
const THREAT_WORDS: &[&str] = &[
    "consequences",
    "consequence",
    "price",
    "response",
    "retaliation",
    "reprisal",
    "reprisals",
    "countermeasures",
    "war",
    "fire",
    "responsibility",
    "punishment",
    "punished",
    "force",
    "crushed",
];

/// Whether country mention `m`, after "the", is a name that qualifies a thing ("the Iran arms
/// scandal", "the US deficit"): a country's own name or abbreviation (not its adjective, which
/// [`PLACE_NOUNS`] place) followed by a lower-case word that is no noun of place,
/// no verb in the past and no word of grammar (`next`, lower-cased; `capitalised` when written
/// with a capital).
pub(crate) fn names_thing(m: &ActorMention, next: &str, capitalised: bool) -> bool {
    let own_name = m.matched == m.actor.name
        || (m.matched.len() <= 4
            && m.matched
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'.'));
    own_name
        && !capitalised
        && !next.is_empty()
        && next.bytes().all(|b| b.is_ascii_lowercase())
        && !PLACE_NOUNS.contains(&next)
        && !next.ends_with("ed")
        && !is_irregular_past(next)
        && !PREPOSITIONS.contains(&next)
        && !BE.contains(&next)
        && !AUXILIARY_MODALS.contains(&next)
        && !DETERMINERS.contains(&next)
        && !GRAMMAR.contains(&next)
}

/// Words of grammar, besides prepositions, forms of "be", modals and determiners, that may
/// follow a place's name ("in the UK without trial").
const GRAMMAR: &[&str] = &[
    "and",
    "or",
    "but",
    "nor",
    "without",
    "as",
    "onto",
    "under",
    "through",
    "amid",
    "despite",
    "until",
    "since",
    "after",
    "before",
    "during",
    "about",
    "ahead",
    "than",
    "because",
    "while",
    "when",
    "where",
    "who",
    "whom",
    "which",
    "said",
    "says",
    "say",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "must",
    "not",
    "also",
    "still",
    "now",
    "then",
    "there",
    "here",
    "last",
    "next",
    "earlier",
    "later",
    "yesterday",
    "today",
    "tomorrow",
    "so",
    "if",
    "all",
    "both",
];

/// Spans of time that "last" dates back to, as background ("arrested last year", "Last fall,
/// ..."): a year or a season, not a week or a month.
const LAST_SPANS: &[&str] = &["year", "fall", "autumn", "spring", "summer", "winter"];

/// Forces a possessive can name as the possessor's own ("its aircraft", "their troops").
const OWN_FORCES: &[&str] = &[
    "troops",
    "forces",
    "soldiers",
    "aircraft",
    "warplanes",
    "jets",
    "army",
    "navy",
    "police",
    "fighters",
    "militants",
    "drones",
    "artillery",
    "warships",
    "helicopters",
    "gunmen",
];

/// Nouns whose "to" infinitive is their content ("an offer to mediate", "calls to lift the
/// ban"): see `Sentence::is_noun_content`. (Not "attempt": "an attempt to assassinate" is
/// the attempted act, 185.)
const CONTENT_NOUNS: &[&str] = &[
    "offer",
    "offers",
    "proposal",
    "proposals",
    "request",
    "requests",
    "call",
    "calls",
    "appeal",
    "appeals",
    "demand",
    "demands",
    "plan",
    "plans",
    "threat",
    "threats",
    "resolution",
    "motion",
    "bill",
    "draft",
    "pressure",
    "hours",
    "days",
];

/// Nouns of what is done to someone: their possessor is the one it was done to ("the boy's
/// killing by police", "his arrest by Iranian police").
const PATIENT_NOUNS: &[&str] = &[
    "killing",
    "killings",
    "murder",
    "murders",
    "assassination",
    "arrest",
    "arrests",
    "detention",
    "kidnapping",
    "abduction",
    "execution",
    "torture",
    "beating",
    "shooting",
    "capture",
    "deportation",
    "expulsion",
    "imprisonment",
    "jailing",
];

/// Nouns that name an act as possible, not done, before "of" or "for" ("the risk of attacks").
const RISK_NOUNS: &[&str] = &[
    "risk",
    "risks",
    "possibility",
    "potential",
    "danger",
    "dangers",
    "prospect",
    "prospects",
    "likelihood",
    "chance",
    "chances",
    "fear",
    "fears",
    "spectre",
    "specter",
    "threat",
    "threats",
];

/// Words in "-ly" that are no adverbs ("the family raised accusations").
const NOUNS_IN_LY: &[&str] = &[
    "family", "rally", "assembly", "supply", "reply", "anomaly", "monopoly", "italy", "july",
    "bully", "folly", "holly", "kelly", "emily", "sally", "daly",
];

/// Adjectives that name an act as still to come, right before its noun ("Sudan's pending
/// invasion", "an imminent attack", "possible sanctions").
const ANTICIPATED: &[&str] = &[
    "pending",
    "impending",
    "imminent",
    "looming",
    "possible",
    "potential",
    "prospective",
    "eventual",
    "hypothetical",
    "feared",
    "would-be",
];

/// Verbs whose object act is weighed, not done ("considering a ban", "discussed sanctions").
const WEIGHING: &[&str] = &[
    "consider",
    "considers",
    "considering",
    "weigh",
    "weighs",
    "weighed",
    "weighing",
    "mull",
    "mulls",
    "mulled",
    "mulling",
    "propose",
    "proposes",
    "proposed",
    "proposing",
    "contemplate",
    "contemplates",
    "contemplated",
    "contemplating",
    "moot",
    "mooted",
    "mooting",
    // "favour an early start to talks": what is favoured is wished for.
    "favour",
    "favours",
    "favoured",
    "favouring",
    "favor",
    "favors",
    "favored",
    "favoring",
    "advocate",
    "advocates",
    "advocated",
    "advocating",
];

/// Verbs whose object is weighed when it is a measure named without its article ("discussed
/// new sanctions"), and told of when it is violence, a protest or a known measure
/// ("discussed the attack on the convoy", "discussed the sanctions imposed last year").
const DISCUSSING: &[&str] = &[
    "debate",
    "debates",
    "debated",
    "debating",
    "discuss",
    "discusses",
    "discussed",
    "discussing",
    "study",
    "studies",
    "studied",
    "studying",
];

/// Words that end the stretch in which a verb looks for its target.
const RIGHT_STOPS: &[&str] = &[
    ";",
    ".",
    ":",
    ",",
    "while",
    "but",
    "after",
    "before",
    "as",
    "when",
    "because",
    "which",
    "who",
    "whom",
    "where",
    "although",
    "though",
    "since",
    "whereas",
    "despite",
    "amid",
    "amidst",
    // What an act set off is no part of it: "the bombings sparked condemnation from the US".
    "sparked",
    "provoked",
    "triggered",
    "prompted",
    "drew",
    "fuelled",
    "fueled",
    "angered",
];

/// Words that join coordinated actors into one group.
const JOINERS: &[&str] = &[",", "and", "the", "both", "&", "nor", "his", "her"];

/// The verb form two coordinated verbs share ([`Sentence::coordinated_with`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    /// "will withdraw ... and release".
    Bare,
    /// "withdrew ... and released".
    Past,
    /// "apprehending ... and confiscating".
    Gerund,
}

/// Words that may follow a place named as the target of force, where a noun it modified would
/// stand ("the group that attacked Israel was banned", "attacked Gaza on Monday").
const AFTER_PLACE: &[&str] = &[
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "will",
    "would",
    "on",
    "in",
    "at",
    "from",
    "with",
    "over",
    "and",
    "or",
    "but",
    "for",
    "to",
    "by",
    "after",
    "before",
    "since",
    "during",
    "last",
    "this",
    "overnight",
    "early",
    "late",
    "yesterday",
    "today",
    "again",
    "twice",
    "as",
    "when",
    "while",
    "which",
    "that",
    "who",
    "because",
    "despite",
];

/// Verbs before "to" that tell the act after it as decided or done ("decided to expel the
/// ambassador", "managed to free the hostages", "were forced to withdraw"), not as to come.
const DONE_BEFORE_TO: &[&str] = &[
    "decided",
    "decides",
    "voted",
    "votes",
    "resolved",
    "opted",
    "chose",
    "managed",
    "began",
    "begun",
    "started",
    "continued",
    "continues",
    "forced",
];

/// Words of a death in a sentence ("killed", "shot dead", "fatally").
const DEATH_WORDS: &[&str] = &[
    "killed", "kill", "kills", "killing", "dead", "died", "slain", "murdered", "fatally",
];

/// Words that put an act of force in a war, an insurgency or armed combat.
const WAR_WORDS: &[&str] = &[
    "troops",
    "soldier",
    "soldiers",
    "army",
    "armies",
    "military",
    "rebel",
    "rebels",
    "militant",
    "militants",
    "insurgent",
    "insurgents",
    "fighters",
    "guerrilla",
    "guerrillas",
    "militia",
    "militias",
    "militiamen",
    "jihadist",
    "jihadists",
    "forces",
    "war",
    "offensive",
    "shelling",
    "airstrike",
    "airstrikes",
    "artillery",
    "tanks",
    "warplanes",
    "frontline",
];

/// Words that put an act of force in a protest or a riot.
const RIOT_WORDS: &[&str] = &[
    "protest",
    "protests",
    "protesters",
    "protestors",
    "demonstration",
    "demonstrations",
    "demonstrators",
    "riot",
    "riots",
    "rioting",
    "rioters",
    "rioted",
    "marchers",
    "mob",
    "mobs",
];

/// Roles of armed forces and groups other than police and criminals (`PAKMIL` → `MIL`).
const ARMED_ROLES: &[&str] = &["MIL", "REB", "INS", "SEP", "SPY", "UAF"];

/// Words of armed forces that make a bare "withdrew" a military retreat.
const TROOP_WORDS: &[&str] = &[
    "troops",
    "forces",
    "soldiers",
    "army",
    "tanks",
    "units",
    "militants",
    "fighters",
    "rebels",
    "militia",
    "militias",
    "contingent",
    "battalion",
    "battalions",
    "brigade",
    "brigades",
    "warships",
    "garrison",
];

/// Verbs of causing before an actor and "to" ("led Zambia to bar", "prompted Kenya to
/// close"): what the actor was moved to do is told as done.
const CAUSED: &[&str] = &[
    "led",
    "prompted",
    "forced",
    "caused",
    "persuaded",
    "convinced",
    "compelled",
    "pushed",
    "drove",
    "spurred",
];

/// A determiner or possessive before a pattern head makes it a noun ("the attack").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "'s",
    "whose", "such", "any", "new", "further", "deadly", "latest", "recent", "joint",
];

const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got",
];

/// Verbs that take an event noun as object ("launched an air strike", "staged a protest"): the
/// noun then gets the verb's subject.
const LIGHT_VERBS: &[&str] = &[
    "launch",
    "launches",
    "launched",
    "launching",
    "carried",
    "carries",
    "carry",
    "stage",
    "staged",
    "stages",
    "conduct",
    "conducted",
    "conducts",
    "mount",
    "mounted",
    "mounts",
    "wage",
    "waged",
    "wages",
    "out",
    // "Belgrade offered a formal apology", "paid a visit", "issued a warning", "made an
    // appeal": the act noun is the subject's.
    "offer",
    "offered",
    "offers",
    "offering",
    "made",
    "makes",
    "making",
    "paid",
    "pays",
    "paying",
    "issued",
    "issues",
    "issuing",
    "gave",
    "gives",
    "giving",
    "extended",
    "extends",
    "delivered",
    "delivers",
    // "began a state visit to Russia", "wound up a three-day visit" ("ending its rocket
    // attacks" is no attack).
    "began",
    "begins",
    "beginning",
    "begun",
    "started",
    "starts",
    "starting",
    "wound",
    "winds",
    "winding",
    "concluded",
    "concludes",
    "concluding",
    "completed",
    "completes",
    // "Putin held a telephone conversation with Schroeder".
    "held",
    // "the opposition enforced a general strike".
    "enforce",
    "enforced",
    "enforces",
    "holds",
    "holding",
];

/// Verbs an act noun is the object of after a cue ("ready to give loans", "vowed to step up
/// attacks", "would resume aid"): the cue governs the noun through them.
const CARRIER_VERBS: &[&str] = &[
    "inflict",
    "inflicted",
    "inflicts",
    "inflicting",
    "restart",
    "restarted",
    "give",
    "grant",
    "keep",
    "extend",
    "provide",
    "send",
    "deliver",
    "supply",
    "resume",
    "continue",
    "renew",
    "restore",
    "increase",
    "boost",
    "double",
    "expand",
    "step",
    "ramp",
    "intensify",
    "escalate",
    "launch",
    "stage",
    "mount",
    "conduct",
    "carry",
    "wage",
    "hold",
    "make",
    "start",
    "begin",
    "impose",
    "pay",
];

/// A group right after one of these is a prepositional object, not a subject.
const PREPOSITIONS: &[&str] = &[
    "with", "of", "in", "to", "from", "against", "on", "at", "for", "by", "into", "over", "near",
    "toward", "towards",
];

/// Auxiliaries that make the verb after them finite: a clause of its own.
const FINITE_AUX: &[&str] = &["was", "were", "is", "are", "has", "have", "had"];

/// Time words that may follow a verb before its object or complement ("arrested last month",
/// "detained during the protests").
const TIME_AFTER_VERB: &[&str] = &[
    "last",
    "yesterday",
    "earlier",
    "during",
    "after",
    "since",
    "before",
];

/// Nouns of people, which an actor before them names the people of ("the opposition leader",
/// "Chilean fishermen").
const PEOPLE_NOUNS: &[&str] = &[
    "leader",
    "leaders",
    "figure",
    "figures",
    "member",
    "members",
    "supporters",
    "activist",
    "activists",
    "official",
    "officials",
    "man",
    "men",
    "woman",
    "women",
    "soldier",
    "soldiers",
    "nationals",
    "citizens",
    "citizen",
    "journalist",
    "journalists",
    "worker",
    "workers",
    "fighter",
    "fighters",
    "prisoner",
    "prisoners",
    "detainee",
    "detainees",
    "hostage",
    "hostages",
    "sailors",
    "fishermen",
    "students",
    "politician",
    "politicians",
    "lawmaker",
    "lawmakers",
    "dissident",
    "dissidents",
    "opponent",
    "opponents",
    "critic",
    "critics",
];

/// Verbs of release before a participle that describes what is released ("release detained
/// sailors"), which may stand in a clause of their own and so be no match.
const RELEASE_FORMS: &[&str] = &[
    "release", "releases", "released", "free", "frees", "freed", "return", "returns", "returned",
];

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we"];

/// Verbs whose subject is the author of the event noun they take ("announced sanctions",
/// "ordered an investigation", "approved new sanctions").
const ANNOUNCING: &[&str] = &[
    "announce",
    "announces",
    "announced",
    "declare",
    "declares",
    "declared",
    "order",
    "orders",
    "ordered",
    "approve",
    "approves",
    "approved",
    "unveil",
    "unveils",
    "unveiled",
    "impose",
    "imposes",
    "imposed",
];

/// Nouns of number before "of" and a subject ("thousands of protesters").
const QUANTITIES: &[&str] = &[
    "thousands",
    "hundreds",
    "dozens",
    "scores",
    "tens",
    "millions",
    "group",
    "groups",
    "crowd",
    "crowds",
    "band",
    "number",
    "some",
    "many",
    "several",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
];

/// Words before "claim" (or "allegation") that make it another's claim named as a noun
/// ("Pakistan's claim that", "the claim that"); "its claim" may be the subject's own, made
/// again ("Russia repeated its claim that ...").
const CLAIM_NOUN_DETERMINERS: &[&str] = &["'s", "the", "a", "an", "this", "that"];

/// Verbs that present what follows as an allegation, not a fact.
const CLAIMS: &[&str] = &[
    "claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "alleging",
];

/// Words that open a subordinate clause: a verb after one has its own subject, not the main
/// clause's ("X advised against travel after the shooting").
const SUBORDINATORS: &[&str] = &[
    "after",
    "before",
    "while",
    "because",
    "since",
    "although",
    "though",
    "whereas",
    "when",
    "until",
    "unless",
    "following",
    "once",
];

/// Subordinators that date their clause: with a year in it, the clause is background.
const TEMPORAL_SUBORDINATORS: &[&str] = &[
    "after",
    "before",
    "since",
    "when",
    "until",
    "following",
    "once",
];

/// Participles that are adjectives before "to" ("is opposed to", "is committed to").
const ADJECTIVAL: &[&str] = &[
    "opposed",
    "committed",
    "determined",
    "prepared",
    "dedicated",
];

/// Words between "be" and a participle that do not break a passive ("was reportedly killed").
const PASSIVE_SKIP: &[&str] = &[
    "also",
    SINCE_ADVERB,
    "reportedly",
    "allegedly",
    "not",
    "n't",
    "never",
    "being",
    "been",
    "later",
    "then",
    "again",
    "first",
];

/// Verbs of denial: what their "that" clause tells did not happen, and a pronoun subject of
/// that clause is the denier.
const DENIALS: &[&str] = &["deny", "denies", "denied", "denying"];

/// Verbs of admission: a pronoun subject of their "that" clause is the one who admits.
const ADMISSIONS: &[&str] = &["admitted", "admits", "acknowledged", "acknowledges"];

/// How far back a denial's "that" is looked for.
const DENIAL_REACH: usize = 25;

const NEGATORS: &[&str] = &[
    "not", "n't", "never", "no", "neither", "nor", "deny", "denies", "denied", "denying", "refuse",
    "refuses", "refused", "refusing", "cannot",
];

const MODALS: &[&str] = &[
    "will",
    "would",
    "could",
    "might",
    "may",
    "shall",
    "can",
    "should",
    "'ll",
    "'d",
    "wo",
    "to",
    "threaten",
    "threatens",
    "threatened",
    "threatening",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "promise",
    "promises",
    "promised",
    "pledge",
    "pledges",
    "pledged",
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "want",
    "wants",
    "wanted",
    "seek",
    "seeks",
    "sought",
    "prepare",
    "prepares",
    "prepared",
    "ready",
    "willing",
];

/// Participles that tell an act noun's happening ("talks could be held").
const HELD: &[&str] = &[
    "held",
    "made",
    "signed",
    "staged",
    "launched",
    "carried",
    "conducted",
    "imposed",
    "reached",
    "given",
    "granted",
    "sent",
    "resumed",
];

/// Verbs of force whose object, a town, is the place struck ("shelled Kharkiv", "pounded
/// Aleppo", "captured Bakhmut"): [`RuleCoder::places`].
const STRIKE_WORDS: &[&str] = &[
    "shelled",
    "shelling",
    "bombed",
    "bombing",
    "bombarded",
    "bombarding",
    "pounded",
    "pounding",
    "struck",
    "striking",
    "attacked",
    "attacking",
    "targeted",
    "targeting",
    "besieged",
    "besieging",
    "captured",
    "recaptured",
    "seized",
    "stormed",
    "raided",
    "overran",
    "encircled",
    "invaded",
    "hit",
];

/// Nouns of force before "of" and the town struck ("the siege of Mariupol", "the shelling of
/// Donetsk").
const STRUCK_NOUNS: &[&str] = &[
    "siege",
    "shelling",
    "bombing",
    "bombardment",
    "capture",
    "recapture",
    "fall",
    "invasion",
    "occupation",
    "blockade",
    "storming",
];

/// The modal auxiliaries ("such a meeting might take place").
const AUXILIARY_MODALS: &[&str] = &[
    "will", "would", "could", "might", "may", "shall", "can", "should", "'ll", "'d", "wo",
];

const CONDITIONALS: &[&str] = &["if", "unless"];

/// What arrives somewhere without visiting anyone: people on the move, weapons, goods.
const NOT_VISITORS: &[&str] = &[
    "refugees",
    "migrants",
    "asylum-seekers",
    "tourists",
    "pilgrims",
    "fans",
    "passengers",
    "helicopters",
    "aircraft",
    "jets",
    "planes",
    "ships",
    "vessels",
    "shipments",
    "shipment",
    "supplies",
    "weapons",
    "arms",
    "goods",
    "vehicles",
    "trucks",
    "convoy",
    "convoys",
    "consignment",
    "batch",
    "tanks",
    "ballots",
];

/// Accidents and disasters: a death they cause is no act of violence ("killed in a crash").
/// Not "fire": "killed by Israeli fire" is an attack.
/// Weather that may be the subject of a closure or a blockade ("Heavy snow closed the main
/// highway", "Monsoon rains cut off the town"): only right before the act's verb, never as a
/// scene after it ("killed by gunmen in heavy rain" is violence).
const WEATHER: &[&str] = &[
    "snow",
    "snowfall",
    "snowstorm",
    "snowstorms",
    "blizzard",
    "blizzards",
    "rain",
    "rains",
    "downpour",
    "downpours",
    "fog",
    "mudslide",
    "mudslides",
    "wildfire",
    "wildfires",
    "sandstorm",
    "sandstorms",
];

const ACCIDENTS: &[&str] = &[
    "crash",
    "crashes",
    "accident",
    "accidents",
    "collision",
    "earthquake",
    "quake",
    "tremor",
    "tremors",
    "aftershock",
    "aftershocks",
    "temblor",
    "temblors",
    "earthquakes",
    "quakes",
    "hurricanes",
    "typhoons",
    "cyclones",
    "storms",
    "tornadoes",
    "avalanches",
    "tsunami",
    "flood",
    "floods",
    "flooding",
    "landslide",
    "landslides",
    "avalanche",
    "storm",
    "cyclone",
    "hurricane",
    "typhoon",
    "tornado",
    "stampede",
    "derailment",
    "heatwave",
    "lightning",
    "collapse",
    // "killed when two helicopters crashed".
    "crashed",
    "capsized",
    "derailed",
    "collapsed",
    // "killed when a bus collided with a truck" ("a minibus plunged into a ravine" is the
    // vehicle's; "plunged a knife into" is not an accident).
    "collided",
    "skidded",
    // "killed in a gas cylinder explosion", "a boiler exploded at a textile mill".
    "cylinder",
    "cylinders",
    "boiler",
    "boilers",
    // "A fuel tanker exploded after overturning on a highway, killing 20" ("Rioters
    // overturned cars" and "the blaze killed 12 pupils" after an arson are no accidents).
    "overturning",
    // "The drought that hit Ethiopia killed thousands of cattle".
    "drought",
    "droughts",
    "famine",
    "wildfire",
    "wildfires",
    "bushfire",
    "bushfires",
    "blizzard",
    "mudslide",
    "mudslides",
    "eruption",
];

/// Vehicles: one that strikes or runs people over, with no actor driving it, is an accident
/// ("a speeding bus hit a motorcycle, killing three"), unless it is a bomb or a weapon ("a car
/// bomb", "a truck packed with explosives", "a car rammed soldiers").
const VEHICLES: &[&str] = &[
    "car",
    "cars",
    "truck",
    "trucks",
    "lorry",
    "lorries",
    "bus",
    "buses",
    "minibus",
    "van",
    "train",
    "trains",
    "tanker",
    "vehicle",
    "vehicles",
    "motorcycle",
    "taxi",
    "tractor",
    "coach",
    "jeep",
    "suv",
    "trailer",
];

/// Verbs that adopt a text or plan, which then does what it says ("adopted a resolution
/// demanding a ceasefire", "approved a plan that will impose sanctions").
const ADOPTING: &[&str] = &[
    "approved",
    "adopted",
    "passed",
    "endorsed",
    "unveiled",
    "announced",
    "approves",
    "adopts",
    "passes",
];

/// Offices whose holder's killing is an assassination (singular: "killed two judges" may be
/// anyone's violence; see `assassinations`).
const OFFICES: &[&str] = &[
    "governor",
    "minister",
    "mayor",
    "president",
    "premier",
    "lawmaker",
    "legislator",
    "senator",
    "mp",
    "judge",
    "prosecutor",
    "ambassador",
    "envoy",
    "candidate",
    "councillor",
    "councilor",
    "politician",
    "commissioner",
];

/// Verbs and nouns of play that the lexicon codes as force (see `drop_sport`).
const SPORT_PLAY: &[&str] = &[
    "fight",
    "fights",
    "fought",
    "fighting",
    "battle",
    "battles",
    "battled",
    "battling",
    "clash",
    "clashes",
    "clashed",
    "attack",
    "attacks",
    "attacked",
    "attacking",
    "hit",
    "hits",
    "shot",
    "shots",
    "shoot",
    "shooting",
    "strike",
    "strikes",
    "struck",
    "beat",
    "beats",
    "beaten",
    "crush",
    "crushed",
    "crushing",
    "thrash",
    "thrashed",
    "wounds",
    "defeat",
    "defeated",
    "bombard",
    "bombarded",
    "raid",
    "raids",
];

/// How far back the negation and modal cues are looked for.
const CUE_WINDOW: usize = 4;

/// How far from a verb a date may stand to make its clause background.
const BACKGROUND_REACH: usize = 9;

/// How far right a verb looks for its target.
const TARGET_WINDOW: usize = 12;

/// The rule-based [`Coder`]. Build it once and share it: [`Coder::code`] takes `&self`.
#[derive(Debug, Clone)]
pub struct RuleCoder {
    actors: Lexicon,
    verbs: Verbs,
    generic: Generic,
}

impl RuleCoder {
    /// The built-in actor and verb lexicons.
    pub fn builtin() -> Result<RuleCoder, Error> {
        Ok(RuleCoder::new(Lexicon::builtin()?, Verbs::builtin()?))
    }

    pub fn new(actors: Lexicon, verbs: Verbs) -> RuleCoder {
        // The gazetteer that places acts in towns is parsed here, once, not at the first
        // sentence that names a town.
        Gazetteer::builtin();
        RuleCoder {
            actors,
            verbs,
            generic: Generic::builtin(),
        }
    }

    pub fn verbs(&self) -> &Verbs {
        &self.verbs
    }

    /// The actors [`Coder::code`] uses for `sentence`: the lexicon's matches plus generic
    /// actors, bare role nouns such as "police" or "protesters" (`---COP`, `---OPP`; see
    /// `data/actors/roles.tsv`), in text order. A caller with actors of its own (people resolved
    /// across a document) can add them to this list and pass it to
    /// [`RuleCoder::code_with_actors`].
    pub fn find_actors(&self, sentence: &str) -> Vec<ActorMention> {
        let tokens = tokenize(sentence, TextRange::new(0, sentence.len()));
        let words = lower_words(sentence, &tokens);
        let mentions = counterparts(sentence, self.actors.find(sentence));
        self.generic.add(sentence, &tokens, &words, mentions)
    }

    /// Codes `sentence` with the lexicon's matches in it found by the caller (once over a whole
    /// document, say; ranges into `sentence`, in text order) plus the caller's own actors
    /// (`extra`: people resolved across the document). Generic actors are added as [`Coder::code`]
    /// adds them; where mentions overlap, the longer (then the earlier) is kept. The sentence is
    /// tokenised once.
    pub fn code_with_lexicon(
        &self,
        sentence: &str,
        lexicon: Vec<ActorMention>,
        extra: &[ActorMention],
    ) -> Vec<Coding> {
        let tokens = tokenize(sentence, TextRange::new(0, sentence.len()));
        let words = lower_words(sentence, &tokens);
        let lexicon = counterparts(sentence, lexicon);
        let mut mentions = self.generic.add(sentence, &tokens, &words, lexicon);
        if !extra.is_empty() {
            mentions.extend(extra.iter().cloned());
            mentions.sort_by_key(|m| (m.range.start, m.range.end));
        }
        let mentions = clean_mentions(sentence, &mentions);
        self.code_tokens(sentence, tokens, words, mentions)
    }

    /// Codes `sentence` with the caller's actors instead of the lexicon's: `actors` are
    /// mentions with byte ranges into `sentence` (for example the lexicon's matches from
    /// [`RuleCoder::find_actors`] plus people found by document-level resolution). Mentions
    /// whose range is not on char boundaries of `sentence` are ignored; where two overlap, the
    /// longer (then the earlier) is kept. Nothing is added: generic actors come only from
    /// [`RuleCoder::find_actors`].
    pub fn code_with_actors(&self, sentence: &str, actors: &[ActorMention]) -> Vec<Coding> {
        let tokens = tokenize(sentence, TextRange::new(0, sentence.len()));
        let words = lower_words(sentence, &tokens);
        let mentions = clean_mentions(sentence, actors);
        self.code_tokens(sentence, tokens, words, mentions)
    }
}

impl RuleCoder {
    /// Codes a tokenised sentence with its mentions (in text order, without overlaps).
    fn code_tokens(
        &self,
        sentence: &str,
        tokens: Vec<TextRange>,
        words: Vec<String>,
        mentions: Vec<ActorMention>,
    ) -> Vec<Coding> {
        let mut mentions = mentions;
        mentions.retain(|m| !third_party_compound(sentence, m.range.end));
        let places = self.places(sentence, &tokens, &words, &mentions);
        Sentence::new(
            sentence,
            tokens,
            words,
            mentions,
            places,
            &self.verbs,
            &self.actors,
        )
        .code(self.verbs.version())
    }

    /// Capitals and towns named as the place where something happens ("marched in Athens", "a
    /// bomb exploded in Mosul"), which the lexicon reports as no actor: one to three
    /// capitalised words outside every mention after "in", "through", "across" or "outside"
    /// (with "the", "central", "northern", ... between: [`PLACE_PARTS`]), after "the streets
    /// of" or in "in the capital, X", that name a capital or a town of the gazetteer
    /// ([`town_country`]) and are not the start of a longer name ("in Athens, Georgia", "in
    /// Kingston Town"), nor where a speaker spoke ("said in Cairo", "speaking in Brussels").
    fn places(
        &self,
        text: &str,
        tokens: &[TextRange],
        words: &[String],
        mentions: &[ActorMention],
    ) -> Vec<Place> {
        let word = |i: usize| words.get(i).map_or("", String::as_str);
        let capitalised = |i: usize| {
            tokens
                .get(i)
                .and_then(|t| t.slice(text))
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
        };
        let mentioned = |i: usize| {
            tokens.get(i).is_some_and(|t| {
                mentions
                    .iter()
                    .any(|m| m.range.start < t.end && t.start < m.range.end)
            })
        };
        let mut places = Vec::new();
        let mut i = 1;
        while i < tokens.len() {
            // (Only a capitalised word may start a place name: the cheap test first.)
            if !capitalised(i) {
                i += 1;
                continue;
            }
            // "marched through Caracas", "the streets of Budapest", "outside Kabul", "in the
            // capital, Athens", "through central Athens" (not "at", "around": "at Liverpool's
            // clash", "a musical around Abba's hits").
            // ("an attack on Kyiv", "an offensive against Kharkiv": what force strikes.)
            let preposition = |w: &str| {
                matches!(
                    w,
                    "in" | "through" | "across" | "outside" | "on" | "against" | "into"
                )
            };
            let part = |w: &str| PLACE_PARTS.contains(&w);
            let k = if part(word(i - 1)) {
                i.saturating_sub(2)
            } else if word(i - 1) == "," && word(i.saturating_sub(2)) == "capital" {
                // "in the capital, Athens": the preposition before "the capital".
                i.saturating_sub(4)
            } else if word(i - 1) == "of"
                && matches!(
                    word(i.saturating_sub(2)),
                    "district"
                        | "districts"
                        | "town"
                        | "city"
                        | "village"
                        | "port"
                        | "province"
                        | "region"
                        | "suburb"
                        | "suburbs"
                        | "outskirts"
                        | "part"
                        | "parts"
                        | "area"
                        | "areas"
                        | "neighbourhood"
                        | "neighbourhoods"
                        | "neighborhood"
                        | "neighborhoods"
                        | "centre"
                        | "center"
                )
            {
                // "shelled residential districts of Kharkiv", "on the outskirts of Kabul": the
                // word before the part of town, over one modifier.
                if preposition(word(i.saturating_sub(3)))
                    || STRIKE_WORDS.contains(&word(i.saturating_sub(3)))
                {
                    i.saturating_sub(3)
                } else {
                    i.saturating_sub(4)
                }
            } else {
                i - 1
            };
            // "Russian forces shelled Kharkiv", "the siege of Mariupol": a town that force
            // strikes, right after its verb or noun, is where it struck.
            let struck = STRIKE_WORDS.contains(&word(k))
                || (word(k) == "of" && k >= 1 && STRUCK_NOUNS.contains(&word(k - 1)));
            // "sent envoys to Khartoum", "flew to Kabul": where a visitor goes.
            let visited = word(k) == "to"
                && k >= 1
                && (matches!(
                    word(k - 1),
                    "envoy"
                        | "envoys"
                        | "delegation"
                        | "delegations"
                        | "emissary"
                        | "emissaries"
                        | "trip"
                        | "visit"
                        | "travelled"
                        | "traveled"
                        | "travels"
                        | "flew"
                        | "flies"
                        | "headed"
                        | "heads"
                ) || {
                    // "Monday's visit by Polish Prime Minister Jan Wierzbicki to Kyiv": the
                    // visitor named between the visit and where it went.
                    // (Not past another verb: "Biden's visit sent a strong message to Moscow".)
                    let mut back = (k.saturating_sub(9)..k - 1).rev().take_while(|&j| {
                        let w = word(j);
                        // (Not a name: "Mohammed bin Salman".)
                        let past = !capitalised(j)
                            && ((w.len() > 3 && w.ends_with("ed"))
                                || crate::verbs::is_irregular_past(w));
                        !matches!(w, "," | ";" | ":" | "." | "to") && !past
                    });
                    back.any(|j| matches!(word(j), "visit" | "visits" | "trip" | "trips"))
                });
            let after_in = preposition(word(k))
                || struck
                || visited
                || (word(i - 1) == "of" && i >= 2 && word(i - 2) == "streets");
            // "said in Cairo", "told reporters in Geneva": where a speaker spoke, not where
            // the act was.
            let spoken = k >= 1
                && (SPEECH.contains(&word(k - 1))
                    || matches!(
                        word(k - 1),
                        "reporters"
                            | "conference"
                            | "briefing"
                            | "statement"
                            | "interview"
                            | "speaking"
                            | "addressing"
                            | "visiting"
                    ));
            if !after_in || spoken || !capitalised(i) || mentioned(i) {
                i += 1;
                continue;
            }
            let found = (1..=3).rev().find_map(|n| {
                let last = i + n - 1;
                if !(i..=last).all(|k| capitalised(k) && !mentioned(k)) {
                    return None;
                }
                let range = TextRange::new(tokens.get(i)?.start, tokens.get(last)?.end);
                let name = range.slice(text)?;
                // "in March", "in May": a month is no town.
                if n == 1 && sitrep_text::calendar::is_month_or_weekday(word(i)) {
                    return None;
                }
                let country = self
                    .actors
                    .capital_country(name)
                    .or_else(|| town_country(name))?;
                // "Athens, Georgia", "Kingston Town": a longer name, not the capital;
                // "Nairobi, Kenya" is the capital still.
                let next = last + 1;
                // "in Kabul, Afghan officials said" and "in Caracas Sunday" are the capital
                // still: a mention other than another country's bare name, or a day, follows.
                let other_place = |k: usize| {
                    let at = tokens
                        .get(k)
                        .and_then(|t| mentions.iter().find(|m| m.range.start == t.start));
                    match at {
                        Some(m) => {
                            m.kind == ActorKind::Country
                                && m.role.is_none()
                                && m.actor.country.as_deref() != Some(country)
                        }
                        None => !sitrep_text::calendar::is_month_or_weekday(word(k)),
                    }
                };
                let longer = (capitalised(next) && other_place(next))
                    || (word(next) == "," && capitalised(next + 1) && other_place(next + 1));
                if longer {
                    return None;
                }
                let actor = self.actors.country(country)?;
                Some((n, Place { range, actor }))
            });
            match found {
                Some((n, place)) => {
                    places.push(place);
                    i += n;
                }
                None => i += 1,
            }
        }
        places
    }
}

impl Coder for RuleCoder {
    fn code(&self, sentence: &str) -> Vec<Coding> {
        let tokens = tokenize(sentence, TextRange::new(0, sentence.len()));
        let words = lower_words(sentence, &tokens);
        let mentions = counterparts(sentence, self.actors.find(sentence));
        let mentions = self.generic.add(sentence, &tokens, &words, mentions);
        self.code_tokens(sentence, tokens, words, mentions)
    }
}

/// "met his Bolivian counterpart": a country's adjective before "counterpart" names its body
/// of the same role as the actor named before it, in a sentence coded alone (a document
/// resolves the person behind it, in `sitrep-actors`'s `document`).
fn counterparts(text: &str, mut mentions: Vec<ActorMention>) -> Vec<ActorMention> {
    for i in 0..mentions.len() {
        // The counterpart holds the role of the nearest actor named before it with one
        // ("the Chilean foreign minister met his Bolivian counterpart": GOV; "Indian troops
        // and their Chinese counterparts": MIL); with none named, it is left as its country.
        let suffix = mentions
            .get(..i)
            .unwrap_or_default()
            .iter()
            .rev()
            .find_map(|p| p.actor.code.get(3..).filter(|s| !s.is_empty()))
            .map(str::to_owned);
        let Some(m) = mentions.get_mut(i) else {
            continue;
        };
        if m.kind != ActorKind::Country || m.role.is_some() {
            continue;
        }
        let Some(suffix) = suffix else {
            continue;
        };
        let Some(country) = m.actor.country.clone() else {
            continue;
        };
        let rest = text.get(m.range.end..).unwrap_or("");
        let gap = rest.len() - rest.trim_start().len();
        let word: String = rest
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if !matches!(word.as_str(), "counterpart" | "counterparts") {
            continue;
        }
        m.range = TextRange::new(m.range.start, m.range.end + gap + word.len());
        m.matched = text
            .get(m.range.start..m.range.end)
            .unwrap_or("")
            .to_owned();
        m.actor.code = format!("{country}{suffix}");
        if suffix == "GOV" {
            m.actor.name = format!("{} government", m.actor.name);
            m.actor.id = format!("{}-government", m.actor.id);
        }
        m.kind = ActorKind::Government;
        m.role = Some(word);
    }
    mentions
}

/// The country (ISO alpha-3) of the town or province `name` names ("Karachi" = `PAK`, "Kiev" =
/// `UKR`) in the gazetteer, when one place of 20,000 people or more outweighs every namesake
/// abroad five times over ("Punjab" is Pakistan's and India's: none). Places whose own name it
/// is come first; other names count only when no place has it as its own.
pub fn town_country(name: &str) -> Option<&'static str> {
    let gazetteer = Gazetteer::builtin();
    let key = sitrep_geo::fold(name);
    let known = || {
        gazetteer
            .lookup_folded(&key)
            .filter(|e| matches!(e.kind, GeoKind::Place | GeoKind::Admin1))
    };
    // Places of that name first; another name of a larger place only when none has it
    // ("Kiev" is Kyiv, but "Bethlehem" is not Belem, which some call so).
    let mut folded = String::new();
    let mut own_name = |e: &sitrep_geo::Entry| {
        folded.clear();
        sitrep_geo::fold_into(e.name, &mut folded);
        folded == key
    };
    let named: Vec<bool> = known().map(&mut own_name).collect();
    let any_named = named.contains(&true);
    let mut places = known()
        .zip(named)
        .filter(|(_, own)| !any_named || *own)
        .map(|(e, _)| e);
    let top = places.next()?;
    if top.population < 20_000 {
        return None;
    }
    let rival = places
        .find(|e| e.country != top.country)
        .map_or(0, |e| e.population);
    if rival.saturating_mul(5) > top.population {
        return None;
    }
    gazetteer.iso3(top.country)
}

/// The countries (ISO alpha-3) of every town of `min_population` people or more that `name`
/// names in the gazetteer ("Rafah": Palestine and Egypt; "Goma": DR Congo), none when it names
/// no such place ("Senate").
pub fn place_countries(name: &str, min_population: u64) -> Vec<&'static str> {
    let gazetteer = Gazetteer::builtin();
    let key = sitrep_geo::fold(name);
    let mut out: Vec<&'static str> = Vec::new();
    for e in gazetteer.lookup_folded(&key) {
        if e.kind == GeoKind::Place
            && e.population >= min_population
            && let Some(c) = gazetteer.iso3(e.country)
            && !out.contains(&c)
        {
            out.push(c);
        }
    }
    out
}

/// The country (ISO alpha-3) of the province or state `name` names in the gazetteer, when
/// only one country has one of that name ("West Bengal": `IND`; "Idaho": `USA`).
pub fn province_country(name: &str) -> Option<&'static str> {
    let gazetteer = Gazetteer::builtin();
    let mut countries = gazetteer
        .lookup_folded(&sitrep_geo::fold(name))
        .filter(|e| e.kind == GeoKind::Admin1)
        .filter_map(|e| gazetteer.iso3(e.country));
    let first = countries.next()?;
    countries.all(|c| c == first).then_some(first)
}

/// Roles that stay at home: police, workers, protesters, civilians, students, doctors,
/// courts, farmers, lawmakers and government.
const HOME_ROLES: &[&str] = &[
    "COP", "LAB", "OPP", "CVL", "EDU", "MED", "JUD", "AGR", "LEG", "GOV",
];

/// Gives an article's home country (ISO alpha-3: its dateline's, or the one country it names)
/// to the generic actors of `coding` that name none and stay at home ("Police arrested ten
/// workers" under `KARACHI:` is `PAKCOP` on `PAKLAB`); troops, rebels and others that travel
/// keep none.
pub fn localize_home(coding: &mut Coding, country: &str) {
    for actor in [&mut coding.source, &mut coding.target]
        .into_iter()
        .flatten()
    {
        if actor.country.is_none()
            && actor
                .code
                .strip_prefix("---")
                .is_some_and(|suffix| HOME_ROLES.contains(&suffix))
        {
            localize(actor, country);
        }
    }
}

/// A generic actor (`---COP`) as `country`'s (`KENCOP`), with its name and id.
fn localize(actor: &mut ActorRef, country: &str) {
    let suffix = actor.code.get(3..).unwrap_or("").to_owned();
    actor.code = format!("{country}{suffix}");
    actor.name = format!("{country} {}", actor.name);
    actor.id = actor.name.to_lowercase().replace(' ', "-");
    actor.country = Some(country.to_owned());
}

/// The lower-case text of each token, with typographic apostrophes made plain. "since" right
/// after "has", "have" or "had" is the adverb ("have since criticised", "has since been
/// freed"), written [`SINCE_ADVERB`] so that it opens no clause.
pub(crate) fn lower_words(text: &str, tokens: &[TextRange]) -> Vec<String> {
    let mut words: Vec<String> = tokens
        .iter()
        .map(|t| {
            let w = t.slice(text).unwrap_or("");
            if w.is_ascii() {
                w.to_ascii_lowercase()
            } else {
                w.replace('\u{2019}', "'").to_lowercase()
            }
        })
        .collect();
    for k in 1..words.len() {
        if words[k] == "since" && matches!(words[k - 1].as_str(), "has" | "have" | "had") {
            SINCE_ADVERB.clone_into(&mut words[k]);
        }
    }
    words
}

/// "since" as an adverb of time ("has since resigned"): see [`lower_words`].
const SINCE_ADVERB: &str = "since-then";

/// Tokens that are words of a name, not verbs: capitalised inside the sentence ("the Court of
/// Appeal", "Tour de France", "23 March"), unless the sentence is a title-case headline (most
/// words capitalised and no full stop at the end), where every word is capitalised.
fn name_words(text: &str, tokens: &[TextRange]) -> Vec<bool> {
    let caps: Vec<Option<bool>> = tokens
        .iter()
        .map(|t| {
            let c = t.slice(text)?.chars().next()?;
            c.is_alphabetic().then(|| c.is_uppercase())
        })
        .collect();
    let words = caps.iter().flatten().count();
    let capitalised = caps.iter().flatten().filter(|c| **c).count();
    // A sentence that ends with a full stop and has lower-case words is prose, however many
    // names it lists ("Credit Suisse, Commerzbank and Merrill Lynch are co-lead managers.");
    // headlines have no full stop, and all-capital wire copy no lower case.
    let prose = text.trim_end().ends_with('.') && capitalised < words;
    if words == 0 || (capitalised * 2 > words && !prose) {
        return vec![false; tokens.len()];
    }
    (0..tokens.len())
        .map(|i| {
            let starts_clause = i == 0
                || tokens
                    .get(i - 1)
                    .and_then(|t| t.slice(text))
                    .is_some_and(|p| {
                        matches!(
                            p,
                            ":" | "\"" | "\u{201c}" | "'" | "\u{2018}" | "(" | "-" | "\u{2014}"
                        )
                    });
            caps.get(i).copied().flatten() == Some(true) && !starts_clause
        })
        .collect()
}

/// The caller's mentions in text order, without overlaps or ranges off char boundaries.
fn clean_mentions(text: &str, actors: &[ActorMention]) -> Vec<ActorMention> {
    let mut cands: Vec<&ActorMention> = actors
        .iter()
        .filter(|m| m.range.start < m.range.end && m.range.slice(text).is_some())
        .collect();
    cands.sort_by(|a, b| {
        b.range
            .len()
            .cmp(&a.range.len())
            .then(a.range.start.cmp(&b.range.start))
    });
    let mut kept: Vec<ActorMention> = Vec::new();
    for m in cands {
        if kept
            .iter()
            .all(|k| m.range.end <= k.range.start || k.range.end <= m.range.start)
        {
            kept.push(m.clone());
        }
    }
    kept.sort_by_key(|m| m.range.start);
    kept
}

/// Whether the actor ending at byte `end` qualifies a noun as the third party of a hyphenated
/// compound ("U.S.-brokered peace talks", "Qatar-mediated talks", "Egypt-hosted talks"): it
/// brokered or hosted them and takes no part in the act told. (The author of a "U.S.-drafted
/// resolution" is its target when it is vetoed; "Saudi-led" and "Iran-sponsored" stay with their
/// noun.)
fn third_party_compound(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let Some(rest) = rest.strip_prefix(".-").or(rest.strip_prefix('-')) else {
        return false;
    };
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_lowercase())
        .collect();
    matches!(
        word.as_str(),
        "brokered" | "mediated" | "hosted" | "organised" | "organized"
    )
}

/// Coordinated actor mentions: indices into the mentions, and the token span they cover.
#[derive(Debug, Clone)]
struct Group {
    members: Vec<usize>,
    start: usize,
    end: usize,
}

/// A kept pattern match and what it resolved to.
#[derive(Debug, Clone)]
struct Link {
    m: VerbMatch,
    noun: bool,
    source: Option<usize>,
    target: Option<usize>,
}

/// A capital or town named as the place where something happens, standing for its country.
#[derive(Debug, Clone)]
struct Place {
    range: TextRange,
    actor: ActorRef,
}

struct Sentence<'a> {
    /// The actor lexicon, for the countries that places and protesters stand for.
    actors: &'a Lexicon,
    tokens: Vec<TextRange>,
    words: Vec<String>,
    mentions: Vec<ActorMention>,
    /// The group of each token that names an actor.
    group_of: Vec<Option<usize>>,
    groups: Vec<Group>,
    matches: Vec<Link>,
    /// Whether each token is a capitalised word inside its clause (a name).
    names: Vec<bool>,
    /// Capitals and towns named as places, in text order.
    places: Vec<Place>,
}

impl<'a> Sentence<'a> {
    fn new(
        text: &str,
        tokens: Vec<TextRange>,
        words: Vec<String>,
        mut mentions: Vec<ActorMention>,
        places: Vec<Place>,
        verbs: &Verbs,
        actors: &'a Lexicon,
    ) -> Sentence<'a> {
        let names = name_words(text, &tokens);
        // Token span of each mention, then groups of coordinated mentions. Tokens and mentions
        // are both in text order, so one forward walk finds every span.
        let mut spans: Vec<(usize, usize, usize)> = Vec::new();
        let mut ti = 0;
        for (mi, m) in mentions.iter().enumerate() {
            while tokens.get(ti).is_some_and(|t| t.end <= m.range.start) {
                ti += 1;
            }
            // A token that starts inside the mention is its own, so "U.S." (a mention "U.S"
            // before the abbreviation's last dot) still covers its token.
            let mut end = ti;
            while tokens
                .get(end)
                .is_some_and(|t| t.start >= m.range.start && t.start < m.range.end)
            {
                end += 1;
            }
            if end > ti {
                spans.push((mi, ti, end));
            }
        }
        let mut groups: Vec<Group> = Vec::new();
        // A country that qualifies the actor right after it: its group and mention.
        let mut qualifiers: Vec<(usize, usize)> = Vec::new();
        for (mi, start, end) in spans {
            // ", the Israeli army said": a trailing speaker is not one more member of the list
            // before it.
            // (", U.N. investigators said": a noun of its own between.)
            let speech_at = |ti: usize| words.get(ti).is_some_and(|w| SPEECH.contains(&w.as_str()));
            // (Not "France, Britain and Canada have said" or "also said": the list speaks.)
            let speaks = speech_at(end)
                || (words.get(end).is_some_and(|w| {
                    !w.is_empty()
                        && w.bytes().all(|b| b.is_ascii_lowercase())
                        && !w.ends_with("ly")
                        && !matches!(
                            w.as_str(),
                            "have"
                                | "has"
                                | "had"
                                | "also"
                                | "all"
                                | "both"
                                | "each"
                                | "then"
                                | "too"
                                | "later"
                                | "earlier"
                                | "again"
                                | "will"
                                | "would"
                        )
                }) && speech_at(end + 1)
                    && start > 0
                    && words.get(start - 1).is_some_and(|w| w == ","));
            // "If Iraq invades Kuwait, the United States will ...", "After Iraq invaded
            // Kuwait, the US ...": a comma that closes a subordinate clause joins no list.
            // (A list goes on after the new member: "When Russia, China and India met".)
            let list_goes_on = words
                .get(end)
                .is_some_and(|w| matches!(w.as_str(), "and" | "," | "or" | "nor"));
            // "In Kenya, Ugandan police arrested ...", "Unlike Egypt, Jordan ...": so does one
            // that closes a phrase opening the clause.
            let closes_clause = |g: &Group| {
                let before: Vec<&str> = (0..g.start)
                    .rev()
                    .map(|ti| words.get(ti).map_or("", String::as_str))
                    .take_while(|w| !matches!(*w, "," | ";" | ":" | "." | "—" | "-" | "–"))
                    .collect();
                let opening_phrase = before.len() <= 3
                    && before.last().is_some_and(|w| {
                        matches!(
                            *w,
                            "in" | "inside"
                                | "outside"
                                | "across"
                                | "throughout"
                                | "unlike"
                                | "like"
                        )
                    });
                // "Bowing to pressure from the United States, Pakistan dropped the plan": a
                // participle that opens the sentence.
                let participial = before.len() == g.start
                    && before
                        .last()
                        .is_some_and(|w| w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")));
                !list_goes_on
                    && (g.end..start).any(|ti| words.get(ti).is_some_and(|w| w == ","))
                    && (opening_phrase
                        || participial
                        || before.iter().any(|w| {
                            matches!(*w, "if" | "unless" | "when" | "as" | "once" | "according")
                                || SUBORDINATORS.contains(w)
                        }))
            };
            // "Protests erupted in Egypt and Tunisian police fired tear gas": an "and" after
            // the object of a clause's preposition, before an actor with a past tense of its
            // own, joins two clauses, not two actors ("talks with Iran and Russia ended" has no
            // verb before its preposition; "between Egypt and Sudan" is one pair).
            let past = |ti: usize| {
                words.get(ti).is_some_and(|w| {
                    (w.len() > 4 && w.ends_with("ed")) || crate::verbs::is_irregular_past(w)
                })
            };
            let new_clause = |g: &Group| {
                let mut p = g.start;
                while p > 0 && words.get(p - 1).is_some_and(|w| w == "the") {
                    p -= 1;
                }
                let object = p > 0
                    && words.get(p - 1).is_some_and(|w| {
                        PREPOSITIONS.contains(&w.as_str())
                            && !matches!(w.as_str(), "of" | "between")
                    });
                let verb_before = (0..p.saturating_sub(1))
                    .rev()
                    .take_while(|&ti| {
                        words
                            .get(ti)
                            .is_some_and(|w| !matches!(w.as_str(), "," | ";" | ":" | "that"))
                    })
                    .any(past);
                // The actor after "and" names a body with a role ("Tunisian police"): a bare
                // country or organisation there is as often one more member of a list
                // ("troops stationed in Mali and Niger killed 20 militants", "militias backed
                // by Iran and Syria attacked"), and a participle with "by" after it is no verb
                // of its own.
                let body = mentions.get(mi).is_some_and(|m| m.role.is_some());
                object
                    && body
                    && verb_before
                    && past(end)
                    && words.get(end + 1).is_none_or(|w| w != "by")
                    && (g.end..start).any(|ti| words.get(ti).is_some_and(|w| w == "and"))
            };
            // "Iran, Iraq's enemy in the war, fired ...", "China, Japan's biggest trading
            // partner, ...": a possessive after a comma opens an apposition about the actor
            // before it, no second member.
            let apposition = words.get(end).is_some_and(|w| w == "'s")
                && words
                    .get(end + 1)
                    .is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()) && !w.is_empty())
                && groups.last().is_some_and(|g| {
                    g.end < start
                        && (g.end..start).all(|ti| words.get(ti).is_some_and(|w| w == ","))
                });
            let joins = !speaks
                && !apposition
                && groups.last().is_some_and(|g| {
                    (g.end..start)
                        .all(|ti| words.get(ti).is_some_and(|w| JOINERS.contains(&w.as_str())))
                        && !closes_clause(g)
                        && !new_clause(g)
                });
            // "Colombian FARC rebels", "Syrian Senator Kamal Haddad": a country right before
            // another actor, with nothing between, says whose that actor is; it is no second
            // member ("Iran Iraq" is not written for "Iran and Iraq").
            let qualified = groups.last().and_then(|g| {
                let &prev = g.members.last()?;
                let (p, m) = (mentions.get(prev)?, mentions.get(mi)?);
                let plain_country = |a: &ActorMention| {
                    a.kind == ActorKind::Country && a.role.is_none() && !a.metonymic
                };
                (g.end == start && plain_country(p) && !plain_country(m)).then_some(prev)
            });
            if let (Some(prev), Some(g)) = (qualified, groups.last_mut()) {
                let country = mentions.get(prev).and_then(|p| p.actor.country.clone());
                if let Some(m) = mentions.get_mut(mi)
                    && m.actor.country.is_none()
                    && let (Some(c), Some(agent)) = (country, m.actor.code.strip_prefix("---"))
                {
                    m.actor.code = format!("{c}{agent}");
                    m.actor.country = Some(c);
                }
                g.members.pop();
                g.members.push(mi);
                g.end = end;
                qualifiers.push((groups.len() - 1, prev));
                continue;
            }
            match groups.last_mut() {
                Some(g) if joins => {
                    g.members.push(mi);
                    g.end = end;
                }
                _ => groups.push(Group {
                    members: vec![mi],
                    start,
                    end,
                }),
            }
        }
        let mut group_of = vec![None; tokens.len()];
        // Role nouns ("troops", "peacekeepers", "ministers") may also be pattern words
        // ("deployed troops", "received ministers"); names may not.
        let mut blocked = vec![false; tokens.len()];
        for (gi, g) in groups.iter().enumerate() {
            for ti in g.start..g.end {
                let owner = g.members.iter().find_map(|&mi| {
                    let (m, t) = (mentions.get(mi)?, tokens.get(ti)?);
                    (t.start >= m.range.start && t.start < m.range.end).then_some(m)
                });
                let qualifier = qualifiers.iter().any(|&(qg, mi)| {
                    qg == gi
                        && mentions
                            .get(mi)
                            .zip(tokens.get(ti))
                            .is_some_and(|(m, t)| t.start >= m.range.start && t.start < m.range.end)
                });
                if qualifier && let Some(slot) = group_of.get_mut(ti) {
                    *slot = Some(gi);
                }
                if let Some(m) = owner {
                    if let Some(slot) = group_of.get_mut(ti) {
                        *slot = Some(gi);
                    }
                    // No pattern names a country, so every word of a role mention may serve.
                    let role_word = m.role.is_some() && !m.metonymic;
                    if let Some(b) = blocked.get_mut(ti) {
                        *b = !role_word;
                    }
                }
            }
        }

        // A capitalised month inside the sentence is a date, not a pattern word ("held in the
        // capital on the March 11 anniversary" is no "hold ... march"). Other capitalised
        // words may be ("threatened to close the Suez Canal").
        for ((b, &name), w) in blocked.iter_mut().zip(names.iter()).zip(words.iter()) {
            *b |= name && sitrep_text::calendar::is_month_or_weekday(w);
        }
        // Pattern matches: more words first, then leftmost; a token serves one match only.
        let mut cands: Vec<VerbMatch> = Vec::new();
        for head in 0..tokens.len() {
            if group_of.get(head).copied().flatten().is_some()
                || names.get(head).copied().unwrap_or(false)
            {
                continue;
            }
            cands.extend(verbs.matches_at(&words, &blocked, head));
        }
        // "The convoy drove out of Kabul": driven out with no one driven is a journey, not
        // force ("drove the militants out of the valley").
        cands.retain(|m| {
            let driven = words.get(m.head).is_some_and(|w| {
                ["drov", "driv", "push", "chas"]
                    .iter()
                    .any(|s| w.starts_with(s))
            });
            let passive = m
                .head
                .checked_sub(1)
                .and_then(|b| words.get(b))
                .is_some_and(|w| matches!(w.as_str(), "was" | "were" | "been" | "be" | "being"));
            !(driven
                && !passive
                && m.words.get(1) == Some(&(m.head + 1))
                && words.get(m.head + 1).is_some_and(|w| w == "out")
                && words.get(m.head + 2).is_some_and(|w| w == "of"))
        });
        // "announced on Tuesday it was cutting its aid": a pronoun and a finite verb inside a
        // pattern's gap open a clause of their own; the pattern does not reach across it.
        cands.retain(|m| {
            !m.words.windows(2).any(|w| {
                let (x, y) = (
                    w.first().copied().unwrap_or(0),
                    w.last().copied().unwrap_or(0),
                );
                let (a, b) = (x.min(y), x.max(y));
                (a + 1..b.saturating_sub(1)).any(|k| {
                    words.get(k).is_some_and(|x| PRONOUNS.contains(&x.as_str()))
                        && words.get(k + 1).is_some_and(|x| {
                            FINITE_AUX.contains(&x.as_str())
                                || matches!(x.as_str(), "would" | "will" | "could" | "might")
                        })
                })
            })
        });
        // "restored order and dissolved parliament": a pattern whose gap ran past its own
        // object, "and" and another verb is two acts misread as one; it is dropped before the longest patterns are chosen, so that a shorter one may take its words
        // ("sent troops, backed by tanks, to the border" is troops sent, no tanks given; "beat and
        // arrested protesters", with nothing before "and", keeps both).
        cands.retain(|o| {
            let last = o.words.iter().copied().max().unwrap_or(o.head);
            o.nominal
                || !(o.head + 2..last).any(|h| {
                    words.get(h).is_some_and(|w| {
                        (w.len() > 3 && w.ends_with("ed")) || crate::verbs::is_irregular_past(w)
                    }) && words
                        .get(h - 1)
                        .is_some_and(|w| matches!(w.as_str(), "and" | "but" | ","))
                        && (o.head + 1..h - 1).any(|k| {
                            words
                                .get(k)
                                .is_some_and(|w| !DETERMINERS.contains(&w.as_str()))
                        })
                })
        });
        // More words first, then leftmost, then a phrase that is no event ("=jails" over
        // "jail", "the fire service was called at" over "fire ... at"), then the wider span
        // ("halted fuel shipments" over "halted fuel").
        let last = |m: &VerbMatch| m.words.iter().copied().max().unwrap_or(m.head);
        cands.sort_by(|a, b| {
            b.words
                .len()
                .cmp(&a.words.len())
                .then(a.head.cmp(&b.head))
                .then((b.code == NO_EVENT).cmp(&(a.code == NO_EVENT)))
                .then(last(b).cmp(&last(a)))
        });
        let mut used = vec![false; tokens.len()];
        let mut kept: Vec<VerbMatch> = Vec::new();
        for c in cands {
            if c.words
                .iter()
                .any(|&w| used.get(w).copied().unwrap_or(true))
            {
                continue;
            }
            for &w in &c.words {
                if let Some(u) = used.get_mut(w) {
                    *u = true;
                }
            }
            kept.push(c);
        }
        kept.sort_by_key(|m| m.head);
        // "delivered attack helicopters", "rejected a request to extradite": a verb form inside
        // another pattern's gap is a word of that pattern's object, no act of its own.
        // One after "and", "after" or a comma, or after an actor (its own subject), is an act
        // of its own ("beat and arrested protesters"); so is one inside a noun pattern's gap.
        let spans: Vec<(usize, usize)> = kept
            .iter()
            .filter(|m| !m.nominal)
            .map(|m| (m.head, m.words.iter().copied().max().unwrap_or(m.head)))
            .collect();
        kept.retain(|m| {
            let before = m.head.checked_sub(1);
            let own = before.is_some_and(|b| {
                group_of.get(b).copied().flatten().is_some()
                    || words.get(b).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "and"
                                | "but"
                                | "or"
                                | ","
                                | "after"
                                | "before"
                                | "when"
                                | "while"
                                | "then"
                                | ";"
                        )
                    })
            });
            own || !spans
                .iter()
                .any(|&(first, last)| first < m.head && m.head < last)
        });
        // "bans on travel to Canada", "advised against travel to Tunisia", "a campaign
        // against torture": a verb's bare form right after "on", "against", "for" or "about"
        // is a noun naming a topic, no act of anyone's. ("died as a result of torture": after
        // "of" it may be an act that happened.)
        kept.retain(|m| {
            let before = m.head.checked_sub(1).and_then(|i| words.get(i));
            let head = words.get(m.head).map_or("", String::as_str);
            m.nominal
                || head.ends_with("ing")
                || head.ends_with("ed")
                || !before.is_some_and(|b| matches!(b.as_str(), "on" | "against" | "for" | "about"))
        });
        // "cut off military aid to Egypt", "suspended military cooperation with the United
        // States": a bare role noun inside a pattern's span, right before one of its content
        // words, modifies that word when a named actor follows the pattern after a
        // preposition; that actor is the one acted on. ("found the former minister guilty",
        // "dissolved the opposition party": nothing follows, the role noun stays.)
        let generic_group = |g: &Group| {
            g.members.iter().all(|&mi| {
                mentions
                    .get(mi)
                    .is_some_and(|a| a.actor.code.starts_with("---"))
            })
        };
        let mut hidden: Vec<usize> = Vec::new();
        for m in &kept {
            let last = m.words.iter().copied().max().unwrap_or(m.head);
            let named_after = words
                .get(last + 1)
                .is_some_and(|w| PREPOSITIONS.contains(&w.as_str()))
                && (last + 2..(last + 4).min(tokens.len())).any(|k| {
                    group_of
                        .get(k)
                        .copied()
                        .flatten()
                        .and_then(|g| groups.get(g))
                        .is_some_and(|g| !generic_group(g))
                });
            if !named_after {
                continue;
            }
            for (gi, g) in groups.iter().enumerate() {
                let modifies = m.words.contains(&g.end)
                    && words.get(g.end).is_some_and(|w| {
                        !PREPOSITIONS.contains(&w.as_str())
                            && w.bytes().all(|b| b.is_ascii_alphabetic())
                    });
                if generic_group(g) && g.start > m.head && g.end <= last && modifies {
                    hidden.push(gi);
                }
            }
        }
        for gi in hidden {
            if let Some(g) = groups.get(gi) {
                for slot in group_of.iter_mut().take(g.end).skip(g.start) {
                    *slot = None;
                }
            }
        }
        let word = |i: Option<usize>| i.and_then(|i| words.get(i)).map_or("", String::as_str);
        let is_group = |i: Option<usize>| i.and_then(|i| group_of.get(i).copied().flatten());
        let verb_heads: Vec<usize> = kept.iter().map(|m| m.head).collect();
        let matches = kept
            .into_iter()
            .map(|m| {
                let before = word(m.head.checked_sub(1));
                // ("out" only as "carried out": "spoke out against Israel's attacks" is no
                // light verb.)
                // ("began investigating the bombing": a verb between; the bombing is not the
                // subject's.)
                let light = (2..=4).any(|k| {
                    let w = word(m.head.checked_sub(k));
                    LIGHT_VERBS.contains(&w)
                        && (1..k).all(|j| !word(m.head.checked_sub(j)).ends_with("ing"))
                        && (w != "out"
                            || matches!(
                                word(m.head.checked_sub(k + 1)),
                                "carried" | "carry" | "carries" | "carrying"
                            ))
                });
                // ("the flood that hit the region": "that" before a past tense is a relative
                // pronoun, not a determiner.)
                let past_after_that = before == "that" && {
                    let w = word(Some(m.head));
                    w.ends_with("ed") || crate::verbs::is_irregular_past(w)
                };
                let determined = DETERMINERS.contains(&before) && !past_after_that;
                // "the museum shooting", "Israeli tank shelling": a gerund after a determiner
                // or an actor adjective, with at most one word between, is a noun.
                let head_word = word(Some(m.head));
                // "in fierce fighting", "during heavy shelling": so is one after "in",
                // "during" or "amid", with at most an adjective between.
                let after_in = |w: &str| matches!(w, "in" | "during" | "amid");
                let gerund_noun = head_word.ends_with("ing")
                    && (is_group(m.head.checked_sub(1)).is_some()
                        || after_in(before)
                        || (after_in(word(m.head.checked_sub(2)))
                            && before.bytes().all(|b| b.is_ascii_lowercase())
                            && !DETERMINERS.contains(&before))
                        || (!BE.contains(&before)
                            && !PREPOSITIONS.contains(&before)
                            && !matches!(before, "and" | "or")
                            && before.bytes().all(|b| b.is_ascii_alphabetic())
                            && (DETERMINERS.contains(&word(m.head.checked_sub(2)))
                                || is_group(m.head.checked_sub(2)).is_some())));
                // "the chemical attacks", "an Islamic State target": a determiner, one word
                // (or an actor adjective) and a form that is not a past tense make a noun.
                // "demanded that the president resign": after "that", a role noun with its
                // determiner is the subject of a bare verb, not a modifier of a noun.
                // ("demanded the president resign": so after a verb of demanding.)
                // ("insisted the army raid had been illegal": a noun before its verb.)
                let that_clause_subject = is_group(m.head.checked_sub(1)).is_some()
                    && !matches!(
                        word(Some(m.head + 1)),
                        "had" | "has" | "have" | "was" | "were" | "is" | "are" | "be" | "been"
                    )
                    && matches!(
                        word(m.head.checked_sub(3)),
                        "that"
                            | "demand"
                            | "demands"
                            | "demanded"
                            | "demanding"
                            | "insist"
                            | "insists"
                            | "insisted"
                            | "insisting"
                    );
                let past = head_word.ends_with("ed") || crate::verbs::is_irregular_past(head_word);
                let after_det_word = !past
                    && !that_clause_subject
                    && !BE.contains(&before)
                    && before.bytes().all(|b| b.is_ascii_alphabetic())
                    // ("the planned protests", "a threatened strike": a participle after
                    // a determiner is an adjective, no cue.)
                    && (!MODALS.contains(&before) || before.ends_with("ed"))
                    && !PRONOUNS.contains(&before)
                    && (matches!(
                        word(m.head.checked_sub(2)),
                        "a" | "an" | "the" | "its" | "their"
                    ) || (word(m.head.checked_sub(2)) == "of"
                        && head_word.ends_with('s')
                        // "a wave of militant attacks inside Pakistan", not "a wave of
                        // rioting hits Greece".
                        && is_group(Some(m.head + 1)).is_none()
                        && !DETERMINERS.contains(&word(Some(m.head + 1)))
                        && !word(Some(m.head + 1)).starts_with(|c: char| c.is_ascii_digit())));
                let after_det_group = !past
                    && is_group(m.head.checked_sub(1)).is_some_and(|g| {
                        let start = (0..m.head)
                            .rev()
                            .take_while(|&k| is_group(Some(k)) == Some(g))
                            .last()
                            .unwrap_or(m.head);
                        // "held in Israeli jails", "at Syrian checkpoints": a plural after a
                        // preposition and an actor adjective is a noun too.
                        matches!(word(start.checked_sub(1)), "a" | "an")
                            || (head_word.ends_with('s')
                                && matches!(
                                    word(start.checked_sub(1)),
                                    "in" | "at" | "into" | "from" | "by" | "on" | "with"
                                )
                                // "An earthquake in Iran kills 300": a verb with its object.
                                && !(DETERMINERS.contains(&word(Some(m.head + 1)))
                                    || word(Some(m.head + 1))
                                        .starts_with(|c: char| c.is_ascii_digit())
                                    || is_group(Some(m.head + 1)).is_some()
                                    || QUANTITIES.contains(&word(Some(m.head + 1)))))
                    });
                // "the release of jailed journalists": a participle between a preposition and
                // the actor it describes is an adjective.
                // "an investigation into alleged war crimes": so is "alleged" after one.
                // So is one before a plain noun: "singling out banned terror groups".
                let next = word(Some(m.head + 1));
                // ("Thousands marched through Budapest": a preposition or particle after the
                // form makes it a verb.)
                let plain_noun = next.bytes().all(|b| b.is_ascii_lowercase())
                    && !next.is_empty()
                    && !PREPOSITIONS.contains(&next)
                    && !DETERMINERS.contains(&next)
                    && !matches!(
                        next,
                        "and"
                            | "or"
                            | "but"
                            | "as"
                            | "that"
                            | "to"
                            | "through"
                            | "along"
                            | "across"
                            | "around"
                            | "past"
                            | "outside"
                            | "inside"
                            | "under"
                            | "up"
                            | "down"
                            | "out"
                            | "off"
                            | "back"
                            | "away"
                            | "onto"
                            | "upon"
                    );
                // "returned seized boats", "release detained sailors": so is one right after
                // another act's verb.
                // "accused police of torturing detained protesters": or a gerund.
                let after_verb = m.head.checked_sub(1).is_some_and(|b| {
                    (verb_heads.contains(&b)
                        && (before.ends_with("ed")
                            || before.ends_with("ing")
                            || crate::verbs::is_irregular_past(before)))
                        || RELEASE_FORMS.contains(&before)
                });
                // "freed two kidnapped police officers": so is one after a number.
                let counted = before.starts_with(|c: char| c.is_ascii_digit())
                    || matches!(
                        before,
                        "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "nine"
                            | "ten"
                            | "several"
                            | "dozens"
                            | "hundreds"
                            | "thousands"
                    );
                let participle = head_word.ends_with("ed")
                    && (after_verb
                        || counted
                        || matches!(
                            before,
                            "of" | "for"
                                | "with"
                                | "against"
                                | "into"
                                | "over"
                                | "about"
                                | "out"
                                | "from"
                                | "at"
                        ))
                    && (is_group(Some(m.head + 1)).is_some()
                        || head_word == "alleged"
                        || plain_noun);
                // "the bombings", "two killings": a plural of the "-ing" form is a noun ("brings"
                // and other short forms of verbs in "-ing" are not plurals).
                let plural_gerund = head_word.len() >= 7 && head_word.ends_with("ings");
                // "despite months of protests", "ahead of May Day rallies", "in the face of mass
                // street protests": a form in "-s" after a preposition, with at most two
                // plain words or a name between, is a plural noun when what follows is no
                // object ("the rise in remittances helps protect" is a verb).
                let after = word(Some(m.head + 1));
                let ends_phrase = after.is_empty()
                    || !after.bytes().all(|c| c.is_ascii_lowercase())
                    || after.ends_with("ing")
                    || after.ends_with("ed")
                    || PREPOSITIONS.contains(&after)
                    || matches!(
                        after,
                        "and"
                            | "or"
                            | "but"
                            | "as"
                            | "that"
                            | "which"
                            | "who"
                            | "when"
                            | "where"
                            | "while"
                            | "across"
                            | "throughout"
                            | "outside"
                            | "after"
                            | "since"
                            | "turned"
                    );
                let plural_after_preposition = !past
                    && ends_phrase
                    && head_word.ends_with('s')
                    && !head_word.ends_with("ss")
                    && (1..=3).any(|k| {
                        let Some(p) = m.head.checked_sub(k) else {
                            return false;
                        };
                        let between = (p + 1..m.head).all(|b| {
                            let w = word(Some(b));
                            names.get(b).copied().unwrap_or(false)
                                || (w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
                                    && !w.is_empty()
                                    && !DETERMINERS.contains(&w)
                                    && !PREPOSITIONS.contains(&w)
                                    && !BE.contains(&w)
                                    && !MODALS.contains(&w)
                                    && !PRONOUNS.contains(&w)
                                    && !matches!(w, "and" | "or" | "but" | "that" | "who"))
                        });
                        between
                            && (PREPOSITIONS.contains(&word(Some(p)))
                                || matches!(
                                    word(Some(p)),
                                    "despite" | "amid" | "after" | "during" | "following"
                                ))
                    });
                // "cross-border attacks", "anti-government protests", "US-led strikes": a form in
                // "-s" after a hyphenated adjective is a plural noun.
                let before = word(m.head.checked_sub(1));
                let hyphen_adjective = head_word.ends_with('s')
                    && !head_word.ends_with("ss")
                    && before.contains('-')
                    && ([
                        "cross-", "anti-", "pro-", "counter-", "long-", "short-", "full-", "large-",
                    ]
                    .iter()
                    .any(|p| before.starts_with(p))
                        || [
                            "-led", "-backed", "-based", "-linked", "-style", "-scale", "-range",
                        ]
                        .iter()
                        .any(|x| before.ends_with(x)));
                // "attacks by suspected militants", "riots by angry youths": a form in "-s"
                // right before "by" is a plural noun and "by" names its doer (a verb in "-s"
                // takes no agent).
                // (Not after a name: "Israel bombs by mistake a UN school" is a headline verb.)
                let plural_form = !past
                    && head_word.ends_with('s')
                    && !head_word.ends_with("ss")
                    && !m.head.checked_sub(1).is_some_and(|p| {
                        tokens
                            .get(p)
                            .and_then(|t| t.slice(text))
                            .and_then(|w| w.chars().next())
                            .is_some_and(char::is_uppercase)
                    });
                let next_word = word(Some(m.head + 1));
                let plural_before_by = plural_form && next_word == "by";
                // "Civilians fled as bombs fell on a camp", "the attacks killed 20": a form in
                // "-s" with a past tense after it is that verb's subject, a plural noun (not
                // after a name: "Israel bombs targets").
                let plural_before_past = plural_form
                    && m.words.iter().all(|&k| k <= m.head)
                    && ((next_word.len() > 4 && next_word.ends_with("ed"))
                        || matches!(
                            next_word,
                            "fell"
                                | "hit"
                                | "struck"
                                | "went"
                                | "left"
                                | "shook"
                                | "rained"
                                | "tore"
                        ));
                // "Attacks on Kurdish villages by Turkish troops continued": a form in "-s"
                // opening the sentence before a preposition is a plural noun.
                let plural_opening = plural_form
                    && m.head == 0
                    && matches!(
                        next_word,
                        "on" | "against" | "in" | "by" | "near" | "at" | "across" | "along"
                    );
                // "Iran condemned attacks on Pakistani troops", "Kabul denies raids into
                // Pakistan": a form in "-s" right after a verb in the past or another act's
                // verb is that verb's object, a plural noun (a verb does not follow a verb).
                // (Not after a verb of the subject's own acts: "Israel resumed strikes",
                // "Spain, which has had protests", "the opposition increased calls".)
                let plural_after_verb = plural_form
                    && m.head.checked_sub(1).is_some_and(|b| {
                        !BE.contains(&before)
                            && !MODALS.contains(&before)
                            && !OWN_ACT_VERBS.contains(&before)
                            && !LIGHT_VERBS.contains(&before)
                            && !matches!(
                                before,
                                "had" | "has" | "have" | "held" | "increased" | "joined"
                            )
                            // (Another act's head only as a verb: in "-s" or "-ing", or bare
                            // after a modal or "to" ("condemns attacks", "is condemning
                            // attacks", "will condemn attacks"), not the noun of "Border clash
                            // kills three".)
                            && ((verb_heads.contains(&b)
                                && ((before.ends_with('s') && !before.ends_with("ss"))
                                    || before.ends_with("ing")
                                    || MODALS.contains(&word(b.checked_sub(1)))))
                                || (before.len() > 3 && before.ends_with("ed"))
                                || crate::verbs::is_irregular_past(before))
                    });
                let noun = (determined
                    || plural_opening
                    || plural_after_verb
                    || plural_after_preposition
                    || plural_before_by
                    || plural_before_past
                    || hyphen_adjective
                    || gerund_noun
                    || plural_gerund
                    || after_det_word
                    || after_det_group
                    || participle
                    || m.nominal)
                    && !light;
                Link {
                    m,
                    noun,
                    source: None,
                    target: None,
                }
            })
            .collect();
        Sentence {
            actors,
            tokens,
            words,
            mentions,
            group_of,
            groups,
            matches,
            names,
            places,
        }
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", String::as_str)
    }

    /// The token that starts at byte `start`.
    fn token_at(&self, start: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&start, |t| t.start).ok()
    }

    fn group_at(&self, i: usize) -> Option<usize> {
        self.group_of.get(i).copied().flatten()
    }

    fn is_speech(&self, i: usize) -> bool {
        // ("the United States": a word of a name is no verb.)
        SPEECH.contains(&self.word(i)) && !self.is_match_word(i) && self.group_at(i).is_none()
    }

    /// Whether someone in the sentence is reported to state something: a speech verb or a
    /// word of statement outside a relative clause ("the rebels, who declared independence,
    /// will hold talks" states nothing).
    fn stated(&self) -> bool {
        (0..self.words.len()).any(|k| {
            let relative =
                (k.saturating_sub(3)..k).any(|r| matches!(self.word(r), "who" | "which" | "that"));
            !relative
                && (self.is_speech(k)
                    || (self.group_at(k).is_none() && STATING.contains(&self.word(k))))
        })
    }

    /// Whether verbal act `link` follows "would" or "will" right after a named state or body
    /// ("Iran would respond with force", "NATO will strike"), with "if" or "unless" after it
    /// in the sentence: a conditional threat.
    /// "Could", "may" or "might" ("Israeli troops could reoccupy Gaza if rocket attacks
    /// continued, Israel's defence minister said") is a threat only in the words of someone of
    /// the same country, before or after; alone, or in another's words ("Analysts said Russia
    /// could cut gas supplies if ..."), it is a possibility.
    fn conditional_threat(&self, link: &Link) -> bool {
        let head = link.m.head;
        let is_modal =
            |k: usize| matches!(self.word(k), "would" | "will" | "could" | "may" | "might");
        // "Turkish troops would cross the border to strike Kurdish bases unless ...": the
        // modal of the verb whose purpose the act is.
        let at = if self.word(head.wrapping_sub(1)) == "to" {
            (head.saturating_sub(7)..head.saturating_sub(2))
                .rev()
                .take_while(|&k| {
                    !matches!(self.word(k), "," | ";" | ":" | "." | "to")
                        && (is_modal(k) || self.group_at(k).is_none())
                })
                .find(|&k| is_modal(k))
        } else {
            Some(head.wrapping_sub(1))
        };
        let Some(at) = at.filter(|&k| is_modal(k)) else {
            return false;
        };
        let possible = matches!(self.word(at), "could" | "may" | "might");
        if link.noun {
            return false;
        }
        let Some(subject) = self.group_at(at.wrapping_sub(1)) else {
            return false;
        };
        let first = |g: usize| self.members(Some(g)).into_iter().flatten().next();
        let named = first(subject)
            .is_some_and(|m| m.actor.country.is_some() || m.actor.code.starts_with("IGO"));
        // ("Analysts said Russia would attack if ...": another's guess, not its threat.)
        let start = self.groups.get(subject).map_or(0, |g| g.start);
        let reported =
            self.is_speech(start.wrapping_sub(1)) || self.word(start.wrapping_sub(1)) == "that";
        // The speaker of the same country, or the same organisation, and one who speaks for
        // it: the state or its officials, not its press or its dissidents ("Israeli media
        // reported", "a Chinese dissident said").
        let same = |s: usize| {
            first(s).is_some_and(|s| {
                let official = matches!(
                    s.actor.code.get(3..6).unwrap_or(""),
                    "" | "GOV" | "MIL" | "COP" | "SPY" | "LEG" | "JUD"
                ) || s.actor.code.starts_with("IGO");
                official
                    && first(subject).is_some_and(|m| {
                        (m.actor.country.is_some() && m.actor.country == s.actor.country)
                            || (m.actor.code.starts_with("IGO")
                                && (s.actor.code.starts_with(m.actor.code.as_str())
                                    || m.actor.code.starts_with(s.actor.code.as_str())))
                    })
            })
        };
        // ("Ankara warned Baghdad on Wednesday that Turkish troops would ...": the speaker
        // before its addressee.)
        let speaker = self.speaker_before(start).or_else(|| {
            let k = (start.saturating_sub(8)..start)
                .rev()
                .take_while(|&k| !matches!(self.word(k), "," | ";" | ":" | "."))
                // ("warned" is its own coding, 130, and still says who speaks.)
                .find(|&k| {
                    self.is_speech(k)
                        || ((SPEECH.contains(&self.word(k)) || self.is_warning(k))
                            && self.group_at(k).is_none())
                })?;
            match self.left_group(k) {
                Some(Ok(g)) => Some(g),
                _ => None,
            }
        });
        let own_word = if possible {
            speaker
                .or_else(|| self.speaker_after(head))
                .is_some_and(|s| s != subject && same(s))
        } else {
            !reported || speaker.is_some_and(same)
        };
        // (A possible measure threatens someone, or names itself a sanction: "may cut oil
        // output if prices fall" is neither; and a condition of consent makes an offer:
        // "would send troops to fight the rebels if asked".)
        let condition = (head + 1..self.words.len())
            .take_while(|&k| !matches!(self.word(k), ";" | "."))
            .find(|&k| matches!(self.word(k), "if" | "unless"));
        let consent = condition.is_some_and(|c| {
            (c + 1..(c + 5).min(self.words.len())).any(|k| {
                matches!(
                    self.word(k),
                    "asked"
                        | "requested"
                        | "invited"
                        | "needed"
                        | "necessary"
                        | "required"
                        | "approved"
                        | "requests"
                        | "asks"
                )
            })
        });
        named
            && own_word
            && condition.is_some()
            && !consent
            && (!possible
                || link.target.is_some()
                || !link.m.code.starts_with("16")
                || link.m.words.iter().any(|&k| {
                    matches!(
                        self.word(k),
                        "sanctions" | "embargo" | "tariffs" | "boycott"
                    )
                }))
    }

    /// Whether an act is told as possible or to come ("could", "may", "might" before it, or a
    /// passive with a modal or a future), and then whether by the one who would take it:
    /// "it/they/we could" right before the verb, or the passive of a state's own measure with
    /// no agent, "martial law could be imposed, the government said". None when it is told as
    /// neither.
    fn own_possible_act(&self, link: &Link) -> Option<bool> {
        let head = link.m.head;
        let possible = |k: usize| matches!(self.word(k), "could" | "may" | "might");
        // The one who says it: the subject of the sentence's first verb of saying, when it is
        // a state, its government or forces, or an international body.
        let state = |m: &ActorMention| {
            m.actor.code.starts_with("IGO")
                || m.actor.country.as_deref() == Some(m.actor.code.as_str())
                || has_role(m, &["GOV", "MIL", "COP"])
        };
        // (Found only when asked: most acts are told as neither possible nor to come.)
        let speaker_actor = || {
            (0..self.words.len())
                .filter(|&k| self.is_speech(k))
                .find_map(|k| match self.left_group(k) {
                    Some(Ok(g)) => Some(g),
                    _ => self.speaker_after(k.saturating_sub(1)),
                })
                .and_then(|g| self.members(Some(g)).into_iter().flatten().next())
                .filter(|m| state(m))
        };
        // The one before the modal: a pronoun for the speaker, or an organ of a state that no
        // country names, the speaker's own ("the president said authorities may impose a
        // curfew"; not "analysts said the army could launch an offensive").
        let own_subject = |m: usize| {
            matches!(self.word(m.wrapping_sub(1)), "it" | "they" | "we")
                || (speaker_actor().is_some()
                    && self
                        .group_at(m.wrapping_sub(1))
                        .and_then(|g| self.members(Some(g)).into_iter().flatten().next())
                        .is_some_and(|a| {
                            a.actor.country.is_none() && has_role(a, &["GOV", "MIL", "COP"])
                        }))
        };
        // A passive with no agent is the speaker's own measure only for a state speaking of
        // its own coercion, mobilisation or withdrawals (roots 15-17), with no one of another
        // country as its subject ("martial law could be imposed, the government said"; not
        // "thousands could be killed, Amnesty said", "it could be banned, the party said").
        let own_passive = |m: usize| {
            let subject = self
                .group_at(m.wrapping_sub(1))
                .and_then(|g| self.members(Some(g)).into_iter().flatten().next());
            matches!(link.m.code.get(..2), Some("15" | "16" | "17"))
                && !matches!(
                    self.word(m.wrapping_sub(1)),
                    "it" | "they" | "we" | "he" | "she"
                )
                && speaker_actor().is_some_and(|s| {
                    s.actor.code.starts_with("IGO")
                        || (s.actor.country.is_some()
                            && subject.is_none_or(|a| {
                                a.actor.country.is_none() || a.actor.country == s.actor.country
                            }))
                })
        };
        // "could resume its attacks": the act noun's carrier verb stands for it; "the curfew
        // would be extended": a noun pattern's participle after it.
        let last = link.m.words.last().copied().unwrap_or(head);
        let verb = if link.noun && last > head + 1 {
            Some(last)
        } else if link.noun {
            self.carrier_before(head)
        } else {
            Some(head)
        };
        if let Some(v) = verb {
            if possible(v.wrapping_sub(1)) {
                return Some(own_subject(v - 1));
            }
            if possible(v.wrapping_sub(2)) && self.word(v - 1) == "also" {
                return Some(own_subject(v - 2));
            }
            // "the army could be deployed, the president said", "inspectors would be pulled
            // out": a passive with no agent (a future too, which no cue governs here).
            let future = |k: usize| possible(k) || matches!(self.word(k), "will" | "would");
            if future(v.wrapping_sub(2)) && self.word(v - 1) == "be" {
                let subject_end = if link.noun { head } else { v - 2 };
                return Some(self.word(v + 1) != "by" && own_passive(subject_end));
            }
        }
        // "Martial law could be imposed": the noun, a modal, "be" and a participle, no agent.
        (link.noun
            && possible(last + 1)
            && self.word(last + 2) == "be"
            && self.word(last + 3).ends_with("ed"))
        .then(|| self.word(last + 4) != "by" && own_passive(head))
    }

    /// Whether a meeting, visit or talks (root 04) is still to come, by a word of schedule:
    /// before a verb ("are due to visit", "is scheduled to meet", "is to visit"), before a
    /// noun ("next week's visit", "the upcoming talks", "a planned meeting"), or a time to
    /// come after either in its clause ("visits West Germany next week", "a meeting later
    /// this month", "talks ..., scheduled for Thursday").
    fn planned(&self, link: &Link) -> bool {
        let head = link.m.head;
        let before = |k: usize| self.word(head.wrapping_sub(k));
        let scheduled = |w: &str| {
            matches!(
                w,
                "due" | "scheduled" | "set" | "slated" | "expected" | "planned"
            )
        };
        if !link.noun && before(1) == "to" && (scheduled(before(2)) || BE.contains(&before(2))) {
            return !matches!(before(2), "be" | "been" | "being" | "get" | "gets" | "got");
        }
        if link.noun
            && (1..=3).any(|k| {
                let w = before(k);
                matches!(
                    w,
                    "upcoming" | "forthcoming" | "coming" | "planned" | "proposed" | "scheduled"
                ) || (matches!(w, "week's" | "month's" | "year's") && before(k + 1) == "next")
                    || (w == "'s"
                        && matches!(before(k + 1), "week" | "month" | "year")
                        && before(k + 2) == "next")
            })
        {
            return true;
        }
        let last = link.m.words.last().copied().unwrap_or(head);
        let mut k = last + 1;
        while k <= last + 12 {
            let w = self.word(k);
            // Another act's words: its time is its own ("a meeting decided to defer until a
            // board meeting later this week").
            if self.is_match_word(k) {
                return false;
            }
            match w {
                "" | "." | ";" | ":" | "?" | "!" => return false,
                "," if !scheduled(self.word(k + 1)) => return false,
                // A clause or phrase of its own: "met on Monday to prepare for next week's
                // summit", "held talks ahead of the summit next month".
                // ("between Chad and Sudan": actors joined, not clauses.)
                "and" | "or"
                    if self.group_at(k + 1).is_some() || self.group_at(k + 2).is_some() => {}
                "to" | "and" | "but" | "or" | "before" | "after" | "ahead" | "until" | "while"
                | "when" | "as" | "since" | "because" | "which" | "who" | "that" => {
                    return false;
                }
                "next"
                    if (matches!(
                        self.word(k + 1),
                        "week" | "month" | "year" | "spring" | "summer" | "autumn" | "winter"
                    ) || sitrep_text::calendar::is_weekday(self.word(k + 1)))
                        && self.word(k + 2) != "'s" =>
                {
                    return true;
                }
                "later" if self.word(k + 1) == "this" => return true,
                "tomorrow" if self.word(k + 1) != "'s" => return true,
                "coming" if matches!(self.word(k + 1), "days" | "weeks" | "months") => return true,
                "for" if scheduled(self.word(k - 1)) => return true,
                _ => {}
            }
            k += 1;
        }
        false
    }

    /// Whether group `t`, the target of a release, is what was released: the subject of a
    /// passive, or the object right after the verb (determiners, numbers and adjectives
    /// between) with no noun after it that it would modify ("released two Ukrainians", not
    /// "released $1 billion to Greece" or "released the American spy plane").
    fn released_people(&self, link: &Link, t: usize) -> bool {
        let Some(g) = self.groups.get(t) else {
            return false;
        };
        if g.end <= link.m.head {
            return self.is_passive(link);
        }
        let between_ok = (link.m.head + 1..g.start).all(|k| {
            let w = self.word(k);
            DETERMINERS.contains(&w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || QUANTITIES.contains(&w)
                || matches!(
                    w,
                    "two" | "three" | "four" | "five" | "six" | "several" | "detained"
                )
        });
        let next = self.word(g.end);
        let modifies = !next.is_empty()
            && next.bytes().all(|b| b.is_ascii_lowercase())
            && !PREPOSITIONS.contains(&next)
            && !matches!(
                next,
                "and" | "or" | "but" | "who" | "that" | "after" | "on" | "as"
            )
            && !PEOPLE_NOUNS.contains(&next);
        between_ok && !modifies
    }

    /// Whether token `i` is a verb that announces its subject's own intent in a clause after
    /// it ("warned it would", "vowed that it would").
    fn is_warning(&self, i: usize) -> bool {
        matches!(
            self.word(i),
            "warned"
                | "warns"
                | "threatened"
                | "threatens"
                | "vowed"
                | "vows"
                | "pledged"
                | "pledges"
                | "promised"
                | "promises"
                | "declared"
                | "declares"
                | "signalled"
                | "signaled"
                | "indicated"
                | "hinted"
        )
    }

    /// The cue family of word `i` ([`cue_family`]), but "the press", "a press court" are the
    /// news media, not a verb of pressing.
    fn cue(&self, i: usize) -> Option<Family> {
        let w = self.word(i);
        if w == "press" && DETERMINERS.contains(&self.word(i.wrapping_sub(1))) {
            return None;
        }
        // "The cabinet voted against releasing the prisoners": a refusal.
        // ("voted on Sunday against": past a day.)
        if w == "against" {
            let mut k = i.wrapping_sub(1);
            if sitrep_text::calendar::is_weekday(self.word(k))
                || matches!(
                    self.word(k),
                    "today" | "yesterday" | "overwhelmingly" | "unanimously"
                )
            {
                k = k.wrapping_sub(1);
                if self.word(k) == "on" {
                    k = k.wrapping_sub(1);
                }
            }
            if matches!(self.word(k), "vote" | "votes" | "voted" | "voting") {
                return Some(Family::Refusal);
            }
        }
        cue_family(w)
    }

    /// The "must" or "should" of a demand whose "or" stands within four tokens before `head`
    /// in the same clause ("must dismantle its barriers or be hit with tariffs", "should
    /// withdraw or face sanctions"), with both a speaker and an addressee.
    fn ultimatum_of(&self, head: usize) -> Option<usize> {
        let or = (head.saturating_sub(4)..head)
            .rev()
            .find(|&k| self.word(k) == "or")?;
        // ("must arrest or prosecute those responsible": two acts demanded, no threat.)
        if !matches!(
            self.word(or + 1),
            "face" | "be" | "risk" | "suffer" | "see" | "incur" | "else"
        ) {
            return None;
        }
        let cue = (or.saturating_sub(16)..or)
            .rev()
            .take_while(|&k| !matches!(self.word(k), "," | ";" | "." | ":"))
            .find(|&k| matches!(self.word(k), "must" | "should"))?;
        let (speaker, addressee) = self.modal_demand_roles(cue);
        (speaker.is_some() && addressee.is_some()).then_some(cue)
    }

    /// Whether a verb of insisting or demanding that is no pattern word speaks in the sentence
    /// ("..., China insisted", "demanded that").
    fn insisting(&self) -> bool {
        (0..self.words.len()).any(|k| {
            matches!(
                self.word(k),
                "insisted" | "insists" | "insist" | "demanded" | "demands" | "demand"
            ) && !self.is_match_word(k)
        })
    }

    /// Whether token `i` is an appeal or demand cue in the passive with its agent after it
    /// ("was pressed by", "is being urged by", "were asked by").
    fn passive_cue(&self, i: usize) -> bool {
        let w = self.word(i);
        matches!(self.cue(i), Some(Family::Appeal | Family::Demand))
            && (w.ends_with("ed") || is_irregular_past(w))
            && self.word(i + 1) == "by"
            && (BE.contains(&self.word(i.wrapping_sub(1)))
                || matches!(self.word(i.wrapping_sub(1)), "being" | "been"))
    }

    fn is_match_word(&self, i: usize) -> bool {
        self.matches.iter().any(|l| l.m.words.contains(&i))
    }

    /// The kept verbal (not noun) match whose head is token `i`.
    fn verbal_head(&self, i: usize) -> Option<usize> {
        self.matches.iter().position(|l| l.m.head == i && !l.noun)
    }

    /// The subject of verbal match `k`: its source; for an unfilled "must" or "should" (a
    /// speaker's demand), the one it is made of, the clause's subject ("Russia must end its
    /// invasion": "its" is Russia's, not the speaker's).
    fn subject_of_match(&self, k: usize) -> Option<usize> {
        let l = self.matches.get(k)?;
        if self.unfilled_modal(l) {
            l.target
        } else {
            l.source
        }
    }

    /// Whether `l` is an unfilled "must" or "should" (`unfilled_musts`): a speaker's demand of
    /// the actor before it, no act of the lexicon after it.
    fn unfilled_modal(&self, l: &Link) -> bool {
        l.m.code == "100"
            && l.m.words.len() == 1
            && matches!(self.word(l.m.head), "must" | "should")
    }

    /// The actor group that is the subject at token `i`: the left group, or the source of the
    /// act whose subject it shares.
    fn subject_of(&self, i: usize) -> Option<usize> {
        match self.left_group(i) {
            Some(Ok(g)) => Some(g),
            Some(Err(k)) => self.subject_of_match(k),
            None => None,
        }
    }

    /// The nearest group before token `head` in its clause, following a pronoun subject of a
    /// speech verb back to the speaker. `Err(k)` means "the subject of verbal match `k`".
    fn left_group(&self, head: usize) -> Option<Result<usize, usize>> {
        // A gerund right after a subordinator ("after meeting X") has the main subject.
        let gerund = self.word(head).ends_with("ing")
            && head
                .checked_sub(1)
                .is_some_and(|p| SUBORDINATORS.contains(&self.word(p)));
        // ", killing 12": a participle after a comma has the subject of the clause before.
        // "..., the Georgian defence ministry said on Tuesday, warning of an invasion": after
        // a speech verb it is the speaker's.
        // (A speaker of no known country, "a spokesman said", leaves it the act's.)
        if self.word(head).ends_with("ing") && self.word(head.wrapping_sub(1)) == "," {
            // The last word before the comma, past a time phrase ("said on Tuesday,
            // warning"): a speech verb there ends the clause ("recognised them as states,
            // defying" has none).
            let mut k = head.saturating_sub(2);
            while k > 0
                && (is_time_filler(self.word(k))
                    || sitrep_text::calendar::is_month_or_weekday(self.word(k)))
            {
                k -= 1;
            }
            // The speaker right before the verb ("the Yemeni foreign ministry said").
            if self.is_speech(k)
                && let Some(Ok(g)) = self.left_group(k)
                && self.group_end(Some(g)).is_some_and(|e| e + 1 >= k)
                && self
                    .members(Some(g))
                    .iter()
                    .all(|m| m.is_some_and(|m| m.actor.country.is_some()))
            {
                return Some(Ok(g));
            }
            return (0..head.saturating_sub(1))
                .rev()
                .find_map(|k| self.verbal_head(k))
                .map(Err);
        }
        // A verbal participle with its agent after it ("shot and killed by police"), asked
        // only when a past verb with an object of its own stands before it.
        let participle_by = || {
            (self.word(head).ends_with("ed")
                || crate::verbs::is_irregular_participle(self.word(head)))
                && self.matches.iter().any(|l| {
                    l.m.head == head
                        && !l.noun
                        && l.m.words.iter().max().is_some_and(|&last| {
                            self.word(last + 1) == "by"
                                || (matches!(self.word(last + 1), "dead" | "down")
                                    && self.word(last + 2) == "by")
                        })
                })
        };
        let mut j = head;
        while j > 0 {
            j -= 1;
            if let Some(g) = self.group_at(j) {
                let start = self.groups.get(g).map_or(0, |g| g.start);
                let mut k = start;
                while k > 0 && self.word(k - 1) == "the" {
                    k -= 1;
                }
                // ("thwarted an attack on an Ethiopian vessel and captured 23 pirates": an
                // actor after a preposition and an article is that preposition's.)
                let mut article = k;
                while article > 0 && matches!(self.word(article - 1), "a" | "an") {
                    article -= 1;
                }
                // "thousands of protesters", "a group of rebels": the group is the subject; so
                // is the body a person heads or speaks for ("the head of the IAEA visited").
                let counted = k >= 2
                    && self.word(k - 1) == "of"
                    && (QUANTITIES.contains(&self.word(k - 2))
                        || matches!(
                            self.word(k - 2),
                            "head"
                                | "chief"
                                | "leader"
                                | "leaders"
                                | "director"
                                | "chairman"
                                | "chairwoman"
                                | "secretary-general"
                                | "spokesman"
                                | "spokeswoman"
                                | "spokesperson"
                                | "envoy"
                                | "envoys"
                                | "delegation"
                                | "delegations"
                                | "representatives"
                                | "representative"
                                | "members"
                                | "officials"
                        ));
                if !counted
                    && ((k > 0 && PREPOSITIONS.contains(&self.word(k - 1)))
                        || (article < k
                            && article > 0
                            && PREPOSITIONS.contains(&self.word(article - 1))))
                {
                    j = start;
                    continue;
                }
                // ("Officials in Kyiv, Ukraine, accused Russia": only an attack's where is
                // told apart from its who.)
                let violent_here = self
                    .matches
                    .iter()
                    .any(|l| l.m.head == head && is_violent(&l.m.code));
                if self.object_of_earlier_verb(g, head) || (violent_here && self.apposed_place(k)) {
                    j = start;
                    continue;
                }
                // "The group that attacked Israel was banned", "the man who shot two police
                // officers fled": the object of a relative clause is not the main verb's
                // subject; the noun the clause tells of is.
                // (Not a group that does the act itself, or one before "to": "Residents who
                // watched soldiers beat the protesters", "who expected Iran to sign".)
                let own_act = self.groups.get(g).is_some_and(|gr| gr.end == head)
                    || self.word(self.groups.get(g).map_or(0, |gr| gr.end)) == "to";
                if !own_act && let Some(p) = self.relative_object(k) {
                    let antecedent = p.checked_sub(1).and_then(|a| self.group_at(a));
                    return antecedent.map(Ok);
                }
                // "Protesters demanding the prime minister's resignation stormed parliament":
                // the object of a participle after an actor is not the main verb's subject;
                // that actor is.
                if !own_act
                    && k >= 2
                    && self.word(k - 1).len() > 4
                    && self.word(k - 1).ends_with("ing")
                    && let Some(a) = self.group_at(k - 2)
                    && a != g
                {
                    return Some(Ok(a));
                }
                return Some(Ok(g));
            }
            let w = self.word(j);
            if w == ";" || self.is_speech(j) {
                return None;
            }
            // "Crowds mourned a student shot and killed by police": a verb in the past with an
            // object of its own ends the search; its subject is not this verb's (not across
            // "and" or a comma: "Gunmen crossed the border and attacked a post").
            // (Not a relative clause's verb: "Journalists who covered the protest were
            // detained by police" were detained.)
            if j + 1 < head
                && !matches!(self.word(j.wrapping_sub(1)), "who" | "which" | "that")
                && !(j + 1..head).any(|k| matches!(self.word(k), "and" | "," | "or" | "but"))
                && ((w.len() > 4 && w.ends_with("ed"))
                    || crate::verbs::is_irregular_past(w)
                    || matches!(w, "found" | "saw"))
                && matches!(
                    self.word(j + 1),
                    "a" | "an" | "the" | "his" | "her" | "its" | "their"
                )
                && !self.is_match_word(j)
                && participle_by()
            {
                return None;
            }
            // "Pakistan, a key US ally, has refused ...": an appositive between commas after
            // the subject is passed over.
            if w == ","
                && let Some(open) = self.appositive_start(j)
            {
                j = open;
                continue;
            }
            // ("at the site where the teenager was shot": "where" opens a clause too, as does
            // "whether": "Police did not confirm whether the suspect was arrested".)
            // ("will consider whether to arrest them" keeps the subject.)
            let whether = w == "whether" && self.word(j + 1) != "to";
            if (SUBORDINATORS.contains(&w) || w == "where" || whether) && !(gerund && j + 1 == head)
            {
                return None;
            }
            if matches!(w, "who" | "which" | "that") {
                // A relative clause: its subject is the actor it follows.
                return self
                    .group_at(j.wrapping_sub(1))
                    .or_else(|| {
                        (self.word(j.wrapping_sub(1)) == ",")
                            .then(|| self.group_at(j.wrapping_sub(2)))
                            .flatten()
                    })
                    .map(Ok)
                    .or_else(|| (w != "that").then_some(()).and(None));
            }
            // "NATO said its aircraft had struck", "Iran said its forces shot down": the
            // speaker's own forces are the speaker, as "it" is.
            let own_forces = matches!(w, "its" | "their")
                && (j + 1..=(j + 2).min(head)).any(|b| OWN_FORCES.contains(&self.word(b)));
            if PRONOUNS.contains(&w) || own_forces {
                let mut k = j;
                while k > 0 && self.word(k - 1) == "that" {
                    k -= 1;
                }
                // "Russia said on Wednesday (that) it was ready": a time phrase after the
                // speech verb.
                let mut t = k;
                while t > 0 && k - t < 4 && is_time_filler(self.word(t - 1)) {
                    t -= 1;
                }
                let denial = |i: usize| {
                    DENIALS.contains(&self.word(i)) || ADMISSIONS.contains(&self.word(i))
                };
                if t < k
                    && t > 0
                    && (self.is_speech(t - 1) || self.is_warning(t - 1) || denial(t - 1))
                {
                    k = t;
                }
                if k > 0 && self.is_speech(k - 1) {
                    return self.left_group(k - 1);
                }
                // "Iran denied that it had supplied arms", "Pakistan admitted on Monday that
                // its troops had crossed": the one who denies or admits.
                if k > 0 && denial(k - 1) {
                    return self.left_group(k - 1);
                }
                // "Iran warned (that) it would attack": the warner, whose own warning is
                // coded apart.
                // Not "warned it would be a mistake (for X to ...)": an expletive "it".
                let expletive = (j + 1..j + 4).any(|b| matches!(self.word(b), "be" | "is" | "was"));
                if k > 0 && self.is_warning(k - 1) && !expletive {
                    return match self.left_group(k - 1) {
                        Some(Ok(g)) => Some(Ok(g)),
                        _ => None,
                    };
                }
                // "Russia invaded Ukraine, and on Tuesday its forces shelled Kharkiv": forces
                // after "and" are those of the sentence's first subject, when no one is
                // reported before ("Hamas said Israel broke the ceasefire, and its fighters
                // fired rockets" may be either's).
                if own_forces
                    && t > 0
                    && matches!(self.word(t - 1), "and" | "but")
                    && !(0..t - 1).any(|p| self.is_speech(p))
                    && let Some(m) = (0..t - 1).find_map(|p| self.verbal_head(p))
                    && let Some(g) = self.subject_of_match(m)
                {
                    return Some(Ok(g));
                }
                return None;
            }
            if let Some(k) = self.verbal_head(j) {
                // "The civilians imprisoned for protesting were released": the participle
                // describes the subject before it.
                // So does the charge it names ("imprisoned for protesting").
                if self.reduced_relative(k) || self.is_alleged(k) {
                    continue;
                }
                return Some(Err(k));
            }
        }
        None
    }

    /// The relative pronoun ("that", "which", "who") whose clause has the group starting at
    /// token `start` as its object: "that attacked Israel", "who fired rockets at Israel",
    /// with a past-tense or matched verb between and no comma, conjunction or subordinator.
    fn relative_object(&self, start: usize) -> Option<usize> {
        let mut verb = false;
        for p in (start.saturating_sub(6)..start).rev() {
            let w = self.word(p);
            if matches!(w, "that" | "which" | "who") {
                return verb.then_some(p);
            }
            if w == ","
                || self.group_at(p).is_some()
                || SUBORDINATORS.contains(&w)
                || matches!(w, "and" | "but" | "or" | "where")
            {
                return None;
            }
            verb |= w.ends_with("ed") || self.is_match_word(p);
        }
        None
    }

    /// Whether group `g` is (or owns) the object of an earlier verb that `and` joins to the
    /// verb at `head` ("Russia has followed Iran's lead and offered to mediate", "She described
    /// Pakistan and Afghanistan as partners and warned", "Police arrested protesters and seized
    /// weapons"): the group follows a verb in the past or the third person (no verb of saying,
    /// no name), and `and` comes within eight words after it and at
    /// most three before the verb, with no actor, colon or full stop between. Such a group is not
    /// the subject of `head`.
    fn object_of_earlier_verb(&self, g: usize, head: usize) -> bool {
        let Some(group) = self.groups.get(g) else {
            return false;
        };
        // The verb before the group, past up to three determiners or plain words ("named
        // terror groups ISIL-K", "named the TTP").
        let mut b = group.start;
        let verb_before = loop {
            let Some(p) = b.checked_sub(1) else {
                break false;
            };
            b = p;
            let w = self.word(b);
            let plain = !w.is_empty()
                && w.chars().all(char::is_alphabetic)
                && !self.names.get(b).copied().unwrap_or(false);
            // A finite verb by its form: "followed", "describes", "met" ("an official Syrian
            // newspaper" is no verb and its actor).
            let finite =
                (w.len() > 3 && (w.ends_with("ed") || w.ends_with("es"))) || is_irregular_past(w);
            // "Security sources said gunmen stormed ... and seized": a verb of saying ends
            // the clause; the group after it is a subject.
            if self.is_speech(b) || SPEECH.contains(&w) {
                break false;
            }
            if plain && finite {
                // The verb needs its own subject before it in the clause ("Russia has
                // followed", "She described"); "suspected" or "witnesses" alone are no verb.
                break !PREPOSITIONS.contains(&w) && self.subject_before(b);
            }
            let filler = DETERMINERS.contains(&w)
                || (plain
                    && !PREPOSITIONS.contains(&w)
                    && !SUBORDINATORS.contains(&w)
                    && !matches!(w, "and" | "or" | "but" | "as" | "than" | "that" | "both"));
            if group.start - b > 3 || !filler {
                break false;
            }
        };
        if !verb_before {
            return false;
        }
        let Some(and) = (group.end..head)
            .rev()
            .take(3)
            .find(|&a| self.word(a) == "and")
        else {
            return false;
        };
        and - group.end <= 8
            && (group.end..and)
                .all(|i| self.group_at(i).is_none() && !matches!(self.word(i), ";" | "." | ":"))
    }

    /// Whether an actor group or a subject pronoun stands within six words before token `b`,
    /// in its clause (no comma, semicolon or verb of saying between).
    fn subject_before(&self, b: usize) -> bool {
        for k in (b.saturating_sub(6)..b).rev() {
            let w = self.word(k);
            if self.group_at(k).is_some() || PRONOUNS.contains(&w) {
                return true;
            }
            if matches!(w, "," | ";" | ":" | ".") || self.is_speech(k) || SPEECH.contains(&w) {
                return false;
            }
        }
        false
    }

    /// For a comma at `close`, the opening comma of an appositive that it ends: an earlier
    /// comma, at most 15 tokens back, after an actor and before a determiner or relative
    /// pronoun, with no other punctuation between.
    fn appositive_start(&self, close: usize) -> Option<usize> {
        let mut k = close;
        while k > 0 && close - k < 15 {
            k -= 1;
            let w = self.word(k);
            if matches!(w, ";" | ":" | "." | "\"" | "(" | ")") {
                return None;
            }
            if w == "," {
                // (Or a participle: "Iraq's Saddam Hussein, facing US troops at the border,
                // sought peace".)
                let next = self.word(k + 1);
                // (Not "including", "according", nor the ", killing ten" of a violent act.)
                let participle = next.len() > 4
                    && next.ends_with("ing")
                    && next.bytes().all(|b| b.is_ascii_lowercase())
                    && !self.names.get(k + 1).copied().unwrap_or(false)
                    && !matches!(
                        next,
                        "including"
                            | "according"
                            | "killing"
                            | "wounding"
                            | "injuring"
                            | "leaving"
                            | "during"
                    )
                    // ... right after the subject, not inside a list ("thanked Kenya, Uganda,
                    // visiting envoys and the UN"): no comma or verb before the opening one.
                    && (0..k).all(|j| self.word(j) != "," && self.verbal_head(j).is_none());
                // (Or a possessive actor: "Iran, Iraq's enemy in the war, fired ...".)
                let possessive = self.group_at(k + 1).is_some_and(|g| {
                    let end = self.groups.get(g).map_or(k + 1, |g| g.end);
                    self.word(end) == "'s"
                        && self.word(end + 1).bytes().all(|b| b.is_ascii_lowercase())
                });
                let opens = participle
                    || possessive
                    || matches!(
                        next,
                        "a" | "an" | "the" | "who" | "which" | "whose" | "its" | "their"
                    );
                // (A relative clause is passed over after any subject: "The MP, who was
                // expelled over his anti Iraq war stance, accused ..." is no Iraq's.)
                let relative = matches!(next, "who" | "which" | "whose");
                return (opens && (relative || self.group_at(k.checked_sub(1)?).is_some()))
                    .then_some(k);
            }
        }
        None
    }

    /// The forces a deployment moves, when the object right after its verb is a bare police
    /// or military role with no country ("sent police reinforcements", "deployed soldiers"):
    /// mobilisation (15) and peacekeeping (074) only.
    fn deployed_forces(&self, link: &Link) -> Option<usize> {
        if !(link.m.code.starts_with("15") || link.m.code == "074") || link.noun {
            return None;
        }
        let mut j = link.m.head + 1;
        while j < self.tokens.len() && j <= link.m.head + 3 {
            if let Some(g) = self.group_at(j) {
                let bare_force = self.members(Some(g)).iter().all(|m| {
                    m.is_some_and(|m| m.actor.country.is_none() && has_role(m, &["COP", "MIL"]))
                });
                return bare_force.then_some(g);
            }
            if !(DETERMINERS.contains(&self.word(j))
                || matches!(
                    self.word(j),
                    "more" | "extra" | "additional" | "fresh" | "new"
                )
                || link.m.words.contains(&j))
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// The first group after the pattern's head, skipping the pattern's own words, within the
    /// clause and [`TARGET_WINDOW`] tokens.
    fn right_group(&self, link: &Link) -> Option<usize> {
        // (A judgement's target is the one judged, before its "was": not "said it is wrong
        // that Chinese workers are paid so little".)
        let end = (link.m.head + TARGET_WINDOW)
            .min(self.tokens.len())
            .min(link.m.judged.unwrap_or(usize::MAX));
        let deployed = self.deployed_forces(link);
        let mut place: Option<usize> = None;
        // "released the detained journalists", "arrested two civilians": a pattern word naming
        // the people acted on is the target when no actor follows.
        let mut own_word: Option<usize> = None;
        let on_people = ["0841", "173", "174", "181"]
            .iter()
            .any(|c| link.m.code.starts_with(c));
        for j in link.m.head + 1..end {
            if link.m.words.contains(&j) {
                if on_people && own_word.is_none() {
                    own_word = self.group_at(j);
                }
                continue;
            }
            if let Some(g) = self.group_at(j) {
                if place == Some(g) {
                    continue;
                }
                // "sent police reinforcements to Kashmir": the forces sent are what is
                // deployed, not whom it is aimed at.
                if Some(g) == deployed {
                    continue;
                }
                // "from X" after a pattern is where something came from, not its target: a
                // giver ("received aid from Y") or where fire came from ("fired rockets from
                // Gaza into Israel").
                // ("recaptured Mosul from Islamic State militants": the militants lost it.)
                let country_only = self
                    .members(Some(g))
                    .iter()
                    .all(|m| m.is_some_and(|m| m.kind == ActorKind::Country && m.role.is_none()));
                // ("recaptured territory from Armenia": land is taken from a country, 192.)
                let fired = is_violent(&link.m.code) && !link.m.code.starts_with("192");
                if self.word(j.wrapping_sub(1)) == "from"
                    && (link.m.from_source || (fired && country_only))
                {
                    continue;
                }
                // "Attacks on Kurdish villages by Turkish troops", "Israel was attacked by
                // Hamas": an actor after "by" is the act's own doer, never its target (a verb's
                // object may have one: "condemned attacks by militants").
                if self.word(j.wrapping_sub(1)) == "by"
                    && (link.noun || link.m.head == 0 || self.is_passive(link))
                {
                    continue;
                }
                // "held talks in Oman", "met at the Omani capital": where talks are held is
                // not whom they are with (a visit's or summit's place is its target, as
                // CAMEO has it: "attend a summit in Switzerland").
                let mut p = j.wrapping_sub(1);
                if self.word(p) == "the" {
                    p = p.wrapping_sub(1);
                }
                let talks = ["040", "041", "046"]
                    .iter()
                    .any(|c| link.m.code.starts_with(c));
                if talks && matches!(self.word(p), "in" | "at") {
                    // Passed over: "held talks in Oman with the United States".
                    place = Some(g);
                    continue;
                }
                // "hosted talks on Libya with Egypt and Qatar": what talks are about is no
                // party to them.
                // (Right after the talks: not "discussed the sanctions imposed on Russia".)
                if link.m.code.starts_with("04")
                    && matches!(self.word(p), "on" | "about" | "over" | "regarding")
                    && link.m.words.iter().max().is_some_and(|&w| w + 1 == p)
                {
                    continue;
                }
                // "filed a lawsuit in federal court against X", "sued the city in federal
                // court": the court a case is brought in is where, not whom.
                let court = self
                    .members(Some(g))
                    .iter()
                    .all(|m| m.is_some_and(|m| m.actor.code.ends_with("JUD")));
                let brought_in = (1..=3).any(|b| {
                    matches!(self.word(j.wrapping_sub(b)), "in" | "before")
                        && (j + 1 - b..j).all(|k| !self.is_match_word(k))
                });
                if link.m.code.starts_with("115") && court && brought_in {
                    continue;
                }
                return Some(g);
            }
            let w = self.word(j);
            // "held talks with visiting Kenyan President X": "visiting" before a name is an
            // adjective of the guest, no verb that ends the search.
            if w == "visiting"
                && matches!(
                    self.word(j.wrapping_sub(1)),
                    "with" | "the" | "a" | "and" | "his" | "her"
                )
            {
                continue;
            }
            // "struck the group that has seized parts of Iraq": a relative clause.
            let relative = w == "that" && matches!(self.word(j + 1), "has" | "have" | "had");
            // "The bullet that killed the journalist was fired by an Israeli soldier": an act
            // told in a relative clause ends where the main clause's verb begins.
            let main_verb =
                matches!(
                    self.word(link.m.head.wrapping_sub(1)),
                    "that" | "which" | "who"
                ) && matches!(w, "is" | "are" | "was" | "were" | "has" | "have" | "had");
            // "the attack was planned in Afghanistan": where it was prepared (the accused, in
            // an accusation: "claimed the attack was planned in Pakistan").
            let prepared = PREPARED.contains(&w)
                && !link.m.code.starts_with("11")
                && link.m.words.iter().all(|&k| k < j);
            // "Iran and Afghanistan agreed on Sunday that Kabul will release water": what is
            // agreed is no partner to the agreement.
            let agreed_that = w == "that"
                && link.m.code.starts_with("03")
                && self.word(link.m.head).starts_with("agree");
            if RIGHT_STOPS.contains(&w)
                || relative
                || main_verb
                || prepared
                || agreed_that
                || self.is_speech(j)
                || self.verbal_head(j).is_some()
            {
                return own_word;
            }
        }
        own_word
    }

    /// The group after `word` ("by", "from") that follows the pattern, within the clause.
    fn after_word_group(&self, link: &Link, word: &str) -> Option<usize> {
        // "came under fire from opposition lawmakers": the word is the pattern's own, and the
        // actor stands in its gap.
        if let Some(&own) = link.m.words.iter().find(|&&w| self.word(w) == word) {
            let at = if self.word(own + 1) == "the" {
                own + 2
            } else {
                own + 1
            };
            if let Some(g) = self.group_at(at) {
                return Some(g);
            }
        }
        let last = link.m.words.last().copied().unwrap_or(link.m.head);
        let end = (last + TARGET_WINDOW).min(self.tokens.len());
        let mut after = false;
        // Words between the word and the actor: "the", and up to two modifiers that are no
        // verb ("a rally by media workers", "attacks by suspected militants").
        let mut modifiers = 0;
        for j in last + 1..end {
            if after && let Some(g) = self.group_at(j) {
                // After a modifier the actor must end the phrase: "by a Turkish state security
                // court" names the court, not Turkey.
                let end = self.groups.get(g).map_or(j, |g| g.end);
                let country_only = self
                    .members(Some(g))
                    .iter()
                    .all(|m| m.is_some_and(|m| m.kind == ActorKind::Country && m.role.is_none()));
                if modifiers > 0 && country_only && self.is_plain_modifier(end) {
                    return None;
                }
                return Some(g);
            }
            let w = self.word(j);
            let modifier = after && modifiers < 2 && self.is_plain_modifier(j);
            // "an attack on a school run by the UN", "a hospital funded by the EU": a
            // participle's "by" names its agent, not the act's (but "a car bomb planted by
            // ETA", right after the act, names the act's).
            let participle = |k: usize| {
                let p = self.word(k);
                k > last + 1
                    && (p.len() > 3 && p.ends_with("ed")
                        || crate::verbs::is_irregular_participle(p)
                        || matches!(p, "run" | "held" | "built" | "led" | "set"))
            };
            // ("industrial action is planned by trade unions": a passive of the act itself.)
            if w == word && !after && participle(j - 1) && !BE.contains(&self.word(j - 2)) {
                return None;
            }
            if w == word {
                after = true;
            } else if modifier {
                modifiers += 1;
            } else if RIGHT_STOPS.contains(&w)
                || self.is_speech(j)
                || (after && w != "the")
                // "The attack was repelled by soldiers": another verb's "by" is not the
                // noun's.
                || ((word == "from" || !after) && self.verbal_head(j).is_some())
            {
                return None;
            }
        }
        None
    }

    /// Whether the attack at `head` is told in words: ", saying", ", calling" or ", accusing"
    /// follows it in its clause, within eight tokens ("attacked the plan, saying it would
    /// fail"; not "attacked the base, killing ten").
    fn verbal_attack(&self, head: usize) -> bool {
        let end = (head + 9).min(self.words.len());
        for j in head + 1..end {
            let w = self.word(j);
            if w == "," {
                return matches!(
                    self.word(j + 1),
                    "saying" | "calling" | "accusing" | "describing" | "arguing" | "branding"
                );
            }
            if matches!(w, ";" | "." | ":") || self.verbal_head(j).is_some() {
                return false;
            }
        }
        false
    }

    /// Token `i` may stand between a preposition and the actor it introduces: "a", "an", or a
    /// lower-case word that is no verb, preposition or clause stop ("media" in "by media
    /// workers", "suspected" in "by suspected militants").
    fn is_plain_modifier(&self, i: usize) -> bool {
        let w = self.word(i);
        matches!(
            w,
            "a" | "an" | "suspected" | "alleged" | "armed" | "masked" | "unidentified"
        ) || (w.chars().all(char::is_alphabetic)
            && !w.is_empty()
            && !self.names.get(i).copied().unwrap_or(false)
            && !RIGHT_STOPS.contains(&w)
            && !PREPOSITIONS.contains(&w)
            && self.verbal_head(i).is_none())
    }

    /// Whether an act noun is the subject of a modal that tells it to happen ("such a meeting
    /// might take place", "talks would be held", "mobilisation will occur"), or an indefinite
    /// one of "would" ("an attack on Taiwan would be a grave mistake"): an act that may come,
    /// not one that came. A modal that tells what an act does is no doubt that it
    /// happened ("sanctions against Iran will remain in place", "a suicide bombing in Kabul
    /// could derail the talks", "the arrest will not affect his status"). Not an act in an
    /// object or a phrase ("a rifle found near the home of a slain doctor may yield clues").
    fn modal_subject(&self, link: &Link, last: usize) -> bool {
        let head = link.m.head;
        let wishes = |w: &str| {
            matches!(
                w,
                "hope"
                    | "hopes"
                    | "hoped"
                    | "expect"
                    | "expects"
                    | "expected"
                    | "wish"
                    | "wishes"
                    | "wished"
                    | "fear"
                    | "fears"
                    | "feared"
                    | "predict"
                    | "predicts"
                    | "predicted"
            )
        };
        // The noun phrase's first word, over determiners, modifiers and actor words.
        let mut first = head;
        while first > 0
            && head - first < 4
            && !wishes(self.word(first - 1))
            && ((DETERMINERS.contains(&self.word(first - 1)) && self.word(first - 1) != "that")
                || self.group_at(first - 1).is_some()
                || self.is_plain_modifier(first - 1))
        {
            first -= 1;
        }
        // ("The families had hoped the apology would be made": a wish or an expectation.)
        let wish = first > 0 && wishes(self.word(first - 1));
        let opens = first == 0
            || self.is_speech(first - 1)
            || wish
            || matches!(
                self.word(first - 1),
                "," | "that"
                    | "when"
                    | "if"
                    | "whether"
                    | "and"
                    | "but"
                    | "because"
                    | "once"
                    | "while"
                    | "although"
                    | "\""
                    | "``"
                    | "“"
                    | ":"
            );
        if !opens {
            return false;
        }
        let Some(modal) = self
            .next_verb(last)
            .filter(|&j| AUXILIARY_MODALS.contains(&self.word(j)))
        else {
            return false;
        };

        // "A Russian attack on NATO would trigger a collective response", "an invasion of
        // Ukraine would be met with sanctions": an act no one named before, with "would", is
        // a supposition.
        if self.word(modal) == "would" && matches!(self.word(first), "a" | "an" | "any") {
            return true;
        }
        // "will take place", "would go ahead", "could be held".
        let mut k = modal + 1;
        while matches!(self.word(k), "not" | "also" | "still" | "now")
            || self.word(k).ends_with("ly")
        {
            k += 1;
        }
        matches!(
            self.word(k),
            "take"
                | "happen"
                | "occur"
                | "begin"
                | "start"
                | "resume"
                | "proceed"
                | "follow"
        ) || (self.word(k) == "go" && self.word(k + 1) == "ahead")
            // ("the apology would come soon"; "sanctions will come into force on Friday" were
            // imposed.)
            || (self.word(k) == "come" && !matches!(self.word(k + 1), "into" | "in"))
            || (self.word(k) == "be" && HELD.contains(&self.word(k + 1)))
    }

    /// The first of up to `max` adverbs right before token `head` ("the recently arrested",
    /// "the most fiercely criticised"), or `head` itself.
    fn over_adverbs(&self, head: usize, max: usize) -> usize {
        let mut b = head;
        while b > 0 && head - b < max && {
            let x = self.word(b - 1);
            (x.len() > 4 && x.ends_with("ly") && !NOUNS_IN_LY.contains(&x))
                || matches!(x, "most" | "more")
        } {
            b -= 1;
        }
        b
    }

    /// Whether a definite word ("the", "this", "its" ...) stands in tokens `from..to`: an act
    /// named with it is a known one.
    fn definite_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|d| {
            matches!(
                self.word(d),
                "the" | "this" | "that" | "these" | "those" | "its" | "their"
            )
        })
    }

    /// Whether token `k` is a verb of weighing ([`WEIGHING`]): not the noun of "in favour of",
    /// "in its favor".
    fn weighs(&self, k: usize) -> bool {
        let w = self.word(k);
        let prev = self.word(k.wrapping_sub(1));
        WEIGHING.contains(&w)
            && !(matches!(w, "favour" | "favor")
                && (self.word(k + 1) == "of"
                    || PREPOSITIONS.contains(&prev)
                    || DETERMINERS.contains(&prev)
                    || PRONOUNS.contains(&prev)))
    }

    /// Whether the act at `head` is the means ("by attacking Jordan", "through a direct attack")
    /// of a verb after a modal in its clause ("could start hostilities ... by attacking").
    fn modal_means(&self, head: usize) -> bool {
        // (Over adjectives and determiners, not another verb's form: "could stop the assault
        // by ending its rocket attacks" ends attacks that are real.)
        let mut p = head;
        while p > 0
            && head - p < 3
            && (p == head
                || (self.is_plain_modifier(p)
                    && !self.word(p).ends_with("ing")
                    && !self.word(p).ends_with("ed")))
        {
            p -= 1;
        }
        if !matches!(self.word(p), "by" | "through" | "via") {
            return false;
        }
        // ("the protesters killed by police gunfire", "the town hit by the bombing": the agent
        // of a participle.)
        let before = self.word(p.wrapping_sub(1));
        if before.ends_with("ed") || crate::verbs::is_irregular_participle(before) {
            return false;
        }
        // (Not the agent of a passive: "will be delayed by the investigation".)
        let mut clause = (p.saturating_sub(12)..p).rev().take_while(|&k| {
            !matches!(
                self.word(k),
                "," | ";" | "." | ":" | "that" | "which" | "who" | "when" | "after"
            ) && !self.is_speech(k)
        });
        clause
            .try_fold(false, |passive, k| {
                let w = self.word(k);
                if AUXILIARY_MODALS.contains(&w) {
                    return Err(!passive);
                }
                Ok(passive || matches!(w, "be" | "been" | "being"))
            })
            .err()
            .unwrap_or(false)
    }

    /// The verb that an act noun ending at `last` is the subject of, within eight words and its
    /// clause: a modal, a form of "be" or a verb ("such a meeting might", "the riots in Lagos
    /// were").
    fn next_verb(&self, last: usize) -> Option<usize> {
        // ("Talks between Armenia and Azerbaijan will take place": an "and" between two actors
        // joins them, it opens no clause.)
        let joins_actors =
            |j: usize| self.group_at(j.wrapping_sub(1)).is_some() && self.group_at(j + 1).is_some();
        (last + 1..(last + 9).min(self.words.len()))
            .take_while(|&j| {
                let w = self.word(j);
                !RIGHT_STOPS.contains(&w)
                    && (w != "and" || joins_actors(j))
                    && w != "that"
                    && !self.is_speech(j)
            })
            .find(|&j| {
                let w = self.word(j);
                AUXILIARY_MODALS.contains(&w) || BE.contains(&w) || self.verbal_head(j).is_some()
            })
    }

    fn by_group(&self, link: &Link) -> Option<usize> {
        // "accused by Serbia of war crimes": a pattern's gap may pass over the agent right
        // after the participle, so look there before looking after the pattern's last word.
        let mut head = link.m.head;
        // "shot dead by police".
        if matches!(self.word(head + 1), "dead" | "down") && self.word(head + 2) == "by" {
            head += 1;
        }
        let agent = if self.word(head + 1) == "by" {
            let at = if matches!(self.word(head + 2), "the" | "a" | "an") {
                head + 3
            } else {
                head + 2
            };
            self.group_at(at)
                .or_else(|| self.after_word_group(link, "by"))
        } else {
            self.after_word_group(link, "by")
        };
        // "massed by the Ukrainian border": "by" as "beside" a place the actor names.
        agent.filter(|&g| {
            let end = self.groups.get(g).map_or(0, |g| g.end);
            !matches!(
                self.word(end),
                "border"
                    | "borders"
                    | "frontier"
                    | "coast"
                    | "side"
                    | "shore"
                    | "shores"
                    | "standards"
                    | "standard"
                    | "law"
                    | "laws"
            )
        })
    }

    fn is_passive(&self, link: &Link) -> bool {
        let mut head = link.m.head;
        // "were forcibly expelled by": a pattern that opens with its adverb.
        if self.word(head).ends_with("ly") && link.m.words.contains(&(head + 1)) {
            head += 1;
        }
        let w = self.word(head);
        let participle = w.ends_with("ed")
            || w.ends_with("en")
            || matches!(
                w,
                "held"
                    | "met"
                    | "shot"
                    | "fought"
                    | "cut"
                    | "sent"
                    | "hit"
                    | "struck"
                    | "paid"
                    | "slain"
                    | "sunk"
                    | "torn"
            );
        // "X and Y were locked in talks": a mutual act's participle after "were" is a state
        // both sides are in, not something done to them.
        // ("The sale was opposed by the United States": with its agent, a passive.)
        if !participle
            || link.noun
            || link.m.mutual
            || (ADJECTIVAL.contains(&w)
                && (self.word(head + 1) != "by"
                    || matches!(self.word(head + 2), "principle" | "nature" | "definition")))
        {
            return false;
        }
        // "14 people were injured and many arrested": a quantity after "and" takes the
        // passive of the clause before.
        if matches!(
            self.word(head.wrapping_sub(1)),
            "many" | "others" | "some" | "dozens" | "hundreds" | "scores" | "several" | "more"
        ) && self.word(head.wrapping_sub(2)) == "and"
            && (head.saturating_sub(8)..head.saturating_sub(2)).any(|k| BE.contains(&self.word(k)))
        {
            return true;
        }
        let mut j = head;
        while j > 0 {
            j -= 1;
            let w = self.word(j);
            if BE.contains(&w) {
                return true;
            }
            // "was badly beaten": an adverb between.
            let adverb = w.len() > 4 && w.ends_with("ly") && self.group_at(j).is_none();
            if !PASSIVE_SKIP.contains(&w) && !adverb {
                break;
            }
        }
        // A reduced passive: "... killed by militants", "a teenager shot and killed by
        // police" (after the pattern's last word).
        let end = link.m.words.iter().max().copied().unwrap_or(head).max(head);
        let joined_participles = (head + 1..=end).all(|k| {
            let w = self.word(k);
            matches!(w, "and" | "or")
                || w.ends_with("ed")
                || crate::verbs::is_irregular_participle(w)
        });
        let end = if joined_participles { end } else { head };
        // "a student shot dead by police", "gunned down by soldiers".
        let end = if matches!(self.word(end + 1), "dead" | "down") && self.word(end + 2) == "by" {
            end + 1
        } else {
            end
        };
        let by_agent = self.word(end + 1) == "by" && self.group_at(end + 2).is_some()
            || self.word(end + 1) == "by"
                && matches!(self.word(end + 2), "the" | "a" | "an")
                && self.group_at(end + 3).is_some();
        // A participle right after the actors it describes, then "from": "British men freed
        // from Guantanamo", "detainees released from custody" were freed, they freed no one.
        let noun_before = |i: usize| {
            let w = self.word(i);
            self.group_at(i).is_none()
                && w.len() > 2
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !BE.contains(&w)
                && !PASSIVE_SKIP.contains(&w)
        };
        // Only verbs whose object is people ("freed", "released"), not "attacked from the
        // north" or "retreated from Kherson".
        let of_people = matches!(
            self.word(head),
            "freed"
                | "released"
                | "expelled"
                | "deported"
                | "evacuated"
                | "rescued"
                | "abducted"
                | "kidnapped"
                | "repatriated"
                | "extradited"
                | "recalled"
                | "evicted"
        );
        let describes = of_people
            && self.word(head + 1) == "from"
            && head >= 2
            && (self.group_at(head - 1).is_some()
                || (noun_before(head - 1) && self.group_at(head - 2).is_some()));
        // "in memory of Lebanese soldiers killed in the battle", "Pakistani troops wounded
        // during the raid": a violent participle right after its victims, then a time or
        // place, not an object.
        let victims = matches!(
            self.word(head),
            "killed"
                | "wounded"
                | "injured"
                | "slain"
                | "shot"
                | "captured"
                | "abducted"
                | "kidnapped"
                | "arrested"
                | "detained"
                | "jailed"
                | "imprisoned"
                | "evicted"
        ) && matches!(
            self.word(head + 1),
            "in" | "during" | "on" | "when" | "while" | "near" | "since" | "overnight"
        ) && head >= 1
            && self.group_at(head - 1).is_some_and(|g| {
                // Actors that are an object themselves ("in memory of Lebanese soldiers
                // killed ..."), or the subject of a later verb ("Israeli soldiers killed in the
                // raid were buried"); "Pakistani troops killed on Sunday 20 militants" is
                // active.
                // ("paid tribute to the peacekeepers killed in Mali", "honoured the soldiers
                // killed ...": past a determiner, after a preposition or a verb.)
                let mut start = self.groups.get(g).map_or(0, |g| g.start);
                if matches!(self.word(start.wrapping_sub(1)), "the" | "its" | "their") {
                    start -= 1;
                }
                let object = matches!(
                    self.word(start.wrapping_sub(1)),
                    "of" | "for" | "to" | "among" | "with" | "about"
                ) || self.verbal_head(start.wrapping_sub(1)).is_some()
                    || start
                        .checked_sub(1)
                        .is_some_and(|v| self.word(v).ends_with("ed") && self.subject_before(v));
                let later_verb = (head + 2..(head + 12).min(self.words.len()))
                    .take_while(|&k| !matches!(self.word(k), "," | ";" | "."))
                    .any(|k| {
                        let w = self.word(k);
                        FINITE_AUX.contains(&w)
                            || matches!(
                                w,
                                "will"
                                    | "included"
                                    | "include"
                                    | "includes"
                                    | "numbered"
                                    | "number"
                            )
                    });
                // "more than 640 Palestinians killed since the assault began": a count of
                // the dead, not a count of killers.
                let counted = {
                    let w = self.word(start.wrapping_sub(1));
                    !w.is_empty()
                        && (w.bytes().all(|b| b.is_ascii_digit() || b == b',')
                            || QUANTITIES.contains(&w))
                };
                object || later_verb || counted
            });
        by_agent || describes || victims
    }

    /// Whether verbal match `index` is a participle describing the subject of a later verb, a
    /// reduced relative clause ("The civilians imprisoned for protesting were released", "the
    /// journalists arrested last month have left"): the participle follows the subject (an
    /// actor, or a plain noun after a determiner or number at the clause start) with no object
    /// after it, and a finite verb of that subject follows in the same clause. Such a
    /// participle tells who the subject is, not what happened that day.
    fn reduced_relative(&self, index: usize) -> bool {
        let Some(link) = self.matches.get(index) else {
            return false;
        };
        let head = link.m.head;
        let w = self.word(head);
        if link.noun || !(w.ends_with("ed") || is_irregular_past(w)) || head == 0 {
            return false;
        }
        // The subject right before it, standing at the start of its clause.
        let np_start = match self.group_at(head - 1) {
            Some(g) => self.groups.get(g).map_or(head - 1, |g| g.start),
            None => {
                let n = self.word(head - 1);
                let plain = n.len() > 2 && n.bytes().all(|b| b.is_ascii_lowercase());
                let before = self.word(head.wrapping_sub(2));
                let counted = DETERMINERS.contains(&before)
                    || before.starts_with(|c: char| c.is_ascii_digit())
                    || QUANTITIES.contains(&before);
                if !plain || !counted || PREPOSITIONS.contains(&n) || BE.contains(&n) {
                    return false;
                }
                head - 2
            }
        };
        // Only modifiers (determiners, numbers, adjectives, other actors) before it in its
        // clause: no verb or preposition, so it is the subject, not an object.
        let mut s = np_start;
        while s > 0 && !matches!(self.word(s - 1), "," | ";" | ":" | "that") {
            let w = self.word(s - 1);
            if np_start - s >= 6
                || self.verbal_head(s - 1).is_some()
                || PREPOSITIONS.contains(&w)
                || BE.contains(&w)
                || self.is_speech(s - 1)
            {
                return false;
            }
            s -= 1;
        }
        // No object after it: a preposition or a time word follows ("by" makes an agent,
        // which is coded: "the men arrested by police").
        let next = self.word(head + 1);
        if next == "by" {
            return false;
        }
        if !(PREPOSITIONS.contains(&next) || TIME_AFTER_VERB.contains(&next)) {
            return false;
        }
        // A finite verb of the subject later in the clause.
        for k in head + 1..self.words.len() {
            let w = self.word(k);
            if matches!(
                w,
                "," | ";"
                    | ":"
                    | "."
                    | "and"
                    | "but"
                    | "who"
                    | "which"
                    | "that"
                    | "if"
                    | "unless"
                    | "when"
                    | "where"
                    | "as"
            ) || (w == "to" && k > head + 1)
                || SUBORDINATORS.contains(&w)
                || self.is_speech(k)
                || PRONOUNS.contains(&w)
                || matches!(w, "what" | "whom" | "i" | "you")
            {
                return false;
            }
            // "agreed to talks the EU had proposed", "a ceasefire Egypt had brokered": a
            // determiner or an actor not right after a preposition opens a relative clause
            // with its own subject.
            let prev = self.word(k - 1);
            let after_prep = PREPOSITIONS.contains(&prev)
                || prev.ends_with("ing")
                || TIME_AFTER_VERB.contains(&prev);
            if (DETERMINERS.contains(&w)
                || self
                    .group_at(k)
                    .is_some_and(|g| self.groups.get(g).is_some_and(|g| g.start == k)))
                && !after_prep
            {
                return false;
            }
            if FINITE_AUX.contains(&w)
                || matches!(w, "will" | "would" | "could" | "may" | "can" | "should")
            {
                return true;
            }
        }
        false
    }

    /// Where the cue window before a head starts: after the source group, within the clause.
    fn cue_start(&self, head: usize, source_end: Option<usize>) -> usize {
        let mut start = head.saturating_sub(CUE_WINDOW);
        if let Some(e) = source_end
            && e <= head
        {
            start = start.max(e);
        }
        let clause = (start..head)
            .rev()
            .find(|&j| self.word(j) == ";" || self.word(j) == ",");
        clause.map_or(start, |j| j + 1)
    }

    fn cues(&self, link: &Link, source_end: Option<usize>) -> (bool, bool) {
        let head = link.m.head;
        // An act noun's cues stand before the verb that carries it: "vowed to keep up its
        // raids", "refused to resume the talks".
        let anchor = if link.noun {
            self.carrier_before(head).unwrap_or(head)
        } else {
            head
        };
        let start = self.cue_start(anchor, source_end);
        // ("gave Belgrade until Friday to pull its forces out": the ultimatum's own "to" still
        // makes the act it asks for one to come.)
        let window = (start..head).filter(|j| !self.is_match_word(*j) || self.word(*j) == "to");
        let mut negated = false;
        let mut hypothetical = false;
        let hesitating = |k: usize| matches!(self.word(k), "hesitate" | "hesitates" | "hesitated");
        for j in window {
            let w = self.word(j);
            // "did not hesitate to shell the town": it was shelled.
            let not_hesitating = |k: usize| {
                hesitating(k) && matches!(self.word(k.wrapping_sub(1)), "not" | "n't" | "never")
            };
            if not_hesitating(j + 1) || (w == "to" && not_hesitating(j.wrapping_sub(1))) {
                continue;
            }
            // "It is not clear whether the airstrike killed anyone", "police did not say who
            // attacked the convoy": what is not known is not denied.
            let unknown = || {
                matches!(
                    self.word(j + 1),
                    "clear"
                        | "known"
                        | "sure"
                        | "certain"
                        | "say"
                        | "know"
                        | "specify"
                        | "explain"
                        | "disclose"
                        | "confirm"
                        | "reveal"
                        | "elaborate"
                ) && (j + 2..head).any(|k| {
                    matches!(
                        self.word(k),
                        "whether"
                            | "if"
                            | "who"
                            | "how"
                            | "what"
                            | "why"
                            | "when"
                            | "where"
                            | "which"
                    )
                })
            };
            negated |= NEGATORS.contains(&w) && !unknown();
            // "to" marks an infinitive ("to free"), not a preposition ("wrote to two men
            // freed from"): only when a verb-like word, the head or "be"/"not", follows.
            let infinitive = w != "to"
                || matches!(self.word(j + 1), "be" | "not" | "have" | "get")
                || (j + 1..head).all(|k| {
                    let a = self.word(k);
                    a.ends_with("ly") || matches!(a, "also" | "further" | "not" | "then")
                });
            // "The plan drew criticism": a noun after a determiner is no cue.
            let noun = matches!(
                w,
                "plan" | "plans" | "promise" | "promises" | "pledge" | "pledges" | "vow" | "vows"
            ) && DETERMINERS
                .iter()
                .any(|d| *d != "that" && *d == self.word(j.wrapping_sub(1)));
            // "decided to expel", "managed to free", "were forced to withdraw": a decision
            // taken or an act achieved, not one to come.
            let done = w == "to"
                && (DONE_BEFORE_TO.contains(&self.word(j.wrapping_sub(1)))
                    || self.caused_before(j)
                    || self.agreed_sanction(j.wrapping_sub(1), &link.m.code))
                // ("voted to impose sanctions if it fails to free the prisoners": still to
                // come.)
                && !(head..self.words.len()).any(|k| CONDITIONALS.contains(&self.word(k)));
            hypothetical |= MODALS.contains(&w) && infinitive && !noun && !done;
        }
        // "The envoy denied that his government had supplied arms", "Pakistan denied on
        // Monday that its troops had attacked": what a denial's "that" clause tells did not
        // happen, back to the clause's start (within DENIAL_REACH tokens) and past a time
        // phrase before "that".
        let denied = (head.saturating_sub(DENIAL_REACH)..head)
            .rev()
            .find_map(|k| {
                let w = self.word(k);
                if matches!(w, ";" | "." | "," | ":") || self.verbal_head(k).is_some() {
                    return Some(false);
                }
                (w == "that").then(|| {
                    // ("That ..." opening the sentence follows no denial.)
                    let Some(mut d) = k.checked_sub(1) else {
                        return false;
                    };
                    while d > 0 && k - d < 5 && is_time_filler(self.word(d)) {
                        d -= 1;
                    }
                    // ("denied an Iranian report that its jet was shot down": what the report
                    // it denies tells.)
                    if matches!(
                        self.word(d),
                        "report"
                            | "reports"
                            | "claim"
                            | "claims"
                            | "allegation"
                            | "allegations"
                            | "suggestion"
                            | "suggestions"
                            | "rumours"
                            | "rumors"
                    ) && let Some(at) = (d.saturating_sub(4)..d)
                        .rev()
                        .find(|&b| DENIALS.contains(&self.word(b)))
                    {
                        d = at;
                    }
                    // ("did not deny reports that ...": no denial.)
                    DENIALS.contains(&self.word(d))
                        && !matches!(self.word(d.wrapping_sub(1)), "not" | "n't" | "never")
                })
            });
        negated |= denied == Some(true);
        // "admitted mistakes without apologising for them", "attacked without warning": what
        // is done without is not done.
        // ("Not a day passes without shelling": a double negative is no denial.)
        negated |= self.word(head.wrapping_sub(1)) == "without"
            && !(head.saturating_sub(12)..head)
                .rev()
                .take_while(|&k| !matches!(self.word(k), ";" | "." | ":"))
                .any(|k| {
                    matches!(
                        self.word(k),
                        "not" | "no" | "never" | "hardly" | "rarely" | "seldom" | "n't"
                    )
                });
        // A conditional anywhere earlier in the clause.
        let mut j = head;
        while j > 0 {
            j -= 1;
            let w = self.word(j);
            if w == ";" || w == "." {
                break;
            }
            hypothetical |= CONDITIONALS.contains(&w);
        }
        // "the risk of attacks on troops", "the potential for killing civilians", "fears of
        // further violence": an act named as a risk, chance or fear has not happened.
        // ("The threat of a Turkish invasion": over an actor adjective; not a threat of the
        // actors' own, "carried out their threat of an attack".)
        hypothetical |= (1..=3).any(|k| {
            let Some(p) = head.checked_sub(k) else {
                return false;
            };
            let noun = self.word(p.wrapping_sub(1));
            matches!(self.word(p), "of" | "for")
                && (p + 1..head).all(|m| self.is_plain_modifier(m) || self.group_at(m).is_some())
                && RISK_NOUNS.contains(&noun)
                && !(noun.starts_with("threat")
                    && matches!(
                        self.word(p.wrapping_sub(2)),
                        "its" | "their" | "his" | "her"
                    ))
        });
        // "Sudan's pending invasion of its neighbour", "an imminent attack": an act named as
        // still to come.
        // ("an imminent Iranian attack": over an actor adjective, whatever the form was taken
        // for; not "feared the bombing", nor a verb, "the looming election pledged".)
        hypothetical |= (1..=2).any(|k| {
            head.checked_sub(k).is_some_and(|p| {
                ANTICIPATED.contains(&self.word(p))
                    && (link.noun || (p + 1..head).any(|m| self.group_at(m).is_some()))
                    && (p + 1..head).all(|m| {
                        (self.is_plain_modifier(m) && !DETERMINERS.contains(&self.word(m)))
                            || self.group_at(m).is_some()
                    })
            })
        });
        // "Iraq could start hostilities through a direct attack or by attacking Jordan": the
        // means of an act that may come may come too.
        hypothetical |= self.modal_means(head);
        // "is considering a ban on arms sales", "discussed new sanctions": an act named as
        // the object of its weighing has not happened.
        if link.noun {
            let measure = !matches!(link.m.code.get(..2), Some("14" | "17" | "18" | "19" | "20"));
            let mut p = head;
            for _ in 0..4 {
                let Some(q) = p.checked_sub(1) else {
                    break;
                };
                p = q;
                let w = self.word(p);
                // ("considering the attack an act of terrorism": a known act, named with its
                // article, is weighed as done; "considering strikes" weighs one to come.)
                let definite = self.definite_between(p + 1, head);
                if (self.weighs(p) && (measure || !definite))
                    || (measure && !definite && DISCUSSING.contains(&w))
                {
                    hypothetical = true;
                    break;
                }
                if !(DETERMINERS.contains(&self.word(p)) || self.is_plain_modifier(p)) {
                    break;
                }
            }
        }
        // "had shared no credible evidence", "offered no concessions": the pattern's own
        // object denied.
        let last = link.m.words.iter().max().copied().unwrap_or(head);
        // (Not "no fewer than 500 troops"; "no more weapons" is none.)
        negated |= (head + 1..last).any(|j| {
            self.word(j) == "no"
                && !link.m.words.contains(&j)
                && !(matches!(self.word(j + 1), "fewer" | "less" | "more")
                    && self.word(j + 2) == "than")
        });
        // "asked whether Qatar would press Pakistan", "unclear whether it was an attack",
        // "whether Tehran was working to convene a meeting": an open question, close before
        // the act in its clause (not "asked whether the riots were an uprising", whose act is
        // no question, nor "whether he knew the man before he killed him").
        let whether = (head.saturating_sub(8)..head)
            .rev()
            .take_while(|&k| {
                !matches!(
                    self.word(k),
                    "," | ";"
                        | "."
                        | ":"
                        | "when"
                        | "after"
                        | "before"
                        | "because"
                        | "as"
                        | "while"
                        | "since"
                        | "but"
                        | "who"
                        | "which"
                        | "that"
                ) && !self.is_speech(k)
            })
            .any(|k| self.word(k) == "whether");
        // (The act a question is asked about is given: "unclear whether the attack killed
        // anyone", "asked whether the embargo would hurt Iran"; so is one in a relative clause:
        // "whether troops who shelled the town would return". An act not named before, with a
        // modal, is the act asked about: "whether an Israeli attack on Iran would succeed".)
        let known = (head.saturating_sub(3)..head).any(|k| {
            matches!(
                self.word(k),
                "the" | "this" | "these" | "those" | "its" | "his" | "her" | "their" | "'s"
            )
        });
        hypothetical |= whether
            && !(link.noun
                && self
                    .next_verb(last)
                    .is_some_and(|j| known || !AUXILIARY_MODALS.contains(&self.word(j))));
        // "any talks could be held in Tehran", "any meeting hosted by Iran would complement
        // the talks": an act noun that is "any" act is one that may come.
        // ("any Israeli attack", "any new military operation": modifiers and an actor's
        // adjective between; a form after "any" is a noun, whatever else it was taken for.)
        hypothetical |= (1..=3).any(|k| {
            head.checked_sub(k).is_some_and(|p| {
                self.word(p) == "any"
                    && (p + 1..head).all(|m| {
                        (self.is_plain_modifier(m) || self.group_at(m).is_some())
                            && !matches!(self.word(m), "and" | "or" | "but")
                    })
            })
        });
        // "sent to protect civilians from militant attacks", "measures to prevent attacks": an
        // act guarded against is not one that happened.
        let guarded = |p: usize| {
            matches!(
                self.word(p),
                "protect"
                    | "protects"
                    | "protected"
                    | "protecting"
                    | "shield"
                    | "shielding"
                    | "defend"
                    | "defending"
                    | "safeguard"
                    | "guarding"
            )
        };
        let prevents = |p: usize| {
            matches!(
                self.word(p),
                "prevent"
                    | "prevents"
                    | "preventing"
                    | "deter"
                    | "deterring"
                    | "avert"
                    | "averting"
            )
        };
        // ("Security forces failed to prevent the storming": it happened.)
        let failed = |p: usize| {
            self.word(p.wrapping_sub(1)) == "to"
                && matches!(
                    self.word(p.wrapping_sub(2)),
                    "failed" | "fail" | "fails" | "unable" | "powerless"
                )
        };
        hypothetical |= (1..=6).any(|k| {
            head.checked_sub(k).is_some_and(|p| {
                ((prevents(p) && !failed(p))
                    || (matches!(self.word(p), "from" | "against")
                        && (1..=4).any(|b| p.checked_sub(b).is_some_and(guarded))))
                    && (p + 1..head).all(|m| {
                        !matches!(self.word(m), "," | ";" | "and" | "but")
                            && self.verbal_head(m).is_none()
                    })
            })
        });
        // "cooperation in fighting drug cartels", "help in combating terrorism": the aim of a
        // cooperation, not a fight.
        hypothetical |= self.word(head).ends_with("ing")
            && head >= 2
            && self.word(head - 1) == "in"
            && matches!(
                self.word(head - 2),
                "cooperation"
                    | "cooperate"
                    | "co-operation"
                    | "help"
                    | "assistance"
                    | "support"
                    | "efforts"
                    | "role"
                    | "partner"
                    | "partners"
                    | "ally"
                    | "allies"
                    | "success"
                    | "experience"
            );
        // "The government is considering imposing tariffs": an option weighed, not an act.
        hypothetical |= self.word(head).ends_with("ing")
            && head >= 1
            && matches!(
                self.word(head - 1),
                "considering"
                    | "consider"
                    | "considers"
                    | "considered"
                    | "weighing"
                    | "mulling"
                    | "contemplating"
                    | "contemplate"
                    | "contemplated"
            );
        // "Hamas delayed the promised release of the hostages", "the planned protests": an
        // act named as promised or planned has not happened.
        hypothetical |= link.noun
            && head >= 2
            && matches!(
                self.word(head - 1),
                "promised"
                    | "planned"
                    | "proposed"
                    | "pledged"
                    | "intended"
                    | "scheduled"
                    | "threatened"
            )
            && DETERMINERS.contains(&self.word(head - 2));
        // "Police were deployed ahead of the protests": an act still to come.
        hypothetical |= link.noun
            && (2..=5).any(|k| {
                head.checked_sub(k).is_some_and(|p| {
                    self.word(p) == "ahead"
                        && self.word(p + 1) == "of"
                        && (p + 2..head)
                            .all(|m| self.is_plain_modifier(m) || self.group_at(m).is_some())
                })
            });
        if link.noun {
            hypothetical |= self.modal_subject(link, last);
        }
        // "Will aid to Egypt be suspended?": a yes-no question reports no act (not "Why did
        // China impose sanctions?", nor "Troops shelled the village; why?").
        hypothetical |= self.words.last().is_some_and(|w| w == "?")
            && self.words.first().is_some_and(|w| {
                FINITE_AUX.contains(&w.as_str())
                    || matches!(
                        w.as_str(),
                        "will"
                            | "would"
                            | "could"
                            | "can"
                            | "should"
                            | "may"
                            | "might"
                            | "shall"
                            | "do"
                            | "does"
                            | "did"
                    )
            });
        (negated, hypothetical)
    }

    /// The cue that turns act `index` into an intent, threat, refusal, appeal or demand: walks
    /// left from the act over chain words ("to", "not", "be", "has", ...) and cue words, and
    /// over at most one actor group (the addressee: "urged Iran to"), within the clause.
    fn governor(&self, index: usize) -> Option<Governor> {
        let link = self.matches.get(index)?;
        // "Iran must halt enrichment or face new sanctions, France said": what follows the
        // "or" of a demand is its speaker's threat to the addressee.
        if matches!(link.m.code.get(..2), Some("16" | "17" | "18" | "19" | "20"))
            && let Some(cue) = self.ultimatum_of(link.m.head)
        {
            return Some(Governor {
                family: Family::Threat,
                negated: false,
                cue,
                object: None,
                modal_demand: true,
            });
        }
        // "Tokyo is seeking the return of the boats", "pressed for the release": a request of
        // the act itself.
        // ("offered a formal apology" is the apology itself.)
        if let Some((cue, family, object)) = self
            .requester_before(link.m.head)
            .filter(|r| !(r.1 == Family::Intent && link.m.code.starts_with("05")))
            .filter(|r| {
                !self.word(r.0).starts_with("approv")
                    || (matches!(
                        link.m.code.get(..2),
                        Some("03" | "04" | "05" | "06" | "07" | "08")
                    ) && link.m.code != "084")
            })
        {
            return Some(Governor {
                family,
                negated: false,
                cue,
                object,
                modal_demand: false,
            });
        }
        let head = self
            .carrier_before(link.m.head)
            .or((!link.noun).then_some(link.m.head))?;
        let mut found: Option<(Family, usize)> = None;
        let mut negated = false;
        let mut object = None;
        let mut modal_demand = false;
        let mut hesitate = false;
        // Words of an addressee the lexicon does not name, passed over ("urged the warring
        // parties in Sudan to agree", "urged the two sides to"): only an appeal or a demand may
        // then govern.
        let mut unnamed = 0;
        let mut j = head;
        let mut steps = 0;
        while j > 0 && steps < 10 {
            j -= 1;
            steps += 1;
            let mut w = self.word(j);
            // A later word of a cue verb's pattern ("rejected calls", "urged restraint"): the
            // chain goes on from the verb.
            if let Some(m) = self
                .matches
                .iter()
                .find(|l| !l.noun && l.m.head != j && l.m.words.contains(&j))
                && self.cue(m.m.head).is_some()
            {
                j = m.m.head;
                w = self.word(j);
            }
            // ("agreed in Geneva to resume talks", "agreed in Warsaw on Thursday to set up a
            // task force": a place after "in" right after the cue is where, no addressee.)
            if found.is_none() && object.is_none() {
                let place = |k: usize| {
                    self.names.get(k).copied().unwrap_or(false) || self.group_at(k).is_some()
                };
                let mut p = j;
                while p > 0 && place(p) && place(p - 1) {
                    p -= 1;
                }
                if place(j)
                    && p >= 2
                    && matches!(self.word(p - 1), "in" | "at")
                    && self.cue(p - 2).is_some()
                {
                    j = p - 1;
                    continue;
                }
            }
            if let Some(g) = self.group_at(j) {
                if found.is_some() {
                    // The cue's own subject: done.
                    break;
                }
                if object.is_some() {
                    break;
                }
                object = Some(g);
                j = self.groups.get(g).map_or(j, |g| g.start);
                continue;
            }
            if matches!(w, "not" | "n't" | "never") {
                negated = true;
                continue;
            }
            // "Hamas was pressed by Washington to renounce ...": the agent of a passive cue
            // stands between the cue and its act.
            if w == "by" && object.is_some() && found.is_none() && self.passive_cue(j - 1) {
                continue;
            }
            // "urged him to halt the crackdown": an object pronoun is the addressee.
            // (Only after an appeal: "ordered them to fire on the protesters" is an order to
            // one's own men.)
            if matches!(w, "him" | "her" | "them")
                && object.is_none()
                && found.is_none()
                && self.word(j + 1) == "to"
                && self.cue(j.wrapping_sub(1)) == Some(Family::Appeal)
            {
                continue;
            }
            // "Brazil agreed with Mozambique to expand cooperation": the partner of an
            // agreement stands between it and its act.
            // ("agreed with his Mozambican counterpart on Tuesday to ...".)
            if matches!(w, "his" | "her" | "its" | "their" | "the")
                && object.is_some()
                && found.is_none()
                && self.word(j.wrapping_sub(1)) == "with"
                && self.word(j.wrapping_sub(2)).starts_with("agree")
            {
                j -= 1;
                continue;
            }
            if w == "with"
                && object.is_some()
                && found.is_none()
                && self.word(j.wrapping_sub(1)).starts_with("agree")
            {
                continue;
            }
            // "would not hesitate to use its nuclear arsenal": a promise, not a refusal.
            if matches!(w, "hesitate" | "hesitates" | "hesitated") && found.is_none() {
                hesitate = true;
                continue;
            }
            // "has no intention of easing the embargo", "has no plans to meet".
            if found.is_none()
                && ((w == "of"
                    && matches!(self.word(j.wrapping_sub(1)), "intention" | "intentions")
                    && self.word(j.wrapping_sub(2)) == "no")
                    || (matches!(w, "plans" | "intention" | "intentions")
                        && self.word(j.wrapping_sub(1)) == "no"))
            {
                // An intent denied: a refusal of cooperation, a promise not to fight (0356).
                j = j.saturating_sub(if w == "of" { 2 } else { 1 });
                found = Some((Family::Intent, j));
                negated = true;
                continue;
            }
            // "ruled out sending troops": a refusal.
            if w == "out"
                && found.is_none()
                && matches!(
                    self.word(j.wrapping_sub(1)),
                    "rule" | "rules" | "ruled" | "ruling"
                )
            {
                j -= 1;
                found = Some((Family::Refusal, j));
                continue;
            }
            // "is set to lend", "are poised to lift", "is looking to transfer": a plan
            // announced, after a form of "be" and before "to".
            let be_set = matches!(w, "set" | "poised" | "looking")
                && self.word(j + 1) == "to"
                && matches!(
                    self.word(j.wrapping_sub(1)),
                    "is" | "are" | "was" | "were" | "be" | "now" | "'s"
                );
            let family = self
                .cue(j)
                .or_else(|| {
                    is_want(w).then_some(if object.is_some() {
                        Family::Appeal
                    } else {
                        Family::Intent
                    })
                })
                .or(be_set.then_some(Family::Intent));
            // ("will ask Japan to remove its restrictions": the future of the appeal, which
            // stays an appeal.)
            // ("said he would order the army to halt" is his intent.)
            if family.is_some()
                && found.is_some_and(|(f, c)| f != Family::Intent && !is_order(self.word(c)))
                && matches!(w, "will" | "would" | "'ll" | "shall" | "'d" | "wo")
            {
                continue;
            }
            if let Some(f) = family {
                // A cue word that is a pattern word of another act ("called for talks") is that
                // act's, unless it heads a verbal match (the cue verb's own coding).
                // ("announced their readiness to resume talks": the generic intent of the
                // pattern "announce ... readiness" is the cue of the act it names.)
                // ("marched in Lima demanding the minister resign": a participle of demand
                // after a place, read as a noun, still governs.)
                if self.is_match_word(j)
                    && self.verbal_head(j).is_none()
                    && self.generic_intent_at(j).is_none()
                    && !matches!(w, "demanding" | "urging")
                {
                    break;
                }
                // "call" is a cue only as "call on X to" or "call for X to".
                if f == Family::Appeal
                    && matches!(w, "call" | "calls" | "called" | "calling")
                    && !matches!(self.word(j + 1), "on" | "upon" | "for")
                {
                    break;
                }
                if matches!(w, "must" | "should") && found.is_none() {
                    modal_demand = object.is_some()
                        || self.group_at(j.wrapping_sub(1)).is_some()
                        || self.word(j.wrapping_sub(1)) == "it"
                        || self.word(j.wrapping_sub(1)) == "they";
                }
                // "Japan should apologise, Beijing insisted": what one should do, insisted on
                // or demanded, is a demand, not an appeal.
                let f = if w == "should" && modal_demand && self.insisting() {
                    Family::Demand
                } else {
                    f
                };
                found = Some((f, j));
                continue;
            }
            // "insisted on Tuesday that X free the hostages": a day between cue and clause.
            let weekday = |w: &str| {
                sitrep_text::calendar::is_weekday(w) || matches!(w, "yesterday" | "today")
            };
            // "the Abu Sayyaf group": the noun after a name is the name's.
            let name_noun = self.group_at(j.wrapping_sub(1)).is_some()
                && matches!(
                    w,
                    "group" | "movement" | "party" | "faction" | "organisation" | "organization"
                );
            if is_chain_word(w)
                || w.ends_with("ly") && w.len() > 4
                || weekday(w)
                || name_noun
                || w == "on" && weekday(self.word(j + 1))
            {
                continue;
            }
            let plain = !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            if found.is_none()
                && unnamed < 6
                && self.word(head.wrapping_sub(1)) == "to"
                && (plain && self.verbal_head(j).is_none() && !SPEECH.contains(&w)
                    || w.starts_with(|c: char| c.is_ascii_digit()))
            {
                unnamed += 1;
                continue;
            }
            break;
        }
        // "insisted on Sunday that the Abu Sayyaf guerrillas holding 21 hostages on Jolo free
        // them", "insisted that Georgia halt its operations and pull its troops back": a
        // bare verb in the clause of a demand, past a subject of any length.
        if found.is_none()
            && let Some((cue, family, addressee)) = self.demand_clause_of(head)
        {
            found = Some((family, cue));
            object = object.or(Some(addressee));
        }
        let (mut family, cue) = found?;
        // "EU foreign ministers agreed to freeze the assets of 32 officials": sanctions agreed
        // on are imposed (163), no threat.
        // ("agreed to impose tariffs unless Tokyo opened its markets" is a threat; "agreed that
        // they would impose sanctions" is the intent of "would".)
        if family == Family::Intent
            && !negated
            && self.agreed_sanction(cue, &link.m.code)
            && !(head..self.words.len()).any(|k| CONDITIONALS.contains(&self.word(k)))
            && (cue + 1..head).any(|k| self.word(k) == "to")
            && (cue + 1..head).all(|k| self.word(k) != "that")
        {
            return None;
        }
        // "offered to help Somali refugees evicted from the camp": a participle right after
        // the passed-over actor describes that actor; it is no act the cue governs ("want
        // police banned", the cue's own object, is one).
        let act = self.word(link.m.head);
        if object
            .and_then(|g| self.groups.get(g))
            .is_some_and(|g| g.end == link.m.head && g.start > cue + 1)
            && (act.ends_with("ed") || is_irregular_past(act))
        {
            return None;
        }
        // (The passed-over words must be the cue's own object, opening with a determiner:
        // "urged the two sides to", not "called for talks between ... to", "pressured by
        // congress to".)
        if unnamed > 0 {
            let mut k = cue + 1;
            if matches!(self.word(k), "on" | "upon") {
                k += 1;
            }
            // ("urged European governments to recognise": a plural of states or their
            // leaders before "to".)
            let object_opens = matches!(
                self.word(k),
                "the" | "both" | "all" | "two" | "three" | "its" | "their" | "his" | "her"
            ) || matches!(
                self.word(head.saturating_sub(2)),
                "governments"
                    | "countries"
                    | "states"
                    | "nations"
                    | "leaders"
                    | "allies"
                    | "partners"
                    | "donors"
                    | "creditors"
                    | "powers"
                    | "neighbours"
                    | "neighbors"
            );
            if !matches!(family, Family::Appeal | Family::Demand) || !object_opens {
                return None;
            }
        }
        // "insisted that Iraq had attacked its posts": a finite past in the clause is a claim,
        // not the act demanded ("demanded that they be released" is).
        let act = self.word(link.m.head);
        if matches!(family, Family::Demand | Family::Appeal)
            && (act.ends_with("ed") || is_irregular_past(act))
            && FINITE_AUX.contains(&self.word(link.m.head.wrapping_sub(1)))
        {
            return None;
        }
        if self.orders_own(cue, object) {
            return None;
        }
        if hesitate {
            if !negated {
                return None;
            }
            negated = false;
            family = Family::Intent;
        }
        // An appeal or demand needs an addressee or a complement ("urged Iran to", "demanded
        // that"); "called to" alone is not one. An object after an intent is a recipient.
        if matches!(family, Family::Appeal | Family::Demand)
            && object.is_none()
            && !modal_demand
            && self.word(cue + 1) != "that"
            && !(family == Family::Appeal && matches!(self.word(cue + 1), "him" | "her" | "them"))
            && !matches!(self.word(cue), "must" | "should")
        {
            return None;
        }
        if family == Family::Refusal {
            negated = false;
        }
        // "will withdraw unless ...": a conditional promise of a loss is a threat.
        let conditional = (head..self.words.len()).any(|k| self.word(k) == "unless");
        if family == Family::Intent && conditional {
            family = Family::Threat;
        }
        // "The United States will supply arms to Israel", "Obama and Putin will meet in
        // Zurich": a future no one is reported to have stated is a forecast of the act, which
        // is coded flagged hypothetical (as PETRARCH codes it). A future someone states ("has
        // said it will support", "will give Tanzania a grant, the ministry said", "will
        // retaliate, the minister warned") or makes conditional ("if it conducts another
        // test") is their intent or threat, as the CAMEO manual codes it; so is any other cue
        // of intent ("pledged to", "plans to"), and "will not" stays a refusal.
        // (Not a word inside a relative clause: "the rebels, who declared independence in
        // 1991, will hold talks".) Scanned only for a bare future, which "is set to" and "is
        // poised to" are too.
        if family == Family::Intent
            && !negated
            && matches!(self.word(cue), "will" | "'ll" | "shall" | "set" | "poised")
            && !(0..self.words.len()).any(|k| self.word(k) == "if")
            && !self.stated()
        {
            return None;
        }
        Some(Governor {
            family,
            negated,
            cue,
            object: if modal_demand { None } else { object },
            modal_demand,
        })
    }

    /// "Poland joined NATO", "Croatia will join the EU": joining an international organisation
    /// is its formal accession (057, sign a formal agreement), where joining a protest or a
    /// campaign is no act of its own, nor joining the organisation in an act ("Britain joined
    /// the EU in condemning the attack", "joined NATO allies in calling for"). The verb's
    /// tokens, when no pattern claims them.
    fn memberships(&self) -> Vec<usize> {
        (0..self.words.len())
            .filter(|&c| {
                matches!(
                    self.word(c),
                    "join" | "joins" | "joined" | "joining" | "rejoin" | "rejoins" | "rejoined"
                )
            })
            .filter(|&c| !self.is_match_word(c) && self.group_at(c).is_none())
            .filter(|&c| {
                let at = if self.word(c + 1) == "the" {
                    c + 2
                } else {
                    c + 1
                };
                let g = self.group_at(at);
                let members = self.members(g);
                let Some(end) = self.group_end(g) else {
                    return false;
                };
                let next = self.word(end);
                // "in condemning", "allies in calling": joined in an act, or a noun the
                // organisation qualifies.
                let in_act = next == "in" && self.word(end + 1).ends_with("ing");
                let qualifies = next.bytes().all(|b| b.is_ascii_lowercase())
                    && !next.is_empty()
                    && !PREPOSITIONS.contains(&next)
                    && !matches!(
                        next,
                        "last"
                            | "this"
                            | "next"
                            | "and"
                            | "as"
                            | "after"
                            | "before"
                            | "since"
                            | "when"
                            | "while"
                            | "until"
                            | "but"
                            | "or"
                            | "which"
                            | "that"
                            | "earlier"
                            | "today"
                            | "yesterday"
                            | "formally"
                            | "officially"
                    );
                !in_act
                    && !qualifies
                    && members
                        .iter()
                        .all(|m| m.is_some_and(|m| m.actor.code.starts_with("IGO")))
            })
            .collect()
    }

    /// "Moscow must acknowledge the killings, Poland's parliament insisted", "Amnesty said
    /// Khartoum must end its curbs on the press": a "must" with an actor before it and a
    /// speaker, before or after, that governs no act of the lexicon is the speaker's demand
    /// (100) of that actor.
    fn unfilled_musts(&self) -> Vec<(usize, &'static str)> {
        let mut out = Vec::new();
        // ("Britain should return the marbles, Athens insisted": a "should" insisted on.)
        let insisting = self.insisting();
        for c in 0..self.words.len() {
            let modal = self.word(c) == "must" || self.word(c) == "should" && insisting;
            if !modal || self.is_match_word(c) {
                continue;
            }
            let (Some(speaker), Some(addressee)) = self.modal_demand_roles(c) else {
                continue;
            };
            // The addressee opens its clause ("Moscow must", "said Kenya must"; not "anyone
            // entering Israel must", "foreigners in Russia must"), and a demand is of
            // another: "France must stand with Ukraine, the French president said" is none.
            let opens = self.groups.get(addressee).is_some_and(|g| {
                let before = self.word(g.start.wrapping_sub(1));
                g.start == 0
                    || matches!(before, "," | "that" | "the" | "\"" | "``" | ":")
                    || self.is_speech(g.start - 1)
            });
            let country = |g: usize| {
                self.members(Some(g))
                    .into_iter()
                    .flatten()
                    .find_map(|m| m.actor.country.clone())
            };
            let same = country(speaker).is_some() && country(speaker) == country(addressee);
            if !opens || same {
                continue;
            }
            // An act of the lexicon in the clause after it is coded through the "must" (not
            // one after "or", the threat of an ultimatum).
            let end = (c + 1..self.words.len())
                .find(|&k| matches!(self.word(k), "," | ";" | "." | ":" | "or"))
                .unwrap_or(self.words.len());
            // (An act the "must" does not govern, "must stop its missile tests", leaves the
            // demand unfilled.)
            if self.matches.iter().enumerate().any(|(k, l)| {
                (c + 1..end).contains(&l.m.head)
                    && (!l.noun || self.governor(k).is_some_and(|g| g.cue == c))
            }) {
                continue;
            }
            out.push((c, "100"));
        }
        out
    }

    /// Appeal and demand verbs with an actor as object and an infinitive after it ("pressing
    /// Cairo to open up", "wants Pakistan's rulers to set") that are no pattern word and govern
    /// no act of the lexicon: their token and unspecified code.
    fn unfilled_requests(&self) -> Vec<(usize, &'static str)> {
        let mut out = Vec::new();
        for c in 0..self.words.len() {
            let w = self.word(c);
            let code = match self.cue(c) {
                Some(Family::Appeal)
                    if !matches!(w, "should" | "call" | "calls" | "called" | "calling") =>
                {
                    "020"
                }
                Some(Family::Demand) if matches!(w, "pressured" | "pressuring") => "170",
                Some(Family::Demand)
                    if !matches!(w, "must" | "require" | "requires" | "required") =>
                {
                    "100"
                }
                None if matches!(w, "want" | "wants" | "wanted" | "wanting") => "020",
                _ => continue,
            };
            // "might want Obama to head back": a guess at a wish is none.
            if self.is_match_word(c)
                || self.group_at(c).is_some()
                || matches!(self.word(c.wrapping_sub(1)), "might" | "may" | "could")
            {
                continue;
            }
            // The addressee: right after the cue before "to" ("pressing Cairo to open"), or
            // the subject of its "that" clause, past a day and "the" ("is insisting that the
            // government in Bucharest restore ...").
            let mut at = c + 1;
            while sitrep_text::calendar::is_weekday(self.word(at))
                || matches!(self.word(at), "on" | "yesterday" | "today")
            {
                at += 1;
            }
            // "insisted in a statement that Ankara disclose ...": how the demand was made.
            if self.word(at) == "in"
                && let Some(t) = (at + 1..at + 5).find(|&k| self.word(k) == "that")
                && (at + 1..t)
                    .all(|k| self.group_at(k).is_none() && !matches!(self.word(k), "," | ";" | "."))
            {
                at = t;
            }
            let clause = self.word(at) == "that";
            if clause {
                // ("insisted that its partners withhold recognition": the possessive is the
                // addressee's, as "the" is.)
                at += if matches!(self.word(at + 1), "the" | "its" | "their") {
                    2
                } else {
                    1
                };
            } else {
                // "is being pressed by opposition groups to drop ...": the agent, then "to".
                at = if self.passive_cue(c) { c + 2 } else { c + 1 };
                // "asked the UN to grant it full membership".
                if self.word(at) == "the" && self.group_at(at).is_none() {
                    at += 1;
                }
            }
            let Some(object) = self.group_at(at) else {
                continue;
            };
            let end = self.groups.get(object).map_or(at, |g| g.end);
            if clause {
                // The clause's verb: the first word after the subject and its "in"/"of"
                // phrase, in the bare form.
                let mut v = end;
                if matches!(self.word(v), "in" | "of") && self.group_at(v + 1).is_some() {
                    v = self
                        .groups
                        .get(self.group_at(v + 1).unwrap_or(object))
                        .map_or(v, |g| g.end);
                }
                // ("insisted that its EU partners share the burden": a plural noun the
                // actor qualifies.)
                if matches!(
                    self.word(v),
                    "partners"
                        | "allies"
                        | "members"
                        | "neighbours"
                        | "neighbors"
                        | "counterparts"
                        | "leaders"
                        | "states"
                        | "governments"
                        | "authorities"
                ) {
                    v += 1;
                }
                let verb = self.word(v);
                let bare = verb.chars().all(|ch| ch.is_ascii_lowercase())
                    && !verb.is_empty()
                    && !verb.ends_with("ed")
                    && !verb.ends_with('s')
                    && !verb.ends_with("ing")
                    && !FINITE_AUX.contains(&verb)
                    && !MODALS.contains(&verb)
                    && !matches!(
                        verb,
                        "and" | "or" | "but" | "that" | "who" | "which" | "must" | "ought"
                    );
                if !bare || self.is_match_word(v) {
                    continue;
                }
            } else {
                // "pressed Washington on Wednesday to speed up": a day between.
                let mut end = end;
                while sitrep_text::calendar::is_weekday(self.word(end))
                    || matches!(self.word(end), "yesterday" | "today")
                    || self.word(end) == "on"
                        && sitrep_text::calendar::is_weekday(self.word(end + 1))
                {
                    end += 1;
                }
                let next = self.word(end + 1);
                if self.word(end) != "to"
                    || self.group_at(end + 1).is_some()
                    || !next.chars().all(|ch| ch.is_ascii_lowercase())
                    || DETERMINERS.contains(&next)
                {
                    continue;
                }
            }
            let governs =
                (0..self.matches.len()).any(|k| self.governor(k).is_some_and(|g| g.cue == c));
            if !governs && !self.orders_own(c, Some(object)) {
                out.push((c, code));
            }
        }
        out
    }

    /// The demand or appeal whose "that" clause has the bare verb at `head` as its act: the
    /// cue, its family and the clause's subject (the addressee). The clause runs from "that"
    /// to the verb within 16 tokens, with an actor right after "that" (past "the") and no
    /// finite verb or other act between, save one joined by "and".
    fn demand_clause_of(&self, head: usize) -> Option<(usize, Family, usize)> {
        let verb = self.word(head);
        if verb.ends_with("ed") || verb.ends_with('s') || verb.ends_with("ing") {
            return None;
        }
        let that = (head.saturating_sub(16)..head)
            .rev()
            .take_while(|&k| !matches!(self.word(k), ";" | "." | ":"))
            .find(|&k| self.word(k) == "that")?;
        // ("insisted that its EU partners share the burden".)
        let first = if matches!(self.word(that + 1), "the" | "its" | "their" | "his" | "her") {
            that + 2
        } else {
            that + 1
        };
        let addressee = self.group_at(first)?;
        let between = that + 1..head;
        let finite = between.clone().any(|k| {
            FINITE_AUX.contains(&self.word(k))
                || matches!(self.word(k), "would" | "will" | "could" | "should" | "must")
        });
        let other_act = self.matches.iter().any(|l| {
            !l.noun && between.contains(&l.m.head) && self.word(head.wrapping_sub(1)) != "and"
        });
        if finite || other_act {
            return None;
        }
        // Back from "that" over a day ("insisted on Sunday that") and a forum ("demanded at
        // the U.N. General Assembly on Tuesday that").
        let mut k = that.checked_sub(1)?;
        let mut forum = false;
        for _ in 0..4 {
            let w = self.word(k);
            if sitrep_text::calendar::is_weekday(w) || matches!(w, "on" | "yesterday" | "today") {
                k = k.checked_sub(1)?;
                continue;
            }
            if !forum {
                // ("at the summit", "in a statement", "at the U.N. General Assembly".)
                let mut s = k;
                let mut words = 0;
                while words < 4 && s > 0 {
                    let prev = if let Some(g) = self.group_at(s) {
                        self.groups.get(g).map(|g| g.start)
                    } else if self.word(s).bytes().all(|b| b.is_ascii_lowercase())
                        && !self.word(s).is_empty()
                        && !matches!(self.word(s), "at" | "in" | "before" | "that")
                        && self.verbal_head(s).is_none()
                        && self.cue(s).is_none()
                    {
                        Some(s)
                    } else {
                        None
                    };
                    let Some(start) = prev.filter(|&p| p > 0) else {
                        break;
                    };
                    s = start - 1;
                    words += 1;
                }
                if words > 0 && s > 0 && matches!(self.word(s), "at" | "in" | "before") {
                    forum = true;
                    k = s - 1;
                    continue;
                }
            }
            break;
        }
        match self.cue(k) {
            Some(f @ (Family::Demand | Family::Appeal))
                if !matches!(self.word(k), "must" | "should") =>
            {
                Some((k, f, addressee))
            }
            _ => None,
        }
    }

    /// "ordered police to step up checks", "Putin ordered troops to pull back": an order to
    /// one's own forces or officials (no country of their own, or the orderer's) is no demand
    /// on anyone; the act ordered is coded as the orderer's.
    fn orders_own(&self, cue: usize, object: Option<usize>) -> bool {
        let ordering = is_order(self.word(cue));
        let Some(object) = object.filter(|_| ordering) else {
            return false;
        };
        let subject = self.subject_of(cue);
        // "The court ordered the government to release the prisoners": a court's order is a
        // demand on whoever it names.
        if self
            .members(subject)
            .iter()
            .flatten()
            .any(|m| m.actor.code.get(3..6) == Some("JUD"))
        {
            return false;
        }
        let own_country = self
            .members(subject)
            .iter()
            .flatten()
            .find_map(|m| m.actor.country.clone());
        // With no orderer named ("he ordered British troops to march"), a state's own forces
        // or officials are taken as the orderer's own.
        let unnamed = subject.is_none();
        self.members(Some(object)).iter().flatten().all(|m| {
            let force = ["MIL", "COP", "GOV", "SPY"]
                .iter()
                .any(|s| m.actor.code.get(3..6) == Some(*s));
            m.actor.code.starts_with("---")
                || (m.actor.country.is_some() && m.actor.country == own_country)
                || (unnamed && force)
        })
    }

    /// The match of a generic intent (030, "announced its readiness") whose last word is
    /// token `i`.
    fn generic_intent_at(&self, i: usize) -> Option<usize> {
        self.matches
            .iter()
            .position(|l| l.m.code == "030" && l.m.words.last() == Some(&i))
    }

    /// The verb of seeking, asking, offering or openness whose object the act at `act` is,
    /// past determiners, amounts and at most one modifier: "seeking the return of", "pressed
    /// for the release", an appeal; "offered Vietnam a $500 million loan", "is open to talks",
    /// an intent (the actor between an offer and its object is the recipient).
    fn requester_before(&self, act: usize) -> Option<(usize, Family, Option<usize>)> {
        let mut j = act.checked_sub(1)?;
        let mut free = 0;
        let mut recipient = None;
        for _ in 0..6 {
            let w = self.word(j);
            let own = |k: usize| !self.is_match_word(k);
            if matches!(
                w,
                "seek"
                    | "seeks"
                    | "sought"
                    | "seeking"
                    | "want"
                    | "wants"
                    | "wanted"
                    | "wanting"
                    | "request"
                    | "requests"
                    | "requested"
                    | "requesting"
            ) {
                return (own(j) && recipient.is_none()).then_some((j, Family::Appeal, None));
            }
            if matches!(
                w,
                "offer" | "offers" | "offered" | "offering" | "promise" | "promises" | "promised"
            ) {
                return own(j).then_some((j, Family::Intent, recipient));
            }
            // "The cabinet approved the release of 250 prisoners": a decision to act (of
            // cooperation only: sanctions approved are imposed).
            if matches!(w, "approve" | "approves" | "approved" | "approving") && recipient.is_none()
            {
                return own(j).then_some((j, Family::Intent, None));
            }
            // "vowed a new wave of bomb attacks", "threatened a campaign of strikes", "warned
            // of fresh attacks": a future act named as the object of a vow or a threat.
            if recipient.is_none()
                && own(j)
                && let Some(family @ (Family::Intent | Family::Threat)) = cue_family(w)
                && matches!(
                    w,
                    "vow"
                        | "vows"
                        | "vowed"
                        | "vowing"
                        | "pledged"
                        | "pledges"
                        | "threaten"
                        | "threatens"
                        | "threatened"
                        | "threatening"
                )
            {
                return Some((j, family, None));
            }
            if w == "of"
                && recipient.is_none()
                && matches!(self.word(j.wrapping_sub(1)), "warned" | "warns" | "warning")
            {
                return own(j - 1).then_some((j - 1, Family::Threat, None));
            }
            // (The words of a series: "a new wave of", "a fresh round of".)
            let series = |k: usize| {
                matches!(
                    self.word(k),
                    "wave" | "waves" | "series" | "spate" | "string" | "round" | "campaign"
                )
            };
            if (w == "of" && series(j.wrapping_sub(1)))
                || series(j)
                || matches!(w, "new" | "fresh" | "further")
            {
                j = j.checked_sub(1)?;
                continue;
            }
            if let Some(g) = self.group_at(j) {
                // One actor, the recipient of an offer ("offered Vietnam a loan").
                if recipient.is_some() {
                    return None;
                }
                recipient = Some(g);
                j = self.groups.get(g).map_or(j, |g| g.start).checked_sub(1)?;
                continue;
            }
            if w == "to" && recipient.is_none() {
                let k = j.checked_sub(1)?;
                let open = self.word(k) == "open"
                    && matches!(
                        self.word(k.wrapping_sub(1)),
                        "is" | "are" | "was" | "were" | "be" | "remains" | "remained"
                    );
                return (open && own(k)).then_some((k, Family::Intent, None));
            }
            // "insisted on a full Israeli withdrawal": a demand of it.
            if w == "on" && recipient.is_none() {
                let k = j.checked_sub(1)?;
                let insists = matches!(
                    self.word(k),
                    "insist" | "insists" | "insisted" | "insisting"
                );
                return (insists && own(k)).then_some((k, Family::Demand, None));
            }
            if w == "for"
                && recipient.is_none()
                && matches!(
                    self.word(j.wrapping_sub(1)),
                    "prepare" | "prepares" | "prepared" | "preparing"
                )
            {
                return own(j - 1).then_some((j - 1, Family::Intent, None));
            }
            if w == "for" && recipient.is_none() {
                let k = j.checked_sub(1)?;
                let asker = matches!(
                    self.word(k),
                    "press"
                        | "pressed"
                        | "presses"
                        | "pressing"
                        | "push"
                        | "pushed"
                        | "pushes"
                        | "pushing"
                        | "lobby"
                        | "lobbied"
                        | "lobbies"
                        | "lobbying"
                        | "ask"
                        | "asked"
                        | "asks"
                        | "asking"
                );
                return (asker && own(k)).then_some((k, Family::Appeal, None));
            }
            let fixed = DETERMINERS.contains(&w)
                || matches!(
                    w,
                    "immediate"
                        | "early"
                        | "speedy"
                        | "prompt"
                        | "unconditional"
                        | "$"
                        | "million"
                        | "billion"
                        | "more"
                )
                || w.starts_with(|c: char| c.is_ascii_digit());
            if !fixed {
                if free > 0 || !self.is_modifier(j) {
                    return None;
                }
                free += 1;
            }
            j = j.checked_sub(1)?;
        }
        None
    }

    /// Whether the act's words say its victim died: "killed", "murdered", "slain", "shot
    /// dead", "gunned down", "stabbed to death".
    fn kills(&self, link: &Link) -> bool {
        let head = link.m.head;
        let w = self.word(head);
        w.starts_with("kill")
            || w.starts_with("murder")
            || w.starts_with("slay")
            || w == "slain"
            || (w.starts_with("gun") && self.word(head + 1) == "down")
            || (matches!(w, "shot" | "shoot" | "shoots" | "shooting")
                && self.word(head + 1) == "dead")
            || (self.word(head + 1) == "to" && self.word(head + 2) == "death")
    }

    /// Whether token `j` may be the one free modifier between a verb and its act noun
    /// ("resume yen loans", "seeking the immediate return"): a lower-case word that is no
    /// pattern word, no actor and no function word.
    fn is_modifier(&self, j: usize) -> bool {
        let w = self.word(j);
        !w.is_empty()
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !self.is_match_word(j)
            && self.group_at(j).is_none()
            && !matches!(
                w,
                "to" | "and" | "or" | "not" | "of" | "in" | "on" | "for" | "that"
            )
    }

    /// The carrier verb whose object the act noun at `noun` is ("to give loans", "to step up
    /// their attacks", "to resume yen loans"): base form, no match of its own, at most two
    /// determiners or modifiers and a particle between.
    fn carrier_before(&self, noun: usize) -> Option<usize> {
        let mut j = noun.checked_sub(1)?;
        let mut between = 0;
        let mut free = 0;
        let mut determiner = false;
        loop {
            let w = self.word(j);
            if CARRIER_VERBS.contains(&w) {
                // A bare act word after a determiner and a noun is no object ("boost a market
                // hit"): the noun is the head.
                let bare = self.matches.iter().any(|l| l.m.head == noun && !l.noun);
                return (!self.is_match_word(j)
                    && self.group_at(j).is_none()
                    && !(bare && determiner && free > 0))
                    .then_some(j);
            }
            let particle = matches!(w, "up" | "out");
            let fixed = DETERMINERS.contains(&w) || matches!(w, "more" | "fresh");
            determiner |= fixed;
            let filler = particle || fixed || (free < 1 && self.is_modifier(j));
            if !filler || between >= 3 {
                return None;
            }
            if !(particle || fixed) {
                free += 1;
            }
            between += 1;
            j = j.checked_sub(1)?;
        }
    }

    /// "killed in a plane crash", "died ... killed by the earthquake": a violent verb whose
    /// cause, named after "in", "by" or "after" in its clause, is an accident or a disaster is
    /// no act of violence by anyone.
    fn is_accident(&self, link: &Link) -> bool {
        // (Coercion and destruction too: "an earthquake shook Iran, flattening seven villages",
        // "a quake that killed 10 people and forced villagers to spend the night in tents".)
        if !is_violent(&link.m.code) && link.m.code != "170" && !link.m.code.starts_with("1712") {
            return false;
        }
        // "An earthquake killed 300", "the crash killed four", "Floods triggered by monsoon
        // rains have killed 100", "A typhoon slammed into the coast, killing 20": the accident
        // as subject, of the clause or, for a participle after a comma, of the one before.
        let head = link.m.head;
        // ("..., flattening seven villages and killing 10 people": a participle joined to one
        // after the comma.)
        let joined = self.word(head.wrapping_sub(1)) == "and"
            && (head.saturating_sub(10)..head.saturating_sub(1))
                .any(|k| self.word(k) == "," && self.word(k + 1).ends_with("ing"));
        let participle =
            self.word(head).ends_with("ing") && (self.word(head.wrapping_sub(1)) == "," || joined);
        // For the participle, the words before the first verb of the sentence (its subject).
        let (from, to) = if participle {
            let first_verb = self
                .matches
                .iter()
                .filter(|l| !l.noun && l.m.head < head)
                .map(|l| l.m.head)
                .min()
                .unwrap_or(head);
            (0, first_verb)
        } else {
            (head.saturating_sub(8), head)
        };
        // "Troops deployed after the earthquake ... shot", "Militants angered by the collapse
        // of the talks attacked": an actor before the disaster, with a preposition between, is
        // the subject; "storm of criticism", "collapse of talks" name no disaster.
        // "after a powerful earthquake struck Athens": the disaster right before the verb is
        // its subject, whatever actor stands further back.
        if !participle
            && (ACCIDENTS.contains(&self.word(head.wrapping_sub(1)))
                || WEATHER.contains(&self.word(head.wrapping_sub(1))))
        {
            return true;
        }
        // "A speeding bus hit a motorcycle", "when a car jumped a curb and struck them": a
        // vehicle as the act's subject.
        let struck = matches!(
            self.word(head),
            "hit"
                | "hits"
                | "struck"
                | "strikes"
                | "ran"
                | "runs"
                | "killed"
                | "kills"
                | "killing"
                | "crushed"
                | "crushing"
                | "injuring"
                | "wounding"
                | "mowed"
                | "knocked"
        );
        if struck && (participle || !link.noun) && self.vehicle_subject(from, to) {
            return true;
        }
        // "A bus overturned on a mountain road, killing 14 passengers": a vehicle that
        // overturned is the subject of the participle ("Rioters overturned cars and attacked
        // police stations" is no accident: the attack is no participle).
        if participle
            && let Some(k) = (from..to).find(|&k| self.word(k) == "overturned")
            && (from..k).all(|j| self.group_at(j).is_none())
        {
            return true;
        }
        let mut found: Option<usize> = None;
        // "an earthquake that killed 10 people and forced villagers to ...": the act is the
        // verb of a relative clause after the disaster, right after "that" or joined to its
        // verb; "the earthquake that hit Turkey and Syria killed 50,000": or the main verb of
        // a disaster that opens the clause (not "gunmen who exploited the flood that hit the
        // region killed ...", whose subject is the gunmen).
        let clause_from = |k: usize| {
            (0..k)
                .rev()
                .take_while(|&i| !matches!(self.word(i), "," | ";" | ":" | "." | "—" | "-"))
                .all(|i| {
                    self.verbal_head(i).is_none()
                        && self.group_at(i).is_none()
                        && !PREPOSITIONS.contains(&self.word(i))
                        && !matches!(self.word(i), "who" | "which" | "that")
                })
        };
        if !participle
            && (head.saturating_sub(16)..head)
                .rev()
                .take_while(|&j| !matches!(self.word(j), "," | ";" | "." | ":"))
                .any(|j| {
                    // The disaster may stand a few words back ("a powerful earthquake on a Gulf
                    // island that killed 10"; "a hit and run that killed a woman").
                    let disaster = (j.saturating_sub(8)..j)
                        .rev()
                        .take_while(|&k| {
                            !matches!(self.word(k), "," | ";" | ":")
                                && self.verbal_head(k).is_none()
                        })
                        .find(|&k| {
                            // ("the collapse of a station canopy that killed 15".)
                            (ACCIDENTS.contains(&self.word(k))
                                && (self.word(k + 1) != "of" || self.word(k) == "collapse"))
                                || (self.word(k) == "run"
                                    && self.word(k.wrapping_sub(1)) == "and"
                                    && self.word(k.wrapping_sub(2)) == "hit")
                        });
                    let Some(k) = disaster else {
                        return false;
                    };
                    let inside = j + 1 == head || matches!(self.word(head - 1), "and" | "or");
                    matches!(self.word(j), "that" | "which")
                        && ((inside && j + 8 >= head) || clause_from(k))
                })
        {
            return true;
        }
        for j in (from..to).rev() {
            let w = self.word(j);
            if matches!(w, ";" | "." | ":")
                || (!participle && (w == "," || self.is_speech(j) || w == "that"))
            {
                break;
            }
            if !participle && let Some(g) = self.group_at(j) {
                // "An earthquake in Iran kills 300": a place after the disaster is no subject.
                let start = self.groups.get(g).map_or(j, |g| g.start);
                if found.is_none()
                    && matches!(
                        self.word(start.wrapping_sub(1)),
                        "in" | "near" | "off" | "across" | "along"
                    )
                {
                    continue;
                }
                if let Some(a) = found {
                    let end = self.groups.get(g).map_or(j + 1, |g| g.end);
                    // "Three people were killed after lightning struck": the actor is the
                    // subject of another, finite clause.
                    let finite = (end..a).any(|k| FINITE_AUX.contains(&self.word(k)));
                    if !finite
                        && (end..a).any(|k| {
                            PREPOSITIONS.contains(&self.word(k))
                                || matches!(
                                    self.word(k),
                                    "who" | "after" | "following" | "during" | "since"
                                )
                        })
                    {
                        return false;
                    }
                }
                break;
            }
            // ("Heavy rains have killed 40 people", "Rains lashed Karachi, killing 10": weather
            // as the subject.)
            if (ACCIDENTS.contains(&w) || WEATHER.contains(&w)) && self.word(j + 1) != "of" {
                if participle {
                    return true;
                }
                found.get_or_insert(j);
            }
        }
        if found.is_some() {
            return true;
        }
        // (A disaster after an act of destruction caused it only when it is passive: "was
        // destroyed in a quake", "homes destroyed by the temblors", not "demolished homes
        // damaged by the earthquake".)
        let from = link.m.words.iter().copied().max().unwrap_or(link.m.head) + 1;
        let agent_by = link.m.words.len() == 1 && self.word(from) == "by";
        if !is_violent(&link.m.code) && !self.is_passive(link) && !agent_by {
            return false;
        }
        let mut cause = false;
        for j in from..(from + 14).min(self.words.len()) {
            let w = self.word(j);
            if matches!(w, ";" | "." | "," | ":") {
                return false;
            }
            if matches!(w, "in" | "by" | "when") || (w == "after" && self.is_passive(link)) {
                cause = true;
                continue;
            }
            if cause && ACCIDENTS.contains(&w) {
                return true;
            }
            // "killed by heavy rains": weather as the agent, right after "by" over one word
            // (not a scene: "killed by gunmen in heavy rain").
            if WEATHER.contains(&w)
                && (self.word(j.wrapping_sub(1)) == "by"
                    || (self.word(j.wrapping_sub(2)) == "by"
                        && self.group_at(j.wrapping_sub(1)).is_none()))
            {
                return true;
            }
            // "was hit by a car", "killed when a speeding truck struck them": a vehicle
            // right after the cause word (not "killed in a car bomb attack").
            if cause
                && self.is_vehicle(j)
                && (j.saturating_sub(3)..j).any(|c| matches!(self.word(c), "by" | "when"))
                && self.vehicle_subject(j.saturating_sub(3), j + 1)
            {
                return true;
            }
        }
        false
    }

    /// A vehicle, not a bomb or a weapon ("car bomb", "truck packed with explosives").
    fn is_vehicle(&self, k: usize) -> bool {
        VEHICLES.contains(&self.word(k))
            && !matches!(
                self.word(k + 1),
                "bomb"
                    | "bombs"
                    | "bomber"
                    | "bombers"
                    | "bombing"
                    | "bombings"
                    | "packed"
                    | "laden"
                    | "loaded"
                    | "rigged"
                    | "filled"
                    | "attack"
                    | "attacks"
                    | "ramming"
            )
    }

    /// A vehicle opens the clause of words `from..to` (after its start, a comma, "when",
    /// "after" or "by"), with no actor or verb before it, and after it no ramming, no driver,
    /// no passive and no weapon: the vehicle is what struck ("when a car jumped a curb and
    /// struck them"; not "gunmen stopped a bus and killed ten", "a man drove a truck into the
    /// crowd", "a bus was attacked", "their vehicle hit a roadside bomb").
    fn vehicle_subject(&self, from: usize, to: usize) -> bool {
        let Some(k) = (from..to).find(|&k| self.is_vehicle(k)) else {
            return false;
        };
        let start = (0..k)
            .rev()
            .find(|&j| {
                matches!(
                    self.word(j),
                    "," | ";" | ":" | "when" | "after" | "as" | "by"
                )
            })
            .map_or(0, |j| j + 1);
        // ("A speeding bus", "an overloaded passenger bus", "two trucks", "when his car hit
        // a tree".)
        let opens = k == start
            || matches!(
                self.word(start),
                "a" | "an"
                    | "the"
                    | "another"
                    | "one"
                    | "two"
                    | "three"
                    | "four"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
            )
            || self.word(start).bytes().all(|b| b.is_ascii_digit());
        opens
            && k - start <= 4
            && (start..k).all(|j| {
                self.group_at(j).is_none()
                    && self.verbal_head(j).is_none()
                    && !PREPOSITIONS.contains(&self.word(j))
            })
            && !(start..self.words.len())
                .take_while(|&j| j < to || !matches!(self.word(j), "," | ";" | ":" | "."))
                .any(|j| {
                    matches!(
                        self.word(j),
                        "rammed"
                        | "ramming"
                        | "driven"
                        | "drove"
                        | "hijacked"
                        | "stolen"
                        // ("a truck was hit by a rocket", "their vehicle hit a roadside
                        // bomb": the vehicle struck.)
                        | "was"
                        | "were"
                        | "been"
                        | "being"
                        | "bomb"
                        | "mine"
                        | "landmine"
                        | "explosive"
                        | "explosives"
                        | "ied"
                        | "device"
                        | "grenade"
                        | "rocket"
                        | "missile"
                        | "shell"
                        | "fire"
                        // ("came under gunfire", "a van carrying gunmen attacked", "a car
                        // exploded outside the ministry", "a man drove a van into a crowd".)
                        | "under"
                        | "gunfire"
                        | "attack"
                        | "attacked"
                        | "attacks"
                        | "shelling"
                        | "mortar"
                        | "gunmen"
                        | "militants"
                        | "fighters"
                        | "insurgents"
                        | "rebels"
                        | "soldiers"
                        | "troops"
                        | "armed"
                        | "rockets"
                        | "guns"
                        | "exploded"
                        | "explosion"
                        | "blast"
                        | "blew"
                        | "detonated"
                        | "fired"
                        | "firing"
                    )
                })
    }

    /// "accused X of attacking Y", "blamed X for the bombing", "claimed responsibility for the
    /// attack": an act named after an accusation or claim, joined to it by "of", "for" or
    /// "that" in the same clause, is its content, not an event of its own.
    fn is_alleged(&self, index: usize) -> bool {
        let Some(link) = self.matches.get(index) else {
            return false;
        };
        let head = link.m.head;
        self.matches.iter().take(index).any(|l| {
            let root = l.m.code.get(..2).unwrap_or("");
            // "jailed X for helping militants", "arrested on charges of spying": the charge;
            // so is what one serves a sentence for.
            let legal = root == "17"
                || (l.m.code == NO_EVENT
                    && l.m
                        .words
                        .iter()
                        .any(|&k| self.word(k).starts_with("sentence")));
            // "warned X against sending troops": the act warned of.
            let warning = root == "13";
            if root != "11" && l.m.code != "015" && l.m.code != "016" && !legal && !warning {
                return false;
            }
            let from = l.m.words.last().copied().unwrap_or(l.m.head) + 1;
            // ("accuse ... of shelling": the pattern's own "of".)
            let mut joined =
                root == "11" && (l.m.head..from).any(|k| matches!(self.word(k), "of" | "for"));
            // "accused Havana of harassing, beating and arbitrarily detaining dissidents",
            // "accused of killing two soldiers in a shooting attack": the gerunds after "of"
            // are all alleged, as is what they name.
            let gerund = |k: usize| self.word(k).ends_with("ing");
            // (Only a list of acts alleged: "accusing him of an error and calling for him to
            // apologise" goes on to an act of the accuser's own.)
            let list = root == "11"
                && (l.m.head..head).any(|k| {
                    matches!(self.word(k), "of" | "for")
                        && (gerund(k + 1) || (self.word(k + 1).ends_with("ly") && gerund(k + 2)))
                });
            for j in from..head {
                let w = self.word(j);
                if w == ";" || w == "." || self.is_speech(j) {
                    return false;
                }
                if self.verbal_head(j).is_some() && !(list && gerund(j)) {
                    return false;
                }
                // "... for his part in atrocities and will resign": a new verb phrase.
                // ("... of shelling villages and of deliberately targeting a school" goes on.)
                if matches!(w, "and" | "but")
                    && head - j <= 3
                    && !(list && (self.word(j + 1) == "of" || gerund(head)))
                {
                    return false;
                }
                // "The civilians imprisoned for protesting were released": a finite verb of
                // its own is no charge.
                if FINITE_AUX.contains(&w) || matches!(w, "will" | "would") {
                    return false;
                }
                // ("charged two men with assault": the charge too.)
                joined |= matches!(w, "of" | "for")
                    || (w == "with" && legal && l.m.code.starts_with("173"))
                    || (w == "that" && !legal && !warning)
                    || (w == "against" && warning)
                    // "denied involvement in the attack", "admitted a role in the bombing".
                    || (w == "in" && matches!(l.m.code.as_str(), "015" | "016"));
            }
            joined
        })
    }

    /// Whether the violence at `head` is what people escaped: "people who had fled the
    /// fighting", "took shelter from fighting around their homes", "displaced by the
    /// violence". It is the cause told, not a new act.
    fn escaped(&self, head: usize) -> bool {
        // ("fled the fighting between the army and rebels": fighting told with its sides is
        // news of its own.)
        if self.word(head + 1) == "between" {
            return false;
        }
        let mut p = head.wrapping_sub(1);
        if matches!(self.word(p), "the" | "renewed" | "heavy" | "ongoing") {
            p = p.wrapping_sub(1);
        }
        let fled = |w: &str| {
            matches!(
                w,
                "fled" | "flee" | "flees" | "fleeing" | "escaped" | "escaping" | "escape"
            )
        };
        let before = self.word(p.wrapping_sub(1));
        fled(self.word(p))
            || (self.word(p) == "from"
                && (fled(before)
                    || matches!(before, "shelter" | "refuge" | "safety" | "displaced")))
            || (self.word(p) == "by" && matches!(before, "displaced" | "uprooted"))
    }

    /// A violent or protest noun that names an earlier event as a reference point, not as
    /// news: "arrested in connection with the bombings", "in the wake of the attack", "the
    /// architect of the embassy bombings", "security was tightened after the bombings of the
    /// embassies" (a definite noun after "since", or after "after", "following" or "before"
    /// and naming what it struck, with no verb of its own after it: "after clashes broke out"
    /// tells the clashes).
    fn is_reference(&self, link: &Link) -> bool {
        if !matches!(link.m.code.get(..2), Some("14" | "18" | "19" | "20")) {
            return false;
        }
        if self.escaped(link.m.head) {
            return true;
        }
        if !link.noun {
            return false;
        }
        let head = link.m.head;
        let mut definite = false;
        let mut j = head;
        for _ in 0..5 {
            let Some(p) = j.checked_sub(1) else {
                return false;
            };
            j = p;
            let w = self.word(j);
            let named = self.names.get(j).copied().unwrap_or(false) || self.group_at(j).is_some();
            if matches!(w, "the" | "these" | "those" | "'s" | "last") {
                definite = true;
                continue;
            }
            let referring = match w {
                "after" | "following" | "since" | "before" => {
                    let last = link.m.words.iter().copied().max().unwrap_or(head);
                    let told = (last + 1..last + 4).any(|k| {
                        self.verbal_head(k).is_some()
                            || matches!(
                                self.word(k),
                                "broke" | "erupted" | "began" | "started" | "flared" | "took"
                            )
                    });
                    // "after the bombings of U.S. embassies": a known event named by what it
                    // struck; "died after the clashes in Nairobi" may be the day's news.
                    let known = w == "since"
                        || matches!(self.word(last + 1), "of" | "on" | "against" | "at");
                    definite && known && !told
                }
                "of" => matches!(
                    self.word(j.wrapping_sub(1)),
                    "wake"
                        | "aftermath"
                        | "anniversary"
                        | "architect"
                        | "architects"
                        | "mastermind"
                        | "masterminds"
                        | "memory"
                        | "victims"
                        | "survivors"
                        | "site"
                        | "scene"
                        | "result"
                        | "consequence"
                ),
                "with" => self.word(j.wrapping_sub(1)) == "connection",
                // "Seoul said Pyongyang was (probably) behind the attack": the act named is
                // the accusation's (when there is one: the writer's "X was behind" is not).
                "behind" if self.is_match_word(j) => self.be_before(j).is_some(),
                // "a suspect in the bombings", "charged in the 1988 bombing".
                "in" => matches!(
                    self.word(j.wrapping_sub(1)),
                    "suspect"
                        | "suspects"
                        | "suspected"
                        | "charged"
                        | "convicted"
                        | "indicted"
                        | "implicated"
                        | "involvement"
                        | "role"
                        | "hand"
                        | "part"
                ),
                // "in revenge for the bombing", "expressed sorrow for the shootings".
                "for" | "over" => matches!(
                    self.word(j.wrapping_sub(1)),
                    "revenge"
                        | "retaliation"
                        | "responsible"
                        | "responsibility"
                        | "sorrow"
                        | "condolences"
                        | "sympathy"
                        | "sympathies"
                        | "grief"
                        | "mourning"
                ),
                "into" => matches!(
                    self.word(j.wrapping_sub(1)),
                    "investigation" | "probe" | "inquiry"
                ),
                _ => {
                    // Adjectives and names before the noun: "the 1998 Africa embassy bombings".
                    if named
                        || (w.bytes().all(|c| c.is_ascii_alphanumeric()) && !w.is_empty())
                            && !PREPOSITIONS.contains(&w)
                            && self.verbal_head(j).is_none()
                    {
                        continue;
                    }
                    return false;
                }
            };
            return referring;
        }
        false
    }

    /// Whether the clause from token `start` past `last` (to the next stop, semicolon, colon,
    /// bracket or comma before a word that is no name and opens no time or place, "on", "in",
    /// "last", ..., at most twice [`BACKGROUND_REACH`] tokens on) names a time: a number, a
    /// weekday or month name, "yesterday", "today", "week", "night", "morning", "ago", ...
    /// A clause coordinated after an opening year that dates itself anew, as recent news: "In
    /// 2022 Russia invaded Ukraine, and on Tuesday its forces shelled Kharkiv" (the act at
    /// `head`, after `from`, is Tuesday's).
    fn redated(&self, from: usize, head: usize) -> bool {
        let Some(b) = (from + 1..head).rev().find(|&b| {
            let w = self.word(b);
            w == ";" || (matches!(w, "and" | "but" | "while") && self.word(b - 1) == ",")
        }) else {
            return false;
        };
        let end = (head + BACKGROUND_REACH).min(self.words.len());
        (b + 1..end)
            .take_while(|&k| !matches!(self.word(k), ";" | "." | ":" | "(" | ")"))
            .any(|k| {
                let w = self.word(k);
                // ("on Tuesday", "last Monday"; not "that Tuesday morning", "the first Monday
                // of the war".)
                (sitrep_text::calendar::is_weekday(w)
                    && matches!(self.word(k.wrapping_sub(1)), "on" | "last" | "this")
                    && self.word(k + 1) != "of")
                    || matches!(w, "yesterday" | "today" | "tonight" | "overnight")
                    || (matches!(self.word(k.wrapping_sub(1)), "this" | "last")
                        && matches!(w, "week" | "weekend" | "night" | "morning" | "month"))
            })
    }

    fn dated_clause(&self, start: usize, last: usize) -> bool {
        let end = (last + 1 + 2 * BACKGROUND_REACH).min(self.words.len());
        // (A comma before a name goes on: "in Nairobi, Kenya, on Friday"; before other words
        // it ends the clause: "since the ceasefire took effect, troops have foiled 14".)
        (start..end)
            .take_while(|&k| {
                let stop = matches!(self.word(k), ";" | "." | ":" | "(" | ")");
                let comma = self.word(k) == ","
                    && !self.names.get(k + 1).copied().unwrap_or(false)
                    && !matches!(
                        self.word(k + 1),
                        "on" | "in" | "at" | "last" | "this" | "early" | "late"
                    );
                !stop && !comma
            })
            .any(|k| {
                let w = self.word(k);
                w.bytes().any(|b| b.is_ascii_digit())
                    || sitrep_text::calendar::is_month_or_weekday(w)
                    || matches!(
                        w,
                        "yesterday"
                            | "today"
                            | "tonight"
                            | "week"
                            | "weekend"
                            | "night"
                            | "overnight"
                            | "morning"
                            | "afternoon"
                            | "evening"
                            | "dawn"
                            | "ago"
                    )
            })
    }

    /// Background, not news: an act in a clause that dates itself in the past ("after the
    /// Taliban returned to power in 2021", "jailed two years ago", "since 2019"). The clause runs
    /// between punctuation, subordinators, relative pronouns and other verbs, at most
    /// [`BACKGROUND_REACH`] tokens either side of the verb; it is background when it holds "ago",
    /// or a year after "in"/"since", or any year when a temporal subordinator opens it.
    fn is_background(&self, link: &Link) -> bool {
        if self.is_reference(link) || self.answered_call(link) {
            return true;
        }
        let head = link.m.head;
        // "After nearly two decades of fighting, the death toll is staggering", "years of
        // bloody conflict": an act that has gone on for years is the story's background.
        let of = [1, 2]
            .into_iter()
            .map(|k| head.wrapping_sub(k))
            .find(|&o| self.word(o) == "of" && (o + 1 == head || self.group_at(o + 1).is_none()));
        if of.is_some_and(|o| {
            matches!(
                self.word(o.wrapping_sub(1)),
                "years" | "decades" | "centuries"
            )
        }) {
            return true;
        }
        // "what 40 years of the blockade, armed invasions, sabotage and attempts to kill
        // Castro were": so is each act of such a list.
        let first = link.m.words.iter().copied().min().unwrap_or(head);
        // (A comma crossed must be the list's, with "and" or "or" after it, not the end of an
        // opening phrase: "After years of war, peace talks began on Monday".)
        if link.noun || first < head {
            let (mut comma, mut joined) = (false, false);
            let mut k = first;
            while k > 0 && first - k < 14 {
                k -= 1;
                let w = self.word(k);
                if w == "of" {
                    let years = k.wrapping_sub(1);
                    // ("After two years of talks, ...": over a count.)
                    let opening = [1, 2].iter().any(|&d| {
                        matches!(
                            self.word(years.wrapping_sub(d)),
                            "after" | "following" | "despite" | "since" | "over" | "for" | "in"
                        )
                    });
                    if matches!(self.word(years), "years" | "decades" | "centuries")
                        && (!comma || (joined && !opening))
                    {
                        return true;
                    }
                    break;
                }
                comma |= w == ",";
                joined |= !comma && matches!(w, "and" | "or");
                if !(matches!(w, "," | "and" | "or") || self.is_plain_modifier(k)) {
                    break;
                }
            }
        }
        // "the exchange rates agreed at last month's meeting", "last year's elections": an act
        // of a past week, month or year named by it is a reference.
        if link.noun
            && (1..=3).any(|k| {
                head.checked_sub(k).is_some_and(|p| {
                    let span = |w: &str| w == "week" || w == "month" || LAST_SPANS.contains(&w);
                    let w = self.word(p);
                    // (In a phrase or an object, as a reference: "agreed at last month's
                    // meeting", "criticised last month's attack"; "Last week's talks ended
                    // without agreement", its clause's subject, tells their outcome.)
                    let last = if w == "'s" {
                        p.wrapping_sub(2)
                    } else {
                        p.wrapping_sub(1)
                    };
                    let named = (w.strip_suffix("'s").is_some_and(span)
                        || (w == "'s" && span(self.word(p.wrapping_sub(1)))))
                        && self.word(last) == "last"
                        && !(last == 0
                            || matches!(
                                self.word(last - 1),
                                "," | ";" | ":" | "and" | "but" | "\"" | "``" | "while" | "as"
                            ));
                    named
                        && (p + 1..head)
                            .all(|m| self.is_plain_modifier(m) || self.group_at(m).is_some())
                })
            })
        {
            return true;
        }
        // "A previous Iranian offensive", "the previous negotiations were conducted with": an
        // act named as an earlier one is a reference.
        if link.noun
            && (1..=3).any(|k| {
                head.checked_sub(k).is_some_and(|p| {
                    // ("In earlier fighting on Monday" is the same day's; "in the past year" is
                    // a span.)
                    (matches!(self.word(p), "previous" | "prior")
                        || (self.word(p) == "past"
                            && !matches!(
                                self.word(p + 1),
                                "year"
                                    | "years"
                                    | "month"
                                    | "months"
                                    | "week"
                                    | "weeks"
                                    | "day"
                                    | "days"
                                    | "decade"
                                    | "decades"
                                    | "few"
                                    | "two"
                                    | "three"
                            )))
                        && matches!(
                            self.word(p.wrapping_sub(1)),
                            "a" | "an" | "the" | "its" | "their" | "his" | "her" | "'s" | "in"
                        )
                        && (p + 1..head)
                            .all(|m| self.is_plain_modifier(m) || self.group_at(m).is_some())
                })
            })
        {
            return true;
        }
        // "the militant group that has seized parts of Iraq": a perfect in a relative clause
        // describes who someone is, not what happened that day.
        let mut k = head.wrapping_sub(1);
        if matches!(
            self.word(k),
            "already" | "also" | "long" | "repeatedly" | "since" | SINCE_ADVERB
        ) {
            k = k.wrapping_sub(1);
        }
        if matches!(self.word(k), "has" | "have")
            && matches!(self.word(k.wrapping_sub(1)), "that" | "which" | "who")
        {
            return true;
        }
        // "condemned the 2008 attacks on Mumbai", "the 1994 genocide": an act named by its
        // year is history (read as a noun, whatever form the word has: "attacks").
        // ("the 2008 Mumbai attacks"; not "in October 2011 when gunfire erupted".)
        let year_after_determiner = |k: usize| {
            is_year(self.word(head.wrapping_sub(k)))
                && matches!(
                    self.word(head.wrapping_sub(k + 1)),
                    "the" | "its" | "their" | "his" | "her" | "'s"
                )
        };
        // ("The 2000 troops stormed": a count; a year stands before a name, "the 2008
        // Mumbai attacks".)
        let name_between = self
            .names
            .get(head.wrapping_sub(1))
            .copied()
            .unwrap_or(false);
        if year_after_determiner(1) || (year_after_determiner(2) && name_between) {
            return true;
        }
        // "in response to the 11 September attacks", "the July 7 bombings": an act named by
        // its day, as a known event, is a reference too (read as a noun, whatever form the
        // word has; "on 11 September attacked" has no determiner).
        let day = |w: &str| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit());
        let month = |w: &str| {
            sitrep_text::calendar::is_month_or_weekday(w) && !sitrep_text::calendar::is_weekday(w)
        };
        let (d1, d2) = (
            self.word(head.wrapping_sub(2)),
            self.word(head.wrapping_sub(1)),
        );
        if ((day(d1) && month(d2)) || (month(d1) && day(d2)))
            && matches!(
                self.word(head.wrapping_sub(3)),
                "the" | "its" | "their" | "'s"
            )
        {
            return true;
        }
        // "In 2000, EU leaders pledged ...", "In September 2003, ...": a sentence that opens
        // with a year dates all of itself.
        if matches!(self.word(0), "in" | "by" | "since" | "until")
            && let Some(comma) = (1..5).find(|&k| self.word(k) == ",")
            && (1..comma).any(|k| is_year(self.word(k)))
            && comma < head
            && !self.redated(comma, head)
        {
            return true;
        }
        // "Last year, the SEC charged ...", "Late last year, they backed a law": an opening
        // "last year" dates the sentence as an opening year does.
        if let Some(comma) = (2..5).find(|&k| self.word(k) == ",")
            && comma < head
            && self.word(comma - 2) == "last"
            && LAST_SPANS.contains(&self.word(comma - 1))
            && (0..comma - 2).all(|k| {
                matches!(
                    self.word(k),
                    "late" | "early" | "earlier" | "later" | "and" | "but"
                )
            })
            && !self.redated(comma, head)
        {
            return true;
        }
        // ("In 1848 revolutionaries stormed the palace", "In March 2003 US troops invaded":
        // without the comma.)
        let any_year = |w: &str| {
            w.len() == 4
                && w.bytes().all(|b| b.is_ascii_digit())
                && (w.starts_with('1') || w.starts_with("20"))
        };
        if self.word(0) == "in"
            && let Some(year) = [1, 2].into_iter().find(|&k| any_year(self.word(k)))
            && (year == 1 || sitrep_text::calendar::is_month_or_weekday(self.word(1)))
            && year < head
            // ("In 2000 villages across the country, farmers protested": a count before a
            // common noun, unless the number is a year of long ago, "In 1848 revolutionaries".)
            && {
                let count = self.word(year) >= "1950"
                    && !self.names.get(year + 1).copied().unwrap_or(false)
                    && !DETERMINERS.contains(&self.word(year + 1))
                    && self.word(year + 1).ends_with('s');
                !count
            }
            && !self.redated(year, head)
        {
            return true;
        }
        let last = link.m.words.last().copied().unwrap_or(head);
        let mut start = head;
        let mut subordinate = false;
        while start > 0 && head - start < BACKGROUND_REACH {
            let w = self.word(start - 1);
            // ("has seen conflict since 1991 and its government is still fighting": "and"
            // before a new subject opens a clause of its own.)
            let new_clause = w == "and"
                && (matches!(
                    self.word(start),
                    "its" | "their" | "his" | "her" | "the" | "a" | "an"
                ) || self.group_at(start).is_some());
            if matches!(
                w,
                ";" | "." | "," | "(" | ")" | ":" | "that" | "which" | "who"
            ) || self.verbal_head(start - 1).is_some()
                || new_clause
            {
                break;
            }
            if TEMPORAL_SUBORDINATORS.contains(&w) {
                // "almost five years after crowds burned down its embassy", "three months
                // after the two countries signed a declaration": an act months back, told as
                // the news's reference point, is not the day's news ("two days after militants
                // attacked the convoy" still is, dated near it).
                // ("the first time in months after jets struck Gaza" compares; it dates
                // nothing.)
                let compared = self.word(start.wrapping_sub(3)) == "in"
                    || (matches!(self.word(start.wrapping_sub(3)), "a" | "one")
                        && self.word(start.wrapping_sub(4)) == "in");
                let span = self.word(start.wrapping_sub(2));
                if !compared
                    && (matches!(span, "years" | "decades" | "centuries")
                        || (matches!(span, "year" | "decade" | "months" | "month")
                            && matches!(w, "after" | "since" | "following")))
                {
                    return true;
                }
                // "foiled 14 infiltration attempts since the ceasefire took effect", "since
                // the coup": what a span of time runs from came before it; undated, it is the
                // story's background ("since rebels launched an offensive on Monday" keeps
                // its day).
                // (Not "since" meaning "because", before a present or perfect: "since their
                // countries have ratified the convention", "since it had attempted to discuss
                // the offer"; nor "since then". The adverb of "has since been criticised" is
                // no subordinator: `lower_words`.)
                let causal = (start..=last).any(|k| {
                    matches!(
                        self.word(k),
                        "has" | "have" | "had" | "is" | "are" | "will" | "would" | "can" | "could"
                    )
                });
                let adverb = self.word(start) == "then";
                if w == "since" && !causal && !adverb && !self.dated_clause(start, last) {
                    return true;
                }
                subordinate = true;
                break;
            }
            start -= 1;
        }
        let mut end = last + 1;
        while end < self.words.len() && end - last <= BACKGROUND_REACH {
            let w = self.word(end);
            // An infinitive is its own clause ("signed a deal to increase trade in 1983"), and
            // so is a participle right after the act's noun ("lift the embargo imposed on it
            // in 1992").
            let participle = !subordinate
                && end == last + 1
                && last != head
                && w.len() > 4
                && w.ends_with("ed")
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && self.group_at(end).is_none();
            if matches!(
                w,
                ";" | "." | "," | "(" | ")" | ":" | "that" | "which" | "who" | "to"
            ) || (SUBORDINATORS.contains(&w) && w != "since")
                || self.verbal_head(end).is_some()
                || participle
            {
                break;
            }
            end += 1;
        }
        (start..end).any(|k| {
            let w = self.word(k);
            // "almost two years ago", not "eight days ago": days, weeks and months back are
            // news with a date of their own.
            if w == "ago"
                && matches!(
                    self.word(k.wrapping_sub(1)),
                    "year" | "years" | "decade" | "decades" | "century" | "centuries"
                )
            {
                return true;
            }
            // "killed in his kitchen last fall", "arrested last year": a season or a year back,
            // told right after an act that is no words about another (not "discussed the
            // sanctions imposed on Russia last year", nor the act an accusation names, "accused
            // Russia of attacking its ships last year").
            // (Before the act it dates the words too: "Reagan last year vetoed a bill".)
            if self.word(k.wrapping_sub(1)) == "last"
                && !(k > last
                    && self.word(last).ends_with("ing")
                    && matches!(
                        link.m.code.get(..2),
                        Some("01" | "02" | "10" | "11" | "12" | "13")
                    ))
                && LAST_SPANS.contains(&w)
                && k <= last + 4
            {
                return true;
            }
            // "from 1990 to 1991": a span of years ("from 2025" alone may be to come).
            let span = self.word(k.wrapping_sub(1)) == "from"
                && matches!(self.word(k + 1), "to" | "until" | "till" | "through")
                && is_year(self.word(k + 2));
            // ("attacked Gaza in its deadliest strike since 2014": a record compared, not a
            // date of the verb's act; the noun that restates it stays unsaid.)
            let compared = !link.noun
                && self.word(k.wrapping_sub(1)) == "since"
                && (k.saturating_sub(5).max(head + 1)..k.saturating_sub(1)).any(|b| {
                    let x = self.word(b);
                    (x.len() > 5 && x.ends_with("est"))
                        || matches!(x, "first" | "most" | "worst" | "biggest" | "largest")
                });
            is_year(w)
                && !compared
                && (subordinate
                    || span
                    || matches!(self.word(k.wrapping_sub(1)), "in" | "since" | "during"))
        })
    }

    fn group_end(&self, g: Option<usize>) -> Option<usize> {
        g.and_then(|g| self.groups.get(g)).map(|g| g.end)
    }

    /// The actors of group `g` (`[None]` without a group). A country named beside its own
    /// government or forces in one group is the same side told twice ("the foreign ministers
    /// of Russia and Iran, Sergey Lavrov and Abbas Araghchi"): the country is left out.
    fn members(&self, g: Option<usize>) -> Vec<Option<&ActorMention>> {
        let Some(group) = g.and_then(|g| self.groups.get(g)) else {
            return vec![None];
        };
        let all: Vec<&ActorMention> = group
            .members
            .iter()
            .filter_map(|&m| self.mentions.get(m))
            .collect();
        let told_twice = |m: &ActorMention| {
            m.kind == ActorKind::Country
                && all.iter().any(|o| {
                    o.actor
                        .code
                        .strip_prefix(m.actor.code.as_str())
                        .is_some_and(|rest| matches!(rest, "GOV" | "MIL"))
                })
        };
        all.iter()
            .filter(|m| !told_twice(m))
            .map(|&m| Some(m))
            .collect()
    }

    /// Roles of a pattern matched object first ("Visa restrictions on Georgians were eased by
    /// Moscow", "Sanctions were imposed on Russia by the EU"): the agent after "by" (or the
    /// giver after "from": "aid from the US to Egypt was suspended") acts on the actor the
    /// object phrase is directed at, named after its noun or after the participle. The
    /// object's owner ("EU aid", "Russian gas imports", "Turkish troops") acts when the
    /// object is directed at another actor, and is acted on when it is not ("British beef
    /// imports were banned", "an Indian plane with 178 people on board was hijacked"); forces
    /// moved or put on alert (15x) are their owner's.
    fn object_first_roles(&self, link: &Link, object: usize) -> (Option<usize>, Option<usize>) {
        let head = link.m.head;
        let preposition = |j: usize| {
            let mut p = j.wrapping_sub(1);
            if self.word(p) == "the" {
                p = p.wrapping_sub(1);
            }
            self.word(p)
        };
        let directed_word = |w: &str| {
            matches!(
                w,
                "to" | "on" | "upon" | "against" | "for" | "into" | "toward" | "towards"
            )
        };
        let mut from = None;
        let mut after = None;
        let mut directed = false;
        for j in object + 1..head {
            let Some(g) = self
                .group_at(j)
                .filter(|&g| self.groups.get(g).is_some_and(|g| g.start == j))
            else {
                continue;
            };
            if preposition(j) == "from" {
                from = from.or(Some(g));
            } else if after.is_none() {
                after = Some(g);
                directed = directed_word(preposition(j));
            }
        }
        // "were imposed on Russia by the EU": the actor acted on after the participle.
        // ("rockets fired from Gaza landed in Israel": force comes from where it is fired.)
        if after.is_none() {
            for j in head + 1..(head + 8).min(self.words.len()) {
                let w = self.word(j);
                if matches!(w, "," | ";" | "." | "if" | "unless" | "after" | "because") {
                    break;
                }
                let Some(g) = self
                    .group_at(j)
                    .filter(|&g| self.groups.get(g).is_some_and(|g| g.start == j))
                else {
                    continue;
                };
                if directed_word(preposition(j)) {
                    after = Some(g);
                    directed = true;
                    break;
                }
                if from.is_none()
                    && j == head + 2
                    && preposition(j) == "from"
                    && is_violent(&link.m.code)
                {
                    from = Some(g);
                }
            }
        }
        // The owner: a group on the object, or ending right before it or before the nouns
        // of its compound ("Russian gas imports").
        let own = self.group_at(object).or_else(|| {
            (1..=3).find_map(|k| {
                let g = self.group_at(object.checked_sub(k)?)?;
                let end = self.groups.get(g)?.end;
                let compound = (end..object).all(|i| {
                    let w = self.word(i);
                    w.bytes().all(|b| b.is_ascii_lowercase())
                        && !DETERMINERS.contains(&w)
                        && !PREPOSITIONS.contains(&w)
                        && !BE.contains(&w)
                });
                (end <= object && compound).then_some(g)
            })
        });
        // "Imports from Israel were banned by Malaysia": with an agent named, the actor the
        // object comes from is the one acted on; without one, it is the giver ("aid from the
        // US to Egypt was suspended").
        let agent = self.by_group(link);
        if agent.is_some() && after.is_none() {
            after = from;
            directed = from.is_some();
        }
        let by = agent.or(from);
        // "Egyptian aid to Gaza was suspended": directed at a place that is no actor.
        directed |= after.is_none() && directed_word(self.word(object + 1));
        if link.m.code.starts_with("15") || directed && own != after {
            (by.or(own), after)
        } else {
            (by, after.or(own))
        }
    }

    /// Source and target groups of match `index` by word order, voice and noun use.
    fn roles(&self, index: usize) -> (Option<usize>, Option<usize>) {
        let Some(link) = self.matches.get(index) else {
            return (None, None);
        };
        // "Hu met visiting Japanese Prime Minister Abe": "visiting" before an actor makes it
        // the visitor, and the host is the subject of the verb before.
        if self.word(link.m.head) == "visiting"
            && let Some(visitor) = self.group_at(link.m.head + 1)
            && !BE.contains(&self.word(link.m.head.wrapping_sub(1)))
            && self.word(link.m.head.wrapping_sub(1)) != ","
        {
            // "told visiting X": the subject of the verb of saying right before.
            let before = link.m.head.wrapping_sub(1);
            let from = if self.is_speech(before) {
                before
            } else {
                link.m.head
            };
            let host = self.subject_of(from);
            return (Some(visitor), host.filter(|&h| h != visitor));
        }
        // "Visa restrictions on Georgians were eased by Moscow": a pattern matched object
        // first (see `Verbs::matches_at`); the agent after "by" acts on the actor the object
        // names.
        if let Some(&object) = link.m.words.first()
            && object < link.m.head
        {
            return self.object_first_roles(link, object);
        }
        if self.is_passive(link) {
            // "soldiers killed in the battle": the actors right before the participle, even
            // after a preposition ("in memory of Lebanese soldiers killed ...").
            let target = self.group_at(link.m.head.wrapping_sub(1)).or_else(|| {
                match self.left_group(link.m.head) {
                    Some(Ok(g)) => Some(g),
                    // "was attacked and badly beaten by a mob": the first passive's target, when
                    // "and" joins the two participles (not "... were killed and a hospital was
                    // shelled").
                    Some(Err(k)) if self.joined_by_and(link.m.head) => self
                        .matches
                        .get(k)
                        .filter(|l| self.is_passive(l))
                        .and_then(|l| l.target),
                    Some(Err(_)) => None,
                    None => None,
                }
            });
            // "was attacked and badly beaten by a mob": the agent of the passive joined to it.
            let joined_agent = || {
                let next = self
                    .matches
                    .iter()
                    .find(|l| !l.noun && l.m.head > link.m.head && self.joined_by_and(l.m.head))?;
                let and = (link.m.head + 1..next.m.head).find(|&k| self.word(k) == "and")?;
                (and == link.m.head + 1)
                    .then(|| self.by_group(next))
                    .flatten()
            };
            // "A suspected recruiter was extradited by Morocco to France": the receiver, as in
            // the active.
            let target = if link.m.to_target {
                self.after_word_group(link, "to").or(target)
            } else {
                target
            };
            return (self.by_group(link).or_else(joined_agent), target);
        }
        if link.noun {
            // "Iran's offer of mediation", "Israeli air strikes", "the attack on Kabul by the
            // TTP".
            let head = link.m.head;
            // ("Sudan's pending invasion", "Russia's full-scale invasion": over adjectives.)
            // (Not an adjective itself: "one of Israel's key fighting forces".)
            let next = self.word(head + 1);
            let modifies = next.bytes().all(|b| b.is_ascii_lowercase())
                && !next.is_empty()
                && !PREPOSITIONS.contains(&next)
                && !BE.contains(&next)
                && !MODALS.contains(&next)
                && !FINITE_AUX.contains(&next)
                && !matches!(next, "and" | "or" | "that" | "which");
            // (Nor over an agent: "Iraq's illegal invasion by the United States"; nor over a
            // participle, "Venezuela's crippling sanctions".)
            let agent_after = link
                .m
                .words
                .iter()
                .max()
                .is_some_and(|&l| self.word(l + 1) == "by");
            let possessor = (1..=3)
                .find(|&k| {
                    head > k
                        && (k == 1 || (!modifies && !agent_after))
                        && self.word(head - k) == "'s"
                        && (head - k + 1..head).all(|m| {
                            let w = self.word(m);
                            w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                                && !w.is_empty()
                                && (!(w.ends_with("ing") || w.ends_with("ed"))
                                    || ANTICIPATED.contains(&w))
                                && !DETERMINERS.contains(&w)
                                && self.is_plain_modifier(m)
                        })
                })
                .and_then(|k| self.group_at(head - k - 1));
            let adjacent = self
                .group_at(head.wrapping_sub(1))
                .or_else(|| {
                    let before = self.word(head.wrapping_sub(1));
                    // ("Iran condemned attacks on ...": a verb of another act between is the
                    // subject's act, and the noun its object.)
                    // ("marched destroying banks": a participle's subject is the clause's;
                    // "Pakistan welcomed talks with India": one welcomes its own dealings,
                    // "Hamas denounced talks with Israel" another's.)
                    let verb_between = !self.word(head).ends_with("ing")
                        && !OWN_ACT_VERBS.contains(&before)
                        && !LIGHT_VERBS.contains(&before)
                        && self.matches.iter().any(|l| {
                            !l.noun && l.m.head + 1 == head && root_number(&l.m.code) >= 10
                        });
                    (before.bytes().all(|b| b.is_ascii_alphabetic())
                        && !verb_between
                        && !DETERMINERS.contains(&before)
                        && !PREPOSITIONS.contains(&before))
                    .then(|| self.group_at(head.wrapping_sub(2)))
                    .flatten()
                })
                .filter(|g| {
                    // Only an adjective-like mention ("Israeli", "Pakistani"), not a subject
                    // that happens to precede a noun pattern, nor one given something ("give
                    // his country maximum support").
                    self.groups.get(*g).is_some_and(|g| {
                        (g.end == head || g.end + 1 == head)
                            && !matches!(self.word(g.end.wrapping_sub(1)), "country" | "nation")
                    })
                });
            // "the U.S. embassy bombings", "the Kenya embassy bombing": an embassy before the
            // act is what it struck, not who did it.
            let struck = adjacent.filter(|&g| {
                self.groups.get(g).is_some_and(|g| {
                    matches!(
                        self.word(g.end.wrapping_sub(1)),
                        "embassy" | "embassies" | "consulate" | "consulates"
                    )
                })
            });
            let adjacent = adjacent.filter(|&g| Some(g) != struck);
            // "Canada announced sanctions on Russia": the subject of the verb that announces,
            // orders or approves the event.
            let announcer = (1..=6)
                .filter_map(|k| head.checked_sub(k))
                .take_while(|&k| !matches!(self.word(k), "," | ";" | ":" | "."))
                // ("Spain favours an early start to talks", "Canada is weighing sanctions":
                // who weighs an act would be its doer; not of a known act, "police are
                // considering the attack an act of terrorism"; one who advocates it may not be,
                // "Amnesty advocated an arms embargo".)
                .find(|&k| {
                    ANNOUNCING.contains(&self.word(k))
                        || (self.weighs(k)
                            && !self.word(k).starts_with("advocat")
                            && !self.definite_between(k + 1, head))
                })
                .and_then(|k| self.subject_of(k));
            // "Israel said its warplanes struck": the speaker's own forces are the speaker.
            let own_forces = (matches!(self.word(head.wrapping_sub(1)), "its" | "their")
                && OWN_FORCES.contains(&self.word(head)))
            .then(|| self.speaker_before(head - 1))
            .flatten();
            // "Pakistan renewed its offer of mediation", "the Taliban stepped up their latest
            // attacks": a possessive pronoun after a verb of the subject's own acts is the
            // subject's.
            let own_act = (1..=2)
                .map(|k| head.wrapping_sub(k))
                .find(|&p| matches!(self.word(p), "its" | "their" | "his" | "her"))
                .filter(|&p| {
                    (p + 1..head).all(|b| {
                        let w = self.word(b);
                        w.bytes().all(|c| c.is_ascii_lowercase()) && !w.is_empty()
                    })
                })
                .and_then(|p| {
                    let mut v = p.wrapping_sub(1);
                    if matches!(self.word(v), "up" | "out" | "off" | "down") {
                        v = v.wrapping_sub(1);
                    }
                    // The subject right before the verb ("Baghdad renewed", "the opposition
                    // party on Sunday renewed"), not one clauses away.
                    let near = |g: usize| {
                        self.groups
                            .get(g)
                            .is_some_and(|g| g.end <= v && v - g.end <= 3)
                    };
                    OWN_ACT_VERBS
                        .contains(&self.word(v))
                        .then(|| self.subject_of(v))
                        .flatten()
                        .filter(|&g| near(g))
                });
            // "an angry protest from Spain" (flag `from`); "some support from the Netherlands",
            // "criticism from China", "aid from Japan": a verbal or cooperative act's noun
            // right before "from" has its giver there.
            let last = link.m.words.iter().copied().max().unwrap_or(head);
            let root = root_number(&link.m.code);
            let giver =
                self.word(last + 1) == "from" && (1..=13).contains(&root) && root != 8 && root != 9;
            let from = (link.m.from_source || giver)
                .then(|| self.after_word_group(link, "from"))
                .flatten();
            // "The militia, whose attacks on villages killed dozens": the one "whose" stands
            // for is the possessor.
            let possessor = possessor.or_else(|| {
                (head >= 2 && self.word(head - 1) == "whose")
                    .then(|| {
                        self.group_at(head - 2).or_else(|| {
                            // "the Greek boy whose", "the militia, whose".
                            (head >= 3
                                && (self.is_plain_modifier(head - 2) || self.word(head - 2) == ","))
                                .then(|| self.group_at(head - 3))
                                .flatten()
                        })
                    })
                    .flatten()
            });
            // "the boy whose killing by police sparked riots": an agent right after a noun of
            // what is done to someone is its doer, and the possessor the one it was done to
            // (not "Iran's attacks by proxy militias": the possessor's own act).
            let agent = (self.word(head + 1) == "by" && PATIENT_NOUNS.contains(&self.word(head)))
                .then(|| self.by_group(link))
                .flatten();
            if let Some(agent) = agent {
                let target = struck
                    .or(possessor)
                    .or_else(|| self.right_group(link))
                    .filter(|t| *t != agent);
                return (Some(agent), target);
            }
            // "Iran welcomed the visit of the Omani sultan": who pays a visit is named after
            // "of"; the host is the clause's subject.
            if link.m.code.starts_with("042")
                && self.word(head + 1) == "of"
                && possessor.is_none()
                && let Some(visitor) = self.after_word_group(link, "of")
            {
                // ("Iran welcomed the visit": the subject of the verb before the noun.)
                let host = self.subject_of(head).filter(|&g| g != visitor);
                return (Some(visitor), host);
            }
            let source = from
                .or(possessor)
                .or(own_forces)
                .or(own_act)
                .or_else(|| self.by_group(link))
                .or(adjacent)
                .or(announcer)
                .or_else(|| self.named_behind(link));
            let target = struck
                .or_else(|| self.right_group(link))
                .filter(|t| Some(*t) != source);
            return (source, target);
        }
        let source = match self.left_group(link.m.head) {
            Some(Ok(g)) => Some(g),
            // "X was accused by Y and will resign": the grammatical subject of a passive is
            // its target.
            Some(Err(k)) => self.matches.get(k).and_then(|l| {
                if self.is_passive(l) {
                    l.target
                } else {
                    l.source
                }
            }),
            None => None,
        };
        // "Iran urged X and called for Y": X is the object of "urged"; the subject of
        // "called" is that of "urged".
        let source = source.map(|g| self.coordinated_subject(g, link.m.head).unwrap_or(g));
        let source = source.map(|g| self.shared_subject(g, link.m.head).unwrap_or(g));
        let source = source.or_else(|| self.opening_participle_subject(link.m.head));
        if link.m.from_source {
            // "X received weapons from Y": Y gave, X got.
            return (self.after_word_group(link, "from"), source);
        }
        if link.m.to_target
            && let Some(to) = self.after_word_group(link, "to")
        {
            // "extradited a Russian dealer to the United States": the receiver.
            return (source, Some(to));
        }
        // "rallied its EU partners against Macedonia": opposition rallied is aimed at the one
        // it is against, not at those rallied.
        if link.m.code == "113"
            && link.m.words.iter().any(|&w| self.word(w) == "against")
            && let Some(against) = self.after_word_group(link, "against")
        {
            return (source, Some(against));
        }
        let target = self.right_group(link);
        // "Russia sent tanks and troops to reinforce its positions": forces mobilised are the
        // mobiliser's own, no side acted on, when no country names them ("deployed soldiers
        // against the rebels" acts on the rebels).
        // ("deployed soldiers against striking police officers": those faced are a target.)
        let faced = target.and_then(|g| self.groups.get(g)).is_some_and(|g| {
            (g.start.saturating_sub(3)..g.start).any(|k| self.word(k) == "against")
        });
        if link.m.code.starts_with("15")
            && !faced
            && target.is_some_and(|g| {
                self.members(Some(g)).into_iter().all(|m| {
                    m.is_none_or(|m| {
                        m.actor.country.is_none()
                            && (m.actor.code.ends_with("MIL") || m.actor.code.ends_with("COP"))
                    })
                })
            })
        {
            return (source, None);
        }
        (source, target)
    }

    /// The speaker whose demand "must" carries: "X said (that) Y must ...", "X reminded Y that
    /// it must ...". Returns (speaker, addressee).
    fn modal_demand_roles(&self, cue: usize) -> (Option<usize>, Option<usize>) {
        let mut j = cue;
        // The subject of "must": a group right before it, or a pronoun standing for the
        // nearest group before it.
        let before = self.word(j.wrapping_sub(1));
        let addressee = if let Some(g) = self.group_at(j.wrapping_sub(1)) {
            j = self.groups.get(g).map_or(j, |g| g.start);
            Some(g)
        } else if matches!(before, "it" | "they") {
            j -= 1;
            let mut k = j;
            while k > 0 && self.word(k - 1) == "that" {
                k -= 1;
            }
            let g = self.group_at(k.wrapping_sub(1));
            if let Some(g) = g {
                j = self.groups.get(g).map_or(k, |g| g.start);
            }
            g
        } else {
            None
        };
        let Some(addressee) = addressee else {
            return (None, None);
        };
        // ("said the government must": the article is the addressee's.)
        if self.word(j.wrapping_sub(1)) == "the" {
            j -= 1;
        }
        let speaker = match self.left_group(j) {
            Some(Ok(g)) if g != addressee => Some(g),
            Some(Err(k)) => self.subject_of_match(k),
            _ => None,
        }
        // "X said Y must": left_group stops at the speech verb; its subject is the speaker.
        .or_else(|| self.speaker_before(j))
        // "Y must lift the embargo, X insisted on Monday": the speaker after the clause.
        .or_else(|| self.speaker_after(cue))
        .filter(|&s| s != addressee);
        (speaker, Some(addressee))
    }

    /// The speaker of a clause starting at token `j` right after a verb of saying ("X said
    /// (that) ..."): the group before that verb.
    fn speaker_before(&self, j: usize) -> Option<usize> {
        let mut k = j;
        while k > 0 && self.word(k - 1) == "that" {
            k -= 1;
        }
        // "insisted on Monday that the AU must": a day between the verb and its clause.
        let day =
            |w: &str| sitrep_text::calendar::is_weekday(w) || matches!(w, "yesterday" | "today");
        if k > 0 && day(self.word(k - 1)) {
            k -= 1;
            if k > 0 && self.word(k - 1) == "on" {
                k -= 1;
            }
        }
        (k > 0 && self.is_speech(k - 1))
            .then(|| match self.left_group(k - 1) {
                Some(Ok(g)) => Some(g),
                _ => None,
            })
            .flatten()
    }

    fn code(mut self, version: &str) -> Vec<Coding> {
        // "Washington is pressing Cairo to open up its political system": an appeal or demand
        // made to an actor is one whatever the act it asks for; with no act of the lexicon
        // after it, it is coded unspecified (020, 100).
        // "Poland joined NATO": joining an organisation, which no pattern names.
        let cues: Vec<(usize, &str)> = self
            .unfilled_requests()
            .into_iter()
            .chain(self.unfilled_musts())
            .chain(self.memberships().into_iter().map(|c| (c, "057")))
            .collect();
        for (cue, code) in cues {
            self.matches.push(Link {
                m: VerbMatch {
                    code: code.to_owned(),
                    head: cue,
                    words: vec![cue],
                    nominal: false,
                    from_source: false,
                    mutual: false,
                    to_target: false,
                    judged: None,
                },
                noun: false,
                source: None,
                target: None,
            });
        }
        self.matches.sort_by_key(|l| l.m.head);
        // Roles first, in text order, so that a later act can take an earlier one's subject
        // (an unfilled "must" is its speaker's demand of the actor before it).
        for index in 0..self.matches.len() {
            let must = self
                .matches
                .get(index)
                .is_some_and(|l| self.unfilled_modal(l));
            let (source, target) = if must {
                self.matches
                    .get(index)
                    .map_or((None, None), |l| self.modal_demand_roles(l.m.head))
            } else {
                self.roles(index)
            };
            if let Some(l) = self.matches.get_mut(index) {
                l.source = source;
                l.target = target;
            }
        }
        // "Seoul said North Korea was behind the attack": an accusation whose roles are the
        // speaker and the one named, known already.
        for (be, word, code, source, target) in self.attributions() {
            // ("were to blame for": the attribution, not a blaming by the one named.)
            self.matches.retain(|l| l.m.head != word);
            self.matches.push(Link {
                m: VerbMatch {
                    code: code.to_owned(),
                    head: be,
                    words: vec![be, word],
                    nominal: false,
                    from_source: false,
                    mutual: false,
                    to_target: false,
                    judged: None,
                },
                noun: false,
                source: Some(source),
                target,
            });
        }
        self.matches.sort_by_key(|l| l.m.head);
        // "A suicide bombing killed 12", "Israeli air strikes hit Gaza", "opened fire, killing
        // four": a violent act whose subject is a violent event noun, or a participle of
        // killing after a violent act, is that same event; the first keeps the target.
        let mut absorbed = vec![false; self.matches.len()];
        for index in 0..self.matches.len() {
            if let Some(into) = self.absorbing_event(index) {
                self.absorb(index, into, None, &mut absorbed);
            }
        }
        // "killed 50 militants in a major offensive against the Taliban", "bombed rebel
        // positions ..., in the latest raids against the PKK": a violent noun after "in" or
        // "during", with no doer of its own, is the act the clause already told; "killed five
        // soldiers in a suicide bombing": the noun says how.
        for index in 0..self.matches.len() {
            if let Some(into) = self.restated_in(index) {
                // "opened fire on the motorcade in an assassination attempt": the noun says
                // what the shooting was.
                let named = self
                    .code_of(index)
                    .is_some_and(|c| matches!(c, "185" | "186"));
                let how = self
                    .code_of(into)
                    .filter(|c| matches!(*c, "190" | "180") || named && c.starts_with("19"));
                let code = how.and_then(|_| self.code_of(index)).map(str::to_owned);
                self.absorb(index, into, code, &mut absorbed);
            }
        }
        // "The IMF refused Argentina's request for a new loan", "rejected Somalia's call for
        // a peacekeeping force": the request rejected is what the rejection refines (1221,
        // 1224), as one act; the request is no news of its own.
        for index in 0..self.matches.len() {
            if let Some(into) = self.rejected_request(index) {
                let code = self
                    .code_of(into)
                    .filter(|c| *c == "120")
                    .and(self.code_of(index))
                    .and_then(|c| {
                        rejection_of(c)
                            .map(str::to_owned)
                            .or_else(|| recode(Family::Refusal, false, c))
                    })
                    .filter(|c| c != "120");
                self.absorb(index, into, code, &mut absorbed);
            }
        }
        // "rallied in Manila to demand the ouster of President Estrada": what a protest
        // demands refines it (1411 against the government), as one act.
        for index in 0..self.matches.len() {
            // ("marched in Lima demanding the minister resign": the act a participle of the
            // protest demands, 0831 demanded as 1041, is its aim too.)
            if let Some(g) = self
                .governor(index)
                .filter(|g| matches!(g.family, Family::Demand | Family::Appeal))
                .filter(|g| self.word(g.cue).ends_with("ing"))
                && let Some(into) = self.protest_before(index, g.cue)
            {
                let code = self
                    .code_of(index)
                    .and_then(|c| recode(g.family, g.negated, c))
                    .and_then(|c| self.protest_for(into, &c));
                self.absorb(index, into, code, &mut absorbed);
                continue;
            }
            if let Some(into) = self.protest_aim_of(index) {
                // The protest keeps its kind: a strike for a leader's fall is 1431, a riot
                // 1451, a march 1411.
                let code = self
                    .code_of(index)
                    .map(str::to_owned)
                    .and_then(|c| self.protest_for(into, &c));
                self.absorb(index, into, code, &mut absorbed);
            }
        }
        // Then what governs each act; a cue verb that governs an act is coded through it.
        let mut governors: Vec<Option<Governor>> = (0..self.matches.len())
            .map(|i| {
                let link = self.matches.get(i)?;
                // ("rejected accusations that it had shelled the plant": the rejection is the
                // event, and what the accusation says is not governed by it.)
                // (Nor is a plan's content: "rejected a plan that would have granted autonomy".)
                if link.m.code == NO_EVENT
                    || (!link.noun
                        && (self.in_claim_noun_clause(link.m.head)
                            || self.relative_content(link.m.head)))
                {
                    return None;
                }
                let g = self.governor(i)?;
                recode(g.family, g.negated, &link.m.code).map(|_| g)
            })
            .collect();
        // "will withdraw its troops and release the prisoners", "promised to free them and to
        // reopen the border": a bare verb coordinated with a governed one shares its cue.
        for i in 0..self.matches.len() {
            if governors.get(i).copied().flatten().is_some() {
                continue;
            }
            let Some(k) = self.coordinated_with(i, Form::Bare) else {
                continue;
            };
            let Some(g) = governors.get(k).copied().flatten() else {
                continue;
            };
            let code = self
                .matches
                .get(i)
                .map(|l| l.m.code.as_str())
                .unwrap_or(NO_EVENT);
            if code != NO_EVENT
                && recode(g.family, g.negated, code).is_some()
                && let Some(slot) = governors.get_mut(i)
            {
                *slot = Some(g);
            }
        }
        let mut consumed = vec![false; self.matches.len()];
        // (The "must" of an ultimatum stays its own demand: "must withdraw or face strikes".)
        for g in governors
            .iter()
            .flatten()
            .filter(|g| !(g.family == Family::Threat && g.modal_demand))
        {
            if let Some(k) = self.verbal_head(g.cue).or(self.generic_intent_at(g.cue))
                && let Some(c) = consumed.get_mut(k)
            {
                *c = true;
            }
        }

        let mut out: Vec<Coding> = Vec::new();
        for index in 0..self.matches.len() {
            let Some(link) = self.matches.get(index).cloned() else {
                continue;
            };
            // "the detained sailors": a participle after a determiner is an adjective.
            // (So is "the slain doctor", "the stolen car".)
            let adjective = link.noun && !link.m.nominal && {
                let w = self.word(link.m.head);
                w.ends_with("ed") || (w.ends_with('n') && crate::verbs::is_irregular_participle(w))
            };
            if adjective
                || self.participle_adjective(&link)
                || self.cited(link.m.head)
                || self.prepositional_adjective(&link)
                || link.m.code == NO_EVENT
                // "Welcome to the new press centre," he said: a greeting, no endorsement.
                || (self.word(link.m.head) == "welcome"
                    && self.word(link.m.head + 1) == "to"
                    && (link.m.head == 0
                        || matches!(
                            self.word(link.m.head - 1),
                            "\"" | "``" | "\u{201c}" | "'" | "\u{2018}"
                        )))
                || consumed.get(index).copied().unwrap_or(false)
                || absorbed.get(index).copied().unwrap_or(false)
                || self.is_alleged(index)
                || self.is_background(&link)
                || self.is_purpose_repeat(index)
                || self.is_accident(&link)
                || self.reduced_relative(index)
                || self.is_capability(&link)
                || self.in_aside(&link)
                // "held in Israeli jails": a prison named is a place, no jailing.
                || (link.noun
                    && matches!(
                        self.word(link.m.head),
                        "jail" | "jails" | "prison" | "prisons"
                    ))
                || self.object_participle(index)
                || self.is_condition(&link)
                || self.is_noun_content(index)
            {
                continue;
            }
            // "talks aimed at ending the war": a goal, flagged below, governed by no cue.
            let purpose = self.purpose_before(&link);
            let governor = governors.get(index).copied().flatten().filter(|_| !purpose);
            // "sent a team to help identify victims": "to help" with no cue that governs it
            // is a purpose, no act ("wants to help Israel" is an intent).
            if governor.is_none()
                && matches!(self.word(link.m.head), "help" | "assist")
                && self.word(link.m.head.wrapping_sub(1)) == "to"
            {
                continue;
            }
            // "approved 24 mln dlrs to support a credit project", "extended loans to support
            // projects": money's purpose. The money given is the act: aid (071), unless a
            // coding of aid tells the giving already.
            let money = |k: usize| {
                matches!(
                    self.word(k),
                    "dlrs"
                        | "dollars"
                        | "francs"
                        | "pounds"
                        | "euros"
                        | "yen"
                        | "mln"
                        | "million"
                        | "billion"
                        | "loan"
                        | "loans"
                        | "credit"
                        | "credits"
                        | "lines"
                        | "grant"
                        | "grants"
                        | "funds"
                        | "funding"
                        | "investment"
                        | "aid"
                )
            };
            let head = link.m.head;
            // The sum in the phrase before "to", with no verb between ("1 billion dollars in
            // military aid to support", "a loan for Egypt to support"; not "gave 2 billion
            // euros in aid last year, voted to support").
            let sum = (head.saturating_sub(7)..head.saturating_sub(1))
                .rev()
                .take_while(|&k| {
                    self.verbal_head(k).is_none() && !matches!(self.word(k), "," | ";")
                })
                .find(|&k| money(k));
            let money_purpose = self.word(head) == "support"
                && self.word(head.wrapping_sub(1)) == "to"
                && governor.is_none()
                && sum.is_some();
            // (Aid only when the money is given: "approved", "extended", "pledged"; money
            // needed, sold or spent supports nothing; nor when it was not given: "did not
            // approve", "refused to approve".)
            let giving = sum.and_then(|m| {
                (m.saturating_sub(8)..m).rev().find(|&k| {
                    matches!(
                        self.word(k),
                        "approved"
                            | "approve"
                            | "approves"
                            | "extended"
                            | "extend"
                            | "extends"
                            | "gave"
                            | "give"
                            | "gives"
                            | "granted"
                            | "grant"
                            | "provided"
                            | "provide"
                            | "provides"
                            | "lent"
                            | "lend"
                            | "lends"
                            | "loaned"
                            | "earmarked"
                            | "earmark"
                            | "allocated"
                            | "allocate"
                            | "pledged"
                            | "pledge"
                            | "donated"
                            | "donate"
                            | "committed"
                            | "disbursed"
                    )
                })
            });
            let withheld = giving.is_some_and(|g| {
                matches!(self.word(g.wrapping_sub(1)), "not" | "n't" | "never")
                    || (self.word(g.wrapping_sub(1)) == "to"
                        && matches!(
                            self.word(g.wrapping_sub(2)),
                            "failed"
                                | "fail"
                                | "fails"
                                | "refused"
                                | "refuse"
                                | "refuses"
                                | "declined"
                                | "decline"
                        ))
                    || (g.saturating_sub(3)..g).any(|k| matches!(self.word(k), "no" | "any"))
            });
            // The giving coded as aid already ("extended Pakistan 220 mln dlrs in loans").
            let aid_told = giving.is_some_and(|g| {
                self.matches
                    .iter()
                    .any(|l| l.m.head == g && l.m.code.starts_with("07"))
            });
            if money_purpose && (aid_told || giving.is_none() || withheld) {
                continue;
            }
            // The giving is as told: "approved 24 mln dlrs to support" was given; "will lend",
            // "is expected to approve" are to come.
            let money_to_come = giving.is_some_and(|g| {
                (g.saturating_sub(4)..g).any(|k| {
                    AUXILIARY_MODALS.contains(&self.word(k))
                        || matches!(self.word(k), "to" | "expected" | "set" | "plans" | "likely")
                })
            });
            let (mut source, mut target) = (link.source, link.target);
            // The modal of a bare verb joined to an earlier one ("will withdraw its troops and
            // release the hostages"): the second act is as hypothetical as the first.
            let mut joined_modal = false;
            // "Iraq withdrew its troops and released the prisoners", "..., apprehending 26
            // pirates and confiscating their arms", "will withdraw its troops and release the
            // hostages": the subject of the first verb does the second, and the first verb's
            // object is no subject of the second.
            if governor.is_none()
                && !self.is_passive(&link)
                && let Some((k, form)) = [Form::Past, Form::Gerund, Form::Bare]
                    .into_iter()
                    .find_map(|f| self.coordinated_with(index, f).map(|k| (k, f)))
                && let Some(first) = self.matches.get(k)
                && !self.is_passive(first)
                && source.is_none_or(|g| self.groups.get(g).is_some_and(|g| g.start > first.m.head))
            {
                source = first.source;
                joined_modal =
                    form == Form::Bare && self.cues(first, self.group_end(first.source)).1;
            }
            let mut code = link.m.code.clone();
            if money_purpose {
                "071".clone_into(&mut code);
            }
            // "The civilians were released by Russia", "freed two Ukrainians": an actor set
            // free is people (0841); what else is released (a ship, figures) names no actor.
            let head_word = self.word(link.m.head);
            // "Mbappe helped France beat Belgium", "the rain helped firefighters", "Qatar helped
            // broker a truce": help from no actor, or to none, is no event.
            // ("appealed to Pakistan to help cool tensions": the cue's addressee is the one
            // asked to help.)
            if link.m.code == "070"
                && head_word.starts_with("help")
                && (source.is_none() || target.is_none())
                && governor.is_none_or(|g| g.object.is_none())
            {
                continue;
            }
            // "warned that a million people could go hungry": a warning of a danger, with no
            // state warned, is a pessimistic comment (012), no threat.
            // ("Economists warned the government that borrowing was too high": so is one to
            // an unnamed party.)
            let that = if self.word(link.m.head + 1) == "that" {
                Some(link.m.head + 1)
            } else {
                target
                    .and_then(|t| self.groups.get(t))
                    .filter(|g| g.start <= link.m.head + 2 && self.word(g.end) == "that")
                    .map(|g| g.end)
            };
            // ("warned that weapons left in Afghanistan were reaching militants": an actor
            // inside the clause is part of the danger told, not the one warned.)
            if code == "130"
                && governor.is_none()
                && head_word.starts_with("warn")
                && that.is_some_and(|k| !self.warning_threatens(k))
                && target.is_none_or(|t| {
                    // (Not one told what it would face in its own clause: "warned that South
                    // Korea would face a merciless response" is a threat to it; "warned that
                    // Greece would miss its targets" is a forecast.)
                    that.is_some_and(|k| {
                        k == link.m.head + 1
                            && self.groups.get(t).is_some_and(|g| {
                                g.start > k
                                    && !(k + 1..self.words.len())
                                        .take_while(|&j| {
                                            !matches!(self.word(j), "." | ";" | "," | ":")
                                        })
                                        // (War is threatened only as what a step "means":
                                        // "sliding back into war" is a forecast.)
                                        .any(|j| {
                                            let w = self.word(j);
                                            (w != "war" && THREAT_WORDS.contains(&w))
                                                || (w == "war"
                                                    && matches!(
                                                        self.word(j.wrapping_sub(1)),
                                                        "means" | "mean" | "meant"
                                                    ))
                                        })
                            })
                    }) || self
                        .members(Some(t))
                        .iter()
                        .flatten()
                        .all(|m| m.actor.code.starts_with("---"))
                })
            {
                code = "012".to_owned();
                target = None;
            }
            // "Israel's prime minister was shot dead", "gunmen killed the governor": killing a
            // holder of political office is an assassination (186).
            // "The minister urged people to drink more water", "the government told citizens
            // to stay indoors": a plea to the public at large names no party to an event;
            // "the mayor gave residents until Friday to ...": nor does a deadline given to
            // anyone but a state or a body of states.
            let public = |m: &ActorMention| {
                m.actor.code.starts_with("---")
                    && matches!(
                        m.actor.code.get(3..6),
                        Some("CVL" | "EDU" | "MED" | "BUS" | "JRN" | "LAB" | "AGR" | "REL")
                    )
            };
            let to_public = {
                let ms = self.members(target);
                !ms.is_empty() && ms.iter().all(|m| m.is_some_and(public))
            };
            let deadline = code == "139" && link.m.words.iter().any(|&w| self.word(w) == "until");
            let to_state = self
                .members(target)
                .iter()
                .flatten()
                .any(|m| m.actor.country.is_some() || m.actor.code.starts_with("IGO"));
            // (A named state's appeal to a people is one: "Nigeria's military ruler made a
            // fresh appeal to the Ogoni people".)
            let by_state = self
                .members(source)
                .iter()
                .flatten()
                .any(|m| m.actor.country.is_some() || m.actor.code.starts_with("IGO"));
            if (matches!(code.as_str(), "020" | "023" | "100") && to_public && !by_state)
                || (deadline && !to_state)
            {
                continue;
            }
            // ("the governor's dog", "the son of the governor", "the prime minister's
            // bodyguard": the holder is not the one killed.)
            let holder_killed = target.and_then(|t| self.groups.get(t)).is_some_and(|g| {
                self.word(g.end) != "'s"
                    && self.word(g.end) != "'"
                    && self.word(g.start.wrapping_sub(1)) != "of"
                    && g.start.checked_sub(2).is_none_or(|k| self.word(k) != "of")
            });
            if (code.starts_with("19") || matches!(code.as_str(), "180" | "182" | "1823"))
                && holder_killed
                && self.kills(&link)
                && self.members(target).iter().flatten().any(|m| {
                    // A generic role's `role` is its label ("government"): its words say
                    // the office.
                    let words = m.matched.to_lowercase();
                    m.role.as_deref().is_some_and(is_political_office)
                        || words
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w != "government" && is_political_office(w))
                })
            {
                code = "186".to_owned();
            }
            if code == "084"
                && (head_word.starts_with("releas") || head_word.starts_with("free"))
                && target.is_some_and(|t| self.released_people(&link, t))
            {
                code = "0841".to_owned();
            }
            let mut claim_range = None;
            // "Israel claimed Hamas was planning to capture soldiers": a plan or threat that
            // someone else claims is their accusation, read from the cue back.
            let claimed = match governor {
                None => self.claim_of(&link, link.m.head),
                Some(g) if matches!(g.family, Family::Intent | Family::Threat) => {
                    self.claim_of(&link, g.cue).filter(|(_, _, own)| !own)
                }
                Some(_) => None,
            };
            let mut governor = governor;
            if let Some((claim, claimer, own)) = claimed {
                governor = None;
                // "X claimed that Y attacked Z" is X accusing Y (112); "X claimed that it
                // attacked Z" is X claiming responsibility (015).
                claim_range = self.tokens.get(claim).copied();
                if own {
                    code = "015".to_owned();
                } else {
                    code = "112".to_owned();
                    target = source;
                }
                source = claimer;
            }
            let (mut negated, mut hypothetical) = self.cues(&link, self.group_end(source));
            hypothetical |= joined_modal || purpose || self.meeting_to_come(&link);
            // The accusation itself was made, whatever the plan it names.
            if claimed.is_some() {
                hypothetical = false;
            }
            // "Neither Iran nor Iraq attacked", "condemned neither Israel nor Hamas": the
            // negation stands before the subject or the object.
            let after_neither = |g: Option<usize>| {
                g.and_then(|g| self.groups.get(g))
                    .and_then(|g| g.start.checked_sub(1))
                    .is_some_and(|k| self.word(k) == "neither")
            };
            negated |= after_neither(source) || after_neither(target);
            if let Some(g) = governor {
                code = recode(g.family, g.negated, &link.m.code).unwrap_or(code);
                // "is being pressured by congress to help Iran": pressure is coercion (170),
                // as the CAMEO verb dictionary files "pressure" with "compel" and "force";
                // "pressed" and the noun ("pressure on Reagan to retaliate") stay demands.
                if g.family == Family::Demand
                    && matches!(self.word(g.cue), "pressured" | "pressuring")
                {
                    code = "170".to_owned();
                }
                // "invited the Polish foreign minister to visit": an invitation to meet is an
                // offer to meet (036, as the verb "invite" alone), not an appeal to (026).
                if g.family == Family::Appeal
                    && !g.negated
                    && self.word(g.cue).starts_with("invit")
                    && link.m.code.starts_with("04")
                {
                    code = "036".to_owned();
                }
                negated = false;
                hypothetical = false;
                if g.modal_demand {
                    let (speaker, addressee) = self.modal_demand_roles(g.cue);
                    source = speaker;
                    target = addressee.or(target);
                } else if let Some(object) = g.object {
                    if matches!(g.family, Family::Appeal | Family::Demand)
                        && self.passive_cue(g.cue)
                    {
                        // "Hamas was pressed by Washington to renounce ...": the agent asks,
                        // of the subject.
                        source = Some(object);
                        target = self.subject_of(g.cue).filter(|&s| s != object);
                    } else if matches!(g.family, Family::Appeal | Family::Demand) {
                        // "urged Iran to release ...": the appeal is the subject's, to Iran.
                        source = self.subject_of(g.cue);
                        target = Some(object);
                    } else if target.is_none() {
                        target = Some(object);
                    }
                    if source == Some(object) && !self.passive_cue(g.cue) {
                        source = None;
                    }
                }
                // "Israel's cabinet rejected a Syrian proposal to resume peace talks": an
                // intent, refusal or threat is its speaker's, whoever the act's words name.
                if matches!(g.family, Family::Intent | Family::Refusal | Family::Threat)
                    && !g.modal_demand
                {
                    let speaker = self.subject_of(g.cue);
                    if let Some(s) = speaker.filter(|&s| Some(s) != target) {
                        if source.is_some_and(|old| old != s) && target.is_none() {
                            target = source;
                        }
                        source = Some(s);
                    }
                }
                // "The ministry has refused to renew the permit of a party": a noun with no doer
                // of its own has the cue's subject.
                if source.is_none() && !g.modal_demand {
                    source = self.subject_of(g.cue).filter(|&s| Some(s) != target);
                }
                // "Bujumbura ordered the AU to withdraw its peacekeepers": ordering a body
                // out is expelling it (166x), not a demand.
                if g.family == Family::Demand
                    && is_order(self.word(g.cue))
                    && matches!(link.m.code.as_str(), "166" | "1661" | "1662" | "1663")
                {
                    code = link.m.code.clone();
                }
                // "The army prepared to resume shelling", "troops were preparing for an
                // assault": getting ready to fight is a show of force (150), not a threat;
                // "is prepared to use force" (willing) stays one.
                let w = self.word(g.cue);
                let readying = matches!(w, "prepare" | "prepares" | "preparing")
                    || (w == "prepared" && !BE.contains(&self.word(g.cue.wrapping_sub(1))));
                if readying
                    && g.family == Family::Intent
                    && matches!(link.m.code.get(..2), Some("18" | "19" | "20"))
                {
                    code = "150".to_owned();
                }
                // "would send another 5,000 soldiers to the province": troops promised to no
                // other country are a mobilisation to come, not protection offered.
                // "would send troops into northern Iraq", "across the border", "against the
                // rebels": an incursion threatened, not protection.
                let incursion = (link.m.head + 1..link.m.head + 9)
                    .any(|k| matches!(self.word(k), "into" | "against" | "across"));
                if code == "0334" && link.m.code == "154" && incursion {
                    code = recode(Family::Threat, false, "154").unwrap_or(code);
                }
                if code == "0334" && link.m.code == "154" {
                    let country = |g: Option<usize>| {
                        self.members(g)
                            .iter()
                            .flatten()
                            .find_map(|m| m.actor.country.clone())
                    };
                    let to = country(target);
                    if to.is_none() || to == country(source) {
                        code = link.m.code.clone();
                        hypothetical = true;
                    }
                }
                // The cue verb's own negation ("did not threaten") still holds.
                let cue_link = self.verbal_head(g.cue).and_then(|k| self.matches.get(k));
                if let Some(cl) = cue_link {
                    let (n, _) = self.cues(cl, self.group_end(cl.source));
                    negated = n;
                }
            }
            // "Hamas said it could restart its attacks", "martial law may be imposed, the
            // government said": force, coercion or sanctions that the one who would act says
            // it could take is a threat (13), as the CAMEO manual codes a warning of force;
            // others' guesses ("analysts said Iran could attack") stay hypothetical acts.
            // (Unstated, it is a possible act: "the curfew would be extended" is hypothetical,
            // though its modal stands after the act's noun.)
            if governor.is_none()
                && claimed.is_none()
                && !negated
                && matches!(code.get(..2), Some("15" | "16" | "17" | "18" | "19" | "20"))
                && let Some(own) = self.own_possible_act(&link)
            {
                if own && self.stated() {
                    code = recode(Family::Threat, false, &code).unwrap_or(code);
                    hypothetical = false;
                } else {
                    hypothetical = true;
                }
            }
            // "Iran would respond with force if Israel attacked": force that a named state
            // says it would or will use if another acts is a conditional threat (13).
            if governor.is_none()
                && claimed.is_none()
                && !negated
                && matches!(code.get(..2), Some("15" | "16" | "17" | "18" | "19" | "20"))
                && self.conditional_threat(&link)
            {
                code = recode(Family::Threat, false, &code).unwrap_or(code);
                hypothetical = false;
            }
            // "next week's visit to Tokyo", "are due to visit Washington": a meeting still to
            // come is, like a bare future, the act flagged hypothetical; when someone in the
            // sentence states it ("a visit next week ..., they added"), their intent to meet
            // (036), as the CAMEO manual codes an announced meeting.
            if governor.is_none()
                && claimed.is_none()
                && !negated
                && code.starts_with("04")
                && self.planned(&link)
            {
                if self.stated() {
                    code = recode(Family::Intent, false, &code).unwrap_or(code);
                    hypothetical = false;
                } else {
                    hypothetical = true;
                }
            }
            let first = link.m.words.first().and_then(|&w| self.tokens.get(w));
            let last = link.m.words.last().and_then(|&w| self.tokens.get(w));
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            let mut verb_range = TextRange::new(first.start, last.end);
            if let Some(c) = claim_range {
                verb_range = c;
            }
            if let Some(g) = governor
                && let Some(cue) = self.tokens.get(g.cue)
                && cue.start < verb_range.start
            {
                verb_range = TextRange::new(cue.start, verb_range.end);
            }

            let acts_start = out.len();
            let mut pairs: Vec<(Option<&ActorMention>, Option<&ActorMention>)> = Vec::new();
            // "X and Y fought" is each on the other; "X and Y attacked the ships" is not.
            let object_follows = link.m.words.last().is_some_and(|&w| {
                let next = self.word(w + 1);
                DETERMINERS.contains(&next)
                    || matches!(next, "some" | "several" | "many" | "dozens" | "hundreds")
                    || next.starts_with(|c: char| c.is_ascii_digit())
            });
            // "X and Y agreed to restore relations": an intent is as mutual as its act.
            let reciprocal = (is_reciprocal(&code) && !(code.starts_with("19") && object_follows))
                || (code.starts_with("03") && is_reciprocal(&link.m.code))
                || link.m.mutual;
            let mut between = target.is_some_and(|t| self.after_between(t));
            // "expressed concern over clashes between X and Y": the pair belongs to the
            // noun that stands between the act and "between", not to the act.
            // ("mediated talks between the Taliban and the United States", "suspended its
            // mediation of talks between Syria and Israel": the talks mediated are between the
            // two the mediator acts on.)
            let mediation = matches!(code.as_str(), "045" | "039" | "165" | "028" | "108");
            if between
                && !mediation
                && let Some(t) = target
                && self.between_belongs_to_other(&link, t)
            {
                target = None;
                between = false;
            }
            // "X and Y met in Jakarta on the sidelines of an ASEAN gathering": an actor after
            // "of" names the occasion, not a third partner of two who act on each other.
            if reciprocal
                && code.starts_with("04")
                && self.members(source).len() > 1
                && let Some(t) = target
                && let Some(start) = self.groups.get(t).map(|g| g.start)
                && {
                    // ("consulted on the Cyprus problem": a topic after "on" or "about".)
                    let mut p = start.wrapping_sub(1);
                    if DETERMINERS.contains(&self.word(p)) {
                        p = p.wrapping_sub(1);
                    }
                    // ("met the head of the African Union": a person of a body is a partner.)
                    let occasion = matches!(
                        self.word(p.wrapping_sub(1)),
                        "sidelines"
                            | "margins"
                            | "fringes"
                            | "fringe"
                            | "margin"
                            | "summit"
                            | "meeting"
                            | "gathering"
                            | "conference"
                            | "session"
                            | "forum"
                    );
                    // ("met in the Vietnamese capital": the place they met; "haggled over the
                    // financing of Hong Kong's new airport": a topic further back.)
                    let topic = (start.saturating_sub(5).max(link.m.head + 1)..start)
                        .any(|k| matches!(self.word(k), "on" | "about" | "over"));
                    self.word(p) == "of" && occasion || topic || matches!(self.word(p), "in" | "at")
                }
                && !(link.m.head..start).any(|k| self.word(k) == "with")
            {
                target = None;
            }
            // ("expressed concern over clashes between Armenia and Azerbaijan": a mutual noun
            // right before "between" is its pair's, whoever spoke of it.)
            // (Not a verb: "Qatar negotiated between Hamas and Israel" is Qatar's.)
            let pair_noun =
                self.word(link.m.head + 1) == "between" && !self.word(link.m.head).ends_with("ed");
            if (source.is_none() || pair_noun) && between && reciprocal {
                // "clashes between X and Y": each side acts on the other.
                let sides = self.members(target);
                for a in &sides {
                    for b in &sides {
                        pairs.push((*a, *b));
                    }
                }
            } else if source.is_none() && between {
                // "the call for talks between X and Y": someone unnamed acts on both.
                for t in self.members(target) {
                    pairs.push((None, t));
                }
            } else if target.is_none() && reciprocal && self.members(source).len() > 1 {
                // "X and Y met": each met the other.
                let sides = self.members(source);
                for a in &sides {
                    for b in &sides {
                        pairs.push((*a, *b));
                    }
                }
            } else {
                for s in self.members(source) {
                    for t in self.members(target) {
                        pairs.push((s, t));
                    }
                }
            }
            // An actor does not act on itself, nor a government on its own country as a whole
            // ("the defence minister warned that Pakistan was at war").
            // Rebels and the opposition of a country do act on it ("Pakistan and the TTP
            // clashed").
            let same = |s: &ActorMention, t: &ActorMention| {
                s.range == t.range
                    || s.actor.code == t.actor.code
                    || (t.kind == ActorKind::Country
                        && s.actor.country.as_deref() == Some(t.actor.code.as_str())
                        && !s
                            .actor
                            .code
                            .strip_prefix(t.actor.code.as_str())
                            .is_some_and(|rest| {
                                ["REB", "OPP", "UAF", "INS", "SEP"]
                                    .iter()
                                    .any(|r| rest.starts_with(r))
                            }))
            };
            let any_distinct = pairs.iter().any(|(s, t)| match (s, t) {
                (Some(s), Some(t)) => !same(s, t),
                _ => true,
            });
            for (s, mut t) in pairs {
                if let (Some(sm), Some(tm)) = (s, t)
                    && same(sm, tm)
                {
                    // An actor does not act on itself; when no other pair is left, the act
                    // stays with its source alone.
                    if any_distinct {
                        continue;
                    }
                    t = None;
                }
                // ("opened fire on thousands of people marching in Deraa": people told as
                // protesting are protesters.)
                // (Not armed men: "troops opened fire on rebels marching on the capital".)
                let protesting = t.is_some_and(|t| {
                    let after = self.tokens.partition_point(|r| r.start < t.range.end);
                    !is_armed(t)
                        && matches!(
                            self.word(after),
                            "marching" | "protesting" | "demonstrating" | "rallying" | "chanting"
                        )
                });
                let mut code = against_protesters(&by_source(&code, s), s, t, protesting);
                // "The United States announced a boycott of the Olympics": a state's boycott is
                // a sanction (163), a people's a protest (143); a strike is a people's.
                // (A bare country only as the doer itself, not the adjective of people the
                // lexicon does not know: "Chinese consumers boycotted Japanese goods".)
                let state_itself = |s: &ActorMention| {
                    let after = self
                        .tokens
                        .iter()
                        .position(|t| t.start >= s.range.end)
                        .map_or("", |k| self.word(k));
                    s.kind == ActorKind::Country
                        && s.role.is_none()
                        && (after.ends_with("ed")
                            || link.m.words.iter().any(|&k| self.word(k) == after)
                            || matches!(
                                after,
                                "has" | "have" | "had" | "will" | "would" | "is" | "was" | "said"
                            ))
                };
                if code.starts_with("143")
                    && link
                        .m
                        .words
                        .iter()
                        .any(|&k| self.word(k).starts_with("boycott"))
                    && s.is_some_and(|s| state_itself(s) || s.actor.code.get(3..6) == Some("GOV"))
                {
                    code = "163".to_owned();
                }
                // "acceded to NATO": accession to an international organisation is a formal
                // agreement (057), not yielding to demands (083).
                if code == "083"
                    && self.word(link.m.head).starts_with("acced")
                    && t.is_some_and(|m| m.actor.code.starts_with("IGO"))
                {
                    code = "057".to_owned();
                }
                // "came under fire from the opposition": fire from no armed side is criticism;
                // from an armed one it is fire ("from insurgents over the weekend").
                let under_fire = link.m.words.iter().any(|&w| self.word(w) == "fire")
                    && link.m.words.iter().any(|&w| self.word(w) == "under");
                if under_fire && let Some(m) = s {
                    // "from Syrian government forces": the noun after the actor counts too.
                    let next = self
                        .tokens
                        .iter()
                        .position(|t| t.start >= m.range.end)
                        .map_or("", |k| self.word(k));
                    let armed = is_armed(m) || OWN_FORCES.contains(&next);
                    if code == "190" && !armed {
                        code = "111".to_owned();
                    } else if code == "111" && armed {
                        code = "190".to_owned();
                    }
                }
                // "The EU sent police officers into Kosovo": police an international body
                // sends is a mission (074), not a crackdown (153).
                if code == "153"
                    && s.is_some_and(|m| m.actor.code.starts_with("IGO"))
                    && !link.m.words.iter().any(|&w| self.word(w) == "riot")
                {
                    code = "074".to_owned();
                }
                // "The minister clashed with judges over the budget": a clash whose two sides
                // are officials, lawmakers, judges or parties is a quarrel (110), not a fight.
                if code == "190"
                    && link
                        .m
                        .words
                        .iter()
                        .any(|&w| self.word(w).starts_with("clash"))
                    && s.is_some_and(is_political)
                    && t.is_some_and(is_political)
                {
                    code = "110".to_owned();
                }
                // "The prime minister attacked the opposition, saying its plans would ruin the
                // economy": an official's attack on a person or body, neither armed nor a
                // country, told in words right after, is a verbal one (111); not "Israel
                // attacked Hezbollah positions, saying ...".
                if code == "190"
                    && !link.noun
                    && s.is_some_and(is_political)
                    && t.is_some_and(|t| {
                        let named = t.matched.to_lowercase();
                        // (Not a country or territory: "attacked Gaza, saying Hamas had broken
                        // the truce" is force.)
                        !is_armed(t)
                            && t.kind != ActorKind::Country
                            && !has_role(t, &["CVL"])
                            && !["protester", "demonstrator", "marcher", "rioter"]
                                .iter()
                                .any(|w| named.contains(w))
                    })
                    && self.word(link.m.head).starts_with("attack")
                    && self.verbal_attack(link.m.head)
                {
                    code = "111".to_owned();
                }
                // "Israel bombed a school", "the army bombed rebel positions": a country named
                // as such, or an army, bombs from the air (195), not with a planted bomb (183).
                // (A verb only: "Palestinians bombed a bus" and "the Iranian bombing of the
                // Jewish centre" may be either.)
                if code == "183"
                    && !link.noun
                    && self.word(link.m.head).starts_with("bomb")
                    && s.is_some_and(|m| {
                        (m.kind == ActorKind::Country
                            && m.role.is_none()
                            && !m.matched.ends_with('s'))
                            || has_role(m, &["MIL"])
                    })
                {
                    code = "195".to_owned();
                }
                // "The navy will barricade the port", "police blocked the road": a state's
                // forces blocking restrict movement (191); protesters' or rebels' blocking is
                // obstruction (144, as the codebook's "rebels blocked transport into Abidjan").
                // (Not soldiers or police protesting: "unpaid soldiers blocked the highway to
                // demand their salaries", "striking police officers blocked roads".)
                let protesting = || {
                    self.words.iter().any(|w| {
                        matches!(
                            w.as_str(),
                            "demand"
                                | "demands"
                                | "demanding"
                                | "protest"
                                | "protesting"
                                | "striking"
                                | "unpaid"
                                | "mutinous"
                                | "mutineers"
                        )
                    })
                };
                if code == "144"
                    && ["block", "barricad", "blockad", "seal"]
                        .iter()
                        .any(|b| self.word(link.m.head).starts_with(b))
                    && s.is_some_and(|m| has_role(m, &["MIL", "COP"]))
                    && !protesting()
                {
                    code = "191".to_owned();
                }
                // "sent police reinforcements": police deployed is police power (153).
                if code == "154"
                    && self
                        .deployed_forces(&link)
                        .and_then(|g| self.members(Some(g)).first().copied().flatten())
                        .is_some_and(|m| has_role(m, &["COP"]))
                {
                    code = "153".to_owned();
                }
                // "Floods forced villagers to flee": coercion needs someone who coerces, and
                // mediation a mediator ("The crisis brought Russia and China together").
                if (code == "170" || code.starts_with("045")) && s.is_none() {
                    continue;
                }

                // "protested to demand lower fees": a complaint lodged "to" no state is a
                // protest.
                if code == "114" && link.m.to_target && t.is_none() {
                    code = "140".to_owned();
                }
                // The money's purpose is an infinitive, but the giving is as told: "approved
                // 24 mln dlrs to support" was given, "will lend 40 billion dollars to support"
                // is to come.
                if money_purpose {
                    hypothetical = money_to_come;
                }
                let coding = Coding {
                    code,
                    source: s.map(|m| m.actor.clone()),
                    target: t.map(|m| m.actor.clone()),
                    verb_range,
                    source_range: s.map(|m| m.range),
                    target_range: t.map(|m| m.range),
                    negated,
                    hypothetical,
                    lexicon_version: version.to_owned(),
                };
                // One act between the same two actors once, however often the group names
                // them ("the foreign ministers of Russia ..., Sergey Lavrov").
                let told = out.iter().any(|c| {
                    c.code == coding.code
                        && c.verb_range == coding.verb_range
                        && actor_code(&c.source) == actor_code(&coding.source)
                        && actor_code(&c.target) == actor_code(&coding.target)
                });
                if !told {
                    out.push(coding);
                }
            }
            // "Pakistan said Afghan forces attacked its posts", "the US said that Iraq had
            // attacked": one side's report of another's violence is its accusation (112), and
            // is coded as that, not as the act it alleges.
            let acts_end = out.len();
            let mut accused = false;
            if governor.is_none()
                && claim_range.is_none()
                && !negated
                && !hypothetical
                && let Some((speech, speaker)) = self.reporter_of(&link, source)
                && !self.against_armed_group(target)
                && let Some(said) = self.tokens.get(speech).copied()
            {
                for s in self.members(Some(speaker)).into_iter().flatten() {
                    for y in self.members(source).into_iter().flatten() {
                        let (Some(a), Some(b)) = (&s.actor.country, &y.actor.country) else {
                            continue;
                        };
                        if a == b {
                            continue;
                        }
                        let coding = Coding {
                            code: "112".to_owned(),
                            source: Some(s.actor.clone()),
                            target: Some(y.actor.clone()),
                            verb_range: said,
                            source_range: Some(s.range),
                            target_range: Some(y.range),
                            negated: false,
                            hypothetical: false,
                            lexicon_version: version.to_owned(),
                        };
                        accused = true;
                        if !out.contains(&coding) {
                            out.push(coding);
                        }
                    }
                }
            }
            if accused {
                out.drain(acts_start..acts_end);
            }
        }
        self.drop_sport(&mut out);
        self.drop_civil_withdrawals(&mut out);
        self.drop_figurative(&mut out);
        self.drop_commerce(&mut out);
        self.courtesy_calls(&mut out);
        self.labour_strikes(&mut out);
        self.official_protests(&mut out);
        self.bare_agreements(&mut out);
        self.civil_violence(&mut out);
        self.assassinations(&mut out);
        self.charges_between_states(&mut out);
        self.conditional_warnings(&mut out);
        self.denials(&mut out);
        self.crowd_demands(&mut out);
        self.hosted_welcomes(&mut out);
        self.arrivals(&mut out);
        expelled_agencies(&mut out);
        self.agreed_sanctions(&mut out);
        self.rejected_demands(&mut out);
        self.warned_acts(&mut out);
        drop_subsumed(&mut out);
        merge_halves(&mut out);
        // "The Japanese attack was repelled": one mention is not both sides of an act, even
        // when halves were merged; it stays the source.
        for c in &mut out {
            if c.target_range.is_some() && c.target_range == c.source_range {
                c.target = None;
                c.target_range = None;
            }
        }
        // ("North and South Korea staged rival drills": each its own show of force.)
        let rival = self.words.iter().any(|w| {
            matches!(
                w.as_str(),
                "rival"
                    | "separate"
                    | "separately"
                    | "competing"
                    | "parallel"
                    | "counter"
                    | "opposite"
            )
        });
        joint_exercises(&mut out, rival);
        drop_repeats(&mut out);
        // ("hosted talks between the government and FARC rebels": rebels come to talks.)
        // (Not a topic: "hosted talks on Syria with Russia and Iran", "a summit on Somalia".)
        let talks = |c: &Coding| {
            let topic = c
                .target_range
                .and_then(|r| self.token_at(r.start))
                .is_some_and(|t| {
                    let mut p = t.wrapping_sub(1);
                    if matches!(self.word(p), "the" | "a" | "an") {
                        p = p.wrapping_sub(1);
                    }
                    matches!(
                        self.word(p),
                        "on" | "about" | "over" | "for" | "of" | "regarding"
                    )
                });
            if topic {
                return false;
            }
            let end = self.tokens.partition_point(|t| t.start < c.verb_range.end);
            self.token_at(c.verb_range.start).is_some_and(|s| {
                (s..end).any(|k| {
                    matches!(
                        self.word(k),
                        "talks" | "negotiations" | "meeting" | "summit" | "dialogue"
                    )
                })
            })
        };
        guest_visits(&mut out, talks);
        if !out.is_empty() {
            // Where the sentence places its acts, found once for both.
            let by_name = self.located(false, true);
            let by_capital = self.located(true, true);
            self.locate_generic(&mut out, by_name.as_ref(), by_capital.as_ref());
            let struck = self.located(true, false);
            self.place_targets(&mut out, by_capital.as_ref(), struck.as_ref());
        }
        out
    }

    /// "Egypt's president welcomed the Sudanese leader to Cairo": a welcome to a place is
    /// hosting (043), not praise.
    fn hosted_welcomes(&self, out: &mut [Coding]) {
        for c in out.iter_mut().filter(|c| c.code == "051") {
            let (Some(at), Some(t)) = (self.token_at(c.verb_range.start), c.target_range) else {
                continue;
            };
            // (The guest of a passive is its subject, right before "was welcomed": not "the
            // Sudanese government said it would accept mediation, a move welcomed by ...".)
            let guest_before = Some(self.tokens.partition_point(|r| r.start < t.end))
                .and_then(|n| n.checked_sub(1))
                .is_some_and(|e| {
                    (e + 1..at).all(|k| {
                        matches!(
                            self.word(k),
                            "was"
                                | "were"
                                | "is"
                                | "are"
                                | "been"
                                | "has"
                                | "had"
                                | "have"
                                | "warmly"
                        ) || (self.group_at(k).is_some() && self.group_at(k) == self.group_at(e))
                    })
                });
            // (Past the rest of the guest's name: "the Sudanese leader Ibrahim al-Tayeb to";
            // past the hosts of a passive: "was welcomed by Saudi officials in Riyadh".)
            let from = self
                .tokens
                .partition_point(|r| r.start < t.end.max(c.verb_range.end));
            let to = (from..(from + 6).min(self.words.len()))
                .take_while(|&k| !matches!(self.word(k), "," | ";" | "." | ":" | "'s"))
                // (A guest is someone: "the Japanese proposal was welcomed by officials in
                // Seoul" hosts no one.)
                .find(|&k| {
                    self.word(k) == "to"
                        || (self.word(k) == "in"
                            && t.end < c.verb_range.start
                            && c.target.as_ref().is_some_and(|a| a.code.len() > 3)
                            && guest_before)
                });
            if self.word(at).starts_with("welcom")
                && let Some(to) = to
                && (self.group_at(to + 1).is_some()
                    || self.names.get(to + 1).copied().unwrap_or(false)
                    || self
                        .tokens
                        .get(to + 1)
                        .is_some_and(|r| self.places.iter().any(|p| p.range.start == r.start)))
            {
                c.code = "043".to_owned();
            }
        }
    }

    /// "Attack helicopters arrived in Caracas", "refugees arriving in northern Albania": what
    /// arrives without being a visitor is no visit (042); troops arriving in a peacekeeping
    /// force are its deployment (074).
    fn arrivals(&self, out: &mut Vec<Coding>) {
        out.retain_mut(|c| {
            let Some(at) = self.token_at(c.verb_range.start) else {
                return true;
            };
            if c.code != "042" || !self.word(at).starts_with("arriv") {
                return true;
            }
            let before = self.word(at.wrapping_sub(1));
            if NOT_VISITORS.contains(&before) {
                return false;
            }
            // (A peacekeeping force named after the verb, in its clause: not "days after the
            // UN peacekeeping mission left".)
            let peacekeeping = (at + 1..(at + 16).min(self.words.len()))
                .take_while(|&k| !matches!(self.word(k), ";" | "." | "after" | "before"))
                .any(|k| self.word(k).starts_with("peacekeep"));
            if peacekeeping
                && matches!(
                    before,
                    "troops"
                        | "soldiers"
                        | "peacekeepers"
                        | "battalion"
                        | "contingent"
                        | "marines"
                        | "paratroopers"
                )
            {
                "074".clone_into(&mut c.code);
            }
            true
        });
    }

    /// "EU ministers agreed to freeze the assets": the agreement is the sanction, told once.
    fn agreed_sanctions(&self, out: &mut Vec<Coding>) {
        // (Only when the sanction names its imposer: "agreed to sanctions on Belarus" keeps
        // the agreement's source.)
        let agreed: Vec<usize> = out
            .iter()
            .filter(|c| c.code.starts_with("16") && !c.hypothetical && c.source.is_some())
            .filter_map(|c| self.token_at(c.verb_range.start))
            .collect();
        out.retain(|c| {
            c.code != "030"
                || !self.token_at(c.verb_range.start).is_some_and(|a| {
                    self.word(a).starts_with("agree")
                        && agreed
                            .iter()
                            .any(|&s| s > a && self.agreed_sanction_between(a, s))
                })
        });
    }

    /// "The EU warned Georgia it could face sanctions", "warned that it could freeze the
    /// accounts", "warned it would paralyse the country with a general strike if ...": a bare
    /// warning (130) whose clause goes on with a force, sanction or protest of the warner's (or
    /// of no one named) that "could", "would" or "will" come, or that the warned "could face",
    /// is that threat (1312, 133, 138), one act.
    fn warned_acts(&self, out: &mut Vec<Coding>) {
        let mut drop = Vec::new();
        for w in 0..out.len() {
            let Some(wc) = out.get(w) else { continue };
            let Some(at) = self.token_at(wc.verb_range.start) else {
                continue;
            };
            if wc.code != "130"
                || wc.negated
                || !(self.word(at).starts_with("warn") || self.word(at).starts_with("threat"))
            {
                continue;
            }
            let end = self.tokens.partition_point(|t| t.start < wc.verb_range.end);
            let content = (0..out.len()).find(|&n| {
                let Some(nc) = out.get(n) else { return false };
                let Some(start) = self.token_at(nc.verb_range.start) else {
                    return false;
                };
                let root = root_number(&nc.code);
                // (An act of no one named only after "face": "warned it would be a mistake
                // for Israel to attack" threatens nothing of Iran's.)
                let faced = (start.saturating_sub(3)..start)
                    .any(|t| matches!(self.word(t), "face" | "faces" | "facing"));
                // (The warned named right after the verb faces it: "warned Moldova it could
                // face sanctions"; not "Taiwan warned that it could face a blockade", "warned
                // that its northern towns could face rocket attacks from Lebanon".)
                let own = if nc.source.is_none() {
                    faced && wc.target.is_some() && self.group_at(end).is_some()
                } else {
                    // ("Ankara warned that Turkish troops would strike": the state's own force;
                    // not its rebels: "Colombia warned that FARC rebels would attack".)
                    let country = |c: &Coding| c.source.as_ref().and_then(|a| a.country.clone());
                    let state_force = nc.source.as_ref().is_some_and(|a| {
                        a.code.len() == 3
                            || matches!(a.code.get(3..6), Some("MIL" | "COP" | "GOV" | "SPY"))
                    });
                    actor_code(&nc.source) == actor_code(&wc.source)
                        || (state_force && country(nc).is_some_and(|c| country(wc) == Some(c)))
                };
                n != w
                    && !nc.negated
                    && (13..=20).contains(&root)
                    && own
                    && end <= start
                    && start - end <= 15
                    && !drop.contains(&n)
                    && (end..start).all(|t| !matches!(self.word(t), ";" | "." | ":"))
                    && (end..=start).any(|t| {
                        matches!(
                            self.word(t),
                            "would" | "could" | "will" | "might" | "may" | "'d" | "'ll" | "face"
                        )
                    })
            });
            let Some(n) = content else { continue };
            let code = out.get(n).and_then(|nc| {
                if nc.code.starts_with("13") {
                    Some(nc.code.clone())
                } else {
                    recode(Family::Threat, false, &nc.code)
                }
            });
            let target = out
                .get(n)
                .and_then(|nc| nc.target.clone().zip(nc.target_range));
            // ("Turkey warned that Turkish troops would strike ...": the warner's own forces
            // named after it are no addressee; what they would strike is.)
            let own_forces = out.get(n).and_then(|nc| nc.source_range);
            if let (Some(code), Some(wc)) = (code, out.get_mut(w)) {
                wc.code = code;
                wc.hypothetical = false;
                if wc.target_range.is_some() && wc.target_range == own_forces {
                    wc.target = None;
                    wc.target_range = None;
                }
                if wc.target.is_none()
                    && let Some((t, r)) = target
                {
                    wc.target = Some(t);
                    wc.target_range = Some(r);
                }
                drop.push(n);
            }
        }
        drop.sort_unstable();
        drop.dedup();
        for n in drop.into_iter().rev() {
            out.remove(n);
        }
    }

    /// "Tens of thousands of people filled the highway, calling for the president to step
    /// down", "Several thousand demonstrators gathered outside parliament urging the
    /// government to withdraw the bill": a crowd's appeal or demand, told by a participle with
    /// no protest verb of the lexicon, is its demonstration for that aim (1411, 1412).
    fn crowd_demands(&self, out: &mut [Coding]) {
        if out.iter().any(|c| c.code.starts_with("14")) {
            return;
        }
        for c in out.iter_mut() {
            if !matches!(c.code.get(..2), Some("02" | "10")) || c.hypothetical {
                continue;
            }
            let Some(at) = self.token_at(c.verb_range.start) else {
                continue;
            };
            if !matches!(
                self.word(at),
                "demanding" | "calling" | "urging" | "chanting"
            ) {
                continue;
            }
            // (The crowd is the sentence's subject, before its first verb, and no one else
            // speaks between: not "the UN said, calling for", "addressed the crowd, urging".)
            let first_verb = (0..at)
                .find(|&k| {
                    self.verbal_head(k).is_some()
                        || (self.word(k).len() > 4
                            && self.word(k).ends_with("ed")
                            && self.group_at(k).is_none())
                })
                .unwrap_or(at);
            let spoken = (0..at).any(|k| self.is_speech(k));
            let crowd = !spoken
                && (0..first_verb.min(8)).any(|k| {
                    matches!(
                        self.word(k),
                        "demonstrators"
                            | "protesters"
                            | "protestors"
                            | "marchers"
                            | "crowds"
                            | "crowd"
                            | "thousands"
                            | "hundreds"
                    )
                });
            if crowd {
                c.code = demonstration_for(&c.code).to_owned();
            }
        }
    }

    /// "refused union demands to withdraw the reform", "rejected opposition demands that he
    /// step down", "rebuffed appeals from rights groups to guarantee ...": the act demanded
    /// (coded as a demand or appeal through the noun "demands" or "appeals") is what the
    /// rejection rejects; the rejection takes the parallel code (1232, 1231) and the demand
    /// is not told twice.
    fn rejected_demands(&self, out: &mut Vec<Coding>) {
        let mut drop = Vec::new();
        for d in 0..out.len() {
            let Some(dc) = out.get(d) else { continue };
            if !matches!(dc.code.get(..2), Some("02" | "10")) {
                continue;
            }
            let Some(start) = self.token_at(dc.verb_range.start) else {
                continue;
            };
            let rejection = out.iter().position(|r| {
                if !r.code.starts_with("12") || r.negated || r.verb_range.end > dc.verb_range.start
                {
                    return false;
                }
                let end = self.tokens.partition_point(|t| t.start < r.verb_range.end);
                end <= start
                    && start - end <= 8
                    && (end..=start).any(|t| {
                        matches!(
                            self.word(t),
                            "demands"
                                | "demand"
                                | "calls"
                                | "call"
                                | "appeals"
                                | "appeal"
                                | "requests"
                                | "request"
                                | "pleas"
                                | "plea"
                        )
                    })
                    && (end..start).all(|t| {
                        !matches!(self.word(t), "," | ";" | "." | ":" | "and" | "but")
                            && self.verbal_head(t).is_none()
                    })
            });
            if let Some(r) = rejection {
                let refined = rejection_of(&dc.code);
                let demander = dc.source.clone().zip(dc.source_range);
                if let Some(rc) = out.get_mut(r) {
                    if let Some(code) = refined
                        && rc.code == "120"
                    {
                        rc.code = code.to_owned();
                    }
                    // ("rejected opposition demands": the opposition is rejected.)
                    if rc.target.is_none()
                        && let Some((a, range)) = demander
                        && Some(a.code.as_str()) != actor_code(&rc.source)
                    {
                        rc.target = Some(a);
                        rc.target_range = Some(range);
                    }
                }
                drop.push(d);
            }
        }
        for d in drop.into_iter().rev() {
            out.remove(d);
        }
    }

    /// "Syria denied that its forces had shelled a Turkish village", "Pakistan denied
    /// sheltering the militants": a hostile act denied is coded as denied (negated) and the
    /// denial as what the denier did, deny responsibility (016), on the act's target. The
    /// denier is the subject of the verb of denial; a denial the lexicon already codes ("denied
    /// the accusations") is not told twice.
    fn denials(&self, out: &mut Vec<Coding>) {
        let mut found = Vec::new();
        for c in out.iter().filter(|c| c.negated) {
            let hostile = (11..=20).contains(&root_number(&c.code));
            let Some(head) = self.token_at(c.verb_range.start) else {
                continue;
            };
            if !hostile {
                continue;
            }
            let Some(d) = (head.saturating_sub(DENIAL_REACH)..head)
                .rev()
                .take_while(|&k| !matches!(self.word(k), ";" | "." | ":"))
                .find(|&k| DENIALS.contains(&self.word(k)))
            else {
                continue;
            };
            // ("licences denied under the embargo", "was denied entry": refused, not a
            // denial; "denied ... because it refused to sign": the act is refused, not denied.)
            let passive = matches!(
                self.word(d.wrapping_sub(1)),
                "was" | "were" | "been" | "be" | "being" | "is" | "are"
            ) || (d > 0
                && self.group_at(d - 1).is_none()
                && self.word(d - 1).bytes().all(|b| b.is_ascii_lowercase())
                && self.word(d - 1).ends_with('s')
                && !self.word(d - 1).ends_with("ss")
                && self.word(d - 1) != "has");
            if passive || (d + 1..head).any(|k| NEGATORS.contains(&self.word(k))) {
                continue;
            }
            let Some(&verb_range) = self.tokens.get(d) else {
                continue;
            };
            // ("did not deny", "has never denied", "would neither confirm nor deny",
            // "declined to confirm or deny": no denial.)
            let withheld = (d.saturating_sub(4)..d).any(|k| {
                NEGATORS.contains(&self.word(k))
                    || matches!(self.word(k), "confirm" | "declined" | "neither" | "nor")
            });
            // ("Nobody has denied that Israeli jets struck the convoy": no one denies; "the
            // former star has denied murder": an unnamed denier.)
            let nobody = (d.saturating_sub(3)..d).any(|k| {
                matches!(self.word(k), "nobody" | "none" | "statement" | "report")
                    || (self.word(k) == "one" && self.word(k.wrapping_sub(1)) == "no")
            });
            if withheld || nobody {
                continue;
            }
            for denier in self.members(self.subject_of(d)) {
                let (source, source_range) = match denier {
                    Some(m) => (Some(m.actor.clone()), Some(m.range)),
                    None => (None, None),
                };
                let (target, target_range) = if actor_code(&c.target) == actor_code(&source) {
                    (None, None)
                } else {
                    (c.target.clone(), c.target_range)
                };
                found.push(Coding {
                    code: "016".to_owned(),
                    source,
                    target,
                    verb_range,
                    source_range,
                    target_range,
                    negated: false,
                    hypothetical: c.hypothetical,
                    lexicon_version: c.lexicon_version.clone(),
                });
            }
        }
        for coding in found {
            let told = out.iter().any(|c| {
                c.code.starts_with("01")
                    && c.verb_range.start <= coding.verb_range.start
                    && coding.verb_range.end <= c.verb_range.end
                    || (c.code == coding.code
                        && c.verb_range == coding.verb_range
                        && actor_code(&c.source) == actor_code(&coding.source)
                        && actor_code(&c.target) == actor_code(&coding.target))
            });
            if !told {
                out.push(coding);
            }
        }
    }

    /// A warning of a crisis is a pessimistic comment (012), but one of a crisis "if" or
    /// "unless" someone acts is a threat (130): "Iran warned of a crisis in the Gulf if the
    /// United States attacks".
    fn conditional_warnings(&self, out: &mut [Coding]) {
        for c in out.iter_mut().filter(|c| c.code == "012") {
            let Some(head) = self.token_at(c.verb_range.start) else {
                continue;
            };
            // (Only the warning of a crisis: "warned that if ..." was a comment before.)
            if !self.word(head).starts_with("warn") || self.word(head + 1) != "of" {
                continue;
            }
            let after = self.tokens.partition_point(|t| t.start < c.verb_range.end);
            let conditional = self.words[after.min(self.words.len())..]
                .iter()
                .take_while(|w| !matches!(w.as_str(), "." | ";" | ":"))
                .any(|w| matches!(w.as_str(), "if" | "unless"));
            if conditional {
                c.code = "130".to_owned();
            }
        }
    }

    /// "The Chinese envoy called on the Burmese president in Rangoon": a call on someone that
    /// asks nothing (no "to" or "for" after it in the clause) is a visit (042), not an appeal.
    fn courtesy_calls(&self, out: &mut [Coding]) {
        for c in out
            .iter_mut()
            .filter(|c| c.code == "020" && c.target.is_some())
        {
            let Some(head) = self.token_at(c.verb_range.start) else {
                continue;
            };
            if !self.word(head).starts_with("call") || !matches!(self.word(head + 1), "on" | "upon")
            {
                continue;
            }
            let asks = (head + 2..self.words.len())
                .take_while(|&k| !matches!(self.word(k), "," | ";" | "." | ":"))
                .any(|k| matches!(self.word(k), "to" | "for" | "that"));
            if !asks {
                "042".clone_into(&mut c.code);
            }
        }
    }

    /// Whether coding `c`'s words are its one token at `head` ("withdrew", "struck").
    fn one_token(&self, c: &Coding, head: usize) -> bool {
        self.tokens
            .get(head)
            .is_some_and(|t| t.end >= c.verb_range.end)
    }

    /// "1,700 workers struck": workers, teachers, doctors or farmers who strike with no
    /// object are on strike (143), not attacking ("struck police officers" is an assault).
    fn labour_strikes(&self, out: &mut [Coding]) {
        for c in out.iter_mut().filter(|c| c.code.starts_with("19")) {
            let Some(head) = self.token_at(c.verb_range.start) else {
                continue;
            };
            let bare = self.one_token(c, head);
            let labour = c
                .source
                .as_ref()
                .is_some_and(|s| matches!(s.code.get(3..), Some("LAB" | "EDU" | "HLH" | "AGR")));
            // ("farmers struck police officers with sticks": one struck is an assault.)
            let object = c.target.is_some()
                || self.group_at(head + 1).is_some()
                || DETERMINERS.contains(&self.word(head + 1));
            if bare
                && labour
                && !object
                && matches!(self.word(head), "struck" | "strike" | "strikes")
            {
                "143".clone_into(&mut c.code);
                c.target = None;
                c.target_range = None;
            }
        }
    }

    /// "Mr Valentine, who grew up in Argentina, agreed.", "she agreed.": "agreed" that ends
    /// its sentence, said of one person of no known side, agrees with what was said (019); it
    /// promises nothing ("The two sides agreed." stays an agreement).
    fn bare_agreements(&self, out: &mut [Coding]) {
        for c in out
            .iter_mut()
            .filter(|c| c.code == "030" && c.target.is_none())
        {
            let Some(head) = self.token_at(c.verb_range.start) else {
                continue;
            };
            let person = match &c.source {
                Some(s) => s.code == "---",
                None => matches!(self.word(head.wrapping_sub(1)), "he" | "she"),
            };
            if person
                && self.one_token(c, head)
                && matches!(self.word(head), "agreed" | "agrees")
                && matches!(self.word(head + 1), "." | "")
            {
                "019".clone_into(&mut c.code);
            }
        }
    }

    /// "France today protested over Canada's decision", "the EU protested": a state, its
    /// government or an international body that protests complains officially (114), as the
    /// CAMEO codebook has it; it does not take to the streets (140).
    fn official_protests(&self, out: &mut [Coding]) {
        for c in out.iter_mut().filter(|c| c.code == "140") {
            let Some(head) = self.token_at(c.verb_range.start) else {
                continue;
            };
            let Some(range) = c.source_range else {
                continue;
            };
            // The source's first and last words, and the word after it.
            let start = self.tokens.partition_point(|t| t.start < range.start);
            let after = self.tokens.partition_point(|t| t.start < range.end);
            // (Not a people: "Iranians protested", "thousands of Britons".)
            let last_word = self.word(after.wrapping_sub(1));
            // ("Cuban exiles protesting", "the Palestinian public", "Syria's Kurds": a people
            // named by its adjective, or a group of a country; "thousands of Chinese": a
            // crowd.)
            let next = self.word(after);
            let noun_after = next == "'s"
                || (next.bytes().all(|b| b.is_ascii_lowercase())
                    && !next.is_empty()
                    && after != head
                    && !next.ends_with("ly")
                    && !matches!(
                        next,
                        "has"
                            | "have"
                            | "had"
                            | "was"
                            | "is"
                            | "also"
                            | "today"
                            | "yesterday"
                            | "again"
                            | "then"
                            | "later"
                            | "earlier"
                            | "on"
                            | "in"
                            | "at"
                    ));
            let crowd =
                (start.saturating_sub(3)..start).any(|k| QUANTITIES.contains(&self.word(k)));
            let people = c.source.as_ref().is_some_and(|s| {
                (last_word.ends_with('s') && !s.name.ends_with('s')) || last_word.ends_with("ese")
            }) || noun_after
                || crowd;
            let official = !people
                && c.source.as_ref().is_some_and(|s| {
                    (s.code.len() == 3 && s.code.bytes().all(|b| b.is_ascii_uppercase()))
                        || s.code.ends_with("GOV")
                        || s.code.starts_with("IGO")
                });
            if official
                && self.one_token(c, head)
                && matches!(self.word(head), "protested" | "protesting")
            {
                "114".clone_into(&mut c.code);
            }
        }
    }

    /// "The company said it agreed to sell the restaurant", "Mr X resigned as president of its
    /// subsidiary": in a sentence about companies (a company word: "Inc", "Corp", "company",
    /// "stake", "subsidiary", "merger" ...), a statement, appeal, agreement or other
    /// act of roots 01-13 that names no actor at all is commerce, not a political event.
    /// Force and coercion (14-20) stay, as do acts with an actor.
    fn drop_commerce(&self, out: &mut Vec<Coding>) {
        // ("Shares in Southwest fell": the noun, not the verb of "Mexico shares a border".)
        let shares = self
            .words
            .iter()
            .enumerate()
            .any(|(k, w)| w == "shares" && !DETERMINERS.contains(&self.word(k + 1)));
        let commerce = shares
            || self.words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "inc"
                        | "corp"
                        | "ltd"
                        | "plc"
                        | "company"
                        | "companies"
                        | "firms"
                        | "stake"
                        | "subsidiary"
                        | "shareholders"
                        | "stockholders"
                        | "dividend"
                        | "merger"
                        | "acquisition"
                        | "maker"
                        | "makers"
                        | "manufacturer"
                        | "manufacturers"
                        | "carmaker"
                        | "automaker"
                        | "operator"
                        | "lender"
                        | "insurer"
                        | "retailer"
                        | "conglomerate"
                )
            });
        // "German engineering company Kessler agreed to buy a U.S. pump maker": in such a
        // sentence a business named by its country is a company too, and counts as no actor.
        let business = |a: &Option<ActorRef>| a.as_ref().is_some_and(|a| a.code.ends_with("BUS"));
        if commerce {
            out.retain(|c| {
                (c.source.is_some() && !business(&c.source))
                    || (c.target.is_some() && !business(&c.target))
                    || c.code.as_str() >= "14"
            });
        }
    }

    /// A bare "withdrew" is a military retreat (0874) only in a sentence of armed forces ("the
    /// rebels withdrew", "Israeli forces withdrew overnight") or from a country or place
    /// ("Russia withdrew from Georgia"); "withdrew the posters", "withdrew the whip from the MP"
    /// and "could withdraw from the European Union" are no retreat.
    fn drop_civil_withdrawals(&self, out: &mut Vec<Coding>) {
        let armed = self.mentions.iter().any(is_armed)
            || self.words.iter().any(|w| TROOP_WORDS.contains(&w.as_str()));
        if armed {
            return;
        }
        out.retain(|c| {
            if c.code != "0874" {
                return true;
            }
            let Some(head) = self.token_at(c.verb_range.start) else {
                return true;
            };
            let bare = self.word(head).starts_with("withdr") && self.one_token(c, head);
            let from_place = self.word(head + 1) == "from"
                && c.target
                    .as_ref()
                    .is_some_and(|t| t.country.as_deref() == Some(t.code.as_str()));
            !bare || from_place
        });
    }

    /// Killing one who holds office, named by a noun of office right after the verb, is
    /// assassination (186): "gunmen shot dead the governor of Paktia province", "killed a
    /// provincial governor", "murdered the mayor of Tijuana". Fire on a government figure in a
    /// sentence that says someone "escaped unhurt" is an attempt (185): "gunmen fired on the
    /// motorcade of President X, who escaped unhurt". (Soldiers, police and civilians killed
    /// stay 18x/19x.)
    fn assassinations(&self, out: &mut [Coding]) {
        let survived = self.words.iter().enumerate().any(|(k, w)| {
            matches!(w.as_str(), "escaped" | "escapes" | "was" | "were")
                && matches!(
                    self.word(k + 1),
                    "unhurt" | "unharmed" | "unscathed" | "uninjured"
                )
        });
        for c in out.iter_mut() {
            if !matches!(c.code.as_str(), "190" | "193" | "180" | "182" | "1823") {
                continue;
            }
            let Some(head) = self.token_at(c.verb_range.start) else {
                continue;
            };
            let fired = matches!(
                self.word(head),
                "fired" | "opened" | "attacked" | "ambushed"
            );
            // (The one unhurt is the government figure fired on: "hundreds of inmates escaped
            // the prison" or "one soldier survived the ambush" is no attempt on a life.)
            let official = c.target.as_ref().is_some_and(|t| t.code.ends_with("GOV"));
            if survived && fired && official {
                c.code = "185".to_owned();
                continue;
            }
            let killed = matches!(
                self.word(head),
                "killed" | "shot" | "gunned" | "murdered" | "slain" | "slew"
            );
            // ("shot down the president's plane": the aircraft; "shot and wounded the mayor":
            // no killing.)
            let shot_dead = self.word(head) != "shot"
                || self.word(head + 1) == "dead"
                || (self.word(head + 1) == "and" && self.word(head + 2).starts_with("kill"));
            if !killed || !shot_dead {
                continue;
            }
            // The victim: the first noun after the verb's words, past "dead"/"down", a
            // determiner and up to two modifiers.
            let end = self
                .token_at(c.verb_range.end.saturating_sub(1))
                .or_else(|| self.tokens.iter().position(|t| t.end == c.verb_range.end))
                .unwrap_or(head);
            let mut k = end.max(head) + 1;
            if matches!(self.word(k), "dead" | "down" | "to") {
                k += 1;
                if self.word(k) == "death" {
                    k += 1;
                }
            }
            // ("the prime minister's bodyguard": the holder is not the one killed.)
            let victim = (k..k + 4)
                .find(|&j| OFFICES.contains(&self.word(j)))
                .filter(|&v| !matches!(self.word(v + 1), "'s" | "'"));
            let plural_or_break = victim.is_some_and(|v| {
                (k..v).any(|j| matches!(self.word(j), "," | "and" | "of" | "two" | "three"))
            });
            if victim.is_some() && !plural_or_break {
                c.code = "186".to_owned();
            }
        }
    }

    /// Shooting and killing by police or criminals is assault, not fighting (CAMEO's 18
    /// against 19): "a teenager shot dead by police", "the gang killed a shopkeeper". When the
    /// source is police or a criminal group and the act's word is one of shooting or killing,
    /// `190` and `193` become `1823` (kill by physical assault) in a sentence of death and `182`
    /// (physical assault) otherwise; a fight or a clash keeps its code. A crowd's force (by
    /// civilians, the opposition, students, workers or believers) against police or the state
    /// is a riot (145).
    ///
    /// With no war in the sentence (no armed force or group, nor two states, named; none of
    /// `WAR_WORDS`), the codebook's line is followed further: among words of a protest
    /// (`RIOT_WORDS`), a crowd's clashes (or clashes with no side named) are a riot (145) and
    /// police's force is repression (175); criminals' force is assault (180); and a shooting
    /// with no side named, of no one or of people (not a named official or armed man), is 182
    /// or 1823 as above.
    /// PETRARCH's dictionaries code such acts 19; CAMEO's 19 is conventional military force,
    /// "typically by organized armed groups", its 18 violence that needs no military
    /// organisation.
    fn civil_violence(&self, out: &mut [Coding]) {
        if !out.iter().any(|c| matches!(c.code.as_str(), "190" | "193")) {
            return;
        }
        let death = self.words.iter().any(|w| DEATH_WORDS.contains(&w.as_str()));
        // (Two states named as such put it between states: "Laos closed its border with
        // Thailand after the shooting"; not one, the place of a crime: "Greece rocked by
        // more clashes over the shooting".)
        let mut states = self
            .mentions
            .iter()
            .filter(|m| m.kind == ActorKind::Country && m.role.is_none())
            .map(|m| m.actor.code.as_str());
        let first_state = states.next();
        let at_war = self.words.iter().any(|w| WAR_WORDS.contains(&w.as_str()))
            || states.any(|c| Some(c) != first_state)
            || self.mentions.iter().any(|m| {
                (m.kind == ActorKind::ArmedGroup && !has_role(m, &["CRM"]))
                    || has_role(m, &["MIL", "REB", "INS", "SEP", "SPY"])
            });
        // (Not "riot police" or "riot gear", who are there in any clash.)
        let rioting = self.words.iter().enumerate().any(|(k, w)| {
            RIOT_WORDS.contains(&w.as_str())
                && !(w == "riot"
                    && matches!(
                        self.word(k + 1),
                        "police"
                            | "policemen"
                            | "officers"
                            | "squad"
                            | "squads"
                            | "gear"
                            | "control"
                    ))
        });
        for c in out.iter_mut() {
            if !matches!(c.code.as_str(), "190" | "193") {
                continue;
            }
            let police = c.source.as_ref().is_some_and(|a| {
                let role = a.code.get(3..).unwrap_or("");
                role.starts_with("COP") || role.starts_with("CRM")
            });
            let head = self
                .token_at(c.verb_range.start)
                .map_or("", |k| self.word(k));
            let shooting = matches!(
                head,
                "shot"
                    | "shoot"
                    | "shoots"
                    | "shooting"
                    | "killed"
                    | "kill"
                    | "kills"
                    | "killing"
                    | "slain"
                    | "gunned"
                    | "murdered"
            );
            if police && shooting {
                let code = if death { "1823" } else { "182" };
                code.clone_into(&mut c.code);
                continue;
            }
            // "Youths in Athens attacked a police station", "villagers attacked a police
            // post": a crowd's violence against police or the state is a riot (145).
            let role = |a: &Option<ActorRef>, roles: &[&str]| {
                a.as_ref().is_some_and(|a| {
                    let r = a.code.get(3..).unwrap_or("");
                    roles.iter().any(|x| r.starts_with(x))
                })
            };
            if c.code == "190"
                && role(&c.source, &["CVL", "OPP", "EDU", "LAB", "REL"])
                && role(&c.target, &["COP", "GOV", "LEG", "JUD"])
            {
                "145".clone_into(&mut c.code);
                continue;
            }
            if at_war {
                continue;
            }
            // "Clashes with police broke out after the demonstrations", "the rioting youths
            // fought running battles": force with no side, or a crowd's, among the words of a
            // protest is a riot (145).
            // (Not a killing or shooting the protests were about: "a vigil for a teen killed
            // by police turned into a riot".)
            // (With no side named, only words of a crowd's fighting: "clashes broke out", not
            // "a man attacked a woman during the protest".)
            let brawl = [
                "clash", "battl", "fight", "fought", "scuffl", "skirmish", "riot",
            ]
            .iter()
            .any(|w| head.starts_with(w));
            let crowd =
                (c.source.is_none() && brawl) || role(&c.source, &["CVL", "OPP", "EDU", "LAB"]);
            let killing = ["kill", "shoot", "shot", "slain", "murder", "gunned"]
                .iter()
                .any(|w| head.starts_with(w));
            // "Riot police fought running battles with stone-throwing youths during the
            // protest": police fighting in a riot repress it (175).
            if rioting && !killing && role(&c.source, &["COP"]) && !role(&c.target, ARMED_ROLES) {
                "175".clone_into(&mut c.code);
                continue;
            }
            if rioting && crowd && !killing && (c.target.is_none() || !role(&c.target, ARMED_ROLES))
            {
                "145".clone_into(&mut c.code);
                continue;
            }
            // "Pirates attacked a tanker": criminals' force of any kind is assault (180).
            if role(&c.source, &["CRM"]) {
                "180".clone_into(&mut c.code);
                continue;
            }
            // "The gunman shot the receptionist", "a man was shot outside his home": a
            // shooting with no side named, of no one or of people, is assault too. (Not of
            // one who holds office or bears arms: "a gunman shot Prime Minister X", "shot a
            // police officer".)
            let lone = c.target.is_none()
                || role(&c.target, &["CVL"])
                || (c.target_range.is_some_and(|r| {
                    self.mentions
                        .iter()
                        .any(|m| m.range == r && m.kind == ActorKind::Person)
                }) && !role(&c.target, &["GOV", "LEG", "JUD", "PTY", "MIL", "COP"]));
            if c.code == "193" && c.source.is_none() && lone {
                let code = if death { "1823" } else { "182" };
                code.clone_into(&mut c.code);
                continue;
            }
            // "A man attacked a woman during the protest", "two tourists were beaten": an
            // attack by no side named on a person is physical assault (182), not war.
            let blow = ["attack", "assault", "beat", "stab", "punch", "kick"]
                .iter()
                .any(|w| head.starts_with(w));
            if c.code == "190" && c.source.is_none() && c.target.is_none() && blow {
                let k = self.token_at(c.verb_range.start).unwrap_or(0);
                let person = |w: &str| figurative::PEOPLE.contains(&w);
                let object = (k + 1..(k + 4).min(self.words.len()))
                    .take_while(|&j| {
                        let w = self.word(j);
                        person(w) || matches!(w, "a" | "an" | "the" | "two" | "three" | "young")
                    })
                    .any(|j| person(self.word(j)));
                let patient = BE.contains(&self.word(k.wrapping_sub(1)))
                    && (k.saturating_sub(4)..k).any(|j| person(self.word(j)));
                if object || patient {
                    "182".clone_into(&mut c.code);
                }
            }
        }
    }

    /// "Syria charged Israel with violating the truce": a state or government that charges
    /// another with something accuses it (112); a legal charge (173) is brought by courts,
    /// prosecutors and police, or against people.
    fn charges_between_states(&self, out: &mut [Coding]) {
        // The source a state, its government or its forces.
        let state = |a: &Option<ActorRef>| {
            a.as_ref().is_some_and(|a| {
                let role = a.code.get(3..).unwrap_or("");
                a.country.as_deref() == Some(a.code.as_str())
                    || role.starts_with("GOV")
                    || role.starts_with("MIL")
            })
        };
        for c in out.iter_mut() {
            let head = self
                .token_at(c.verb_range.start)
                .map_or("", |k| self.word(k));
            // The target a government ("the Georgian government") or a country by its name
            // ("Israel"), not people of it ("two Somali men", "Israeli soldiers").
            let target_state = c.target.as_ref().is_some_and(|a| {
                a.code.get(3..).is_some_and(|r| r.starts_with("GOV"))
                    || (a.country.as_deref() == Some(a.code.as_str())
                        && c.target_range.is_some_and(|r| {
                            self.mentions
                                .iter()
                                .find(|m| m.range == r)
                                .is_some_and(|m| self.actors.place_country(&m.matched).is_some())
                        }))
            });
            if c.code == "173" && head.starts_with("charg") && state(&c.source) && target_state {
                "112".clone_into(&mut c.code);
            }
        }
    }

    /// A sports report's contests are no violence: "a wave of attacks saw the centre dragged
    /// down", "the fight in Bern", "a 20-yard shot", "the striker's clash with the keeper". In a
    /// sentence with a word only the play itself uses (not "tournament" or "rugby", which
    /// riots after a match share), the verbs of play coded as force (19) are dropped
    /// (not a killing or a riot, "a fan was killed before the semi-final", nor an armed
    /// group's attack: "militants attacked fans watching a football match").
    /// In a sentence that names a competition or its play, a coding whose every side is a
    /// player (a team or athlete by country, a person of no office) codes nothing: "Lopez
    /// rallied to beat Argentina's Ruiz", "a call-up to the Kenyan squad" (see `sport.rs`).
    fn drop_sport(&self, out: &mut Vec<Coding>) {
        if out.is_empty() {
            return;
        }
        // (The sentence test only when some coding is between players: it reads every word.)
        if out.iter().any(sport::between_players) && sport::is_report(&self.words) {
            out.retain(|c| !sport::between_players(c));
        }
        if !self.words.iter().any(|w| sport::PLAY.contains(&w.as_str())) {
            return;
        }
        out.retain(|c| {
            let head = self
                .token_at(c.verb_range.start)
                .map_or("", |k| self.word(k));
            // (A team named as its country plays: "England beat France"; an armed group or a
            // state's forces do not.)
            let player = c
                .source
                .as_ref()
                .is_none_or(|a| a.country.as_deref() == Some(a.code.as_str()));
            !(c.root() == "19" && SPORT_PLAY.contains(&head) && player)
        });
    }

    /// Force told with a word news also uses for other things ("a box-office hit", "a court
    /// battle", "Labour attacked the plans") stands only when the sentence anchors it in
    /// violence; otherwise it is criticism (111) or no event (see `figurative`).
    fn drop_figurative(&self, out: &mut Vec<Coding>) {
        let armed = self.mentions.iter().any(is_armed);
        out.retain_mut(|c| {
            if !is_violent(&c.code) {
                return true;
            }
            let Some(head) = self.token_at(c.verb_range.start) else {
                return true;
            };
            let Some(family) = figurative::family(self.word(head)) else {
                return true;
            };
            // A row of several words says which sense it means ("attack ... with ... sticks",
            // "came under attack"): only a bare word of violence is weighed.
            if self
                .tokens
                .get(head)
                .is_some_and(|t| t.end < c.verb_range.end)
            {
                return true;
            }
            let end = (head..self.tokens.len())
                .find(|&k| {
                    self.tokens
                        .get(k)
                        .is_some_and(|t| t.start >= c.verb_range.end)
                })
                .unwrap_or(self.tokens.len());
            let source_armed = c
                .source_range
                .and_then(|r| self.mentions.iter().find(|m| m.range == r).map(is_armed));
            let state = |a: &ActorRef| a.country.as_deref() == Some(a.code.as_str());
            let states = c.source.as_ref().is_some_and(state)
                && c.target.as_ref().is_some_and(|t| {
                    state(t) && t.country != c.source.as_ref().and_then(|s| s.country.clone())
                });
            // ("attacked Gaza, saying", "the group that attacked Israel"; not "attacked
            // British imperialists": the country's or a capital's name, not an adjective.)
            // ("attacked US tabloid magazines": a name that modifies a noun is no place.)
            let place_target = c.target.as_ref().is_some_and(state)
                && c.target_range.is_some_and(|r| {
                    let next = self
                        .token_at(r.end)
                        .or_else(|| self.token_at(r.end + 1))
                        .map_or("", |k| self.word(k));
                    let modifies = next.chars().next().is_some_and(char::is_lowercase)
                        && !AFTER_PLACE.contains(&next);
                    !modifies
                        && self
                            .mentions
                            .iter()
                            .find(|m| m.range == r)
                            .is_some_and(|m| self.actors.place_country(&m.matched).is_some())
                });
            // ("Israel hit Gaza": the place right after the verb is what it struck, not
            // where a hit was had: "the biggest box-office hit in France".)
            // ("Putin attacked Kharkiv": a town by its name right after the verb, of 20,000
            // people or more, is struck, as a country is.)
            let object_place = (place_target
                && c.target_range
                    .and_then(|r| self.token_at(r.start))
                    .is_some_and(|k| k == head + 1))
                || (end == head + 1
                    && self.names.get(head + 1).copied().unwrap_or(false)
                    && self.group_at(head + 1).is_none()
                    // (A state's or its forces' act: not "the coach attacked Barcelona"; and no
                    // capital, a government's name: "attacked Brussels over the rules".)
                    && c.source.as_ref().is_some_and(|a| a.country.is_some())
                    && self.actors.place_country(self.word(head + 1)).is_none()
                    && town_country(self.word(head + 1)).is_some());
            let source_before = c.source_range.is_some_and(|r| {
                head.checked_sub(1)
                    .and_then(|k| self.tokens.get(k))
                    .is_some_and(|t| t.end == r.end)
            });
            let scene = figurative::Scene {
                words: &self.words,
                names: &self.names,
                place_target,
                object_place,
                source_before,
                act: (head, end),
                armed,
                states,
                state_source: c.source.as_ref().is_some_and(state),
                // Criticism is an official's, a party's, a firm's or a state's: a crowd's or a
                // person's attack is weighed as force ("villagers attacked health workers").
                unarmed_source: c.source.is_some()
                    && source_armed == Some(false)
                    && c.source.as_ref().is_some_and(|a| {
                        a.code.starts_with("IGO")
                            || a.country.as_deref() == Some(a.code.as_str())
                            || [
                                "GOV", "LEG", "JUD", "PTY", "OPP", "BUS", "MED", "LAB", "NGO",
                            ]
                            .iter()
                            .any(|r| a.code.get(3..).is_some_and(|x| x.starts_with(r)))
                    }),
                noun: DETERMINERS
                    .iter()
                    .any(|d| *d != "that" && *d == self.word(head.wrapping_sub(1))),
                placed: !self.places.is_empty()
                    || self.mentions.iter().any(|m| {
                        self.token_at(m.range.start)
                            .is_some_and(|k| self.word(k.wrapping_sub(1)) == "in")
                            && self.actors.place_country(&m.matched).is_some()
                    }),
            };
            match figurative::read(family, &scene) {
                figurative::Reading::Force => true,
                figurative::Reading::Criticism => {
                    "111".clone_into(&mut c.code);
                    true
                }
                figurative::Reading::Figurative => false,
            }
        });
    }

    /// The one country the sentence places its events "in", by its name (or also by its
    /// capitals and towns, with `capitals`), with the words that name it: none when it names
    /// two or none. With `roles`, a role placed by its own mention counts ("rioters in Kenya");
    /// without, not ("officials in Moscow said" place a speaker, not what an act struck).
    fn located(&self, capitals: bool, roles: bool) -> Option<Located> {
        let mut found: Vec<(ActorRef, TextRange)> = self
            .mentions
            .iter()
            .filter_map(|m| {
                m.actor.country.as_deref()?;
                // "rioters in Kenya": a role placed by its own mention (with `roles`; not for
                // what the act struck: "officials in Kabul said" place the speaker).
                if m.role.is_some() && m.matched.contains(" in ") {
                    return roles.then(|| (m.actor.clone(), m.range));
                }
                // "sources in Islamabad said": a capital that speaks is a speaker too.
                if m.metonymic && !roles {
                    return None;
                }
                if m.kind != ActorKind::Country && !m.metonymic {
                    return None;
                }
                let t = self.tokens.iter().position(|r| r.start == m.range.start)?;
                // "in Israeli jails" is in Israel, "in Israeli tank shelling" nowhere: an
                // adjective places only before a noun of place.
                if m.kind == ActorKind::Country && self.actors.place_country(&m.matched).is_none() {
                    let next = self
                        .tokens
                        .iter()
                        .position(|r| r.start >= m.range.end)
                        .map_or("", |k| self.word(k));
                    if !PLACE_NOUNS.contains(&next) {
                        return None;
                    }
                }
                let before = self.word(t.wrapping_sub(1));
                // ("in the Iran arms scandal" places nothing.)
                if before == "the"
                    && let Some(k) = self.tokens.iter().position(|r| r.start >= m.range.end)
                    && names_thing(m, self.word(k), self.names.get(k).copied().unwrap_or(false))
                {
                    return None;
                }
                // "in northern Iraq", "in the Gaza Strip".
                let located = before == "in"
                    || (PLACE_PARTS.contains(&before) && self.word(t.wrapping_sub(2)) == "in");
                // "in the east of the Gaza Strip", "in the north of Iraq".
                let of = if before == "the" {
                    t.wrapping_sub(2)
                } else {
                    t.wrapping_sub(1)
                };
                let part = self.word(of) == "of"
                    && matches!(
                        self.word(of.wrapping_sub(1)),
                        "north"
                            | "south"
                            | "east"
                            | "west"
                            | "northeast"
                            | "northwest"
                            | "southeast"
                            | "southwest"
                            | "centre"
                            | "center"
                    )
                    && self.word(of.wrapping_sub(2)) == "the"
                    && self.word(of.wrapping_sub(3)) == "in";
                (located || part).then(|| (m.actor.clone(), m.range))
            })
            .collect();
        if capitals {
            found.extend(self.places.iter().map(|p| (p.actor.clone(), p.range)));
            found.sort_by_key(|(_, r)| r.start);
        }
        let (first, _) = found.first()?;
        let country = first.country.as_deref()?;
        if !found
            .iter()
            .all(|(a, _)| a.country.as_deref() == Some(country))
        {
            return None;
        }
        // The country itself, not the role that named it ("rioters in Kenya" places in KEN).
        let ranges = found.iter().map(|(_, r)| *r).collect();
        Some((self.actors.country(country)?, ranges))
    }

    /// Whether a meeting, visit or talks (04x, 046) are still to come by their own words: "the
    /// next meeting of the Paris Club", "an upcoming visit", "a meeting has been arranged for
    /// April 21", "a summit to be held in May", "when they meet next in April" (not "met
    /// last week ahead of next month's summit": the words must be the act's own).
    /// Whether act `link` is the goal of something else: "talks aimed at ending the war",
    /// "an offensive aimed at retaking the town", "a meeting intended to end the fighting", "sent
    /// envoys in a bid to broker a truce", "with a view to reaching a deal". The goal is not
    /// done, and the cue ("aimed", "intended") is not an intent of the sentence's subject:
    /// "Iran intends to resume talks" and "Turkey aims to mediate" are, as is "in order to" (a
    /// subject's own purpose, left to the modals).
    fn purpose_before(&self, link: &Link) -> bool {
        let start = link
            .m
            .words
            .iter()
            .copied()
            .min()
            .unwrap_or(link.m.head)
            .min(link.m.head);
        let word = |k: usize| self.word(k);
        // Over a determiner before a noun act ("aimed at a prisoner exchange").
        let mut k = start.wrapping_sub(1);
        if link.noun && matches!(word(k), "a" | "an" | "the") {
            k = k.wrapping_sub(1);
        }
        // Over "help" and its object to the goal it serves: "intended to help its army fight".
        if let Some(j) = (0..6)
            .map(|n| k.wrapping_sub(n))
            .find(|&j| matches!(word(j), "help" | "helping" | "enable" | "enabling"))
            && (j + 1..=k).all(|i| {
                let w = word(i);
                // (Within the goal's clause: not "aimed at helping people displaced when
                // Russian forces shelled Kharkiv".)
                !w.is_empty()
                    && w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'\'')
                    && !SUBORDINATORS.contains(&w)
                    && !matches!(w, "who" | "which" | "that" | "where")
                    && self.verbal_head(i).is_none()
            })
        {
            k = j.wrapping_sub(1);
        }
        // ("with a view to securing the release of the hostages": the goal's verb of getting.)
        if link.noun
            && matches!(
                word(k),
                "securing" | "achieving" | "reaching" | "winning" | "obtaining" | "brokering"
            )
        {
            k = k.wrapping_sub(1);
        }
        let before = |n: usize| word(k.wrapping_sub(n));
        match word(k) {
            "at" | "towards" | "toward" => {
                matches!(before(1), "aimed" | "aiming" | "geared" | "directed")
            }
            "to" => {
                let cue = before(1);
                // "a meeting intended to end", "a plan aimed to": the participle right after a
                // noun, not after its actor or a form of "be" with one ("Iran intended to").
                let after_noun = |c: usize| {
                    let prev = k.wrapping_sub(c + 1);
                    let w = word(prev);
                    self.group_at(prev).is_none()
                        && !w.is_empty()
                        && w.bytes().all(|b| b.is_ascii_alphabetic())
                        && !BE.contains(&w)
                        && !matches!(
                            w,
                            "has"
                                | "have"
                                | "had"
                                | "also"
                                | "not"
                                | "never"
                                | "who"
                                | "which"
                                | "that"
                                | "it"
                                | "he"
                                | "she"
                                | "they"
                                | "we"
                                | "i"
                                | "you"
                        )
                };
                matches!(cue, "designed" | "meant" | "geared" | "calculated")
                    || (matches!(cue, "intended" | "aimed") && after_noun(1))
                    // "in a bid to", "in an effort to", "in an apparent attempt to", "so as to".
                    || (matches!(cue, "bid" | "effort" | "efforts" | "attempt" | "push" | "drive")
                        && (before(2) == "in"
                            || (matches!(before(2), "a" | "an") && before(3) == "in")
                            || (matches!(before(3), "a" | "an") && before(4) == "in")))
                    || (cue == "view" && before(2) == "a" && before(3) == "with")
            }
            "of" => {
                matches!(
                    before(1),
                    "aim" | "goal" | "intention" | "objective" | "hope"
                ) && before(2) == "the"
                    && matches!(before(3), "with" | "in")
            }
            _ => false,
        }
    }

    fn meeting_to_come(&self, link: &Link) -> bool {
        let code = link.m.code.as_str();
        if !code.starts_with("04") {
            return false;
        }
        let head = link.m.head;
        let word = |k: usize| self.word(k);
        // Before the noun, over its determiners and modifiers: "the next", "an upcoming".
        // (Not across a preposition: "until next year through negotiations".)
        let before = (head.saturating_sub(3)..head).rev().take_while(|&k| {
            let w = word(k);
            !w.is_empty()
                && w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                && !PREPOSITIONS.contains(&w)
        });
        let last = link.m.words.iter().copied().max().unwrap_or(head).max(head);
        let after = |n: usize| word(last + n);
        // A word of time after "next" makes it a time phrase: "The next morning talks began".
        let time_word = |w: &str| {
            matches!(
                w,
                "morning"
                    | "day"
                    | "days"
                    | "week"
                    | "weeks"
                    | "weekend"
                    | "month"
                    | "months"
                    | "year"
                    | "years"
                    | "night"
                    | "evening"
                    | "afternoon"
                    | "time"
            ) || sitrep_text::calendar::is_month_or_weekday(w)
        };
        if link.noun {
            let named_before = before.clone().any(|k| {
                matches!(
                    word(k),
                    "next"
                        | "upcoming"
                        | "forthcoming"
                        | "planned"
                        | "scheduled"
                        | "proposed"
                        | "eventual"
                        | "prospective"
                        | "coming"
                ) && !time_word(word(k + 1))
            });
            // ("the ICCO meeting is due to adjourn" is going on.)
            // ("a meeting set up by the UN", "the meeting set off protests": no time.)
            let set_for = |k: usize| after(k) == "set" && after(k + 1) == "for";
            let told_after = (after(1) == "to" && after(2) == "be" && after(3) == "held")
                || matches!(after(1), "scheduled" | "planned")
                || set_for(1)
                || (after(1) == "due" && matches!(after(2), "in" | "on" | "at" | "next" | "later"))
                || (matches!(after(1), "has" | "have" | "is" | "was")
                    && (after(2) == "been"
                        && (matches!(after(3), "arranged" | "scheduled") || set_for(3))
                        || matches!(after(2), "scheduled" | "planned")
                        || set_for(2)));
            return named_before || told_after;
        }
        // A verb in the present with "next" and a time after it: "when they meet next in
        // April", "when he visits that country next month" (not "are meeting next door").
        let present = !word(head).ends_with("ed")
            && !word(head).ends_with("ing")
            && !is_irregular_past(word(head));
        present
            && (last + 1..(last + 5).min(self.words.len()))
                .take_while(|&k| !matches!(word(k), "," | ";" | "." | ":"))
                .any(|k| {
                    word(k) == "next"
                        && (time_word(word(k + 1)) || matches!(word(k + 1), "in" | "on"))
                })
    }

    /// Whether a word of the mention at `r`, or of the two words before it, passes `test`
    /// (a generic mention leaves out its adjectives: "foreign ministers", "federal
    /// officials").
    fn mention_words_any(&self, r: TextRange, test: impl Fn(&str) -> bool) -> bool {
        let first = self
            .tokens
            .iter()
            .position(|t| t.start >= r.start)
            .unwrap_or(0);
        let from = self
            .tokens
            .get(first.saturating_sub(2))
            .map_or(r.start, |t| t.start);
        self.tokens
            .iter()
            .zip(&self.words)
            .any(|(t, w)| t.start >= from && t.end <= r.end && test(w))
    }

    /// "Opposition groups are demanding reforms in Zimbabwe", "police fired tear gas at
    /// protesters in Monrovia": a generic actor (a role with no country, `---OPP`) in a
    /// sentence that places events "in" exactly one country, by its name or capital, is that
    /// country's (`ZWEOPP`), as event data places unnamed local actors (ACLED's "Protesters
    /// (Zimbabwe)"). An actor named before its role is no place ("Israeli troops killed two
    /// gunmen" names none), two places name none, and roles that travel (refugees, aid
    /// workers, journalists, troops) keep their unknown country, except as the source of a
    /// protest, which is held where its people are.
    fn locate_generic(
        &self,
        out: &mut [Coding],
        by_name: Option<&Located>,
        by_capital: Option<&Located>,
    ) {
        // "Police arrested the boss in a raid, Italian police sources said": a role told once
        // with its country and once without is that country's, when all its countries agree
        // (not a government: "the king of Morocco hosted Arab leaders" names two).
        let kin = |suffix: &str| -> Option<String> {
            let mut countries = self.mentions.iter().filter_map(|m| {
                let country = m.actor.country.as_deref()?;
                (m.actor.code.get(3..) == Some(suffix)).then_some(country)
            });
            let first = countries.next()?;
            countries.all(|c| c == first).then(|| first.to_owned())
        };
        for coding in out.iter_mut() {
            for actor in [&mut coding.source, &mut coding.target]
                .into_iter()
                .flatten()
            {
                if actor.country.is_none()
                    && let Some(suffix) = actor.code.strip_prefix("---")
                    && !suffix.is_empty()
                    && !suffix.starts_with("GOV")
                    && let Some(country) = kin(suffix)
                {
                    localize(actor, &country);
                }
            }
        }
        for coding in out.iter_mut() {
            // Capitals host talks and summits of foreigners ("rebels and the government met
            // in Oslo"); only protest and force are local enough to be placed by one.
            let protest = coding.root() == "14";
            let local = coding.root() >= "14";
            let located = if local { by_capital } else { by_name };
            let Some((place, ranges)) = located else {
                continue;
            };
            let Some(country) = place.country.as_deref() else {
                continue;
            };
            // "Police said the bombing had been planned in Syria", "Jack Straw arrives in
            // Indonesia": the place is whom a statement or a visit is aimed at, not where its
            // actors are (a protest or a fight is held where its people are).
            if !local
                && coding.target_range.is_some_and(|t| ranges.contains(&t))
                && coding.target.as_ref().is_some_and(|t| t.code == place.code)
            {
                continue;
            }
            // "Finance ministers met in Belgium", "officials will hold talks in Qatar": a
            // meeting's place is its venue, which officials travel to; the people of a
            // country meet at home ("opposition leaders met in Harare").
            // ("a cabinet meeting", "federal officials' negotiating stance" are at home.)
            let domestic = |r: Option<TextRange>| {
                r.is_some_and(|r| {
                    self.mention_words_any(r, |w| {
                        matches!(
                            w,
                            "cabinet"
                                | "federal"
                                | "provincial"
                                | "municipal"
                                | "local"
                                | "national"
                        )
                    })
                })
            };
            // Only officials named in the plural ("finance ministers", "officials"), not a
            // host ("hosted Xi in India"), nor one side of talks whose other side is of the
            // place ("the government held talks with rebel leaders in Mali").
            let venue = (coding.root() == "04" && !coding.code.starts_with("043"))
                || coding.code.starts_with("036")
                || coding.code.starts_with("046");
            let plural = |r: Option<TextRange>| {
                r.and_then(|r| {
                    let last = self.tokens.iter().rposition(|t| t.end <= r.end)?;
                    Some(self.word(last))
                })
                .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss"))
            };
            let other_local = |a: &Option<ActorRef>| {
                a.as_ref()
                    .is_some_and(|a| a.country.as_deref() == Some(country))
            };
            let home = [
                !domestic(coding.source_range)
                    && plural(coding.source_range)
                    && !other_local(&coding.target),
                !domestic(coding.target_range)
                    && plural(coding.target_range)
                    && !other_local(&coding.source),
            ];
            let mut source = true;
            for (actor, away) in [&mut coding.source, &mut coding.target]
                .into_iter()
                .zip(home)
                .filter_map(|(a, h)| Some((a.as_mut()?, h)))
            {
                // Only roles that stay at home: refugees, workers (aid workers), journalists,
                // troops and traders are as often foreigners in the country named.
                let stays = |suffix: &str| {
                    matches!(
                        suffix.get(..3),
                        Some("OPP" | "COP" | "GOV" | "REB" | "CVL" | "EDU" | "JUD" | "LEG" | "UAF")
                    ) && !(venue && away && matches!(suffix.get(..3), Some("GOV" | "LEG" | "JUD")))
                };
                if actor.country.is_none()
                    && let Some(suffix) = actor.code.strip_prefix("---")
                    && (stays(suffix) || (protest && source))
                {
                    localize(actor, country);
                }
                source = false;
            }
        }
        // "Venezuelan protesters urged the government to resign", "Iranian authorities pressed
        // workers to end the strike": in a sentence that names one country only, a role that
        // stays at home on one side of an act whose other side is of that country is of it too,
        // as event data codes domestic politics (PLOVER's `IRN`->`IRN`).
        let mut countries = self
            .mentions
            .iter()
            .filter_map(|m| m.actor.country.as_deref())
            .chain(
                self.places
                    .iter()
                    .filter_map(|p| p.actor.country.as_deref()),
            );
        let Some(only) = countries.next() else {
            return;
        };
        if !countries.all(|c| c == only) {
            return;
        }
        for coding in out.iter_mut() {
            let root = coding.root().to_owned();
            // "accepted papers from the three countries' foreign ministers", "his visiting
            // counterpart": said to be of another country, though none is named.
            let abroad = [coding.source_range, coding.target_range]
                .into_iter()
                .flatten()
                .any(|r| {
                    self.mention_words_any(r, |w| {
                        matches!(
                            w,
                            "foreign" | "counterpart" | "counterparts" | "visiting" | "overseas"
                        )
                    })
                });
            if abroad {
                continue;
            }
            let (Some(source), Some(target)) = (&mut coding.source, &mut coding.target) else {
                continue;
            };
            let home = |a: &ActorRef| {
                a.country.is_none()
                    && a.code.strip_prefix("---").is_some_and(|suffix| {
                        matches!(
                            suffix.get(..3),
                            Some(
                                "OPP"
                                    | "COP"
                                    | "GOV"
                                    | "CVL"
                                    | "EDU"
                                    | "JUD"
                                    | "LEG"
                                    | "LAB"
                                    | "AGR"
                            )
                        )
                    })
            };
            // Not talks, visits or summits: "the king hosted a summit of Arab governments" are
            // guests from abroad. The doer takes its country from those acted on only for
            // coercion, assault and concessions at home ("beaten by police in Nigeria", "a
            // court acquitted Egyptian journalists"), not for a statement, visit or accusation
            // aimed at a country ("the government alleged Iranian troops ...").
            if root == "04" {
                continue;
            }
            // (A court may be abroad: "Britain filed objections to the court's ruling". A
            // person of a country may be arrested abroad: "police arrested a Syrian man".)
            let role = |a: &ActorRef| a.code.get(3..6).unwrap_or("").to_owned();
            // Who acts on whom at home: people of a country addressing or confronting its
            // government, police or courts ("Venezuelan protesters urged the government"); its
            // state releasing, investigating or coercing its dissidents, press or workers
            // ("Uganda released the opposition leader"). Not a state acting on "the government"
            // or on civilians: "the US ambassador urged the government", "a US drone strike
            // killed four civilians" are another country's; nor an army ("Israeli troops
            // arrested 20 protesters").
            let people = |r: &str| matches!(r, "OPP" | "CVL" | "LAB" | "EDU" | "MED" | "AGR");
            let state_source = matches!(role(source).as_str(), "" | "GOV" | "COP" | "JUD" | "LEG");
            let target_takes = home(target)
                && source.country.as_deref() == Some(only)
                && (people(&role(source))
                    || (state_source
                        && matches!(role(target).as_str(), "OPP" | "LAB" | "EDU" | "MED")
                        && matches!(root.as_str(), "08" | "09" | "17"))
                    // "Kenya investigated the minister for corruption".
                    || (state_source && role(target) == "GOV" && root == "09"));
            // The doer takes the country of those acted on: police or courts of the dissidents
            // ("police beat Nigerian opposition supporters"), lawmakers or courts of the
            // government ("Congress impeached the president of Brazil"); not foreigners
            // acted on ("police arrested two French journalists").
            let source_takes = home(source)
                && target.country.as_deref() == Some(only)
                && matches!(root.as_str(), "08" | "17" | "18")
                && (role(target) == "OPP"
                    || (role(target) == "GOV" && matches!(role(source).as_str(), "LEG" | "JUD"))
                    || (matches!(role(target).as_str(), "MED" | "EDU" | "LAB")
                        && role(source) == "JUD"));
            if target_takes {
                localize(target, only);
            } else if source_takes {
                localize(source, only);
            }
        }
    }

    /// Where an act happened gives its target when it names none. A protest is held where it
    /// is and addressed to someone: with no source named, its people
    /// are of the one country the sentence places it in ("A general strike paralysed Athens":
    /// `GRC`); with no target named, it is addressed to that country ("demonstrated in
    /// Serbia", "staged a protest in Beijing"), or else to the protesters' own ("Algerian
    /// landowners began a hunger strike": `DZA`→`DZA`), as PLOVER and PETRARCH gold code
    /// domestic dissent. The actor's words are the place's, or the protesters' for their own
    /// country.
    fn place_targets(
        &self,
        out: &mut [Coding],
        located: Option<&Located>,
        struck: Option<&Located>,
    ) {
        // The acts told, so that a place told with one is not taken for another's.
        let heads: Vec<(TextRange, bool)> = out
            .iter()
            .map(|c| {
                (
                    c.verb_range,
                    matches!(c.root(), "14" | "15" | "16" | "17" | "18" | "19" | "20"),
                )
            })
            .collect();
        for coding in out.iter_mut() {
            if coding.negated {
                continue;
            }
            // "A bomb exploded in Nairobi", "shelled targets in the West Bank", "imposed a
            // curfew in Kathmandu", "closed its embassy in Minsk": sanctions, coercion and force
            // with no target named are aimed at the place they strike, as PETRARCH codes the
            // actor after the verb (not threats or a show of force, whose place is where they
            // were voiced or shown). Relations reduced take a place only after the verb with no
            // comma between ("closed its embassy in Minsk", not "downgraded relations ...,
            // citing support for separatists in Kosovo").
            let own_clause = |range: &TextRange| {
                coding.verb_range.end <= range.start
                    && !self.tokens.iter().zip(&self.words).any(|(t, w)| {
                        t.start >= coding.verb_range.end && t.end <= range.start && w == ","
                    })
            };
            // (Of the words that name the place, the first that places this act: "X, who led
            // operations in Iraq, was abducted in Baghdad".)
            // Curfews, states of emergency, bans on parties and curbs on freedoms, imposed or
            // eased, and reforms or resignations conceded, bear on a country's own people:
            // aimed at the place they are told in ("lifted the curfew in Imphal"), or else at
            // the doer's own country ("Sri Lanka's president declared a state of emergency":
            // `LKA`), as PLOVER gold codes them.
            let domestic = matches!(
                coding.code.as_str(),
                "0811"
                    | "0812"
                    | "0813"
                    | "0814"
                    | "083"
                    | "0831"
                    | "0832"
                    | "0833"
                    | "0834"
                    | "1721"
                    | "1722"
                    | "1723"
                    | "1724"
            );
            // (A concession's place is not its addressee: "resigned ... and will study in
            // Houston".)
            let placed = domestic && !coding.code.starts_with("083");
            // (Talks broken off have a venue, not a target: "recalled its team from the talks
            // in Doha"; mediation called off is still aimed where its conflict is.)
            let venue = coding.code == "164";
            if (placed || matches!(coding.root(), "16" | "17" | "18" | "19" | "20"))
                && !venue
                && coding.target.is_none()
                && let Some((actor, ranges)) = struck
                && let Some(range) = ranges.iter().find(|range| {
                    (coding.root() != "16" || own_clause(range))
                        && self.place_of_act(coding.verb_range, range, &heads)
                })
            {
                coding.target = Some(actor.clone());
                coding.target_range = Some(*range);
            }
            // "began a Gulf tour in Riyadh": a visit with no one named visited goes to the
            // place it is told in, when that is abroad (a tour at home visits no one).
            // ("is due in Beijing on Tuesday for a three-day visit": inside the pattern's words.)
            let inside = |range: &TextRange| {
                coding.verb_range.start < range.start && range.end <= coding.verb_range.end
            };
            if coding.code == "042"
                && coding.target.is_none()
                && let Some((actor, ranges)) = struck
                && let Some(range) = ranges.iter().find(|range| {
                    inside(range)
                        || (own_clause(range)
                            && self.place_of_act(coding.verb_range, range, &heads))
                })
                && coding
                    .source
                    .as_ref()
                    .is_some_and(|s| s.country.is_some() && s.country != actor.country)
            {
                coding.target = Some(actor.clone());
                coding.target_range = Some(*range);
            }
            // (Not an army's, which may hold another's land: "Israeli forces imposed a curfew in
            // Huwara"; nor where a place that is not the doer's is told after the act.)
            let armed = coding
                .source
                .as_ref()
                .is_some_and(|s| matches!(s.code.get(3..6), Some("MIL" | "UAF" | "REB" | "SPY")));
            if domestic
                && !armed
                && coding.target.is_none()
                && let Some(country) = coding.source.as_ref().and_then(|s| s.country.as_deref())
                && !self.place_elsewhere_after(coding.verb_range, country)
                && let Some(actor) = self.actors.country(country)
            {
                coding.target = Some(actor);
                coding.target_range = coding.source_range;
            }
            if coding.root() != "14" {
                continue;
            }
            // "Norway's boycott of South African oil": a boycott is of others, not held at
            // home; with no target named it has none.
            let boycott = self
                .tokens
                .iter()
                .zip(&self.words)
                .any(|(t, w)| coding.verb_range.contains(*t) && w.starts_with("boycott"));
            if boycott {
                continue;
            }
            if coding.source.is_none()
                && let Some((actor, ranges)) = located
                && let Some(range) = ranges.first()
            {
                coding.source = Some(actor.clone());
                coding.source_range = Some(*range);
            }
            if coding.target.is_some() {
                continue;
            }
            if let Some((actor, ranges)) = located
                && let Some(range) = ranges.first()
            {
                coding.target = Some(actor.clone());
                coding.target_range = Some(*range);
            } else if let Some(source) = &coding.source
                && let Some(country) = source.country.as_deref()
                && let Some(actor) = self.actors.country(country)
            {
                coding.target = Some(actor);
                coding.target_range = coding.source_range;
            }
        }
    }

    /// Whether a capitalised name no actor covers follows the act at `verb` after "in", "on",
    /// "at" or "into" in its clause, over "the" and words of place, that is not a place of
    /// `home` the gazetteer knows ("in Huwara", unknown; "in the occupied city of Melitopol"
    /// for Russia; not "in Lima" for Peru, "in West Darfur State" for Sudan).
    fn place_elsewhere_after(&self, verb: TextRange, home: &str) -> bool {
        let Some(first) = self.tokens.iter().position(|t| t.start >= verb.end) else {
            return false;
        };
        let mut k = first;
        while k < self.words.len() && !matches!(self.word(k), "," | ";" | "." | ":") {
            if matches!(self.word(k), "in" | "on" | "at" | "into") {
                let mut j = k + 1;
                while j < self.words.len()
                    && (matches!(self.word(j), "the" | "of")
                        || PLACE_NOUNS.contains(&self.word(j))
                        || PLACE_PARTS.contains(&self.word(j))
                        || matches!(self.word(j), "occupied" | "besieged" | "disputed"))
                {
                    j += 1;
                }
                let capitalised = self.names.get(j).copied().unwrap_or(false);
                // (A capital, a town or a province the gazetteer knows is no unknown place:
                // "protests in Lima", "in West Darfur State".)
                let known = || {
                    let w = self.word(j);
                    let with_part = PLACE_PARTS
                        .contains(&self.word(j - 1))
                        .then(|| format!("{} {w}", self.word(j - 1)));
                    // (A town at home of any size that shares its name with a bigger one abroad:
                    // "Hyderabad" for Pakistan.)
                    self.actors.capital_country(w) == Some(home)
                        || place_countries(w, 20_000).contains(&home)
                        || with_part
                            .iter()
                            .map(String::as_str)
                            .chain([w])
                            .any(|name| province_country(name) == Some(home))
                };
                if capitalised
                    && self.group_at(j).is_none()
                    && !sitrep_text::calendar::is_month_or_weekday(self.word(j))
                    && !known()
                {
                    return true;
                }
            }
            k += 1;
        }
        false
    }

    /// Whether the place at `place` is where the act at `verb` happened, not where another
    /// act of the sentence did or where something else was done to it. A place belongs to the
    /// nearest act told before it in its clause: "agreed to a ceasefire in Doha ..., after
    /// clashes along the border" and "the bombings come a week after a ceasefire was agreed in
    /// Doha" place the truce, not the clashes or the bombings (`heads` are the sentence's acts,
    /// with whether each is protest or force, which may share a place with the act it tells of:
    /// "two soldiers were killed in Kandahar when a bomb exploded"). A verb of preparing
    /// between the act and the place takes it ("the attack was planned in Afghanistan"), as
    /// does a relative clause with a verb before it or one telling a person's past; a place
    /// that opens the sentence places all its acts ("In Kabul, ...").
    fn place_of_act(
        &self,
        verb: TextRange,
        place: &TextRange,
        heads: &[(TextRange, bool)],
    ) -> bool {
        let words = || self.tokens.iter().zip(&self.words);
        let break_between = |a: usize, b: usize| {
            words()
                .any(|(t, w)| t.start >= a && t.end <= b && matches!(w.as_str(), "," | ";" | ":"))
        };
        // Whether a stretch holds a verb: a form of "be", a modal or a verbal head.
        let has_verb = |a: usize, b: usize| {
            self.tokens.iter().enumerate().any(|(k, t)| {
                t.start >= a
                    && t.end <= b
                    && (BE.contains(&self.word(k))
                        || self.verbal_head(k).is_some()
                        || AUXILIARY_MODALS.contains(&self.word(k)))
            })
        };
        // The act nearest before the place in its clause holds it; an act noun between this
        // act and the place holds it only with a verb of its own ("arrested 12 suspects after
        // an investigation in Turkey" were arrested there; "the bombings come a week after a
        // ceasefire was agreed in Doha" were not).
        let holder = heads
            .iter()
            .filter(|(h, _)| h.end <= place.start && !break_between(h.end, place.start))
            .max_by_key(|(h, _)| h.end);
        if let Some((h, violent)) = holder
            && *h != verb
            && !violent
            && (h.start < verb.start || has_verb(h.start, h.end))
        {
            return false;
        }
        // A place in a clause the sentence turned to, or from, is another's: "a ceasefire
        // brokered in Doha has largely held, but Pakistan has kept the crossings closed", "the
        // arrest will not affect the talks, which take place in Oslo" (not "the death toll in
        // Gaza rose, with 40 killed in an Israeli strike", nor "In Amherst, residents who ...
        // decried the attack", whose place opens the sentence).
        let after = verb.end <= place.start;
        let (from, to) = if after {
            (verb.end, place.start)
        } else {
            (place.end, verb.start)
        };
        let opening = words()
            .position(|(t, _)| t.start >= place.start)
            .and_then(|p| {
                (0..p)
                    .rev()
                    .find(|&k| matches!(self.word(k), "in" | "inside" | "near"))
            })
            .is_some_and(|k| k == 0 || matches!(self.word(k - 1), "—" | "-" | "–" | ":"));
        // "Clashes erupted in Libya and Tunisian police arrested 30 smugglers": a clause with
        // a subject of its own after "and" is not placed by a place before it.
        let new_subject = || {
            !after
                && self.tokens.iter().enumerate().any(|(k, t)| {
                    t.start >= from
                        && t.end <= to
                        && self.word(k) == "and"
                        && (self.group_at(k + 1).is_some()
                            || (self.word(k + 1) == "the" && self.group_at(k + 2).is_some()))
                })
        };
        // "Islamic State fighters, who seized Mosul in 2014, attacked Kurdish forces": a place
        // in a relative clause before the act, closed by a comma, is that clause's.
        let relative_before = || {
            !after
                && self
                    .tokens
                    .iter()
                    .position(|t| t.start >= place.start)
                    .is_some_and(|p| {
                        (p.saturating_sub(6)..p).any(|k| matches!(self.word(k), "who" | "which"))
                    })
                && break_between(place.end, verb.start)
        };
        opening
            || !new_subject()
                && !relative_before()
                && !words().any(|(t, w)| {
                    let w = w.as_str();
                    t.start >= from
                        && t.end <= to
                        && (matches!(
                            w,
                            ";" | "but" | "whereas" | "although" | "though" | "however"
                        ) || (after
                            && ((matches!(w, "which" | "who" | "whom")
                                && (has_verb(verb.end, t.start) || self.past_relative(t.start)))
                                || PREPARED.contains(&w)))
                            || (!after && w == "while"))
                })
    }

    /// Whether the relative clause whose pronoun starts at byte `start` tells a person's past
    /// ("arrested a man who had fought in Syria", "a suspect who was born in Algeria"): its
    /// place is where that happened, not where the act struck ("villages which lie in northern
    /// Iraq" are there still).
    fn past_relative(&self, start: usize) -> bool {
        let Some(p) = self.token_at(start) else {
            return false;
        };
        self.word(p) == "who"
            && (matches!(self.word(p + 1), "had" | "was" | "were" | "did")
                || self.word(p + 1).ends_with("ed")
                || is_irregular_past(self.word(p + 1)))
    }

    /// Whether the reported act is done to a non-state armed group ("Iraqi forces killed 20
    /// Islamic State militants", "US aircraft struck Islamic State positions"): an operation
    /// against a common enemy that the speaker reports, not one it accuses anyone of.
    fn against_armed_group(&self, target: Option<usize>) -> bool {
        let Some(t) = target else {
            return false;
        };
        self.members(Some(t)).into_iter().flatten().all(|m| {
            let c = m.actor.code.as_str();
            c.ends_with("REB") || c.ends_with("INS") || c.starts_with("IMG")
        })
    }

    /// "warned that it would respond", "warned that any attack would be met with ...",
    /// "warned that protesters would be arrested": a warning whose clause (after "that" at
    /// `that`) is the speaker's own future act, or holds a coercive or violent act, is a threat.
    fn warning_threatens(&self, that: usize) -> bool {
        if PRONOUNS.contains(&self.word(that + 1)) && MODALS.contains(&self.word(that + 2)) {
            return true;
        }
        let end = (that + 1..self.words.len())
            .find(|&j| matches!(self.word(j), "." | ";"))
            .unwrap_or(self.words.len());
        self.matches.iter().any(|l| {
            l.m.head > that
                && l.m.head < end
                && matches!(
                    l.m.code.get(..2),
                    Some("15" | "16" | "17" | "18" | "19" | "20")
                )
        })
    }

    /// For a violent or coercive act (roots 17 to 20) reported after a verb of saying ("X said
    /// (that) Y attacked Z"): the speech verb's token and the speaker's group, when the act's
    /// subject stands right after the speech verb and the speaker is another group.
    fn reporter_of(&self, link: &Link, subject: Option<usize>) -> Option<(usize, usize)> {
        if link.noun || !matches!(link.m.code.get(..2), Some("17" | "18" | "19" | "20")) {
            return None;
        }
        let subject = subject?;
        let mut k = self.groups.get(subject)?.start;
        if self.word(k.wrapping_sub(1)) == "that" {
            k -= 1;
        }
        let speech = k.checked_sub(1)?;
        if !self.is_speech(speech) || CLAIMS.contains(&self.word(speech)) {
            return None;
        }
        match self.left_group(speech) {
            Some(Ok(g)) if g != subject => Some((speech, g)),
            _ => None,
        }
    }

    /// "Seoul said North Korea was behind the attack", "police believe the IRA was responsible
    /// for the killings": naming who did a violent act is the speaker's accusation of them (112);
    /// "the group said it was behind the bombing" is its claim of responsibility (015). Returns
    /// the verb "to be" and the word that names the role ("behind", "responsible", "blame"), the
    /// code, the speaker and the one named. Only before a violent act named within six words
    /// ("behind schedule", "responsible for the welfare of" name none); with no speaker the
    /// sentence is the writer's, and no accusation.
    fn attributions(&self) -> Vec<(usize, usize, &'static str, usize, Option<usize>)> {
        let mut out = Vec::new();
        for k in 0..self.words.len() {
            let next = self.word(k + 1);
            // The verb "to be" before the head: "was behind", "were responsible for", "is to
            // blame for" ("was not behind" is a denial and names no one).
            let be = match self.word(k) {
                "behind" => self.be_before(k),
                "responsible" if next == "for" => self.be_before(k),
                "blame" if next == "for" && self.word(k.wrapping_sub(1)) == "to" => {
                    self.be_before(k - 1)
                }
                _ => None,
            };
            let Some(b) = be else { continue };
            let act_named = self.matches.iter().any(|l| {
                l.noun
                    && l.m.head > k
                    && l.m.head <= k + 6
                    && matches!(l.m.code.get(..2), Some("18" | "19" | "20"))
            });
            if !act_named {
                continue;
            }
            // "believed to be behind": the belief is the speaker's.
            let mut s = b;
            while s > 0 && matches!(self.word(s - 1), "had" | "has" | "have" | "to" | "may") {
                s -= 1;
            }
            if matches!(
                self.word(s.wrapping_sub(1)),
                "believed" | "thought" | "suspected"
            ) && s >= 2
            {
                s -= 1;
            }
            let Some(before) = s.checked_sub(1) else {
                continue;
            };
            let (subject, start) = match self.group_at(before) {
                Some(g) => (Some(g), self.groups.get(g).map_or(before, |g| g.start)),
                None if matches!(self.word(before), "it" | "they" | "we") => (None, before),
                None => continue,
            };
            // The speaker: "X said (that)", "X believes", "X alleged", before the one named
            // (past "the", a time phrase and an adjective of its own: "said on Monday that
            // Kurdish rebels"); or ", officials said" closing the sentence.
            let mut v = start;
            while v > 0
                && (matches!(self.word(v - 1), "that" | "the")
                    || (start - v < 4 && is_time_filler(self.word(v - 1)))
                    || self.group_at(v - 1).is_some()
                    || self.names.get(v - 1).copied().unwrap_or(false))
            {
                v -= 1;
            }
            let saying = v
                .checked_sub(1)
                .filter(|&v| self.is_speech(v) || is_reporting(self.word(v)));
            let speaker = match saying.map(|v| self.left_group(v)) {
                Some(Some(Ok(g))) => Some(g),
                Some(Some(Err(m))) => self.matches.get(m).and_then(|l| l.source),
                _ => self.speaker_after(k),
            };
            let Some(speaker) = speaker else { continue };
            // "they" is the speaker only when the speaker is a group of fighters ("the
            // Pakistani Taliban said they were behind"), not a state ("Israel said they ...").
            let own = match self.word(before) {
                "it" | "we" => true,
                _ => self
                    .members(Some(speaker))
                    .iter()
                    .flatten()
                    .any(|m| m.kind == ActorKind::ArmedGroup),
            };
            match subject {
                Some(g) if g != speaker => out.push((b, k, "112", speaker, Some(g))),
                None if saying.is_some() && own => out.push((b, k, "015", speaker, None)),
                _ => {}
            }
        }
        out
    }

    /// The verb "to be" right before token `j`, past one adverb ("was probably behind").
    fn be_before(&self, j: usize) -> Option<usize> {
        let mut b = j.checked_sub(1)?;
        if matches!(self.word(b), "probably" | "likely" | "clearly" | "also") {
            b = b.checked_sub(1)?;
        }
        BE.contains(&self.word(b)).then_some(b)
    }

    /// Whether "and" (past "-ly" adverbs) stands right before token `head` ("attacked and
    /// badly beaten").
    fn joined_by_and(&self, head: usize) -> bool {
        let mut k = head;
        while k > 0 && self.word(k - 1).len() > 4 && self.word(k - 1).ends_with("ly") {
            k -= 1;
        }
        k > 0 && self.word(k - 1) == "and"
    }

    /// "Hezbollah was behind the attack": the one the writer names as the doer of an event
    /// noun (determiners and adjectives between). Not when anyone in the sentence reports or
    /// believes it ("..., Israeli officials said Monday", "according to Israel", "investigators
    /// suspect"): then it is their account.
    fn named_behind(&self, link: &Link) -> Option<usize> {
        let head = link.m.head;
        let behind = (head.saturating_sub(3)..head)
            .rev()
            .find(|&j| self.word(j) == "behind")?;
        if self
            .words
            .iter()
            .any(|w| SPEECH.contains(&w.as_str()) || is_reporting(w))
        {
            return None;
        }
        let be = self.be_before(behind)?;
        self.group_at(be.checked_sub(1)?)
    }

    /// The speaker of a sentence that ends ", X said" (or ", said X"), after token `k`, with
    /// no full stop, semicolon or colon between; a time phrase or another clause may follow
    /// ("..., Israeli officials said Monday", "..., Israel said, adding ...").
    fn speaker_after(&self, k: usize) -> Option<usize> {
        let end = (k + 1..self.words.len())
            .find(|&i| matches!(self.word(i), "." | ";" | ":"))
            .unwrap_or(self.words.len());
        let closes = |i: usize| {
            i >= end
                || matches!(self.word(i), "on" | "in" | "late" | ",")
                || is_time_filler(self.word(i))
        };
        // (", a Chinese spokesman said".)
        let skip_the = |i: usize| {
            if matches!(self.word(i), "the" | "a" | "an") && self.group_at(i).is_none() {
                i + 1
            } else {
                i
            }
        };
        (k + 1..end)
            .filter(|&i| self.word(i) == ",")
            .find_map(|comma| {
                let first = skip_the(comma + 1);
                if self.is_speech(first) {
                    let g = self.group_at(skip_the(first + 1))?;
                    return closes(self.groups.get(g)?.end).then_some(g);
                }
                let g = self.group_at(first)?;
                let mut e = self.groups.get(g)?.end;
                while matches!(self.word(e), "have" | "has" | "had") {
                    e += 1;
                }
                (self.is_speech(e) && closes(e + 1)).then_some(g)
            })
    }

    /// For a conflict act reported after "claimed"/"alleged" (and "that"): the claim verb's
    /// token, the claimant's group, and whether the act's subject is a pronoun standing for the
    /// claimant ("X claimed that it attacked ...").
    /// `from` is the verb, or the cue of a planned act ("was planning to capture").
    fn claim_of(&self, link: &Link, from: usize) -> Option<(usize, Option<usize>, bool)> {
        if link.noun
            || !matches!(
                link.m.code.get(..2),
                Some("14" | "15" | "17" | "18" | "19" | "20")
            )
        {
            return None;
        }
        // The act's subject: a group or a pronoun right before the verb (auxiliaries between).
        let mut j = from;
        while j > 0
            && matches!(
                self.word(j - 1),
                "had" | "has" | "have" | "was" | "were" | "did"
            )
        {
            j -= 1;
        }
        let before = j.checked_sub(1)?;
        let (subject_start, own) = match self.group_at(before) {
            Some(g) => (self.groups.get(g)?.start, false),
            None if PRONOUNS.contains(&self.word(before)) => (before, true),
            None => return None,
        };
        let mut k = subject_start;
        if self.word(k.wrapping_sub(1)) == "that" {
            k -= 1;
        }
        let claim = k.checked_sub(1)?;
        if !CLAIMS.contains(&self.word(claim)) || self.is_match_word(claim) {
            return None;
        }
        // "denied Pakistan's claim that it had violated ...": another's claim named as a noun
        // is not made here, and its "it" is not the claimant ("repeated its claim that" is).
        if CLAIM_NOUN_DETERMINERS.contains(&self.word(claim.wrapping_sub(1))) {
            return None;
        }
        let claimer = match self.left_group(claim) {
            Some(Ok(g)) => Some(g),
            _ => None,
        };
        claimer?;
        Some((claim, claimer, own))
    }

    /// The last violent act coded before match `index`: the act a toll ("killing four") counts.
    fn violent_before(&self, index: usize) -> Option<usize> {
        (0..index)
            .rev()
            .find(|&k| self.matches.get(k).is_some_and(|l| is_violent(&l.m.code)))
    }

    /// The earlier violent event that violent act `index` is part of: the event noun that is
    /// its subject ("A suicide bombing killed ..."), or, for a participle of killing or wounding
    /// after a comma, the violent act of the clause before ("opened fire, killing four").
    fn absorbing_event(&self, index: usize) -> Option<usize> {
        let link = self.matches.get(index)?;
        let head = link.m.head;
        // "..., killing eight people and wounding dozens": the second half of the toll.
        if self.word(head) == "wounding"
            && self.word(head.wrapping_sub(1)) == "and"
            && (head.saturating_sub(8)..head).any(|k| self.word(k) == "killing")
        {
            return self.violent_before(index);
        }
        if link.noun || !is_violent(&link.m.code) || link.m.code.starts_with("20") {
            return None;
        }
        // "A car bomb exploded near the embassy, which killed 12 people": the relative is the
        // blast's toll, as ", killing 12" is.
        let which_toll = matches!(self.word(head), "killed" | "wounded" | "injured")
            && self.word(head.wrapping_sub(1)) == "which"
            && self.word(head.wrapping_sub(2)) == ",";
        if which_toll {
            return self.violent_before(index);
        }
        if self.word(head).ends_with("ing") && self.word(head.wrapping_sub(1)) == "," {
            if !matches!(self.word(head), "killing" | "wounding" | "injuring") {
                return None;
            }
            return self.violent_before(index);
        }
        // "their truck hit a landmine", "the convoy struck a roadside bomb": a vehicle's blow
        // on a bomb is that bombing.
        // (Only a mine or roadside bomb, struck by no actor: "Israeli missiles struck a
        // suicide bomber's home" is the strike.)
        if matches!(
            self.word(head),
            "hit" | "hits" | "struck" | "strikes" | "ran"
        ) && (0..head)
            .rev()
            .take_while(|&j| !matches!(self.word(j), "when" | "," | ";" | ":"))
            .all(|j| self.group_at(j).is_none())
            && let Some(k) = (head + 1..(head + 4).min(self.words.len()))
                .take_while(|&j| matches!(self.word(j), "a" | "an" | "the") || j > head)
                .find_map(|j| {
                    self.matches
                        .iter()
                        .position(|l| l.m.head == j && l.noun && l.m.code.starts_with("1833"))
                })
        {
            return Some(k);
        }
        // "Four children were killed in Israeli tank shelling": a passive killing caused by a
        // violent event noun just after "in" or "by" is that event.
        if self.is_passive(link) {
            let last = link.m.words.iter().copied().max().unwrap_or(head);
            // "Two soldiers were killed when their truck hit a landmine": the bomb the clause
            // after "when" names is the killing.
            // (Not when the clause names another attacker or act: "killed when rebels
            // ambushed a convoy after a landmine blast".)
            // "Five people were killed when a bomb exploded at a market": so is any bombing
            // the clause tells with no doer named, or the force named doers used right after.
            // (Only an act with no target of its own, or with the dead as its target: "Two
            // children were killed when Israeli jets bombed a Hamas camp" keeps both; "Ten
            // soldiers were killed when insurgents attacked an army checkpoint" is one.)
            if self.word(last + 1) == "when" {
                let first_code = |g: Option<usize>| {
                    self.members(g)
                        .into_iter()
                        .flatten()
                        .next()
                        .map(|m| m.actor.code.clone())
                };
                let dead = first_code(link.target);
                // (One code, or one role where a country is unknown: "IRQMIL" and "---MIL".)
                let same_side = |a: &str, b: &str| {
                    a == b
                        || (a.get(3..) == b.get(3..)
                            && !a.get(3..).unwrap_or("").is_empty()
                            && (a.starts_with("---") || b.starts_with("---")))
                };
                let untargeted = |k: usize| {
                    self.matches.get(k).is_some_and(|l| {
                        l.target.is_none()
                            || l.target == link.target
                            || dead
                                .as_deref()
                                .zip(first_code(l.target).as_deref())
                                .is_some_and(|(a, b)| same_side(a, b))
                    })
                };
                for j in last + 2..(last + 10).min(self.words.len()) {
                    if matches!(self.word(j), "," | ";" | ":" | ".") {
                        break;
                    }
                    // "Three policemen were killed when gunmen opened fire on their
                    // checkpoint": the violent act its doer does right after is the killing.
                    if let Some(g) = self.group_at(j) {
                        let end = self.groups.get(g).map_or(j + 1, |g| g.end);
                        return (end..(end + 3).min(self.words.len()))
                            .find_map(|h| {
                                self.matches.iter().position(|l| {
                                    l.m.head == h
                                        && !l.noun
                                        && is_violent(&l.m.code)
                                        && !self.is_passive(l)
                                })
                            })
                            .filter(|&k| untargeted(k));
                    }
                    let at = |l: &Link| l.m.head == j;
                    if let Some(k) = self.matches.iter().position(|l| {
                        at(l) && l.m.code.starts_with("183") && (l.noun || l.m.words.len() > 1)
                    }) {
                        return untargeted(k).then_some(k);
                    }
                    // ("killed when her car was hit by a rocket": the blow is the killing;
                    // "when their truck hit a landmine": the mine is.)
                    if let Some(k) = self.matches.iter().position(|l| {
                        at(l)
                            && !l.noun
                            && is_violent(&l.m.code)
                            && (!matches!(self.word(j), "hit" | "struck" | "ran")
                                || self.is_passive(l))
                    }) {
                        return untargeted(k).then_some(k);
                    }
                }
            }
            if matches!(self.word(last + 1), "in" | "by") {
                let mut actor_between = false;
                for j in last + 2..(last + 6).min(self.words.len()) {
                    if matches!(self.word(j), "," | ";" | ":" | "." | "and" | "but") {
                        break;
                    }
                    if let Some(k) = self.matches.iter().position(|l| l.m.head == j) {
                        let l = self.matches.get(k)?;
                        // "killed in clashes": a plural after "in" is a noun even where it
                        // was not marked one; after an actor ("by gunmen who stormed") it
                        // is a verb.
                        let noun = l.noun || (self.word(last + 1) == "in" && !actor_between);
                        return (noun && is_violent(&l.m.code)).then_some(k);
                    }
                    actor_between |= self.group_at(j).is_some();
                }
            }
            // "The attack was repelled by soldiers": a passive's subject is what was acted
            // on, not the same event.
            return None;
        }
        let mut j = head;
        while j > 0 {
            j -= 1;
            // "A car bomb planted by Tamil Tiger rebels killed 30": the agent of a participle
            // after the event noun is passed over.
            if let Some(g) = self.group_at(j) {
                let start = self.groups.get(g).map_or(j, |g| g.start);
                let mut b = start.wrapping_sub(1);
                if self.word(b) == "the" {
                    b = b.wrapping_sub(1);
                }
                // "The bombings at U.S. embassies in Kenya and Tanzania killed ...": a place
                // or body after a preposition belongs to the noun before it; so does the
                // country after a town ("a bomb at a market in Maiduguri, Nigeria, killed").
                if matches!(
                    self.word(b),
                    "at" | "in" | "near" | "outside" | "on" | "inside" | "off"
                ) && b > 0
                {
                    j = b;
                    continue;
                }
                if self.apposed_place(start) {
                    j = start;
                    continue;
                }
                // "carried out by", "set off by": a particle after the participle.
                if self.word(b) == "by" && matches!(self.word(b.wrapping_sub(1)), "out" | "off") {
                    b = b.wrapping_sub(1);
                }
                let participle = self.word(b.wrapping_sub(1));
                if matches!(self.word(b), "by" | "out" | "off")
                    && b > 0
                    && (participle.ends_with("ed") || is_irregular_past(participle))
                {
                    j = b - 1;
                    if let Some(k) = self.matches.iter().position(|l| l.m.head == j) {
                        let l = self.matches.get(k)?;
                        if !l.noun && !is_violent(&l.m.code) {
                            continue;
                        }
                    } else {
                        continue;
                    }
                }
                return None;
            }
            if matches!(self.word(j), "," | ";" | ":" | "." | "and" | "but") || self.is_speech(j) {
                return None;
            }
            if let Some(k) = self.matches.iter().position(|l| l.m.head == j) {
                let l = self.matches.get(k)?;
                return (l.noun && is_violent(&l.m.code) && k < index).then_some(k);
            }
        }
        None
    }

    /// The earlier verbal match that verbal match `index` is coordinated with, when its verb
    /// is a bare form right after "and"/"or" (or "and to"): "will withdraw its troops from
    /// Iranian territory and release Iranian prisoners". The earlier verb is a bare form too,
    /// at most twelve tokens back, with no clause boundary, speech verb, auxiliary or
    /// subordinator between the two.
    ///
    /// With [`Form::Past`] or [`Form::Gerund`], both verbs are past forms ("withdrew its troops
    /// and released the prisoners") or "-ing" forms ("apprehending 26 pirates and confiscating
    /// their arms") instead, and the later one shares the earlier one's subject.
    fn coordinated_with(&self, index: usize, form: Form) -> Option<usize> {
        let link = self.matches.get(index)?;
        let head = link.m.head;
        if link.noun || head < 2 {
            return None;
        }
        let in_form = |w: &str| match form {
            Form::Past => w.ends_with("ed") || crate::verbs::is_irregular_past(w),
            Form::Gerund => w.ends_with("ing"),
            Form::Bare => {
                !w.ends_with("ed")
                    && !w.ends_with("ing")
                    && !w.ends_with('s')
                    && !crate::verbs::is_irregular_past(w)
                    && !crate::verbs::is_irregular_participle(w)
            }
        };
        if !in_form(self.word(head)) {
            return None;
        }
        let mut join = head - 1;
        if self.word(join) == "to" && form == Form::Bare {
            join -= 1;
        }
        if !matches!(self.word(join), "and" | "or") {
            return None;
        }
        let (k, earlier) = self
            .matches
            .iter()
            .enumerate()
            .filter(|(k, l)| *k != index && !l.noun && l.m.head < join)
            .max_by_key(|(_, l)| l.m.head)?;
        let from = earlier.m.head;
        if join - from > 12 || !in_form(self.word(from)) {
            return None;
        }
        let open = (from + 1..join).any(|j| {
            let w = self.word(j);
            matches!(
                w,
                "." | ";" | ":" | "but" | "while" | "who" | "which" | "that" | "if" | "after"
            ) || self.is_speech(j)
                || FINITE_AUX.contains(&w)
                || MODALS.contains(&w)
                || PRONOUNS.contains(&w)
        });
        (!open).then_some(k)
    }

    /// "Americans in occupied Kuwait", "missile attacks on alleged terrorist sites", "talks with
    /// suspected militants": a one-word pattern in a past-participle form right after a
    /// preposition and before a word is an adjective of the noun it precedes, no act. A
    /// preposition is never followed by a finite verb, so this holds in any sentence; only
    /// "to" may be followed by a verb, whose base form some irregular participles share ("to
    /// hit"), so after "to" only "-ed" forms count.
    fn prepositional_adjective(&self, link: &Link) -> bool {
        let head = link.m.head;
        let w = self.word(head);
        // ("to internationally recognized boundaries": over adverbs.)
        let b = self.over_adverbs(head, 2);
        let prev = self.word(b.wrapping_sub(1));
        let next = self.word(head + 1);
        let participle =
            w.ends_with("ed") || (prev != "to" && crate::verbs::is_irregular_participle(w));
        !link.noun
            && link.m.words.len() <= 1
            && b > 0
            && participle
            && PREPOSITIONS.contains(&prev)
            && next.chars().next().is_some_and(char::is_alphabetic)
            && !PREPOSITIONS.contains(&next)
            && !DETERMINERS.contains(&next)
    }

    /// "demanded the release of two engineers kidnapped in Iraq", "tortured detainees arrested
    /// after the unrest", "returned the remains of soldiers killed in the war": a participle
    /// after the noun it describes, where that noun is the object of a verb or a preposition,
    /// tells how the people came to be there, not the day's news. ("Officials said soldiers
    /// killed ..." is a clause of its own; "kidnapped by rebels" names its agent and is coded.)
    fn object_participle(&self, index: usize) -> bool {
        let Some(link) = self.matches.get(index) else {
            return false;
        };
        let head = link.m.head;
        let w = self.word(head);
        let participle = w.ends_with("ed") || crate::verbs::is_irregular_participle(w);
        if link.noun || !participle || head == 0 {
            return false;
        }
        let last = link.m.words.iter().copied().max().unwrap_or(head);
        let next = self.word(last + 1);
        let after_ok = (PREPOSITIONS.contains(&next) && next != "by" && next != "to")
            || TIME_AFTER_VERB.contains(&next)
            || matches!(next, "," | "." | "after" | "during" | "since" | "")
            || last > head;
        if !after_ok {
            return false;
        }
        // The noun right before it: an actor or a plain lower-case noun.
        let plain = |i: usize| {
            let n = self.word(i);
            n.len() > 2
                && n.bytes().all(|b| b.is_ascii_lowercase())
                && !n.ends_with("ly")
                && !BE.contains(&n)
                && !FINITE_AUX.contains(&n)
                && !PREPOSITIONS.contains(&n)
                && !DETERMINERS.contains(&n)
                && !MODALS.contains(&n)
                && !PRONOUNS.contains(&n)
                && !matches!(n, "and" | "or" | "not" | "who" | "which" | "that" | "been")
                && self.verbal_head(i).is_none()
                && self.group_at(i).is_none()
                && !self.names.get(i).copied().unwrap_or(false)
        };
        let mut k = head - 1;
        match self.group_at(k) {
            // ("Iran attacked Iraq, and Iraq expelled diplomats": ", and" before the last
            // member opens a clause, whose subject that member is.)
            Some(g) => {
                let Some(group) = self.groups.get(g) else {
                    return false;
                };
                if (group.start..group.end)
                    .any(|j| self.word(j) == "," && self.word(j + 1) == "and")
                {
                    return false;
                }
                k = group.start;
            }
            None if plain(k) => {}
            None => return false,
        }
        // An earlier finite verb of the clause ("Germany demanded the release of ..."), not a
        // participle after its own noun ("A car packed with explosives exploded"): without
        // one, the form is the clause's own verb.
        let finite_before = |until: usize| {
            self.matches.iter().any(|l| {
                let h = l.m.head;
                !l.noun
                    && h < until
                    && h > 0
                    && !plain(h - 1)
                    && (h..until).all(|t| !matches!(self.word(t), ";" | "."))
            })
        };
        // Back over its modifiers to what governs it: a preposition or another act's verb.
        for _ in 0..8 {
            let Some(b) = k.checked_sub(1) else {
                return false;
            };
            let before = self.word(b);
            // ("and on Monday Iraq expelled the US ambassador": a time before the actor makes
            // it a clause's subject.)
            if self.is_speech(b) || sitrep_text::calendar::is_month_or_weekday(before) {
                return false;
            }
            if matches!(
                before,
                "of" | "for" | "against" | "with" | "on" | "from" | "among"
            ) {
                // "Thousands of Pakistanis rallied", "Members of a cult released": a
                // partitive "of" is inside the subject.
                let whole = self.word(b.wrapping_sub(1));
                let partitive = before == "of"
                    && (QUANTITIES.contains(&whole)
                        || whole.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(
                            whole,
                            "members"
                                | "some"
                                | "many"
                                | "most"
                                | "all"
                                | "one"
                                | "none"
                                | "several"
                                | "supporters"
                        ));
                if partitive {
                    k = b.wrapping_sub(1);
                    continue;
                }
                return finite_before(b);
            }
            if let Some(v) = self.verbal_head(b) {
                return self.matches.get(v).is_some_and(|l| !l.noun) && finite_before(b + 1);
            }
            if self.group_at(b).is_some()
                || DETERMINERS.contains(&before)
                || before.starts_with(|c: char| c.is_ascii_digit())
                || QUANTITIES.contains(&before)
                || before.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
                    && !BE.contains(&before)
                    && !FINITE_AUX.contains(&before)
                    && !SUBORDINATORS.contains(&before)
                    && !matches!(before, "and" | "or" | "that" | "who" | "which" | "to")
            {
                k = b;
                continue;
            }
            return false;
        }
        false
    }

    /// The protest whose aim demand `index` is: "rallied ... to demand", "a march to demand".
    fn protest_aim_of(&self, index: usize) -> Option<usize> {
        let link = self.matches.get(index)?;
        let head = link.m.head;
        // "rallied to demand ...", "marched to denounce the cartoons", "struck to oppose the
        // reform": what the protest asks for or against.
        // ("calling for the system to be swept away": an appeal is an aim too.)
        let aim = matches!(link.m.code.get(..2), Some("02" | "10" | "11" | "12" | "14"));
        // ("marched in Kabul demanding jobs": a place before the participle makes no noun
        // of it.)
        let noun = link.noun
            && !matches!(
                self.word(head),
                "demanding" | "calling" | "urging" | "denouncing" | "condemning"
            );
        // "marched through Caracas on Thursday demanding the resignation of the president",
        // "blocked motorways, demanding emergency support": a participle of the protest.
        // ("were pressing the government": a verb of its own.)
        let participle =
            self.word(head).ends_with("ing") && !BE.contains(&self.word(head.wrapping_sub(1)));
        // "struck to press their demand for the prime minister's resignation": a demand noun
        // pressed or voiced to a protest's end is its aim as the verb is.
        let pressed = link.noun
            && (1..=2).any(|k| {
                let v = head.wrapping_sub(k);
                matches!(
                    self.word(v),
                    "press" | "push" | "pursue" | "voice" | "back" | "renew" | "reiterate"
                ) && self.word(v.wrapping_sub(1)) == "to"
                    && (v + 1..head).all(|b| matches!(self.word(b), "their" | "its" | "a" | "the"))
            });
        let noun = noun && !pressed;
        if noun || !aim || !(participle || pressed || self.word(head.checked_sub(1)?) == "to") {
            return None;
        }
        if participle && self.word(head.checked_sub(1)?) != "to" {
            // "Protesters demanding the prime minister's resignation stormed parliament": a
            // participle right after the protesters tells the aim of what they then do.
            let after_subject = self.group_at(head - 1).is_some();
            return self.protest_before(index, head).or_else(|| {
                after_subject
                    .then(|| {
                        let last = link.m.words.iter().copied().max().unwrap_or(head);
                        (index + 1..self.matches.len()).find(|&k| {
                            // (Or the force they use: "stormed" is their riot.)
                            // (Not force done to them: "protesters demanding democracy
                            // were shot by soldiers" still protested.)
                            self.matches.get(k).is_some_and(|l| {
                                !l.noun
                                    && (l.m.code.starts_with("14") || is_violent(&l.m.code))
                                    && !self.is_passive(l)
                                    && l.m.head > last
                                    && l.m.head <= last + 6
                                    && (last..l.m.head)
                                        .all(|t| !matches!(self.word(t), "," | ";" | "." | ":"))
                            })
                        })
                    })
                    .flatten()
            });
        }
        // The protest noun right before "to", or the protest verb of the same subject.
        if let Some(k) = self
            .matches
            .iter()
            .position(|l| l.m.head + 2 == head && l.m.code.starts_with("14"))
        {
            return Some(k);
        }
        // ("Hundreds of women rallied outside parliament to demand the vote": the demand's
        // subject is the protest's, whatever actor stands between, when no verb does.)
        (0..index).rev().find(|&k| {
            self.matches.get(k).is_some_and(|l| {
                let next_verb = (l.m.head + 1..head).all(|t| self.verbal_head(t).is_none());
                // ("people marching in Deraa to demand": a protest's participle too.)
                let marching = self.word(l.m.head).ends_with("ing");
                (!l.noun || ((pressed || marching) && next_verb))
                    && l.m.code.starts_with("14")
                    && (l.source == link.source || next_verb)
                    && (l.m.head..head).all(|t| !matches!(self.word(t), ";" | "." | ","))
            })
        })
    }

    /// The rejection whose object appeal or demand noun `index` is: "refused Argentina's
    /// request for a loan", "turned down North Korea's request", "rebuffed appeals from rights
    /// groups", "dismissing calls from Latin American governments": a verb of rejection (12)
    /// at most five tokens before, with no punctuation or other verb between.
    fn rejected_request(&self, index: usize) -> Option<usize> {
        let link = self.matches.get(index)?;
        // ("rejected the deployment of UN peacekeepers": what is rejected, 1224.)
        if !link.noun
            || !matches!(
                link.m.code.get(..2),
                Some("02" | "10" | "03" | "04" | "05" | "06" | "07" | "08")
            )
        {
            return None;
        }
        let head = link.m.head;
        // (An act done, not one proposed: "dismissed the release of 200 prisoners by Israel
        // as a stunt", "Pyongyang's apology", "the ceasefire declared by the rebels".)
        let done = !matches!(link.m.code.get(..2), Some("02" | "10"))
            && ((head.saturating_sub(3)..head).any(|j| self.word(j) == "'s")
                || (head + 1..(head + 10).min(self.words.len()))
                    .take_while(|&j| !matches!(self.word(j), "," | ";" | "." | ":"))
                    .any(|j| matches!(self.word(j), "by" | "as")));
        if done {
            return None;
        }
        (0..index).rev().find(|&k| {
            self.matches.get(k).is_some_and(|l| {
                let last = l.m.words.iter().copied().max().unwrap_or(l.m.head);
                !l.noun
                    && l.m.code.starts_with("12")
                    && last < head
                    && head - last <= 5
                    && (last + 1..head).all(|t| {
                        // ("refused to renew the permit": the object of the act refused.)
                        !matches!(self.word(t), "," | ";" | "." | ":" | "and" | "but" | "to")
                            && self.verbal_head(t).is_none()
                    })
            })
        })
    }

    /// The protest verb before participle `head` ("marched through Caracas ... demanding"), in
    /// its clause (at most one comma between) with no other act's verb between.
    fn protest_before(&self, index: usize, head: usize) -> Option<usize> {
        (0..index).rev().find(|&k| {
            self.matches.get(k).is_some_and(|l| {
                l.m.code.starts_with("14")
                    && l.m.head < head
                    && (l.m.head..head).all(|t| !matches!(self.word(t), ";" | "."))
                    && (l.m.head..head).filter(|&t| self.word(t) == ",").count() <= 1
                    // ("protested in Minsk, with the EU demanding": a participle with a
                    // subject of its own; a place after a preposition is no subject.)
                    && (l.m.head + 1..head).all(|t| {
                        // (The protest's own object is passed: "blocked Tbilisi's main avenue";
                        // not another clause: "protested while the minister spoke, urging".)
                        !matches!(self.word(t), "with" | "while" | "as" | "when" | "after" | "because")
                            && (self.group_at(t).is_none()
                                || t <= l.m.words.iter().copied().max().unwrap_or(l.m.head) + 3
                                || (t.saturating_sub(3)..t).any(|b| {
                                    matches!(
                                        self.word(b),
                                        "in" | "at" | "through" | "outside" | "near" | "across"
                                            | "to" | "into"
                                    )
                                }))
                    })
                    // ("blocked motorways and roundabouts ..., demanding": no verb of
                    // another act between.)
                    && self
                        .matches
                        .iter()
                        .all(|o| o.noun || o.m.head <= l.m.head || o.m.head >= head)
            })
        })
    }

    /// Whether `cue` is "agreed" (or its forms) before a sanction or cut in relations (16x):
    /// a decision taken ("EU ministers agreed to freeze the assets").
    fn agreed_sanction(&self, cue: usize, code: &str) -> bool {
        // (Past a day: "agreed on Monday to freeze".)
        let mut k = cue;
        for _ in 0..3 {
            let w = self.word(k);
            if is_time_filler(w) || sitrep_text::calendar::is_weekday(w) {
                k = k.wrapping_sub(1);
            }
        }
        // ("are expected to agree", "may agree", "failed to agree", "have yet to agree": no
        // decision taken.)
        code.starts_with("16")
            && matches!(self.word(k), "agrees" | "agreed")
            && !matches!(
                self.word(k.wrapping_sub(1)),
                "to" | "not"
                    | "n't"
                    | "never"
                    | "would"
                    | "could"
                    | "may"
                    | "might"
                    | "will"
                    | "should"
                    | "must"
                    | "yet"
            )
    }

    /// Whether "agreed" at `a` governs the sanction at `s`: "to" right before it, past at
    /// most a day.
    fn agreed_sanction_between(&self, a: usize, s: usize) -> bool {
        s <= a + 5
            && self.word(s.wrapping_sub(1)) == "to"
            && (a + 1..s - 1).all(|k| {
                let w = self.word(k);
                is_time_filler(w) || sitrep_text::calendar::is_weekday(w)
            })
    }

    /// Whether the group starting at token `k` is the country after a town's comma, after a
    /// preposition: "the bombings in Kampala, Uganda, killed 74" (Uganda is where, not who).
    fn apposed_place(&self, k: usize) -> bool {
        // A country closed by a comma of its own ("In Taipei, Taiwan said" is the subject).
        let Some(g) = self.group_at(k) else {
            return false;
        };
        let country = self
            .groups
            .get(g)
            .is_some_and(|gr| self.word(gr.end) == ",")
            && self
                .members(Some(g))
                .iter()
                .all(|m| m.is_some_and(|m| m.kind == ActorKind::Country));
        if k < 3 || self.word(k - 1) != "," || !country {
            return false;
        }
        let mut p = k - 2;
        let mut town = 0;
        // ("Dar es Salaam", "Ciudad del Este"; "in Nairobi, Kenya, and Dar es Salaam,
        // Tanzania".)
        while p > 0
            && town < 10
            && (self.names.get(p).copied().unwrap_or(false)
                || self.group_at(p).is_some()
                || (town > 0
                    && matches!(
                        self.word(p),
                        "es" | "el" | "al" | "de" | "del" | "da" | "," | "and"
                    )))
        {
            p -= 1;
            town += 1;
        }
        town > 0 && matches!(self.word(p), "in" | "at" | "near" | "outside")
    }

    /// The protest `into` refined by the demand of code `demand` it makes: the protest keeps
    /// its kind (a march 1411, a strike 1431, a riot 1451 for a leader's fall); `None` when
    /// the demand names no aim CAMEO's protests have.
    fn protest_for(&self, into: usize, demand: &str) -> Option<String> {
        let d = demonstration_for(demand);
        let kind = self.code_of(into)?.get(..3)?;
        let kind = if kind == "140" { "141" } else { kind };
        let sub = d.get(3..)?;
        (d != "141" && kind.starts_with("14")).then(|| format!("{kind}{sub}"))
    }

    /// The code of match `k`.
    fn code_of(&self, k: usize) -> Option<&str> {
        self.matches.get(k).map(|l| l.m.code.as_str())
    }

    /// Match `index` is told again by match `into`: `into` takes its target when it has none,
    /// and `code` when one is given; `index` is absorbed.
    fn absorb(&mut self, index: usize, into: usize, code: Option<String>, absorbed: &mut [bool]) {
        let target = self.matches.get(index).and_then(|l| l.target);
        if let Some(l) = self.matches.get_mut(into) {
            l.target = l.target.or(target);
            if let Some(c) = code {
                l.m.code = c;
            }
        }
        if let Some(a) = absorbed.get_mut(index) {
            *a = true;
        }
    }

    /// "Pakistan and India, which fought three wars, agreed to resume talks": a relative
    /// clause set off by commas between the subject and its verb describes the subject; it is
    /// no news of the day. (", which killed 12" at the end of a sentence is.)
    fn in_aside(&self, link: &Link) -> bool {
        let head = link.m.head;
        let opener = (head.saturating_sub(3)..head)
            .rev()
            .find(|&k| matches!(self.word(k), "which" | "who"));
        let Some(o) = opener else {
            return false;
        };
        if self.word(o.wrapping_sub(1)) != "," || (o + 1..head).any(|k| self.word(k) == ",") {
            return false;
        }
        // The aside closes with a comma, and the main clause's verb follows it.
        let Some(close) = (head + 1..(head + 12).min(self.words.len()))
            .find(|&k| matches!(self.word(k), "," | ";" | "."))
        else {
            return false;
        };
        self.word(close) == ","
            && (close + 1..(close + 4).min(self.words.len()))
                .any(|k| self.verbal_head(k).is_some() || FINITE_AUX.contains(&self.word(k)))
    }

    /// "threatened to besiege ministries if she refused", "sanctions unless the rebels agreed
    /// to a ceasefire", "a resolution that would have threatened Syria": the condition of a
    /// threat or an act that did not happen is no event.
    fn is_condition(&self, link: &Link) -> bool {
        let head = link.m.head;
        let counterfactual = self.word(head.wrapping_sub(1)) == "have"
            && matches!(
                self.word(head.wrapping_sub(2)),
                "would" | "could" | "might" | "should"
            );
        if counterfactual {
            return true;
        }
        let mut j = head;
        for _ in 0..10 {
            let Some(b) = j.checked_sub(1) else {
                return false;
            };
            let w = self.word(b);
            if matches!(w, "," | ";" | ":" | "." | "and" | "but") {
                return false;
            }
            if matches!(w, "if" | "unless") {
                return true;
            }
            // "will remain until Iraq complies": a present in an "until" clause is the
            // condition of a future ("fought until the troops withdrew" is not).
            // ("gave Belgrade until Friday to pull out" is a deadline: no subject follows.)
            if w == "until" {
                let v = self.word(head);
                let subject = (b + 1..head)
                    .any(|k| self.group_at(k).is_some() || PRONOUNS.contains(&self.word(k)));
                return subject && !(v.ends_with("ed") || is_irregular_past(v));
            }
            // "willing to hand him over in exchange for the release of prisoners": the price
            // asked, not an act.
            if w == "for" && matches!(self.word(b.wrapping_sub(1)), "exchange" | "return") {
                return true;
            }
            j = b;
        }
        false
    }

    /// "brushed aside an offer by the U.N. chief to mediate", "rejected calls from the EU to
    /// lift the ban": an infinitive that spells out what a noun of offer, request or plan
    /// holds is that noun's content, no act of its own (unless a cue governs it).
    fn is_noun_content(&self, index: usize) -> bool {
        let Some(link) = self.matches.get(index) else {
            return false;
        };
        let head = link.m.head;
        if (!link.noun && self.in_claim_noun_clause(head)) || self.text_participle(head) {
            return true;
        }
        if !link.noun && self.relative_content(head) {
            return true;
        }
        if link.noun || self.word(head.wrapping_sub(1)) != "to" || self.governor(index).is_some() {
            return false;
        }
        let to = head - 1;
        let mut j = to;
        for _ in 0..8 {
            let Some(b) = j.checked_sub(1) else {
                return false;
            };
            let w = self.word(b);
            if CONTENT_NOUNS.contains(&w) {
                // A resolution or bill passed does what it says; one rejected, vetoed or
                // blocked does not.
                return !self.enacted(w, b);
            }
            // Over the noun's own "by X", "from X", "of X" and modifiers, not over a verb.
            if self.verbal_head(b).is_some()
                || matches!(
                    w,
                    "," | ";" | ":" | "." | "and" | "but" | "that" | "who" | "which"
                )
            {
                return false;
            }
            j = b;
        }
        false
    }

    /// Whether a content noun before token `at` does what it says: a resolution, motion, bill
    /// or draft passed, unless an act of rejection (12) stands before ("rejected a bill that
    /// would ban imports", "vetoed a resolution").
    fn enacted(&self, noun: &str, at: usize) -> bool {
        matches!(noun, "resolution" | "motion" | "bill" | "draft")
            && !self
                .matches
                .iter()
                .any(|l| !l.noun && l.m.head < at && matches!(l.m.code.get(..2), Some("12")))
    }

    /// "vetoed a Security Council draft condemning the junta", "blocked a resolution
    /// demanding a ceasefire": a participle right after a text that was not adopted is its
    /// content, no act ("adopted a resolution demanding a ceasefire" demands it).
    fn text_participle(&self, head: usize) -> bool {
        let text = self.word(head.wrapping_sub(1));
        if !self.word(head).ends_with("ing")
            || !matches!(text, "resolution" | "draft" | "motion" | "bill" | "text")
        {
            return false;
        }
        let adopted = (head.saturating_sub(7)..head - 1).any(|k| ADOPTING.contains(&self.word(k)));
        !adopted && !self.enacted(text, head - 1)
    }

    /// Whether the verb at `head` tells what a plan, offer or draft would do, in a relative
    /// clause ("rejected a U.N. settlement plan that would have granted the region autonomy",
    /// "vetoed a resolution that would impose sanctions"): the content, no act. A resolution
    /// or bill adopted does what it says ("adopted a resolution that will impose sanctions").
    fn relative_content(&self, head: usize) -> bool {
        if self.text_participle(head) {
            return true;
        }
        let mut j = head;
        for _ in 0..5 {
            let Some(b) = j.checked_sub(1) else {
                return false;
            };
            match self.word(b) {
                "would" | "could" | "might" | "will" | "have" | "also" | "not" | "effectively" => {
                    j = b
                }
                "that" | "which" => {
                    let noun = self.word(b.wrapping_sub(1));
                    if !CONTENT_NOUNS.contains(&noun) || matches!(noun, "hours" | "days") {
                        return false;
                    }
                    // ("The EU approved a plan that will impose sanctions": a plan adopted
                    // does what it says, as a resolution or bill passed does.)
                    let adopted =
                        (b.saturating_sub(5)..b).any(|k| ADOPTING.contains(&self.word(k)));
                    if adopted {
                        return false;
                    }
                    return !self.enacted(noun, b);
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether an appeal or demand named as a noun is what another act answers or withstands
    /// ("conceded to opposition demands for reform", "bowing to demands from protesters",
    /// "refused to step down despite mounting demands", "in defiance of repeated demands from
    /// the IAEA", "brushing aside an appeal by the prime minister"): that act is the news.
    fn answered_call(&self, link: &Link) -> bool {
        if !link.noun {
            return false;
        }
        let head = link.m.head;
        // ("refused to leave despite a court order to leave", "defying warnings from its
        // partners": what is withstood, of any kind, is no news of its own.)
        let withstood = (head.saturating_sub(5)..head)
            .rev()
            .take_while(|&k| !matches!(self.word(k), "," | ";" | "." | ":"))
            .any(|k| {
                matches!(
                    self.word(k),
                    "despite" | "defiance" | "defying" | "ignoring"
                )
            });
        // (Only what was said, pledged or ordered: "despite the arrest of 20 activists",
        // "despite sanctions imposed by Washington" happened.)
        let said = matches!(
            link.m.code.get(..2),
            Some("01" | "02" | "03" | "10" | "11" | "12" | "13")
        ) || matches!(self.word(head), "order" | "orders" | "ruling" | "rulings");
        if withstood && said {
            return true;
        }
        if !matches!(link.m.code.get(..2), Some("02" | "10")) {
            return false;
        }
        (head.saturating_sub(5)..head)
            .rev()
            .take_while(|&k| !matches!(self.word(k), "," | ";" | "." | ":"))
            .any(|k| {
                let w = self.word(k);
                let yielded = |j: usize| {
                    let v = self.word(j);
                    matches!(
                        v,
                        "bow"
                            | "bows"
                            | "bowed"
                            | "bowing"
                            | "concede"
                            | "conceded"
                            | "concedes"
                            | "conceding"
                            | "yield"
                            | "yielded"
                            | "yielding"
                            | "accede"
                            | "acceded"
                            | "acceding"
                            | "responding"
                            | "responded"
                            | "agree"
                            | "agreed"
                            | "agreeing"
                    ) || (v == "in"
                        && matches!(
                            self.word(j.wrapping_sub(1)),
                            "give" | "gave" | "giving" | "given"
                        ))
                };
                matches!(
                    w,
                    "despite" | "defiance" | "aside" | "ignoring" | "ignored" | "heeding"
                ) || (w == "to" && (k.saturating_sub(3)..k).any(yielded))
            })
    }

    /// Whether the word at `head` opens the text: first, or right after a dateline's dash
    /// ("MANAMA -", "CAIRO, May 2 (Reuters) -": no actor and no prose before it; "Youths -
    /// some on foot - attacked" is prose).
    fn opens_text(&self, head: usize) -> bool {
        let before = head.checked_sub(1).map_or("", |b| self.word(b));
        head == 0
            || (matches!(before, "-" | "--" | "—" | "–" | ":")
                && (0..head - 1).all(|k| {
                    self.group_at(k).is_none()
                        && !matches!(
                            self.word(k),
                            "the"
                                | "a"
                                | "an"
                                | "some"
                                | "others"
                                | "on"
                                | "of"
                                | "and"
                                | "in"
                                | "who"
                        )
                }))
    }

    /// The subject of a participle that opens the sentence: the actor right after the comma
    /// that closes its clause ("Bowing to pressure from Washington, Islamabad has dropped the
    /// plans": Islamabad bowed).
    fn opening_participle_subject(&self, head: usize) -> Option<usize> {
        // ("Shelling of Kharkiv, Ukraine's second city, killed five": a noun of its own.)
        if !self.word(head).ends_with("ing")
            || !self.opens_text(head)
            || self.word(head + 1) == "of"
        {
            return None;
        }
        let comma = (head + 1..(head + 15).min(self.words.len()))
            .take_while(|&k| !matches!(self.word(k), ";" | "." | ":"))
            .find(|&k| self.word(k) == ",")?;
        let mut at = comma + 1;
        if DETERMINERS.contains(&self.word(at)) {
            at += 1;
        }
        self.group_at(at)
    }

    /// Whether the act at `head` is a reason given after "citing" ("called off the talks,
    /// citing joint drills by U.S. and South Korean forces"): cited, not told as news.
    fn cited(&self, head: usize) -> bool {
        // ("A U.N. report citing witnesses said soldiers killed 20": no comma, the report's
        // source.)
        (head.saturating_sub(8)..head)
            .rev()
            .take_while(|&k| !matches!(self.word(k), "," | ";" | "." | ":"))
            .any(|k| self.word(k) == "citing" && self.word(k.wrapping_sub(1)) == ",")
    }

    /// Whether the verb at the start of a sentence or after a determiner is a participle
    /// that describes the noun after it ("Jailed Bahraini activist X began a hunger strike",
    /// "the detained journalists were released"): a standing state, no act. ("Attacked by
    /// rebels, the convoy retreated" tells the attack.)
    fn participle_adjective(&self, link: &Link) -> bool {
        let head = link.m.head;
        let w = self.word(head);
        // "U.S.-brokered peace talks", "a U.N.-sanctioned force": the second half of a
        // hyphenated compound qualifies a noun.
        let joined = |a: usize, b: usize| matches!((self.tokens.get(a), self.tokens.get(b)), (Some(x), Some(y)) if x.end == y.start);
        if head >= 2
            && self.word(head - 1) == "-"
            && joined(head - 2, head - 1)
            && joined(head - 1, head)
            && link.m.words.len() == 1
        {
            return true;
        }
        // ("Released hostages arrived": a pattern whose noun is the next word.)
        let adjacent = link.m.words.len() == 1
            || (link.m.words.len() == 2 && link.m.words.get(1) == Some(&(head + 1)));
        if link.noun || !w.ends_with("ed") || !adjacent {
            return false;
        }
        // ("the recently arrested suspect", "one of the most fiercely opposed plans": over
        // adverbs.)
        let b = self.over_adverbs(head, 3);
        let before = b.checked_sub(1).map_or("", |b| self.word(b));
        let opens = self.opens_text(b)
            || matches!(before, "the" | "a" | "an" | "his" | "her" | "their" | "its");
        let next = self.word(head + 1);
        opens
            && !next.is_empty()
            // (An object after it makes it a verb: "Attacked an Iranian oil platform".)
            && !matches!(
                next,
                "," | "." | ";" | "by" | "of" | "in" | "on" | "at" | "after" | "for" | "with" | "to"
                    | "from" | "during" | "over" | "since" | "as" | "and" | "or" | "without"
                    | "were"
                    | "was"
                    | "are"
                    | "is"
            )
            && !DETERMINERS.contains(&next)
    }

    /// Whether "to" at `to` follows an actor that a verb of causing moved to act ("the
    /// outbreak led Botswana and Zambia to bar imports", "the raids prompted Kenya to close
    /// the border"): the act is told as done, not as to come.
    fn caused_before(&self, to: usize) -> bool {
        let Some(g) = to.checked_sub(1).and_then(|k| self.group_at(k)) else {
            return false;
        };
        self.groups.get(g).is_some_and(|group| {
            // ("forced the government to lift the curfew": past a determiner.)
            let mut before = group.start.wrapping_sub(1);
            if matches!(self.word(before), "the" | "its" | "their" | "his" | "her") {
                before = before.wrapping_sub(1);
            }
            group.end == to && CAUSED.contains(&self.word(before))
        })
    }

    /// Whether the verb at `head` tells the content of an allegation named as a noun
    /// ("denied Pakistan's claim that it had violated the ceasefire", "allegations that the
    /// army had tortured detainees"): what is alleged is not told as done.
    fn in_claim_noun_clause(&self, head: usize) -> bool {
        let mut j = head;
        for _ in 0..8 {
            let Some(b) = j.checked_sub(1) else {
                return false;
            };
            let w = self.word(b);
            if w == "that" {
                // ("accusations by Georgian officials that ...": the accusers between.)
                let mut n = b.wrapping_sub(1);
                if let Some(g) = self.group_at(n)
                    && let Some(start) = self.groups.get(g).map(|g| g.start)
                    && self.word(start.wrapping_sub(1)) == "by"
                {
                    n = start.wrapping_sub(2);
                }
                let noun = self.word(n);
                let before = n.wrapping_sub(1);
                let plural = matches!(
                    noun,
                    "allegations" | "accusations" | "rumours" | "rumors" | "suggestions"
                );
                // "denied claims that", "Ukrainian claims that" (not "Pakistan claims that").
                let claims = noun == "claims"
                    && self.group_at(before).is_none()
                    && !PRONOUNS.contains(&self.word(before));
                let singular = matches!(
                    noun,
                    "claim" | "allegation" | "accusation" | "assertion" | "suggestion" | "rumour"
                ) && CLAIM_NOUN_DETERMINERS.contains(&self.word(before));
                return plural || claims || singular;
            }
            if self.verbal_head(b).is_some() || matches!(w, "," | ";" | ":" | "." | "and" | "but") {
                return false;
            }
            j = b;
        }
        false
    }

    /// "a missile capable of hitting Israel", "hackers capable of launching attacks": a
    /// capability, no act.
    fn is_capability(&self, link: &Link) -> bool {
        let head = link.m.head;
        self.word(head.wrapping_sub(1)) == "of"
            && matches!(self.word(head.wrapping_sub(2)), "capable" | "incapable")
    }

    /// The earlier violent verbal act that violent noun `index` tells again: the noun
    /// stands after "in" or "during" (over at most six tokens that are no act and no actor:
    /// "in the latest cross-border raids"), has no source of its own, and no ";" or "."
    /// stands between it and the act, whose source is named.
    fn restated_in(&self, index: usize) -> Option<usize> {
        let link = self.matches.get(index)?;
        // (A plural after an adjective, "the latest raids", may not be marked a noun: after
        // "in" it is one.)
        let riot = link.m.code.starts_with("145");
        if link.source.is_some() || !(is_violent(&link.m.code) || riot) {
            return None;
        }
        let head = link.m.head;
        let mut j = head;
        let mut preposition = None;
        for _ in 0..7 {
            j = j.checked_sub(1)?;
            let w = self.word(j);
            // "attacked a police station with petrol bombs": a rioter's weapon after "with"
            // says what the attack was; so does a bomb ("killed four soldiers with a roadside
            // bomb": 1833).
            if matches!(w, "in" | "during") && !riot
                || (w == "with" && (riot || link.m.code.starts_with("18")))
            {
                preposition = Some(j);
                break;
            }
            if self.group_at(j).is_some()
                || self.matches.iter().any(|l| l.m.head == j)
                || matches!(
                    w,
                    "," | ";" | ":" | "." | "and" | "or" | "after" | "before" | "for" | "of"
                )
            {
                return None;
            }
        }
        let p = preposition?;
        // The phrase must belong to the act, not to a description of its object: "killed a
        // commander wanted in the kidnapping", "a leader suspected of involvement in
        // bombings", "in revenge for the bombing", "the town, which had been hit in earlier
        // shelling" (a participle after its noun describes it; "bombed suspected rebel
        // positions" is an adjective).
        let describes = |t: usize| {
            let w = self.word(t);
            // A participle that opens a phrase of its own ("wanted in", "involved in",
            // "accused of"), not one before its noun ("three suspected militants").
            let phrase = (w.ends_with("ed") || w == "wanted")
                && self.matches.iter().all(|l| !l.m.words.contains(&t))
                && matches!(
                    self.word(t + 1),
                    "in" | "for" | "of" | "over" | "with" | "by" | "during"
                );
            phrase
                || matches!(
                    w,
                    ";" | "."
                        | "who"
                        | "which"
                        | "that"
                        | "whose"
                        | "for"
                        | "involvement"
                        | "aftermath"
                        | "revenge"
                        | "retaliation"
                        | "trial"
                )
        };
        // ("detained 15 Palestinians in overnight raids": the raids were the arrests.)
        let raid = matches!(self.word(head), "raid" | "raids");
        (0..index).rev().find(|&k| {
            self.matches.get(k).is_some_and(|l| {
                let last = l.m.words.iter().copied().max().unwrap_or(l.m.head);
                !l.noun
                    && l.source.is_some()
                    && l.m.head < p
                    && (is_violent(&l.m.code) || (raid && l.m.code.starts_with("17")))
                    && (last + 1..p).all(|t| !describes(t))
            })
        })
    }

    /// "met Assad to discuss ...": an infinitive of purpose that repeats the kind of act just
    /// coded for the same subject is part of it, not a second event; so is one after an appeal
    /// or demand (what is asked for).
    fn is_purpose_repeat(&self, index: usize) -> bool {
        let Some(link) = self.matches.get(index) else {
            return false;
        };
        if link.noun || self.word(link.m.head.wrapping_sub(1)) != "to" {
            return false;
        }
        let root = link.m.code.get(..2).unwrap_or("");
        // "called for dialogue between X and Y to resolve their disputes": the purpose of an
        // appeal or demand that already names what it asks for is part of it, not an act of
        // its own. (After a bare "urged X", the infinitive is what is asked for: "urged the
        // EU to support the PLO" keeps its act, or is recoded through the appeal.)
        let head = link.m.head;
        let asked = self.governor(index).is_none()
            && self.matches.iter().take(index).any(|l| {
                matches!(l.m.code.get(..2), Some("02" | "10"))
                    && l.m.words.len() > 1
                    && (l.m.head..head).all(|j| !matches!(self.word(j), ";" | "." | ":"))
            });
        // "marched through Caracas to demand the president's resignation": what a protest
        // demands is its aim, not a second act.
        let protest_aim = root == "10";
        asked
            || self.matches.iter().take(index).any(|l| {
                let r = l.m.code.get(..2);
                !l.noun
                    && (r == Some(root) || (protest_aim && r == Some("14")))
                    && l.source == link.source
            })
    }

    /// Whether another match's head stands between `link`'s last word and the "between" that
    /// group `g` follows: then the pair after "between" is that match's.
    fn between_belongs_to_other(&self, link: &Link, g: usize) -> bool {
        let Some(group) = self.groups.get(g) else {
            return false;
        };
        let last = link.m.words.iter().copied().max().unwrap_or(link.m.head);
        (last + 1..group.start).any(|j| {
            self.matches
                .iter()
                .any(|l| l.m.head == j && l.m.head != link.m.head)
        })
    }

    /// Whether group `g` follows "between" (a determiner may stand between).
    fn after_between(&self, g: usize) -> bool {
        let Some(group) = self.groups.get(g) else {
            return false;
        };
        let mut j = group.start;
        while j > 0 {
            j -= 1;
            match self.word(j) {
                "the" => continue,
                "between" => return true,
                _ => return false,
            }
        }
        false
    }

    /// When group `g` is the object of an earlier verbal match and only "and" (or ", and")
    /// stands between it and `head`, the subject of that earlier match.
    /// "The Indian Navy prevented pirates from attacking a vessel flying an Ethiopian flag and
    /// took 23 into custody": a verb right after "and" with no subject of its own shares the
    /// subject of its clause's first verb, not the nearest actor of that verb's object. The
    /// clause starts after a verb of saying or a subordinator ("Police said gunmen attacked a
    /// bus and killed 12": the gunmen; "until Turkey recognises Greek rights and withdraws
    /// its troops": Turkey).
    fn shared_subject(&self, g: usize, head: usize) -> Option<usize> {
        let mut k = head.checked_sub(1)?;
        while k > 0 && (is_time_filler(self.word(k)) || self.word(k).ends_with("ly")) {
            k -= 1;
        }
        if self.word(k) != "and" {
            return None;
        }
        let group = self.groups.get(g)?;
        // (Not when the nearest actor is a subject itself: "U.S. forces attacked, seized, and
        // sank an Iranian ship".)
        let after = self.word(group.end);
        if self.verbal_head(group.end).is_some()
            || (after.bytes().all(|b| b.is_ascii_lowercase())
                && (after.ends_with("ed") || crate::verbs::is_irregular_past(after)))
        {
            return None;
        }
        let start = (0..group.start)
            .rev()
            .find(|&j| {
                self.is_speech(j)
                    || matches!(
                        self.word(j),
                        ";" | ":"
                            | "\""
                            | "``"
                            | "that"
                            | "until"
                            | "unless"
                            | "if"
                            | "when"
                            | "because"
                            | "after"
                            | "before"
                            | "while"
                            | "once"
                    )
            })
            .map_or(0, |j| j + 1);
        // (Or a past tense that codes nothing: "The Indian Navy boarded a vessel flying a
        // Panamanian flag and arrested 12 pirates".)
        let first_verb = self
            .matches
            .iter()
            .filter(|l| !l.noun && l.m.head >= start && l.m.head < group.start)
            .map(|l| l.m.head)
            .chain((start..group.start).filter(|&j| {
                let w = self.word(j);
                self.group_at(j).is_none()
                    && w.bytes().all(|b| b.is_ascii_lowercase())
                    && (w.ends_with("ed") || crate::verbs::is_irregular_past(w))
                    && j > 0
                    && self.group_at(j - 1).is_some()
            }))
            .min()?;
        // ("A mayor was convicted by a court and sentenced": a passive's second verb has the
        // first's agent, as the passive rules give it.)
        if (start..first_verb).any(|j| BE.contains(&self.word(j))) {
            return None;
        }
        let subject = self
            .groups
            .iter()
            .position(|s| s.start >= start && s.end <= first_verb)?;
        // (Not when the nearest actor is the clause's subject already.)
        (subject != g).then_some(subject)
    }

    fn coordinated_subject(&self, g: usize, head: usize) -> Option<usize> {
        let group = self.groups.get(g)?;
        let between: Vec<&str> = (group.end..head).map(|j| self.word(j)).collect();
        if between != ["and"] && between != [",", "and"] {
            return None;
        }
        let mut j = group.start;
        while j > 0 {
            j -= 1;
            if self.word(j) == "the" {
                continue;
            }
            let earlier = self
                .matches
                .iter()
                .find(|l| l.m.words.contains(&j) && !l.noun)?;
            return earlier.source;
        }
        None
    }
}

/// A word of a short time phrase after a verb of saying ("said on Wednesday", "said late
/// last week", "said yesterday").
/// Words besides [`SPEECH`] that make what follows someone's account: claims, beliefs and
/// suspicions, "according to".
fn is_reporting(w: &str) -> bool {
    CLAIMS.contains(&w)
        || matches!(
            w,
            "believe" | "suspect" | "suspects" | "suspected" | "think" | "according"
        )
}

fn is_time_filler(w: &str) -> bool {
    matches!(
        w,
        "on" | "late"
            | "early"
            | "earlier"
            | "last"
            | "this"
            | "week"
            | "month"
            | "yesterday"
            | "today"
            | "tonight"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "also"
            | "again"
            | "then"
    ) || sitrep_text::calendar::is_month_or_weekday(w)
}

/// The code of an act as its source makes it: protesters' violence is a riot (145, "clashed
/// with police", "torched cars"); a state military's bombing is military force, from the air
/// when aircraft are named (195, "the Sudanese air force bombed villages"); police put on alert
/// is 151, not the military's 152.
fn by_source(code: &str, source: Option<&ActorMention>) -> String {
    let Some(s) = source else {
        return code.to_owned();
    };
    let agent = s.actor.code.get(3..).unwrap_or("");
    let named = s.matched.to_lowercase();
    let protesters = agent.starts_with("OPP")
        && ["protester", "demonstrator", "rioter", "mob", "crowd"]
            .iter()
            .any(|w| named.contains(w));
    if protesters && (code.starts_with("19") || code == "180" || code.starts_with("171")) {
        return "145".to_owned();
    }
    // "Protesters poured into the square demanding the president's resignation": what
    // demonstrators demand, they demonstrate for (1411 leadership change, 1412 policy change,
    // 1413 rights, 1414 institutions).
    if protesters && code.starts_with("10") {
        return demonstration_for(code).to_owned();
    }
    let named_word = |stems: &[&str]| {
        named.split(|c: char| !c.is_alphanumeric()).any(|w| {
            stems
                .iter()
                .any(|s| w.starts_with(s) && w.len() <= s.len() + 2)
        })
    };
    let air = named_word(&[
        "air",
        "aircraft",
        "jet",
        "plane",
        "warplane",
        "drone",
        "helicopter",
        "gunship",
        "bomber",
    ]);
    if agent.starts_with("MIL") && code == "183" {
        return if air { "195" } else { "190" }.to_owned();
    }
    // "Serb artillery pounded the enclave", "warplanes pounded rebel positions": the weapon
    // named as the doer says how an unspecified use of force was made.
    if code == "194" && air {
        return "195".to_owned();
    }
    if code == "190" {
        let heavy = named_word(&["artillery", "tank", "mortar", "howitzer", "gunboat"]);
        if air {
            return "195".to_owned();
        }
        if heavy {
            return "194".to_owned();
        }
    }
    // "the fresh Iranian assault", "the army's assault on the town": a country or an army
    // assaults with force of arms, not a person's fists (182).
    if code == "182"
        && ((s.kind == ActorKind::Country && s.role.is_none())
            || (agent.starts_with("MIL") && named_word(&["army", "military", "forces"])))
    {
        return "190".to_owned();
    }
    // "Truckers blockaded the border crossing", "farmers blockaded the port": people, not a
    // state's forces, obstruct passage (144).
    if code.starts_with("191")
        && ["OPP", "CVL", "LAB", "AGR", "EDU", "BUS"]
            .iter()
            .any(|a| agent.starts_with(a))
    {
        return "144".to_owned();
    }
    if agent.starts_with("COP") && code == "152" {
        return "151".to_owned();
    }
    // "Hijackers seized a jet", "pirates seized a tanker": what they seize, they hijack.
    if code.starts_with("171") && named_word(&["hijacker", "pirate"]) {
        return "181".to_owned();
    }
    code.to_owned()
}

/// The demonstration for what demand `code` asks (1411 leadership change, 1412 policy change,
/// 1413 rights, 1414 institutions; 141 otherwise).
fn demonstration_for(code: &str) -> &'static str {
    match code {
        "1041" | "0241" => "1411",
        "1042" | "0242" => "1412",
        "1043" | "0243" => "1413",
        "1044" | "0244" => "1414",
        _ => "141",
    }
}

/// "Troops opened fire on demonstrators", "police beat protesters": force used by a state's
/// forces on protesters is violent repression (175).
/// Whether an actor bears arms: forces, police, intelligence, rebels, militias, gangs.
/// Verbs of ordering and telling someone to act ("ordered the AU to withdraw", "told the
/// peacekeepers to leave", "instructed police to").
fn is_order(word: &str) -> bool {
    matches!(
        word,
        "order"
            | "orders"
            | "ordered"
            | "ordering"
            | "instruct"
            | "instructs"
            | "instructed"
            | "instructing"
            | "tell"
            | "tells"
            | "told"
            | "telling"
    )
}

/// Roles whose holders hold political office ("prime minister", "foreign minister",
/// "governor"): their killing is an assassination.
fn is_political_office(role: &str) -> bool {
    role.contains("minister")
        || role.contains("president")
        || matches!(
            role,
            "premier"
                | "governor"
                | "mayor"
                | "king"
                | "queen"
                | "emir"
                | "speaker"
                | "senator"
                | "lawmaker"
                | "legislator"
                | "mp"
                | "ambassador"
                | "envoy"
                | "judge"
                | "prosecutor"
                | "chancellor"
                | "head of state"
        )
}

/// Whether the actor's role, the code after its country (`PAKMIL` → `MIL`), is one of `roles`.
fn has_role(m: &ActorMention, roles: &[&str]) -> bool {
    m.actor
        .code
        .get(3..)
        .is_some_and(|c| roles.iter().any(|r| c.starts_with(r)))
}

fn is_armed(m: &ActorMention) -> bool {
    let named = m.matched.to_lowercase();
    m.kind == ActorKind::ArmedGroup
        || has_role(m, &["MIL", "COP", "SPY", "REB", "UAF", "INS", "CRM", "SEP"])
        || OWN_FORCES.iter().any(|f| named.contains(f))
}

/// An official, lawmaker, judge or party, and no armed or security force: one whose clash is
/// with words.
fn is_political(m: &ActorMention) -> bool {
    !is_armed(m) && has_role(m, &["GOV", "LEG", "JUD", "PTY"])
}

fn against_protesters(
    code: &str,
    source: Option<&ActorMention>,
    target: Option<&ActorMention>,
    protesting: bool,
) -> String {
    let (Some(s), Some(t)) = (source, target) else {
        return code.to_owned();
    };
    let state = has_role(s, &["MIL", "COP", "GOV"]);
    let named = t.matched.to_lowercase();
    let protesters = protesting
        || ["protester", "demonstrator", "marcher", "rioter"]
            .iter()
            .any(|w| named.contains(w));
    let force = code.starts_with("19") || matches!(code, "180" | "182" | "1823");
    // ("Tehran executed two protesters": a government's killing is an execution, 1823.)
    let execution = code == "1823" && has_role(s, &["GOV"]);
    if state && protesters && force && !execution && !matches!(code, "191" | "192") {
        return "175".to_owned();
    }
    code.to_owned()
}

/// A year of the last two centuries, written out ("1994", "2021").
fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

/// A country an act is placed in, with the words that name it there, first to last.
type Located = (ActorRef, Vec<TextRange>);

/// Verbs of preparing an act elsewhere than where it strikes: "the attack was planned in
/// Afghanistan".
const PREPARED: &[&str] = &[
    "planned",
    "plotted",
    "hatched",
    "masterminded",
    "organised",
    "organized",
    "ordered",
    "directed",
    "coordinated",
    "financed",
    "funded",
    "trained",
    "recruited",
    "based",
    "headquartered",
];

/// Assault, fight and mass violence (roots 18, 19, 20).
/// "Ethiopia expelled Medecins Sans Frontieres": an aid agency expelled is 1663, not a person
/// deported (174).
fn expelled_agencies(out: &mut [Coding]) {
    for c in out.iter_mut().filter(|c| c.code == "174") {
        if c.target.as_ref().is_some_and(|t| t.code.starts_with("NGO")) {
            c.code = "1663".to_owned();
        }
    }
}

/// The root of a CAMEO code as a number (`"1831"` is 18).
fn root_number(code: &str) -> u8 {
    code.get(..2).and_then(|r| r.parse().ok()).unwrap_or(0)
}

/// The rejection (12x) of an appeal or demand of code `request` (02x, 10x), by CAMEO's
/// parallel codes: a request for aid rejected is 122x, for reform 123x, to yield 124x, to meet
/// 125, for mediation 126, for cooperation 121x.
fn rejection_of(request: &str) -> Option<&'static str> {
    let kind = match request.get(..2)? {
        "02" | "10" => request.get(2..)?,
        _ => return None,
    };
    Some(match kind {
        "11" => "1211",
        "12" => "1212",
        "1" => "121",
        "31" => "1221",
        "32" => "1222",
        "33" => "1223",
        "34" => "1224",
        "3" => "122",
        "41" => "1231",
        "42" => "1232",
        "43" => "1233",
        "44" => "1234",
        "4" => "123",
        "51" => "1241",
        "52" => "1242",
        "53" => "1243",
        "54" => "1244",
        "55" => "1245",
        "56" => "1246",
        "5" => "124",
        "6" => "125",
        "8" => "126",
        _ => return None,
    })
}

fn is_violent(code: &str) -> bool {
    matches!(code.get(..2), Some("18" | "19" | "20"))
}

/// "Two soldiers were killed when militants attacked a checkpoint": an act whose doer the
/// sentence names in one clause and whose victim in another is told twice, once with its
/// source alone and once with its target alone. The two halves of one code and modality become
/// one coding, at the half that names the source.
fn merge_halves(out: &mut Vec<Coding>) {
    let mut i = 0;
    while i < out.len() {
        let target_only = out
            .get(i)
            .is_some_and(|c| c.source.is_none() && c.target.is_some());
        let half = target_only
            .then(|| {
                let c = out.get(i)?;
                out.iter().position(|o| {
                    o.source.is_some()
                        && o.target.is_none()
                        && o.code == c.code
                        && o.negated == c.negated
                        && o.hypothetical == c.hypothetical
                })
            })
            .flatten();
        match half {
            Some(j) => {
                let c = out.remove(i);
                let j = if j > i { j - 1 } else { j };
                if let Some(o) = out.get_mut(j) {
                    o.target = c.target;
                    o.target_range = c.target_range;
                }
            }
            None => i += 1,
        }
    }
}

/// "Clinton has imposed sanctions on the Taliban ..., the White House said": the act found once
/// with its source and target and once with the target alone is one act, as is "killed five
/// officers in an ambush" ("ambush" told again without actors). A coding whose actors another
/// coding of the same code and modality names too, and more, is dropped.
fn drop_subsumed(out: &mut Vec<Coding>) {
    let code = actor_code;
    // "killed three militants in fierce fighting": violence or protest told again by a noun of
    // its root with no actor of its own is the same act (not beside a blockade or an
    // occupation, 191 and 192, which are no combat: "captured the stronghold after days of
    // fighting"; talks are not: "later rounds in Istanbul" are rounds of their own).
    let same_kind = |c: &Coding, o: &Coding| {
        c.code == o.code
            || (c.source.is_none()
                && c.target.is_none()
                && !matches!(o.code.as_str(), "191" | "192")
                && matches!(c.code.get(..2), Some("14" | "18" | "19" | "20"))
                && c.code.get(..2) == o.code.get(..2))
    };
    let within = |c: &Coding, o: &Coding| {
        same_kind(c, o)
            && c.negated == o.negated
            && c.hypothetical == o.hypothetical
            && (c.source.is_none() || code(&c.source) == code(&o.source))
            && (c.target.is_none() || code(&c.target) == code(&o.target))
            && (c.source.is_none() && o.source.is_some()
                || c.target.is_none() && o.target.is_some())
    };
    let keep: Vec<bool> = out
        .iter()
        .map(|c| !out.iter().any(|o| within(c, o)))
        .collect();
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
}

/// "must withdraw its police or be hit with air strikes": one act told twice within one
/// overlapping span ("hit", "air strikes", each carried from the "must") is one coding, the
/// longer span kept.
fn drop_repeats(out: &mut Vec<Coding>) {
    let same = |c: &Coding, o: &Coding| {
        c.code == o.code
            && actor_code(&c.source) == actor_code(&o.source)
            && actor_code(&c.target) == actor_code(&o.target)
            && c.negated == o.negated
            && c.hypothetical == o.hypothetical
            && c.verb_range.start < o.verb_range.end
            && o.verb_range.start < c.verb_range.end
    };
    let len = |c: &Coding| c.verb_range.end - c.verb_range.start;
    let keep: Vec<bool> = out
        .iter()
        .enumerate()
        .map(|(i, c)| {
            !out.iter().enumerate().any(|(j, o)| {
                j != i && same(c, o) && (len(o) > len(c) || len(o) == len(c) && j < i)
            })
        })
        .collect();
    let mut keep = keep.into_iter();
    out.retain(|_| keep.next().unwrap_or(true));
}

/// "French and Egyptian warships launched war games": a show of force (150) that forces of
/// two countries stage together is military cooperation (062), each side with the other. One
/// country's exercises stay a show of force, and so do rival or separate ones.
fn joint_exercises(out: &mut [Coding], rival: bool) {
    if rival {
        return;
    }
    let country = |c: &Coding| c.source.as_ref().and_then(|a| a.country.clone());
    let shows: Vec<usize> = (0..out.len())
        .filter(|&i| {
            out.get(i)
                .is_some_and(|c| c.code == "150" && country(c).is_some())
        })
        .collect();
    for &i in &shows {
        let Some(c) = out.get(i) else { continue };
        let partner = shows.iter().find_map(|&j| {
            let o = out.get(j)?;
            (o.verb_range == c.verb_range && country(o) != country(c))
                .then(|| (o.source.clone(), o.source_range))
        });
        if let Some((other, range)) = partner
            && let Some(c) = out.get_mut(i)
        {
            "062".clone_into(&mut c.code);
            if c.target.is_none() {
                c.target = other;
                c.target_range = range;
            }
        }
    }
}

/// "Egypt's president hosted the Palestinian president in Cairo": a host's act (043) is the
/// guest's visit (042) too, as CAMEO coders code both sides, when the guest is a government,
/// leader or opposition figure, or a state or rebels hosted at talks (`talks`: the host's verb
/// names them).
fn guest_visits(out: &mut Vec<Coding>, talks: impl Fn(&Coding) -> bool) {
    // Only a guest who travels: a government, leader or opposition figure ("hosted a
    // conference on Libya", "hosts 35,000 US troops" bring no visitor; "hosts militants"
    // shelters them).
    let guest = |c: &Coding| {
        c.target.as_ref().is_some_and(|t| {
            let agent = t.code.get(3..).unwrap_or("");
            ["GOV", "ELI", "OPP"].iter().any(|a| agent.starts_with(a))
                || ((agent.is_empty() || agent.starts_with("REB")) && talks(c))
        })
    };
    let visits: Vec<Coding> = out
        .iter()
        .filter(|c| c.code == "043" && c.source.is_some() && guest(c))
        .filter(|c| {
            !out.iter().any(|o| {
                o.code == "042"
                    && actor_code(&o.source) == actor_code(&c.target)
                    && actor_code(&o.target) == actor_code(&c.source)
            })
        })
        .map(|c| Coding {
            code: "042".to_owned(),
            source: c.target.clone(),
            target: c.source.clone(),
            source_range: c.target_range,
            target_range: c.source_range,
            ..c.clone()
        })
        .collect();
    out.extend(visits);
}

/// The code of an actor, if any.
fn actor_code(a: &Option<sitrep_model::ActorRef>) -> Option<&str> {
    a.as_ref().map(|a| a.code.as_str())
}

/// Codes whose plural subject acts on each of its members: meetings, talks, agreements,
/// ceasefires, fighting.
fn is_reciprocal(code: &str) -> bool {
    // A visit, a host and a mediator act on someone else: "mediated by Qatar and Turkey" is
    // not Qatar mediating Turkey.
    (code.starts_with("04") && !matches!(code, "042" | "043" | "045"))
        || code.starts_with("19")
        || code.starts_with("06")
        || matches!(
            code,
            "030" | "036" | "050" | "057" | "0871" | "0356" | "037"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(code: &str) -> Option<sitrep_model::ActorRef> {
        Some(sitrep_model::ActorRef {
            id: code.to_lowercase(),
            name: code.to_owned(),
            country: Some(code.to_owned()),
            code: code.to_owned(),
        })
    }

    fn coding(code: &str, source: &str, target: &str) -> Coding {
        Coding {
            code: code.to_owned(),
            source: (!source.is_empty()).then(|| actor(source)).flatten(),
            target: (!target.is_empty()).then(|| actor(target)).flatten(),
            verb_range: TextRange::new(0, 1),
            source_range: None,
            target_range: None,
            negated: false,
            hypothetical: false,
            lexicon_version: "test".to_owned(),
        }
    }

    fn dyads(out: &[Coding]) -> Vec<(String, String, String)> {
        let code = |a: &Option<sitrep_model::ActorRef>| {
            a.as_ref().map_or("-".to_owned(), |a| a.code.clone())
        };
        out.iter()
            .map(|c| (c.code.clone(), code(&c.source), code(&c.target)))
            .collect()
    }

    #[test]
    fn an_act_named_once_in_part_and_once_whole_is_one() {
        // The sanctions found with their target alone beside the same with both actors.
        let mut out = vec![coding("163", "", "AFG"), coding("163", "USA", "AFG")];
        drop_subsumed(&mut out);
        assert_eq!(dyads(&out), [("163".into(), "USA".into(), "AFG".into())]);
        // Another target, or another code, is another act.
        let mut out = vec![coding("163", "", "IRN"), coding("163", "USA", "AFG")];
        drop_subsumed(&mut out);
        assert_eq!(out.len(), 2);
        let mut out = vec![coding("172", "", "AFG"), coding("163", "USA", "AFG")];
        drop_subsumed(&mut out);
        assert_eq!(out.len(), 2);
    }

    #[test]
    fn the_halves_of_one_act_merge() {
        let mut out = vec![coding("190", "", "PAKMIL"), coding("190", "PAKREB", "")];
        merge_halves(&mut out);
        assert_eq!(
            dyads(&out),
            [("190".into(), "PAKREB".into(), "PAKMIL".into())]
        );
    }
}
