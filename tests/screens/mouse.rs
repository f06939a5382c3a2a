//! The mouse through `App::update`, as keys go: a click on a highlighted name selects that
//! entity with that mention current, a click focuses a pane, the wheel scrolls the pane under
//! the pointer, the coverage map takes clicks, overlays keep clicks away. Pointer positions are
//! read off the drawn screen (TestBackend), so the tests click where a reader would.

use crate::common;

use common::{draw, positions_of as cells_of, press};
use ratatui::style::Modifier;
use tandem::core::pair::Side;
use tandem::core::sample::sample_pair;
use tandem::tui::action::Action;
use tandem::tui::app::{App, SyncMode};
use tandem::view::coverage::rows_of_cell;

fn click(app: &mut App, (column, row): (u16, u16)) {
    app.update(Action::ClickAt { column, row });
}

/// The text of the selected entity's current mention on `side`.
fn current_text(app: &App, side: Side) -> Option<String> {
    let sel = app.selection?;
    let e = app
        .content
        .analysed
        .as_ref()?
        .analysis
        .entities
        .get(sel.entity)?;
    Some(e.mentions(side).get(sel.current[side]?)?.text.to_string())
}

#[test]
fn a_click_on_a_name_selects_its_entity_with_that_mention_current() {
    let mut app = App::analysed(sample_pair(), 120, 40);
    let terminal = draw(&app);
    let blinken = cells_of(terminal.backend().buffer(), &app, Side::En, "Blinken");
    assert_eq!(app.view.focus, Side::Te);
    assert!(app.selection.is_none());
    let (top, target) = (app.view.top, blinken[3]);
    click(&mut app, target);
    assert_eq!(app.view.focus, Side::En, "a click focuses the pane");
    assert!(
        current_text(&app, Side::En).is_some_and(|t| t.contains("Blinken")),
        "{:?}",
        current_text(&app, Side::En)
    );
    assert_eq!(app.view.top, top, "the name was on screen: nothing scrolls");
    // The clicked name is drawn as the current mention.
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    for &(x, y) in &blinken {
        let m = buf[(x, y)].modifier;
        assert!(
            m.contains(Modifier::REVERSED | Modifier::UNDERLINED),
            "{x},{y}"
        );
    }
    // A click on plain text focuses without dropping the selection.
    let plain = cells_of(buf, &app, Side::Te, "రష్యా")[0];
    let selected = app.selection;
    // విదేశాంగ, "foreign affairs": a word, not a name.
    let word = cells_of(buf, &app, Side::Te, "విదేశాంగ")[0];
    click(&mut app, word);
    assert_eq!(app.view.focus, Side::Te);
    assert_eq!(app.selection, selected);
    // A Telugu name selects its entity too, now current on the Telugu side.
    click(&mut app, plain);
    assert!(current_text(&app, Side::Te).is_some_and(|t| t.starts_with("రష్యా")));
}

#[test]
fn every_column_of_a_telugu_name_hits_it() {
    // బ్లింకెన్ is five columns of clusters one and two wide: each column, the second of a
    // 2-wide cluster included, selects Blinken; the column after it does not.
    let app0 = App::analysed(sample_pair(), 120, 40);
    let terminal = draw(&app0);
    let cells = cells_of(terminal.backend().buffer(), &app0, Side::Te, "బ్లింకెన్");
    let (first, y) = cells[0];
    let width = 5;
    for x in first..first + width {
        let mut app = App::analysed(sample_pair(), 120, 40);
        click(&mut app, (x, y));
        assert!(
            current_text(&app, Side::Te).is_some_and(|t| t.contains("బ్లింకెన్")),
            "column {} of the name: {:?}",
            x - first,
            current_text(&app, Side::Te)
        );
    }
    let mut app = App::analysed(sample_pair(), 120, 40);
    click(&mut app, (first + width, y));
    assert!(
        !current_text(&app, Side::Te).is_some_and(|t| t.contains("బ్లింకెన్")),
        "past the name"
    );
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer_and_leaves_focus() {
    let mut app = App::analysed(sample_pair(), 80, 24);
    let en = app.view.screen.text_area(app.view.screen.panes[Side::En]);
    let over_en = (en.x + 5, en.y + 3);
    app.update(Action::ScrollAt {
        column: over_en.0,
        row: over_en.1,
        lines: 3,
    });
    assert_eq!(app.view.top.en, 3);
    assert_eq!(app.view.top.te, 3, "aligned: both panes move");
    assert_eq!(app.view.focus, Side::Te, "the wheel does not move focus");
    press(&mut app, "s");
    assert_eq!(app.view.sync, SyncMode::Independent);
    let (te, en_top) = (app.view.top.te, app.view.top.en);
    app.update(Action::ScrollAt {
        column: over_en.0,
        row: over_en.1,
        lines: 3,
    });
    assert_eq!(app.view.top.en, en_top + 3, "independent: the English pane");
    assert_eq!(app.view.top.te, te, "the Telugu pane stays");
    app.update(Action::ScrollAt {
        column: over_en.0,
        row: over_en.1,
        lines: -3,
    });
    assert_eq!(app.view.top.en, en_top);
    // Over the status bar the wheel does nothing.
    app.update(Action::ScrollAt {
        column: 3,
        row: 23,
        lines: 3,
    });
    assert_eq!((app.view.top.te, app.view.top.en), (te, en_top));
}

#[test]
fn overlays_take_the_wheel_and_ignore_clicks() {
    let mut app = App::analysed(sample_pair(), 60, 12);
    press(&mut app, "?");
    assert!(app.overlay.help_shown());
    app.update(Action::ScrollAt {
        column: 30,
        row: 5,
        lines: 3,
    });
    assert_eq!(app.overlay.help, Some(3), "the wheel scrolls the help");
    assert_eq!(app.view.top.te, 0, "not the panes under it");
    click(&mut app, (45, 5));
    assert_eq!(
        app.view.focus,
        Side::Te,
        "a click does nothing under the help"
    );
    assert!(app.overlay.help_shown());
    press(&mut app, "<Esc>e");
    assert!(app.overlay.entities_open());
    app.update(Action::ScrollAt {
        column: 30,
        row: 5,
        lines: 3,
    });
    assert_eq!(app.entity_list.cursor, 3, "the wheel moves the list cursor");
    click(&mut app, (45, 5));
    assert!(app.selection.is_none() && app.overlay.entities_open());
    // While a search is typed, the mouse does nothing.
    press(&mut app, "<Esc>/");
    assert!(app.input.is_some());
    click(&mut app, (45, 5));
    app.update(Action::ScrollAt {
        column: 45,
        row: 5,
        lines: 3,
    });
    assert_eq!((app.view.focus, app.view.top.en), (Side::Te, 0));
}

#[test]
fn a_click_on_the_coverage_map_goes_there() {
    let mut app = App::analysed(sample_pair(), 80, 24);
    let pane = app.view.screen.panes[Side::En];
    let area = app.view.screen.text_area(pane);
    assert!(
        app.max_top(Side::En) > 0,
        "the sample is longer than a screen"
    );
    // The last cell of the strip stands for the end of the article.
    click(
        &mut app,
        (pane.x + pane.width - 1, area.y + area.height - 1),
    );
    assert_eq!(app.view.focus, Side::En);
    assert!(app.view.top.en > 0, "scrolled towards the end");
    let low = app.view.top.en;
    // The first cell, back to the stretch it stands for (to its most urgent mark).
    click(&mut app, (pane.x + pane.width - 1, area.y));
    let first = rows_of_cell(0, app.rows_len(Side::En), app.viewport_height(Side::En));
    assert!(app.view.top.en < low);
    assert!(
        first.contains(&app.view.top.en),
        "{} in {first:?}",
        app.view.top.en
    );
    // The border's corner is not the map: nothing moves.
    let top = app.view.top.en;
    click(&mut app, (pane.x + pane.width - 1, pane.y));
    assert_eq!(app.view.top.en, top);
}

#[test]
fn stacked_panes_take_clicks_too() {
    // 36 columns: Telugu above, English below.
    let mut app = App::analysed(sample_pair(), 36, 30);
    let en = app.view.screen.panes[Side::En];
    assert_eq!(en.x, 0, "stacked");
    let terminal = draw(&app);
    let korea = cells_of(terminal.backend().buffer(), &app, Side::En, "Korea");
    click(&mut app, korea[1]);
    assert_eq!(app.view.focus, Side::En);
    assert!(current_text(&app, Side::En).is_some_and(|t| t.contains("Korea")));
    // A click on a border focuses and selects nothing new.
    let selected = app.selection;
    click(&mut app, (0, 1));
    assert_eq!((app.view.focus, app.selection), (Side::Te, selected));
}
