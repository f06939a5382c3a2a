//! Whole-screen tests on ratatui's TestBackend with the sample pair: snapshots at 80×24 and
//! 40×12, borders in place after scrolling, and Telugu stored the way a terminal stores it.

use crate::common;

use common::{draw, press, redraw, screen_lines};
use tandem::core::pair::Side;
use tandem::core::sample::sample_pair;
use tandem::tui::action::Effect;
use tandem::tui::app::App;

#[test]
fn snapshot_80x24_top() {
    let app = App::analysed(sample_pair(), 80, 24);
    insta::assert_snapshot!(screen_lines(&draw(&app)).join("\n"));
}

#[test]
fn snapshot_80x24_after_paging() {
    let mut app = App::analysed(sample_pair(), 80, 24);
    press(&mut app, "<PageDown>jj");
    insta::assert_snapshot!(screen_lines(&draw(&app)).join("\n"));
}

#[test]
fn snapshot_40x12_side_by_side() {
    // 40 columns is the narrowest side-by-side width.
    let app = App::analysed(sample_pair(), 40, 12);
    insta::assert_snapshot!(screen_lines(&draw(&app)).join("\n"));
}

#[test]
fn snapshot_39x16_stacks_the_panes() {
    let mut app = App::analysed(sample_pair(), 39, 16);
    press(&mut app, "<Tab>j");
    insta::assert_snapshot!(screen_lines(&draw(&app)).join("\n"));
}

#[test]
fn too_small_says_so_in_one_line() {
    let app = App::analysed(sample_pair(), 11, 4);
    let lines = screen_lines(&draw(&app));
    assert!(lines[0].starts_with("tandem: ter"), "{lines:?}");
    assert!(lines[1..].iter().all(|l| l.trim().is_empty()));
    // And a 1×1 terminal draws without panicking.
    draw(&App::analysed(sample_pair(), 1, 1));
}

/// Every row's border cells are where the geometry puts them, whatever was scrolled.
#[test]
fn borders_stay_in_their_columns_while_paging() {
    for (w, h) in [(80, 24), (40, 12), (120, 40), (57, 19)] {
        let mut app = App::analysed(sample_pair(), w, h);
        let mut terminal = draw(&app);
        for step in 0..30 {
            press(&mut app, if step < 15 { "<C-d>" } else { "k<PageUp>" });
            redraw(&mut terminal, &app);
            let buf = terminal.backend().buffer();
            for side in Side::BOTH {
                let pane = app.view.screen.panes[side];
                for y in pane.y + 1..pane.y + pane.height - 1 {
                    // The right border carries the coverage map: any of its glyphs.
                    let right = buf[(pane.x + pane.width - 1, y)].symbol();
                    assert!(
                        ["│", "┃", "~", "◐", "#", "!"].contains(&right),
                        "{w}x{h} step {step}: {right:?} at the right edge, row {y}"
                    );
                    let x = pane.x;
                    assert_eq!(
                        buf[(x, y)].symbol(),
                        "│",
                        "{w}x{h} step {step} at ({x},{y})"
                    );
                }
            }
        }
    }
}

/// Frames drawn one after another over scrolls equal a frame drawn fresh.
#[test]
fn incremental_frames_equal_a_fresh_draw() {
    let mut app = App::analysed(sample_pair(), 70, 20);
    let mut terminal = draw(&app);
    for keys in ["j", "jjj", "<C-d>", "k", "G", "<PageUp>", "<Tab>jj", "g"] {
        press(&mut app, keys);
        redraw(&mut terminal, &app);
        let fresh = draw(&app);
        assert_eq!(
            terminal.backend().buffer(),
            fresh.backend().buffer(),
            "after {keys}"
        );
    }
}

/// కు is two cells, క and ు, as a terminal stores it; బ్లిం is three.
#[test]
fn telugu_is_stored_per_terminal_cell() {
    let app = App::analysed(sample_pair(), 80, 24);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    // The first Telugu row (below the rules and the rows the English headline takes).
    let rows = (1..23).map(|y| (1..39).map(|x| buf[(x, y)].symbol()).collect::<Vec<_>>());
    let row = rows
        .into_iter()
        .find(|r| r.concat().starts_with("యుఎస్"))
        .expect("the first Telugu line on screen");
    let joined = row.concat();
    assert!(joined.starts_with("యుఎస్ విదేశాంగ"), "{joined}");
    for sym in &row {
        let wide = sym
            .chars()
            .filter(|c| unicode_width::UnicodeWidthChar::width(*c).unwrap_or(0) > 0);
        assert!(
            wide.count() <= 1,
            "cell {sym:?} holds more than one terminal cell"
        );
    }
}

/// `?` shows every key with its description; Esc closes the help, q then quits.
#[test]
fn help_lists_the_keymap_and_esc_closes_it() {
    let mut app = App::analysed(sample_pair(), 120, 30);
    press(&mut app, "?");
    let screen = screen_lines(&draw(&app)).join("\n");
    for (keys, what) in tandem::tui::ui::build_help_rows(&app.bindings) {
        assert!(
            screen.contains(&keys) && screen.contains(what),
            "{keys} {what}:\n{screen}"
        );
    }
    insta::assert_snapshot!(screen);
    let effects = press(&mut app, "<Esc>");
    assert!(!app.overlay.help_shown() && !effects.contains(&Effect::Quit));
    assert_eq!(press(&mut app, "q"), [Effect::Quit]);
}

/// In a small terminal the help scrolls, so every key can still be read.
#[test]
fn help_scrolls_in_a_small_terminal() {
    let mut app = App::analysed(sample_pair(), 60, 20);
    press(&mut app, "?");
    let first = screen_lines(&draw(&app)).join("\n");
    assert!(first.contains("j/k scroll"), "{first}");
    let mut seen = first.clone();
    for _ in 0..80 {
        press(&mut app, "j");
        seen.push_str(&screen_lines(&draw(&app)).join("\n"));
    }
    for (keys, what) in tandem::tui::ui::build_help_rows(&app.bindings) {
        assert!(seen.contains(what), "{keys} {what} never shown");
    }
    // Scrolled to the end, one k shows an earlier row at once.
    let end = screen_lines(&draw(&app)).join("\n");
    press(&mut app, "k");
    assert_ne!(screen_lines(&draw(&app)).join("\n"), end);
    let effects = press(&mut app, "q");
    assert!(!app.overlay.help_shown() && !effects.contains(&Effect::Quit));
}
