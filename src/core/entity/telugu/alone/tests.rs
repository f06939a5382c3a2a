//! Unit tests of one-sided Telugu names.
// The extractors take a list of paragraph ranges; these tests pass a one-paragraph list.
#![allow(clippy::single_range_in_vec_init)]

use super::*;
use crate::core::entity::telugu::nodes::build;

/// The whole text as one paragraph.
fn whole(text: &str) -> Vec<std::ops::Range<usize>> {
    std::iter::once(0..text.len()).collect()
}

fn kept(text: &str, lower_words: &[&str]) -> Vec<String> {
    let mut te = build(text, &whole(text), &[]);
    let linked = vec![false; te.nodes.len()];
    let lower: Vec<String> = lower_words.iter().map(|s| s.to_string()).collect();
    let keep = decide(&mut te, text, &linked, &lower);
    let mut v: Vec<String> = keep
        .iter()
        .enumerate()
        .filter(|(_, k)| **k)
        .map(|(n, _)| te.info[n].text.clone())
        .collect();
    v.sort();
    v
}

#[test]
fn foreign_looking_word_with_person_context() {
    assert_eq!(kept("బిడెన్ పరిపాలన ప్రయత్నాలు చేసింది", &[]), ["బిడెన్"]);
}

#[test]
fn foreign_looking_word_without_evidence_is_not_kept() {
    assert!(kept("దౌత్య మిషన్తో సమానంగా జరిగింది", &[]).is_empty());
}

#[test]
fn loanwords_are_not_names_even_when_repeated() {
    let text = "వికెట్ పడింది. మరో వికెట్ పడింది. స్టంప్స్ సమయానికి";
    assert!(kept(text, &["wickets", "stumps"]).is_empty());
}

#[test]
fn gazetteer_places_latin_words_and_title_context() {
    let text = "లండన్లో ISRO ప్రధాని మోదీ మాట్లాడారు";
    assert_eq!(kept(text, &[]), ["ISRO", "మోదీ", "లండన్"]);
}

#[test]
fn runs_of_foreign_words_are_one_name() {
    let text = "డొనాల్డ్ ట్రంప్ చెప్పారు";
    let got = kept(text, &[]);
    assert!(got.contains(&"డొనాల్డ్ ట్రంప్".to_string()), "{got:?}");
}

#[test]
fn loanword_index_matches_plurals_and_variants() {
    let lw = Loanwords::new(&["satellites".to_string()]);
    assert!(lw.contains(&crate::core::entity::key::telugu_key("శాటిలైట్")));
    assert!(lw.contains(&crate::core::entity::key::telugu_key("మిషన్")));
    assert!(!lw.contains(&crate::core::entity::key::telugu_key("బిడెన్")));
}

#[test]
fn a_title_starts_a_run() {
    let got = kept("సెక్రటరీ జనరల్ ఆంటోనియో గుటెర్రెస్ ఒప్పందాన్ని స్వాగతించారు", &[]);
    assert!(got.contains(&"ఆంటోనియో గుటెర్రెస్".to_string()), "{got:?}");
}
