//! Word lists. All entries are lowercase, as [`crate::token::Tok::lower`] is.

/// The victim category a noun names, as the contract's `who` spells it.
pub(crate) fn category(w: &str) -> Option<&'static str> {
    Some(match w {
        "civilian" | "civilians" | "child" | "children" | "kids" | "woman" | "women" | "boy"
        | "boys" | "girl" | "girls" | "baby" | "babies" | "infant" | "infants" | "student"
        | "students" | "schoolchildren" | "pupils" | "worshipper" | "worshippers" | "worshiper"
        | "worshipers" | "pilgrim" | "pilgrims" | "passenger" | "passengers" | "pedestrian"
        | "pedestrians" | "bystander" | "bystanders" | "villager" | "villagers" | "resident"
        | "residents" | "tourist" | "tourists" | "shopper" | "shoppers" | "worker" | "workers"
        | "labourer" | "labourers" | "laborer" | "laborers" | "farmer" | "farmers"
        | "journalist" | "journalists" | "reporter" | "reporters" | "teacher" | "teachers"
        | "doctor" | "doctors" | "nurse" | "nurses" | "teenager" | "teenagers" | "miner"
        | "miners" => "civilians",
        "soldier" | "soldiers" | "troops" | "trooper" | "troopers" | "serviceman"
        | "servicemen" | "servicemembers" | "jawan" | "jawans" | "marine" | "marines"
        | "sailor" | "sailors" | "airman" | "airmen" | "paratroopers" | "commando"
        | "commandos" | "army" | "cadet" | "cadets" => "soldiers",
        "police" | "policeman" | "policemen" | "policewoman" | "policewomen" | "cop" | "cops"
        | "constable" | "constables" | "levies" => "police",
        "personnel" | "guard" | "guards" | "paramilitary" | "paramilitaries" | "security"
        | "rangers" => "security forces",
        "militant" | "militants" | "terrorist" | "terrorists" | "insurgent" | "insurgents"
        | "rebel" | "rebels" | "fighter" | "fighters" | "taliban" | "jihadist" | "jihadists"
        | "extremist" | "extremists" | "khawarij" | "khwarij" | "separatist" | "separatists"
        | "guerrilla" | "guerrillas" | "guerilla" | "guerillas" => "militants",
        "attacker" | "attackers" | "gunman" | "gunmen" | "assailant" | "assailants" | "bomber"
        | "bombers" | "hijacker" | "hijackers" => "attackers",
        "protester" | "protesters" | "protestor" | "protestors" | "demonstrator"
        | "demonstrators" => "protesters",
        _ => return None,
    })
}

/// Nouns for people in general, with no category.
pub(crate) fn is_person(w: &str) -> bool {
    category(w).is_some()
        || matches!(
            w,
            "people"
                | "persons"
                | "person"
                | "others"
                | "man"
                | "men"
                | "individuals"
                | "individual"
                | "member"
                | "members"
                | "officer"
                | "officers"
                | "official"
                | "officials"
                | "staff"
                | "employee"
                | "employees"
                | "crew"
                | "crewmen"
                | "youth"
                | "youths"
                | "suspect"
                | "suspects"
                | "hostage"
                | "hostages"
                | "prisoner"
                | "prisoners"
                | "inmate"
                | "inmates"
                | "driver"
                | "drivers"
                | "pilot"
                | "pilots"
                | "firefighter"
                | "firefighters"
                | "fireman"
                | "firemen"
                | "commander"
                | "commanders"
                | "victim"
                | "victims"
                | "mourners"
                | "relatives"
        )
}

/// Singular person nouns: what "a"/"an" must be followed by to count as one.
pub(crate) fn is_singular_person(w: &str) -> bool {
    is_person(w)
        && (matches!(
            w,
            "police" | "personnel" | "security" | "army" | "taliban" | "paramilitary"
        ) || !w.ends_with('s')
            || matches!(w, "bus"))
        && !matches!(
            w,
            "men"
                | "women"
                | "children"
                | "people"
                | "police"
                | "personnel"
                | "security"
                | "army"
                | "paramilitary"
                | "taliban"
                | "staff"
                | "crew"
                | "levies"
        )
}

/// Nouns after a number that make it something other than a count of people.
pub(crate) fn is_not_victim(w: &str) -> bool {
    matches!(
        w,
        "percent"
            | "pct"
            | "per"
            | "cent"
            | "%"
            | "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "hour"
            | "hours"
            | "minute"
            | "minutes"
            | "seconds"
            | "times"
            | "dlrs"
            | "dollars"
            | "dollar"
            | "pounds"
            | "stg"
            | "euros"
            | "yen"
            | "rupees"
            | "cents"
            | "francs"
            | "marks"
            | "lire"
            | "shares"
            | "points"
            | "pts"
            | "barrels"
            | "bpd"
            | "tonnes"
            | "tons"
            | "km"
            | "kilometres"
            | "kilometers"
            | "miles"
            | "metres"
            | "meters"
            | "feet"
            | "acres"
            | "hectares"
            | "kg"
            | "kilos"
            | "bln"
            | "billion"
            | "animals"
            | "cattle"
            | "cows"
            | "sheep"
            | "pigs"
            | "hogs"
            | "chickens"
            | "birds"
            | "poultry"
            | "fish"
            | "dogs"
            | "horses"
            | "deer"
            | "head"
            | "trees"
            | "crops"
            | "jobs"
            | "goals"
            | "runs"
            | "wickets"
            | "players"
            | "player"
            | "starters"
            | "games"
            | "matches"
            | "seats"
            | "votes"
            | "bills"
            | "companies"
            | "firms"
            | "stores"
            | "projects"
            | "plans"
            | "proposals"
            | "deals"
            | "characters"
            | "episodes"
            | "scenes"
            | "songs"
            | "films"
            | "viruses"
            | "cells"
            | "bacteria"
            | "germs"
            | "pests"
            | "insects"
    )
}

/// Months, which after a number make it a date.
pub(crate) fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Words after a number that make it a time or a date rather than a count.
pub(crate) fn is_time_suffix(w: &str) -> bool {
    matches!(
        w,
        "am" | "pm" | "a.m" | "p.m" | "gmt" | "utc" | "hrs" | "o'clock" | ":" | "/" | "th"
    ) || is_month(w)
}

/// Words before a number that make it money, an age, an index or an identifier.
pub(crate) fn is_not_count_prefix(w: &str) -> bool {
    matches!(
        w,
        "$" | "£"
            | "€"
            | "¥"
            | "rs"
            | "rupees"
            | "us$"
            | "no"
            | "number"
            | "page"
            | "article"
            | "section"
            | "flight"
            | "route"
            | "highway"
            | "aged"
            | "age"
            | "ages"
            | "channel"
            | "room"
            | "gate"
            | "platform"
            | "version"
            | "#"
            | "how"
            | "so"
            | "too"
            | "which"
            | "what"
    )
}

/// Auxiliaries and adverbs that may stand between a count and its participle: "were all
/// reportedly killed", "have been confirmed dead", "are feared to have been killed".
pub(crate) fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "are"
            | "is"
            | "have"
            | "has"
            | "had"
            | "been"
            | "being"
            | "be"
            | "also"
            | "reportedly"
            | "allegedly"
            | "all"
            | "later"
            | "subsequently"
            | "since"
            | "now"
            | "critically"
            | "seriously"
            | "badly"
            | "severely"
            | "slightly"
            | "lightly"
            | "fatally"
            | "mortally"
            | "gravely"
            | "feared"
            | "believed"
            | "reported"
            | "confirmed"
            | "said"
            | "to"
            | "who"
            | "either"
            | "both"
            | "initially"
            | "instantly"
            | "immediately"
            | "apparently"
            | "eventually"
            | "ultimately"
            | "only"
            | "just"
    )
}

/// Passive auxiliaries: after them a participle is passive and takes no object.
pub(crate) fn is_passive_aux(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "is" | "are" | "be" | "been" | "being" | "get" | "got" | "gets"
    )
}

pub(crate) fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "could" | "would" | "might" | "may" | "should" | "must" | "can" | "will"
    )
}

/// Determiners and pronouns that start an object: after a bare participle they make it active
/// ("two gunmen killed the guard").
pub(crate) fn starts_object(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "his"
            | "her"
            | "their"
            | "its"
            | "him"
            | "them"
            | "himself"
            | "herself"
            | "themselves"
            | "itself"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "many"
            | "several"
            | "dozens"
            | "scores"
            | "hundreds"
            | "thousands"
            | "at"
            | "more"
            | "up"
            | "nearly"
            | "almost"
            | "about"
            | "around"
            | "over"
    )
}

/// Words that end a victim noun phrase.
pub(crate) fn ends_phrase(w: &str) -> bool {
    is_filler(w)
        || is_modal(w)
        || matches!(
            w,
            "in" | "on"
                | "at"
                | "by"
                | "from"
                | "with"
                | "during"
                | "after"
                | "before"
                | "near"
                | "including"
                | "inside"
                | "outside"
                | "when"
                | "as"
                | "while"
                | "across"
                | "into"
                | "for"
                | "that"
                | "which"
                | "whom"
                | "whose"
                | "and"
                | "or"
                | "but"
                | "of"
                | "the"
                | "a"
                | "an"
                | "he"
                | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "yesterday"
                | "today"
                | "tonight"
                | "last"
                | "this"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "more"
                | "there"
                | "here"
                | "said"
                | "says"
                | "say"
                | "told"
                | "according"
                | "than"
                | "not"
                | "no"
                | "among"
                | "whereas"
                | "injuries"
                | "wounds"
                | "deaths"
                | "fatalities"
                | "casualties"
                | "lives"
                | "lost"
                | "sustained"
                | "suffered"
                | "received"
                | "sustaining"
                | "suffering"
                | "shot"
        )
        || trigger(w).is_some()
}

/// What a trigger word reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Trigger {
    /// A killing verb that takes an object when active: "killed", "killing".
    KillVerb,
    /// An injuring verb that takes an object when active.
    InjureVerb,
    /// A state or intransitive verb after the count: "dead", "died", "perished".
    KillState,
}

pub(crate) fn trigger(w: &str) -> Option<Trigger> {
    Some(match w {
        "killed" | "killing" | "kills" | "slain" | "martyred" | "slew" => Trigger::KillVerb,
        "wounded" | "wounding" | "wounds" | "injured" | "injuring" | "injures" | "hurt"
        | "hurting" | "maimed" => Trigger::InjureVerb,
        "dead" | "died" | "perished" | "die" => Trigger::KillState,
        _ => return None,
    })
}

/// Participles and past forms that may follow the count ("12 were killed"); the `-ing` and
/// third-person forms may only precede it ("killing 12").
pub(crate) fn is_after_form(w: &str) -> bool {
    matches!(
        w,
        "killed"
            | "slain"
            | "martyred"
            | "wounded"
            | "injured"
            | "hurt"
            | "maimed"
            | "dead"
            | "died"
            | "perished"
            | "die"
    )
}

/// Forms that take the count as their object: "killed 12", "injuring 14".
pub(crate) fn is_before_form(w: &str) -> bool {
    matches!(
        w,
        "killed"
            | "killing"
            | "kills"
            | "slew"
            | "wounded"
            | "wounding"
            | "wounds"
            | "injured"
            | "injuring"
            | "injures"
            | "hurt"
            | "hurting"
            | "maimed"
    )
}

/// Nouns that, followed by "of", introduce the count of dead: "the martyrdom of 23 soldiers".
pub(crate) fn is_death_noun(w: &str) -> bool {
    matches!(
        w,
        "martyrdom"
            | "deaths"
            | "death"
            | "killing"
            | "killings"
            | "murder"
            | "murders"
            | "massacre"
            | "slaying"
            | "slayings"
            | "lives"
    )
}

/// Verbs of saying, whose subject claims the figures of its sentence.
pub(crate) fn is_saying(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "reported"
            | "confirmed"
            | "stated"
            | "announced"
            | "added"
            | "tweeted"
    )
}

/// Subjects that name nobody.
pub(crate) fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "who" | "which" | "that" | "this"
    )
}
