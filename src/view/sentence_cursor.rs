//! The sentence cursor's index (issue 18): which sentence holds a byte or a row, which sentences
//! of the other article are its counterpart, and which layout lines a sentence spans.
//!
//! Built once per analysis from the sentences of each side and the sentence alignment (groups
//! of sentence indices, every sentence in exactly one group). Every lookup is a binary search or
//! an array read, so moving the cursor and drawing it cost the same on a short note as on a
//! 10 MB pair: a frame never walks the sentences.

use crate::core::align::Group;
use crate::core::document::Document;
use crate::core::pair::{Pair, Side};
use crate::core::sentence::Sentence;
use crate::view::layout::Layout;
use std::ops::Range;

/// "No group": a sentence the alignment does not mention (an alignment of other text).
const NONE: u32 = u32::MAX;

/// The sentences of both sides and the group each one is in.
#[derive(Debug, Clone, Default)]
pub struct SentenceIndex {
    sentences: Pair<Vec<Sentence>>,
    /// Per side, per sentence: its index in `groups`, or [`NONE`].
    group_of: Pair<Vec<u32>>,
    /// The sentence groups, as the analysis has them.
    groups: Vec<Group>,
    /// Per side: sentences whose group has nothing on the other side.
    lone: Pair<usize>,
}

impl SentenceIndex {
    /// Indexes `sentences` (sorted, not overlapping, as `core::sentence::split` makes them) and
    /// their alignment `groups`. Indices out of range are ignored.
    pub fn new(sentences: &Pair<Vec<Sentence>>, groups: &[Group]) -> SentenceIndex {
        let mut group_of = Pair::from_fn(|side| vec![NONE; sentences[side].len()]);
        for (g, group) in groups.iter().enumerate() {
            for side in Side::BOTH {
                for &k in group.side(side) {
                    if let Some(slot) = group_of[side].get_mut(k) {
                        *slot = g as u32;
                    }
                }
            }
        }
        let mut index = SentenceIndex {
            sentences: sentences.clone(),
            group_of,
            groups: groups.to_vec(),
            lone: Pair::new(0, 0),
        };
        index.lone = Pair::from_fn(|side| {
            (0..index.len(side))
                .filter(|&i| index.counterparts(side, i).is_empty())
                .count()
        });
        index
    }

    /// Sentences on `side`.
    pub fn len(&self, side: Side) -> usize {
        self.sentences[side].len()
    }

    pub fn is_empty(&self, side: Side) -> bool {
        self.sentences[side].is_empty()
    }

    /// Sentence `i` of `side`.
    pub fn get(&self, side: Side, i: usize) -> Option<&Sentence> {
        self.sentences[side].get(i)
    }

    /// The bytes of sentence `i` of `side`.
    pub fn span(&self, side: Side, i: usize) -> Option<Range<usize>> {
        self.get(side, i).map(Sentence::span)
    }

    /// The sentence that holds byte `offset`; between paragraphs (or past a sentence's end), the
    /// next sentence; `None` past the last one.
    pub fn at(&self, side: Side, offset: usize) -> Option<usize> {
        let sents = &self.sentences[side];
        let k = sents.partition_point(|s| s.end <= offset);
        (k < sents.len()).then_some(k)
    }

    /// The sentence that holds the text layout line `line` of `side` starts with.
    pub fn at_line(
        &self,
        side: Side,
        layout: &Layout,
        doc: &Document,
        line: usize,
    ) -> Option<usize> {
        self.at(side, layout.line_offset(doc, line))
    }

    /// The index in the sentence alignment of sentence `i`'s group.
    pub fn group_of(&self, side: Side, i: usize) -> Option<usize> {
        match self.group_of[side].get(i).copied() {
            Some(NONE) | None => None,
            Some(g) => Some(g as usize),
        }
    }

    /// The sentences of the other side aligned with sentence `i` of `side` (empty: it has no
    /// counterpart).
    pub fn counterparts(&self, side: Side, i: usize) -> &[usize] {
        self.group_of(side, i)
            .and_then(|g| self.groups.get(g))
            .map_or(&[][..], |g| g.side(side.other()))
    }

    /// The bytes of each counterpart of sentence `i` of `side`, on the other side, in order.
    pub fn counterpart_spans(&self, side: Side, i: usize) -> Vec<Range<usize>> {
        self.counterparts(side, i)
            .iter()
            .filter_map(|&k| self.span(side.other(), k))
            .collect()
    }

    /// The confidence of sentence `i`'s group.
    pub fn score(&self, side: Side, i: usize) -> Option<f64> {
        self.group_of(side, i)
            .and_then(|g| self.groups.get(g))
            .map(|g| g.score)
    }

    /// Sentences of `side` with no counterpart.
    pub fn lone(&self, side: Side) -> usize {
        self.lone[side]
    }

    /// The sentence after (`forward`) or before `from`, staying in range; `None` at either end.
    pub fn step(&self, side: Side, from: usize, forward: bool) -> Option<usize> {
        if forward {
            let next = from + 1;
            (next < self.len(side)).then_some(next)
        } else {
            from.checked_sub(1).filter(|&k| k < self.len(side))
        }
    }

    /// The sentence on `side` nearest to a sentence-index position of the other side: the
    /// first counterpart of `i`, else (a lone sentence) the counterpart of the nearest sentence
    /// before it that has one, else the first sentence. What the cursor lands on when the focus
    /// moves to the other pane.
    pub fn across(&self, side: Side, i: usize) -> Option<usize> {
        if self.is_empty(side.other()) {
            return None;
        }
        (0..=i.min(self.len(side).saturating_sub(1)))
            .rev()
            .find_map(|k| self.counterparts(side, k).first().copied())
            .or(Some(0))
    }
}

/// The layout lines that show the bytes `span` (at least one line): from the line holding its
/// start to the line holding its last byte.
pub fn lines_of(layout: &Layout, doc: &Document, span: Range<usize>) -> Range<usize> {
    if layout.is_empty() {
        return 0..0;
    }
    let first = layout.line_at_offset(doc, span.start);
    let last = layout.line_at_offset(doc, span.end.saturating_sub(1).max(span.start));
    first..last.max(first) + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sentence;

    fn doc(text: &str) -> Document {
        Document::from_text("t.txt", text.to_string())
    }

    /// Two Telugu-ish and three English sentences: te0 = en0, te1 = en1 + en2; a lone te2.
    fn index() -> (Pair<Document>, SentenceIndex) {
        let docs = Pair::new(doc("ఒకటి. రెండు మూడు.\nలేనిది."), doc("One. Two. Three."));
        let sents = Pair::from_fn(|side| sentence::of_document(&docs[side]));
        assert_eq!(sents.te.len(), 3);
        assert_eq!(sents.en.len(), 3);
        let groups = [
            Group::new(&[0], &[0], 0.9),
            Group::new(&[1], &[1, 2], 0.8),
            Group::new(&[2], &[], 0.7),
        ];
        let idx = SentenceIndex::new(&sents, &groups);
        (docs, idx)
    }

    #[test]
    fn finds_the_sentence_of_a_byte() {
        let (docs, idx) = index();
        let en = &docs.en.text;
        assert_eq!(idx.at(Side::En, 0), Some(0));
        assert_eq!(idx.at(Side::En, en.find("Two").unwrap()), Some(1));
        // The space after "One." belongs to the first sentence.
        assert_eq!(idx.at(Side::En, 4), Some(0));
        assert_eq!(idx.at(Side::En, en.len() - 1), Some(2));
        assert_eq!(idx.at(Side::En, en.len()), None);
        // The newline between the Telugu paragraphs: the next sentence.
        let nl = docs.te.text.find('\n').unwrap();
        assert_eq!(idx.at(Side::Te, nl), Some(2));
    }

    #[test]
    fn counterparts_go_both_ways() {
        let (_, idx) = index();
        assert_eq!(idx.counterparts(Side::Te, 0), [0]);
        assert_eq!(idx.counterparts(Side::Te, 1), [1, 2]);
        assert_eq!(idx.counterparts(Side::En, 2), [1]);
        assert!(idx.counterparts(Side::Te, 2).is_empty());
        assert!(idx.counterparts(Side::Te, 9).is_empty());
        assert_eq!(idx.lone(Side::Te), 1);
        assert_eq!(idx.lone(Side::En), 0);
        assert_eq!(idx.score(Side::En, 1), Some(0.8));
        let spans = idx.counterpart_spans(Side::Te, 1);
        assert_eq!(spans.len(), 2);
        assert_eq!(spans[0].end, spans[1].start);
    }

    #[test]
    fn steps_and_crossings_stay_in_range() {
        let (_, idx) = index();
        assert_eq!(idx.step(Side::Te, 0, true), Some(1));
        assert_eq!(idx.step(Side::Te, 2, true), None);
        assert_eq!(idx.step(Side::Te, 0, false), None);
        assert_eq!(idx.step(Side::En, 2, false), Some(1));
        assert_eq!(idx.across(Side::Te, 1), Some(1));
        // A lone sentence crosses to the counterpart of the one before it.
        assert_eq!(idx.across(Side::Te, 2), Some(1));
        assert_eq!(idx.across(Side::En, 2), Some(1));
    }

    #[test]
    fn a_sentence_spans_the_lines_that_show_it_at_any_width() {
        let (docs, idx) = index();
        for width in [1, 3, 6, 10, 80] {
            let layout = Layout::build(&docs.en, width);
            let mut covered = 0;
            for i in 0..idx.len(Side::En) {
                let span = idx.span(Side::En, i).unwrap();
                let lines = lines_of(&layout, &docs.en, span.clone());
                assert!(!lines.is_empty(), "{width}");
                // The first line holds the start, the last line holds the last byte.
                assert_eq!(layout.line_at_offset(&docs.en, span.start), lines.start);
                assert!(lines.start >= covered.max(1) - 1, "{width}: in order");
                covered = lines.end;
                // Its first line starts in it or in a sentence before it.
                let first = idx.at_line(Side::En, &layout, &docs.en, lines.start);
                assert!(first.is_some_and(|k| k <= i), "{width}");
            }
            assert_eq!(covered, layout.len(), "{width}");
        }
        assert_eq!(lines_of(&Layout::default(), &docs.en, 0..3), 0..0);
    }

    #[test]
    fn an_empty_alignment_leaves_every_sentence_alone() {
        let (docs, _) = index();
        let sents = Pair::from_fn(|side| sentence::of_document(&docs[side]));
        let idx = SentenceIndex::new(&sents, &[]);
        assert_eq!(idx.lone(Side::En), 3);
        assert_eq!(idx.group_of(Side::En, 0), None);
        assert_eq!(idx.across(Side::En, 0), Some(0));
        let none = SentenceIndex::default();
        assert_eq!(none.at(Side::Te, 0), None);
        assert_eq!(none.across(Side::Te, 0), None);
    }
}
