//! Issue 21, the calmer coverage map: on the sample at 80×24, 160×45 and 250×60 the strip in
//! each pane's right border carries marks only where a gap, a flagged figure or quote, or a
//! weak group is; everywhere else it is the plain border.

use crate::common;

use common::draw;
use tandem::core::pair::Side;
use tandem::core::sample::sample_pair;
use tandem::tui::app::App;
use tandem::view::coverage::MarkKind;

/// The glyphs of both panes' strips from top to bottom, `te | en` per line.
fn strips(w: u16, h: u16) -> (App, String) {
    let app = App::analysed(sample_pair(), w, h);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    let column = |side: Side| -> Vec<String> {
        let pane = app.view.screen.panes[side];
        let x = pane.x + pane.width - 1;
        (pane.y + 1..pane.y + pane.height - 1)
            .map(|y| buf[(x, y)].symbol().to_string())
            .collect()
    };
    let (te, en) = (column(Side::Te), column(Side::En));
    let lines: Vec<String> = (0..te.len().max(en.len()))
        .map(|i| {
            let at = |v: &Vec<String>| v.get(i).cloned().unwrap_or_else(|| " ".into());
            format!("{:>2} {} {}", i, at(&te), at(&en))
        })
        .collect();
    (app, lines.join("\n"))
}

/// What needs a look in the sample, per side: gap mentions, flagged figures and quotes, weak
/// groups with paragraphs on that side.
fn needs_a_look(app: &App, side: Side) -> usize {
    let Some(a) = app.content.analysed.as_ref() else {
        return 0;
    };
    let gaps: usize = a
        .analysis
        .entities
        .iter()
        .filter(|e| e.is_gap())
        .map(|e| e.mentions(side).len())
        .sum();
    let marks = &a.figure_marks;
    let weak = (0..a.analysis.alignment.len())
        .filter(|&g| a.is_weak(g) && !a.analysis.alignment[g].side(side).is_empty())
        .count();
    gaps + marks.figures[side].len() + marks.quotes[side].len() + weak
}

fn check(w: u16, h: u16) -> String {
    let (app, strips) = strips(w, h);
    for side in Side::BOTH {
        let map = &app.content.coverage[side];
        let marked = map.cells.iter().flatten().count();
        assert!(
            marked <= needs_a_look(&app, side),
            "{side:?}: {marked} marks for {} places\n{strips}",
            needs_a_look(&app, side)
        );
        // Quiet where all is well: no more than half the strip carries a mark.
        assert!(marked * 2 <= map.cells.len(), "{side:?}\n{strips}");
        let glyphs: Vec<&str> = MarkKind::ALL.iter().map(|k| k.glyph().0).collect();
        let drawn = strips
            .lines()
            .filter_map(|l| {
                l.split_whitespace()
                    .nth(if side == Side::Te { 1 } else { 2 })
            })
            .filter(|g| glyphs.contains(g))
            .count();
        assert_eq!(drawn, marked, "{side:?}\n{strips}");
    }
    strips
}

#[test]
fn coverage_map_80x24() {
    insta::assert_snapshot!(check(80, 24));
}

#[test]
fn coverage_map_160x45() {
    insta::assert_snapshot!(check(160, 45));
}

#[test]
fn coverage_map_250x60() {
    insta::assert_snapshot!(check(250, 60));
}

/// The status bar advertises `F` and `]c` when the sample has figures and places to check,
/// and says nothing of them when there are none.
#[test]
fn the_status_bar_advertises_figures_and_places_to_check() {
    let app = App::analysed(sample_pair(), 250, 30);
    let hints = tandem::tui::ui::build_attention_hints(&app);
    let keys: Vec<&str> = hints.iter().map(|(k, _)| k.as_str()).collect();
    assert!(keys.contains(&"]c"), "{hints:?}");
    let screen = common::screen_lines(&draw(&app)).join("\n");
    assert!(screen.contains("to check"), "{screen}");

    let plain = tandem::core::pair::Pair::new(
        tandem::Document::from_text("q.te.txt", "ఆ రోజు ఏమీ లేదు.".into()),
        tandem::Document::from_text("q.en.txt", "Nothing happened that day.".into()),
    );
    let app = App::analysed(plain, 120, 20);
    assert!(tandem::tui::ui::build_attention_hints(&app).is_empty());
}

/// A click on a row of the figures list moves the cursor to that row; Enter then goes there.
#[test]
fn a_click_selects_a_row_of_the_figures_list() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/figures");
    let pair = tandem::core::pair::Pair::from_fn(|side| {
        let name = match side {
            Side::Te => "launch.te.txt",
            Side::En => "launch.en.txt",
        };
        tandem::Document::load(format!("{dir}/{name}").as_ref(), false).expect("fixture loads")
    });
    let mut app = App::analysed(pair, 100, 24);
    common::press(&mut app, "F");
    assert_eq!(app.figure_list.cursor, 0);
    let popup = tandem::tui::ui::figure_list_popup(app.view.screen.area);
    // The header is at popup.y + 1; rows follow. Click the third row.
    app.update(tandem::tui::action::Action::ClickAt {
        column: popup.x + 10,
        row: popup.y + 4,
    });
    assert_eq!(app.figure_list.cursor, 2);
    // A click on the header changes nothing.
    app.update(tandem::tui::action::Action::ClickAt {
        column: popup.x + 10,
        row: popup.y + 1,
    });
    assert_eq!(app.figure_list.cursor, 2);
}
