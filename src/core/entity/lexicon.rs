//! Words that a name translates instead of transliterating (`ఉత్తర కొరియా` = North Korea,
//! `ప్రపంచ ఆరోగ్య సంస్థ` = World Health Organization), loaded from `assets/te_lexicon.tsv`.
//!
//! Each side of a name is reduced to *meanings*: a Telugu word gets the English meanings listed
//! for it, an English word gets its own lower-case form after folding (`Northern` → `north`).
//! Two words mean the same when their meanings intersect; everything else is left to phonetics.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const LEXICON_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/te_lexicon.tsv"
));

struct Lexicon {
    telugu: HashMap<&'static str, Vec<&'static str>>,
    english: HashSet<&'static str>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| parse(LEXICON_TSV))
}

fn parse(tsv: &'static str) -> Lexicon {
    let mut telugu: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    let mut english = HashSet::new();
    for line in tsv.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((te, meanings)) = line.split_once('\t') else {
            continue;
        };
        let entry = telugu.entry(te.trim()).or_default();
        for m in meanings.split(',').map(str::trim).filter(|m| !m.is_empty()) {
            entry.push(m);
            english.insert(m);
        }
    }
    Lexicon { telugu, english }
}

/// English meanings of a Telugu word (empty when the lexicon does not know it).
///
/// A noun in -ం meets its case suffix in -ా (ప్రభుత్వం, ప్రభుత్వానికి → stem ప్రభుత్వా;
/// విభాగం, విభాగానికి): such a stem has the meanings of its -ం form.
pub fn telugu_meanings(word: &str) -> &'static [&'static str] {
    let lex = lexicon();
    if let Some(m) = lex.telugu.get(word) {
        return m;
    }
    if let Some(base) = word.strip_suffix('\u{0C3E}').filter(|b| !b.is_empty()) {
        let mut am = String::with_capacity(base.len() + 3);
        am.push_str(base);
        am.push('\u{0C02}');
        if let Some(m) = lex.telugu.get(am.as_str()) {
            return m;
        }
    }
    &[]
}

/// The meaning of an English word when the lexicon uses it, folded: `Northern` → `north`,
/// `North-East` → `northeast`. `None` for words the lexicon never mentions.
pub fn english_meaning(word: &str) -> Option<&'static str> {
    let mut lower: String = word
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    for (long, short) in [
        ("northeastern", "northeast"),
        ("northwestern", "northwest"),
        ("southeastern", "southeast"),
        ("southwestern", "southwest"),
        ("northern", "north"),
        ("southern", "south"),
        ("eastern", "east"),
        ("western", "west"),
    ] {
        if lower == long {
            lower = short.to_string();
        }
    }
    lexicon().english.get(lower.as_str()).copied()
}

/// The meaning of a whole English name of several words when the lexicon lists it as one
/// (`United States` → `united states`).
pub fn english_phrase_meaning(name: &str) -> Option<&'static str> {
    let lower: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        })
        .collect();
    if lower.len() < 2 {
        return None;
    }
    lexicon().english.get(lower.join(" ").as_str()).copied()
}

/// True when the Telugu word is a direction (used to keep `ఉత్తర కొరియా` from being read as a
/// longer form of `కొరియా`).
pub fn is_direction(meaning: &str) -> bool {
    matches!(
        meaning,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "central"
            | "middle"
            | "new"
            | "upper"
            | "lower"
    )
}

/// A Telugu word that starts with a direction word fused on (`దక్షిణకొరియా` = `దక్షిణ` +
/// `కొరియా`, as translators often write South Korea), split into the two. A vowel that met the
/// direction's last letter in sandhi is given back to the rest (`దక్షిణాఫ్రికా` = `దక్షిణ` +
/// `ఆఫ్రికా`). The longest direction word that fits wins; the rest must be a word of at least
/// two characters that does not start with another combining sign.
pub fn split_direction_prefix(word: &str) -> Option<(&'static str, Cow<'_, str>)> {
    static PREFIXES: OnceLock<Vec<&'static str>> = OnceLock::new();
    let prefixes = PREFIXES.get_or_init(|| {
        let mut p: Vec<&'static str> = lexicon()
            .telugu
            .iter()
            .filter(|(_, meanings)| meanings.iter().any(|m| is_direction(m)))
            .map(|(te, _)| *te)
            .collect();
        // Longest first, then by text: the same split on every run.
        p.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        p
    });
    prefixes.iter().find_map(|&p| {
        let rest = word.strip_prefix(p)?;
        let first = rest.chars().next()?;
        let rest: Cow<'_, str> = match crate::core::entity::letters::independent_vowel(first) {
            Some(vowel) => Cow::Owned(format!("{vowel}{}", &rest[first.len_utf8()..])),
            // A virama, an anusvara or another mark: the direction word did not end here.
            None if crate::core::text::display::is_combining_start(first) => return None,
            None => Cow::Borrowed(rest),
        };
        (rest.chars().count() >= 2).then_some((p, rest))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fused_direction_words_split_off() {
        assert_eq!(
            split_direction_prefix("దక్షిణకొరియా"),
            Some(("దక్షిణ", "కొరియా".into()))
        );
        assert_eq!(
            split_direction_prefix("దక్షిణాఫ్రికా"),
            Some(("దక్షిణ", "ఆఫ్రికా".into()))
        );
        // ఉత్తరం ("north", a noun): the anusvara belongs to the direction word.
        assert_eq!(split_direction_prefix("ఉత్తరం"), None);
        assert_eq!(split_direction_prefix("దక్షిణ"), None);
        assert_eq!(split_direction_prefix("కొరియా"), None);
    }

    #[test]
    fn oblique_stems_of_am_nouns_have_their_meanings() {
        // NTREX cnn_304478: "వాసిల్లా పోలీసు విభాగానికి చెందిన" (of the Wasilla Police
        // Department) leaves the stem విభాగా.
        assert_eq!(telugu_meanings("విభాగా"), telugu_meanings("విభాగం"));
        assert!(telugu_meanings("విభాగా").contains(&"department"));
        assert!(telugu_meanings("ప్రభుత్వా").contains(&"government"));
        assert!(telugu_meanings("కా").is_empty());
    }

    #[test]
    fn directions_translate() {
        assert_eq!(telugu_meanings("ఉత్తర"), ["north"]);
        assert_eq!(telugu_meanings("దక్షిణ"), ["south"]);
        assert_eq!(telugu_meanings("తూర్పు"), ["east"]);
        assert_eq!(telugu_meanings("పశ్చిమ"), ["west"]);
        assert_eq!(telugu_meanings("ఈశాన్య"), ["northeast"]);
        assert!(telugu_meanings("కొరియా").is_empty());
    }

    #[test]
    fn english_words_fold() {
        assert_eq!(english_meaning("North"), Some("north"));
        assert_eq!(english_meaning("Northern"), Some("north"));
        assert_eq!(english_meaning("North-East"), Some("northeast"));
        assert_eq!(english_meaning("Organization"), Some("organization"));
        assert_eq!(english_meaning("Korea"), None);
        assert_eq!(
            english_phrase_meaning("United  States"),
            Some("united states")
        );
        assert_eq!(english_phrase_meaning("United Kingdom"), None);
        assert!(is_direction("northeast"));
        assert!(!is_direction("world"));
    }
}
