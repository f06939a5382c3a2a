//! The query's own text, found case-insensitively in one pass.
//!
//! Case folding is per character (the simple folding: a character whose lower case is one
//! character is compared in lower case, any other as it is), so a match in the folded text is a
//! match of the same characters in the original and its byte range needs no mapping back.
//! Scripts without case, such as Telugu, compare exactly. A query starting with an ASCII
//! character is scanned for by bytes; that scan does not stop at the rare non-ASCII characters
//! whose lower case is ASCII (the Kelvin sign K), which is a price worth a fast common case.

use std::ops::Range;

/// A character in the form it is compared in.
pub(super) fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// True for a character with no other case form, which no other character folds to.
fn is_caseless(c: char) -> bool {
    let mut upper = c.to_uppercase();
    fold(c) == c && upper.next() == Some(c) && upper.next().is_none()
}

/// Non-overlapping occurrences of `needle` (already folded) in `text`, left to right.
pub(super) fn find(text: &str, needle: &[char]) -> Vec<Range<usize>> {
    let Some(&first) = needle.first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // Matches may not overlap: nothing starts before the end of the last one.
    let mut free_from = 0;
    let bytes = text.as_bytes();
    if first.is_ascii() {
        // Most queries start with an ASCII letter: scan bytes, and look at characters only
        // where the first one matches. An ASCII byte is always a whole character in UTF-8.
        let (lo, up) = (first as u8, first.to_ascii_uppercase() as u8);
        for (i, &b) in bytes.iter().enumerate() {
            if i >= free_from && (b == lo || b == up) {
                if let Some(end) = match_at(text, i, needle) {
                    out.push(i..end);
                    free_from = end;
                }
            }
        }
    } else if is_caseless(first) {
        // Telugu and other scripts without case: only the character itself matches, and
        // `match_indices` finds it without decoding the text in between.
        for (i, _) in text.match_indices(first) {
            if i >= free_from {
                if let Some(end) = match_at(text, i, needle) {
                    out.push(i..end);
                    free_from = end;
                }
            }
        }
    } else {
        for (i, c) in text.char_indices() {
            if i >= free_from && fold(c) == first {
                if let Some(end) = match_at(text, i, needle) {
                    out.push(i..end);
                    free_from = end;
                }
            }
        }
    }
    out
}

/// The end of a match of `needle` starting at byte `start` (a character boundary), if any.
fn match_at(text: &str, start: usize, needle: &[char]) -> Option<usize> {
    let rest = text.get(start..)?;
    let mut chars = rest.char_indices();
    for &want in needle {
        let (_, c) = chars.next()?;
        if fold(c) != want {
            return None;
        }
    }
    Some(chars.next().map_or(text.len(), |(i, _)| start + i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> Vec<char> {
        s.chars().map(fold).collect()
    }

    fn texts<'t>(text: &'t str, query: &str) -> Vec<&'t str> {
        find(text, &folded(query))
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn latin_is_case_insensitive() {
        let t = "Messi scored; MESSI celebrated, messi's fans cheered.";
        assert_eq!(texts(t, "messi"), ["Messi", "MESSI", "messi"]);
        assert_eq!(texts(t, "MeSsI"), ["Messi", "MESSI", "messi"]);
        assert_eq!(
            texts("Ångström and ÅNGSTRÖM", "ångström"),
            ["Ångström", "ÅNGSTRÖM"]
        );
        assert_eq!(texts("Straße", "STRASSE"), Vec::<&str>::new());
    }

    #[test]
    fn matches_do_not_overlap_and_reach_the_end() {
        assert_eq!(find("aaaa", &folded("aa")), [0..2, 2..4]);
        assert_eq!(find("xab", &folded("ab")), vec![Range { start: 1, end: 3 }]);
        assert_eq!(find("ab", &folded("abc")), Vec::<Range<usize>>::new());
        assert_eq!(find("", &folded("a")), Vec::<Range<usize>>::new());
        assert_eq!(find("abc", &[]), Vec::<Range<usize>>::new());
    }

    #[test]
    fn caseless_characters() {
        assert!(is_caseless('క') && is_caseless('్') && is_caseless('-'));
        assert!(!is_caseless('a') && !is_caseless('É') && !is_caseless('ß'));
        // Both ways of scanning agree on a caseless first character.
        assert_eq!(texts("-x- -X-", "-x"), ["-x", "-X"]);
    }

    #[test]
    fn telugu_compares_exactly() {
        let t = "నీరజ్ చోప్రా బల్లెం విసిరాడు; చోప్రాకు పతకం.";
        assert_eq!(texts(t, "చోప్రా"), ["చోప్రా", "చోప్రా"]);
        assert_eq!(find(t, &folded("చోప్రా"))[1].start, t.find("చోప్రాకు").unwrap());
    }
}
