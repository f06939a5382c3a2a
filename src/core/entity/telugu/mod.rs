//! Telugu words and their case suffixes.
//!
//! Telugu glues case endings to the noun: `సియోల్కు` is సియోల్ + కు ("to Seoul", the virama
//! staying with the stem), `మిషన్‌కు` has a ZWNJ between stem and suffix, `కొరియాకు` is
//! కొరియా + కు. The suffix list lives in `assets/te_suffixes.txt`. Because a name may itself end
//! like a suffix (ఆంటోనీ ends in నీ), [`analyses`] offers every plausible split and the whole
//! word; linking picks the split that matches something.
//!
//! Separate postpositions (యొక్క) are words of their own and sit in the stoplist.
//!
//! Below: [`words`] (stoplist, title and place words), [`nodes`] (every candidate name of the
//! Telugu article), [`alone`] (candidates without an English partner that still look like names).

pub mod alone;
pub mod nodes;
pub mod words;

use crate::core::entity::letters;
use crate::core::entity::translit::is_telugu_word_char;
use std::sync::OnceLock;

const SUFFIXES_TXT: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/te_suffixes.txt"
));

/// The suffixes, longest first.
pub fn suffixes() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list: Vec<&'static str> = SUFFIXES_TXT
            .lines()
            .map(|l| l.split('#').next().unwrap_or("").trim())
            .filter(|l| !l.is_empty())
            .collect();
        list.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        list.dedup();
        list
    })
}

/// One word in the text. Offsets are `u32`, half the size of `usize`: a 40 MB article has two
/// million tokens, all held at once. Words past the first 4 GiB of a text are not tokenised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    /// Only spaces (on one line) or a hyphen separate it from the previous token, so the two
    /// may be words of one name.
    pub joined: bool,
}

impl Token {
    /// A token for `start..end`, or `None` past what `u32` offsets reach.
    pub fn new(start: usize, end: usize, joined: bool) -> Option<Token> {
        Some(Token {
            start: u32::try_from(start).ok()?,
            end: u32::try_from(end).ok()?,
            joined,
        })
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start as usize..self.end as usize]
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }
}

/// Splits the text into Telugu words. A dotted acronym (`యు.ఎస్.`) stays one token.
pub fn tokenize(text: &str) -> Vec<Token> {
    // About one word per 20 bytes of Telugu: sized up front, a big article's token list is not
    // copied over and over as it grows (which once cost twice its final size at the peak).
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 20 + 16);
    let mut prev_end: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if !is_telugu_word_char(c) || matches!(c, '\u{200C}' | '\u{200D}') {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = iter.peek() {
            if !is_telugu_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            iter.next();
        }
        // Trailing joiners belong to no word.
        let word = text[start..end].trim_end_matches(['\u{200C}', '\u{200D}']);
        let end = start + word.len();
        let joined = prev_end.is_some_and(|p| {
            let gap = &text[p..start];
            !gap.is_empty()
                && !gap.contains(['\n', '\r'])
                && (gap.chars().all(char::is_whitespace) || gap.trim() == "-")
        });
        let Some(token) = Token::new(start, end, joined) else {
            break;
        };
        out.push(token);
        prev_end = Some(end);
    }
    merge_dotted_acronyms(text, &mut out);
    out.shrink_to_fit();
    out
}

/// `యు.ఎస్` arrives as two tokens around a dot; when together they spell letter names, they
/// are one word.
fn merge_dotted_acronyms(text: &str, tokens: &mut Vec<Token>) {
    // In place: `kept` tokens are final, the rest are still to look at.
    let mut kept = 0;
    for i in 0..tokens.len() {
        let t = tokens[i].clone();
        if kept > 0 {
            let last = &mut tokens[kept - 1];
            let gap = &text[last.end()..t.start()];
            if gap == "." && letters::decode_telugu(&text[last.start()..t.end()]).is_some() {
                last.end = t.end;
                continue;
            }
        }
        tokens[kept] = t;
        kept += 1;
    }
    tokens.truncate(kept);
}

/// True for a consonant or an independent vowel: what counts as a letter of a stem.
fn is_letter(c: char) -> bool {
    matches!(c, '\u{0C05}'..='\u{0C14}' | '\u{0C15}'..='\u{0C39}' | '\u{0C58}'..='\u{0C5A}' | '\u{0C60}' | '\u{0C61}')
}

/// Number of letters (consonants and independent vowels) in a word.
pub fn letter_count(word: &str) -> usize {
    word.chars().filter(|&c| is_letter(c)).count()
}

/// True when the word ends in a consonant with virama: how Telugu writes foreign names
/// (బ్లింకెన్, సియోల్); native words end in a vowel.
pub fn is_consonant_final(word: &str) -> bool {
    word.trim_end_matches(['\u{200C}', '\u{200D}'])
        .ends_with('\u{0C4D}')
}

/// True when the split of `word` after `stem_len` bytes doubles a consonant across the
/// boundary (`సహకారాన్` + `ని`, `నొక్` + `కి`). That is usually native sandhi (సహకారాన్ని from
/// సహకారం), though a foreign name can meet its suffix that way too (సియోల్ + లో): the split is
/// offered, but its virama is no evidence of a foreign word.
pub fn is_geminate_split(word: &str, stem_len: usize) -> bool {
    let (stem, suffix) = word.split_at(stem_len.min(word.len()));
    let mut rev = stem.chars().rev();
    let (Some('\u{0C4D}'), Some(c)) = (rev.next(), rev.next()) else {
        return false;
    };
    suffix.starts_with(c)
}

/// Possible stems of a word, as byte lengths of its prefix: every split after a known suffix
/// that leaves at least two letters (longest suffix first), then the whole word. A joiner
/// between stem and suffix is left out of the stem.
pub fn analyses(word: &str) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::with_capacity(3);
    for suffix in suffixes() {
        if let Some(stem) = word.strip_suffix(suffix) {
            let stem = stem.trim_end_matches(['\u{200C}', '\u{200D}']);
            if letter_count(stem) >= 2 && !out.contains(&stem.len()) {
                out.push(stem.len());
            }
        }
    }
    out.push(word.len());
    out
}

/// Stems of one letter (బౌ in బౌని, బౌకి, బౌ), as byte lengths, whole word included. Too
/// short to be offered for every word (most one-letter stems are native words); the caller
/// asks only where the English side has a name that short.
pub fn one_letter_stems(word: &str) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    if letter_count(word) == 1 {
        out.push(word.len());
        return out;
    }
    for suffix in suffixes() {
        if let Some(stem) = word.strip_suffix(suffix) {
            let stem = stem.trim_end_matches(['\u{200C}', '\u{200D}']);
            if letter_count(stem) == 1 && !out.contains(&stem.len()) {
                out.push(stem.len());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stem(word: &str) -> &str {
        &word[..analyses(word)[0]]
    }

    #[test]
    fn every_suffix_splits_after_a_vowel_a_virama_and_a_zwnj() {
        assert!(suffixes().len() > 40);
        for s in suffixes() {
            assert_eq!(stem(&format!("కొరియా{s}")), "కొరియా", "vowel stem + {s}");
            assert_eq!(stem(&format!("సియోల్{s}")), "సియోల్", "virama stem + {s}");
            assert_eq!(stem(&format!("మిషన్\u{200C}{s}")), "మిషన్", "ZWNJ + {s}");
        }
    }

    #[test]
    fn common_forms() {
        assert_eq!(stem("సియోల్కు"), "సియోల్");
        assert_eq!(stem("ప్యోంగ్యాంగ్కు"), "ప్యోంగ్యాంగ్");
        assert_eq!(stem("కొరియాతో"), "కొరియా");
        assert_eq!(stem("ఆసియాలోని"), "ఆసియా");
        assert_eq!(stem("రష్యా"), "రష్యా");
        assert_eq!(stem("మిషన్తో"), "మిషన్");
        assert_eq!(stem("ఢిల్లీకి"), "ఢిల్లీ");
        assert_eq!(stem("లండన్‌లో"), "లండన్");
    }

    #[test]
    fn every_split_and_the_whole_word_are_offered() {
        let w = "ఆంటోనీ";
        let all: Vec<&str> = analyses(w).into_iter().map(|n| &w[..n]).collect();
        assert_eq!(all, ["ఆంటో", "ఆంటోనీ"]);
        let w = "కొరియాలోని";
        let all: Vec<&str> = analyses(w).into_iter().map(|n| &w[..n]).collect();
        assert_eq!(all, ["కొరియా", "కొరియాలో", "కొరియాలోని"]);
        // Doubled consonants across the boundary are marked.
        let w = "సహకారాన్ని";
        assert!(is_geminate_split(w, w.len() - "ని".len()));
        assert!(!is_geminate_split(w, w.len() - "న్ని".len()));
        let w = "సియోల్\u{200C}లో";
        assert!(!is_geminate_split(w, w.len() - "లో".len()));
        assert!(!is_geminate_split("రష్యాకు", "రష్యా".len()));
        // Too short a stem is no split.
        assert_eq!(analyses("నాకు"), ["నాకు".len()]);
        // NTREX guardian_221718: "అతని పాత సైడ్‌కిక్ బౌని తిరిగి కలుసుకుంటాడు" (Bough).
        assert_eq!(one_letter_stems("బౌని"), ["బౌ".len()]);
        assert_eq!(one_letter_stems("బౌ"), ["బౌ".len()]);
        assert!(one_letter_stems("సియోల్కు").is_empty());
    }

    #[test]
    fn tokens_join_over_spaces_and_hyphens_only() {
        let text = "ఆంటోనీ బ్లింకెన్, యు.ఎస్. US-ఇండియా\nకొత్త";
        let toks = tokenize(text);
        let words: Vec<(&str, bool)> = toks.iter().map(|t| (t.text(text), t.joined)).collect();
        assert_eq!(
            words,
            [
                ("ఆంటోనీ", false),
                ("బ్లింకెన్", true),
                ("యు.ఎస్", false),
                ("ఇండియా", false),
                ("కొత్త", false)
            ]
        );
    }

    #[test]
    fn trailing_joiners_are_not_part_of_the_word() {
        let text = "మిషన్\u{200C} కు";
        let toks = tokenize(text);
        assert_eq!(toks[0].text(text), "మిషన్");
    }

    #[test]
    fn consonant_final_and_letters() {
        assert!(is_consonant_final("బిడెన్"));
        assert!(!is_consonant_final("రష్యా"));
        assert_eq!(letter_count("సియోల్"), 3);
    }
}
