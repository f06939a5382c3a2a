//! The width model against a table of tricky strings, and the wrapping invariants as properties.

use proptest::prelude::*;
use tandem::core::text::{display_width, for_each_cell, wrap};
use unicode_segmentation::UnicodeSegmentation;

/// (string, expected display width, expected number of grapheme clusters)
const TABLE: &[(&str, usize, usize)] = &[
    ("కు", 2, 1),
    ("కా", 1, 1),
    ("క్ష", 2, 1),
    ("న్త్ర", 3, 1),
    ("సంక్లిష్టమైన", 8, 5),
    ("బ్లింకెన్", 5, 3),
    ("ప్యోంగ్యాంగ్", 7, 3),
    ("సియోల్కు", 5, 3),
    ("మిషన్‌కు", 5, 4), // ZWNJ after the virama stays in its cluster
    ("యుఎస్", 4, 3),
    ("౧౨౩", 3, 3),  // Telugu digits
    ("नमस्ते", 4, 3), // Devanagari
    ("क्षत्रिय", 6, 3),
    ("漢字", 4, 2),                   // CJK: two columns each
    ("ｶﾀｶﾅ", 4, 4),                   // halfwidth katakana
    ("👨\u{200d}👩\u{200d}👧", 2, 1), // emoji ZWJ sequence
    ("🇮🇳", 2, 1),                     // flag: regional indicator pair
    ("e\u{301}", 1, 1),               // combining acute
    ("é", 1, 1),                      // precomposed
    ("a\u{308}\u{304}", 1, 1),        // stacked combining marks
    ("\t", 4, 1),                     // tab at column 0: to the next stop
    ("a\tb", 5, 3),                   // tab at column 1: three columns
    ("\u{1b}[31m", 5, 5),             // ESC shown as ␛, the rest as plain text
    ("x\u{ad}y", 2, 3),               // soft hyphen: invisible
    ("\u{202e}abc\u{202c}", 5, 5),    // bidi controls: one visible marker each
    ("\u{2066}x\u{2069}", 3, 3),      // isolates too
    ("\u{200b}", 0, 1),               // zero-width space
    ("\u{7}\u{8}\u{7f}", 3, 3),       // BEL, backspace, DEL: visible symbols
    ("\u{9b}", 1, 1),                 // C1 CSI: replacement symbol
    ("\u{c41}", 2, 1),                // a vowel sign with no base: on a dotted circle
];

#[test]
fn width_table() {
    let mut failures = Vec::new();
    for &(s, width, clusters) in TABLE {
        let got = (display_width(s), s.graphemes(true).count());
        if got != (width, clusters) {
            failures.push(format!("{s:?}: got {got:?}, want {:?}", (width, clusters)));
        }
    }
    assert!(TABLE.len() >= 25);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn cells_add_up_to_the_width_and_carry_no_controls() {
    for &(s, width, _) in TABLE {
        let mut total = 0;
        for_each_cell(s, 0..s.len(), |c| {
            assert_eq!(c.col, total, "{s:?}");
            assert!(
                !c.symbol.chars().any(char::is_control),
                "{s:?} sent {:?}",
                c.symbol
            );
            total += c.width;
        });
        assert_eq!(total, width, "{s:?}");
    }
}

/// Random text drawn from Telugu (with conjuncts and vowel signs), Latin, spaces and controls.
fn text_strategy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "క", "ష", "ల", "న", "బ", "ి", "ు", "ా", "్", "ం", "ె", "ో", "\u{200c}", "సియోల్కు",
            "క్ష", "బ్లింకెన్",
        ]).prop_map(str::to_string),
        3 => "[a-zA-Z]{1,8}",
        3 => prop::sample::select(vec![" ", " ", "  ", "\t", "\n", "-", ", "]).prop_map(str::to_string),
        1 => prop::sample::select(vec![
            "\u{1b}[0m", "\u{7}", "\u{202e}", "\u{ad}", "漢", "👨\u{200d}👩", "e\u{301}", "\u{9b}",
            "\r\n", "\u{feff}",
        ]).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn is_break_space(g: &str) -> bool {
    tandem::core::text::shown(g).is_space()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_row_fits_and_no_text_is_lost(text in text_strategy(), width in 1usize..200) {
        let rows = wrap(&text, 0..text.len(), width);
        let boundaries: std::collections::HashSet<usize> =
            text.grapheme_indices(true).map(|(i, _)| i).chain([text.len()]).collect();
        let mut at = 0;
        for row in &rows {
            // Rows are in order, start and end on cluster boundaries.
            prop_assert!(row.start >= at && row.start <= row.end);
            prop_assert!(boundaries.contains(&row.start) && boundaries.contains(&row.end));
            // What lies between rows is break whitespace only.
            prop_assert!(text[at..row.start].graphemes(true).all(is_break_space),
                "lost {:?}", &text[at..row.start]);
            // The row's width is what drawing it takes.
            let w = display_width(&text[row.start..row.end]);
            prop_assert_eq!(w, row.width);
            let single_cluster = text[row.start..row.end].graphemes(true).count() == 1;
            prop_assert!(row.width <= width || single_cluster, "row {:?} of width {} > {}",
                &text[row.start..row.end], row.width, width);
            at = row.end;
        }
        prop_assert!(text[at..].graphemes(true).all(is_break_space), "lost tail {:?}", &text[at..]);
    }

    #[test]
    fn drawn_cells_match_the_row(text in text_strategy(), width in 1usize..120) {
        for row in wrap(&text, 0..text.len(), width) {
            let mut col = 0;
            for_each_cell(&text, row.start..row.end, |c| {
                assert_eq!(c.col, col);
                assert!(!c.symbol.chars().any(char::is_control));
                col += c.width;
            });
            prop_assert_eq!(col, row.width);
        }
    }
}
