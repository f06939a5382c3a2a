//! Issue 21, the romanised Telugu pane (`t`) in a TestBackend: no Telugu letters left, names
//! keep their colours, search, clicks and the entity list work on the Latin letters, and `t`
//! again gives the script back at the same place. Names are taken from the analysis.

use crate::common;

use common::{draw, find_cells, positions_of, press, screen_lines};
use tandem::core::pair::Side;
use tandem::core::romanise::romanise;
use tandem::core::sample::sample_pair;
use tandem::tui::action::Action;
use tandem::tui::app::App;

fn is_telugu(c: char) -> bool {
    ('\u{0C00}'..='\u{0C7F}').contains(&c)
}

/// The Telugu pane's text rows as drawn.
fn te_rows(app: &App) -> Vec<String> {
    let terminal = draw(app);
    let area = app.view.screen.text_area(app.view.screen.panes[Side::Te]);
    let buf = terminal.backend().buffer();
    (area.y..area.y + area.height)
        .map(|y| {
            (area.x..area.x + area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect()
        })
        .collect()
}

/// An entity in the first group named on both sides: (id, English text, romanised Telugu stem).
fn linked_in_view(app: &App) -> (usize, String, String) {
    let analysed = app.content.analysed.as_ref().expect("analysed");
    let rows = te_rows(app).concat();
    let terminal = draw(app);
    let en_screen = screen_lines(&terminal).concat();
    analysed
        .analysis
        .entities
        .iter()
        .find_map(|e| {
            let te = romanise(e.te.first()?.stem());
            let en = e.en.first()?.text.to_string();
            (rows.contains(&te) && en_screen.contains(&en)).then_some((e.id, en, te))
        })
        .expect("a linked name in view")
}

#[test]
fn t_shows_latin_letters_with_the_colours_of_the_script_view() {
    let mut app = App::analysed(sample_pair(), 120, 40);
    assert!(te_rows(&app).concat().chars().any(is_telugu));
    press(&mut app, "t");
    assert!(app.roman(Side::Te).is_some());
    let rows = te_rows(&app);
    assert!(
        !rows.concat().chars().any(is_telugu),
        "Telugu left:\n{}",
        rows.join("\n")
    );
    let (_, en, te) = linked_in_view(&app);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    let en_fg = find_cells(buf, &app, Side::En, &en)[0].fg;
    for cell in find_cells(buf, &app, Side::Te, &te) {
        assert_eq!(cell.fg, en_fg, "{te} / {en}");
    }
    press(&mut app, "t");
    assert!(app.roman(Side::Te).is_none());
    assert!(te_rows(&app).concat().chars().any(is_telugu));
}

#[test]
fn switching_scripts_keeps_the_place() {
    let mut app = App::analysed(sample_pair(), 80, 24);
    press(&mut app, "]]]]");
    let top = app.view.top;
    let group = app.active_aligned().map(|a| a.group_at(top[Side::Te]));
    press(&mut app, "t");
    assert_eq!(
        app.active_aligned()
            .map(|a| a.group_at(app.view.top[Side::Te])),
        group
    );
    press(&mut app, "t");
    assert_eq!(app.view.top, top, "the place moved");
}

#[test]
fn rows_fit_the_pane_at_every_size() {
    for (w, h) in [(40, 12), (80, 24), (160, 45), (250, 60)] {
        let mut app = App::analysed(sample_pair(), w, h);
        press(&mut app, "t");
        let terminal = draw(&app);
        for (y, line) in screen_lines(&terminal).iter().enumerate() {
            let width = unicode_width::UnicodeWidthStr::width(line.as_str());
            assert!(
                width <= w as usize,
                "{w}x{h} row {y} is {width} wide: {line}"
            );
        }
    }
}

#[test]
fn a_latin_query_finds_the_romanised_letters() {
    let mut app = App::analysed(sample_pair(), 120, 40);
    press(&mut app, "t");
    let (_, _, te) = linked_in_view(&app);
    // A part of the romanised name (with its diacritics) is found as a Telugu range.
    let part: String = te.chars().take(4).collect();
    press(&mut app, "/");
    app.paste(&part);
    press(&mut app, "<Enter>");
    let search = app.search.as_ref().expect("matches");
    assert_eq!(search.side, Side::Te);
    let doc = &app.content.docs[Side::Te];
    assert!(search
        .matches
        .iter()
        .any(|m| romanise(&doc.text[m.clone()]).contains(&part)));
}

#[test]
fn a_click_on_a_romanised_name_selects_it() {
    let mut app = App::analysed(sample_pair(), 120, 40);
    press(&mut app, "t");
    let (id, _, te) = linked_in_view(&app);
    let terminal = draw(&app);
    let (x, y) = positions_of(terminal.backend().buffer(), &app, Side::Te, &te)[1];
    app.update(Action::ClickAt { column: x, row: y });
    assert_eq!(app.selection.map(|s| s.entity), Some(id));
}

#[test]
fn the_entity_list_gives_names_romanised_and_takes_clicks() {
    let mut app = App::analysed(sample_pair(), 100, 30);
    press(&mut app, "te");
    let analysed = app.content.analysed.as_ref().expect("analysed");
    let rows = app.entity_list.rows(analysed);
    let first_te = rows
        .iter()
        .map(|&id| &analysed.analysis.entities[id])
        .find_map(|e| e.te.first().map(|m| romanise(m.stem())))
        .expect("a Telugu name");
    let screen = screen_lines(&draw(&app)).join("\n");
    assert!(screen.contains(&first_te), "{first_te} not in\n{screen}");
    assert_eq!(app.entity_list.cursor, 0);
    let popup = tandem::tui::ui::entity_list_popup(app.view.screen.area);
    // The header is at popup.y + 1; rows follow. Click the third row, then the header.
    app.update(Action::ClickAt {
        column: popup.x + 10,
        row: popup.y + 4,
    });
    assert_eq!(app.entity_list.cursor, 2);
    app.update(Action::ClickAt {
        column: popup.x + 10,
        row: popup.y + 1,
    });
    assert_eq!(app.entity_list.cursor, 2);
    press(&mut app, "<Enter>");
    assert_eq!(app.selection.map(|s| s.entity), Some(rows[2]));
}
