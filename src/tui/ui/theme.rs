//! All colours and text styles in one place.

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
}

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
            }
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::new(std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()))
    }
}
