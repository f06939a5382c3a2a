//! Property tests of `search::find_all` on random text mixing both scripts: whatever the text
//! and the query, matches are well-formed ranges, and a query's own text is never missed.

use proptest::prelude::*;
use std::collections::HashSet;
use tandem::core::search::{find_all, next_match, prev_match, Query};
use unicode_segmentation::UnicodeSegmentation;

/// Pieces that exercise the edge cases: Telugu signs and viramas that glue clusters together,
/// joiners, combining accents, characters whose case changes their length, name-like words.
const PIECES: &[&str] = &[
    "a",
    "B",
    "e",
    "\u{301}",
    "é",
    "ß",
    "İ",
    "\u{212A}",
    "క",
    "ు",
    "్",
    "ల",
    "ా",
    "\u{200C}",
    "\u{200D}",
    " ",
    "-",
    "'",
    ".",
    "\n",
    "Messi",
    "మెస్సీ",
    "మెస్సీతో",
    "US",
    "యుఎస్",
    "North",
    "ఉత్తర",
    "🇮🇳",
];

fn piece_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn matches_are_sorted_disjoint_ranges_on_cluster_boundaries(
        text in piece_string(40),
        query in piece_string(4),
    ) {
        let matches = find_all(&text, &Query::parse(&query));
        let boundaries: HashSet<usize> = text
            .grapheme_indices(true)
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let mut last_end = 0;
        for m in &matches {
            prop_assert!(m.start < m.end && m.end <= text.len(), "{m:?}");
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert!(boundaries.contains(&m.start), "{m:?} starts inside a cluster");
            prop_assert!(boundaries.contains(&m.end), "{m:?} ends inside a cluster");
            prop_assert!(m.start >= last_end, "{matches:?} overlap or are unsorted");
            last_end = m.end;
        }
        if let Some(k) = next_match(&matches, 0) {
            prop_assert!(k < matches.len());
        }
        if let Some(k) = prev_match(&matches, text.len()) {
            prop_assert_eq!(k, matches.len() - 1);
        }
    }

    #[test]
    fn every_occurrence_of_an_ascii_query_is_covered(
        text in "[a-zA-Z .'-]{0,60}",
        query in "[a-zA-Z]{1,3}",
    ) {
        let matches = find_all(&text, &Query::parse(&query));
        let (lower, needle) = (text.to_ascii_lowercase(), query.to_ascii_lowercase());
        for (at, _) in lower.match_indices(&needle) {
            // Occurrences may overlap each other ("aa" in "aaa"); one that was not taken
            // starts inside the match that was.
            prop_assert!(
                matches.iter().any(|m| m.start <= at && at < m.end),
                "{needle:?} at {at} in {text:?}: {matches:?}"
            );
        }
        // Text without Telugu has nothing to find across scripts: every match is the query.
        for m in &matches {
            prop_assert_eq!(&lower[m.clone()], needle.as_str());
        }
    }
}
