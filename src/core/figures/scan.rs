//! Reading characters and words at byte offsets: which characters make words in either
//! script, runs of letters, and looking up the word at an offset in a table of English words
//! and Telugu stems. Byte-level where it runs for every character of the text.

use super::number::{char_at, is_digit};

/// Telugu letters, vowel signs and marks (the digits excluded), and the zero-width joiners
/// that Telugu spelling uses inside words.
pub(super) fn is_telugu_letter(c: char) -> bool {
    (('\u{0C00}'..='\u{0C7F}').contains(&c) && !is_digit(c)) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// A character that belongs to a word.
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_telugu_letter(c)
}

/// Spaces allowed between a number and its words (not line breaks).
pub(super) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{2009}' | '\u{202F}')
}

pub(super) fn skip_spaces(s: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(s, i).filter(|&c| is_space(c)) {
        i += c.len_utf8();
    }
    i
}

/// End of the run of Telugu letters starting at `i`.
pub(super) fn telugu_run_end(s: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(s, i).filter(|&c| is_telugu_letter(c)) {
        i += c.len_utf8();
    }
    i
}

/// End of the run of ASCII letters starting at `i`.
pub(super) fn ascii_run_end(s: &str, mut i: usize) -> usize {
    while char_at(s, i).is_some_and(|c| c.is_ascii_alphabetic()) {
        i += 1;
    }
    i
}

/// True when `rest` starts with the first character of `word` (ASCII case-insensitively),
/// compared byte by byte: this runs for every table entry at every number.
fn same_initial(word: &[u8], rest: &[u8]) -> bool {
    match (word.first(), rest.first()) {
        (Some(&w), Some(&r)) if w.is_ascii() => w == r.to_ascii_lowercase(),
        (Some(&w), Some(&r)) => {
            let len = match w {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            w == r && (1..len).all(|k| word.get(k) == rest.get(k))
        }
        _ => false,
    }
}

/// The longest entry of `table` written at byte `i`, with the end of what it covers.
///
/// English entries match whole words in any case. Telugu entries (stems) match the start of a
/// Telugu word, which must not go on with a virama (the stem would end inside a conjunct); the
/// match then covers the whole word, suffixes included.
pub(super) fn word_at<'t, T: Copy>(
    s: &str,
    i: usize,
    table: &'t [(&'t str, T)],
) -> Option<(usize, T)> {
    let rest = s.get(i..)?;
    let mut best: Option<(usize, usize, T)> = None;
    for &(word, value) in table {
        // Most entries differ in their first character: a cheap test before the full one.
        if !same_initial(word.as_bytes(), rest.as_bytes()) {
            continue;
        }
        let telugu = word.chars().next().is_some_and(is_telugu_letter);
        let end = if telugu {
            if !rest.starts_with(word) || rest[word.len()..].starts_with('\u{0C4D}') {
                continue;
            }
            let stem_end = i + word.len();
            if word.ends_with('.') || !is_telugu_letter(word.chars().next_back().unwrap_or(' ')) {
                stem_end
            } else {
                telugu_run_end(s, stem_end)
            }
        } else {
            let Some(head) = rest.get(..word.len()) else {
                continue;
            };
            if !head.eq_ignore_ascii_case(word)
                || rest[word.len()..].starts_with(|c: char| c.is_alphanumeric())
            {
                continue;
            }
            i + word.len()
        };
        if best.is_none_or(|(len, _, _)| word.len() > len) {
            best = Some((word.len(), end, value));
        }
    }
    best.map(|(_, end, value)| (end, value))
}

/// Byte offset of the first digit (ASCII, or Telugu: UTF-8 `E0 B1 A6`..`E0 B1 AF`) at or after
/// `from`. A byte search: most of a text is not digits, and decoding every character to find
/// the few that are costs several times more.
pub(super) fn next_digit(s: &str, from: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut k = from;
    while let Some(&b) = bytes.get(k) {
        match b {
            b'0'..=b'9' => return Some(k),
            0xE0 if bytes.get(k + 1) == Some(&0xB1)
                && bytes.get(k + 2).is_some_and(|c| (0xA6..=0xAF).contains(c)) =>
            {
                return Some(k)
            }
            // A whole character at a time: Telugu text is three bytes a character.
            _ => k += utf8_len(b),
        }
    }
    None
}

/// Bytes of the UTF-8 character whose first byte is `b` (1 for a continuation byte, so a scan
/// that lands inside a character still moves on).
pub(super) fn utf8_len(b: u8) -> usize {
    match b {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        _ => 1,
    }
}
