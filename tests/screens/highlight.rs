//! Highlighting on TestBackend: a linked entity has one colour in both panes, different from
//! plain text and from other entities; one-sided entities look like gaps; the entity list works
//! at 80×24 and 60×20; NO_COLOR falls back to text attributes.

use crate::common;

use common::{draw, find_cells, press, screen_lines};
use ratatui::backend::TestBackend;
use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use tandem::core::pair::Side;
use tandem::core::sample::sample_pair;
use tandem::tui::app::App;
use tandem::tui::ui::{self, Theme, ThemeName};

fn fg_of(cells: &[&Cell]) -> Color {
    let fg = cells[0].fg;
    assert!(
        cells.iter().all(|c| c.fg == fg),
        "one colour across the name"
    );
    fg
}

#[test]
fn the_same_entity_has_the_same_colour_in_both_panes() {
    let app = App::analysed(sample_pair(), 120, 40);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    let blinken_en = fg_of(&find_cells(buf, &app, Side::En, "Blinken"));
    let blinken_te = fg_of(&find_cells(buf, &app, Side::Te, "బ్లింకెన్"));
    let russia_en = fg_of(&find_cells(buf, &app, Side::En, "Russia"));
    let russia_te = fg_of(&find_cells(buf, &app, Side::Te, "రష్యా"));
    let plain = fg_of(&find_cells(buf, &app, Side::En, "announcement"));
    assert_eq!(blinken_en, blinken_te);
    assert_eq!(russia_en, russia_te);
    assert_ne!(blinken_en, plain);
    assert_ne!(blinken_en, russia_en);
    // The Telugu stem is bold; the name is a highlighted stem.
    assert!(find_cells(buf, &app, Side::Te, "బ్లింకెన్")
        .iter()
        .all(|c| c.modifier.contains(Modifier::BOLD)));
}

#[test]
fn a_case_suffix_shares_the_colour_but_not_the_weight() {
    // కొరియాతో = కొరియా + తో: one colour, the suffix not bold.
    let app = App::analysed(sample_pair(), 120, 40);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    let word = find_cells(buf, &app, Side::Te, "కొరియాతో");
    let stem = find_cells(buf, &app, Side::Te, "కొరియా");
    let korea = fg_of(&find_cells(buf, &app, Side::En, "North Korea"));
    assert_eq!(fg_of(&word), korea);
    assert!(stem.iter().all(|c| c.modifier.contains(Modifier::BOLD)));
    assert!(word[stem.len()..]
        .iter()
        .all(|c| !c.modifier.contains(Modifier::BOLD)));
}

#[test]
fn a_suffix_inside_a_conjunct_keeps_the_cluster_whole() {
    // సియోల్కు: the suffix కు joins ల్ in one cluster ల్కు, so the cluster stays with the stem
    // rather than being split between two styles.
    let app = App::analysed(sample_pair(), 120, 40);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    let word = find_cells(buf, &app, Side::Te, "సియోల్కు");
    let seoul = fg_of(&find_cells(buf, &app, Side::En, "Seoul"));
    assert_eq!(fg_of(&word), seoul);
    assert!(word.iter().all(|c| c.modifier.contains(Modifier::BOLD)));
}

#[test]
fn one_sided_entities_are_drawn_as_gaps() {
    let app = App::analysed(sample_pair(), 120, 40);
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    // Ukraine is only in the English article.
    let ukraine = find_cells(buf, &app, Side::En, "Ukraine");
    assert!(ukraine
        .iter()
        .all(|c| c.modifier.contains(Modifier::UNDERLINED)));
    let blinken = find_cells(buf, &app, Side::En, "Blinken");
    assert!(blinken
        .iter()
        .all(|c| !c.modifier.contains(Modifier::UNDERLINED)));
}

#[test]
fn without_colour_highlights_use_attributes_only() {
    let app = App::analysed(sample_pair(), 120, 40);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal
        .draw(|f| ui::draw(&app, &Theme::new(false), f))
        .unwrap();
    let buf = terminal.backend().buffer();
    for y in 0..40 {
        for x in 0..120 {
            let c = &buf[(x, y)];
            assert_eq!(
                (c.fg, c.bg),
                (Color::Reset, Color::Reset),
                "colour at {x},{y}"
            );
        }
    }
    assert!(find_cells(buf, &app, Side::En, "Blinken")
        .iter()
        .all(|c| c.modifier.contains(Modifier::BOLD)));
    assert!(find_cells(buf, &app, Side::En, "Ukraine")
        .iter()
        .all(|c| c.modifier.contains(Modifier::UNDERLINED)));
}

#[test]
fn selecting_an_entity_emphasises_its_mentions_on_both_sides() {
    let mut app = App::analysed(sample_pair(), 120, 40);
    // The first entity in the Telugu pane is యుఎస్ = U.S.; select the next one.
    press(&mut app, "]e]e");
    let sel = app.selection.expect("selected");
    let e = &app.content.analysed.as_ref().unwrap().analysis.entities[sel.entity];
    let terminal = draw(&app);
    let buf = terminal.backend().buffer();
    for side in Side::BOTH {
        let m = &e.mentions(side)[0];
        let stem = &m.text[..m.stem_end.unwrap_or(m.end) - m.start];
        let stem = stem.split_whitespace().next().unwrap();
        let cells = find_cells(buf, &app, side, stem);
        assert!(
            cells
                .iter()
                .all(|c| c.modifier.contains(Modifier::REVERSED)),
            "{side:?} {stem}"
        );
    }
}

#[test]
fn entity_list_at_80x24_and_60x20() {
    for (w, h) in [(80, 24), (60, 20)] {
        let mut app = App::analysed(sample_pair(), w, h);
        press(&mut app, "e");
        let screen = screen_lines(&draw(&app)).join("\n");
        for name in ["North Korea", "ఉత్తర కొరియా", "Ukraine", "బిడెన్"]
        {
            assert!(screen.contains(name), "{w}x{h}: {name}\n{screen}");
        }
        insta::assert_snapshot!(format!("entity_list_{w}x{h}"), screen);
        // Gaps only, then pick the first one with Enter: the list closes and it is selected.
        press(&mut app, "f");
        let gaps = screen_lines(&draw(&app)).join("\n");
        assert!(!gaps.contains("North Korea"), "{gaps}");
        assert!(gaps.contains("Ukraine"));
        press(&mut app, "<Enter>");
        assert!(!app.overlay.entities_open());
        let sel = app.selection.expect("an entity is selected");
        assert!(app.content.analysed.as_ref().unwrap().analysis.entities[sel.entity].is_gap());
    }
}

#[test]
fn the_light_theme_draws_other_colours_and_no_color_still_wins() {
    let app = App::analysed(sample_pair(), 120, 40);
    let draw_with = |theme: Theme| {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal.draw(|f| ui::draw(&app, &theme, f)).unwrap();
        terminal.backend().buffer().clone()
    };
    let dark = draw_with(Theme::of(ThemeName::Dark, true));
    let light = draw_with(Theme::of(ThemeName::Light, true));
    // One colour per entity across the panes, in either theme; the themes' colours differ
    // somewhere among the entities on screen.
    let mut differ = false;
    for (en, te) in [("Blinken", "బ్లింకెన్"), ("Russia", "రష్యా"), ("Seoul", "సియోల్")]
    {
        let l = fg_of(&find_cells(&light, &app, Side::En, en));
        assert_eq!(l, fg_of(&find_cells(&light, &app, Side::Te, te)));
        differ |= l != fg_of(&find_cells(&dark, &app, Side::En, en));
    }
    assert!(differ, "the light theme has its own palette");
    // The pane borders follow the theme too.
    assert_ne!(dark[(0, 1)].fg, light[(0, 1)].fg);
    let mono = draw_with(Theme::of(ThemeName::Light, false));
    for y in 0..40 {
        for x in 0..120 {
            let c = &mono[(x, y)];
            assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset), "{x},{y}");
        }
    }
}
