//! Scrolling: where each pane's top row is, how the panes stay in step, and how the reader's
//! place survives a resize, a mode switch and the analysis arriving.

use super::App;
use crate::core::pair::{Pair, Side};
use crate::view::aligned::{AlignedLayout, RowContent};

/// How the panes scroll together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncMode {
    /// One position drives both panes through the aligned layout (the default). Before the
    /// alignment is known, the other pane follows by proportion.
    Aligned,
    /// Each pane scrolls alone.
    Independent,
}

/// The reader's place, kept in terms that survive re-wrapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anchor {
    /// Byte offset of the text at the top of each pane (independent or proportional scrolling).
    Offsets(Pair<usize>),
    /// Aligned mode: the group at the top and how far into it, out of its height then.
    Group {
        group: usize,
        row: usize,
        height: usize,
    },
}

impl App {
    pub(super) fn scroll_by(&mut self, delta: isize) {
        let top = self.view.top[self.view.focus].saturating_add_signed(delta);
        self.scroll_to(top);
    }

    /// Puts row `row` at the top of the focused pane and moves the other as the mode says.
    pub(super) fn scroll_to(&mut self, row: usize) {
        // Any move puts the review cursor back at the top of the pane (see `jump_group`).
        self.view.cursor_row = None;
        let side = self.view.focus;
        self.view.top[side] = row.min(self.max_top(side));
        if self.active_aligned().is_some() {
            self.view.top[side.other()] = self.view.top[side];
        } else if self.view.sync == SyncMode::Aligned {
            self.follow(side);
        }
        self.set_anchor();
    }

    /// Scrolls `side` so that its layout line `line` is in view, a third of the way down when it
    /// was not. In aligned mode that moves both panes.
    pub(super) fn reveal_line(&mut self, side: Side, line: usize) {
        let row = match self.active_aligned() {
            Some(a) => a.row_of_line(side, line),
            None => line,
        };
        let height = self.viewport_height(side);
        let top = self.view.top[side];
        if row >= top && row < top + height {
            return;
        }
        let focus = std::mem::replace(&mut self.view.focus, side);
        self.scroll_to(row.saturating_sub(height / 3));
        self.view.focus = focus;
    }

    /// Moves the other pane to the same proportion of its text as `leader` (before the
    /// alignment is known).
    fn follow(&mut self, leader: Side) {
        let other = leader.other();
        let (lead_max, other_max) = (self.max_top(leader), self.max_top(other));
        // Rounded: the last page of one pane meets the last page of the other.
        self.view.top[other] = (self.view.top[leader] * other_max + lead_max / 2)
            .checked_div(lead_max)
            .unwrap_or(0);
    }

    /// Next or previous alignment group (by paragraph when there is no alignment yet).
    pub(super) fn jump_group(&mut self, forward: bool) {
        if let Some(a) = self.active_aligned() {
            let top = self.cursor();
            let g = a.group_at(top);
            let target = if forward {
                g + 1
            } else if top > a.groups.get(g).map_or(0, |gr| gr.start) {
                g
            } else {
                g.saturating_sub(1)
            };
            if let Some(start) = a.groups.get(target).map(|gr| gr.start) {
                self.scroll_to(start);
                self.keep_cursor_at(start);
            }
            return;
        }
        let side = self.view.focus;
        let at = self.cursor();
        let layout = &self.content.layouts[side];
        let Some(para) = layout.para_of_line(at) else {
            return;
        };
        let first_line = |p: usize| layout.para_first_line.get(p).copied();
        let at_start = first_line(para) == Some(at);
        // The paragraphs that start a group on this side, or every paragraph without analysis.
        let starts: Vec<usize> = match &self.content.analysed {
            Some(an) => an
                .analysis
                .alignment
                .iter()
                .filter_map(|g| g.side(side).first().copied())
                .collect(),
            None => (0..layout.para_first_line.len()).collect(),
        };
        let target = if forward {
            starts.iter().copied().find(|&p| p > para)
        } else {
            starts
                .iter()
                .copied()
                .rev()
                .find(|&p| p < para || (p == para && !at_start))
        };
        if let Some(line) = target.and_then(first_line) {
            self.scroll_to(line);
            self.keep_cursor_at(line);
        }
    }

    /// After a jump to `row`: when the pane could not scroll that far (the group or paragraph
    /// starts on the last page), the review cursor stays on it, so the review and alignment
    /// keys act on what the reader jumped to and not on what happens to be at the top.
    fn keep_cursor_at(&mut self, row: usize) {
        if row > self.view.top[self.view.focus] {
            self.view.cursor_row = Some(row);
        }
    }

    /// The row the review and alignment keys act on in the focused pane's rows: the top of
    /// the pane, or the group or paragraph a jump went to on the last page.
    pub fn cursor(&self) -> usize {
        self.view
            .cursor_row
            .unwrap_or(self.view.top[self.view.focus])
    }

    /// `s`: aligned ⇄ independent. Going back to aligned levels both panes on the group at the
    /// top of the focused pane.
    pub(super) fn toggle_sync(&mut self) {
        self.view.cursor_row = None;
        let keep = self.current_offsets();
        self.view.sync = match self.view.sync {
            SyncMode::Aligned => SyncMode::Independent,
            SyncMode::Independent => SyncMode::Aligned,
        };
        self.restore_offsets(keep);
        self.notice = Some(
            match self.view.sync {
                SyncMode::Aligned if self.content.aligned.is_none() => {
                    "aligned scrolling (by proportion until the analysis is done)"
                }
                SyncMode::Aligned => "aligned scrolling: the panes move together",
                SyncMode::Independent => "independent scrolling: each pane moves alone",
            }
            .to_string(),
        );
        self.rebuild_coverage();
    }

    /// The byte offset of the text at the top of each pane.
    pub(super) fn current_offsets(&self) -> Pair<usize> {
        Pair::from_fn(|side| {
            let line = match self.active_aligned() {
                Some(a) => a.line_of_row(side, self.view.top[side]),
                None => self.view.top[side],
            };
            self.content.layouts[side].line_offset(&self.content.docs[side], line)
        })
    }

    /// Scrolls back to `offsets` in the current mode; aligned mode levels on the focused pane.
    pub(super) fn restore_offsets(&mut self, offsets: Pair<usize>) {
        let lines = Pair::from_fn(|side| {
            self.content.layouts[side].line_at_offset(&self.content.docs[side], offsets[side])
        });
        if let Some(a) = self.active_aligned() {
            // Both panes at the start of their articles stay at the first row: a one-sided
            // group before the focused side's first text (a headline only one article has)
            // would otherwise open out of view.
            let row = if offsets.te == 0 && offsets.en == 0 {
                0
            } else {
                group_row(a, self.view.focus, lines[self.view.focus])
            };
            let top = row.min(self.max_top(self.view.focus));
            self.view.top = Pair::new(top, top);
        } else {
            for side in Side::BOTH {
                self.view.top[side] = lines[side].min(self.max_top(side));
            }
        }
        self.set_anchor();
    }

    /// Records the place after a scroll.
    pub(super) fn set_anchor(&mut self) {
        self.view.anchor = match self.active_aligned() {
            Some(a) => {
                let top = self.view.top[self.view.focus];
                let group = a.group_at(top);
                let gr = a
                    .groups
                    .get(group)
                    .copied()
                    .unwrap_or(crate::view::aligned::GroupRows {
                        start: 0,
                        height: 0,
                    });
                Anchor::Group {
                    group,
                    row: top.saturating_sub(gr.start),
                    height: gr.height,
                }
            }
            None => Anchor::Offsets(self.current_offsets()),
        };
    }

    /// After a re-wrap: the same group, at the same fraction of its (new) height; or the same
    /// text at the top of each pane.
    pub(super) fn restore_anchor(&mut self) {
        match (self.view.anchor, self.active_aligned()) {
            (Anchor::Group { group, row, height }, Some(a)) => {
                let top = a.groups.get(group).map_or(0, |gr| {
                    let scaled = (row * gr.height).checked_div(height).unwrap_or(0);
                    gr.start + scaled.min(gr.height.saturating_sub(1))
                });
                let top = top.min(self.max_top(self.view.focus));
                self.view.top = Pair::new(top, top);
            }
            (Anchor::Offsets(offsets), None) => {
                for side in Side::BOTH {
                    let line = self.content.layouts[side]
                        .line_at_offset(&self.content.docs[side], offsets[side]);
                    self.view.top[side] = line.min(self.max_top(side));
                }
            }
            // The mode changed since the anchor was taken: keep whatever is at the top.
            _ => {
                let keep = self.current_offsets();
                self.restore_offsets(keep);
            }
        }
    }
}

/// The aligned row for layout line `line` of `side`; a group's first line maps to the group's
/// rule row, so levelling on it shows the group's heading.
fn group_row(a: &AlignedLayout, side: Side, line: usize) -> usize {
    let row = a.row_of_line(side, line);
    match row.checked_sub(1).and_then(|r| a.rows[side].get(r)) {
        Some(RowContent::Rule { .. }) => row - 1,
        _ => row,
    }
}
