//! Cross-script matches: words of the other script that spell the query.
//!
//! Each word, of the query and of the text, is reduced to a [`Reading`]: everything the entity
//! linker can compare across scripts (phonetic keys of its stems, lexicon meanings, gazetteer
//! ids, acronym letters). A text word matches a query word when their readings meet in any one
//! of these. The text's words are read once per distinct spelling, which keeps a search linear
//! in the text plus its vocabulary.

use super::latin::LatinWords;
use crate::core::entity::telugu::{self, Token};
use crate::core::entity::translit::is_telugu;
use crate::core::entity::{distance, form, gazetteer, key, letters, lexicon};
use rustc_hash::FxHashMap as FastMap;
use std::ops::Range;

/// At most this many words of a query are matched word by word (one bit each in a mask).
const MAX_WORDS: usize = 8;
/// The mask bit of a text word that the whole query names (a gazetteer or lexicon phrase).
const WHOLE: u16 = 1 << MAX_WORDS;

/// A query's words as the other script is searched for them.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// True for a Latin query, which looks for Telugu words; false for a Telugu one.
    finds_telugu: bool,
    words: Vec<Reading>,
    /// For a query of several words: what the whole phrase names (`United States` may be one
    /// Telugu word), without keys or letters.
    whole: Option<Reading>,
}

impl Pattern {
    /// The cross-script pattern of a query; `None` when its letters are of neither or both
    /// scripts, or when it has no word that can be read in the other script, or more than
    /// [`MAX_WORDS`] (a sentence pasted in is searched for as text only).
    pub(crate) fn parse(query: &str) -> Option<Pattern> {
        let has_telugu = query.chars().any(is_telugu);
        let has_latin = query.chars().any(|c| c.is_alphabetic() && !is_telugu(c));
        let (finds_telugu, (words, whole)) = match (has_telugu, has_latin) {
            (false, true) => (true, read_latin_query(query)),
            (true, false) => (false, read_telugu_query(query)),
            _ => return None,
        };
        // Words that read as nothing in the other script (a lone initial) are left out.
        let words: Vec<Reading> = words.into_iter().filter(|w| !w.is_empty()).collect();
        if words.is_empty() || words.len() > MAX_WORDS {
            return None;
        }
        let whole = Some(whole).filter(|w| words.len() > 1 && !w.is_empty());
        Some(Pattern {
            finds_telugu,
            words,
            whole,
        })
    }

    pub(crate) fn finds_telugu(&self) -> bool {
        self.finds_telugu
    }

    /// Runs of whole words of the other script that match the query word by word (each run's
    /// words separated only by spaces or a hyphen), and single words that the whole query
    /// names. Sorted, non-overlapping.
    pub(crate) fn find(&self, text: &str) -> Vec<Range<usize>> {
        let mut cache: FastMap<&str, u16> = FastMap::default();
        // Only the words that match something are kept (with their place in the word
        // sequence), so a search of a large article holds its hits, not all its words.
        let mut hits: Vec<Hit> = Vec::new();
        let mut scan = |(index, token): (usize, Token)| {
            let word = token.text(text);
            let mask = *cache.entry(word).or_insert_with(|| self.mask(word));
            if mask != 0 {
                hits.push(Hit { index, token, mask });
            }
        };
        if self.finds_telugu && !may_hold_telugu(text) {
            // The English pane: nothing to find across scripts, and the check is a byte scan.
            return Vec::new();
        }
        if self.finds_telugu {
            telugu::tokenize(text)
                .into_iter()
                .enumerate()
                .for_each(&mut scan);
        } else {
            LatinWords::new(text).enumerate().for_each(&mut scan);
        }
        let k = self.words.len();
        let mut out = Vec::new();
        let mut i = 0;
        while i < hits.len() {
            let first = &hits[i];
            if first.mask & WHOLE != 0 {
                out.push(first.token.start()..first.token.end());
                i += 1;
                continue;
            }
            let run = hits.get(i..i + k).filter(|run| {
                run.iter().enumerate().all(|(j, h)| {
                    h.mask & (1 << j) != 0
                        && h.index == first.index + j
                        && (j == 0 || h.token.joined)
                })
            });
            match run.and_then(|r| r.last()) {
                Some(last) => {
                    out.push(first.token.start()..last.token.end());
                    i += k;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Which query words (bit j for word j, [`WHOLE`] for the phrase) a text word matches.
    fn mask(&self, word: &str) -> u16 {
        let reading = if self.finds_telugu {
            Reading::of_telugu(word)
        } else {
            Reading::of_latin_text(word)
        };
        let mut mask = 0;
        for (j, w) in self.words.iter().enumerate() {
            if w.meets(&reading) {
                mask |= 1 << j;
            }
        }
        if self.whole.as_ref().is_some_and(|w| w.meets(&reading)) {
            mask |= WHOLE;
        }
        mask
    }
}

/// False when `text` has no character of the Telugu block (U+0C00..U+0C7F, which UTF-8 writes
/// as E0 B0 xx or E0 B1 xx).
fn may_hold_telugu(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == 0xE0 && matches!(w[1], 0xB0 | 0xB1))
}

/// The readings of a Latin query's words (filler words such as `of` left out, as in linking)
/// and of the query as a whole.
fn read_latin_query(query: &str) -> (Vec<Reading>, Reading) {
    let words = LatinWords::new(query)
        .map(|t| t.text(query))
        .filter(|w| !form::is_filler(&w.to_lowercase()))
        .map(|w| Reading::of_latin_query(w).for_query())
        .collect();
    (words, Reading::of_latin_phrase(query))
}

/// The readings of a Telugu query's words and of the query as a whole.
fn read_telugu_query(query: &str) -> (Vec<Reading>, Reading) {
    let tokens = telugu::tokenize(query);
    let words: Vec<&str> = tokens.iter().map(|t| t.text(query)).collect();
    let readings = words
        .iter()
        .map(|w| Reading::of_telugu(w).for_query())
        .collect();
    (readings, Reading::of_telugu_phrase(&words))
}

/// A word of the text that matches at least one query word.
#[derive(Debug)]
struct Hit {
    /// Position in the text's sequence of words of the searched script.
    index: usize,
    token: Token,
    mask: u16,
}

/// What one word can be compared by across scripts.
#[derive(Debug, Clone, Default, PartialEq)]
struct Reading {
    /// Phonetic keys of its stems (a Telugu word has one per plausible case-suffix split);
    /// keys of fewer than two letters are left out, they would meet half the vocabulary.
    /// A query word needs three (see [`Reading::for_query`]).
    keys: Vec<String>,
    meanings: Vec<&'static str>,
    places: Vec<u32>,
    letters: Vec<String>,
}

impl Reading {
    /// A query word's reading: keys shorter than three letters are dropped, because a word
    /// typed so far (`ద`, `bl`) would otherwise find every short word that sounds alike.
    fn for_query(mut self) -> Reading {
        self.keys.retain(|k| k.len() >= 3);
        self
    }

    fn is_empty(&self) -> bool {
        self.keys.is_empty()
            && self.meanings.is_empty()
            && self.places.is_empty()
            && self.letters.is_empty()
    }

    fn push_key(&mut self, key: String) {
        if key.len() >= 2 && !self.keys.contains(&key) {
            self.keys.push(key);
        }
    }

    /// A Telugu word, read through each of its stems (the whole word included).
    fn of_telugu(word: &str) -> Reading {
        let gaz = gazetteer::get();
        let mut r = Reading::default();
        for n in telugu::analyses(word) {
            let stem = &word[..n];
            r.push_key(key::telugu_key(stem));
            r.meanings.extend(lexicon::telugu_meanings(stem));
            r.places.extend(gaz.lookup_telugu(stem));
            r.letters.extend(letters::decode_telugu(stem));
        }
        r
    }

    /// A Telugu phrase of several words as a whole (gazetteer and lexicon only).
    fn of_telugu_phrase(words: &[&str]) -> Reading {
        let phrase = words.join(" ");
        Reading {
            meanings: lexicon::telugu_meanings(&phrase).to_vec(),
            places: gazetteer::get().lookup_telugu(&phrase).to_vec(),
            ..Reading::default()
        }
    }

    /// A word typed in a Latin query: any case names (`paris`), and short words may be
    /// acronyms typed in lower case (`us`).
    fn of_latin_query(word: &str) -> Reading {
        let mut r = Reading::of_latin(word);
        let stem = possessive_stem(word);
        r.meanings.extend(lexicon::english_meaning(stem));
        r.places.extend(gazetteer::get().lookup_english(stem));
        let letters = letters::latin_letters(word);
        if (2..=5).contains(&letters.len()) && !r.letters.contains(&letters) {
            r.letters.push(letters);
        }
        r
    }

    /// A Latin word of the text. Only a capitalised word is looked up as a name (the
    /// pronoun `us` is not the country), and only one written as an acronym (`US`, `U.S`) is
    /// read as letters.
    fn of_latin_text(word: &str) -> Reading {
        let mut r = Reading::of_latin(word);
        if word.chars().next().is_some_and(char::is_uppercase) {
            let stem = possessive_stem(word);
            r.meanings.extend(lexicon::english_meaning(stem));
            r.places.extend(gazetteer::get().lookup_english(stem));
        }
        r
    }

    /// What a Latin word is in any case: its key, and its letters when written as an acronym.
    fn of_latin(word: &str) -> Reading {
        let stem = possessive_stem(word);
        let mut r = Reading::default();
        r.push_key(key::english_key(stem));
        let alnum = stem.chars().filter(|c| c.is_alphanumeric()).count();
        let upper = stem
            .chars()
            .filter(|c| c.is_alphanumeric())
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        if alnum >= 2 && upper {
            r.letters.push(letters::latin_letters(stem));
        }
        r
    }

    /// A Latin query of several words as a whole.
    fn of_latin_phrase(query: &str) -> Reading {
        Reading {
            meanings: lexicon::english_phrase_meaning(query).into_iter().collect(),
            places: gazetteer::get().lookup_english(query).to_vec(),
            ..Reading::default()
        }
    }

    /// True when the two readings spell or name the same word.
    fn meets(&self, other: &Reading) -> bool {
        let shared = |a: &[&str], b: &[&str]| a.iter().any(|x| b.contains(x));
        shared(&self.meanings, &other.meanings)
            || self.places.iter().any(|p| other.places.contains(p))
            || self.letters.iter().any(|l| other.letters.contains(l))
            || self.keys.iter().any(|a| {
                other
                    .keys
                    .iter()
                    .any(|b| distance::word_similarity(a, b).is_some())
            })
    }
}

/// The word without a possessive `'s`.
fn possessive_stem(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_meet_across_scripts() {
        let meets = |te: &str, en: &str| {
            Reading::of_telugu(te).meets(&Reading::of_latin_query(en))
                && Reading::of_latin_text(en).meets(&Reading::of_telugu(te))
        };
        assert!(meets("బ్లింకెన్‌తో", "Blinken"));
        assert!(meets("సియోల్కు", "Seoul"));
        assert!(meets("ఉత్తర", "North"));
        assert!(meets("యుఎస్", "US"));
        assert!(!meets("కారు", "Korea"));
        assert!(!meets("బిడెన్", "Blinken"));
        // A lower-case query may be an acronym; a lower-case word of the text is not.
        assert!(Reading::of_latin_query("us").meets(&Reading::of_telugu("యుఎస్")));
        assert!(!Reading::of_latin_text("us").meets(&Reading::of_telugu("యుఎస్")));
    }

    #[test]
    fn telugu_is_seen_by_its_bytes() {
        assert!(may_hold_telugu("abc క"));
        assert!(may_hold_telugu("\u{0C7F}"));
        assert!(!may_hold_telugu("abc \u{0BFF} \u{0C80} देश"));
        assert!(!may_hold_telugu(""));
    }

    #[test]
    fn patterns_need_one_script_and_a_readable_word() {
        assert!(Pattern::parse("Blinken").is_some_and(|p| p.finds_telugu()));
        assert!(Pattern::parse("బ్లింకెన్").is_some_and(|p| !p.finds_telugu()));
        assert!(Pattern::parse("US దౌత్యవేత్త").is_none());
        assert!(Pattern::parse("2024").is_none());
        assert!(Pattern::parse("the").is_none());
        assert!(Pattern::parse("a b c d e f g h i").is_none());
    }
}
