//! The coverage map for a document whose layout is known: marks at the rows of the mentions
//! and review marks, drawn in the right border at the right cells, the view shaded, and `]c` /
//! `[c` jumping between the places that need attention.

use crate::common;

use common::{draw, press};
use tandem::core::pair::{Pair, Side};
use tandem::tui::app::App;
use tandem::view::coverage::MarkKind;
use tandem::Document;

/// Eight English paragraphs of one line each at 100 columns: a name both articles share in
/// the first, one only the English names in the sixth.
fn pair() -> Pair<Document> {
    let en: Vec<String> = (0..8)
        .map(|i| match i {
            0 => "Talks in Tokyo opened on Monday.".to_string(),
            5 => "Officials from Argentina were not invited.".to_string(),
            _ => "Nothing new came of it, and nothing was said that day.".to_string(),
        })
        .collect();
    let te: Vec<String> = (0..8)
        .map(|i| match i {
            0 => "టోక్యోలో చర్చలు సోమవారం ప్రారంభమయ్యాయి.".to_string(),
            _ => "ఆ రోజు ప్రత్యేకంగా ఏమీ లేదు.".to_string(),
        })
        .collect();
    Pair::new(
        Document::from_text("map.te.txt", te.join("\n\n")),
        Document::from_text("map.en.txt", en.join("\n\n")),
    )
}

fn row_of_paragraph(app: &App, side: Side, para: usize) -> usize {
    let line = app.content.layouts[side].para_first_line[para];
    app.active_aligned()
        .map_or(line, |a| a.row_of_line(side, line))
}

/// The cell of the pane's map that row `row` falls in.
fn cell(app: &App, side: Side, row: usize) -> Option<MarkKind> {
    let map = &app.content.coverage[side];
    map.cells[tandem::view::coverage::cell_of(row, map.total, map.cells.len())]
}

#[test]
fn marks_sit_at_the_rows_of_what_they_mark() {
    // 60 rows: more cells than the article has rows, so each row has a cell of its own.
    let app = App::analysed(pair(), 100, 60);
    let en = &app.content.coverage[Side::En];
    assert_eq!(en.total, app.rows_len(Side::En));
    assert_eq!(en.cells.len(), app.viewport_height(Side::En));
    assert!(en.total < en.cells.len());
    let linked = row_of_paragraph(&app, Side::En, 0);
    let gap = row_of_paragraph(&app, Side::En, 5);
    // A name both articles share leaves the strip quiet (issue 21); the gap is marked.
    assert_eq!(cell(&app, Side::En, linked), None);
    assert_eq!(cell(&app, Side::En, gap), Some(MarkKind::Gap));
    let gaps = |cells: &[Option<MarkKind>]| {
        cells
            .iter()
            .flatten()
            .filter(|&&k| k == MarkKind::Gap)
            .count()
    };
    assert_eq!(gaps(&en.cells), 1, "{:?}", en.cells);
    assert!(en
        .cells
        .iter()
        .flatten()
        .all(|&k| matches!(k, MarkKind::Gap | MarkKind::Weak)));
    assert!(en.attention.contains(&gap));
    // The Telugu side has the shared name only: nothing to mark.
    let te = &app.content.coverage[Side::Te];
    assert_eq!(gaps(&te.cells), 0, "{:?}", te.cells);
}

#[test]
fn the_map_follows_a_resize() {
    let mut app = App::analysed(pair(), 100, 60);
    app.update(tandem::tui::action::Action::Resize(100, 20));
    let en = &app.content.coverage[Side::En];
    assert_eq!(en.cells.len(), app.viewport_height(Side::En));
    let gap = row_of_paragraph(&app, Side::En, 5);
    assert_eq!(cell(&app, Side::En, gap), Some(MarkKind::Gap));
}

#[test]
fn the_strip_draws_them_in_the_right_border() {
    // 60 rows: the whole article is on screen and each row has a cell of its own.
    let mut app = App::analysed(pair(), 100, 60);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    let pane = app.view.screen.panes[Side::En];
    let x = pane.x + pane.width - 1;
    let inner_top = pane.y + 1;
    let height = (pane.height - 2) as usize;
    let total = app.rows_len(Side::En);
    let cell_y =
        |row: usize| inner_top + tandem::view::coverage::cell_of(row, total, height) as u16;
    let gap_row = row_of_paragraph(&app, Side::En, 5);
    let linked_row = row_of_paragraph(&app, Side::En, 0);
    assert_eq!(buf[(x, cell_y(gap_row))].symbol(), "◐");
    assert!(["│", "┃"].contains(&buf[(x, cell_y(linked_row))].symbol()));

    // A group flagged by the reviewer outranks the names in its rows.
    press(&mut app, "w");
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    assert_eq!(buf[(x, inner_top)].symbol(), "!");
}

#[test]
fn the_view_is_shaded_and_jumps_go_to_flagged_places() {
    // 12 rows: the view is a part of the strip.
    let mut app = App::analysed(pair(), 100, 12);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    let pane = app.view.screen.panes[Side::En];
    let x = pane.x + pane.width - 1;
    let height = (pane.height - 2) as usize;
    let total = app.rows_len(Side::En);
    assert!(total > height, "the article is longer than the pane");
    let view =
        tandem::view::coverage::visible_cells(0, app.viewport_height(Side::En), total, height);
    let bottom = pane.y + pane.height - 2;
    assert!(view.end < height, "{view:?}");
    // Inside the view an empty cell is a heavy bar; below it the plain border.
    let in_view: Vec<&str> = view
        .clone()
        .map(|i| buf[(x, pane.y + 1 + i as u16)].symbol())
        .collect();
    assert!(
        in_view.iter().all(|s| ["┃", "◐", "~"].contains(s)),
        "{in_view:?}"
    );
    assert_ne!(buf[(x, bottom)].symbol(), "┃");

    // `]c` visits every marked place (a weak group may come before the gap) and then says
    // there is none further.
    press(&mut app, "<Tab>");
    let gap_row = row_of_paragraph(&app, Side::En, 5);
    let mut visited = Vec::new();
    for _ in 0..10 {
        press(&mut app, "]c");
        if app
            .notice
            .as_deref()
            .unwrap_or("")
            .contains("no flagged place")
        {
            break;
        }
        visited.push(app.view.top[Side::En]);
    }
    assert!(
        visited.contains(&gap_row.min(app.max_top(Side::En))),
        "{visited:?}"
    );
    assert!(app
        .notice
        .as_deref()
        .unwrap_or("")
        .contains("no flagged place"));
    press(&mut app, "g[c");
    assert!(app
        .notice
        .as_deref()
        .unwrap_or("")
        .contains("no flagged place above"));
}

#[test]
fn a_figure_that_differs_is_marked_and_jumped_to() {
    let en = [
        "The match began on Monday.",
        "Nothing new came of it, and nothing was said on day two.",
        "The home side won by 28 runs.",
    ];
    let te = [
        "మ్యాచ్ సోమవారం ప్రారంభమైంది.",
        "రెండో రోజు ఏమీ కొత్తగా జరగలేదు.",
        "ఆతిథ్య జట్టు 38 పరుగుల తేడాతో గెలిచింది.",
    ];
    let pair = Pair::new(
        Document::from_text("f.te.txt", te.join("\n\n")),
        Document::from_text("f.en.txt", en.join("\n\n")),
    );
    let mut app = App::analysed(pair, 100, 8);
    for side in Side::BOTH {
        let row = row_of_paragraph(&app, side, 2);
        assert_eq!(cell(&app, side, row), Some(MarkKind::Figure), "{side:?}");
        assert!(app.content.coverage[side].attention.contains(&row));
    }
    press(&mut app, "]c");
    let row = row_of_paragraph(&app, Side::Te, 2);
    assert_eq!(app.view.top[Side::Te], row.min(app.max_top(Side::Te)));
}
