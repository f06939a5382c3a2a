//! The coverage map's marks, in rows of each pane as it is arranged now (aligned rows in
//! aligned mode, layout lines in independent mode), and the `]c` / `[c` jumps between the
//! places that need attention. Rebuilt when the analysis, the layout, the arrangement or the
//! review changes, never per frame: drawing the strip then only buckets these rows.

use super::App;
use crate::coverage::{next_row, prev_row, MarkKind};
use crate::pair::{Pair, Side};
use crate::review::GroupStatus;

/// The marks of one pane, sorted by row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CoverageMarks {
    pub marks: Vec<(usize, MarkKind)>,
    /// Rows with a mark that needs attention (gaps, flagged figures and groups), for jumps.
    pub attention: Vec<usize>,
}

impl App {
    /// Gathers the marks of both panes again.
    pub(super) fn rebuild_coverage(&mut self) {
        self.coverage = Pair::from_fn(|side| self.coverage_marks(side));
    }

    fn coverage_marks(&self, side: Side) -> CoverageMarks {
        let (Some(analysed), true) = (self.analysed.as_ref(), self.layouts[side].complete) else {
            // Until the analysis is in and the whole article laid out there is nothing to map.
            return CoverageMarks::default();
        };
        let doc = &self.docs[side];
        let layout = &self.layouts[side];
        let aligned = self.active_aligned();
        let row_of_line = |line: usize| aligned.map_or(line, |a| a.row_of_line(side, line));
        let row_of_offset = |offset: usize| row_of_line(layout.line_at_offset(doc, offset));
        let mut marks = Vec::new();
        for e in &analysed.analysis.entities {
            let kind = if e.is_gap() {
                MarkKind::Gap
            } else {
                MarkKind::Linked
            };
            marks.extend(
                e.mentions(side)
                    .iter()
                    .map(|m| (row_of_offset(m.start), kind)),
            );
        }
        for (g, group) in analysed.analysis.alignment.iter().enumerate() {
            let Some(decision) = self.review.group_decision(group) else {
                continue;
            };
            let kind = match decision.status {
                GroupStatus::Checked => MarkKind::Checked,
                _ => MarkKind::Flagged,
            };
            let row = match aligned {
                Some(a) => a.groups.get(g).map(|r| r.start),
                None => group
                    .side(side)
                    .first()
                    .and_then(|&p| layout.para_first_line.get(p).copied()),
            };
            marks.extend(row.map(|r| (r, kind)));
        }
        marks.extend(
            self.figure_offsets(side)
                .into_iter()
                .map(|offset| (row_of_offset(offset), MarkKind::Figure)),
        );
        marks.sort_unstable();
        let mut attention: Vec<usize> = marks
            .iter()
            .filter(|(_, k)| k.needs_attention())
            .map(|&(r, _)| r)
            .collect();
        attention.dedup();
        CoverageMarks { marks, attention }
    }

    /// Byte offsets of the figures of `side` that differ from or are missing in the other
    /// article's group, and of its quotes the other side's group does not match.
    fn figure_offsets(&self, side: Side) -> Vec<usize> {
        let Some(analysed) = self.analysed.as_ref() else {
            return Vec::new();
        };
        let analysis = &analysed.analysis;
        let figures = analysis
            .flagged_figures()
            .filter_map(|f| f.side(side).map(|fig| fig.start));
        let quotes = analysis
            .quotes
            .iter()
            .filter(|q| q.status.is_flagged())
            .flat_map(|q| q.side(side).iter().map(|quote| quote.start));
        figures.chain(quotes).collect()
    }

    /// `]c` / `[c`: the focused pane goes to the next or previous place that needs attention.
    pub(super) fn jump_attention(&mut self, forward: bool) {
        let side = self.focus;
        let rows = &self.coverage[side].attention;
        let top = self.top[side];
        let max = self.max_top(side);
        // A mark on the last page cannot come to the top: it is on screen already.
        let target = if forward {
            next_row(rows, top).filter(|&r| r.min(max) > top)
        } else {
            prev_row(rows, top)
        };
        match target {
            Some(row) => self.scroll_to(row),
            None if rows.is_empty() => {
                self.notice = Some("nothing flagged in this article".into());
            }
            None => {
                self.notice = Some(
                    if forward {
                        "no flagged place below (the rest is on screen)"
                    } else {
                        "no flagged place above"
                    }
                    .into(),
                );
            }
        }
    }
}
