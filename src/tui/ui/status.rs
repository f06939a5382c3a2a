//! The status bar: a notice if there is one, then key hints generated from the keymap.

use super::theme::Theme;
use crate::tui::app::App;
use crate::tui::keymap::{key_label, Keymap, STATUS_HINTS};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// The key hints, e.g. "j/k line  ^d/^u half page ...", as (keys, words) pairs.
pub fn build_hints() -> Vec<(String, &'static str)> {
    STATUS_HINTS
        .iter()
        .map(|(actions, words)| {
            let keys: Vec<String> = actions
                .iter()
                .filter_map(|&a| Keymap::key_for(a))
                .map(key_label)
                .collect();
            (keys.join("/"), *words)
        })
        .collect()
}

pub fn render_status(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let mut spans = Vec::new();
    if let Some(notice) = &app.notice {
        spans.push(Span::styled(
            format!(" {} ", crate::text::display::sanitize_inline(notice)),
            theme.notice,
        ));
    }
    for (keys, words) in build_hints() {
        spans.push(Span::styled(format!(" {keys}"), theme.status_key));
        spans.push(Span::styled(format!(" {words} "), theme.status));
    }
    Line::from(spans).render(area, buf);
}
