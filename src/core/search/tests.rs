use super::*;

/// A sports story written for these tests, in both languages.
const SPORT_EN: &str = "Neeraj Chopra won gold in Paris. Chopra's coach, Klaus Bartonietz, \
                        said the U.S. team had watched him closely. In Paris, CHOPRA thanked \
                        the fans of South India.";
const SPORT_TE: &str = "పారిస్‌లో నీరజ్ చోప్రా స్వర్ణం గెలిచాడు. చోప్రాకు కోచ్ క్లాస్ \
                        బార్టోనియెట్జ్ అభినందనలు తెలిపారు. యుఎస్ జట్టు చోప్రా-నీరజ్ \
                        ప్రదర్శనను గమనించింది. దక్షిణ భారతదేశంలో అభిమానులు సంబరాలు చేశారు.";
/// A science story.
const SCIENCE_TE: &str = "ఇస్రో ప్రయోగించిన చంద్రయాన్ శ్రీహరికోట నుండి బయలుదేరింది; \
                          చంద్రయాన్‌తో పాటు నాసా కూడా ఆసక్తి చూపింది.";

fn found<'t>(text: &'t str, query: &str) -> Vec<&'t str> {
    find_all(text, &Query::parse(query))
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[test]
fn latin_text_is_found_case_insensitively() {
    assert_eq!(found(SPORT_EN, "chopra"), ["Chopra", "Chopra", "CHOPRA"]);
    assert_eq!(found(SPORT_EN, "  PARIS "), ["Paris", "Paris"]);
    assert_eq!(found(SPORT_EN, "in paris"), ["in Paris", "In Paris"]);
    assert!(found(SPORT_EN, "").is_empty());
    assert!(found(SPORT_EN, "   ").is_empty());
    assert!(found(SPORT_EN, "Bolt").is_empty());
}

#[test]
fn a_latin_query_finds_telugu_words_whole_with_their_suffixes() {
    assert_eq!(found(SPORT_TE, "chopra"), ["చోప్రా", "చోప్రాకు", "చోప్రా"]);
    assert_eq!(found(SPORT_TE, "Paris"), ["పారిస్‌లో"]);
    assert_eq!(found(SPORT_TE, "Bartonietz"), ["బార్టోనియెట్జ్"]);
    // Several words: a run of as many Telugu words, in order.
    assert_eq!(found(SPORT_TE, "Neeraj Chopra"), ["నీరజ్ చోప్రా"]);
    assert_eq!(found(SPORT_TE, "Chopra Neeraj"), ["చోప్రా-నీరజ్"]);
    // Translated words, acronyms and phonetic acronyms.
    assert_eq!(found(SPORT_TE, "south"), ["దక్షిణ"]);
    assert_eq!(found(SPORT_TE, "U.S."), ["యుఎస్"]);
    assert_eq!(found(SCIENCE_TE, "ISRO"), ["ఇస్రో"]);
    assert_eq!(found(SCIENCE_TE, "nasa"), ["నాసా"]);
    assert_eq!(found(SCIENCE_TE, "Sriharikota"), ["శ్రీహరికోట"]);
    assert_eq!(found(SCIENCE_TE, "chandrayaan"), ["చంద్రయాన్", "చంద్రయాన్‌తో"]);
    // Words that only look alike are not found.
    assert!(found(SPORT_TE, "Gold").is_empty());
    assert!(found(SCIENCE_TE, "Sahara").is_empty());
}

#[test]
fn a_telugu_query_finds_english_words() {
    assert_eq!(found(SPORT_EN, "చోప్రాకు"), ["Chopra", "Chopra's", "CHOPRA"]);
    assert_eq!(found(SPORT_EN, "పారిస్"), ["Paris", "Paris"]);
    assert_eq!(found(SPORT_EN, "నీరజ్ చోప్రా"), ["Neeraj Chopra"]);
    assert_eq!(found(SPORT_EN, "యుఎస్"), ["U.S"]);
    assert_eq!(found(SPORT_EN, "దక్షిణ"), ["South"]);
    // And Telugu text as itself.
    assert_eq!(found(SPORT_TE, "చోప్రా"), ["చోప్రా", "చోప్రా", "చోప్రా"]);
}

#[test]
fn matches_cover_whole_grapheme_clusters() {
    // చోప్ర without its vowel sign ా ends inside the cluster ప్రా.
    assert_eq!(found(SPORT_TE, "చోప్ర"), ["చోప్రా", "చోప్రా", "చోప్రా"]);
    // ల్కు is one cluster: a search for the stem takes the suffix with it.
    assert_eq!(found("సియోల్కు వెళ్లారు", "సియోల్"), ["సియోల్కు"]);
    // A combining accent stays with its letter.
    assert_eq!(found("Jose\u{301} Mourinho", "jose"), ["Jose\u{301}"]);
}

#[test]
fn mixed_and_symbol_queries_are_searched_as_text_only() {
    assert_eq!(Query::parse("Chopra").script(), Script::Latin);
    assert_eq!(Query::parse("చోప్రా").script(), Script::Telugu);
    assert_eq!(Query::parse("US దౌత్యవేత్త").script(), Script::Other);
    assert_eq!(Query::parse("2024").script(), Script::Other);
    assert_eq!(found("in 2024, ౨౦౨౪", "2024"), ["2024"]);
    assert_eq!(found("యుఎస్ జట్టు", "యుఎస్ జట్టు"), ["యుఎస్ జట్టు"]);
}

#[test]
fn the_sample_finds_blinken_in_both_panes() {
    let pair = crate::core::sample::sample_pair();
    let te = &pair.te.text;
    let hits = found(te, "blinken");
    assert_eq!(hits.len(), te.matches("బ్లింకెన్").count());
    assert!(hits.iter().all(|h| h.starts_with("బ్లింకెన్")), "{hits:?}");
    let en = &pair.en.text;
    let hits = found(en, "బ్లింకెన్");
    assert_eq!(hits.len(), en.matches("Blinken").count());
    assert!(hits.iter().all(|h| h.starts_with("Blinken")), "{hits:?}");
    // A Telugu query finds a two-word English name and no part of another.
    assert_eq!(
        found(en, "ఉత్తర కొరియా").len(),
        en.matches("North Korea").count()
    );
}

#[test]
fn next_and_previous_wrap_round() {
    let m = [2..4, 10..12, 20..25];
    assert_eq!(next_match(&m, 0), Some(0));
    assert_eq!(next_match(&m, 2), Some(1));
    assert_eq!(next_match(&m, 11), Some(2));
    assert_eq!(next_match(&m, 20), Some(0));
    assert_eq!(prev_match(&m, 20), Some(1));
    assert_eq!(prev_match(&m, 21), Some(2));
    assert_eq!(prev_match(&m, 2), Some(2));
    assert_eq!(next_match(&[], 5), None);
    assert_eq!(prev_match(&[], 5), None);
}

#[test]
fn a_partly_typed_query_finds_no_short_words_across_scripts() {
    // Typed one letter at a time, a query must not light up every short word.
    assert!(found(SPORT_EN, "ద").is_empty());
    assert!(found(SPORT_TE, "ch").is_empty());
    assert_eq!(found(SPORT_TE, "chop"), Vec::<&str>::new());
    assert_eq!(found(SPORT_TE, "chopra").len(), 3);
}
