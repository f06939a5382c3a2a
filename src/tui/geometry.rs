//! Where the panes and the status bar go for a terminal size. Pure, so `App` can page by the
//! real pane height and `ui` draws exactly the same rectangles.

use crate::core::pair::{Pair, Side};
use ratatui::layout::{Position, Rect};

/// Narrower than this, the panes stack vertically.
pub const SIDE_BY_SIDE_MIN_WIDTH: u16 = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrangement {
    /// Telugu on the left, English on the right.
    SideBySide,
    /// Telugu above, English below (narrow terminals).
    Stacked,
    /// Not enough room for two panes: one line says so.
    TooSmall,
}

/// The screen's rectangles. Pane rectangles include their borders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    pub area: Rect,
    pub arrangement: Arrangement,
    pub panes: Pair<Rect>,
    pub status: Rect,
}

impl Screen {
    pub fn new(width: u16, height: u16) -> Screen {
        let area = Rect::new(0, 0, width, height);
        let text_height = height.saturating_sub(1);
        let status = Rect::new(0, text_height, width, 1.min(height));
        let arrangement = if width >= SIDE_BY_SIDE_MIN_WIDTH && text_height >= 3 {
            Arrangement::SideBySide
        } else if width >= 12 && text_height >= 6 {
            Arrangement::Stacked
        } else {
            Arrangement::TooSmall
        };
        let panes = match arrangement {
            Arrangement::SideBySide => {
                let left = width / 2;
                Pair::new(
                    Rect::new(0, 0, left, text_height),
                    Rect::new(left, 0, width - left, text_height),
                )
            }
            Arrangement::Stacked => {
                let top = text_height / 2;
                Pair::new(
                    Rect::new(0, 0, width, top),
                    Rect::new(0, top, width, text_height - top),
                )
            }
            Arrangement::TooSmall => Pair::new(Rect::default(), Rect::default()),
        };
        Screen {
            area,
            arrangement,
            panes,
            status,
        }
    }

    /// The pane at screen cell (`column`, `row`), border included; `None` for the status bar or
    /// when the terminal is too small for panes.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Side> {
        let at = Position::new(column, row);
        Side::BOTH
            .into_iter()
            .find(|&side| self.panes[side].contains(at))
    }

    /// The text area of a pane: inside its border.
    pub fn text_area(&self, pane: Rect) -> Rect {
        Rect::new(
            pane.x.saturating_add(1),
            pane.y.saturating_add(1),
            pane.width.saturating_sub(2),
            pane.height.saturating_sub(2),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrangement_follows_the_size() {
        assert_eq!(Screen::new(80, 24).arrangement, Arrangement::SideBySide);
        assert_eq!(Screen::new(39, 24).arrangement, Arrangement::Stacked);
        assert_eq!(Screen::new(10, 5).arrangement, Arrangement::TooSmall);
        assert_eq!(Screen::new(1, 1).arrangement, Arrangement::TooSmall);
        assert_eq!(Screen::new(0, 0).arrangement, Arrangement::TooSmall);
    }

    #[test]
    fn panes_tile_the_text_area() {
        let s = Screen::new(81, 24);
        assert_eq!(s.panes.te.width + s.panes.en.width, 81);
        assert_eq!(s.panes.en.x, s.panes.te.width);
        assert_eq!(s.status.y, 23);
        let s = Screen::new(30, 13);
        assert_eq!(s.panes.te.height + s.panes.en.height, 12);
    }

    #[test]
    fn a_cell_belongs_to_the_pane_drawn_there() {
        let s = Screen::new(80, 24);
        assert_eq!(s.pane_at(0, 0), Some(Side::Te));
        assert_eq!(s.pane_at(39, 22), Some(Side::Te));
        assert_eq!(s.pane_at(40, 0), Some(Side::En));
        assert_eq!(s.pane_at(79, 22), Some(Side::En));
        assert_eq!(s.pane_at(10, 23), None, "the status bar");
        assert_eq!(s.pane_at(80, 0), None);
        let stacked = Screen::new(30, 13);
        assert_eq!(stacked.pane_at(5, 0), Some(Side::Te));
        assert_eq!(stacked.pane_at(5, 6), Some(Side::En));
        assert_eq!(Screen::new(10, 5).pane_at(0, 0), None);
    }
}
