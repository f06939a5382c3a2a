//! The keys of the modes that take typed text: the line input (a note, a search) and the pair
//! picker's filter. Each mode has its own small command table, like the reader's in `action`:
//! an action's config name (under `[keys.input]` or `[keys.picker]`), its default keys and its
//! help line are written once below; the help screen and the config file read them from there.
//!
//! In these modes a printable character is text, not a command: only keys that type nothing
//! (Enter, the arrows, Ctrl- or Alt- keys ...) can be bound, and a key that no binding takes is
//! typed into the text when it prints. Bindings are single keys (no `]e` sequences): the
//! first key of a sequence would already have been typed.

use super::keymap::{normalize, parse_keys};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One row of a mode's command table.
#[derive(Debug, Clone, Copy)]
pub struct ModeCommand<A: 'static> {
    pub action: A,
    /// The name in the config file's `[keys.<mode>]` table.
    pub name: &'static str,
    /// The default keys, in key-string syntax.
    pub keys: &'static [&'static str],
    pub help: &'static str,
}

/// A mode's actions: its command table.
pub trait ModeAction: Copy + PartialEq + std::fmt::Debug + 'static {
    /// The mode's table name in the config file (`[keys.input]`).
    const MODE: &'static str;
    /// What the help calls the mode.
    const TITLE: &'static str;
    /// Every action, in help order.
    const COMMANDS: &'static [ModeCommand<Self>];

    /// The action with this config name.
    fn from_name(name: &str) -> Option<Self> {
        Self::COMMANDS
            .iter()
            .find(|c| c.name == name)
            .map(|c| c.action)
    }

    /// The default bindings as owned key strings, one entry per action in help order.
    fn default_bindings() -> Vec<(Self, Vec<String>)> {
        Self::COMMANDS
            .iter()
            .map(|c| (c.action, c.keys.iter().map(|k| k.to_string()).collect()))
            .collect()
    }
}

/// Defines a mode's action enum and its [`ModeAction`] table from one list.
macro_rules! mode_table {
    (
        $(#[doc = $tdoc:literal])*
        $name:ident, $mode:literal, $title:literal {
            $( $(#[doc = $doc:literal])* $variant:ident => $cname:literal, [$($key:literal),*], $help:literal; )*
        }
    ) => {
        $(#[doc = $tdoc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $( $(#[doc = $doc])* $variant, )* }

        impl ModeAction for $name {
            const MODE: &'static str = $mode;
            const TITLE: &'static str = $title;
            const COMMANDS: &'static [ModeCommand<Self>] = &[ $(
                ModeCommand { action: $name::$variant, name: $cname, keys: &[$($key),*], help: $help },
            )* ];
        }
    };
}

mode_table! {
    /// What a key does while a line is typed (a note, a search).
    InputAction, "input", "in a prompt (note, search)" {
        /// Take the line: save the note, run the search.
        Commit => "commit", ["<Enter>"], "prompt: take the line";
        /// Drop the line.
        Cancel => "cancel", ["<Esc>"], "prompt: cancel";
        /// Delete the character before the cursor.
        DeleteBack => "delete_back", ["<Backspace>"], "prompt: delete before the cursor";
        /// Delete the character under the cursor.
        DeleteForward => "delete_forward", ["<Del>"], "prompt: delete under the cursor";
        /// Cursor one character left.
        Left => "left", ["<Left>"], "prompt: cursor left";
        /// Cursor one character right.
        Right => "right", ["<Right>"], "prompt: cursor right";
        /// Cursor to the start of the line.
        Start => "start", ["<Home>"], "prompt: cursor to the start";
        /// Cursor to the end of the line.
        End => "end", ["<End>"], "prompt: cursor to the end";
        /// Delete everything before the cursor.
        ClearBefore => "clear_before", ["<C-u>"], "prompt: delete to the start";
    }
}

mode_table! {
    /// What a key does in the pair picker (corpus mode).
    PickerAction, "picker", "in the pair picker" {
        /// Open the highlighted pair.
        Open => "open", ["<Enter>"], "picker: open the pair";
        /// Close the picker.
        Close => "close", ["<Esc>"], "picker: close";
        /// Highlight the next pair.
        Down => "down", ["<Down>", "<C-n>"], "picker: next pair";
        /// Highlight the previous pair.
        Up => "up", ["<Up>", "<C-p>"], "picker: previous pair";
        /// Ten pairs down.
        PageDown => "page_down", ["<PageDown>"], "picker: page down";
        /// Ten pairs up.
        PageUp => "page_up", ["<PageUp>"], "picker: page up";
        /// The first pair.
        First => "first", ["<Home>"], "picker: first pair";
        /// The last pair.
        Last => "last", ["<End>"], "picker: last pair";
        /// Delete the filter's last character.
        DeleteBack => "delete_back", ["<Backspace>"], "picker: delete from the filter";
        /// Clear the filter.
        ClearFilter => "clear_filter", ["<C-u>"], "picker: clear the filter";
        /// Stop tandem with the terminal given back, as the reader's Ctrl-Z does.
        Suspend => "suspend", ["<C-z>"], "picker: suspend (fg resumes)";
    }
}

/// A mode's bindings in effect: single keys to actions.
#[derive(Debug, Clone)]
pub struct ModeKeymap<A> {
    bindings: Vec<(KeyEvent, A)>,
}

impl<A: ModeAction> Default for ModeKeymap<A> {
    fn default() -> Self {
        ModeKeymap::from_bindings(&A::default_bindings())
    }
}

impl<A: ModeAction> ModeKeymap<A> {
    /// The keymap of action → key-string bindings (checked when a config file is loaded; a
    /// string that is not one key is skipped).
    pub fn from_bindings(bindings: &[(A, Vec<String>)]) -> ModeKeymap<A> {
        let bindings = bindings
            .iter()
            .flat_map(|(action, keys)| {
                keys.iter()
                    .filter_map(|k| single_key(k).ok())
                    .map(move |k| (k, *action))
            })
            .collect();
        ModeKeymap { bindings }
    }

    /// The action bound to `key`, if any.
    pub fn action(&self, key: KeyEvent) -> Option<A> {
        let key = normalize(key);
        self.bindings
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, a)| *a)
    }
}

/// A key string that must be one key that types nothing: what a mode may bind.
pub fn single_key(s: &str) -> Result<KeyEvent, String> {
    let keys = parse_keys(s)?;
    let [key] = keys[..] else {
        return Err(format!(
            "{s:?} is not one key: keys in a prompt or the picker are single keys"
        ));
    };
    if prints(key) {
        return Err(format!(
            "{s:?} types text here: bind a key that types nothing (<C-x>, <A-x>, <F2>, an arrow)"
        ));
    }
    Ok(key)
}

/// Whether `key` types a character into a prompt (a printable character without Ctrl or Alt).
pub fn prints(key: KeyEvent) -> bool {
    matches!(key.code, KeyCode::Char(c) if !c.is_control())
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// The bindings of the text modes, as the config file left them.
#[derive(Debug, Clone, PartialEq)]
pub struct ModeBindings {
    pub input: Vec<(InputAction, Vec<String>)>,
    pub picker: Vec<(PickerAction, Vec<String>)>,
}

impl Default for ModeBindings {
    fn default() -> Self {
        ModeBindings {
            input: InputAction::default_bindings(),
            picker: PickerAction::default_bindings(),
        }
    }
}

/// The text modes' keys as the app holds them: the bindings (for the help) and the line
/// input's keymap (the picker holds its own).
#[derive(Debug, Clone, Default)]
pub struct ModeKeys {
    pub bindings: ModeBindings,
    pub input: ModeKeymap<InputAction>,
}

impl ModeKeys {
    pub fn new(bindings: &ModeBindings) -> ModeKeys {
        ModeKeys {
            bindings: bindings.clone(),
            input: ModeKeymap::from_bindings(&bindings.input),
        }
    }
}

/// Help rows (keys, description) for one mode's bindings.
pub fn help_rows<A: ModeAction>(bindings: &[(A, Vec<String>)]) -> Vec<(String, &'static str)> {
    bindings
        .iter()
        .filter(|(_, keys)| !keys.is_empty())
        .filter_map(|(action, keys)| {
            let help = A::COMMANDS.iter().find(|c| c.action == *action)?.help;
            let keys: Vec<String> = keys.iter().map(|k| super::keymap::key_label(k)).collect();
            Some((keys.join("/"), help))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults_are_single_unprinting_keys<A: ModeAction>() {
        for c in A::COMMANDS {
            assert_eq!(A::from_name(c.name), Some(c.action));
            for k in c.keys {
                assert!(single_key(k).is_ok(), "{}: {k}", c.name);
            }
        }
    }

    #[test]
    fn the_default_tables_are_sound() {
        defaults_are_single_unprinting_keys::<InputAction>();
        defaults_are_single_unprinting_keys::<PickerAction>();
    }

    #[test]
    fn printing_keys_and_sequences_cannot_be_bound() {
        assert!(single_key("x").is_err());
        assert!(single_key("<Space>").is_err());
        assert!(single_key("gg").is_err());
        assert!(single_key("<C-x>").is_ok());
        assert!(single_key("<A-x>").is_ok());
        let map = ModeKeymap::<PickerAction>::default();
        let ctrl_n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
        assert_eq!(map.action(ctrl_n), Some(PickerAction::Down));
        let n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE);
        assert_eq!(map.action(n), None);
    }
}
