//! Sentence marks found again (issue 18): a mark names its sentence by text and occurrence
//! ([`SentenceDecision`]); these find the sentence that name stands for in the articles as they
//! are, and name a sentence the same way.

use super::{ContentHash, Review, SentenceDecision};
use crate::core::pair::{Pair, Side};
use crate::core::sentence::Sentence;
use std::collections::HashMap;

/// The hash of sentence `i`'s text and how many sentences before it read the same: how a
/// mark names it. Walks the sentences before it once.
pub fn sentence_key(text: &str, sentences: &[Sentence], i: usize) -> (ContentHash, usize) {
    let hash_of = |s: &Sentence| ContentHash::of_paragraph(text.get(s.span()).unwrap_or(""));
    let Some(hash) = sentences.get(i).map(hash_of) else {
        return (ContentHash::of_paragraph(""), 0);
    };
    let occurrence = sentences[..i].iter().filter(|s| hash_of(s) == hash).count();
    (hash, occurrence)
}

/// For each of `review.sentences`, in order, the index of its sentence in `sentences[side]`,
/// or `None` when that text (or that occurrence of it) is no longer in the article. One pass
/// over each article that has marks.
pub fn locate_sentences(
    review: &Review,
    texts: Pair<&str>,
    sentences: Pair<&[Sentence]>,
) -> Vec<Option<usize>> {
    let mut found: Pair<HashMap<(ContentHash, usize), usize>> = Pair::default();
    for side in Side::BOTH {
        if !review.sentences.iter().any(|d| d.side == side) {
            continue;
        }
        let mut seen: HashMap<ContentHash, usize> = HashMap::new();
        for (i, s) in sentences[side].iter().enumerate() {
            let hash = ContentHash::of_paragraph(texts[side].get(s.span()).unwrap_or(""));
            let n = seen.entry(hash).or_insert(0);
            found[side].insert((hash, *n), i);
            *n += 1;
        }
    }
    review
        .sentences
        .iter()
        .map(|d: &SentenceDecision| found[d.side].get(&(d.text, d.occurrence)).copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::review::GroupStatus;
    use crate::core::sentence::split;

    /// The sentences of `text` as one paragraph.
    fn one_paragraph(text: &str) -> Vec<Sentence> {
        split(text, std::slice::from_ref(&(0..text.len())))
    }

    #[test]
    fn a_mark_finds_its_sentence_among_repeats_and_after_edits() {
        let text = "Yes. No. Yes. Maybe.";
        let sents = one_paragraph(text);
        assert_eq!(sents.len(), 4);
        let (hash, occurrence) = sentence_key(text, &sents, 2);
        assert_eq!(occurrence, 1);
        assert_eq!(hash, sentence_key(text, &sents, 0).0);
        let mut review = Review::default();
        review.toggle_sentence(SentenceDecision {
            side: Side::En,
            text: hash,
            occurrence,
            status: GroupStatus::MissingTe,
        });
        let te = "";
        let none: &[Sentence] = &[];
        assert_eq!(
            locate_sentences(&review, Pair::new(te, text), Pair::new(none, &sents)),
            [Some(2)]
        );
        // A sentence added before it: the mark follows its text.
        let edited = "New. Yes. No. Yes. Maybe.";
        let sents = one_paragraph(edited);
        assert_eq!(
            locate_sentences(&review, Pair::new(te, edited), Pair::new(none, &sents)),
            [Some(3)]
        );
        // The second "Yes." gone: the mark is stale.
        let cut = "Yes. No. Maybe.";
        let sents = one_paragraph(cut);
        assert_eq!(
            locate_sentences(&review, Pair::new(te, cut), Pair::new(none, &sents)),
            [None]
        );
    }
}
