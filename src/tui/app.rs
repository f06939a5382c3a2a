//! The viewer's state and the one place it changes: [`App::update`].
//!
//! Scroll positions are line indices into each pane's [`Layout`]; across a resize they are kept
//! as byte offsets into the documents, so the reader stays on the same text. Until paragraph
//! alignment drives the sync, the unfocused pane follows the focused one by proportion of length.

use super::action::Action;
use super::geometry::{Arrangement, Screen};
use crate::document::Document;
use crate::layout::Layout;
use crate::pair::{Pair, Side};

/// Everything the viewer shows.
#[derive(Debug)]
pub struct App {
    pub docs: Pair<Document>,
    pub layouts: Pair<Layout>,
    pub screen: Screen,
    pub focus: Side,
    /// First visible line of each pane.
    pub top: Pair<usize>,
    /// Byte offset of the text the reader last scrolled to the top of each pane. Only scrolling
    /// changes it, so a resize that clamps `top` (a bigger window) does not lose the place.
    pub anchor: Pair<usize>,
    pub should_quit: bool,
    /// A full clear was asked for (Ctrl-l); the event loop takes it.
    pub clear_requested: bool,
    /// A one-line message for the status bar (e.g. an empty file).
    pub notice: Option<String>,
    /// The key list is shown over the panes.
    pub show_help: bool,
}

impl App {
    pub fn new(docs: Pair<Document>, width: u16, height: u16) -> App {
        let screen = Screen::new(width, height);
        let layouts = Pair::from_fn(|side| Layout::build(&docs[side], text_width(&screen, side)));
        let empty: Vec<&str> = Side::BOTH
            .iter()
            .filter(|&&s| docs[s].is_empty())
            .map(|&s| docs[s].name.as_str())
            .collect();
        let notice = (!empty.is_empty()).then(|| format!("{} has no text", empty.join(" and ")));
        App {
            docs,
            layouts,
            screen,
            focus: Side::Te,
            top: Pair::new(0, 0),
            anchor: Pair::new(0, 0),
            should_quit: false,
            clear_requested: false,
            notice,
            show_help: false,
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if self.show_help && action == Action::Quit {
            // Esc or q closes the help first; quitting takes a second press.
            self.show_help = false;
            return;
        }
        let page = self.viewport_height(self.focus).max(1) as isize;
        match action {
            Action::LineDown => self.scroll_by(1),
            Action::LineUp => self.scroll_by(-1),
            Action::HalfPageDown => self.scroll_by((page / 2).max(1)),
            Action::HalfPageUp => self.scroll_by(-(page / 2).max(1)),
            Action::PageDown => self.scroll_by(page),
            Action::PageUp => self.scroll_by(-page),
            Action::Top => self.scroll_to(0),
            Action::Bottom => self.scroll_to(usize::MAX),
            Action::SwitchFocus => self.focus = self.focus.other(),
            Action::Redraw => self.clear_requested = true,
            Action::ToggleHelp => self.show_help = !self.show_help,
            Action::Quit => self.should_quit = true,
            Action::Resize(w, h) => self.resize(w, h),
        }
    }

    /// Rows of text a pane shows (0 when the terminal is too small).
    pub fn viewport_height(&self, side: Side) -> usize {
        if self.screen.arrangement == Arrangement::TooSmall {
            return 0;
        }
        self.screen.text_area(self.screen.panes[side]).height as usize
    }

    /// The largest useful top line of a pane: the last page shows the end of the text.
    pub fn max_top(&self, side: Side) -> usize {
        self.layouts[side]
            .len()
            .saturating_sub(self.viewport_height(side).max(1))
    }

    /// How far through a pane the reader is, 0..=100, by the last visible line.
    pub fn percent_seen(&self, side: Side) -> usize {
        let len = self.layouts[side].len();
        if len == 0 {
            return 100;
        }
        let bottom = (self.top[side] + self.viewport_height(side)).min(len);
        bottom * 100 / len
    }

    fn scroll_by(&mut self, delta: isize) {
        let top = self.top[self.focus].saturating_add_signed(delta);
        self.scroll_to(top);
    }

    fn scroll_to(&mut self, line: usize) {
        let side = self.focus;
        self.top[side] = line.min(self.max_top(side));
        self.follow(side);
        for side in Side::BOTH {
            self.anchor[side] = self.layouts[side].line_offset(&self.docs[side], self.top[side]);
        }
    }

    /// Moves the other pane to the same proportion of its text as `leader`.
    fn follow(&mut self, leader: Side) {
        let other = leader.other();
        let (lead_max, other_max) = (self.max_top(leader), self.max_top(other));
        // Rounded: the last page of one pane meets the last page of the other.
        self.top[other] = (self.top[leader] * other_max + lead_max / 2)
            .checked_div(lead_max)
            .unwrap_or(0);
    }

    /// Re-wraps for a new size, keeping the text at the top of each pane in view.
    fn resize(&mut self, width: u16, height: u16) {
        self.screen = Screen::new(width, height);
        for side in Side::BOTH {
            let w = text_width(&self.screen, side);
            if self.layouts[side].width != w {
                self.layouts[side] = Layout::build(&self.docs[side], w);
            }
            let line = self.layouts[side].line_at_offset(&self.docs[side], self.anchor[side]);
            self.top[side] = line.min(self.max_top(side));
        }
    }
}

/// The wrap width of a pane; a hidden pane keeps a nominal width so its layout stays usable.
fn text_width(screen: &Screen, side: Side) -> usize {
    match screen.arrangement {
        Arrangement::TooSmall => 40,
        _ => (screen.text_area(screen.panes[side]).width as usize).max(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_pair;

    fn app(w: u16, h: u16) -> App {
        App::new(sample_pair(), w, h)
    }

    #[test]
    fn paging_moves_both_panes_and_stops_at_the_end() {
        let mut a = app(80, 24);
        a.update(Action::PageDown);
        assert_eq!(a.top.te, a.viewport_height(Side::Te));
        assert!(a.top.en > 0);
        a.update(Action::Bottom);
        assert_eq!(a.top.te, a.max_top(Side::Te));
        assert_eq!(a.top.en, a.max_top(Side::En));
        assert_eq!(a.percent_seen(Side::Te), 100);
        a.update(Action::Top);
        assert_eq!(a.top, Pair::new(0, 0));
        a.update(Action::LineUp);
        assert_eq!(a.top, Pair::new(0, 0));
    }

    #[test]
    fn focus_decides_which_pane_leads() {
        let mut a = app(80, 24);
        a.update(Action::SwitchFocus);
        assert_eq!(a.focus, Side::En);
        a.update(Action::LineDown);
        assert_eq!(a.top.en, 1);
    }

    #[test]
    fn resize_keeps_the_top_text_in_view() {
        let mut a = app(80, 24);
        a.update(Action::PageDown);
        let offset = a.layouts.te.line_offset(&a.docs.te, a.top.te);
        for (w, h) in [(120, 40), (50, 10), (200, 60), (80, 24)] {
            a.update(Action::Resize(w, h));
            // The text that was at the top is still on screen.
            let line = a.layouts.te.line_at_offset(&a.docs.te, offset);
            let top = a.top.te;
            assert!(
                line >= top && line < top + a.viewport_height(Side::Te),
                "{w}x{h}"
            );
        }
        // And when nothing clamps, it is exactly the top line again.
        assert_eq!(a.layouts.te.line_at_offset(&a.docs.te, offset), a.top.te);
    }

    #[test]
    fn too_small_never_panics() {
        let mut a = app(1, 1);
        for action in [
            Action::PageDown,
            Action::Bottom,
            Action::LineUp,
            Action::Resize(0, 0),
        ] {
            a.update(action);
        }
        a.update(Action::Resize(80, 24));
        a.update(Action::Bottom);
        assert!(a.top.te > 0);
    }
}
