//! The analysis indexed as the viewer needs it: mentions indexed for per-row lookups, a colour slot per
//! entity, and which alignment group each paragraph is in.

use super::FigureMarks;
use crate::core::align::GroupIndex;
use crate::core::analysis::{Analysis, Mention, SpanIndex};
use crate::core::document::Document;
use crate::core::pair::{Pair, Side};
use crate::view::highlight::{assign_slots, PALETTE_SLOTS};
use crate::view::sentence_cursor::SentenceIndex;

/// Below this confidence a group's rule carries a "?" mark.
pub const WEAK_GROUP: f64 = 0.5;

#[derive(Debug, Clone)]
pub struct IndexedAnalysis {
    pub analysis: Analysis,
    pub spans: Pair<SpanIndex>,
    /// Palette slot of each entity (by id); `None` for one-sided entities (coverage gaps).
    pub slots: Vec<Option<u8>>,
    /// The first alignment group each entity is mentioned in (by id), for sorting the entity
    /// list by first appearance without walking every mention each frame.
    pub first_group: Vec<usize>,
    pub groups: GroupIndex,
    /// Flagged figures and one-sided quotes, marked in the panes.
    pub figure_marks: FigureMarks,
    /// The sentences of each side and their counterparts, for the sentence cursor.
    pub sentences: SentenceIndex,
}

impl IndexedAnalysis {
    pub fn new(analysis: Analysis, docs: &Pair<Document>) -> IndexedAnalysis {
        let groups = GroupIndex::new(
            &analysis.alignment,
            Pair::from_fn(|side| docs[side].paragraphs.len()),
        );
        let stretch = |m: &Mention, side: Side| groups.group_of_paragraph(side, m.paragraph);
        // Each entity's stretch of the story: the first and last group it is mentioned in.
        let stretches: Vec<Option<(usize, usize)>> = analysis
            .entities
            .iter()
            .map(|e| {
                let at = Side::BOTH
                    .iter()
                    .flat_map(|&side| e.mentions(side).iter().map(move |m| (m, side)))
                    .filter_map(|(m, side)| stretch(m, side));
                at.fold(None, |acc, g| match acc {
                    None => Some((g, g)),
                    Some((lo, hi)) => Some((lo.min(g), hi.max(g))),
                })
            })
            .collect();
        let first_group = stretches
            .iter()
            .map(|s| s.map_or(usize::MAX, |(lo, _)| lo))
            .collect();
        // Gaps get no colour; a linked entity no group covers is placed at the start.
        let spans: Vec<Option<(usize, usize)>> = analysis
            .entities
            .iter()
            .zip(&stretches)
            .map(|(e, s)| (!e.is_gap()).then(|| s.unwrap_or((0, 0))))
            .collect();
        IndexedAnalysis {
            spans: Pair::from_fn(|side| analysis.span_index(side)),
            slots: assign_slots(&spans, PALETTE_SLOTS),
            first_group,
            groups,
            figure_marks: FigureMarks::new(&analysis),
            sentences: SentenceIndex::new(&analysis.sentences, &analysis.sentence_alignment),
            analysis,
        }
    }

    /// The palette slot of entity `id` (None: a gap, or no such entity).
    pub fn slot(&self, id: usize) -> Option<u8> {
        self.slots.get(id).copied().flatten()
    }

    /// True when group `g` is a weak match.
    pub fn is_weak(&self, g: usize) -> bool {
        self.analysis
            .alignment
            .get(g)
            .is_some_and(|group| group.score < WEAK_GROUP)
    }
}
