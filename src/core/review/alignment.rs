//! Hand edits of the alignment as review decisions: saved in the review file, named by the
//! content of their paragraphs, and replayed on the aligner's groups by both the viewer and the
//! report (so exports and the JSON use the alignment the reviewer fixed).
//!
//! A paragraph is named by the hash of its text plus the index it had (a hint that picks among
//! repeated paragraphs), like a group decision, so an edit survives changes elsewhere in the
//! articles; an edit whose paragraph is gone is stale and skipped, never deleted.
//!
//! Replay order: pins first (the sentences are aligned again around them and the paragraph
//! groups follow, as in the analysis), then the other edits in the order they were made.

use super::hash::ContentHash;
use super::reconcile::ArticlePrint;
use crate::core::align::manual::{self, Edit};
use crate::core::align::pinned_sentences::align_pinned_sentences;
use crate::core::align::Group;
use crate::core::analysis::{sentence_infos, Analysis};
use crate::core::document::Document;
use crate::core::figures;
use crate::core::pair::{Pair, Side};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A paragraph, named by its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ParaRef {
    pub hash: ContentHash,
    /// The paragraph's index when the edit was made.
    pub hint: usize,
}

/// One hand edit of the alignment, as the review file keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "edit", rename_all = "snake_case")]
pub enum AlignmentEdit {
    /// The group holding the paragraph absorbs the next group.
    Merge { side: Side, paragraph: ParaRef },
    /// The paragraph starts a new group.
    Split { side: Side, paragraph: ParaRef },
    /// The paragraph (and those before it in its group) joins the previous group.
    ToPrevious { side: Side, paragraph: ParaRef },
    /// The paragraph (and those after it in its group) joins the next group.
    ToNext { side: Side, paragraph: ParaRef },
    /// These two paragraphs belong together; the rest is aligned around them.
    Pin { te: ParaRef, en: ParaRef },
}

/// The alignment after the hand edits, and how the edits fared.
#[derive(Debug, Clone, PartialEq)]
pub struct HandAlignment {
    pub groups: Vec<Group>,
    /// Edits whose paragraphs are no longer in the articles.
    pub stale: usize,
    /// Edits that no longer apply to the alignment they meet (a crossing pin, a merge of what
    /// is now the last group).
    pub refused: usize,
}

/// Finds paragraphs by content.
pub struct ParagraphFinder<'a> {
    prints: &'a Pair<ArticlePrint>,
    by_hash: Pair<HashMap<ContentHash, Vec<usize>>>,
}

impl<'a> ParagraphFinder<'a> {
    pub fn new(prints: &'a Pair<ArticlePrint>) -> Self {
        let by_hash = Pair::from_fn(|side| {
            let mut map: HashMap<ContentHash, Vec<usize>> = HashMap::new();
            for (i, h) in prints[side].paragraphs.iter().enumerate() {
                map.entry(*h).or_default().push(i);
            }
            map
        });
        ParagraphFinder { prints, by_hash }
    }

    /// The paragraph of `side` with that text, the nearest to the hint when it repeats.
    pub fn find(&self, side: Side, r: ParaRef) -> Option<usize> {
        self.by_hash[side]
            .get(&r.hash)?
            .iter()
            .copied()
            .min_by_key(|&i| i.abs_diff(r.hint))
    }

    /// How the review file names paragraph `para` of `side`.
    pub fn name(&self, side: Side, para: usize) -> Option<ParaRef> {
        let hash = *self.prints[side].paragraphs.get(para)?;
        Some(ParaRef { hash, hint: para })
    }
}

/// The paragraph groups of a pair aligned again around pins, and the indices of the pins
/// refused (crossing or repeating one taken before, or out of range).
pub type AroundPins = (Vec<Group>, Vec<usize>);

/// Replays `edits` on the aligner's `machine` groups. `around_pins` aligns the pair again
/// around the (Telugu, English) paragraph pins; it is called only when there is a pin.
pub fn hand_align(
    machine: &[Group],
    around_pins: impl FnOnce(&[(usize, usize)]) -> AroundPins,
    edits: &[AlignmentEdit],
    prints: &Pair<ArticlePrint>,
) -> HandAlignment {
    let mut out = HandAlignment {
        groups: Vec::new(),
        stale: 0,
        refused: 0,
    };
    if edits.is_empty() {
        out.groups = machine.to_vec();
        return out;
    }
    let finder = ParagraphFinder::new(prints);
    let mut pins = Vec::new();
    for edit in edits {
        if let AlignmentEdit::Pin { te, en } = *edit {
            match (finder.find(Side::Te, te), finder.find(Side::En, en)) {
                (Some(t), Some(e)) => pins.push((t, e)),
                _ => out.stale += 1,
            }
        }
    }
    out.groups = if pins.is_empty() {
        machine.to_vec()
    } else {
        let (groups, refused) = around_pins(&pins);
        out.refused += refused.len();
        groups
    };
    for edit in edits {
        let (side, paragraph, make): (Side, ParaRef, fn(Side, usize) -> Edit) = match *edit {
            AlignmentEdit::Pin { .. } => continue,
            AlignmentEdit::Merge { side, paragraph } => {
                (side, paragraph, |side, para| Edit::Merge { side, para })
            }
            AlignmentEdit::Split { side, paragraph } => {
                (side, paragraph, |side, para| Edit::Split { side, para })
            }
            AlignmentEdit::ToPrevious { side, paragraph } => (side, paragraph, |side, para| {
                Edit::ToPrevious { side, para }
            }),
            AlignmentEdit::ToNext { side, paragraph } => {
                (side, paragraph, |side, para| Edit::ToNext { side, para })
            }
        };
        match finder.find(side, paragraph) {
            Some(para) => {
                if manual::apply(&mut out.groups, make(side, para)).is_err() {
                    out.refused += 1;
                }
            }
            None => out.stale += 1,
        }
    }
    out
}

/// Replays `edits` on `analysis.alignment` (the aligner's groups), then checks the figures and
/// quotes again within the new groups. The one way hand edits reach an analysis, for the
/// viewer and the reports alike; returns how many edits no longer apply (stale or refused).
///
/// Pins align the sentences again around them ([`align_pinned_sentences`], with the evidence
/// of `analysis`: its entities, figures and sentences), and both the sentence and the
/// paragraph groups come from that; the other edits then reshape the paragraph groups, and a
/// sentence group they cut across is taken apart.
pub fn apply_to_analysis(
    analysis: &mut Analysis,
    docs: &Pair<Document>,
    edits: &[AlignmentEdit],
    prints: &Pair<ArticlePrint>,
) -> usize {
    if edits.is_empty() {
        return 0;
    }
    let mut realigned = None;
    let hand = hand_align(
        &analysis.alignment,
        |pins| {
            let figs = figures::figures_of(&analysis.figures);
            let infos = sentence_infos(docs, &analysis.sentences, &analysis.entities, &figs);
            let paragraphs = (docs.te.paragraphs.len(), docs.en.paragraphs.len());
            let pinned = align_pinned_sentences(&infos.te, &infos.en, paragraphs, pins);
            realigned = Some(pinned.sentences);
            (pinned.paragraphs, pinned.refused)
        },
        edits,
        prints,
    );
    analysis.alignment = hand.groups;
    if let Some(sentences) = realigned {
        analysis.sentence_alignment = sentences;
    }
    let paragraph_of = Pair::from_fn(|side| {
        analysis.sentences[side]
            .iter()
            .map(|s| s.paragraph)
            .collect::<Vec<_>>()
    });
    analysis.sentence_alignment = crate::core::align::sentences::within_paragraph_groups(
        &analysis.sentence_alignment,
        &analysis.alignment,
        (&paragraph_of.te, &paragraph_of.en),
    );
    // Figures and quotes are checked within groups: check them in the new ones.
    analysis.recheck();
    hand.stale + hand.refused
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::align::{AlignOptions, ParagraphInfo};
    use crate::core::review::ArticlePrint;

    fn print(paragraphs: &[&str]) -> ArticlePrint {
        let text = paragraphs.join("\n\n");
        ArticlePrint::new("a.txt", text.as_bytes(), paragraphs.iter().copied())
    }

    fn g(te: &[usize], en: &[usize]) -> Group {
        Group {
            te: te.to_vec(),
            en: en.to_vec(),
            score: 0.8,
            manual: false,
        }
    }

    fn para(chars: usize) -> ParagraphInfo {
        ParagraphInfo {
            chars,
            entities: Vec::new(),
        }
    }

    #[test]
    fn edits_find_their_paragraphs_by_text_after_an_insertion() {
        let before = Pair::new(print(&["a", "b", "c"]), print(&["x", "y", "z"]));
        let finder = ParagraphFinder::new(&before);
        let merge = AlignmentEdit::Merge {
            side: Side::Te,
            paragraph: finder.name(Side::Te, 1).unwrap(),
        };
        // A paragraph added at the top of the Telugu article: "b" is now paragraph 2.
        let after = Pair::new(print(&["new", "a", "b", "c"]), print(&["x", "y", "z"]));
        let machine = vec![g(&[0, 1], &[0]), g(&[2], &[1]), g(&[3], &[2])];
        let out = hand_align(&machine, |_| unreachable!(), &[merge], &after);
        assert_eq!((out.stale, out.refused), (0, 0));
        assert_eq!(out.groups.len(), 2);
        assert_eq!(out.groups[1].te, vec![2, 3]);
        assert!(out.groups[1].manual);
        // The paragraph gone: the edit is stale, the alignment the machine's.
        let gone = Pair::new(print(&["a", "c"]), print(&["x", "y", "z"]));
        let out = hand_align(&machine[..2], |_| unreachable!(), &[merge], &gone);
        assert_eq!((out.stale, out.groups.len()), (1, 2));
    }

    #[test]
    fn pins_apply_before_the_other_edits() {
        let prints = Pair::new(print(&["a", "b", "c"]), print(&["x", "y", "z"]));
        let finder = ParagraphFinder::new(&prints);
        let name = |side, p| finder.name(side, p).unwrap();
        let edits = [
            AlignmentEdit::Merge {
                side: Side::En,
                paragraph: name(Side::En, 0),
            },
            AlignmentEdit::Pin {
                te: name(Side::Te, 2),
                en: name(Side::En, 0),
            },
        ];
        let machine = vec![g(&[0], &[0]), g(&[1], &[1]), g(&[2], &[2])];
        let infos = vec![para(100); 3];
        let around_pins = |pins: &[(usize, usize)]| {
            manual::align_pinned(&infos, &infos, pins, &AlignOptions::default())
        };
        let out = hand_align(&machine, around_pins, &edits, &prints);
        // The pin (te 2, en 0) leaves te 0-1 one-sided before it and en 1-2 after it; the merge
        // then joins the pinned group with the next, English 1.
        let shapes: Vec<_> = out
            .groups
            .iter()
            .map(|g| (g.te.clone(), g.en.clone()))
            .collect();
        let want: Vec<(Vec<usize>, Vec<usize>)> = vec![
            (vec![0], vec![]),
            (vec![1], vec![]),
            (vec![2], vec![0, 1]),
            (vec![], vec![2]),
        ];
        assert_eq!(shapes, want);
        assert_eq!((out.stale, out.refused), (0, 0));
    }

    #[test]
    fn the_file_names_edits_by_kind() {
        let e = AlignmentEdit::Split {
            side: Side::En,
            paragraph: ParaRef {
                hash: ContentHash(0xabc),
                hint: 4,
            },
        };
        let json = serde_json::to_value(e).unwrap();
        assert_eq!(json["edit"], "split");
        assert_eq!(json["side"], "en");
        assert_eq!(json["paragraph"]["hint"], 4);
        assert_eq!(serde_json::from_value::<AlignmentEdit>(json).unwrap(), e);
    }
}
