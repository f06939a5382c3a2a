//! Writing text into the buffer one *terminal* cell at a time (see `text::cells`), so Telugu in
//! any widget (panes, entity list) is stored the way the terminal stores it.

use crate::core::text::display::sanitize_inline;
use crate::core::text::{display_width, for_each_cell};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// Writes one terminal cell at column `col` of row `y` of `inner`. A cell that would cross the
/// right edge (only a cluster wider than the whole area can) is shown as "…" in the columns left.
pub fn put_cell(
    buf: &mut Buffer,
    inner: Rect,
    y: u16,
    col: usize,
    symbol: &str,
    width: usize,
    style: Style,
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

/// Writes `text` (sanitised: no controls) at column `col` of row `y` of `area`, in at most
/// `max` columns; text that does not fit ends in "…". Returns the columns written.
pub fn put_text(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    col: usize,
    max: usize,
    text: &str,
    style: Style,
) -> usize {
    if max == 0 {
        return 0;
    }
    let clean = sanitize_inline(text);
    let fits = display_width(&clean) <= max;
    let room = if fits { max } else { max - 1 };
    let mut used = 0;
    let mut stop = false;
    for_each_cell(&clean, 0..clean.len(), |cell| {
        if stop || cell.col + cell.width > room {
            stop = true;
            return;
        }
        put_cell(buf, area, y, col + cell.col, cell.symbol, cell.width, style);
        used = cell.col + cell.width;
    });
    if !fits {
        put_cell(buf, area, y, col + used, "…", 1, style);
        used += 1;
    }
    used
}

/// A `width` × `height` rectangle centred in `area` (clipped to it), for overlays.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let (width, height) = (width.min(area.width), height.min(area.height));
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// Where the entity list (`e`) is drawn over `area`: its frame, shared by the drawing and the
/// mouse as [`figure_list_popup`] is.
pub fn entity_list_popup(area: Rect) -> Rect {
    let width = area.width.min(84);
    let height = area.height.saturating_sub(2).max(area.height.min(3));
    centered(area, width, height)
}

/// Where the figures list (`F`) is drawn over `area`: its frame. Shared by the drawing and the
/// mouse, so a click lands on the row drawn there.
pub fn figure_list_popup(area: Rect) -> Rect {
    let width = area.width.min(96);
    let height = area.height.saturating_sub(2).max(area.height.min(3));
    centered(area, width, height)
}
