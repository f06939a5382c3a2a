//! All colours and text styles in one place.

use crate::highlight::PALETTE_SLOTS;
use ratatui::style::{Color, Modifier, Style};

/// The styles the widgets draw with.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub text: Style,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub title_focused: Style,
    pub status: Style,
    pub status_key: Style,
    pub notice: Style,
    /// Replaced characters (controls, bidi markers) stand out a little.
    pub symbol: Style,
    /// Entity colours, one per palette slot (see `highlight::assign_slots`); the stem of a
    /// mention is drawn bold on top, its case suffix plain.
    pub entity: [Style; PALETTE_SLOTS],
    /// Added to an entity's stem.
    pub stem: Style,
    /// A mention of an entity the other article lacks (a coverage gap).
    pub gap: Style,
    /// Added to every mention of the selected entity.
    pub selected: Style,
    /// Added to the mention the last jump went to.
    pub current: Style,
    /// A search match.
    pub search: Style,
    /// Padding rows under the shorter side of a group.
    pub filler: Style,
    /// The row that opens an aligned group.
    pub rule: Style,
    /// The rule of a group the aligner is unsure of.
    pub rule_weak: Style,
    /// The rule of a group a reviewer checked.
    pub rule_checked: Style,
    /// The rule of a group a reviewer flagged (needs work, content missing).
    pub rule_flagged: Style,
    /// The entity list's cursor row.
    pub list_cursor: Style,
    /// Coverage map (the strip in each pane's right border): cells of the rows on screen.
    pub map_view: Style,
    /// Coverage map marks, by kind (see `coverage::MarkKind`).
    pub map_linked: Style,
    pub map_checked: Style,
    pub map_gap: Style,
    pub map_figure: Style,
    pub map_flagged: Style,
    /// Added to a figure that differs from, or is missing in, the other article's group.
    pub figure_flag: Style,
    /// Added to a quote whose group quotes nobody in the other article.
    pub quote_flag: Style,
}

/// Mid-luminance xterm-256 colours: readable on dark and light backgrounds alike, and far
/// enough apart in hue to tell apart side by side.
const PALETTE: [u8; PALETTE_SLOTS] = [166, 34, 33, 163, 37, 136, 99, 160, 67, 130];

impl Theme {
    /// Colours when `color` is true, otherwise only bold/dim/reverse (for NO_COLOR).
    pub fn new(color: bool) -> Theme {
        if color {
            Theme {
                text: Style::new(),
                border: Style::new().fg(Color::DarkGray),
                border_focused: Style::new().fg(Color::Cyan),
                title: Style::new().fg(Color::Gray),
                title_focused: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                status: Style::new().fg(Color::Gray),
                status_key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
                notice: Style::new().fg(Color::Yellow),
                symbol: Style::new().fg(Color::Magenta),
                entity: PALETTE.map(|c| Style::new().fg(Color::Indexed(c))),
                stem: Style::new().add_modifier(Modifier::BOLD),
                gap: Style::new().add_modifier(Modifier::UNDERLINED | Modifier::ITALIC),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                current: Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
                search: Style::new().fg(Color::Black).bg(Color::Yellow),
                filler: Style::new().fg(Color::DarkGray),
                rule: Style::new().fg(Color::DarkGray),
                rule_weak: Style::new().fg(Color::Yellow),
                rule_checked: Style::new().fg(Color::Green),
                rule_flagged: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
                list_cursor: Style::new().add_modifier(Modifier::REVERSED),
                map_view: Style::new().bg(Color::Indexed(238)),
                map_linked: Style::new().fg(Color::Green),
                map_checked: Style::new().fg(Color::Green),
                map_gap: Style::new().fg(Color::Yellow),
                map_figure: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
                map_flagged: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
                figure_flag: Style::new()
                    .fg(Color::Indexed(197))
                    .add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
                quote_flag: Style::new()
                    .fg(Color::Indexed(139))
                    .add_modifier(Modifier::UNDERLINED),
            }
        } else {
            Theme {
                text: Style::new(),
                border: Style::new(),
                border_focused: Style::new().add_modifier(Modifier::BOLD),
                title: Style::new(),
                title_focused: Style::new().add_modifier(Modifier::BOLD),
                status: Style::new(),
                status_key: Style::new().add_modifier(Modifier::BOLD),
                notice: Style::new().add_modifier(Modifier::REVERSED),
                symbol: Style::new().add_modifier(Modifier::REVERSED),
                entity: [Style::new(); PALETTE_SLOTS],
                stem: Style::new().add_modifier(Modifier::BOLD),
                gap: Style::new().add_modifier(Modifier::UNDERLINED),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                current: Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
                search: Style::new().add_modifier(Modifier::REVERSED),
                filler: Style::new(),
                rule: Style::new(),
                rule_weak: Style::new().add_modifier(Modifier::BOLD),
                rule_checked: Style::new(),
                rule_flagged: Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
                list_cursor: Style::new().add_modifier(Modifier::REVERSED),
                map_view: Style::new().add_modifier(Modifier::REVERSED),
                map_linked: Style::new(),
                map_checked: Style::new(),
                map_gap: Style::new().add_modifier(Modifier::BOLD),
                map_figure: Style::new().add_modifier(Modifier::BOLD),
                map_flagged: Style::new().add_modifier(Modifier::BOLD),
                figure_flag: Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
                quote_flag: Style::new().add_modifier(Modifier::UNDERLINED),
            }
        }
    }
}

impl Theme {
    /// The style of a cell of an entity mention: palette colour (or gap style), stem bold,
    /// emphasis for the selected entity and its current mention.
    pub fn mention(&self, slot: Option<u8>, stem: bool, selected: bool, current: bool) -> Style {
        let mut style = match slot {
            Some(s) => self.entity[s as usize % PALETTE_SLOTS],
            None => self.gap,
        };
        if stem {
            style = style.patch(self.stem);
        }
        if current {
            style = style.patch(self.current);
        } else if selected {
            style = style.patch(self.selected);
        }
        style
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::new(std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()))
    }
}
