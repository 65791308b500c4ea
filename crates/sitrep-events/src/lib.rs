//! Event coding: who did what to whom in a sentence, as CAMEO codes with the byte ranges of the
//! verb, the source and the target.
//!
//! A [`Coder`] turns one sentence into [`Coding`]s. [`RuleCoder`] is the rule-based coder: it
//! finds actors with [`sitrep_actors::Lexicon`] plus generic actors (a bare role noun of
//! `data/actors/roles.tsv`: "police" is `---COP`, "protesters" `---OPP`, "the government of Peru"
//! `PERGOV`), and verb phrases with the team's verb lexicon (`data/cameo/verbs.tsv`, [`Verbs`]),
//! then links them by word order. [`RuleCoder::find_actors`] returns the actors it would use;
//! [`RuleCoder::code_with_actors`] codes with the caller's instead (people resolved across a
//! document, say), and [`Coder::code`] is `code_with_actors` over `find_actors`.
//!
//! - a capitalised word inside a sentence is part of a name ("the Court of Appeal", "23 March"),
//!   not a verb, unless the sentence is a title-case headline;
//! - the source is the nearest actor before the verb, the target the nearest after it, within
//!   the clause; coordinated actors ("Iran and Russia urged Pakistan and Afghanistan") give the
//!   cross product, and "between X and Y" or a plural subject of a reciprocal verb ("X and Y
//!   clashed") gives both directions;
//! - an act noun's source is its possessor, adjective or "by" phrase ("Israeli air strikes",
//!   "riots by angry youths": up to two modifiers may stand after "by", and a form in "-s" right
//!   before "by" is a plural noun, "attacks by suspected militants"); "whose" stands for the
//!   actor before it ("the militia, whose attacks"); an agent right after a noun of what is
//!   done to someone (killing, arrest, kidnapping) makes the possessor the one acted on ("the
//!   boy whose killing by police"); a country named as such, or an army, that bombs does so
//!   from the air (195), not with a planted bomb (183: "Israel bombed a school", not
//!   "militants bombed a police station" nor "Palestinians bombed a bus"),
//!   or, after a possessive pronoun, the subject of a verb of its own acts ("Pakistan renewed
//!   its offer of mediation", "the rebels stepped up their attacks"; not of reactions: "India
//!   welcomed his visit");
//! - a clash between two sides that are both officials, lawmakers, judges or parties, neither
//!   armed nor a security force, is a quarrel (110), not a fight ("the minister clashed with
//!   judges over the budget");
//! - police or soldiers blocking a road or port restrict movement (191); protesters or rebels
//!   blocking, or soldiers and police blocking to demand their pay, obstruct passage (144);
//! - an official's attack on a person or body, neither armed nor a country, told in words
//!   right after it (", saying", ", calling") is criticism (111): "Putin attacked NATO, saying
//!   ..."; not "Israel attacked Hezbollah positions, saying ..." nor "attacked Gaza, saying";
//! - joining or acceding to an international organisation ("Poland joined NATO", "acceded to
//!   the EU") is a formal agreement (057) with it;
//! - a phrase between commas opened by a participle right after the subject is an aside
//!   ("Iraq's president, facing US troops at the border, promised to withdraw": Iraq's, not
//!   the US troops'), but not one in a list, ", including", nor the ", killing ten" of a
//!   violent act;
//! - a verb joined by "and" or "or" to an earlier one of the same form shares its subject,
//!   and a bare one its modal ("will withdraw its troops and release the hostages": Iraq's,
//!   and both to come);
//! - a country's adjective before "counterpart(s)" names its government ("met his Bolivian
//!   counterpart": `BOLGOV`); in a document, `sitrep-actors` resolves the person too;
//! - passive voice ("was attacked by X") swaps source and target;
//! - the police or soldiers a deployment sends are not its target ("sent police reinforcements
//!   to Kashmir" is 153, police power, with no target; "deployed police officers to Haiti"
//!   targets Haiti);
//! - reported speech ("X said Y attacked Z") codes the reported act with its own subject; a
//!   pronoun subject after a speech verb ("X said it would ...") is the speaker; when the act
//!   is violent or coercive (roots 17 to 20) and the speaker and the subject are of different
//!   countries, the report is the speaker's accusation of the subject (112, on the speech
//!   verb), coded as that and not as the act it alleges: "Kabul said Pakistani troops shelled
//!   a village" is 112 `AFGGOV`→`PAKMIL`; "police said gunmen attacked" is the attack;
//! - an act governed by a cue is recoded into CAMEO's parallel code for what was said about it,
//!   and is then neither negated nor hypothetical: promised, offered, agreed to or announced
//!   for the future ("offered to", "vowed to", "said it will/would") is an intent, 03 for
//!   cooperation ("offered to mediate" 039, "promised aid" 033) and 13 for force and sanctions
//!   ("vowed to attack" 138, "said it will impose sanctions" 1312; "will withdraw unless ..." is
//!   a threat too). A bare future that no one in the sentence is reported to have stated
//!   ("The two leaders will meet in Geneva", "Brazil will supply tanks to Bolivia") is a
//!   forecast of the act: the act's own code, marked hypothetical, as PETRARCH codes it; a
//!   stated one ("Brazil said it will supply tanks", "X will give a grant, the ministry said")
//!   is the speaker's intent, as the CAMEO manual codes it. A meeting, visit or talks to come
//!   by a word of schedule ("is due to visit", "next week's visit", "visits Togo next month",
//!   "talks ... scheduled for Friday") is read the same way: hypothetical, or 036 when stated;
//!   "threatened to" is 13; "refused to", "will not" and "vowed not to" before cooperation are
//!   12 ("refused to meet" 125), and a promise not to fight is 0356; "urged/asked/called on X
//!   to" is 02 ("urged X to release" 0253), "demanded that X", "pressed X to" and "X said Y must"
//!   are 10 ("must lift its embargo" 1054, from the speaker to Y, who may also be named
//!   after the clause: "Y must end its curbs, X insisted"; with no act of the lexicon the
//!   demand is 100; not of the speaker's own country, nor of a place: "anyone entering Israel
//!   must"). Force, coercion or sanctions that the one who would act says it could take
//!   ("Hamas said it could resume its attacks", "martial law could be imposed, the government
//!   said") is a threat (13); others' guesses ("Amnesty said civilians could be killed") stay
//!   hypothetical. A warning whose clause goes on with the warner's own force, sanction or
//!   protest to come ("warned that it would impose a curfew if ..."), or with what the warned
//!   "could face" ("warned Moldova it could face sanctions"), is that threat, one act (1323,
//!   1312); so is a warning that the warner's own forces "would" act unless another does
//!   ("Ankara warned Baghdad that Turkish troops would cross the border to strike Kurdish
//!   bases unless ...": 138, the forces' purpose after "to" included). Force that "could",
//!   "may" or "might" come on a condition is a threat when someone who speaks for the same
//!   state or organisation says so and it has a target ("Israeli troops could reoccupy Gaza if
//!   ..., Israel's defence minister said": 1382), not in the words of its media, dissidents or
//!   analysts, and not on a condition of consent ("if asked"). A vow, threat or warning of a
//!   wave or campaign of attacks is a threat of them ("vowed a fresh wave of suicide attacks":
//!   1383); a vote against an act refuses it ("voted against releasing the prisoners": 1243).
//!   Statements, appeals,
//!   accusations and the like have no parallel code and keep their own, marked hypothetical;
//! - otherwise negation ("did not", "denied") sets [`Coding::negated`]; a hostile act (roots
//!   11-20) denied by its subject ("Syria denied shelling the village", "Pakistan denied that
//!   militants had attacked", "denied a report that its jet was shot down") adds the denial itself, deny responsibility (016), from the
//!   denier on the act's target; modals, infinitives and
//!   conditionals ("could", "to", "if") set [`Coding::hypothetical`] (not "to" after a
//!   decision or an act begun or achieved: "decided to expel", "began to shell", "were forced
//!   to withdraw"), and so does an act named
//!   as a risk, chance or fear ("the risk of attacks on troops", "fears of further attacks"),
//!   or as a goal ("talks aimed at ending the war", "a meeting intended to end the fighting",
//!   "in a bid to free the hostages", "a package intended to help its army fight":
//!   hypothetical, and no intent of the subject), or as a wish ("hoped the apology would come"),
//!   or as a measure being weighed ("is considering a ban on arms sales", "discussed new
//!   sanctions"; violence discussed was done);
//! - an act named inside an accusation or a legal act ("accused X of attacking Y", "jailed X for
//!   helping Y"), or inside a denial or claim of a role in it ("denied involvement in the
//!   attack"), is not coded as done: the accusation (or denial) is the event; a conflict act after
//!   "claimed that" / "alleged that" is an accusation of its subject (112), or a claim of
//!   responsibility (015) when the subject is a pronoun for the claimant; so is naming the doer
//!   ("Seoul said North Korea was behind the attack", "police believe X was responsible for
//!   the raid", ", officials said" after it): 112 from the speaker, 015 for "said it was behind",
//!   and the act named is not coded as done. The writer's own "X was behind the attack" makes X
//!   the attack's source;
//! - a violent event noun that is the subject of a violent verb ("A suicide bombing killed 12",
//!   "air strikes hit Gaza"), and ", killing N" after a violent act, are one event: the noun's
//!   (or the first act's) code, with the verb's target. Events with no named perpetrator are
//!   still coded, with no source ("A bomb attack targeted a police convoy": 183, `---COP`);
//! - accidents and disasters are no one's violence: a death or destruction caused by a crash,
//!   an earthquake, a flood or a gas cylinder exploding ("killed in a plane crash", "an
//!   earthquake killed 300"; weather closing roads, "Heavy snow closed the main highway"), or by a vehicle that struck people with no actor driving it as a
//!   weapon ("a speeding bus hit a motorcycle, killing three", "hit by a car"; not "a car
//!   bomb", "a truck packed with explosives", "a car rammed soldiers"), is not coded;
//! - background is not news: an act in a clause dated in the past ("after the Taliban attacked
//!   Kabul in 2021", "arrested two years ago", "since 2022") is skipped, not coded. The clause
//!   runs between punctuation, subordinators, relative pronouns and other verbs, at most nine
//!   tokens either side of the verb; it is background when it holds "ago", a year after "in",
//!   "since" or "during", a span "from 1990 to 1991", or any year when "after", "before",
//!   "since", "when", "until", "following" or "once" opens it, or when "years" or "decades" stands before that opener ("three years after
//!   Russian troops invaded"), or months or a year before "after", "since" or "following"
//!   ("three months after the two countries signed a declaration": the news's reference
//!   point; "two days after militants attacked" is still news, dated near it); a sentence that opens with a dated phrase ("In 2000, ...", "In September 2003,
//!   ...", "In 1848 revolutionaries stormed ...", comma or not; "Last year, ...") is background as a whole, unless a
//!   clause after ", and" dates itself anew ("In 2022 Russia invaded Ukraine, and on Tuesday its
//!   forces shelled Kharkiv" codes the shelling, by Russia); so is an act told with "last year"
//!   or a season ("last fall") right after it ("arrested a teacher last year"), and an act named by its year ("condemned the 2008
//!   attacks on Mumbai", "the 1994 genocide") or by its day ("in response to the 11 September
//!   attacks"). Without the publication date a year cannot be told to be past, so an act "in
//!   2026" is skipped too: the rule trades those for never coding history as news. So is a
//!   violent or protest noun that names an earlier event as a reference point ("arrested in
//!   connection with the bombings", "in the wake of the attack", "since the Mumbai attacks",
//!   "after the bombing of the embassy"), and so is an act that has gone on for years ("after
//!   two decades of fighting", "years of war");
//! - words of violence that news also uses for other things (hit, attack, raid, target,
//!   offensive, fight, battle, clash, crush, shoot, explosion, blast) code force only when the
//!   sentence anchors them in violence: an armed actor, a word of weapons, casualties or armed
//!   people ("killed", "gunmen", "missiles", "deadly"), a modifier of fighting ("heavy
//!   fighting"), a state acting on another ("Syria attacked Israel"), a physical target ("a
//!   police station", "a man"), a crowd ("villagers attacked", "rival supporters clashed"), a
//!   fight placed in a named town, or a known act ("Chile condemned the attack"). Otherwise an
//!   official's, party's, firm's or state's "attacked X" is criticism (111: "the opposition
//!   leader attacked the government for failing to ...") and the rest is no event: "a box-office hit", "a bitter
//!   takeover battle", "badly hit by the strong currency", "an explosion in sales", cyber
//!   attacks; shooting stands unless the sentence is about filming, sport or hunting ("the film
//!   was shot in Morocco"). See `figurative.rs`;
//! - in a sentence that names a competition or its play ("semi-final", "doping", "World Cup"),
//!   a coding whose every side is a player (a person of no office, or a team or athlete by
//!   country in words of play: meetings, visits, rallies, call-ups, warnings) codes nothing: "rallied to beat Argentina's Ana Ruiz in the semi-final", "a
//!   two-year doping ban"; police, governments and international bodies still act ("Police
//!   arrested 20 fans after the semi-final"). See `sport.rs`;
//! - no act is coded for what did not happen or is only described: the condition of a threat
//!   ("unless the rebels agreed to a ceasefire"), a counterfactual ("a resolution that would
//!   have imposed sanctions"), a capability ("a missile capable of hitting Israel"), the
//!   content of an offer, call or plan ("rejected an offer by Bolivia to hold talks", "a plan
//!   that would have granted autonomy"), a participle describing an object ("demanded the
//!   release of two engineers kidnapped in Iraq") or a noun ("Jailed activist X began a hunger
//!   strike", "U.S.-brokered talks", whose broker takes no part in the act told), every act an
//!   accusation lists ("accused X of harassing, beating and detaining dissidents"), or what
//!   one serves a sentence for;
//! - one act told twice is one event: a violent noun after "in" tells the clause's act again
//!   and gives its more exact code ("killed five soldiers in a suicide bombing": 1831), and
//!   what a protest demands refines it ("marched to demand the president's resignation",
//!   "marched through Caracas demanding his resignation", "marched in Lima demanding the
//!   minister resign": 1411, a strike 1431), as a request rejected refines the rejection
//!   ("refused Zambia's request for a loan" 1221, "refused opposition demands that he step
//!   down" 1231, the demander its target) and is not told again; a crowd's appeal with no
//!   protest verb is its demonstration ("thousands filled the square, calling for the
//!   president to step down": 1411); a bomb after "with", or a mine a vehicle hit, says how a
//!   killing was done ("killed four soldiers with a roadside bomb", "killed when their truck
//!   hit a landmine": 1833); a host's act is also the guest's visit (043 and 042 back) when
//!   the guest is a government, leader or opposition figure, or a state or rebels at talks
//!   ("hosted talks between the government and ELN rebels"), and a welcome "to" a capital is
//!   hosting (043), as is one by hosts "in" a place when the guest is someone; a killing
//!   "when" a bomb went off, or when named doers opened fire, is that act when it has no target
//!   of its own ("killed when a bomb exploded at a market": 183 on the dead; "two children were
//!   killed when jets bombed a Hamas camp" keeps both); a demand a protest is held "to" make,
//!   or "to press", is its aim whatever actor stands between ("rallied outside parliament to
//!   demand the vote", "enforced a general strike to press their demand for his resignation":
//!   1431), and so is a participle right after the protesters for what they then do
//!   ("protesters demanding his resignation stormed parliament": one riot, by the protesters;
//!   the participle's object is not the subject);
//! - a few codes follow their object: an aid agency expelled is 1663; sanctions "agreed to"
//!   are imposed (163) unless a condition makes them a threat; a vehicle packed with
//!   explosives is a car bomb (1832), and a bomb defused, found or seized is none;
//! - arrivals: what arrives without visiting anyone (weapons, goods, refugees) makes no visit,
//!   and troops arriving as part of a peacekeeping force named after the verb are its
//!   deployment (074); people told as marching or protesting, unarmed, are protesters, so
//!   force on them is repression (175);
//! - actors: a role or parent body right before a group's or organisation's name is that
//!   group ("the opposition Awami League", "the UN World Food Programme": one actor); a
//!   party's government is its country's ("the BJP government": `INDGOV`); a role "in the
//!   southern Jordanian town of Maan" is of that country; an agreement's partner after "with"
//!   stands between the cue and its act ("agreed with Peru to expand cooperation": 031), and a
//!   demand made "at" a forum or "in" a statement keeps its "that" clause ("demanded at the
//!   U.N. General Assembly that the United States lift its embargo": 1054);
//! - quotation marks inside a phrase are passed over (was "cautiously optimistic");
//! - sides: a country after a town's comma is where an attack was, not who did it ("attacks
//!   in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed 257"); a place after "in" between
//!   a cue and its act is passed over ("agreed in Geneva to resume talks"); a statement's or
//!   cooperation's noun before "from" has its giver there ("criticism from China"; not a
//!   withdrawal's "from");
//! - where it happened places who did it: a generic actor with no country (`---OPP`) in a
//!   sentence that places its events "in" exactly one country is that country's (`ZWEOPP`), as
//!   ACLED names "Protesters (Zimbabwe)" ("in the north of Iraq" places too; an adjective
//!   places only before a noun of place: "in Israeli jails", not "in Israeli shelling");
//!   roles that travel (troops, refugees, aid workers)
//!   keep no country except as a protest's source. For protest and force (roots 14 to 20) a
//!   capital or a town of the gazetteer places too ("marched in Athens", "a bomb exploded in
//!   Mosul": one of 20,000 people or more that outweighs its namesakes abroad five times), not
//!   for talks, which capitals host for foreigners, nor where a speaker spoke ("said in
//!   Cairo"). A protest with no source named
//!   is by that place's people; with no target named it is addressed to that place's country,
//!   or else to the protesters' own ("Algerian landowners began a hunger strike": `DZA`→`DZA`),
//!   as PLOVER and PETRARCH gold code domestic dissent. A boycott is of others and gets no
//!   such target. What a protest is held to demand or denounce gives its target ("rallied to
//!   denounce the Danish cartoons": `DNK`). Sanctions, coercion and force (roots 16 to 20)
//!   with no target named are aimed at the one country, capital or town they are placed "in" ("A
//!   bomb exploded in Nairobi": `KEN`), not at where a speaker spoke ("officials in Moscow
//!   said"); relations reduced (16) only at a place in their own clause ("closed its embassy in
//!   Minsk", not "..., citing support for separatists in Kosovo"; talks broken off have a
//!   venue, no target). Curfews, states of emergency, bans on parties and curbs on freedoms,
//!   imposed or eased, and reforms or resignations conceded (0811-0814, 083x, 1721-1724) with
//!   no target named bear on the place they are told in, or else on the doer's own country
//!   ("Sri Lanka's president declared a state of emergency": `LKA`→`LKA`), as PLOVER gold codes
//!   them; not an army's, which may hold another's land, nor where a place that is not the
//!   doer's is told after the act ("imposed a curfew in the occupied city of Melitopol").
//!
//! ```
//! use sitrep_events::{Coder, RuleCoder};
//!
//! let coder = RuleCoder::builtin()?;
//! let text = "Iran and Russia urged Pakistan and Afghanistan to show restraint.";
//! let mut pairs: Vec<String> = coder
//!     .code(text)
//!     .iter()
//!     .map(|c| {
//!         let s = c.source.as_ref().map_or("-", |a| a.code.as_str());
//!         let t = c.target.as_ref().map_or("-", |a| a.code.as_str());
//!         format!("{} {s} {t}", c.code)
//!     })
//!     .collect();
//! pairs.sort();
//! assert_eq!(pairs, ["0256 IRN AFG", "0256 IRN PAK", "0256 RUS AFG", "0256 RUS PAK"]);
//! # Ok::<(), sitrep_events::Error>(())
//! ```

pub mod confidence;
mod figurative;
mod generic;
mod modality;
mod rule;
mod sport;
mod verbs;

use sitrep_model::{ActorRef, EventType, TextRange};

pub use confidence::ConfidenceModel;
pub use figurative::{names_disaster, unclaimed_toll};
pub use rule::{RuleCoder, localize_home, place_countries, province_country, town_country};
pub use sport::{between_players, names_sport};
pub use verbs::{NO_EVENT, Verbs, is_irregular_past};

/// Codes sentences into events.
///
/// Contract: `code` is total (any string is valid input, the result may be empty) and
/// deterministic; every range in a [`Coding`] is a byte range into `sentence` on char
/// boundaries. A statistical or LLM-backed coder is planned beside the rules, to be compared on
/// the same evaluations.
pub trait Coder {
    fn code(&self, sentence: &str) -> Vec<Coding>;
}

/// One coded event in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coding {
    /// CAMEO code, 2 to 4 digits (`041`, `0871`).
    pub code: String,
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    /// The words of the verb pattern, from its first to its last word.
    pub verb_range: TextRange,
    pub source_range: Option<TextRange>,
    pub target_range: Option<TextRange>,
    /// The sentence says the act did not happen ("did not attack", "denied attacking"). A
    /// refusal ("refused to meet") is coded as the refusal (`125`), not negated.
    pub negated: bool,
    /// The act is planned, wanted, possible or conditional, not reported as done. Where CAMEO
    /// codes what was said about the act (a promise, threat, refusal, appeal or demand), the
    /// coding carries that code instead (`138` for "threatened to attack") and is not
    /// hypothetical: the threat itself happened.
    pub hypothetical: bool,
    /// The verb lexicon that produced the coding ([`Verbs::version`]).
    pub lexicon_version: String,
}

impl Coding {
    /// The CAMEO and PLOVER type of the code from the built-in codebook.
    pub fn event_type(&self) -> Option<EventType> {
        sitrep_cameo::Codebook::builtin().event_type(&self.code)
    }

    /// The two-digit CAMEO root of the code.
    pub fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }
}

/// Why a coder could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The actor lexicon could not be built.
    Actors(sitrep_actors::Error),
    /// A row of the verb lexicon is malformed.
    Verbs { line: usize, message: String },
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Actors(e) => write!(f, "cannot build the actor lexicon: {e}"),
            Error::Verbs { line, message } => write!(f, "verb lexicon line {line}: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Actors(e) => Some(e),
            Error::Verbs { .. } => None,
        }
    }
}

impl From<sitrep_actors::Error> for Error {
    fn from(e: sitrep_actors::Error) -> Self {
        Error::Actors(e)
    }
}
