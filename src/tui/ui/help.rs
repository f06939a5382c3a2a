//! The help overlay: every binding of the keymap with what it does, so it cannot drift from
//! the keys that really work.

use super::theme::Theme;
use crate::tui::action::Action;
use crate::tui::keymap::key_label;
use crate::tui::modes::{self, ModeBindings};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// What the screen shows that no key explains, listed after the keys: (what, meaning).
/// The coverage map's glyphs come from `MarkKind::glyph`, so the legend cannot drift from
/// what the strip draws.
pub const LEGEND: &[(&str, &str)] = &[
    ("── 3 ?", "group 3: the aligner is unsure"),
    (MAP[0].0, MAP[0].1),
    (MAP[1].0, MAP[1].1),
    (MAP[2].0, MAP[2].1),
    (MAP[3].0, MAP[3].1),
    ("│ ┃", "map: all well · rows on screen"),
    ("tinted", "sentence cursor · its translation"),
];

/// The map's glyphs with their meanings.
const MAP: [(&str, &str); 4] = [
    ("~", "map: aligner unsure of the group"),
    ("◐", "map: a name only this side has"),
    ("#", "map: figure or quote differs"),
    ("!", "map: reviewer flagged the group"),
];

/// Motions the help shows as one row ("]c [c  next/previous gap or flag"), so that every key
/// still fits two columns of a 100×30 terminal: (next, previous, what the pair does).
const PAIRED: &[(Action, Action, &str)] = &[
    (
        Action::HalfPageDown,
        Action::HalfPageUp,
        "scroll half a page down/up",
    ),
    (
        Action::NextGroup,
        Action::PrevGroup,
        "next/previous aligned group",
    ),
    (
        Action::NextFlag,
        Action::PrevFlag,
        "next/previous gap or flag",
    ),
    (
        Action::NextSentence,
        Action::PrevSentence,
        "sentence cursor: next/previous",
    ),
    (
        Action::NextEntity,
        Action::PrevEntity,
        "select next/previous entity",
    ),
    (
        Action::NextMention,
        Action::PrevMention,
        "next/previous mention or match",
    ),
];

/// One help row per binding: (keys, description), a [`PAIRED`] pair on one row, then the
/// [`LEGEND`].
pub fn build_help_rows(bindings: &[(Action, Vec<String>)]) -> Vec<(String, &'static str)> {
    let label = |action: Action| -> Option<String> {
        let (_, keys) = bindings.iter().find(|(a, _)| *a == action)?;
        let keys: Vec<String> = keys.iter().map(|k| key_label(k)).collect();
        (!keys.is_empty()).then(|| keys.join("/"))
    };
    bindings
        .iter()
        .filter(|(_, keys)| !keys.is_empty())
        .filter_map(|&(action, _)| {
            let pair = PAIRED
                .iter()
                .find(|(next, prev, _)| *next == action || *prev == action);
            match pair {
                Some(&(next, prev, what)) => match (label(next), label(prev)) {
                    (Some(n), Some(p)) if action == next => Some((format!("{n} {p}"), what)),
                    (Some(_), Some(_)) => None,
                    _ => Some((label(action)?, action.help())),
                },
                None => Some((label(action)?, action.help())),
            }
        })
        .chain(
            LEGEND
                .iter()
                .map(|&(what, means)| (what.to_string(), means)),
        )
        .collect()
}

/// The rows of one help page: the reader's keys and the [`LEGEND`], with a row saying how to
/// get to the second page (`second` false); or the keys of the prompts and the picker.
pub fn help_page_rows(
    bindings: &[(Action, Vec<String>)],
    modes: &ModeBindings,
    second: bool,
) -> Vec<(String, &'static str)> {
    let switch = || {
        let (_, keys) = bindings.iter().find(|(a, _)| *a == Action::SwitchFocus)?;
        keys.first().map(|k| key_label(k))
    };
    if !second {
        let mut rows = build_help_rows(bindings);
        if let Some(key) = switch() {
            rows.push((key, "help: keys in prompts, picker"));
        }
        return rows;
    }
    let mut rows = modes::help_rows(&modes.input);
    rows.extend(modes::help_rows(&modes.picker));
    if let Some(key) = switch() {
        rows.push((key, "help: the reader's keys"));
    }
    rows
}

/// Draws the help centred over `area`: one column when it fits in the height, else two.
pub fn render_help(
    rows: Vec<(String, &'static str)>,
    scroll: usize,
    area: Rect,
    theme: &Theme,
    buf: &mut Buffer,
) {
    let room = area.height.saturating_sub(2) as usize;
    // One column when it fits in the height; two when they fit in the width; else one column
    // that scrolls (j/k) in a small terminal.
    let two_wide = {
        let half = rows.len().div_ceil(2).max(1);
        rows.chunks(half).map(column_width).sum::<usize>() + 2
    };
    let columns = if rows.len() <= room || two_wide > area.width as usize {
        1
    } else {
        2
    };
    let per_column = rows.len().div_ceil(columns).max(1);
    let chunks: Vec<&[(String, &str)]> = rows.chunks(per_column).collect();
    let widths: Vec<usize> = chunks.iter().map(|c| column_width(c)).collect();
    let width = (widths.iter().sum::<usize>() as u16 + 2).min(area.width);
    let height = (per_column as u16 + 2).min(area.height);
    let popup = super::cells::centered(area, width, height);
    Clear.render(popup, buf);
    let scroll = scroll.min(per_column.saturating_sub(room));
    let title = if per_column > room {
        format!(
            " keys {}-{} of {} · j/k scroll · ? or Esc to close ",
            scroll + 1,
            (scroll + room).min(per_column),
            per_column
        )
    } else {
        " keys · ? or Esc to close ".to_string()
    };
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(title);
    let inner = block.inner(popup);
    block.render(popup, buf);
    let mut x = inner.x;
    for (chunk, &w) in chunks.iter().zip(&widths) {
        let key_width = chunk
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        let lines: Vec<Line> = chunk
            .iter()
            .skip(scroll)
            .map(|(keys, what)| {
                Line::from(vec![
                    Span::styled(format!(" {keys:<key_width$}  "), theme.status_key),
                    Span::styled(*what, theme.status),
                ])
            })
            .collect();
        let col = Rect::new(
            x,
            inner.y,
            (w as u16).min(inner.right().saturating_sub(x)),
            inner.height,
        );
        Paragraph::new(lines).render(col, buf);
        x = x.saturating_add(w as u16);
    }
}

/// Columns one help column needs: " keys  description ".
fn column_width(rows: &[(String, &str)]) -> usize {
    let keys = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let what = rows
        .iter()
        .map(|(_, w)| w.chars().count())
        .max()
        .unwrap_or(0);
    1 + keys + 2 + what + 1
}

#[cfg(test)]
mod legend_tests {
    use super::MAP;
    use crate::view::coverage::MarkKind;

    #[test]
    fn the_legend_names_every_glyph_of_the_map() {
        for (kind, (what, means)) in MarkKind::ALL.iter().zip(MAP) {
            let (glyph, meaning) = kind.glyph();
            assert_eq!(what, glyph);
            assert_eq!(means, meaning);
        }
    }
}

#[cfg(test)]
mod paired_tests {
    use super::build_help_rows;
    use crate::tui::keymap::default_bindings;

    #[test]
    fn paired_motions_share_a_row_and_every_key_is_listed() {
        let rows = build_help_rows(&default_bindings());
        assert!(rows.contains(&(") (".to_string(), "sentence cursor: next/previous")));
        assert!(rows.contains(&("]c [c".to_string(), "next/previous gap or flag")));
        // The help fits two columns of a 30-row terminal (28 rows each), with the row that
        // leads to the second page.
        assert!(rows.len() < 2 * 28, "{}", rows.len());
        // A pair with one side unbound shows the bound one alone.
        let mut bindings = default_bindings();
        for (action, keys) in &mut bindings {
            if *action == crate::tui::action::Action::PrevSentence {
                keys.clear();
            }
        }
        let rows = build_help_rows(&bindings);
        assert!(rows
            .iter()
            .any(|(k, w)| k == ")" && w.contains("next sentence")));
    }
}
