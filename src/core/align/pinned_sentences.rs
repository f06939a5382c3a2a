//! Pins on top of sentence alignment: a reviewer's "these two paragraphs belong together" with
//! paragraph groups that follow the sentence links ([`super::sentences`]).
//!
//! As [`super::manual::align_pinned`] does for paragraphs, each pinned pair becomes a paragraph
//! group of its own (marked manual, score 1) and the stretches between pins are aligned
//! independently, here by aligning their sentences and letting the paragraph groups follow.
//! The sentences of a pinned pair are aligned with each other only, so every sentence group
//! stays inside one paragraph group.

use super::manual::accept_pins;
use super::sentences::{align_sentences, SentenceInfo};
use super::Group;

/// Sentence and paragraph groups of a pair aligned around pins.
#[derive(Debug, Clone, PartialEq)]
pub struct PinnedAlignment {
    /// Sentence groups (sentence indices), in document order, every sentence in one group.
    pub sentences: Vec<Group>,
    /// Paragraph groups (paragraph indices); the pinned pairs are manual.
    pub paragraphs: Vec<Group>,
    /// Indices of the pins refused (crossing or repeating one taken before, or out of range).
    pub refused: Vec<usize>,
}

/// Aligns the sentences of the pair (`te`, `en`, in document order; `paragraphs` per side)
/// around the pinned (Telugu, English) paragraph pairs. With no pins this is
/// [`align_sentences`].
pub fn align_pinned_sentences(
    te: &[SentenceInfo],
    en: &[SentenceInfo],
    paragraphs: (usize, usize),
    pins: &[(usize, usize)],
) -> PinnedAlignment {
    let (taken, refused) = accept_pins(pins, paragraphs);
    let mut out = PinnedAlignment {
        sentences: Vec::new(),
        paragraphs: Vec::new(),
        refused,
    };
    let (mut t0, mut e0) = (0, 0);
    let ends = std::iter::once(paragraphs);
    for (t, e) in taken.iter().copied().chain(ends) {
        stretch(te, en, (t0, t), (e0, e), false, &mut out);
        if t < paragraphs.0 && e < paragraphs.1 {
            stretch(te, en, (t, t + 1), (e, e + 1), true, &mut out);
        }
        (t0, e0) = (t + 1, e + 1);
    }
    out
}

/// Aligns the sentences of Telugu paragraphs `te_range` with those of English `en_range` and
/// appends the groups, shifted to whole-pair indices; `pinned`: the two paragraphs are one
/// group whatever their sentences say.
fn stretch(
    te: &[SentenceInfo],
    en: &[SentenceInfo],
    te_range: (usize, usize),
    en_range: (usize, usize),
    pinned: bool,
    out: &mut PinnedAlignment,
) {
    let (te_first, te_part) = part(te, te_range);
    let (en_first, en_part) = part(en, en_range);
    let paragraphs = (
        te_range.1.saturating_sub(te_range.0),
        en_range.1.saturating_sub(en_range.0),
    );
    let aligned = align_sentences(&te_part, &en_part, paragraphs);
    let shift = |idx: &[usize], by: usize| idx.iter().map(|i| i + by).collect::<Vec<_>>();
    out.sentences
        .extend(aligned.sentences.into_iter().map(|g| Group {
            te: shift(&g.te, te_first),
            en: shift(&g.en, en_first),
            ..g
        }));
    if pinned {
        out.paragraphs.push(Group {
            te: vec![te_range.0],
            en: vec![en_range.0],
            score: 1.0,
            manual: true,
        });
        return;
    }
    out.paragraphs
        .extend(aligned.paragraphs.into_iter().map(|g| Group {
            te: shift(&g.te, te_range.0),
            en: shift(&g.en, en_range.0),
            ..g
        }));
}

/// The sentences of paragraphs `range.0..range.1` (contiguous, since sentences are in document
/// order) with paragraph indices made relative to `range.0`, and the index of the first.
fn part(side: &[SentenceInfo], range: (usize, usize)) -> (usize, Vec<SentenceInfo>) {
    let first = side.partition_point(|s| s.paragraph < range.0);
    let end = side.partition_point(|s| s.paragraph < range.1);
    let sentences = side
        .get(first..end.max(first))
        .unwrap_or_default()
        .iter()
        .map(|s| SentenceInfo {
            unit: s.unit.clone(),
            paragraph: s.paragraph - range.0,
        })
        .collect();
    (first, sentences)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::align::sentences::tests::{s, shapes};

    #[test]
    fn a_pin_holds_and_the_rest_aligns_around_it() {
        // Three paragraphs of one sentence each per side, matched 1-1 by their names.
        let te = [s(100, &[1], 0), s(200, &[2], 1), s(150, &[3], 2)];
        let en = [s(110, &[1], 0), s(210, &[2], 1), s(160, &[3], 2)];
        let free = align_pinned_sentences(&te, &en, (3, 3), &[]);
        assert_eq!(
            shapes(&free.paragraphs),
            [(vec![0], vec![0]), (vec![1], vec![1]), (vec![2], vec![2])]
        );
        assert_eq!(free.sentences, align_sentences(&te, &en, (3, 3)).sentences);
        // Pinned: Telugu 0 with English 1; a crossing pin is refused.
        let pinned = align_pinned_sentences(&te, &en, (3, 3), &[(0, 1), (1, 0)]);
        assert_eq!(pinned.refused, [1]);
        let paras = shapes(&pinned.paragraphs);
        assert_eq!(paras[..2], [(vec![], vec![0]), (vec![0], vec![1])]);
        // After the pin: Telugu 1 and 2 against English 2, however the sentences fall.
        let rest: (Vec<usize>, Vec<usize>) =
            paras[2..].iter().fold((vec![], vec![]), |mut acc, (t, e)| {
                acc.0.extend(t);
                acc.1.extend(e);
                acc
            });
        assert_eq!(rest, (vec![1, 2], vec![2]));
        assert!(pinned.paragraphs[1].manual && pinned.paragraphs[1].score == 1.0);
        // Every sentence in exactly one group, in order.
        let mut seen = (Vec::new(), Vec::new());
        for g in &pinned.sentences {
            seen.0.extend(&g.te);
            seen.1.extend(&g.en);
        }
        assert_eq!(seen, (vec![0, 1, 2], vec![0, 1, 2]));
    }
}
