use super::*;
use proptest::prelude::*;

/// The sentences of one paragraph, as text, trailing spaces trimmed.
fn sentences(text: &str) -> Vec<&str> {
    split(text, &[0..text.len()])
        .iter()
        .map(|s| text[s.span()].trim_end())
        .collect()
}

#[test]
fn full_stops_questions_and_exclamations() {
    assert_eq!(
        sentences("He came. Did he stay? No! He left."),
        ["He came.", "Did he stay?", "No!", "He left."]
    );
}

#[test]
fn closing_quotes_stay_with_their_sentence() {
    assert_eq!(
        sentences("He said he spoke out to give others \"hope.\" He also said more."),
        [
            "He said he spoke out to give others \"hope.\"",
            "He also said more."
        ]
    );
    assert_eq!(
        sentences("\"Stop!\" he shouted. Then silence."),
        ["\"Stop!\" he shouted.", "Then silence."]
    );
    assert_eq!(
        sentences("He said: “We won.” The crowd cheered."),
        ["He said: “We won.”", "The crowd cheered."]
    );
}

#[test]
fn abbreviations_and_initials_do_not_end_sentences() {
    assert_eq!(
        sentences("Dr. Rao met Mr. J. K. Smith in the U.S. capital. It cost Rs. 500 crore."),
        [
            "Dr. Rao met Mr. J. K. Smith in the U.S. capital.",
            "It cost Rs. 500 crore."
        ]
    );
    assert_eq!(
        sentences("He lives in the U.S. The rest stayed."),
        ["He lives in the U.S.", "The rest stayed."]
    );
    assert_eq!(
        sentences("Flat No. 10 was empty. So was No 11."),
        ["Flat No. 10 was empty.", "So was No 11."]
    );
}

#[test]
fn decimals_addresses_and_ellipses() {
    assert_eq!(
        sentences("Growth was 2.7 per cent. See weather.com for more... or not. Done… Next."),
        [
            "Growth was 2.7 per cent.",
            "See weather.com for more... or not.",
            "Done…",
            "Next."
        ]
    );
}

#[test]
fn telugu_sentences_and_dotted_words() {
    assert_eq!(
        sentences("యు.ఎస్. అధ్యక్షుడు వచ్చారు. ఉదయం 10 ఎ.ఎమ్‌కు సమావేశం జరిగింది. డా. రావు మాట్లాడారు."),
        [
            "యు.ఎస్. అధ్యక్షుడు వచ్చారు.",
            "ఉదయం 10 ఎ.ఎమ్‌కు సమావేశం జరిగింది.",
            "డా. రావు మాట్లాడారు."
        ]
    );
    assert_eq!(
        sentences("ధర రూ. 500 పెరిగింది! ఎందుకు? తెలియదు."),
        ["ధర రూ. 500 పెరిగింది!", "ఎందుకు?", "తెలియదు."]
    );
}

#[test]
fn telugu_quote_closed_by_a_quotative_goes_on() {
    assert_eq!(
        sentences("\"మేం గెలుస్తాం!\" అని ఆయన అన్నారు. తర్వాత వెళ్లారు."),
        ["\"మేం గెలుస్తాం!\" అని ఆయన అన్నారు.", "తర్వాత వెళ్లారు."]
    );
    assert_eq!(
        sentences("ఆయన ఇలా అన్నారు: \"ఇది నిజం.\" తర్వాత వెళ్లారు."),
        ["ఆయన ఇలా అన్నారు: \"ఇది నిజం.\"", "తర్వాత వెళ్లారు."]
    );
}

#[test]
fn offsets_are_bytes_of_the_document_and_paragraphs_are_kept() {
    let text = "One. Two.\n\nమూడు. నాలుగు.";
    let doc = crate::core::document::Document::from_text("t", text.to_string());
    let s = of_document(&doc);
    let texts: Vec<_> = s.iter().map(|s| (&text[s.span()], s.paragraph)).collect();
    assert_eq!(
        texts,
        [("One. ", 0), ("Two.", 0), ("మూడు. ", 1), ("నాలుగు.", 1)]
    );
}

/// Text made of pieces that exercise the rules.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "a",
        "The",
        "U.S.",
        "Dr.",
        ".",
        "?",
        "!",
        "...",
        "…",
        "\"",
        "”",
        " ",
        "  ",
        "2.5",
        "ఎ.ఎమ్",
        "యు.ఎస్.",
        "అని",
        "వచ్చారు.",
        "కు",
        "\u{0c41}",
        "\u{200c}",
        "\u{301}",
        "é",
        "👍🏽",
        "\t",
        "J.",
        "'",
        ")",
        "।",
    ])
}

proptest! {
    #[test]
    fn sentences_tile_their_paragraph_on_grapheme_boundaries(
        pieces in prop::collection::vec(piece(), 0..40)
    ) {
        let text: String = pieces.concat();
        let doc = crate::core::document::Document::from_text("t", text.clone());
        let sents = of_document(&doc);
        let mut k = 0;
        for (p, range) in doc.paragraphs.iter().enumerate() {
            let mut at = range.start;
            while at < range.end {
                let s = sents[k];
                prop_assert_eq!(s.start, at);
                prop_assert!(s.end > s.start);
                prop_assert_eq!(s.paragraph, p);
                // Within the paragraph (which may itself start on a stray mark).
                prop_assert!(super::is_grapheme_boundary(&text[range.clone()], s.start - range.start));
                prop_assert!(text.is_char_boundary(s.end));
                at = s.end;
                k += 1;
            }
            prop_assert_eq!(at, range.end);
        }
        prop_assert_eq!(k, sents.len());
    }
}
