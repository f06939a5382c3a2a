//! Latin-script words of one paragraph with what candidate finding needs to know about each:
//! its capitalisation class, whether only spaces separate it from the word before, whether it
//! opens a sentence, and where a possessive `'s` starts.
//!
//! Non-Latin words (Telugu in a Telugu article) come out as [`Cap::Foreign`] so that they break
//! runs of capitalised words without being candidates themselves.

use crate::core::entity::translit::is_telugu_word_char;

/// How a word is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cap {
    /// Starts with a lower-case letter.
    Lower,
    /// Starts with a capital (`Blinken`, `SpaceX`, `Thomas-Greenfield`).
    Upper,
    /// Two or more letters, all capitals, dots allowed (`U.S.`, `DPRK`, `COP28`).
    Acronym,
    /// One capital and a dot (`S.` in `S. Jaishankar`).
    Initial,
    /// One capital without a dot (`I`, `A`).
    Single,
    /// Starts with a digit.
    Number,
    /// A word in another script.
    Foreign,
}

/// One word.
#[derive(Debug, Clone)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    /// End of the name part: before a possessive `'s` / `'`.
    pub name_end: usize,
    pub possessive: bool,
    pub cap: Cap,
    /// Only whitespace lies between the previous word and this one.
    pub space_before: bool,
    /// First word of the paragraph or of a sentence.
    pub sentence_start: bool,
    /// The text between the previous word and this one, trimmed (punctuation, brackets).
    pub gap_start: usize,
}

impl Word {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    pub fn name<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.name_end]
    }

    /// The punctuation between the previous word and this one, without whitespace.
    pub fn gap<'a>(&self, text: &'a str) -> &'a str {
        text[self.gap_start..self.start].trim()
    }
}

fn is_latin_letter(c: char) -> bool {
    c.is_alphabetic() && (c as u32) < 0x0250
}

fn is_word_char(c: char) -> bool {
    is_latin_letter(c) || c.is_ascii_digit()
}

/// The character at byte `at` of `s` and the one after it.
fn char_and_next(s: &str, at: usize) -> (Option<char>, Option<char>) {
    let mut chars = s[at..].chars();
    (chars.next(), chars.next())
}

/// Splits `text[range]` into words. Offsets are into `text`.
///
/// Walks the paragraph's bytes with `str::chars` from each offset rather than collecting its
/// characters first: the words of every paragraph are found twice per analysis, and a vector of
/// (offset, char) pairs per paragraph was a quarter of the English side's tokenising time.
pub fn words(text: &str, range: std::ops::Range<usize>) -> Vec<Word> {
    let para = &text[range.clone()];
    let base = range.start;
    let mut out: Vec<Word> = Vec::new();
    let mut i = 0;
    let mut gap_start = base;
    while let (Some(c), _) = char_and_next(para, i) {
        if is_telugu_word_char(c) {
            let end = para[i..]
                .char_indices()
                .find(|&(_, c)| !is_telugu_word_char(c))
                .map_or(para.len(), |(k, _)| i + k);
            push(
                &mut out,
                text,
                base + i,
                base + end,
                Cap::Foreign,
                &mut gap_start,
            );
            i = end;
            continue;
        }
        if !is_word_char(c) {
            i += c.len_utf8();
            continue;
        }
        // `j`: byte offset of the next character to look at; `taken`: characters taken so far.
        let mut j = i + c.len_utf8();
        let mut taken = 1;
        while let (Some(c), next) = char_and_next(para, j) {
            let apostrophe = matches!(c, '\'' | '\u{2019}') && next.is_some_and(is_latin_letter);
            let hyphen =
                matches!(c, '-' | '\u{2010}' | '\u{2011}') && next.is_some_and(is_word_char);
            let after = j + c.len_utf8();
            if hyphen
                && para[i..].starts_with(char::is_lowercase)
                && taken >= 4
                && capitals_follow(&para[after..])
            {
                // "quasi-Teresa-May", "anti-Trump": a lower-case prefix on a name is a word of
                // its own, so the name after it is a candidate. Short ones are particles of the
                // name ("al-Moualem", "de-Gaulle") and stay.
                break;
            }
            if is_word_char(c) || apostrophe || hyphen {
                j = after;
                taken += 1;
            } else if c == '.' && dotted_so_far(&para[i..j]) {
                // U.S. / D.C. / S.: the dot belongs to the letters.
                j = after;
                taken += 1;
                if !next.is_some_and(|n| n.is_ascii_uppercase()) {
                    break;
                }
            } else {
                break;
            }
        }
        let word = &para[i..j];
        push(
            &mut out,
            text,
            base + i,
            base + j,
            classify(word),
            &mut gap_start,
        );
        i = j;
    }
    out
}

/// True when the rest of a hyphenated word is names only: every part starts with a capital
/// (`Teresa-May`, not `English-speaking`).
fn capitals_follow(rest: &str) -> bool {
    let mut part_start = true;
    for c in rest.chars() {
        if matches!(c, '-' | '\u{2010}' | '\u{2011}') {
            part_start = true;
            continue;
        }
        if !is_word_char(c) {
            break;
        }
        if part_start && !c.is_uppercase() {
            return false;
        }
        part_start = false;
    }
    true
}

/// True when the letters so far are single capitals separated by dots (`U`, `U.S`). Bytes
/// stand for characters here: a byte of a multi-byte character is neither a capital nor a dot.
fn dotted_so_far(word: &str) -> bool {
    word.bytes().enumerate().all(|(k, b)| {
        if k % 2 == 0 {
            b.is_ascii_uppercase()
        } else {
            b == b'.'
        }
    })
}

fn push(
    out: &mut Vec<Word>,
    text: &str,
    start: usize,
    end: usize,
    cap: Cap,
    gap_start: &mut usize,
) {
    let gap = &text[*gap_start..start];
    let space_before = !out.is_empty() && gap.chars().all(char::is_whitespace);
    let sentence_start = out.is_empty()
        || gap.contains(['.', '!', '?', ':', ';', '\u{2026}'])
        || out.last().is_some_and(|w| {
            // "... in the U.S. The next": a dotted acronym may end a sentence; the capital
            // after it decides, and it is checked like any sentence opener.
            matches!(w.cap, Cap::Acronym | Cap::Initial) && text[w.start..w.end].ends_with('.')
        });
    let word = &text[start..end];
    let (name_len, possessive) = strip_possessive(word);
    out.push(Word {
        start,
        end,
        name_end: start + name_len,
        possessive,
        cap,
        space_before,
        sentence_start,
        gap_start: *gap_start,
    });
    *gap_start = end;
}

/// Length of the word without a possessive ending, and whether there was one.
fn strip_possessive(word: &str) -> (usize, bool) {
    for ending in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(stem) = word.strip_suffix(ending) {
            if !stem.is_empty() {
                return (stem.len(), true);
            }
        }
    }
    (word.len(), false)
}

fn classify(word: &str) -> Cap {
    let Some(first) = word.chars().next() else {
        return Cap::Lower;
    };
    if first.is_ascii_digit() {
        return Cap::Number;
    }
    // "al-Moualem", "bin-Salman": a particle in front of a surname is part of the name.
    if let Some((head, tail)) = word.split_once('-') {
        if matches!(
            head,
            "al" | "el"
                | "ad"
                | "as"
                | "ash"
                | "az"
                | "ul"
                | "ur"
                | "ud"
                | "bin"
                | "ibn"
                | "abu"
                | "bint"
        ) && tail.chars().next().is_some_and(char::is_uppercase)
        {
            return Cap::Upper;
        }
    }
    if first.is_lowercase() {
        return Cap::Lower;
    }
    // "L-band", "X-ray", "T-shirt": a letter in front of an ordinary word.
    if let Some((head, tail)) = word.split_once('-') {
        if head.chars().count() == 1 && tail.chars().next().is_some_and(char::is_lowercase) {
            return Cap::Lower;
        }
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    if letters.next().is_some() && letters.next().is_none() {
        return if word.ends_with('.') {
            Cap::Initial
        } else {
            Cap::Single
        };
    }
    let (stem_len, _) = strip_possessive(word);
    let stem = &word[..stem_len];
    if stem
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
    {
        Cap::Acronym
    } else {
        Cap::Upper
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caps(text: &str) -> Vec<(&str, Cap)> {
        words(text, 0..text.len())
            .into_iter()
            .map(|w| (w.text(text), w.cap))
            .collect()
    }

    #[test]
    fn words_and_classes() {
        assert_eq!(
            caps("U.S. envoy Linda Thomas-Greenfield met DPRK's S. Kim, I said."),
            [
                ("U.S.", Cap::Acronym),
                ("envoy", Cap::Lower),
                ("Linda", Cap::Upper),
                ("Thomas-Greenfield", Cap::Upper),
                ("met", Cap::Lower),
                ("DPRK's", Cap::Acronym),
                ("S.", Cap::Initial),
                ("Kim", Cap::Upper),
                ("I", Cap::Single),
                ("said", Cap::Lower),
            ]
        );
        assert_eq!(
            caps("L-band X-Men"),
            [("L-band", Cap::Lower), ("X-Men", Cap::Upper)]
        );
        assert_eq!(
            caps("COP28 in 2023 at అమెరికా"),
            [
                ("COP28", Cap::Acronym),
                ("in", Cap::Lower),
                ("2023", Cap::Number),
                ("at", Cap::Lower),
                ("అమెరికా", Cap::Foreign),
            ]
        );
    }

    #[test]
    fn possessives_sentences_and_gaps() {
        let text = "Russia's plan. Blinken’s visit (DPRK) is";
        let ws = words(text, 0..text.len());
        assert_eq!(ws[0].name(text), "Russia");
        assert!(ws[0].possessive && ws[0].sentence_start);
        assert!(ws[2].sentence_start && !ws[3].sentence_start);
        assert_eq!(ws[2].name(text), "Blinken");
        assert_eq!(ws[4].gap(text), "(");
        assert!(!ws[4].space_before);
        assert_eq!(ws[5].gap(text), ")");
        assert!(ws[1].space_before);
    }

    #[test]
    fn acronym_dots_stop_at_sentence_end() {
        assert_eq!(
            caps("in the U.S. The"),
            [
                ("in", Cap::Lower),
                ("the", Cap::Lower),
                ("U.S.", Cap::Acronym),
                ("The", Cap::Upper),
            ]
        );
        let text = "in the U.S. The";
        assert!(words(text, 0..text.len())[3].sentence_start);
    }
}
