//! The Latin-script words of a text, for matching a Telugu query against English words (the
//! Telugu side has `entity::telugu::tokenize`). Words carry the same `joined` flag as Telugu
//! tokens, so a name of several words is found the same way in both scripts.

use crate::core::entity::telugu::Token;
use crate::core::entity::translit::is_telugu_word_char;

/// True for a letter or digit of a Latin-script (or any non-Telugu) word.
fn is_latin_word_char(c: char) -> bool {
    c.is_alphanumeric() && !is_telugu_word_char(c)
}

/// Combining diacritics written after a base letter (`e` + U+0301 for é).
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// The Latin words of a text: runs of letters and digits, with an apostrophe or a dot inside
/// when a letter follows (`Russia's`, `U.S`), and combining marks after a letter. `joined` as
/// for Telugu tokens: only spaces on one line or a hyphen separate it from the previous word.
/// An iterator, so that a large article is never held as a list of words.
pub(super) struct LatinWords<'t> {
    text: &'t str,
    /// Byte offset where scanning resumes.
    at: usize,
    prev_end: Option<usize>,
}

impl<'t> LatinWords<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        LatinWords {
            text,
            at: 0,
            prev_end: None,
        }
    }
}

impl LatinWords<'_> {
    /// The start of the next word from `self.at`. ASCII bytes are tested as bytes: most text
    /// a search goes through is English, and decoding every character would double the time.
    fn find_start(&mut self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii() {
                if b.is_ascii_alphanumeric() {
                    return Some(i);
                }
                i += 1;
            } else {
                let c = char_at(self.text, i)?;
                if is_latin_word_char(c) {
                    return Some(i);
                }
                i += c.len_utf8();
            }
        }
        None
    }
}

/// True when the text between two words lets them be words of one name: spaces on one line,
/// or one hyphen (with spaces or not).
fn joins(gap: &str) -> bool {
    let mut hyphens = 0;
    for c in gap.chars() {
        match c {
            '\n' | '\r' => return false,
            '-' => hyphens += 1,
            c if c.is_whitespace() => {}
            _ => return false,
        }
    }
    !gap.is_empty() && hyphens <= 1
}

/// The character starting at byte `i` (a character boundary).
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(i..)?.chars().next(),
    }
}

impl Iterator for LatinWords<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let start = self.find_start()?;
        let mut end = start;
        while let Some(c) = char_at(text, end) {
            let inside = end == start
                || is_latin_word_char(c)
                || is_combining_mark(c)
                || (matches!(c, '\'' | '\u{2019}' | '.')
                    && char_at(text, end + c.len_utf8()).is_some_and(is_latin_word_char));
            if !inside {
                break;
            }
            end += c.len_utf8();
        }
        let joined = self.prev_end.is_some_and(|p| joins(&text[p..start]));
        self.at = end;
        self.prev_end = Some(end);
        // Past 4 GiB the offsets do not fit: the scan stops there.
        Token::new(start, end, joined)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, bool)> {
        LatinWords::new(text)
            .map(|t| (t.text(text), t.joined))
            .collect()
    }

    #[test]
    fn latin_words_keep_apostrophes_and_dots_inside() {
        assert_eq!(
            words("Serena's U.S. Open-title, won. Next\nday"),
            [
                ("Serena's", false),
                ("U.S", true),
                ("Open", false),
                ("title", true),
                ("won", false),
                ("Next", false),
                ("day", false)
            ]
        );
        assert_eq!(
            words("cafe\u{301} ok"),
            [("cafe\u{301}", false), ("ok", true)]
        );
        assert_eq!(words("రోహిత్ Sharma"), [("Sharma", false)]);
        let joined = |t: &str| words(t).iter().map(|w| w.1).collect::<Vec<_>>();
        assert_eq!(
            joined("a - b c--d e\t f"),
            [false, true, true, false, true, true]
        );
        assert_eq!(joined("a, b\r\nc"), [false, false, false]);
    }
}
