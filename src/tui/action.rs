//! Everything the user can ask of the viewer, as data. Keys map to these (see `keymap`), and
//! only `App::update` acts on them.

use serde::{Deserialize, Serialize};

/// One user intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Scroll one row down.
    LineDown,
    /// Scroll one row up.
    LineUp,
    /// Scroll half a pane down.
    HalfPageDown,
    /// Scroll half a pane up.
    HalfPageUp,
    /// Scroll a whole pane down.
    PageDown,
    /// Scroll a whole pane up.
    PageUp,
    /// Go to the top.
    Top,
    /// Go to the bottom.
    Bottom,
    /// Move keyboard focus to the other pane.
    SwitchFocus,
    /// Clear the terminal and draw everything again.
    Redraw,
    /// Show or hide the list of keys.
    ToggleHelp,
    /// Leave tandem.
    Quit,
    /// The terminal changed size (not bound to a key).
    #[serde(skip)]
    Resize(u16, u16),
}

impl Action {
    /// One-line description for the help screen.
    pub fn help(self) -> &'static str {
        match self {
            Action::LineDown => "scroll one row down",
            Action::LineUp => "scroll one row up",
            Action::HalfPageDown => "scroll half a page down",
            Action::HalfPageUp => "scroll half a page up",
            Action::PageDown => "scroll a page down",
            Action::PageUp => "scroll a page up",
            Action::Top => "go to the top",
            Action::Bottom => "go to the bottom",
            Action::SwitchFocus => "switch focus between the panes",
            Action::Redraw => "redraw the screen",
            Action::ToggleHelp => "show or hide this help",
            Action::Quit => "quit",
            Action::Resize(..) => "terminal resized",
        }
    }
}
