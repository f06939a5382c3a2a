//! From groups to screen rows, for the aligned layout: each group takes as many rows as its
//! taller side, so both sides of every group start on the same row and the shorter side is
//! padded with filler rows. Also the reverse lookup from a paragraph to its group.
//!
//! Pure arithmetic on row counts; the layout decides what a row is (wrapping, blank separator
//! rows are counted in the heights it passes).

use super::Group;
use crate::pair::{Pair, Side};

/// Where one group sits in the aligned layout.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GroupSpan {
    /// First row of the group (the sum of the heights of the groups before it).
    pub start_row: usize,
    /// Rows the group takes: the larger of its two sides.
    pub height: usize,
    /// Rows of text on each side; `height - rows[side]` filler rows pad that side.
    pub rows: Pair<usize>,
}

impl GroupSpan {
    /// Filler rows needed below the text of `side`.
    pub fn filler(&self, side: Side) -> usize {
        self.height - self.rows[side]
    }

    /// One past the last row of the group.
    pub fn end_row(&self) -> usize {
        self.start_row + self.height
    }
}

/// Lays groups out one after the other. `heights[side][k]` is the number of rows paragraph `k`
/// of that side takes; a paragraph index without a height (a stale alignment after a reload)
/// counts as 0 rows rather than panicking.
pub fn group_rows(groups: &[Group], heights: Pair<&[usize]>) -> Vec<GroupSpan> {
    let mut start_row = 0;
    groups
        .iter()
        .map(|g| {
            let rows = Pair::from_fn(|side| {
                g.side(side)
                    .iter()
                    .map(|&k| heights[side].get(k).copied().unwrap_or(0))
                    .sum::<usize>()
            });
            let height = rows.te.max(rows.en);
            let span = GroupSpan {
                start_row,
                height,
                rows,
            };
            start_row += height;
            span
        })
        .collect()
}

/// Which group each paragraph belongs to, for jumping and re-levelling the panes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupIndex {
    of: Pair<Vec<Option<usize>>>,
}

impl GroupIndex {
    /// Indexes `groups` for articles of `counts[side]` paragraphs. Indices out of range are
    /// ignored; paragraphs no group covers map to `None`.
    pub fn new(groups: &[Group], counts: Pair<usize>) -> GroupIndex {
        let mut of = Pair::from_fn(|side| vec![None; counts[side]]);
        for (g, group) in groups.iter().enumerate() {
            for side in Side::BOTH {
                for &k in group.side(side) {
                    if let Some(slot) = of[side].get_mut(k) {
                        *slot = Some(g);
                    }
                }
            }
        }
        GroupIndex { of }
    }

    /// The group holding paragraph `idx` of `side`.
    pub fn group_of_paragraph(&self, side: Side, idx: usize) -> Option<usize> {
        self.of[side].get(idx).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(te: &[usize], en: &[usize]) -> Group {
        Group {
            te: te.to_vec(),
            en: en.to_vec(),
            score: 1.0,
        }
    }

    #[test]
    fn groups_take_the_height_of_their_taller_side() {
        let groups = [g(&[], &[0]), g(&[0], &[1, 2]), g(&[1], &[3])];
        let spans = group_rows(&groups, Pair::new(&[5, 2][..], &[1, 2, 2, 4][..]));
        assert_eq!(
            spans,
            vec![
                GroupSpan {
                    start_row: 0,
                    height: 1,
                    rows: Pair::new(0, 1)
                },
                GroupSpan {
                    start_row: 1,
                    height: 5,
                    rows: Pair::new(5, 4)
                },
                GroupSpan {
                    start_row: 6,
                    height: 4,
                    rows: Pair::new(2, 4)
                },
            ]
        );
        assert_eq!(spans[1].filler(Side::En), 1);
        assert_eq!(spans[1].filler(Side::Te), 0);
        assert_eq!(spans[2].end_row(), 10);
    }

    #[test]
    fn missing_heights_count_as_zero() {
        let spans = group_rows(&[g(&[0, 7], &[0])], Pair::new(&[3][..], &[][..]));
        assert_eq!(spans[0].rows, Pair::new(3, 0));
        assert!(group_rows(&[], Pair::new(&[][..], &[][..])).is_empty());
    }

    #[test]
    fn paragraphs_find_their_group() {
        let groups = [g(&[], &[0]), g(&[0], &[1, 2]), g(&[1, 2], &[3])];
        let index = GroupIndex::new(&groups, Pair::new(3, 4));
        assert_eq!(index.group_of_paragraph(Side::En, 0), Some(0));
        assert_eq!(index.group_of_paragraph(Side::En, 2), Some(1));
        assert_eq!(index.group_of_paragraph(Side::Te, 2), Some(2));
        assert_eq!(index.group_of_paragraph(Side::Te, 3), None);
        assert_eq!(index.group_of_paragraph(Side::En, 99), None);
    }
}
