//! Acts that are promised, threatened, refused, appealed for or demanded, not done.
//!
//! CAMEO codes such a sentence by what was said about the act, in the family of codes that
//! parallels the act's own: "offered to mediate" is 039 (express intent to mediate), "threatened
//! to attack" 138, "urged Israel to release the prisoners" 0253, "demanded a ceasefire" 1056,
//! "refused to meet" 125. The cue before the act picks the family ([`Family`]), the act's code
//! picks the code inside it ([`recode`]). The tables follow the parallel structure of the CAMEO
//! 1.1b3 codebook: roots 02 (appeal), 03 (intent), 10 (demand), 12 (reject) and 13 (threaten)
//! each have a sub-code per kind of cooperation or force.

/// What the sentence does with an act it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// Promised, offered, agreed to, planned, announced for the future (03 for cooperation,
    /// 13 for force and sanctions: a declared future attack is a threat).
    Intent,
    /// Threatened or warned of (13).
    Threat,
    /// Refused, or promised not to do (12 for cooperation; a promise not to fight is 0356).
    Refusal,
    /// Urged, asked, called for (02).
    Appeal,
    /// Demanded, insisted on, "must" (10).
    Demand,
}

/// What governs an act: the cue's family, whether a negation stands between cue and act, the
/// token of the cue that decides (its left-most word) and the actor group between cue and act
/// (the addressee of an appeal: "urged Iran to ...").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Governor {
    pub family: Family,
    pub negated: bool,
    pub cue: usize,
    pub object: Option<usize>,
    /// The cue is "must" or "should" after the act's own subject ("X said Y must ..."): the
    /// demand is the speaker's, addressed to that subject.
    pub modal_demand: bool,
}

/// The family a cue word opens, if it is a cue.
pub(crate) fn cue_family(word: &str) -> Option<Family> {
    Some(match word {
        "will" | "'ll" | "shall" | "would" | "'d" | "wo" | "promise" | "promises" | "promised"
        | "promising" | "pledge" | "pledges" | "pledged" | "pledging" | "vow" | "vows"
        | "vowed" | "vowing" | "swear" | "swears" | "swore" | "sworn" | "offer" | "offers"
        | "offered" | "offering" | "agree" | "agrees" | "agreed" | "agreeing" | "plan"
        | "plans" | "planned" | "planning" | "intend" | "intends" | "intended" | "intending"
        | "ready" | "willing" | "prepared" | "committed" | "determined" | "hope" | "hopes"
        | "hoped" | "aim" | "aims" | "aimed" | "going" | "readiness" | "willingness"
        | "prepare" | "prepares" | "preparing" | "keen" | "eager" | "undertake" | "undertakes"
        | "undertook" | "undertaken" | "volunteer" | "volunteers" | "volunteered" | "consent"
        | "consents" | "consented" => Family::Intent,
        "threaten" | "threatens" | "threatened" | "threatening" | "warn" | "warns" | "warned"
        | "warning" => Family::Threat,
        "refuse" | "refuses" | "refused" | "refusing" | "decline" | "declines" | "declined"
        | "declining" | "unwilling" | "reluctant" | "reject" | "rejects" | "rejected"
        | "rejecting" => Family::Refusal,
        "urge" | "urges" | "urged" | "urging" | "appeal" | "appeals" | "appealed" | "appealing"
        | "ask" | "asks" | "asked" | "asking" | "request" | "requests" | "requested" | "invite"
        | "invites" | "invited" | "encourage" | "encourages" | "encouraged" | "should" | "call"
        | "calls" | "called" | "calling" | "implore" | "implores" | "implored" | "imploring"
        | "beg" | "begs" | "begged" | "begging" | "exhort" | "exhorts" | "exhorted"
        | "exhorting" => Family::Appeal,
        "order" | "orders" | "ordered" | "ordering" | "tell" | "tells" | "told" | "telling"
        | "instruct" | "instructs" | "instructed" | "instructing" => Family::Demand,
        "demand" | "demands" | "demanded" | "demanding" | "insist" | "insists" | "insisted"
        | "insisting" | "must" | "press" | "pressed" | "presses" | "pressing" | "pressure"
        | "pressured" | "pressuring" | "require" | "requires" | "required" => Family::Demand,
        _ => return None,
    })
}

/// "want", "wants": an appeal when someone else is to act ("wants Putin to attack"), an
/// intent when the subject is ("wants to attack").
pub(crate) fn is_want(word: &str) -> bool {
    matches!(
        word,
        "want" | "wants" | "wanted" | "wanting" | "seek" | "seeks" | "sought"
    )
}

/// Words that may stand inside a cue chain without ending it ("has refused to", "will not be
/// able to", "said it would", "must be ready to").
pub(crate) fn is_chain_word(word: &str) -> bool {
    matches!(
        word,
        "to" | "not"
            | "n't"
            | "never"
            // "have committed themselves to settling".
            | "themselves"
            | "itself"
            | "himself"
            | "herself"
            | "be"
            | "been"
            | "being"
            | "is"
            | "are"
            | "was"
            | "were"
            | "am"
            | "has"
            | "have"
            | "had"
            | "also"
            | "soon"
            | "then"
            | "immediately"
            | "eventually"
            | "finally"
            | "again"
            | "jointly"
            | "publicly"
            | "formally"
            | "now"
            | "still"
            | "that"
            | "begin"
            | "start"
            | "it"
            | "they"
            | "he"
            | "she"
            | "we"
            | "on"
            | "upon"
            | "for"
            | "all"
            | "both"
            | "sides"
            | "parties"
            | "the"
            | "its"
            | "their"
            | "able"
            // "rejected calls to withdraw", "ignored demands to release".
            | "calls"
            | "appeals"
            | "requests"
            // "threatened on Tuesday to impose", "vowed yesterday to retaliate".
            | "yesterday"
            | "today"
            | "tonight"
    ) || sitrep_text::calendar::is_weekday(word)
}

/// The code for an act of code `act` placed in `family`; `negated` when the act itself is
/// negated inside the cue ("vowed not to attack", "will not meet"). `None` when CAMEO has no
/// such code: verbal acts (statements, appeals, demands, accusations, rejections, threats,
/// investigations) keep their own code and are marked hypothetical instead.
pub(crate) fn recode(family: Family, negated: bool, act: &str) -> Option<String> {
    let root = act.get(..2).unwrap_or("");
    if matches!(root, "01" | "02" | "09" | "10" | "11" | "12" | "13") {
        return None;
    }
    let conflict = matches!(root, "14" | "15" | "16" | "17" | "18" | "19" | "20");
    let family = match (family, negated) {
        // "will not meet", "vowed not to release": a refusal.
        (Family::Intent, true) if !conflict => Family::Refusal,
        // "vowed not to attack", "urged them not to fight": de-escalation.
        (Family::Intent, true) => return Some("0356".to_owned()),
        (Family::Appeal, true) if conflict => return Some("0256".to_owned()),
        (Family::Demand, true) if conflict => return Some("1056".to_owned()),
        (f, _) => f,
    };
    let code = match family {
        // "is ready to send troops to Albania", "expressed its willingness to send troops":
        // troops offered are protection offered (0334); "threatened to send troops" stays a
        // threat.
        Family::Intent if act == "154" => "0334",
        Family::Intent if conflict => threat(act),
        Family::Threat => threat(act),
        Family::Intent => parallel(act, INTENT, "030"),
        Family::Appeal if conflict => "020",
        Family::Appeal => parallel(act, APPEAL, "020"),
        Family::Demand if conflict => "100",
        Family::Demand => parallel(act, DEMAND, "100"),
        Family::Refusal if conflict => "120",
        Family::Refusal => parallel(act, REFUSAL, "120"),
    };
    Some(code.to_owned())
}

/// Act code prefix -> code in the family; the longest prefix wins.
type Table = &'static [(&'static str, &'static str)];

const INTENT: Table = &[
    ("03", "030"),
    ("04", "036"),
    ("045", "039"),
    ("05", "032"),
    ("057", "037"),
    ("06", "031"),
    ("061", "0311"),
    ("062", "0312"),
    ("063", "0313"),
    ("064", "0314"),
    ("07", "033"),
    ("071", "0331"),
    ("072", "0332"),
    ("073", "0333"),
    ("074", "0334"),
    ("08", "035"),
    ("081", "0351"),
    ("082", "0352"),
    ("083", "034"),
    ("0831", "0341"),
    ("0832", "0342"),
    ("0833", "0343"),
    ("0834", "0344"),
    ("084", "0353"),
    ("085", "0354"),
    ("086", "0355"),
    ("087", "0356"),
];

const APPEAL: Table = &[
    ("03", "020"),
    ("04", "026"),
    ("038", "028"),
    ("045", "028"),
    ("05", "022"),
    ("057", "027"),
    ("06", "021"),
    ("061", "0211"),
    ("062", "0212"),
    ("063", "0213"),
    ("064", "0214"),
    ("07", "023"),
    ("071", "0231"),
    ("072", "0232"),
    ("073", "0233"),
    ("074", "0234"),
    ("08", "025"),
    ("081", "0251"),
    ("082", "0252"),
    ("083", "024"),
    ("0831", "0241"),
    ("0832", "0242"),
    ("0833", "0243"),
    ("0834", "0244"),
    ("084", "0253"),
    ("085", "0254"),
    ("086", "0255"),
    ("087", "0256"),
];

const DEMAND: Table = &[
    ("03", "100"),
    ("04", "106"),
    ("038", "108"),
    ("045", "108"),
    ("05", "102"),
    ("057", "107"),
    ("06", "101"),
    ("061", "1011"),
    ("062", "1012"),
    ("063", "1013"),
    ("064", "1014"),
    ("07", "103"),
    ("071", "1031"),
    ("072", "1032"),
    ("073", "1033"),
    ("074", "1034"),
    ("08", "105"),
    ("081", "1051"),
    ("082", "1052"),
    ("083", "104"),
    ("0831", "1041"),
    ("0832", "1042"),
    ("0833", "1043"),
    ("0834", "1044"),
    ("084", "1053"),
    ("085", "1054"),
    ("086", "1055"),
    ("087", "1056"),
];

const REFUSAL: Table = &[
    ("03", "120"),
    ("04", "125"),
    ("038", "126"),
    ("045", "126"),
    ("05", "120"),
    ("057", "127"),
    ("06", "121"),
    ("061", "1211"),
    ("062", "1212"),
    ("063", "1213"),
    ("064", "1214"),
    ("07", "122"),
    ("071", "1221"),
    ("072", "1222"),
    ("073", "1223"),
    ("074", "1224"),
    ("08", "124"),
    ("081", "1241"),
    ("082", "1242"),
    ("083", "123"),
    ("0831", "1231"),
    ("0832", "1232"),
    ("0833", "1233"),
    ("0834", "1234"),
    ("084", "1243"),
    ("085", "1244"),
    ("086", "1245"),
    ("087", "1246"),
];

const THREAT: Table = &[
    ("14", "133"),
    ("15", "130"),
    ("16", "131"),
    ("161", "1313"),
    ("162", "1311"),
    ("163", "1312"),
    ("164", "134"),
    ("165", "135"),
    ("166", "136"),
    ("17", "130"),
    ("172", "132"),
    ("1721", "1321"),
    ("1722", "1322"),
    ("1723", "1323"),
    ("1724", "1324"),
    ("175", "137"),
    ("18", "1383"),
    ("19", "138"),
    ("191", "1381"),
    ("192", "1382"),
    ("20", "1383"),
    ("204", "1385"),
];

fn threat(act: &str) -> &'static str {
    parallel(act, THREAT, "130")
}

fn parallel(act: &str, table: Table, default: &'static str) -> &'static str {
    table
        .iter()
        .filter(|(prefix, _)| act.starts_with(prefix))
        .max_by_key(|(prefix, _)| prefix.len())
        .map_or(default, |(_, code)| code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_recoded_code_is_in_the_codebook() {
        let codebook = sitrep_cameo::Codebook::builtin();
        for table in [INTENT, APPEAL, DEMAND, REFUSAL, THREAT] {
            for (prefix, code) in table {
                assert!(codebook.get(code).is_some(), "{code} for {prefix}");
            }
        }
    }

    #[test]
    fn families() {
        let r = |f, n, a| recode(f, n, a).unwrap_or_default();
        assert_eq!(r(Family::Intent, false, "045"), "039");
        assert_eq!(r(Family::Threat, false, "190"), "138");
        assert_eq!(r(Family::Intent, false, "190"), "138");
        assert_eq!(r(Family::Intent, false, "0841"), "0353");
        assert_eq!(r(Family::Intent, true, "040"), "125");
        assert_eq!(r(Family::Intent, true, "190"), "0356");
        assert_eq!(r(Family::Appeal, false, "084"), "0253");
        assert_eq!(r(Family::Demand, false, "0871"), "1056");
        assert_eq!(r(Family::Refusal, false, "046"), "125");
        assert_eq!(r(Family::Intent, false, "163"), "1312");
        assert_eq!(recode(Family::Intent, false, "111"), None);
    }
}
