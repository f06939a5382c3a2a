//! Search typed into the app: `/blinken<Enter>` in the Telugu pane finds బ్లింకెన్, a Telugu
//! query in the English pane finds Blinken, `n`/`N` step through matches (mentions win while an
//! entity is selected), matches are drawn highlighted, and a config's keys reach help and status.

use crate::common;

use common::{draw, press};
use std::path::Path;
use tandem::core::pair::Side;
use tandem::core::sample::sample_pair;
use tandem::front::config::Config;
use tandem::tui::app::App;
use tandem::tui::ui::{build_help_rows, build_hints, Theme};

fn app() -> App {
    App::analysed(sample_pair(), 120, 40)
}

fn matched_texts(app: &App) -> Vec<String> {
    let s = app.search.as_ref().expect("a search");
    s.matches
        .iter()
        .map(|r| app.content.docs[s.side].text[r.clone()].to_string())
        .collect()
}

#[test]
fn a_latin_query_finds_the_telugu_name_and_n_steps() {
    let mut a = app();
    press(&mut a, "/blinken<Enter>");
    let found = matched_texts(&a);
    assert!(found.len() >= 4, "{found:?}");
    assert!(found.iter().all(|t| t.starts_with("బ్లింకెన్")), "{found:?}");
    let s = a.search.as_ref().unwrap();
    assert_eq!((s.side, s.current), (Side::Te, Some(0)));
    press(&mut a, "n");
    assert_eq!(a.search.as_ref().unwrap().current, Some(1));
    press(&mut a, "NN");
    let last = a.search.as_ref().unwrap().matches.len() - 1;
    assert_eq!(a.search.as_ref().unwrap().current, Some(last), "N wraps");
    assert!(a.notice.as_deref().unwrap_or("").contains("wrapped"));
    // The current match is in view.
    let r = a.search.as_ref().unwrap().current_range().unwrap();
    let line = a
        .content
        .layouts
        .te
        .line_at_offset(&a.content.docs.te, r.start);
    let row = a.active_aligned().unwrap().row_of_line(Side::Te, line);
    assert!(row >= a.view.top.te && row < a.view.top.te + a.viewport_height(Side::Te));
}

#[test]
fn a_telugu_query_in_the_english_pane_finds_the_english_name() {
    let mut a = app();
    press(&mut a, "<Tab>/బ్లింకెన్<Enter>");
    let found = matched_texts(&a);
    assert!(!found.is_empty());
    assert!(found.iter().all(|t| t.contains("Blinken")), "{found:?}");
}

#[test]
fn matches_are_drawn_and_esc_clears_selection_then_search() {
    let mut a = app();
    press(&mut a, "<Tab>/announcement<Enter>");
    let terminal = draw(&a);
    let buf = terminal.backend().buffer();
    let highlighted = (0..buf.area.height)
        .flat_map(|y| (0..buf.area.width).map(move |x| (x, y)))
        .filter(|&(x, y)| Some(buf[(x, y)].bg) == Theme::new(true).search.bg)
        .count();
    assert_eq!(highlighted, "announcement".len());
    // With an entity selected, n steps its mentions and leaves the match alone.
    press(&mut a, "]e");
    let sel = a.selection.expect("selected");
    let before = a.search.as_ref().unwrap().current;
    press(&mut a, "n");
    assert_eq!(a.search.as_ref().unwrap().current, before);
    assert_ne!(a.selection.unwrap().current, sel.current);
    press(&mut a, "<Esc>");
    assert!(a.selection.is_none() && a.search.is_some());
    press(&mut a, "<Esc>");
    assert!(a.search.is_none());
}

#[test]
fn no_match_says_so_and_typing_does_not_scroll() {
    let mut a = app();
    press(&mut a, "/zzqx jjjj<Enter>");
    assert!(a.search.is_none());
    assert_eq!(a.view.top.te, 0);
    assert!(a.notice.as_deref().unwrap_or("").contains("no match"));
}

#[test]
fn rebound_keys_reach_the_help_and_the_status_bar() {
    let config = Config::parse(
        Path::new("config.toml"),
        "[keys]\nsearch = \"s\"\ntoggle_sync = \"S\"\n",
    )
    .expect("valid config");
    let rows = build_help_rows(config.bindings());
    assert!(
        rows.iter()
            .any(|(k, what)| k == "s" && what.contains("search")),
        "{rows:?}"
    );
    let hints = build_hints(config.bindings());
    assert!(
        hints.iter().any(|(k, w)| k == "s" && *w == "search"),
        "{hints:?}"
    );
    assert!(
        hints.iter().any(|(k, w)| k == "S" && *w == "sync"),
        "{hints:?}"
    );
}
