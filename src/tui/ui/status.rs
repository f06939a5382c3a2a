//! The status bar: a notice if there is one, then key hints generated from the keymap.

use super::cells::put_text;
use super::theme::Theme;
use crate::core::text::display::sanitize_inline;
use crate::core::text::display_width;
use crate::tui::action::Action;
use crate::tui::app::{progress, App, LineInput, SyncMode};
use crate::tui::keymap::{key_label, STATUS_HINTS};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The key hints, e.g. "j/k line  ^d/^u half page ...", as (keys, words) pairs, from the
/// bindings in effect (a config file may have changed them).
pub fn build_hints(bindings: &[(Action, Vec<String>)]) -> Vec<(String, &'static str)> {
    STATUS_HINTS
        .iter()
        .filter_map(|(actions, words)| {
            let keys: Vec<String> = actions
                .iter()
                .filter_map(|&a| {
                    let (_, keys) = bindings.iter().find(|(b, _)| *b == a)?;
                    keys.first().map(|k| key_label(k))
                })
                .collect();
            (!keys.is_empty()).then(|| (keys.join("/"), *words))
        })
        .collect()
}

/// Hints that appear only when there is something to see (issue 21): `F` when the figure
/// list has rows, `]c` when the focused pane's map has a place that needs a look. Keys come
/// from the bindings in effect.
pub fn build_attention_hints(app: &App) -> Vec<(String, String)> {
    let key = |action: Action| {
        app.bindings
            .iter()
            .find(|(b, _)| *b == action)
            .and_then(|(_, keys)| keys.first())
            .map(|k| key_label(k))
    };
    let mut out = Vec::new();
    let figures = app
        .content
        .analysed
        .as_ref()
        .map_or(0, |a| crate::tui::app::flags(&a.analysis).len());
    if figures > 0 {
        if let Some(k) = key(Action::ToggleFigures) {
            out.push((k, format!("{figures} figures")));
        }
    }
    let places = app.content.coverage[app.view.focus].attention.len();
    if places > 0 {
        if let Some(k) = key(Action::NextFlag) {
            out.push((k, format!("{places} to check")));
        }
    }
    out
}

/// Where the reader is and what is going on, e.g. "group 2/4 · aligned · Seoul".
pub fn build_state(app: &App) -> String {
    let mut parts = Vec::new();
    if let Some(a) = app.active_aligned() {
        let g = a.group_at(app.cursor());
        let weak = app
            .content
            .analysed
            .as_ref()
            .is_some_and(|an| an.is_weak(g));
        parts.push(format!(
            "group {}/{}{}",
            (g + 1).min(a.groups.len()),
            a.groups.len(),
            if weak { "?" } else { "" }
        ));
    }
    parts.push(
        match app.view.sync {
            SyncMode::Aligned => "aligned",
            SyncMode::Independent => "independent",
        }
        .to_string(),
    );
    if let Some(sentence) = app.sentence_state() {
        parts.push(sentence);
    }
    if let Some((groups, of_groups, entities, of_entities)) = progress(app) {
        parts.push(format!(
            "reviewed {groups}/{of_groups} groups, {entities}/{of_entities} entities"
        ));
    }
    if app.laying_out() {
        parts.push("laying out…".to_string());
    }
    if app.analysing {
        parts.push("finding entities…".to_string());
    }
    if let Some(sel) = app.selection {
        if let Some(e) = app
            .content
            .analysed
            .as_ref()
            .and_then(|a| a.analysis.entities.get(sel.entity))
        {
            parts.push(sanitize_inline(&e.label));
        }
    }
    parts.join(" · ")
}

/// Writes the state, the notice and the key hints, left to right, as far as they fit. Cells are
/// written one terminal cell at a time, so a Telugu entity name is stored as the terminal shows it.
pub fn render_status(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    if let Some(input) = &app.input {
        render_input(input, area, theme, buf);
        return;
    }
    let mut segments = vec![(format!(" {} ", build_state(app)), theme.status_key)];
    if let Some(notice) = &app.notice {
        segments.push((format!(" {notice} "), theme.notice));
    }
    for (keys, words) in build_attention_hints(app) {
        segments.push((format!(" {keys}"), theme.status_key));
        segments.push((format!(" {words} "), theme.status));
    }
    for (keys, words) in build_hints(&app.bindings) {
        segments.push((format!(" {keys}"), theme.status_key));
        segments.push((format!(" {words} "), theme.status));
    }
    let width = area.width as usize;
    let mut col = 0;
    for (text, style) in segments {
        if col >= width {
            break;
        }
        col += put_text(buf, area, area.y, col, width - col, &text, style);
    }
}

/// The line being typed, with its prompt and a reversed cell for the cursor. When the text is
/// longer than the bar, the part before the cursor scrolls off to the left.
fn render_input(input: &LineInput, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let width = area.width as usize;
    let prompt = format!(" {}", input.prompt());
    let mut col = put_text(buf, area, area.y, 0, width, &prompt, theme.status_key);
    let room = width.saturating_sub(col + 1);
    let (before, after) = input.text.split_at(input.cursor);
    let mut start = 0;
    while display_width(&before[start..]) > room {
        start += before[start..].chars().next().map_or(1, char::len_utf8);
    }
    col += put_text(buf, area, area.y, col, room, &before[start..], theme.text);
    let cursor_col = col;
    put_text(
        buf,
        area,
        area.y,
        col,
        width.saturating_sub(col),
        after,
        theme.text,
    );
    let x = area.x + cursor_col.min(width.saturating_sub(1)) as u16;
    if let Some(c) = buf.cell_mut((x, area.y)) {
        c.set_style(theme.list_cursor);
    }
}
