use super::*;
use proptest::prelude::*;

#[test]
fn names_read_in_iso_15919() {
    assert_eq!(romanise("బ్లింకెన్"), "bliṁken");
    // The joiner that keeps న్ from joining తో is gone; the letters are all there.
    assert_eq!(romanise("బ్లింకెన్‌తో"), "bliṁkentō");
    assert_eq!(romanise("సియోల్"), "siyōl");
}

#[test]
fn everything_but_telugu_letters_is_copied() {
    let text = "యుఎస్ (US) 1,47,000; రష్యా.\r\nNext";
    let r = romanise_text(text);
    assert!(!r.text.chars().any(is_telugu), "{}", r.text);
    assert!(r.text.contains(" (US) 1,47,000; "), "{}", r.text);
    assert!(r.text.ends_with(".\r\nNext"), "{}", r.text);
}

#[test]
fn widths_are_one_column_a_letter() {
    // ISO 15919 letters are precomposed (ṁ, ē) or a base and combining marks: either way a
    // letter is one column, which is what the wrapping and the drawing measure.
    use crate::core::text::display_width;
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample.te.txt"))
            .unwrap_or_default();
    let r = romanise_text(&text);
    for word in r.text.split_whitespace() {
        let letters = word.graphemes(true).count();
        assert_eq!(display_width(word), letters, "{word}");
    }
}

#[test]
fn a_name_maps_both_ways() {
    let text = "మంత్రి బ్లింకెన్‌తో చెప్పారు";
    let r = romanise_text(text);
    let start = text.find("బ్లిం").unwrap();
    let end = start + "బ్లింకెన్".len();
    let ro = r.map.roman_range(start..end);
    assert_eq!(&r.text[ro.clone()], "bliṁken");
    // The joiner after న్ belongs to its cluster, so the way back ends after it.
    assert_eq!(r.map.te_range(ro), start..end + '\u{200C}'.len_utf8());
    // A search hit inside the romanised word stands for the clusters that show it.
    let hit = r.text.find("ṁke").unwrap();
    let te = r.map.te_range(hit..hit + "ṁke".len());
    assert_eq!(&text[te], "బ్లింకె");
}

#[test]
fn documents_keep_their_paragraphs() {
    let doc = Document::from_text("te.txt", "మొదటి పేరా.\n\nరెండవ పేరా.\n".to_string());
    let r = RomanDocument::build(&doc);
    assert_eq!(r.doc.paragraphs.len(), 2);
    let first = &r.doc.text[r.doc.paragraphs[0].clone()];
    assert!(
        first.ends_with('.') && !first.chars().any(is_telugu),
        "{first}"
    );
}

#[test]
fn the_sample_maps_cluster_by_cluster() {
    // Words whose clusters do not romanise on their own are one unit; in real text nearly
    // every cluster boundary is a unit boundary, so highlights and clicks stay letter-exact.
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample.te.txt"))
            .unwrap_or_default();
    let r = romanise_text(&text);
    let bounds = cluster_boundaries(&text);
    let exact = bounds
        .iter()
        .filter(|&&b| r.map.to_roman(b) == r.map.to_roman_ceil(b))
        .count();
    assert!(
        exact * 100 >= bounds.len() * 99,
        "{exact} of {}",
        bounds.len()
    );
}

/// Text of Telugu letters and signs, joiners, ASCII and a few other scripts' letters.
fn mixed_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "క", "్", "ష", "ి", "ం", "ఁ", "ః", "ా", "ె", "ౌ", "అ", "ఆ", "ఈ", "ఋ", "ఱ", "ఽ", "౧", "\u{200C}",
        "\u{200D}", " ", ".", ",", "a", "Z", "1", "\n", "é", "ñ", "ह", "\u{0301}",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

fn cluster_boundaries(text: &str) -> Vec<usize> {
    let mut b: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).collect();
    b.push(text.len());
    b
}

proptest! {
    #[test]
    fn cluster_boundaries_map_to_boundaries_in_order(text in mixed_text()) {
        let r = romanise_text(&text);
        prop_assert_eq!(r.map.te_len(), text.len());
        prop_assert_eq!(r.map.ro_len(), r.text.len());
        let mut last = 0;
        for b in cluster_boundaries(&text) {
            for ro in [r.map.to_roman(b), r.map.to_roman_ceil(b)] {
                prop_assert!(r.text.is_char_boundary(ro), "{} -> {}", b, ro);
                prop_assert!(ro >= last, "not monotone at {}", b);
            }
            last = r.map.to_roman(b);
            // Back again: never past where it came from.
            prop_assert!(r.map.to_te(last) <= b);
        }
        prop_assert_eq!(r.map.to_roman(0), 0);
        prop_assert_eq!(r.map.to_roman(text.len()), r.text.len());
        let mut last = 0;
        for ro in (0..=r.text.len()).filter(|&i| r.text.is_char_boundary(i)) {
            let te = r.map.to_te(ro);
            prop_assert!(text.is_char_boundary(te) && te >= last);
            prop_assert!(text.is_char_boundary(r.map.to_te_ceil(ro)));
            prop_assert!(r.map.to_te_ceil(ro) >= te);
            last = te;
        }
    }

    #[test]
    fn ranges_cover_what_they_stand_for(text in mixed_text(), a in 0usize..200, b in 0usize..200) {
        let r = romanise_text(&text);
        let (lo, hi) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
        let ro = r.map.roman_range(lo..hi);
        let back = r.map.te_range(ro);
        prop_assert!(back.start <= lo && back.end >= hi, "{:?} from {}..{}", back, lo, hi);
    }
}
