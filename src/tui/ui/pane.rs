//! One article pane: a border with a title, and the visible rows written cell by cell.

use super::theme::Theme;
use crate::layout::LineKind;
use crate::pair::Side;
use crate::text::display::sanitize_inline;
use crate::text::{display_width, for_each_cell};
use crate::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};
use unicode_segmentation::UnicodeSegmentation;

/// Draws the pane of `side` into `area` (border included).
pub fn render_pane(app: &App, side: Side, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let focused = app.focus == side;
    let doc = &app.docs[side];
    let title_style = if focused {
        theme.title_focused
    } else {
        theme.title
    };
    let title = build_title(
        &sanitize_inline(&doc.name),
        doc.lang.label(),
        app.percent_seen(side),
        area.width.saturating_sub(2) as usize,
    );
    let title = Line::from(vec![
        Span::styled(title.0, title_style),
        Span::styled(title.1, theme.title),
    ]);
    let block = Block::bordered()
        .border_style(if focused {
            theme.border_focused
        } else {
            theme.border
        })
        .title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    render_rows(app, side, inner, theme, buf);
}

/// The pane title as (name part, details part), fitted to `max` columns: the language goes
/// first when room is short, then the name is shortened with "…"; the position stays.
pub fn build_title(name: &str, lang: &str, percent: usize, max: usize) -> (String, String) {
    let long = format!("· {lang} · {percent}% ");
    let short = format!("· {percent}% ");
    let name_part = format!(" {name} ");
    if display_width(&name_part) + display_width(&long) <= max {
        return (name_part, long);
    }
    let room = max.saturating_sub(display_width(&short) + 2);
    let mut cut = String::new();
    for g in name.graphemes(true) {
        if display_width(&cut) + display_width(g) + 1 > room {
            cut.push('…');
            break;
        }
        cut.push_str(g);
    }
    (format!(" {cut} "), short)
}

/// Writes the rows that fit in `inner`, starting at the pane's top line.
fn render_rows(app: &App, side: Side, inner: Rect, theme: &Theme, buf: &mut Buffer) {
    let layout = &app.layouts[side];
    let text = &app.docs[side].text;
    let top = app.top[side];
    let end = (top + inner.height as usize).min(layout.len());
    for (y, line) in (inner.y..).zip(&layout.lines[top.min(end)..end]) {
        let LineKind::Text { row, .. } = line else {
            continue;
        };
        for_each_cell(text, row.start..row.end, |cell| {
            let style = if cell.replaced {
                theme.symbol
            } else {
                theme.text
            };
            put_cell(buf, inner, y, cell.col, cell.symbol, cell.width, style);
        });
    }
}

/// Writes one terminal cell at column `col` of row `y`. A cell that would cross the right edge
/// (only a cluster wider than the whole pane can) is shown as "…" in the columns left.
fn put_cell(
    buf: &mut Buffer,
    inner: Rect,
    y: u16,
    col: usize,
    symbol: &str,
    width: usize,
    style: ratatui::style::Style,
) {
    let avail = inner.width as usize;
    if col >= avail {
        return;
    }
    let x = inner.x + col as u16;
    if col + width > avail {
        for i in 0..(avail - col) as u16 {
            if let Some(c) = buf.cell_mut((x + i, y)) {
                c.set_symbol("…").set_style(style);
            }
        }
        return;
    }
    if let Some(c) = buf.cell_mut((x, y)) {
        c.set_symbol(symbol).set_style(style);
    }
    // The columns a wide cell covers are blanked, as ratatui does, so its diff skips them.
    for i in 1..width as u16 {
        if let Some(c) = buf.cell_mut((x + i, y)) {
            c.reset();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::build_title;

    #[test]
    fn titles_keep_the_position_when_short_of_room() {
        assert_eq!(
            build_title("a.txt", "Telugu", 5, 40),
            (" a.txt ".to_string(), "· Telugu · 5% ".to_string())
        );
        let (name, rest) = build_title("sample.te.txt", "Telugu", 11, 18);
        assert_eq!(rest, "· 11% ");
        assert!(name.ends_with("… ") && name.chars().count() + rest.chars().count() <= 18);
    }
}
