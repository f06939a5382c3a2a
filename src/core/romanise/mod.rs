//! Telugu in Latin letters (ISO 15919: బ్లింకెన్ → bliṁken), for readers who read Latin script
//! better than Telugu (issue 21), with a map of offsets between the two texts.
//!
//! The letters come from `vidyut-lipi` (a maintained Indic transliterator with a test suite of
//! its own) rather than a table of ours. Only runs of Telugu letters are handed to it; every
//! other character (spaces, punctuation, digits, Latin, line ends) is copied through, so
//! paragraphs, sentences and line breaks stay where they were.
//!
//! The map ([`OffsetMap`]) is kept per grapheme cluster (an aksara such as బ్లిం), so a name, a
//! search match or a mouse position inside a word maps to the letters that show it. A word is
//! romanised whole; its clusters are romanised one by one as well, and when the pieces do not
//! add up to the whole (ISO 15919 marks some letter sequences across clusters) the word is one
//! unit of the map instead. Cost: two transliterations per Telugu word, about 25 ms per 100 KB
//! of Telugu (release build, shared 2-core machine, BENCHMARKS.md); the map holds 12 bytes per
//! cluster (about 2.3 times the Telugu text's size).

mod map;
#[cfg(test)]
mod tests;

pub use map::OffsetMap;

use crate::core::document::Document;
use std::sync::OnceLock;
use unicode_segmentation::UnicodeSegmentation;
use vidyut_lipi::{Mapping, Scheme};

/// A text and its romanisation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Romanised {
    /// The romanised text: Telugu letters in ISO 15919, everything else as it was.
    pub text: String,
    /// Offsets between the original and `text`.
    pub map: OffsetMap,
}

/// A Telugu article romanised: a [`Document`] of the romanised text (its paragraphs where the
/// original's are) and the map back to the original's offsets.
#[derive(Debug, Clone)]
pub struct RomanDocument {
    pub doc: Document,
    pub map: OffsetMap,
}

impl RomanDocument {
    /// Romanises `doc`.
    pub fn build(doc: &Document) -> RomanDocument {
        let Romanised { text, map } = romanise_text(&doc.text);
        let paragraphs = doc
            .paragraphs
            .iter()
            .map(|p| map.roman_range(p.clone()))
            .collect();
        RomanDocument {
            doc: Document {
                name: doc.name.clone(),
                path: doc.path.clone(),
                text: text.into(),
                paragraphs,
                lang: doc.lang,
                repaired_from: doc.repaired_from,
            },
            map,
        }
    }
}

/// The transliteration table, built once (it is a few hundred entries).
fn mapping() -> &'static Mapping {
    static MAPPING: OnceLock<Mapping> = OnceLock::new();
    MAPPING.get_or_init(|| Mapping::new(Scheme::Telugu, Scheme::Iso15919))
}

/// True for characters handed to the transliterator: the Telugu block. ZWNJ and ZWJ only
/// shape Telugu letters (బ్లింకెన్‌తో); they travel with the cluster they end.
fn is_telugu(c: char) -> bool {
    ('\u{0C00}'..='\u{0C7F}').contains(&c)
}

/// Romanises one Telugu cluster or word: the transliterator's letters without the joiners,
/// which mean nothing in Latin script and would only hide letters from a search.
fn transliterate(s: &str) -> String {
    let mut out = vidyut_lipi::transliterate(s, mapping());
    out.retain(|c| c != '\u{200C}' && c != '\u{200D}');
    out
}

/// `s` romanised, for names and report lines that need no map.
pub fn romanise(s: &str) -> String {
    romanise_text(s).text
}

/// Romanises `text`, keeping a map of offsets between the two.
pub fn romanise_text(text: &str) -> Romanised {
    let mut out = Romanised {
        text: String::with_capacity(text.len()),
        map: OffsetMap::new(),
    };
    // The clusters of the Telugu word being gathered: (offset, length).
    let mut word: Vec<(usize, usize)> = Vec::new();
    for (at, cluster) in text.grapheme_indices(true) {
        if cluster.chars().next().is_some_and(is_telugu) {
            word.push((at, cluster.len()));
            continue;
        }
        flush_word(text, &mut word, &mut out);
        out.text.push_str(cluster);
        out.map.push(cluster.len(), cluster.len(), true);
    }
    flush_word(text, &mut word, &mut out);
    out
}

/// Romanises the Telugu word whose clusters are `word` and empties it.
fn flush_word(text: &str, word: &mut Vec<(usize, usize)>, out: &mut Romanised) {
    let (Some(&(start, _)), Some(&(last, last_len))) = (word.first(), word.last()) else {
        return;
    };
    let whole = transliterate(&text[start..last + last_len]);
    let pieces: Vec<String> = word
        .iter()
        .map(|&(at, len)| transliterate(&text[at..at + len]))
        .collect();
    if pieces.iter().map(String::len).sum::<usize>() == whole.len() && pieces.concat() == whole {
        for (&(_, len), piece) in word.iter().zip(&pieces) {
            out.text.push_str(piece);
            out.map.push(len, piece.len(), false);
        }
    } else {
        out.text.push_str(&whole);
        out.map.push(last + last_len - start, whole.len(), false);
    }
    word.clear();
}
