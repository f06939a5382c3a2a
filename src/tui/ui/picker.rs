//! The pair picker overlay: the filter line, then one row per matching pair with its title,
//! size and review progress; the highlighted row reversed, the pair on screen marked `•`.
//! Titles come from file names and manifests, so they are drawn through `put_text`, which
//! sanitises and cuts by terminal cells.

use super::cells::{centered, put_text};
use super::theme::Theme;
use crate::tui::picker::Picker;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Clear, Widget};

/// "812 B", "12.3 kB", "4.1 MB".
pub fn build_size(bytes: u64) -> String {
    match bytes {
        b if b < 1_000 => format!("{b} B"),
        b if b < 1_000_000 => format!("{:.1} kB", b as f64 / 1e3),
        b => format!("{:.1} MB", b as f64 / 1e6),
    }
}

/// Draws the picker centred over `area`.
pub fn render_picker(picker: &Picker, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let width = area.width.saturating_sub(4).clamp(20, 90);
    let rows = picker.matches.len().max(1) as u16;
    let height = (rows + 3).min(area.height.saturating_sub(2)).max(4);
    let popup = centered(area, width, height);
    Clear.render(popup, buf);
    let title = format!(
        " pairs {}/{} · type to filter · Enter open · Esc close ",
        picker.matches.len(),
        picker.entries.len()
    );
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(title);
    let inner = block.inner(popup);
    block.render(popup, buf);
    if inner.height == 0 || inner.width < 4 {
        return;
    }
    let w = inner.width as usize;
    let filter = match &picker.message {
        Some(message) => format!(" {message}"),
        None => format!(" > {}", picker.query),
    };
    let style = if picker.message.is_some() {
        theme.notice
    } else {
        theme.status_key
    };
    put_text(buf, inner, inner.y, 0, w, &filter, style);
    let list = Rect::new(inner.x, inner.y + 1, inner.width, inner.height - 1);
    let visible = list.height as usize;
    // Keep the highlighted row in view.
    let first = picker.selected.saturating_sub(visible.saturating_sub(1));
    for (row, &k) in picker.matches.iter().skip(first).take(visible).enumerate() {
        let Some(entry) = picker.entries.get(k) else {
            continue;
        };
        let y = list.y + row as u16;
        let highlighted = first + row == picker.selected;
        let style = if highlighted {
            theme.list_cursor
        } else {
            theme.text
        };
        let right = format!(
            "  {:>9}  {:<14}",
            build_size(entry.bytes),
            entry.progress.label()
        );
        let right_w = right.chars().count().min(w.saturating_sub(4));
        let mark = if k == picker.current { " • " } else { "   " };
        let title_w = w.saturating_sub(right_w + 3);
        if highlighted {
            for x in list.x..list.right() {
                if let Some(cell) = buf.cell_mut((x, y)) {
                    cell.set_style(style);
                }
            }
        }
        put_text(buf, list, y, 0, 3, mark, style);
        put_text(buf, list, y, 3, title_w, &entry.title, style);
        put_text(buf, list, y, w - right_w, right_w, &right, style);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_well() {
        assert_eq!(build_size(812), "812 B");
        assert_eq!(build_size(12_345), "12.3 kB");
        assert_eq!(build_size(4_100_000), "4.1 MB");
    }
}
