//! The mouse, as the app sees it: [`Action::ScrollAt`] and [`Action::ClickAt`] name a screen
//! cell, and the same geometry, rows and terminal cells the panes are drawn from turn that cell
//! into a pane, a row and a place in the text.
//!
//! - The wheel scrolls the pane under the pointer (both, in aligned mode); focus stays put, so
//!   the keys keep acting where the reader left them.
//! - A click in a pane focuses it. On a highlighted name it selects that entity with that
//!   mention as the current one, as `]e` would; on plain text the selection stays (Esc drops it).
//!   On the coverage map in the right border it goes to the stretch that cell stands for (its
//!   first gap or flag, else its first row).
//! - While the help or a list is open, the wheel scrolls it; a click on a row of the entity or
//!   the figures list moves that list's cursor there, other clicks do nothing;
//!   while a line is typed (search, note) the mouse does nothing.

use super::App;
use crate::core::pair::Side;
use crate::core::text::cells::cluster_at_column;
use crate::tui::action::Action;
use crate::view::aligned::RowContent;
use crate::view::layout::LineKind;
use ratatui::layout::{Position, Rect};
use std::ops::Range;

impl App {
    /// [`Action::ScrollAt`].
    pub(super) fn on_wheel(&mut self, column: u16, row: u16, lines: i16) {
        if self.input.is_some() {
            return;
        }
        if self.overlay.help_shown() || self.overlay.entities_open() {
            let step = if lines > 0 {
                Action::LineDown
            } else {
                Action::LineUp
            };
            for _ in 0..lines.unsigned_abs() {
                if self.overlay.help_shown() {
                    self.update_help(step);
                } else {
                    self.update_list(step);
                }
            }
            return;
        }
        let Some(side) = self.view.screen.pane_at(column, row) else {
            return;
        };
        self.view.bottom_pending = false;
        let focus = std::mem::replace(&mut self.view.focus, side);
        self.scroll_by(isize::from(lines));
        self.view.focus = focus;
    }

    /// [`Action::ClickAt`].
    pub(super) fn on_click(&mut self, column: u16, row: u16) {
        if self.input.is_none() && !self.overlay.help_shown() && self.overlay.figures_open() {
            self.click_figure_list(column, row);
            return;
        }
        if self.input.is_none() && !self.overlay.help_shown() && self.overlay.entities_open() {
            self.click_entity_list(column, row);
            return;
        }
        if self.input.is_some() || self.overlay.help_shown() {
            return;
        }
        let Some(side) = self.view.screen.pane_at(column, row) else {
            return;
        };
        self.view.focus = side;
        if let Some(cell) = self.map_cell_at(side, column, row) {
            self.go_to_map_cell(side, cell);
            return;
        }
        let Some(cluster) = self.text_at(side, column, row) else {
            return;
        };
        let Some(analysed) = &self.content.analysed else {
            return;
        };
        let Some(span) = analysed.spans[side].at(cluster.start).copied() else {
            return;
        };
        let at = analysed
            .analysis
            .entities
            .get(span.entity)
            .and_then(|e| e.mentions(side).iter().position(|m| m.start == span.start));
        self.view.bottom_pending = false;
        self.select(span.entity, at);
    }

    /// A click on a row of the figures list moves its cursor there (issue 21); Enter then
    /// goes to the figure. The rows are where `ui::figures` draws them: below the header, one
    /// page of rows holding the cursor.
    fn click_figure_list(&mut self, column: u16, row: u16) {
        let popup = crate::tui::ui::figure_list_popup(self.view.screen.area);
        let Some(analysed) = &self.content.analysed else {
            return;
        };
        let len = super::flags(&analysed.analysis).len();
        if let Some(at) = list_row_at(popup, self.figure_list.cursor, len, column, row) {
            self.figure_list.cursor = at;
        }
    }

    /// A click on a row of the entity list moves its cursor there (issue 21), as in the
    /// figures list; Enter then selects the entity. The rows are where `ui::entities` draws
    /// them: below the header, one page of rows holding the cursor.
    fn click_entity_list(&mut self, column: u16, row: u16) {
        let popup = crate::tui::ui::entity_list_popup(self.view.screen.area);
        let Some(analysed) = &self.content.analysed else {
            return;
        };
        let len = self.entity_list.rows(analysed).len();
        if let Some(at) = list_row_at(popup, self.entity_list.cursor, len, column, row) {
            self.entity_list.cursor = at;
        }
    }

    /// The byte range (in the document of `side`) of the grapheme cluster drawn at screen cell
    /// (`column`, `row`), if that cell shows text of that pane: not a border, a rule, a filler
    /// row, or the empty end of a row.
    pub fn text_at(&self, side: Side, column: u16, row: u16) -> Option<Range<usize>> {
        let area = self.view.screen.text_area(self.view.screen.panes[side]);
        if !area.contains(Position::new(column, row)) {
            return None;
        }
        let pane_row = self.view.top[side] + usize::from(row - area.y);
        let Some(RowContent::Line(line)) = self.row(side, pane_row) else {
            return None;
        };
        let Some(LineKind::Text { row: text_row, .. }) =
            self.content.layouts[side].lines.get(line as usize)
        else {
            return None;
        };
        let column = usize::from(column - area.x);
        match self.roman(side) {
            Some(r) => cluster_at_column(&r.doc.text, r.map.roman_range(text_row.range()), column)
                .map(|cluster| r.map.te_range(cluster)),
            None => cluster_at_column(&self.content.docs[side].text, text_row.range(), column),
        }
    }

    /// The cell of the coverage map at screen cell (`column`, `row`), when it is one (the right
    /// border of the pane of `side`, beside the text rows, as `ui::pane` draws it).
    fn map_cell_at(&self, side: Side, column: u16, row: u16) -> Option<usize> {
        let pane = self.view.screen.panes[side];
        let area = self.view.screen.text_area(pane);
        let on_border = pane.width >= 3 && column == pane.x + pane.width - 1;
        (on_border && row >= area.y && row < area.y + area.height)
            .then(|| usize::from(row - area.y))
    }

    /// Scrolls the pane of `side` (focused) to the stretch map cell `cell` stands for: its first
    /// place that needs attention (a gap, a flagged figure or group), or its first row.
    fn go_to_map_cell(&mut self, side: Side, cell: usize) {
        let total = self.rows_len(side);
        let rows = crate::view::coverage::rows_of_cell(cell, total, self.viewport_height(side));
        if rows.is_empty() {
            return;
        }
        // The first place in that stretch that needs attention, else its first row.
        let attention = &self.content.coverage[side].attention;
        let target = attention
            .get(attention.partition_point(|&r| r < rows.start))
            .copied()
            .filter(|r| rows.contains(r))
            .unwrap_or(rows.start);
        self.view.bottom_pending = false;
        self.scroll_to(target);
    }
}

/// The row of a list overlay framed by `popup` at screen cell (`column`, `row`): the lists draw
/// a header row under the frame, then the page of `len` rows that holds `cursor`.
fn list_row_at(popup: Rect, cursor: usize, len: usize, column: u16, row: u16) -> Option<usize> {
    let inner = Rect::new(
        popup.x + 1,
        popup.y + 1,
        popup.width.saturating_sub(2),
        popup.height.saturating_sub(2),
    );
    if len == 0 || !inner.contains(Position::new(column, row)) || row == inner.y {
        return None;
    }
    let visible = usize::from(inner.height.saturating_sub(1)).max(1);
    let first = (cursor.min(len - 1) / visible) * visible;
    let at = first + usize::from(row - inner.y - 1);
    (at < len).then_some(at)
}
