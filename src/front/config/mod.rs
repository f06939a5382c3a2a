//! The user's settings: a TOML file at `$XDG_CONFIG_HOME/tandem/config.toml` (or
//! `~/.config/tandem/config.toml`) that rebinds keys and can turn colour off.
//!
//! ```toml
//! color = false                    # no colours (default true)
//! mouse = false                    # leave the mouse to the terminal (default true)
//! theme = "light"                  # colours for a light background (default "dark")
//! watch = false                    # do not reload the articles when they change (default true)
//! romanise = true                  # show the Telugu pane in Latin letters at start (default false)
//!
//! [keys]                           # action = key or [keys], in the keymap's key syntax
//! line_down = ["j", "<Down>", "<C-n>"]
//! quit = "q"
//!
//! [keys.input]                     # the line input of a note or a search (`tui::modes`)
//! commit = ["<Enter>", "<C-s>"]
//!
//! [keys.picker]                    # the pair picker of `tandem DIR`
//! down = ["<Down>", "<C-n>", "<C-j>"]
//! ```
//!
//! Action names are the snake_case names of `tui::action::Action`. An action listed under
//! `[keys]` gets exactly the keys given (an empty list unbinds it); a key given to one action is
//! taken away from the defaults of every other, so a rebinding never leaves two actions on one
//! key. The file is checked whole when it is loaded: bad TOML, an unknown setting or action, a
//! key that does not parse (or names no real key: `<F99>`), a key listed twice, one key given to
//! two actions, a key that starts another binding (`quit = "]"` while `]]` exists: `]]` could
//! never be typed), no key left for `quit`, or a file that is not UTF-8 is an error naming the
//! file, line and column, and nothing of that file is used. In `[keys.input]` and
//! `[keys.picker]` keys are single keys that type nothing (printable keys are text there), and
//! the prompt's `commit`/`cancel` and the picker's `close` keep a key.

mod error;
mod modes;
mod raw;

pub use error::ConfigError;

use crate::tui::action::Action;
use crate::tui::keymap::{default_bindings, parse_keys, KeySeq, Keymap};
use crate::tui::modes::{InputAction, ModeBindings, PickerAction};
use crate::tui::ui::ThemeName;
use modes::parse_mode;
use raw::{RawConfig, RawEntry, KEYS_EXPECTED};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The settings in effect.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Draw with colours (`color = false` for monochrome).
    pub color: bool,
    /// Take clicks and the wheel (`mouse = false` leaves the mouse to the terminal).
    pub mouse: bool,
    /// Colours for a dark or a light background (`theme = "light"`).
    pub theme: ThemeName,
    /// Read the articles again when they change on disk (`watch = false` turns it off).
    pub watch: bool,
    /// Open the Telugu pane romanised (`romanise = true`; `t` switches either way).
    pub romanise: bool,
    /// Every bound action with its keys, in help order: defaults with the file's changes.
    bindings: Vec<(Action, Vec<String>)>,
    /// The keys of the line input and the picker (`[keys.input]`, `[keys.picker]`).
    modes: ModeBindings,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            color: true,
            mouse: true,
            theme: ThemeName::Dark,
            watch: true,
            romanise: false,
            bindings: default_bindings(),
            modes: ModeBindings::default(),
        }
    }
}

/// Where the config file is looked for: `$XDG_CONFIG_HOME/tandem/config.toml`, or under
/// `$HOME/.config` when that variable is unset, empty or relative (which the XDG base directory
/// specification says to ignore). `None` when neither gives a place.
pub fn config_path(xdg_config_home: Option<&OsStr>, home: Option<&OsStr>) -> Option<PathBuf> {
    Some(crate::core::dirs::app_dir(xdg_config_home, home, ".config")?.join("config.toml"))
}

/// The config file of this user, from the environment.
pub fn default_config_path() -> Option<PathBuf> {
    Some(crate::core::dirs::config_dir()?.join("config.toml"))
}

/// A config file is a few lines of TOML; anything over a mebibyte is not one.
const MAX_CONFIG_BYTES: u64 = 1 << 20;

impl Config {
    /// Loads the user's config file (see [`default_config_path`]); no file means the defaults.
    pub fn load_default() -> Result<Config, ConfigError> {
        match default_config_path() {
            Some(path) if path.exists() => Config::load(&path),
            _ => Ok(Config::default()),
        }
    }

    /// Loads the file at `path`, which must exist (a file named on the command line).
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        // Bounded like every file tandem reads: a config linked to /dev/zero or a FIFO with no
        // writer is an error, not a hang or an exhausted memory.
        let bytes = crate::core::bounded_read::read_bounded(path, MAX_CONFIG_BYTES, true).map_err(
            |failure| ConfigError::Read {
                path: path.to_path_buf(),
                source: failure.into_io(),
            },
        )?;
        // One message naming where the text stops being UTF-8 (TOML is UTF-8 only).
        let text = String::from_utf8(bytes).map_err(|e| {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let good = std::str::from_utf8(good).unwrap_or_default();
            ConfigError::at(
                path.to_path_buf(),
                good,
                good.len(),
                "not UTF-8 text: a config file must be UTF-8".into(),
            )
        })?;
        Config::parse(path, &text)
    }

    /// Parses the text of a config file; `path` is only used in messages.
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let invalid = |offset: usize, message: String| {
            ConfigError::at(path.to_path_buf(), text, offset, message)
        };
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            invalid(offset, e.message().trim_end().to_string())
        })?;
        // In the order written, so that of two actions given one key the later is blamed.
        let mut entries: Vec<_> = raw.keys.into_iter().collect();
        entries.sort_by_key(|(name, _)| name.span().start);
        let mut bindings = default_bindings();
        let mut taken: Vec<Taken> = Vec::new();
        let mut modes = ModeBindings::default();
        for (name, entry) in entries {
            let keys = match entry.get_ref() {
                RawEntry::Keys(keys) => Spanned::new(entry.span(), keys.clone()),
                RawEntry::Table(table) => {
                    match name.get_ref().as_str() {
                        "input" => {
                            modes.input = parse_mode(
                                table,
                                &invalid,
                                &[InputAction::Commit, InputAction::Cancel],
                            )?
                        }
                        "picker" => {
                            modes.picker = parse_mode(table, &invalid, &[PickerAction::Close])?
                        }
                        _ => {
                            return Err(invalid(
                                entry.span().start,
                                format!(
                                    "expected {KEYS_EXPECTED}, not a table (the tables under \
                                     [keys] are [keys.input] and [keys.picker])"
                                ),
                            ))
                        }
                    }
                    continue;
                }
            };
            let action = action_named(name.get_ref())
                .ok_or_else(|| invalid(name.span().start, unknown_action(name.get_ref())))?;
            if action == Action::Quit && keys.get_ref().0.is_empty() {
                return Err(invalid(keys.span().start, "quit needs a key".into()));
            }
            let mut strings = Vec::new();
            for key in &keys.get_ref().0 {
                let at = raw::key_offset(&keys, key);
                let text = key.get_ref();
                let parsed = match parse_keys(text) {
                    Ok(p) if !p.is_empty() => p,
                    Ok(_) => return Err(invalid(at, "an empty key string".into())),
                    Err(e) => return Err(invalid(at, format!("{e} in {text:?}"))),
                };
                if taken.iter().any(|t| t.keys == parsed && t.action == action) {
                    return Err(invalid(
                        at,
                        format!("{text:?} is listed twice for {}", action_name(action)),
                    ));
                }
                if let Some(other) = taken.iter().find(|t| t.keys == parsed) {
                    let (a, b) = (action_name(other.action), action_name(action));
                    return Err(invalid(
                        at,
                        format!("{text:?} is given to both {a} and {b}"),
                    ));
                }
                taken.push(Taken {
                    keys: parsed,
                    action,
                    at,
                });
                strings.push(text.clone());
            }
            rebind(&mut bindings, action, strings);
        }
        let quit_keys: Vec<KeySeq> = keys_of(&bindings, Action::Quit)
            .into_iter()
            .filter_map(|k| parse_keys(k).ok())
            .collect();
        take_from_defaults(&mut bindings, &taken);
        if keys_of(&bindings, Action::Quit).is_empty() {
            // Some rebinding took the last one: blame the last that took one.
            let at = taken
                .iter()
                .filter(|t| quit_keys.contains(&t.keys))
                .map(|t| t.at)
                .max()
                .unwrap_or(0);
            return Err(invalid(at, "this takes the last key of quit".into()));
        }
        if let Some((at, message)) = prefix_clash(&bindings, &taken) {
            return Err(invalid(at, message));
        }
        Ok(Config {
            color: raw.color.unwrap_or(true),
            mouse: raw.mouse.unwrap_or(true),
            modes,
            theme: match raw.theme {
                None => ThemeName::default(),
                Some(name) => theme_named(name.get_ref())
                    .ok_or_else(|| invalid(name.span().start, unknown_theme(name.get_ref())))?,
            },
            watch: raw.watch.unwrap_or(true),
            romanise: raw.romanise.unwrap_or(false),
            bindings,
        })
    }

    /// Every bound action with its key strings, in help order: what the help overlay and the
    /// status bar show.
    pub fn bindings(&self) -> &[(Action, Vec<String>)] {
        &self.bindings
    }

    /// The keys of the line input and the picker.
    pub fn modes(&self) -> &ModeBindings {
        &self.modes
    }

    /// The first key of `action`, for hints ("q quit").
    pub fn key_for(&self, action: Action) -> Option<&str> {
        self.bindings
            .iter()
            .find(|(a, keys)| *a == action && !keys.is_empty())
            .and_then(|(_, keys)| keys.first())
            .map(String::as_str)
    }

    /// The keymap these bindings make.
    pub fn keymap(&self) -> Keymap {
        Keymap::from_bindings(&self.bindings)
    }
}

/// A binding that starts another one (`quit = "]"` while `]e` selects the next entity): the
/// keymap acts on the shorter as soon as it is typed, so the longer could never be. Returns
/// where the file gave one of the two (the later) and what to say.
fn prefix_clash(bindings: &[(Action, Vec<String>)], taken: &[Taken]) -> Option<(usize, String)> {
    let all: Vec<(Action, &String, KeySeq)> = bindings
        .iter()
        .flat_map(|(action, keys)| {
            keys.iter()
                .filter_map(move |k| parse_keys(k).ok().map(|p| (*action, k, p)))
        })
        .collect();
    let from_file = |action: Action, keys: &KeySeq| {
        taken
            .iter()
            .find(|t| t.action == action && t.keys == *keys)
            .map(|t| t.at)
    };
    let mut worst: Option<(usize, String)> = None;
    for (short_action, short, short_keys) in &all {
        for (long_action, long, long_keys) in &all {
            if long_keys.len() <= short_keys.len() || !long_keys.starts_with(short_keys) {
                continue;
            }
            let at = [
                from_file(*short_action, short_keys),
                from_file(*long_action, long_keys),
            ]
            .into_iter()
            .flatten()
            .max();
            let Some(at) = at else { continue };
            if worst.as_ref().is_some_and(|(w, _)| *w >= at) {
                continue;
            }
            worst = Some((
                at,
                format!(
                    "{short:?} ({}) is the start of {long:?} ({}): {long:?} could never be typed",
                    action_name(*short_action),
                    action_name(*long_action)
                ),
            ));
        }
    }
    worst
}

/// A key sequence the file gives to an action, and where it says so.
struct Taken {
    keys: KeySeq,
    action: Action,
    /// Byte offset in the file.
    at: usize,
}

/// The theme a config file names: "dark" or "light".
fn theme_named(name: &str) -> Option<ThemeName> {
    match name {
        "dark" => Some(ThemeName::Dark),
        "light" => Some(ThemeName::Light),
        _ => None,
    }
}

fn unknown_theme(name: &str) -> String {
    format!("unknown theme {name:?}; themes are \"dark\" and \"light\"")
}

/// The action with this snake_case name, if there is one.
fn action_named(name: &str) -> Option<Action> {
    Action::from_name(name)
}

/// The snake_case name of an action.
fn action_name(action: Action) -> String {
    // Every bindable action has a name; events (a resize, the mouse) are never bound.
    action.name().unwrap_or("an event").to_string()
}

fn unknown_action(name: &str) -> String {
    let known: Vec<String> = default_bindings()
        .into_iter()
        .map(|(a, _)| action_name(a))
        .collect();
    format!("unknown action {name:?}; actions are {}", known.join(", "))
}

fn keys_of(bindings: &[(Action, Vec<String>)], action: Action) -> Vec<&String> {
    bindings
        .iter()
        .filter(|(a, _)| *a == action)
        .flat_map(|(_, keys)| keys)
        .collect()
}

/// Gives `action` exactly `keys`: in its first entry (other entries of it emptied), or in a new
/// entry at the end for an action without default keys.
fn rebind(bindings: &mut Vec<(Action, Vec<String>)>, action: Action, keys: Vec<String>) {
    let mut keys = Some(keys);
    for (_, list) in bindings.iter_mut().filter(|(a, _)| *a == action) {
        *list = keys.take().unwrap_or_default();
    }
    if let Some(keys) = keys {
        bindings.push((action, keys));
    }
}

/// Removes from every action the keys that the file gave to another action.
fn take_from_defaults(bindings: &mut [(Action, Vec<String>)], taken: &[Taken]) {
    for (action, keys) in bindings.iter_mut() {
        keys.retain(|k| {
            let parsed = parse_keys(k).unwrap_or_default();
            !taken
                .iter()
                .any(|t| t.action != *action && t.keys == parsed)
        });
    }
}

#[cfg(test)]
mod tests;
