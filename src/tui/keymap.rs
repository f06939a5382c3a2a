//! Keys as data: the default bindings, a parser for key strings shared by config and tests
//! ("jj<C-d>", "<PageDown>"), and the reverse map that the status bar is generated from.

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What the status bar shows: pairs of actions and the word that describes them.
pub const STATUS_HINTS: &[(&[Action], &str)] = &[
    (&[Action::ToggleHelp], "help"),
    (&[Action::ToggleEntities], "entities"),
    (&[Action::NextGroup, Action::PrevGroup], "group"),
    (&[Action::Search], "search"),
    (&[Action::NextMention, Action::PrevMention], "next"),
    (&[Action::ToggleSync], "sync"),
    (&[Action::SwitchFocus], "focus"),
    (&[Action::Quit], "quit"),
    (&[Action::LineDown, Action::LineUp], "line"),
    (&[Action::PageDown], "page"),
    (&[Action::Top, Action::Bottom], "top/end"),
];

/// Bindings in effect, and the prefix typed so far of a multi-key binding.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<(Vec<KeyEvent>, Action)>,
    pending: Vec<KeyEvent>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = Action::COMMANDS
            .iter()
            .flat_map(|b| {
                b.keys.iter().map(move |k| {
                    // The defaults are constants checked by a test; a bad one is a bug.
                    (parse_keys(k).unwrap_or_default(), b.action)
                })
            })
            .filter(|(keys, _)| !keys.is_empty())
            .collect();
        Keymap {
            bindings,
            pending: Vec::new(),
        }
    }
}

impl Keymap {
    /// Feeds one key press; returns the action once a whole binding has been typed.
    pub fn feed(&mut self, key: KeyEvent) -> Option<Action> {
        self.pending.push(normalize(key));
        let mut prefix_of_some = false;
        for (keys, action) in &self.bindings {
            if *keys == self.pending {
                self.pending.clear();
                return Some(*action);
            }
            prefix_of_some |= keys.starts_with(&self.pending);
        }
        if !prefix_of_some {
            // "]x" is no binding: forget "]" and read "x" on its own.
            let retry = self.pending.len() > 1;
            let last = self.pending.pop();
            self.pending.clear();
            if let Some(key) = last.filter(|_| retry) {
                return self.feed(key);
            }
        }
        None
    }

    /// The keymap of action → key-string bindings (the defaults, or what a config file's
    /// `[keys]` table made of them). Key strings that do not parse are skipped: a config file's
    /// are checked when it is loaded, and the defaults by a keymap test.
    pub fn from_bindings(bindings: &[(Action, Vec<String>)]) -> Keymap {
        let pairs = bindings
            .iter()
            .flat_map(|(action, keys)| {
                keys.iter()
                    .filter_map(|k| parse_keys(k).ok())
                    .map(move |k| (k, *action))
            })
            .collect();
        Keymap::with_bindings(pairs)
    }

    /// A keymap with these bindings instead of the defaults. As with the defaults, the first
    /// binding in the list wins when two could fire.
    pub fn with_bindings(bindings: Vec<(Vec<KeyEvent>, Action)>) -> Keymap {
        Keymap {
            bindings: bindings
                .into_iter()
                .filter(|(keys, _)| !keys.is_empty())
                .collect(),
            pending: Vec::new(),
        }
    }
}

/// The default bindings as owned key strings, one entry per action in help order: the list a
/// config file's `[keys]` table edits, and the one help and status bar read when there is none.
pub fn default_bindings() -> Vec<(Action, Vec<String>)> {
    Action::COMMANDS
        .iter()
        .map(|b| (b.action, b.keys.iter().map(|k| k.to_string()).collect()))
        .collect()
}

/// A key as the user reads it: "^d" for "<C-d>", "PgDn" for "<PageDown>".
pub fn key_label(key: &str) -> String {
    match key {
        "<PageDown>" => "PgDn".into(),
        "<PageUp>" => "PgUp".into(),
        "<Space>" => "Space".into(),
        "<Down>" => "↓".into(),
        "<Up>" => "↑".into(),
        k if k.starts_with("<C-") && k.ends_with('>') => format!("^{}", &k[3..k.len() - 1]),
        k if k.starts_with('<') && k.ends_with('>') => k[1..k.len() - 1].to_string(),
        k => k.to_string(),
    }
}

/// Drops what does not identify a key (press/release kind, Shift on a printed character).
pub fn normalize(key: KeyEvent) -> KeyEvent {
    let mut modifiers = key.modifiers;
    if let KeyCode::Char(_) = key.code {
        modifiers.remove(KeyModifiers::SHIFT);
    }
    KeyEvent::new(key.code, modifiers)
}

/// Parses key strings: plain characters, and `<Name>` or `<C-x>`/`<A-x>`/`<S-x>` in angle
/// brackets ("jj<C-d><PageDown>").
/// One key as the keymaps match it (what `parse_keys` makes of one key string).
pub type Key = KeyEvent;

/// A sequence of keys as the keymap matches them (`g g` is two).
pub type KeySeq = Vec<KeyEvent>;

pub fn parse_keys(s: &str) -> Result<KeySeq, String> {
    let mut keys = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            if let Some(end) = rest.find('>').filter(|&e| e > 1) {
                keys.push(parse_named(&rest[1..end])?);
                rest = &rest[end + 1..];
                continue;
            }
        }
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        rest = &rest[c.len_utf8()..];
    }
    Ok(keys)
}

/// The highest function key a key string may name.
const MAX_F_KEY: u8 = 24;

fn parse_named(name: &str) -> Result<KeyEvent, String> {
    let mut modifiers = KeyModifiers::NONE;
    let mut base = name;
    while base.len() > 2 && base.as_bytes()[1] == b'-' {
        match &base[..1] {
            "C" => modifiers |= KeyModifiers::CONTROL,
            "A" => modifiers |= KeyModifiers::ALT,
            "S" => modifiers |= KeyModifiers::SHIFT,
            _ => break,
        }
        base = &base[2..];
    }
    let code = match base {
        "Enter" | "CR" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "BackTab" => KeyCode::BackTab,
        "Backspace" | "BS" => KeyCode::Backspace,
        "Space" => KeyCode::Char(' '),
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "PageUp" => KeyCode::PageUp,
        "PageDown" => KeyCode::PageDown,
        "Del" | "Delete" => KeyCode::Delete,
        "lt" => KeyCode::Char('<'),
        b if b.chars().count() == 1 => KeyCode::Char(b.chars().next().unwrap_or(' ')),
        // Terminals send function keys up to F24 at most (F13 and up with Shift or Ctrl).
        b if b.starts_with('F') => match b[1..].parse::<u8>() {
            Ok(n @ 1..=MAX_F_KEY) => KeyCode::F(n),
            _ => {
                return Err(format!(
                    "unknown key <{name}> (function keys are F1 to F24)"
                ))
            }
        },
        _ => return Err(format!("unknown key <{name}>")),
    };
    Ok(normalize(KeyEvent::new(code, modifiers)))
}

/// The default key table as markdown, for README: one row per action in help order, with its
/// keys (as the help shows them), what it does (the help text) and its name in the config
/// file's `[keys]` table. README holds exactly this between `<!-- keys:start -->` and
/// `<!-- keys:end -->` (checked by `tests/cli/readme_keys.rs`), so the documented keys cannot drift
/// from the real ones.
pub fn key_table_markdown() -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = String::from("| key | action | config name |\n| --- | --- | --- |\n");
    for b in Action::COMMANDS {
        let keys: Vec<String> = b
            .keys
            .iter()
            .map(|k| format!("`{}`", cell(&key_label(k))))
            .collect();
        out.push_str(&format!(
            "| {} | {} | `{}` |\n",
            keys.join(" / "),
            cell(b.help),
            b.name
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_bindings_all_parse() {
        for b in Action::COMMANDS {
            for k in b.keys {
                let keys = parse_keys(k).unwrap();
                assert!(!keys.is_empty(), "{k}");
            }
        }
    }

    #[test]
    fn feeding_keys_gives_actions() {
        let mut map = Keymap::default();
        let acts: Vec<_> = parse_keys("jG<C-d><PageDown>q")
            .unwrap()
            .into_iter()
            .filter_map(|k| map.feed(k))
            .collect();
        assert_eq!(
            acts,
            [
                Action::LineDown,
                Action::Bottom,
                Action::HalfPageDown,
                Action::PageDown,
                Action::Quit
            ]
        );
    }

    #[test]
    fn shift_on_letters_is_ignored_and_labels_read_well() {
        let mut map = Keymap::default();
        let shifted = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(map.feed(shifted), Some(Action::Bottom));
        assert_eq!(key_label("<C-d>"), "^d");
        assert_eq!(key_label("<PageDown>"), "PgDn");
        assert!(parse_keys("<Nope>").is_err());
        assert!(parse_keys("<F24>").is_ok());
        assert!(parse_keys("<F99>").is_err());
        assert!(parse_keys("<F0>").is_err());
    }

    #[test]
    fn the_key_table_has_a_row_per_binding() {
        let table = key_table_markdown();
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), Action::COMMANDS.len() + 2);
        assert_eq!(lines[0], "| key | action | config name |");
        assert!(lines.contains(&"| `j` / `↓` | scroll one row down | `line_down` |"));
        assert!(lines.contains(&"| `^d` | scroll half a page down | `half_page_down` |"));
    }

    #[test]
    fn mouse_actions_have_no_key_and_no_name() {
        let mouse = [
            Action::ScrollAt {
                column: 0,
                row: 0,
                lines: 3,
            },
            Action::ClickAt { column: 0, row: 0 },
        ];
        for action in mouse {
            assert!(Action::COMMANDS.iter().all(|b| b.action != action));
            // Not in the command table: no config name, so `[keys]` cannot bind it.
            assert!(action.name().is_none(), "{action:?}");
        }
        assert!(!key_table_markdown().contains("mouse"));
    }
}

#[cfg(test)]
mod coverage_tests {
    use super::*;

    /// Every status hint names a bound action, so no hint shows an empty key.
    #[test]
    fn every_hint_has_a_key() {
        for (actions, words) in STATUS_HINTS {
            for &a in *actions {
                let bound = default_bindings()
                    .iter()
                    .any(|(b, keys)| *b == a && !keys.is_empty());
                assert!(bound, "{words}: {a:?} has no key");
            }
        }
    }
}
