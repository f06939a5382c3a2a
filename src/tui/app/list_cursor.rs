//! Moving the cursor of a list overlay (entity list, figures list) with the scrolling keys, the
//! same way in every list.

use crate::tui::action::Action;

/// Moves `cursor` for a scrolling key in a list whose last row is `last` and whose page is
/// `page` rows; returns false for any other action.
pub(super) fn move_cursor(cursor: &mut usize, action: Action, last: usize, page: usize) -> bool {
    *cursor = match action {
        Action::LineDown => (*cursor + 1).min(last),
        Action::LineUp => cursor.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => (*cursor + page).min(last),
        Action::PageUp | Action::HalfPageUp => cursor.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => last,
        _ => return false,
    };
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_stays_in_the_list() {
        let mut c = 0;
        assert!(move_cursor(&mut c, Action::LineUp, 4, 2));
        assert_eq!(c, 0);
        move_cursor(&mut c, Action::PageDown, 4, 3);
        assert_eq!(c, 3);
        move_cursor(&mut c, Action::PageDown, 4, 3);
        assert_eq!(c, 4);
        move_cursor(&mut c, Action::Top, 4, 3);
        assert_eq!(c, 0);
        assert!(!move_cursor(&mut c, Action::Select, 4, 3));
    }
}
