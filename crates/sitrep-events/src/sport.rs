//! Sports reports: "Lopez rallied to beat Argentina's Ruiz", "a two-year ban after testing
//! positive", "a call-up to the Kenyan squad", "Peru have beaten Chile on two of their last
//! three visits to Santiago". Their words are those of protest, sanctions, mobilisation and visits,
//! and their sides are teams and players named by country. In a sentence that names a
//! competition or its play, a coding whose every side is such a player codes nothing.

/// Words only the play itself uses, not a riot after a match (see `drop_sport` in `rule.rs`).
pub(crate) const PLAY: &[&str] = &[
    "goalkeeper",
    "midfielder",
    "midfield",
    "striker",
    "referee",
    "premiership",
    "innings",
    "wicket",
    "wickets",
    "batsman",
    "heavyweight",
    "middleweight",
    "welterweight",
    "boxer",
    "scorer",
    "knockout",
    "winger",
    "qualifier",
    "qualifiers",
    "equaliser",
    "equalizer",
    "goalless",
];

/// Other words of competitions and results that only sport uses. Not "match", "game", "cup",
/// "title", "race", "champion", "squad", "Olympic" or "Olympics", which politics, police and
/// places use too: "a riot squad", "the Olympic Park bombings", "a boycott of the Olympics".
/// "World Cup" and "Six Nations" are found as pairs.
const SPORT: &[&str] = &[
    "keeper",
    "defender",
    "semi-final",
    "semi-finals",
    "semifinal",
    "semifinals",
    "quarter-final",
    "quarter-finals",
    "quarterfinal",
    "quarterfinals",
    "playoff",
    "playoffs",
    "play-off",
    "play-offs",
    "touchdown",
    "quarterback",
    "rebounds",
    "homers",
    "pitcher",
    "tennis",
    "rugby",
    "football",
    "footballer",
    "footballers",
    "cricket",
    "cricketer",
    "golf",
    "golfer",
    "athletics",
    "athlete",
    "athletes",
    "sprinter",
    "medal",
    "medals",
    "medallist",
    "medalist",
    "tournament",
    "championship",
    "championships",
    "fixture",
    "fixtures",
    "hat-trick",
    "half-time",
    "unbeaten",
    "doping",
];

/// Whether the sentence's lower-case `words` name a competition or its play.
pub(crate) fn is_report(words: &[String]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        SPORT.contains(&w.as_str())
            || PLAY.contains(&w.as_str())
            || (k > 0
                && matches!(
                    (words[k - 1].as_str(), w.as_str()),
                    ("world", "cup") | ("six", "nations") | ("grand", "slam") | ("davis", "cup")
                ))
    })
}

/// Whether an actor code names a player: a team or athlete by country (`GBR`), a person or
/// group of no known office (`---CVL`, `---`), or nobody named. A government, an army, a court
/// or an international body is no player ("the IOC banned Russia", "police arrested fans").
pub(crate) fn is_player(code: Option<&str>) -> bool {
    code.is_none_or(|c| {
        let role = c.get(3..).unwrap_or("");
        !c.starts_with("IGO") && !c.starts_with("NGO") && (role.is_empty() || role == "CVL")
    })
}

/// Whether `sentence` names a competition or its play: a word of [`is_report`]'s lists, or one
/// of its pairs, as a whole word in any case. One pass of a case-insensitive automaton, built
/// once: a document's every sentence is tested.
pub fn names_sport(sentence: &str) -> bool {
    static AUTOMATON: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::OnceLock::new();
    let automaton = AUTOMATON.get_or_init(|| {
        let pairs = ["world cup", "six nations", "grand slam", "davis cup"];
        let words: Vec<&str> = SPORT.iter().chain(PLAY).copied().chain(pairs).collect();
        crate::figurative::whole_word_automaton(&words)
    });
    crate::figurative::has_whole_word(automaton.as_ref(), sentence)
}

/// Whether a coding is play between players: every side a player ([`is_player`]), and not
/// violence or a riot, which are weighed elsewhere ("a fan was killed before the semi-final").
/// A country named bare is a team only in the words of play: appeals, intents, meetings and
/// visits, cooperation, warnings, rallies and call-ups (roots 02-05, 13-15); its arrests,
/// criticism or sanctions are a state's ("Iran arrested a former footballer").
pub fn between_players(c: &crate::Coding) -> bool {
    let play = matches!(c.root(), "02" | "03" | "04" | "05" | "13" | "14" | "15");
    let side = |a: &Option<sitrep_model::ActorRef>| {
        a.as_ref().is_none_or(|a| {
            let bare = a.country.as_deref() == Some(a.code.as_str());
            is_player(Some(&a.code)) && (play || !bare)
        })
    };
    !matches!(c.root(), "18" | "19" | "20")
        && !c.code.starts_with("145")
        && side(&c.source)
        && side(&c.target)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_owned).collect()
    }

    #[test]
    fn reports_and_players() {
        assert!(is_report(&words("ahead of saturday's six nations match")));
        assert!(is_report(&words("a two-year ban after a doping test")));
        assert!(!is_report(&words("the match between the two parties")));
        assert!(is_player(Some("GBR")));
        assert!(is_player(Some("---CVL")));
        assert!(is_player(None));
        assert!(!is_player(Some("RUSGOV")));
        assert!(!is_player(Some("IGOUNO")));
        assert!(!is_player(Some("---COP")));
        assert!(names_sport("Peru reached the Semi-Final on Sunday."));
        assert!(names_sport("ahead of the World Cup qualifier"));
        assert!(!names_sport("The footballing authorities met."));
        assert!(crate::names_disaster("An EARTHQUAKE struck Iran."));
        assert!(!crate::names_disaster("The Quakers met in Leeds."));
    }
}
