//! Unit tests of English candidate finding.

use super::*;

/// The whole text as one paragraph.
fn whole(text: &str) -> Vec<std::ops::Range<usize>> {
    std::iter::once(0..text.len()).collect()
}

fn names(text: &str) -> Vec<String> {
    let paras = crate::core::document::split_paragraphs(text);
    extract(text, &paras, Mode::Article)
        .mentions
        .into_iter()
        .map(|m| m.name.to_string())
        .collect()
}

#[test]
fn runs_of_capitals_with_connectors_and_hyphens() {
    assert_eq!(
        names("He met Linda Thomas-Greenfield at the Bank of England and the Ministry of the Interior."),
        ["Linda Thomas-Greenfield", "Bank of England", "Ministry of the Interior"]
    );
}

#[test]
fn possessive_is_stripped_and_ends_the_name() {
    let text = "We saw North Korea's test and Blinken’s visit to Russia's Putin.";
    assert_eq!(names(text), ["North Korea", "Blinken", "Russia", "Putin"]);
    let m = &extract(text, &whole(text), Mode::Article).mentions[0];
    assert_eq!(&text[m.start..m.end], "North Korea");
}

#[test]
fn sentence_openers_need_confirmation() {
    let text = "In a speech, Moreover said nothing. Moreover, the talks went on. During the visit \
                the envoy spoke. This matters. Officials met Blinken. Blinken left. Dramatically, \
                prices rose. Zelensky spoke to reporters.";
    assert_eq!(names(text), ["Moreover", "Blinken", "Blinken", "Zelensky"]);
}

#[test]
fn sentence_openers_that_are_lower_case_elsewhere_are_not_names() {
    assert_eq!(
        names("Satellite images show it. The satellite was launched."),
        Vec::<String>::new()
    );
}

#[test]
fn headline_words_need_mid_sentence_confirmation() {
    let text = "U.S. Warns of Russia's Satellite Technology Exchange with North Korea\n\
                The U.S. said Russia may help North Korea.";
    assert_eq!(
        names(text),
        [
            "U.S.",
            "Russia",
            "North Korea",
            "U.S.",
            "Russia",
            "North Korea"
        ]
    );
}

#[test]
fn a_headline_word_next_to_a_confirmed_name_is_part_of_it() {
    // NTREX cnn_304478: the first name is only in the headline.
    let text = "Sarah Palin cites Track Palin's PTSD at Donald Trump rally\n\n\
                Track Palin, 26, spent a year in Iraq. Palin called his arrest the elephant in \
                the room at a rally for Donald Trump in Tulsa.";
    let found = names(text);
    assert_eq!(found[0], "Sarah Palin", "{found:?}");
    assert_eq!(found[1], "Track Palin", "{found:?}");
    // Common words next to a name stay out ("Rally" would be lower case elsewhere).
    assert!(!found
        .iter()
        .any(|n| n.contains("rally") || n.contains("Cites")));
}

#[test]
fn titles_are_cut_and_mark_a_person() {
    let text = "U.S. Secretary of State Antony Blinken met Prime Minister Narendra Modi, \
                External Affairs Minister S. Jaishankar and foreign minister Wang Yi.";
    let ex = extract(text, &whole(text), Mode::Article);
    let got: Vec<(&str, bool)> = ex
        .mentions
        .iter()
        .map(|m| (&*m.name, m.person_context))
        .collect();
    assert_eq!(
        got,
        [
            ("U.S.", false),
            ("Antony Blinken", true),
            ("Narendra Modi", true),
            ("S. Jaishankar", true),
            ("Wang Yi", true)
        ]
    );
}

#[test]
fn a_title_word_after_a_name_is_part_of_it() {
    assert_eq!(
        names("Bumrah dismissed Travis Head. The Prime Minister spoke."),
        ["Bumrah", "Travis Head"]
    );
}

#[test]
fn titles_closing_a_run_and_jurisdictions_after_of() {
    assert_eq!(
        names(
            "Naidu Sworn In as Andhra Pradesh Chief Minister\nLater Naidu spoke in Andhra Pradesh."
        ),
        ["Naidu", "Andhra Pradesh", "Naidu", "Andhra Pradesh"]
    );
    let text = "He became Chief Minister of Andhra Pradesh on Monday.";
    let ex = extract(text, &whole(text), Mode::Article);
    assert_eq!(ex.mentions.len(), 1);
    assert_eq!(&*ex.mentions[0].name, "Andhra Pradesh");
    assert!(!ex.mentions[0].person_context);
}

#[test]
fn plural_sentence_openers_are_not_names() {
    assert_eq!(
        names("Delegates from many countries met. Residents left."),
        Vec::<String>::new()
    );
}

#[test]
fn a_preposition_before_a_name_hints_at_a_place() {
    let text = "Scientists in Pasadena met Kim at Caltech.";
    let ex = extract(text, &whole(text), Mode::Article);
    let got: Vec<(&str, bool)> = ex.mentions.iter().map(|m| (&*m.name, m.locative)).collect();
    assert_eq!(got, [("Pasadena", true), ("Kim", false), ("Caltech", true)]);
}

#[test]
fn acronyms_are_mentions_of_their_own() {
    let text = "The ISRO chief and NASA met U.S. officials from the UN and DPRK.";
    let ex = extract(text, &whole(text), Mode::Article);
    let got: Vec<(&str, Option<&str>)> = ex
        .mentions
        .iter()
        .map(|m| (&*m.name, m.acronym.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("ISRO", Some("ISRO")),
            ("NASA", Some("NASA")),
            ("U.S.", Some("US")),
            ("UN", Some("UN")),
            ("DPRK", Some("DPRK"))
        ]
    );
}

#[test]
fn an_acronym_opens_an_organisation_name() {
    assert_eq!(
        names("The YSR Congress Party lost. NASA Administrator Bill Nelson and the U.S. Congress met."),
        ["YSR Congress Party", "NASA", "Bill Nelson", "U.S."]
    );
}

#[test]
fn long_name_with_acronym_in_brackets_is_an_alias() {
    let text = "He said the Democratic People's Republic of Korea (DPRK) and the Indian Space \
                Research Organisation (ISRO) and the National Aeronautics and Space Administration \
                (NASA) met.";
    let ex = extract(text, &whole(text), Mode::Article);
    let got: Vec<&str> = ex.mentions.iter().map(|m| &*m.name).collect();
    assert_eq!(
        got,
        [
            "Democratic People's Republic of Korea",
            "DPRK",
            "Indian Space Research Organisation",
            "ISRO",
            "National Aeronautics and Space Administration",
            "NASA"
        ]
    );
    assert_eq!(
        ex.aliases[0],
        (
            "Democratic People's Republic of Korea".into(),
            "DPRK".into()
        )
    );
    assert_eq!(ex.aliases.len(), 3);
}

#[test]
fn brackets_that_do_not_spell_the_acronym_make_no_alias() {
    let text = "He met the Foreign Office (MEA) today.";
    let ex = extract(text, &whole(text), Mode::Article);
    assert!(ex.aliases.is_empty());
}

#[test]
fn name_openers_count_only_before_a_name() {
    assert_eq!(
        names("New Delhi hosted it. New rules apply. North Korea fired."),
        ["New Delhi", "North Korea"]
    );
}

#[test]
fn generic_words_alone_and_calendar_words_are_not_names() {
    assert_eq!(
        names("He told the Cabinet on Monday in March that the Test went on."),
        Vec::<String>::new()
    );
}

#[test]
fn latin_words_in_telugu_text() {
    let text = "బిడెన్ పరిపాలన US దౌత్యవేత్త ISRO The";
    let ex = extract(text, &whole(text), Mode::Embedded);
    let got: Vec<&str> = ex.mentions.iter().map(|m| &*m.name).collect();
    assert_eq!(got, ["US", "ISRO"]);
}

#[test]
fn a_lone_capital_the_text_writes_small_is_a_word() {
    // News bullets run together without full stops (NTREX dailymail_co_uk_298630).
    let text = "New cancer vaccine can teach the immune system to see rogue cells and kill them \
                Vaccine teaches immune system to recognise rogue cells. A trial vaccine is showing \
                promising results, said Professor Jay Berzofsky, of the US National Cancer Institute.";
    let n = names(text);
    assert!(!n.contains(&"Vaccine".to_string()), "{n:?}");
    assert!(n.contains(&"Jay Berzofsky".to_string()), "{n:?}");
    assert!(
        n.contains(&"US National Cancer Institute".to_string()),
        "{n:?}"
    );
}

#[test]
fn acronyms_of_common_nouns_are_no_names() {
    // NTREX guardian_221718: "the now forgotten Barclaycard TV ads".
    let n = names("He once played in the now forgotten Barclaycard TV ads for the BBC.");
    assert_eq!(n, ["Barclaycard", "BBC"]);
}

#[test]
fn a_lower_case_prefix_does_not_hide_a_name() {
    // NTREX guardian_221718.
    let n = names("Emma Thompson does her very best with this quasi-Teresa-May character for non-English-speaking territories.");
    assert_eq!(n, ["Emma Thompson", "Teresa-May"]);
}
