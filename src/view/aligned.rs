//! The aligned layout: both panes as one list of screen rows, so a single scroll position drives
//! both and every alignment group starts on the same row on both sides, the way a side-by-side
//! diff keeps hunks level.
//!
//! Each group opens with a rule row (drawn as "── 3 ──", with a mark when the group is weak),
//! then each side's paragraphs of the group as laid out by [`Layout`] (with the blank rows between
//! them), then filler rows under the shorter side. It is built from the two layouts in one pass
//! over their lines, so it costs what wrapping costs, once per width.

use crate::core::align::Group;
use crate::core::pair::{Pair, Side};
use crate::view::layout::Layout;

/// What one row of one side shows in the aligned layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowContent {
    /// A line of the side's [`Layout`] (text or a blank row between paragraphs of one group).
    Line(u32),
    /// Padding below the shorter side of a group.
    Filler,
    /// The first row of group `group`.
    Rule { group: u32 },
}

/// Where a group sits: rows `start..start + height` on both sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupRows {
    pub start: usize,
    pub height: usize,
}

impl GroupRows {
    pub fn end(&self) -> usize {
        self.start + self.height
    }
}

/// Both sides' rows, of equal length.
#[derive(Debug, Clone, Default)]
pub struct AlignedLayout {
    pub rows: Pair<Vec<RowContent>>,
    pub groups: Vec<GroupRows>,
    /// For each layout line of each side, the aligned row that shows it.
    pub line_row: Pair<Vec<u32>>,
}

impl AlignedLayout {
    /// Builds the rows of `groups` over the two layouts. Paragraph indices out of range (an
    /// alignment of other text) are skipped; lines no group covers are appended at the end as a
    /// last group, so no text is ever hidden.
    pub fn build(layouts: Pair<&Layout>, groups: &[Group]) -> AlignedLayout {
        let total = layouts.te.len().max(layouts.en.len()) + 2 * groups.len() + 2;
        let mut out = AlignedLayout {
            rows: Pair::from_fn(|_| Vec::with_capacity(total)),
            groups: Vec::with_capacity(groups.len() + 1),
            line_row: Pair::from_fn(|side| vec![u32::MAX; layouts[side].len()]),
        };
        let mut covered = Pair::new(0usize, 0usize);
        for group in groups {
            let lines = Pair::from_fn(|side| {
                let paras = group.side(side);
                match (paras.first(), paras.last()) {
                    (Some(&a), Some(&b)) => para_lines(layouts[side], a, b),
                    _ => 0..0,
                }
            });
            for side in Side::BOTH {
                covered[side] = covered[side].max(lines[side].end);
            }
            out.push_group(lines);
        }
        // Whatever the groups left out (normally nothing) still shows, as one more group.
        let rest = Pair::from_fn(|side| {
            let start = covered[side].min(layouts[side].len());
            let start = skip_blank(layouts[side], start);
            start..layouts[side].len()
        });
        if !rest.te.is_empty() || !rest.en.is_empty() {
            out.push_group(rest);
        }
        out
    }

    fn push_group(&mut self, lines: Pair<std::ops::Range<usize>>) {
        let start = self.rows.te.len();
        let height = 1 + lines.te.len().max(lines.en.len());
        let group = self.groups.len() as u32;
        for side in Side::BOTH {
            let rows = &mut self.rows[side];
            rows.push(RowContent::Rule { group });
            for line in lines[side].clone() {
                if let Some(slot) = self.line_row[side].get_mut(line) {
                    *slot = rows.len() as u32;
                }
                rows.push(RowContent::Line(line as u32));
            }
            rows.resize(start + height, RowContent::Filler);
        }
        self.groups.push(GroupRows { start, height });
    }

    /// Rows on each side (the same for both).
    pub fn len(&self) -> usize {
        self.rows.te.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The group that row `row` belongs to (the last group for rows past the end).
    pub fn group_at(&self, row: usize) -> usize {
        self.groups
            .partition_point(|g| g.start <= row)
            .saturating_sub(1)
    }

    /// The aligned row showing layout line `line` of `side`; lines past the end map to the last
    /// row. A line no group shows (the blank row before a group's first paragraph) maps to the
    /// row of the next line that is shown.
    pub fn row_of_line(&self, side: Side, line: usize) -> usize {
        let rows = &self.line_row[side];
        rows.get(line..)
            .and_then(|rest| rest.iter().find(|&&r| r != u32::MAX))
            .map_or(self.len().saturating_sub(1), |&r| r as usize)
    }

    /// The layout line of `side` nearest to aligned row `row`: the line on that row, or for a
    /// rule or filler row the next line of the side at or after it, else the last line before.
    pub fn line_of_row(&self, side: Side, row: usize) -> usize {
        let rows = &self.rows[side];
        let row = row.min(rows.len());
        let after = rows[row..].iter().find_map(|s| match s {
            RowContent::Line(l) => Some(*l as usize),
            _ => None,
        });
        after
            .or_else(|| {
                rows[..row].iter().rev().find_map(|s| match s {
                    RowContent::Line(l) => Some(*l as usize),
                    _ => None,
                })
            })
            .unwrap_or(0)
    }
}

/// The layout lines of paragraphs `first..=last`: from the first's first row to the last's last
/// row, the blank rows between them included, the blank before the next paragraph not.
fn para_lines(layout: &Layout, first: usize, last: usize) -> std::ops::Range<usize> {
    let Some(&start) = layout.para_first_line.get(first) else {
        return 0..0;
    };
    let end = match layout.para_first_line.get(last + 1) {
        Some(&next) => next.saturating_sub(1),
        None if last < layout.para_first_line.len() => layout.len(),
        None => return 0..0,
    };
    start..end.max(start)
}

/// Skips one blank separator row at `line`, so a trailing group does not start with a blank.
fn skip_blank(layout: &Layout, line: usize) -> usize {
    match layout.lines.get(line) {
        Some(crate::view::layout::LineKind::Blank { .. }) => line + 1,
        _ => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;

    fn layout(text: &str, width: usize) -> (Document, Layout) {
        let d = Document::from_text("t.txt", text.to_string());
        let l = Layout::build(&d, width);
        (d, l)
    }

    fn group(te: &[usize], en: &[usize]) -> Group {
        Group::new(te, en, 1.0)
    }

    #[test]
    fn groups_start_level_and_the_short_side_is_padded() {
        // te: 2 paragraphs of 1 row; en: 3 paragraphs, the first of 2 rows at width 10.
        let (_, te) = layout("alpha\nbeta", 10);
        let (_, en) = layout("one two three\nfour\nfive", 10);
        let groups = [group(&[0], &[0, 1]), group(&[1], &[2])];
        let a = AlignedLayout::build(Pair::new(&te, &en), &groups);
        // Group 0: rule + en "one two"/"three"/blank/"four" = 5 rows; te has 1 line + 3 filler.
        assert_eq!(
            a.groups[0],
            GroupRows {
                start: 0,
                height: 5
            }
        );
        assert_eq!(
            a.groups[1],
            GroupRows {
                start: 5,
                height: 2
            }
        );
        assert_eq!(a.rows.te.len(), a.rows.en.len());
        assert_eq!(a.rows.te[0], RowContent::Rule { group: 0 });
        assert_eq!(a.rows.te[1], RowContent::Line(0));
        assert_eq!(a.rows.te[2], RowContent::Filler);
        assert_eq!(a.rows.te[6], RowContent::Line(2)); // "beta" after the te blank line 1
        assert_eq!(a.rows.en[6], RowContent::Line(5)); // "five"
        assert_eq!(a.group_at(4), 0);
        assert_eq!(a.group_at(5), 1);
        assert_eq!(a.row_of_line(Side::Te, 1), 6); // the skipped blank maps forward
        assert_eq!(a.line_of_row(Side::Te, 3), 2); // filler: the next te line
        assert_eq!(a.line_of_row(Side::En, 0), 0); // rule: the group's first line
    }

    #[test]
    fn every_line_is_shown_once_in_order_even_with_a_short_alignment() {
        let (_, te) = layout("a\nb\nc", 10);
        let (_, en) = layout("x\ny", 10);
        // The alignment forgot the last te paragraph: it still shows.
        let a = AlignedLayout::build(Pair::new(&te, &en), &[group(&[0, 1], &[0, 1])]);
        for (side, l) in [(Side::Te, &te), (Side::En, &en)] {
            let shown: Vec<usize> = a.rows[side]
                .iter()
                .filter_map(|s| match s {
                    RowContent::Line(l) => Some(*l as usize),
                    _ => None,
                })
                .collect();
            let texts: Vec<usize> = (0..l.len())
                .filter(|&i| matches!(l.lines[i], crate::view::layout::LineKind::Text { .. }))
                .collect();
            assert!(texts.iter().all(|t| shown.contains(t)), "{side:?}");
            assert!(shown.windows(2).all(|w| w[0] < w[1]));
        }
        assert_eq!(a.groups.len(), 2);
    }

    #[test]
    fn one_sided_groups_and_empty_documents() {
        let (_, te) = layout("a\nb", 10);
        let (_, en) = layout("", 10);
        let a = AlignedLayout::build(Pair::new(&te, &en), &[group(&[0], &[]), group(&[1], &[])]);
        assert_eq!(a.len(), 4);
        assert!(a.rows.en.iter().all(|s| !matches!(s, RowContent::Line(_))));
        assert_eq!(a.line_of_row(Side::En, 2), 0);
        let empty = AlignedLayout::build(Pair::new(&en, &en), &[]);
        assert!(empty.is_empty());
        assert_eq!(empty.group_at(0), 0);
    }
}
