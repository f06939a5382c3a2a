//! The help overlay: every binding of the keymap with what it does, so it cannot drift from
//! the keys that really work.

use super::theme::Theme;
use crate::tui::keymap::{key_label, DEFAULT_BINDINGS};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// One help row per binding: (keys, description).
pub fn build_help_rows() -> Vec<(String, &'static str)> {
    DEFAULT_BINDINGS
        .iter()
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| key_label(k)).collect();
            (keys.join(", "), b.action.help())
        })
        .collect()
}

/// Draws the help centred over `area`.
pub fn render_help(area: Rect, theme: &Theme, buf: &mut Buffer) {
    let rows = build_help_rows();
    let key_width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let lines: Vec<Line> = rows
        .iter()
        .map(|(keys, what)| {
            Line::from(vec![
                Span::styled(format!(" {keys:<key_width$}  "), theme.status_key),
                Span::styled(*what, theme.status),
            ])
        })
        .collect();
    let width = (lines.iter().map(Line::width).max().unwrap_or(0) as u16 + 3).min(area.width);
    let height = (lines.len() as u16 + 2).min(area.height);
    let popup = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Clear.render(popup, buf);
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .border_style(theme.border_focused)
                .title(" keys · ? or Esc to close "),
        )
        .render(popup, buf);
}
