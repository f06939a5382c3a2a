//! The coverage map: the whole article squeezed into a one-column strip beside its pane, each
//! cell saying what the stretch of rows it stands for holds when it needs a look (a weak
//! group, a one-sided name, a flagged figure or quote, a group a reviewer flagged), with the
//! stretch on screen marked. Where all is well the strip stays a plain border (issue 21:
//! marking every linked name made every row of a short article carry a mark). A translator sees at a
//! glance where the two versions part ways, and jumps there (`]c` / `[c`).
//!
//! Pure: rows in, cells out. The viewer gathers the marks (`tui::app::coverage`) and draws the
//! cells in the pane's right border.

use std::ops::Range;

/// What a stretch of rows holds, least to most urgent: a cell shows the most urgent kind of
/// its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MarkKind {
    /// A group the aligner was unsure of (a weak score).
    Weak,
    /// A mention of an entity the other article lacks.
    Gap,
    /// A figure or quote that differs from, or is missing in, the other article.
    Figure,
    /// A group a reviewer flagged (needs work, content missing).
    Flagged,
}

/// Every kind is worth jumping to with `]c` / `[c`: the strip marks only what may need a
/// translator's attention.
impl MarkKind {
    /// The one glyph the strip draws for this kind, and what it means (the `?` legend).
    pub fn glyph(self) -> (&'static str, &'static str) {
        match self {
            MarkKind::Weak => ("~", "map: aligner unsure of the group"),
            MarkKind::Gap => ("◐", "map: a name only this side has"),
            MarkKind::Figure => ("#", "map: figure or quote differs"),
            MarkKind::Flagged => ("!", "map: reviewer flagged the group"),
        }
    }

    pub const ALL: [MarkKind; 4] = [
        MarkKind::Weak,
        MarkKind::Gap,
        MarkKind::Figure,
        MarkKind::Flagged,
    ];
}

/// The map's summary of the sentences of one article with no counterpart in the other
/// (`other`: its language), for the status bar: "3 not in English"; `None` when
/// every sentence has one, so a faithful translation leaves the bar quiet.
pub fn lone_summary(count: usize, other: &str) -> Option<String> {
    match count {
        0 => None,
        n => Some(format!("{n} not in {other}")),
    }
}

/// The cell of a `height`-cell strip that row `row` of `total` falls in.
pub fn cell_of(row: usize, total: usize, height: usize) -> usize {
    if total == 0 || height == 0 {
        return 0;
    }
    // An article that fits in the pane is on screen whole: each mark sits beside its row.
    if total <= height {
        return row.min(total - 1);
    }
    // u128: rows times height may exceed usize on a 32-bit target with a huge document.
    ((row.min(total - 1) as u128 * height as u128) / total as u128) as usize
}

/// The rows that cell `cell` of a `height`-cell strip stands for (the inverse of [`cell_of`]):
/// empty for the cells below an article shorter than the pane. A click on the strip
/// goes to a place with this.
pub fn rows_of_cell(cell: usize, total: usize, height: usize) -> Range<usize> {
    if total == 0 || height == 0 || cell >= height {
        return 0..0;
    }
    if total <= height {
        return if cell < total { cell..cell + 1 } else { 0..0 };
    }
    // Row r is in cell c when c <= r * height / total < c + 1, i.e. from ceil(c * total / height).
    let first = |c: usize| ((c as u128 * total as u128).div_ceil(height as u128)) as usize;
    first(cell).min(total)..first(cell + 1).min(total)
}

/// The strip being built: for each of `height` cells the most urgent mark among its rows.
/// Marks are folded in as they are found, so a map of a big article never lists them all.
///
/// ```
/// use tandem::view::coverage::{MarkKind, Strip};
/// let mut strip = Strip::new(100, 4);
/// for (row, kind) in [(10, MarkKind::Weak), (12, MarkKind::Gap), (99, MarkKind::Weak)] {
///     strip.add(row, kind);
/// }
/// assert_eq!(strip.cells, vec![Some(MarkKind::Gap), None, None, Some(MarkKind::Weak)]);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Strip {
    pub cells: Vec<Option<MarkKind>>,
    /// The rows the strip stands for.
    pub total: usize,
}

impl Strip {
    pub fn new(total: usize, height: usize) -> Strip {
        Strip {
            cells: vec![None; height],
            total,
        }
    }

    /// Marks row `row`; the cell keeps the most urgent of its marks.
    pub fn add(&mut self, row: usize, kind: MarkKind) {
        let at = cell_of(row, self.total, self.cells.len());
        if let Some(cell) = self.cells.get_mut(at) {
            *cell = (*cell).max(Some(kind));
        }
    }
}

/// The cells that stand for the rows on screen, `top..top + visible`: at least one cell, so
/// a short view of a long article still shows where it is.
pub fn visible_cells(top: usize, visible: usize, total: usize, height: usize) -> Range<usize> {
    if total == 0 || height == 0 {
        return 0..height;
    }
    let first = cell_of(top, total, height);
    let last = cell_of((top + visible.max(1)).saturating_sub(1), total, height);
    first..(last + 1).max(first + 1).min(height)
}

/// The first row in `rows` (sorted) after `row`.
pub fn next_row(rows: &[usize], row: usize) -> Option<usize> {
    rows.get(rows.partition_point(|&r| r <= row)).copied()
}

/// The last row in `rows` (sorted) before `row`.
pub fn prev_row(rows: &[usize], row: usize) -> Option<usize> {
    rows[..rows.partition_point(|&r| r < row)].last().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lone_sentences_are_counted_quietly() {
        assert_eq!(lone_summary(0, "English"), None);
        assert_eq!(
            lone_summary(1, "Telugu").as_deref(),
            Some("1 not in Telugu")
        );
        assert_eq!(
            lone_summary(7, "English").as_deref(),
            Some("7 not in English")
        );
    }

    fn strip(total: usize, height: usize, marks: &[(usize, MarkKind)]) -> Vec<Option<MarkKind>> {
        let mut strip = Strip::new(total, height);
        for &(row, kind) in marks {
            strip.add(row, kind);
        }
        strip.cells
    }

    #[test]
    fn the_most_urgent_mark_wins_a_cell() {
        let cells = strip(
            10,
            5,
            &[
                (0, MarkKind::Flagged),
                (1, MarkKind::Weak),
                (4, MarkKind::Figure),
                (5, MarkKind::Gap),
            ],
        );
        // Rows 0-1 are cell 0, rows 4-5 cell 2: a figure outranks a gap, a flag a link.
        assert_eq!(
            cells,
            [
                Some(MarkKind::Flagged),
                None,
                Some(MarkKind::Figure),
                None,
                None
            ]
        );
    }

    #[test]
    fn a_short_article_keeps_its_marks_beside_their_rows() {
        // Three rows on a ten-cell strip: the article is on screen whole, so the cells are the
        // rows themselves.
        let cells = strip(3, 10, &[(0, MarkKind::Gap), (2, MarkKind::Weak)]);
        assert_eq!(cells[0], Some(MarkKind::Gap));
        assert_eq!(cells[2], Some(MarkKind::Weak));
        assert_eq!(cells.iter().flatten().count(), 2);
        assert_eq!(visible_cells(0, 3, 3, 10), 0..3);
        assert_eq!(rows_of_cell(2, 3, 10), 2..3);
        assert!(rows_of_cell(5, 3, 10).is_empty());
    }

    #[test]
    fn the_view_is_at_least_one_cell() {
        assert_eq!(visible_cells(500, 20, 1000, 10), 5..6);
        assert_eq!(visible_cells(990, 20, 1000, 10), 9..10);
        assert_eq!(visible_cells(0, 0, 0, 4), 0..4);
    }

    #[test]
    fn jumps_find_the_neighbouring_marks() {
        let rows = [3, 8, 8, 20];
        assert_eq!(next_row(&rows, 0), Some(3));
        assert_eq!(next_row(&rows, 3), Some(8));
        assert_eq!(next_row(&rows, 20), None);
        assert_eq!(prev_row(&rows, 8), Some(3));
        assert_eq!(prev_row(&rows, 3), None);
        assert_eq!(prev_row(&rows, 100), Some(20));
    }

    #[test]
    fn a_cell_knows_its_rows() {
        assert_eq!(rows_of_cell(0, 10, 5), 0..2);
        assert_eq!(rows_of_cell(4, 10, 5), 8..10);
        assert_eq!(rows_of_cell(5, 10, 5), 0..0);
        // Three rows on ten cells: the first three cells are the rows, the rest stand for none.
        assert_eq!(rows_of_cell(0, 3, 10), 0..1);
        assert_eq!(rows_of_cell(1, 3, 10), 1..2);
        assert_eq!(rows_of_cell(3, 3, 10), 0..0);
        assert_eq!(rows_of_cell(0, 0, 4), 0..0);
    }

    proptest! {
        #[test]
        fn every_row_has_a_cell_in_order(total in 1usize..5000, height in 1usize..200, row in 0usize..6000) {
            let c = cell_of(row, total, height);
            prop_assert!(c < height);
            prop_assert!(cell_of(row.saturating_sub(1), total, height) <= c);
            let v = visible_cells(row.min(total - 1), 30, total, height);
            prop_assert!(!v.is_empty() && v.end <= height);
        }

        #[test]
        fn rows_of_cell_inverts_cell_of(total in 1usize..5000, height in 1usize..200, row in 0usize..5000) {
            let row = row % total;
            let c = cell_of(row, total, height);
            prop_assert!(rows_of_cell(c, total, height).contains(&row));
            for other in [c.wrapping_sub(1), c + 1] {
                prop_assert!(!rows_of_cell(other, total, height).contains(&row));
            }
        }
    }
}
