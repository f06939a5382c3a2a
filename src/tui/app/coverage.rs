//! The coverage map's cells for each pane as it is arranged now (aligned rows in aligned mode,
//! layout lines in independent mode) and as tall as it is, and the `]c` / `[c` jumps between
//! the places that need attention. Rebuilt when the analysis, the layout, the arrangement, the
//! size or the review changes, never per frame: a frame draws the finished cells, so it costs
//! the pane's height whatever the size of the article. The marks are folded into the cells as
//! they are found rather than listed: a big article has hundreds of thousands.

use super::App;
use crate::core::pair::{Pair, Side};
use crate::core::review::GroupStatus;
use crate::view::coverage::{next_row, prev_row, MarkKind, Strip};

/// The coverage map of one pane.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CoverageMarks {
    /// One cell per text row of the pane: the most urgent mark of the rows it stands for.
    pub cells: Vec<Option<MarkKind>>,
    /// The rows the cells were made for (the pane's rows when they were built).
    pub total: usize,
    /// Rows with a mark that needs attention (gaps, flagged figures and groups), sorted, for
    /// jumps.
    pub attention: Vec<usize>,
    /// Sentences of the pane with no counterpart in the other article: counted in the status
    /// bar, not marked on the strip (a comparable pair has hundreds).
    pub lone_sentences: usize,
}

impl App {
    /// Gathers the marks of both panes again.
    pub(super) fn rebuild_coverage(&mut self) {
        self.content.sentence_marks = self.locate_sentence_marks();
        self.content.coverage = Pair::from_fn(|side| self.coverage_marks(side));
    }

    fn coverage_marks(&self, side: Side) -> CoverageMarks {
        let (Some(analysed), true) = (
            self.content.analysed.as_ref(),
            self.content.layouts[side].complete,
        ) else {
            // Until the analysis is in and the whole article laid out there is nothing to map.
            return CoverageMarks::default();
        };
        let doc = &self.content.docs[side];
        let layout = &self.content.layouts[side];
        let aligned = self.active_aligned();
        let row_of_line = |line: usize| aligned.map_or(line, |a| a.row_of_line(side, line));
        let row_of_offset = |offset: usize| row_of_line(layout.line_at_offset(doc, offset));
        let total = self.rows_len(side);
        let height = self.viewport_height(side);
        let mut strip = Strip::new(total, height);
        let mut attention = Vec::new();
        // Only what needs a look is marked: names both articles share and groups a reviewer
        // checked leave the strip quiet.
        let mut mark = |row: usize, kind: MarkKind| {
            strip.add(row, kind);
            attention.push(row);
        };
        for e in analysed.analysis.entities.iter().filter(|e| e.is_gap()) {
            for m in e.mentions(side) {
                mark(row_of_offset(m.start), MarkKind::Gap);
            }
        }
        for (g, group) in analysed.analysis.alignment.iter().enumerate() {
            let decision = self.review.group_decision(group).map(|d| d.status);
            let kind = match decision {
                Some(GroupStatus::Checked) => continue,
                Some(_) => MarkKind::Flagged,
                // A weak group on the side it has paragraphs on (a one-sided group's empty
                // side has nothing to mark).
                None if analysed.is_weak(g) && !group.side(side).is_empty() => MarkKind::Weak,
                None => continue,
            };
            let row = match aligned {
                Some(a) => a.groups.get(g).map(|r| r.start),
                None => group
                    .side(side)
                    .first()
                    .and_then(|&p| layout.para_first_line.get(p).copied()),
            };
            if let Some(r) = row {
                mark(r, kind);
            }
        }
        // The flagged figures and one-sided quotes, as the panes mark them.
        let flagged = &analysed.figure_marks;
        for span in flagged.figures[side].iter().chain(&flagged.quotes[side]) {
            mark(row_of_offset(span.start), MarkKind::Figure);
        }
        // Sentences a reviewer marked as missing in the other article.
        for &k in &self.content.sentence_marks[side] {
            if let Some(span) = analysed.sentences.span(side, k) {
                mark(row_of_offset(span.start), MarkKind::Flagged);
            }
        }
        attention.sort_unstable();
        attention.dedup();
        CoverageMarks {
            cells: strip.cells,
            total,
            attention,
            lone_sentences: analysed.sentences.lone(side),
        }
    }

    /// `]c` / `[c`: the focused pane goes to the next or previous place that needs attention.
    pub(super) fn jump_attention(&mut self, forward: bool) {
        let side = self.view.focus;
        let rows = &self.content.coverage[side].attention;
        let top = self.view.top[side];
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
