//! Telugu word lists: common words that are never names (a stoplist), verb endings, and the
//! context words around a name that tell what it names (a title before a person, `నగరం`
//! after a city). Telugu has no capitals, so these lists are what separates names from text.

/// Frequent function words, pronouns, quantifiers, adverbs and auxiliaries.
#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "ఈ", "ఆ", "ఒక", "ఒక్క", "మరియు", "కూడా", "అని", "అనే", "అన్న", "లేదా", "కానీ", "కాని", "ఇది",
    "అది", "ఇవి", "అవి", "వారు", "వీరు", "ఆయన", "ఈయన", "ఆమె", "ఈమె", "తన", "తమ", "తాను", "తాము",
    "మేము", "మనం", "మన", "మా", "మీ", "నేను", "నా", "దాని", "దీని", "వాటి", "వీటి", "వారి", "వీరి",
    "ఆయనకు", "ఉంది", "ఉన్న", "ఉన్నారు", "ఉన్నాయి", "ఉండే", "ఉంటుంది", "ఉంటే", "లేదు", "లేని",
    "లేకుండా", "కాదు", "అవుతుంది", "అయిన", "అయితే", "యొక్క", "మధ్య", "కోసం", "ద్వారా", "వరకు",
    "తర్వాత", "తరువాత", "ముందు", "సమయంలో", "గురించి", "మరో", "మరొక", "అనేక", "చాలా", "ఎక్కువ",
    "తక్కువ", "ఇప్పటికే", "ఇప్పుడు", "అప్పుడు", "ఎందుకంటే", "కాబట్టి", "ప్రకారం", "సందర్భంగా",
    "వంటి", "లాంటి", "ప్రతి", "అన్ని", "కొన్ని", "కొంత", "రెండు", "మూడు", "నాలుగు", "ఐదు", "ఒకటి",
    "మొదటి", "రెండో", "రెండవ", "చివరి", "పాత", "పెద్ద", "చిన్న", "ఎలా", "ఏమి", "ఎవరు", "ఎక్కడ",
    "ఎప్పుడు", "ఎందుకు", "ఏ", "అంతే", "కేవలం", "ముఖ్యంగా", "ఇంకా", "మళ్లీ", "మళ్ళీ", "ఇక", "అయినా",
    "అయినప్పటికీ", "పైగా", "దీంతో", "దాంతో", "అందుకే", "అలాగే", "ఇలా", "అలా", "ఇటీవల", "ఇటీవలి",
    "నేడు", "ఈరోజు", "నిన్న", "రేపు", "సుమారు", "దాదాపు", "మొత్తం", "పాటు", "బదులు", "బట్టి",
    "చెప్పారు", "అన్నారు", "తెలిపారు", "పేర్కొన్నారు", "చెప్పింది", "వెల్లడించారు", "సమాజం",
    "ప్రభుత్వం", "దేశం", "దేశాల", "దేశాలు", "ప్రాంతం", "ప్రాంతంలోని", "సంబంధాలు", "ప్రయత్నాలు",
    "జరిగింది", "వచ్చింది", "చేసింది", "చేశారు", "చేసిన", "చేసే", "చేయడం", "చేస్తుంది",
    "చేస్తున్న", "కలిగిన", "గల", "అదనపు", "అవసరం", "ఉన్నట్లు", "తీవ్ర", "కారణం", "మరింత",
    // Postpositions and comparison words that sound like names (కంటే "than" = Kante).
    "కంటే", "కన్నా", "పట్ల", "వద్ద", "దగ్గర", "నుంచి", "నుండి", "లోపల", "బయట", "పైన", "కింద",
    "తమపై", "తనపై", "నాపై", "మాపై", "మీపై", "వారిపై", "దీనిపై", "దానిపై", "ఆయనపై", "ఆమెపై",
    "ఏళ్ల", "ఏళ్లు", "ఏళ్ళ", "సంవత్సరం", "సంవత్సరాల", "ఇద్దరూ", "అందరూ", "ఎవరూ",
    // Loanwords of everyday Telugu news that are never a name alone.
    // (జనరల్ and ఫస్ట్ are in the lexicon too, so that they still go inside a translated name.)
    "జనరల్", "ఫస్ట్", "టీవీ",
];

/// Endings of finite and non-finite verb forms; a word with one is not a name.
#[rustfmt::skip]
const VERB_ENDINGS: &[&str] = &[
    "తున్నారు", "తున్నాయి", "తున్నది", "తున్నాను", "తున్నాం", "తున్న", "తుంది", "తారు", "తాయి",
    "తాను", "తాం", "ించారు", "ించింది", "ించాయి", "ించాడు", "ించి", "ించడం", "ించే", "ించిన",
    "ంచారు", "ంచింది", "ంచి", "ంచే", "ంచిన", "న్నారు", "న్నాయి", "ింది", "ారు", "ాడు", "ాము",
    "వచ్చు", "లేదు", "డానికి", "టానికి", "దానికి", "కుండా", "ినట్లు", "ట్లు",
];

/// Titles that stand before a person's name (`విదేశాంగ కార్యదర్శి ఆంటోనీ ...`).
#[rustfmt::skip]
const TITLES_BEFORE: &[&str] = &[
    "అధ్యక్షుడు", "అధ్యక్షురాలు", "ప్రధాని", "ప్రధానమంత్రి", "మంత్రి", "ముఖ్యమంత్రి", "కార్యదర్శి",
    "గవర్నర్", "రాయబారి", "సెనేటర్", "డాక్టర్", "డా", "ప్రొఫెసర్", "శ్రీ", "శ్రీమతి", "మిస్టర్",
    "కెప్టెన్", "కోచ్", "చైర్మన్", "ఛైర్మన్", "డైరెక్టర్", "శాస్త్రవేత్త", "ఆటగాడు", "బ్యాటర్",
    "బౌలర్", "నటుడు", "నటి", "నాయకుడు", "నేత", "ప్రతినిధి", "కమిషనర్", "న్యాయమూర్తి", "రాజు",
    "రాణి", "యువరాజు", "చీఫ్", "జనరల్", "కమాండర్", "వ్యోమగామి", "సారథి", "ఓపెనర్", "స్పిన్నర్",
    "పేసర్", "కార్యనిర్వాహక", "సీఈవో", "దౌత్యవేత్త", "సలహాదారు", "ఎంపీ", "ఎమ్మెల్యే",
];

/// Words after a name that say a person (or a person's office) is meant: honorifics,
/// "administration", "said".
#[rustfmt::skip]
const PERSON_AFTER: &[&str] = &[
    "గారు", "గారి", "జీ", "పరిపాలన", "పరిపాలనలో", "నేతృత్వంలోని", "నేతృత్వంలో", "సారథ్యంలో",
    "చెప్పారు", "అన్నారు", "తెలిపారు", "పేర్కొన్నారు", "వెల్లడించారు", "వ్యాఖ్యానించారు",
    "ప్రకటించారు", "హెచ్చరించారు", "స్పష్టం", "నొక్కిచెప్పారు", "అభిప్రాయపడ్డారు",
];

/// Words after a name that say a place is meant.
#[rustfmt::skip]
const PLACE_AFTER: &[&str] = &[
    "నగరం", "నగరంలో", "నగరంలోని", "దేశం", "దేశంలో", "రాష్ట్రం", "రాష్ట్రంలో", "రాజధాని", "జిల్లా",
    "జిల్లాలో", "ప్రాంతం", "ప్రాంతంలో", "ద్వీపం", "ద్వీపకల్పం", "నది", "స్టేడియం", "స్టేడియంలో",
    "మైదానం", "మైదానంలో", "తీరం", "పట్టణం", "గ్రామం", "విమానాశ్రయం",
];

/// Words after a name that say an organisation is meant.
#[rustfmt::skip]
const ORG_AFTER: &[&str] = &[
    "సంస్థ", "సంస్థకు", "పార్టీ", "విశ్వవిద్యాలయం", "కంపెనీ", "సమితి", "సంఘం", "బోర్డు", "క్లబ్",
    "జట్టు", "మంత్రిత్వ", "శాఖ", "కౌన్సిల్", "బ్యాంకు", "ఏజెన్సీ",
];

/// A Telugu word that is never part of a name.
///
/// Asked for nearly every Telugu token, and several times for the words of a candidate name: a
/// hash set instead of a scan of the ~200 words (the scan was a quarter of the time spent
/// trying multi-word Telugu names).
pub fn is_stopword(word: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| STOPWORDS.iter().copied().collect())
        .contains(word)
}

/// A Telugu word that ends like a verb form.
pub fn is_verb_form(word: &str) -> bool {
    VERB_ENDINGS
        .iter()
        .any(|e| word.ends_with(e) && word.len() > e.len())
        || VERB_ENDINGS.contains(&word)
}

pub fn is_title_before(word: &str) -> bool {
    TITLES_BEFORE.contains(&word)
}

pub fn is_person_after(word: &str) -> bool {
    PERSON_AFTER.contains(&word)
}

pub fn is_place_after(word: &str) -> bool {
    PLACE_AFTER.contains(&word)
}

pub fn is_org_after(word: &str) -> bool {
    ORG_AFTER.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_classify_words() {
        assert!(is_stopword("మరియు"));
        assert!(is_stopword("యొక్క"));
        // NTREX upi_176249: "సాధ్యమైనంత ... కంటే ముందు" ("before"), not the player Kante.
        assert!(is_stopword("కంటే"));
        assert!(is_stopword("తమపై") && is_stopword("పట్ల") && is_stopword("జనరల్"));
        assert!(!is_stopword("రష్యా"));
        assert!(is_verb_form("వెల్లడించారు"));
        assert!(is_verb_form("పెంచారు"));
        assert!(!is_verb_form("బ్లింకెన్"));
        assert!(!is_verb_form("ఆసియా"));
        assert!(is_title_before("కార్యదర్శి"));
        assert!(is_person_after("పరిపాలన"));
        assert!(is_place_after("నగరంలో"));
        assert!(is_org_after("సంస్థ"));
    }

    #[test]
    fn every_entry_is_telugu() {
        for list in [
            STOPWORDS,
            VERB_ENDINGS,
            TITLES_BEFORE,
            PERSON_AFTER,
            PLACE_AFTER,
            ORG_AFTER,
        ] {
            for w in list {
                assert!(
                    w.chars()
                        .all(crate::core::entity::translit::is_telugu_word_char),
                    "{w}"
                );
            }
        }
    }
}
