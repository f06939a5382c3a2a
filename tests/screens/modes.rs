//! The line input (note, search) and the pair picker have their own command tables, rebindable
//! from the config file's `[keys.input]` and `[keys.picker]`, and the help lists them.

use crate::common;

use common::{draw, press, screen_lines};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use tandem::core::sample::sample_pair;
use tandem::front::config::Config;
use tandem::tui::app::App;
use tandem::tui::modes::{ModeKeymap, ModeKeys};
use tandem::tui::picker::{EntryProgress, Picker, PickerEntry, PickerOutcome};

fn config(text: &str) -> Result<Config, String> {
    Config::parse(Path::new("test.toml"), text).map_err(|e| e.to_string())
}

#[test]
fn input_keys_are_rebound_from_the_config() {
    let c = config("[keys.input]\ncommit = [\"<Enter>\", \"<C-s>\"]\ncancel = \"<C-g>\"\n")
        .expect("valid");
    let mut app = App::analysed(sample_pair(), 100, 30);
    app.modes = ModeKeys::new(c.modes());
    press(&mut app, "aone<C-s>");
    assert_eq!(app.input, None, "^s took the line");
    let an = app.content.analysed.as_ref().expect("analysed");
    let d = app
        .review
        .group_decision(&an.analysis.alignment[0])
        .expect("a note");
    assert_eq!(d.note.as_deref(), Some("one"));
    // Esc is no key of the prompt any more: it types nothing and closes nothing; ^g cancels.
    press(&mut app, "/x<Esc>");
    assert_eq!(app.input.as_ref().map(|i| i.text.as_str()), Some("x"));
    press(&mut app, "<C-g>");
    assert_eq!(app.input, None);
}

#[test]
fn picker_keys_are_rebound_from_the_config() {
    let c =
        config("[keys.picker]\ndown = \"<C-j>\"\nclose = [\"<Esc>\", \"<C-c>\"]\n").expect("valid");
    let entries = ["a", "b", "c"]
        .iter()
        .map(|t| PickerEntry {
            title: t.to_string(),
            bytes: 1,
            progress: EntryProgress::None,
        })
        .collect();
    let mut p = Picker::new(entries, 0);
    p.keys = ModeKeymap::from_bindings(&c.modes().picker);
    p.show();
    let key = |code, modifiers| KeyEvent::new(code, modifiers);
    p.on_key(key(KeyCode::Down, KeyModifiers::NONE));
    assert_eq!(p.highlighted(), Some(0), "Down is no longer bound");
    p.on_key(key(KeyCode::Char('j'), KeyModifiers::CONTROL));
    assert_eq!(p.highlighted(), Some(1));
    // ^n kept its default (down lost only the keys the file did not list).
    assert_eq!(
        p.on_key(key(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        PickerOutcome::Close
    );
}

#[test]
fn mode_tables_are_checked() {
    for (text, want) in [
        ("[keys.input]\ncommit = \"x\"\n", "types text here"),
        ("[keys.input]\ncommit = \"<C-x><C-s>\"\n", "is not one key"),
        ("[keys.input]\ncancel = []\n", "input.cancel needs a key"),
        ("[keys.picker]\nclose = []\n", "picker.close needs a key"),
        (
            "[keys.picker]\nnope = \"<C-x>\"\n",
            "unknown picker action \"nope\"",
        ),
        (
            "[keys.picker]\nup = \"<C-k>\"\ndown = \"<C-k>\"\n",
            "given to both picker.up and picker.down",
        ),
        (
            "[keys.input]\nleft = [\"<C-b>\", \"<C-b>\"]\n",
            "listed twice for input.left",
        ),
        (
            "[keys.reader]\nquit = \"q\"\n",
            "[keys.input] and [keys.picker]",
        ),
    ] {
        let m = config(text).expect_err(text);
        assert!(m.contains(want), "{text}: {m}");
        assert!(m.starts_with("test.toml: line "), "{m}");
    }
}

#[test]
fn the_help_lists_the_prompt_and_picker_keys_on_its_second_page() {
    let mut app = App::analysed(sample_pair(), 120, 40);
    press(&mut app, "?");
    let first = screen_lines(&draw(&app)).join("\n");
    assert!(first.contains("help: keys in prompts, picker"), "{first}");
    press(&mut app, "<Tab>");
    let second = screen_lines(&draw(&app)).join("\n");
    for row in [
        "prompt: take the line",
        "prompt: delete to the start",
        "picker: open the pair",
        "picker: clear the filter",
    ] {
        assert!(second.contains(row), "{row}:\n{second}");
    }
    press(&mut app, "<Tab>");
    let back = screen_lines(&draw(&app)).join("\n");
    assert_eq!(back, first);
    press(&mut app, "<Esc>");
    assert!(!app.overlay.help_shown());
}
