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

pub use cells::{entity_list_popup, figure_list_popup};
pub use help::{build_help_rows, help_page_rows, LEGEND};
pub use status::{build_attention_hints, build_hints};
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
    if app.view.screen.arrangement == Arrangement::TooSmall || app.view.screen.area != area {
        Line::from(format!(
            "tandem: terminal too small ({}×{})",
            area.width, area.height
        ))
        .render(area, buf);
        return;
    }
    for side in Side::BOTH {
        pane::render_pane(app, side, app.view.screen.panes[side], theme, buf);
    }
    status::render_status(app, app.view.screen.status, theme, buf);
    if app.overlay.entities_open() {
        entities::render_entities(app, app.view.screen.area, theme, buf);
    }
    if app.overlay.figures_open() {
        figures::render_figures(app, app.view.screen.area, theme, buf);
    }
    if let Some(scroll) = app.overlay.help {
        let rows = help::help_page_rows(&app.bindings, &app.modes.bindings, app.overlay.help_page);
        help::render_help(rows, scroll, app.view.screen.area, theme, buf);
    }
}
