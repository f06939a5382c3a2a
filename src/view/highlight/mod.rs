//! Highlighting, as data: which entity (stem or suffix) and which search match each terminal cell
//! of a row belongs to. The pane maps these marks to styles from the theme, so the rules live
//! here, tested without a terminal.
//!
//! Marks are decided per grapheme cluster: a cluster is marked when any byte of it is inside a
//! span, and it counts as stem when it starts before the stem's end. A span boundary that falls
//! inside a cluster (a suffix split inside a conjunct) therefore never splits the cluster: all its
//! cells get one mark.

mod cover;
mod slots;

pub use cover::Cover;
pub use slots::{assign_slots, PALETTE_SLOTS};

use crate::core::analysis::MentionSpan;
use crate::core::text::{for_each_cell, TermCell};
use std::ops::Range;

/// The entity a cell shows part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityMark {
    /// `Entity::id`.
    pub entity: usize,
    /// The cell is part of the name's stem (false: its case suffix).
    pub stem: bool,
}

/// Everything that decides a cell's style apart from the theme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mark {
    pub entity: Option<EntityMark>,
    /// Inside a search match.
    pub search: bool,
}

/// Calls `emit` with every terminal cell of `text[row]` (as [`for_each_cell`] gives them) and its
/// mark. `spans` and `matches` must be sorted by start and not overlap among themselves (as
/// [`crate::core::analysis::SpanIndex::in_range`] returns them); spans outside the row are ignored.
///
/// ```
/// use tandem::core::analysis::MentionSpan;
/// use tandem::view::highlight::for_each_marked_cell;
/// let text = "Seoul, then Pyongyang";
/// let span = MentionSpan { start: 12, end: 21, stem_end: 21, entity: 7 };
/// let mut marked = String::new();
/// for_each_marked_cell(text, 0..text.len(), &[span], &[], |cell, mark| {
///     if mark.entity.is_some() {
///         marked.push_str(cell.symbol);
///     }
/// });
/// assert_eq!(marked, "Pyongyang");
/// ```
pub fn for_each_marked_cell(
    text: &str,
    row: Range<usize>,
    spans: &[MentionSpan],
    matches: &[Range<usize>],
    mut emit: impl FnMut(TermCell<'_>, Mark),
) {
    let (mut si, mut mi) = (0, 0);
    for_each_cell(text, row, |cell| {
        let (start, end) = (cell.source.start, cell.source.end);
        while spans.get(si).is_some_and(|s| s.end <= start) {
            si += 1;
        }
        while matches.get(mi).is_some_and(|m| m.end <= start) {
            mi += 1;
        }
        let entity = spans.get(si).filter(|s| s.start < end).map(|s| EntityMark {
            entity: s.entity,
            stem: start < s.stem_end,
        });
        let search = matches.get(mi).is_some_and(|m| m.start < end);
        emit(cell, Mark { entity, search });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(text: &str, spans: &[MentionSpan], matches: &[Range<usize>]) -> Vec<(String, Mark)> {
        let mut out: Vec<(String, Mark)> = Vec::new();
        for_each_marked_cell(text, 0..text.len(), spans, matches, |cell, mark| {
            out.push((cell.symbol.to_string(), mark))
        });
        out
    }

    #[test]
    fn telugu_stem_and_suffix_are_told_apart() {
        // "మాస్కోకు" = stem మాస్కో + case suffix కు.
        let text = "నేను మాస్కోకు వెళ్ళాను";
        let start = text.find('మ').unwrap();
        let stem_end = start + "మాస్కో".len();
        let end = stem_end + "కు".len();
        let span = MentionSpan {
            start,
            end,
            stem_end,
            entity: 3,
        };
        let cells = marks(text, &[span], &[]);
        let stem: String = cells
            .iter()
            .filter(|(_, m)| m.entity.is_some_and(|e| e.stem))
            .map(|(s, _)| s.as_str())
            .collect();
        let suffix: String = cells
            .iter()
            .filter(|(_, m)| m.entity.is_some_and(|e| !e.stem))
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(stem, "మాస్కో");
        assert_eq!(suffix, "కు");
    }

    #[test]
    fn a_boundary_inside_a_cluster_marks_the_whole_cluster() {
        // క్ష is one cluster of two terminal cells; a span starting at ్ or ending after క still
        // marks both cells, and a stem ending inside it keeps the cluster in the stem.
        let text = "a క్ష b";
        let k = text.find('క').unwrap();
        let virama = k + 'క'.len_utf8();
        let cluster_end = k + "క్ష".len();
        for span in [
            MentionSpan {
                start: virama,
                end: cluster_end,
                stem_end: cluster_end,
                entity: 1,
            },
            MentionSpan {
                start: k,
                end: virama,
                stem_end: virama,
                entity: 1,
            },
            MentionSpan {
                start: k,
                end: cluster_end,
                stem_end: virama,
                entity: 1,
            },
        ] {
            let cells = marks(text, &[span], &[]);
            let marked: Vec<&(String, Mark)> =
                cells.iter().filter(|(_, m)| m.entity.is_some()).collect();
            let shown: String = marked.iter().map(|(s, _)| s.as_str()).collect();
            assert_eq!(shown, "క్ష", "{span:?}");
            assert!(marked.iter().all(|(_, m)| m.entity.is_some_and(|e| e.stem)));
        }
    }

    #[test]
    fn search_matches_and_entities_combine_and_spans_elsewhere_are_ignored() {
        let text = "Lagos and Abuja";
        let spans = [
            MentionSpan {
                start: 0,
                end: 5,
                stem_end: 5,
                entity: 0,
            },
            MentionSpan {
                start: 10,
                end: 15,
                stem_end: 15,
                entity: 1,
            },
            MentionSpan {
                start: 40,
                end: 45,
                stem_end: 45,
                entity: 2,
            },
        ];
        let matches: Vec<Range<usize>> = std::iter::once(3..12).collect();
        let cells = marks(text, &spans, &matches);
        let m = |i: usize| cells[i].1;
        assert_eq!(m(0).entity.map(|e| e.entity), Some(0));
        assert!(!m(0).search && m(3).search && m(11).search && !m(12).search);
        assert_eq!(
            m(6),
            Mark {
                entity: None,
                search: true
            }
        );
        assert_eq!(m(14).entity.map(|e| e.entity), Some(1));
        assert_eq!(cells.len(), text.len());
    }
}
