//! Article metadata read from the cleaned text: dateline, outlet host, language.

use sitrep_model::{Dateline, TextRange};

/// The dateline at the head of the body: an upper-case place name, optionally followed by a
/// date or agency in the same run (`DOHA, Nov 4 (Caspian Wire) -`), closed by `:` or a dash.
/// The dateline stays in the text; this returns the place and where it stands.
pub fn find_dateline(text: &str) -> Option<Dateline> {
    // The first paragraph that is a sentence (a title-like line before it is not the body).
    let mut offset = 0;
    for line in text.split('\n') {
        let start = offset;
        offset += line.len() + 1;
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            continue;
        }
        let lead = start + (line.len() - trimmed.len());
        if let Some(d) = dateline_in(trimmed, lead) {
            return Some(d);
        }
        // Only the first few paragraphs may open with a dateline (a key-points list may precede).
        if offset > 2000 {
            break;
        }
    }
    None
}

fn dateline_in(line: &str, lead: usize) -> Option<Dateline> {
    // The place: upper-case letters, spaces, dots, hyphens, apostrophes; 3..=40 bytes.
    let mut place_end = 0;
    for (i, c) in line.char_indices() {
        if c.is_uppercase() || c == ' ' || c == '.' || c == '-' || c == '\'' || c == '’' {
            place_end = i + c.len_utf8();
        } else {
            break;
        }
    }
    let place = line.get(..place_end)?.trim_end_matches([' ', '-', '.']);
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if !(3..=40).contains(&letters) || place.contains("  ") {
        return None;
    }
    let rest = line.get(place.len()..)?;
    // Either ":" right after, or ", <date/agency ≤ 40 chars> -|—|:" then a space.
    let closer = |s: &str| -> bool {
        let t = s.trim_start();
        t.starts_with(": ") || t.starts_with("— ") || t.starts_with("– ") || t.starts_with("- ")
    };
    let ok = if closer(rest) {
        true
    } else if let Some(after_comma) = rest.strip_prefix(',') {
        after_comma
            .char_indices()
            .take_while(|(i, _)| *i < 48)
            .any(|(i, c)| {
                matches!(c, ':' | '—' | '–' | '-')
                    && after_comma
                        .get(i..)
                        .is_some_and(|t| closer(t) || t.starts_with(":"))
                    && after_comma
                        .get(i + c.len_utf8()..)
                        .is_some_and(|t| t.starts_with(' '))
            })
    } else {
        false
    };
    if !ok {
        return None;
    }
    // A one-word all-caps acronym sentence start ("NATO said") has no colon or dash; "UN: ..." is
    // too short to pass the letter count, which keeps most headings out.
    Some(Dateline {
        place: place.to_string(),
        range: TextRange::new(lead, lead + place.len()),
    })
}

/// The host of a URL, without `www.`: the outlet when nothing better is known.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map(|(_, h)| h).unwrap_or(host);
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// The ISO 639-1 language of the text: detection when the text is long enough to tell,
/// else what the page declared, else `und`.
pub fn language(text: &str, declared: Option<String>) -> String {
    let declared = declared
        .map(|d| d.trim().to_ascii_lowercase())
        .and_then(|d| d.split(['-', '_']).next().map(str::to_string))
        .filter(|d| d.len() == 2);
    // Two thousand bytes tell a language as well as the whole text, at a fraction of the cost.
    let sample_end = (0..=text.len().min(2000))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let sample = text.get(..sample_end).unwrap_or_default();
    // Fast path: running English prose is a third function words. Checking that is a hundred
    // times cheaper than trigram detection, and most of the news sitrep reads is English.
    if looks_english(sample) {
        return "en".to_string();
    }
    if let Some(info) = whatlang::detect(sample)
        && (info.is_reliable() || declared.is_none())
        && sample.split_whitespace().count() >= 8
    {
        return iso639_1(info.lang()).to_string();
    }
    declared.unwrap_or_else(|| "und".to_string())
}

/// Whether at least 40 words and a quarter of them are the commonest English function words,
/// which no other language's prose comes near.
fn looks_english(sample: &str) -> bool {
    const FUNCTION_WORDS: [&str; 24] = [
        "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "he", "it",
        "as", "at", "by", "said", "from", "his", "has", "have", "were", "be",
    ];
    let mut words = 0usize;
    let mut hits = 0usize;
    for word in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if word.len() <= 4 && FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(word)) {
            hits += 1;
        }
    }
    words >= 40 && hits * 4 >= words
}

fn iso639_1(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match lang {
        Eng => "en",
        Fra => "fr",
        Deu => "de",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Nld => "nl",
        Rus => "ru",
        Ukr => "uk",
        Ara => "ar",
        Pes => "fa",
        Urd => "ur",
        Hin => "hi",
        Ben => "bn",
        Tur => "tr",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Pol => "pl",
        Swe => "sv",
        Dan => "da",
        Nob => "no",
        Fin => "fi",
        Ell => "el",
        Heb => "he",
        Ind => "id",
        Vie => "vi",
        Tha => "th",
        Ron => "ro",
        Hun => "hu",
        Ces => "cs",
        _ => "und",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(text: &str) -> Option<String> {
        find_dateline(text).map(|d| d.place)
    }

    #[test]
    fn datelines() {
        assert_eq!(
            place("MOSCOW: Iran and Russia said.").as_deref(),
            Some("MOSCOW")
        );
        assert_eq!(
            place("DERA ISMAIL KHAN: A convoy was hit.").as_deref(),
            Some("DERA ISMAIL KHAN")
        );
        assert_eq!(
            place("DOHA, Nov 4 (Caspian Wire) - Talks resumed.").as_deref(),
            Some("DOHA")
        );
        assert_eq!(
            place("ANKARA — The talks ended.").as_deref(),
            Some("ANKARA")
        );
        assert_eq!(
            place("Headline Here\n\nKABUL: Body.").as_deref(),
            Some("KABUL")
        );
        assert_eq!(place("Iran said on Monday: talks.").as_deref(), None);
        assert_eq!(place("NATO said it would respond.").as_deref(), None);
    }

    #[test]
    fn dateline_range_points_at_the_place() {
        let text = "Title\n\n  KABUL: Body.";
        let d = find_dateline(text).unwrap();
        assert_eq!(d.range.slice(text), Some("KABUL"));
    }

    #[test]
    fn hosts() {
        assert_eq!(
            host_of("https://www.frontier-ledger.example/2025/11/13/x").as_deref(),
            Some("frontier-ledger.example")
        );
        assert_eq!(
            host_of("http://127.0.0.1:8080/a").as_deref(),
            Some("127.0.0.1")
        );
    }

    #[test]
    fn language_is_detected() {
        assert_eq!(
            language(
                "The ministers met in the capital on Monday and agreed to continue the talks next week.",
                None
            ),
            "en"
        );
        assert_eq!(
            language(
                "Les ministres se sont réunis lundi dans la capitale et ont convenu de poursuivre les discussions.",
                None
            ),
            "fr"
        );
        assert_eq!(language("", Some("de-DE".into())), "de");
    }

    #[test]
    fn the_english_fast_path_takes_only_english() {
        let en = "The foreign ministers of the two countries spoke by telephone on Tuesday and \
            agreed that the talks in the capital should go on, the ministry said in a statement. \
            It was the second call in a week, and officials said a meeting was planned for the \
            end of the month at the border.";
        assert!(looks_english(en));
        for other in [
            "Die Außenminister der beiden Länder telefonierten am Dienstag und vereinbarten, dass \
             die Gespräche in der Hauptstadt fortgesetzt werden sollten, teilte das Ministerium in \
             einer Erklärung mit. Es war das zweite Gespräch in einer Woche, und Beamte sagten, \
             ein Treffen sei für Ende des Monats an der Grenze geplant.",
            "Los ministros de Asuntos Exteriores de los dos países hablaron por teléfono el martes \
             y acordaron que las conversaciones en la capital debían continuar, dijo el ministerio \
             en un comunicado. Fue la segunda llamada en una semana, y los funcionarios dijeron que \
             se planeaba una reunión para finales de mes en la frontera.",
            "Les ministres des Affaires étrangères des deux pays se sont entretenus par téléphone \
             mardi et sont convenus que les pourparlers dans la capitale devaient se poursuivre, a \
             indiqué le ministère dans un communiqué. C'était le deuxième appel en une semaine, et \
             une réunion est prévue à la fin du mois à la frontière.",
        ] {
            assert!(!looks_english(other), "{other}");
            assert_ne!(language(other, None), "en");
        }
        // Too short to tell by counting: left to the detector.
        assert!(!looks_english("The talks went on."));
    }
}
