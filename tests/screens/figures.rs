//! The figures check in the viewer, on TestBackend: flagged figures and one-sided quotes are
//! marked in the panes (in colour and, with NO_COLOR, by underline), matched ones are not; `F`
//! lists them and Enter goes to one.

use crate::common;

use common::{draw, find_cells, press, screen_lines};
use ratatui::backend::TestBackend;
use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use tandem::core::pair::{Pair, Side};
use tandem::tui::app::App;
use tandem::tui::ui::{self, Theme};
use tandem::Document;

fn fixture() -> Pair<Document> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/figures");
    Pair::from_fn(|side| {
        let name = match side {
            Side::Te => "launch.te.txt",
            Side::En => "launch.en.txt",
        };
        Document::load(format!("{dir}/{name}").as_ref(), false).expect("fixture loads")
    })
}

fn underlined(cells: &[&Cell]) -> bool {
    !cells.is_empty()
        && cells
            .iter()
            .all(|c| c.modifier.contains(Modifier::UNDERLINED))
}

#[test]
fn flagged_figures_and_one_sided_quotes_are_marked_and_matched_ones_are_not() {
    let app = App::analysed(fixture(), 140, 40);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    let flag = Theme::new(true).figure_flag.fg.expect("a flag colour");
    for (side, text) in [
        (Side::Te, "38 పరుగుల"),
        (Side::En, "28 runs"),
        (Side::En, "August 25"),
        (Side::En, "2026"),
    ] {
        let cells = find_cells(buf, &app, side, text);
        assert!(underlined(&cells), "{text}");
        assert!(cells.iter().all(|c| c.fg == flag), "{text}");
    }
    for (side, text) in [(Side::En, "July 14"), (Side::Te, "15 లక్షల మంది")] {
        let cells = find_cells(buf, &app, side, text);
        assert!(cells.iter().all(|c| c.fg != flag), "{text}");
        assert!(
            !cells
                .iter()
                .any(|c| c.modifier.contains(Modifier::UNDERLINED)),
            "{text}"
        );
    }
    let quote = find_cells(buf, &app, Side::En, "“This is a proud");
    assert!(underlined(&quote));
    assert!(quote
        .iter()
        .all(|c| c.fg == Theme::new(true).quote_flag.fg.unwrap_or(Color::Reset)));
}

#[test]
fn without_colour_flags_are_underlined() {
    let app = App::analysed(fixture(), 140, 40);
    let mut terminal = Terminal::new(TestBackend::new(140, 40)).expect("terminal");
    terminal
        .draw(|f| ui::draw(&app, &Theme::new(false), f))
        .expect("draw");
    let buf = terminal.backend().buffer();
    let cells = find_cells(buf, &app, Side::Te, "38 పరుగుల");
    assert!(underlined(&cells));
    assert!(cells
        .iter()
        .all(|c| c.fg == Color::Reset && c.modifier.contains(Modifier::BOLD)));
    assert!(!underlined(&find_cells(buf, &app, Side::En, "July 14")));
}

#[test]
fn the_figures_list_shows_each_flag_with_both_sides() {
    let mut app = App::analysed(fixture(), 100, 24);
    press(&mut app, "F");
    assert!(app.overlay.figures_open());
    let screen = screen_lines(&draw(&app)).join("\n");
    insta::assert_snapshot!("figures_list_100x24", screen);
    for row in [
        ["2", "differs", "ఆగస్టు 23న", "August 25"],
        ["3", "differs", "౭౫ శాతం", "80 per cent"],
        ["3", "only en", "—", "2026"],
        ["3", "quote only en", "—", "“This is a proud"],
        ["4", "differs", "38 పరుగుల", "28 runs"],
    ] {
        let line = screen
            .lines()
            .find(|l| l.contains(row[3]) && l.contains(row[1]))
            .unwrap_or_else(|| panic!("{row:?} not listed:\n{screen}"));
        let at = |s: &str| line.find(s).unwrap_or_else(|| panic!("{s} in {line}"));
        assert!(at(row[0]) < at(row[1]) && at(row[1]) < at(row[2]) && at(row[2]) < at(row[3]));
    }
    // The entity list and the figures list do not stack.
    press(&mut app, "e");
    assert!(app.overlay.entities_open() && !app.overlay.figures_open());
    press(&mut app, "F");
    assert!(app.overlay.figures_open() && !app.overlay.entities_open());
    press(&mut app, "#");
    assert!(!app.overlay.figures_open());
}

/// A pair of `n` short paragraphs per side where paragraph `at` holds a figure that differs.
fn long_pair(n: usize, at: usize) -> Pair<Document> {
    let mut te = String::new();
    let mut en = String::new();
    for k in 0..n {
        if k == at {
            te.push_str("ఆ రోజు జట్టు 38 పరుగులు మాత్రమే చేసింది.\n\n");
            en.push_str("That day the team made only 28 runs in all.\n\n");
        } else {
            te.push_str("ఈ పేరాలో అంకెలు ఏవీ లేవు, కేవలం మాటలే ఉన్నాయి.\n\n");
            en.push_str("This paragraph holds no figures, only words.\n\n");
        }
    }
    Pair::new(
        Document::from_text("long.te.txt", te),
        Document::from_text("long.en.txt", en),
    )
}

#[test]
fn enter_goes_to_the_figure_and_esc_drops_its_emphasis() {
    let mut app = App::analysed(long_pair(60, 45), 100, 24);
    assert_eq!(app.view.top[Side::Te], 0);
    press(&mut app, "F<Enter>");
    assert!(!app.overlay.figures_open());
    let notice = app.notice.clone().unwrap_or_default();
    assert!(
        notice.contains("differs") && notice.contains("28 runs"),
        "{notice}"
    );
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    for (side, text) in [(Side::Te, "38 పరుగులు"), (Side::En, "28 runs")] {
        let cells = find_cells(buf, &app, side, text);
        assert!(
            cells
                .iter()
                .all(|c| c.modifier.contains(Modifier::REVERSED)),
            "{text} is the current flag"
        );
    }
    assert!(app.view.top[Side::Te] > 0);
    press(&mut app, "<Esc>");
    let terminal = draw(&app);
    let cells = find_cells(terminal.backend().buffer(), &app, Side::En, "28 runs");
    assert!(cells
        .iter()
        .all(|c| !c.modifier.contains(Modifier::REVERSED)));
    assert!(underlined(&cells));
}

#[test]
fn independent_mode_moves_both_panes_to_the_figure() {
    let mut app = App::analysed(long_pair(60, 45), 100, 24);
    press(&mut app, "s");
    press(&mut app, "F<Enter>");
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    find_cells(buf, &app, Side::Te, "38 పరుగులు");
    find_cells(buf, &app, Side::En, "28 runs");
}

#[test]
fn with_nothing_to_flag_the_list_says_so() {
    let pair = Pair::new(
        Document::from_text("a.te.txt", "జట్టు 38 పరుగులు చేసింది.".into()),
        Document::from_text("a.en.txt", "The team made 38 runs.".into()),
    );
    let mut app = App::analysed(pair, 80, 24);
    press(&mut app, "F");
    let screen = screen_lines(&draw(&app)).join("\n");
    assert!(
        screen.contains("none: every figure and quote has its counterpart"),
        "{screen}"
    );
    press(&mut app, "<Enter>");
    assert!(!app.overlay.figures_open());
}

#[test]
fn the_figures_list_fits_small_terminals() {
    for (w, h) in [(40, 12), (39, 16), (30, 8)] {
        let mut app = App::analysed(fixture(), w, h);
        press(&mut app, "F");
        let screen = screen_lines(&draw(&app)).join("\n");
        if w >= 39 {
            assert!(screen.contains("differs"), "{w}x{h}:\n{screen}");
        }
        press(&mut app, "G<Enter>");
        assert!(!app.overlay.figures_open(), "{w}x{h}");
        draw(&app);
    }
}
