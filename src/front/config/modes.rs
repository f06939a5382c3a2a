//! The tables of the text modes under `[keys]`: `[keys.input]` (a note, a search) and
//! `[keys.picker]` (the pair picker), checked as `[keys]` is.

use super::error::ConfigError;
use super::raw::RawKeys;
use crate::tui::keymap::Key;
use crate::tui::modes::{single_key, ModeAction};
use std::collections::BTreeMap;
use toml::Spanned;

/// A mode's table: the mode's defaults with the table's changes, checked as `[keys]` is
/// (names, keys, one key to two actions), with single keys that type nothing only (see
/// `tui::modes`); a key the table gives to one action is taken from the others' defaults. Each
/// action of `needs_key` must keep a key: a prompt that cannot be left would be a trap.
pub(super) fn parse_mode<A: ModeAction>(
    table: &BTreeMap<Spanned<String>, Spanned<RawKeys>>,
    invalid: &dyn Fn(usize, String) -> ConfigError,
    needs_key: &[A],
) -> Result<Vec<(A, Vec<String>)>, ConfigError> {
    let mode = A::MODE;
    let name_of = |a: A| {
        A::COMMANDS
            .iter()
            .find(|c| c.action == a)
            .map_or("?", |c| c.name)
    };
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(name, _)| name.span().start);
    let mut bindings = A::default_bindings();
    let mut taken: Vec<(Key, A, usize)> = Vec::new();
    for (name, keys) in entries {
        let action = A::from_name(name.get_ref()).ok_or_else(|| {
            let known: Vec<&str> = A::COMMANDS.iter().map(|c| c.name).collect();
            invalid(
                name.span().start,
                format!(
                    "unknown {mode} action {:?}; {mode} actions are {}",
                    name.get_ref(),
                    known.join(", ")
                ),
            )
        })?;
        let mut strings = Vec::new();
        for key in &keys.get_ref().0 {
            let at = super::raw::key_offset(keys, key);
            let text = key.get_ref();
            let parsed = single_key(text).map_err(|e| invalid(at, e))?;
            if let Some((_, other, _)) = taken.iter().find(|(k, _, _)| *k == parsed) {
                let message = if *other == action {
                    format!("{text:?} is listed twice for {mode}.{}", name_of(action))
                } else {
                    format!(
                        "{text:?} is given to both {mode}.{} and {mode}.{}",
                        name_of(*other),
                        name_of(action)
                    )
                };
                return Err(invalid(at, message));
            }
            taken.push((parsed, action, at));
            strings.push(text.clone());
        }
        if let Some((_, list)) = bindings.iter_mut().find(|(a, _)| *a == action) {
            *list = strings;
        }
    }
    for (action, keys) in bindings.iter_mut() {
        keys.retain(|k| {
            let parsed = single_key(k).ok();
            !taken
                .iter()
                .any(|(t, a, _)| a != action && Some(*t) == parsed)
        });
    }
    for &needed in needs_key {
        if bindings
            .iter()
            .any(|(a, keys)| *a == needed && keys.is_empty())
        {
            let at = taken.iter().map(|(_, _, at)| *at).max().unwrap_or(0);
            return Err(invalid(
                at,
                format!("{mode}.{} needs a key", name_of(needed)),
            ));
        }
    }
    Ok(bindings)
}
