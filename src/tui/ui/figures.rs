//! The figures list overlay (`F`): each figure that differs between the two sides of its
//! aligned group or that one side lacks, and each quote only one side carries, with the group,
//! the status and the text on each side. Enter jumps to it.

use super::cells::{figure_list_popup, put_text};
use super::theme::Theme;
use crate::tui::app::{flag_row, flags, App};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Clear, Widget};

const GROUP_W: usize = 5;
const STATUS_W: usize = 13;

/// Draws the list centred over `area`.
pub fn render_figures(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let popup = figure_list_popup(area);
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(" figures and quotes that differ · Enter go · Esc close ");
    let inner = block.inner(popup);
    block.render(popup, buf);
    if inner.height == 0 {
        return;
    }
    let w = inner.width as usize;
    let Some(analysed) = &app.content.analysed else {
        put_text(buf, inner, inner.y, 1, w, "checking figures…", theme.status);
        return;
    };
    let a = &analysed.analysis;
    let rows = flags(a);
    let cols = Columns::new(w);
    let head = theme.status_key;
    put_text(buf, inner, inner.y, 0, GROUP_W, "group", head);
    put_text(buf, inner, inner.y, cols.status, STATUS_W, "status", head);
    put_text(buf, inner, inner.y, cols.te.0, cols.te.1, "Telugu", head);
    put_text(buf, inner, inner.y, cols.en.0, cols.en.1, "English", head);
    if rows.is_empty() {
        let none = "none: every figure and quote has its counterpart";
        put_text(buf, inner, inner.y + 1, 1, w, none, theme.status);
        return;
    }
    let visible = inner.height.saturating_sub(1) as usize;
    let cursor = app.figure_list.cursor.min(rows.len() - 1);
    let first = (cursor / visible.max(1)) * visible.max(1);
    for (i, &flag) in rows.iter().enumerate().skip(first).take(visible) {
        let Some(row) = flag_row(a, flag) else {
            continue;
        };
        let y = inner.y + 1 + (i - first) as u16;
        let on_cursor = i == cursor;
        if on_cursor {
            for x in inner.x..inner.x + inner.width {
                if let Some(c) = buf.cell_mut((x, y)) {
                    c.set_style(theme.list_cursor);
                }
            }
        }
        let style = |s: ratatui::style::Style| {
            if on_cursor {
                s.patch(theme.list_cursor)
            } else {
                s
            }
        };
        let group = format!("{:>4}", row.group + 1);
        put_text(buf, inner, y, 0, GROUP_W, &group, style(theme.text));
        put_text(
            buf,
            inner,
            y,
            cols.status,
            STATUS_W,
            row.status,
            style(theme.figure_flag),
        );
        put_text(
            buf,
            inner,
            y,
            cols.te.0,
            cols.te.1,
            &row.text.te,
            style(theme.text),
        );
        put_text(
            buf,
            inner,
            y,
            cols.en.0,
            cols.en.1,
            &row.text.en,
            style(theme.text),
        );
    }
}

/// Column positions for one list width: group, status, then the two texts sharing the rest.
struct Columns {
    status: usize,
    te: (usize, usize),
    en: (usize, usize),
}

impl Columns {
    fn new(width: usize) -> Columns {
        let status = GROUP_W + 1;
        let texts = width.saturating_sub(status + STATUS_W + 2);
        let te_w = texts / 2;
        let te = (status + STATUS_W + 1, te_w);
        let en = (te.0 + te_w + 1, texts - te_w);
        Columns { status, te, en }
    }
}
