//! Drawing: reads `App`, writes the frame. Nothing here changes state.

mod cells;
pub mod contrast;
mod entities;
mod figures;
mod help;
mod pane;
pub mod picker;
mod status;
pub mod theme;

pub use help::build_help_rows;
pub use status::build_hints;
pub use theme::{Theme, ThemeName};

use super::app::App;
use super::geometry::Arrangement;
use crate::core::pair::Side;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use ratatui::Frame;

/// Draws the whole screen for the current state.
pub fn draw(app: &App, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    let buf = frame.buffer_mut();
    if app.screen.arrangement == Arrangement::TooSmall || app.screen.area != area {
        Line::from(format!(
            "tandem: terminal too small ({}×{})",
            area.width, area.height
        ))
        .render(area, buf);
        return;
    }
    for side in Side::BOTH {
        pane::render_pane(app, side, app.screen.panes[side], theme, buf);
    }
    status::render_status(app, app.screen.status, theme, buf);
    if app.entity_list.open {
        entities::render_entities(app, app.screen.area, theme, buf);
    }
    if app.figure_list.open {
        figures::render_figures(app, app.screen.area, theme, buf);
    }
    if app.show_help {
        help::render_help(&app.bindings, app.help_scroll, app.screen.area, theme, buf);
    }
}
