//! What sentence alignment needs per sentence: its length and its evidence ids, built from the
//! analysis's entities and figures and from the Latin tokens of the texts.
//!
//! Evidence ids share one number space: a linked entity keeps its id; a figure (by value, and
//! month for dates) and a Latin token (upper-cased, dots dropped: `U.S.` = `US`, `Nato` =
//! `NATO`) get ids after the last entity, the same id on both sides for the same key. English
//! Latin tokens count only when they start with a capital or a digit (so the word `us` is not the
//! acronym `US`) and only when the Telugu text has them too; Telugu, written in its own script,
//! uses Latin letters only for such names.

use super::Entity;
use crate::core::align::sentences::SentenceInfo;
use crate::core::align::ParagraphInfo;
use crate::core::document::Document;
use crate::core::figures::Figure;
use crate::core::pair::{Pair, Side};
use crate::core::sentence::Sentence;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

/// A figure or token key.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Figure(u64, u8),
    Latin(String),
}

/// The sentence infos of both sides.
pub fn sentence_infos(
    docs: &Pair<Document>,
    sentences: &Pair<Vec<Sentence>>,
    entities: &[Entity],
    figures: &Pair<Vec<Figure>>,
) -> Pair<Vec<SentenceInfo>> {
    let te_latin: FxHashSet<String> = latin_tokens(&docs.te.text, 0..docs.te.text.len(), true)
        .map(|(_, t)| t)
        .collect();
    let mut keys: FxHashMap<Key, usize> = FxHashMap::default();
    let base = entities.len();
    Pair::from_fn(|side| {
        let doc = &docs[side];
        let sents = &sentences[side];
        // Counting the characters of every sentence is the one part that reads the whole text:
        // on both cores.
        let mut infos: Vec<SentenceInfo> = sents
            .par_iter()
            .map(|s| SentenceInfo {
                unit: ParagraphInfo {
                    chars: doc
                        .text
                        .get(s.span())
                        .map_or(0, |t| t.trim_end().chars().count()),
                    entities: Vec::new(),
                },
                paragraph: s.paragraph,
            })
            .collect();
        let mut hits: Vec<(usize, usize)> = Vec::new();
        for e in entities
            .iter()
            .filter(|e| !e.te.is_empty() && !e.en.is_empty())
        {
            hits.extend(e.mentions(side).iter().map(|m| (m.start, e.id)));
        }
        for f in &figures[side] {
            let key = Key::Figure(f.value.to_bits(), f.month.unwrap_or(0));
            let next = base + keys.len();
            hits.push((f.start, *keys.entry(key).or_insert(next)));
        }
        for (at, token) in latin_tokens(&doc.text, 0..doc.text.len(), side == Side::Te) {
            if side == Side::En && !te_latin.contains(&token) {
                continue;
            }
            let next = base + keys.len();
            hits.push((at, *keys.entry(Key::Latin(token)).or_insert(next)));
        }
        hits.sort_unstable();
        for (at, id) in hits {
            let k = sents.partition_point(|s| s.end <= at);
            if let Some(info) = infos.get_mut(k) {
                if sents[k].start <= at {
                    info.unit.entities.push(id);
                }
            }
        }
        infos
    })
}

/// Latin tokens of `text[range]` worth matching, with their offsets: runs of ASCII letters and
/// digits joined by dots, upper-cased with the dots dropped; at least one letter. With `any_case`
/// false (English), only tokens that start with a capital.
fn latin_tokens(
    text: &str,
    range: std::ops::Range<usize>,
    any_case: bool,
) -> impl Iterator<Item = (usize, String)> + '_ {
    let bytes = text.as_bytes();
    let end = range.end.min(bytes.len());
    let mut i = range.start;
    std::iter::from_fn(move || {
        while i < end {
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < end
                && (bytes[i].is_ascii_alphanumeric()
                    || (bytes[i] == b'.'
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)))
            {
                i += 1;
            }
            let raw = &text[start..i];
            let first = raw.as_bytes()[0];
            if !raw.bytes().any(|b| b.is_ascii_alphabetic()) {
                continue;
            }
            if !any_case && !first.is_ascii_uppercase() && !first.is_ascii_digit() {
                continue;
            }
            // Inside a longer Latin word on the Telugu side? Never: Telugu letters are not ASCII.
            let token: String = raw
                .chars()
                .filter(|c| *c != '.')
                .map(|c| c.to_ascii_uppercase())
                .collect();
            if token.len() >= 2 {
                return Some((start, token));
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_tokens_are_normalised() {
        let en = "the U.S. and Nato, us, 4G x";
        let t: Vec<_> = latin_tokens(en, 0..en.len(), false)
            .map(|(_, t)| t)
            .collect();
        assert_eq!(t, ["US", "NATO", "4G"]);
        let te = "యు.ఎస్. NATO మరియు weather.comలో";
        let t: Vec<_> = latin_tokens(te, 0..te.len(), true)
            .map(|(_, t)| t)
            .collect();
        assert_eq!(t, ["NATO", "WEATHERCOM"]);
    }
}
