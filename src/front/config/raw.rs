//! The config file as TOML says it, with the byte span of every value so that a mistake found
//! after parsing (an unknown action, a key that does not parse) can still name its line.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use toml::Spanned;

/// The whole file. Unknown top-level settings are refused, so a misspelt `colour` is reported
/// instead of silently doing nothing.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig {
    #[serde(default)]
    pub color: Option<bool>,
    #[serde(default)]
    pub mouse: Option<bool>,
    /// Checked by name after parsing, so the message lists the themes (`config::theme_named`).
    #[serde(default)]
    pub watch: Option<bool>,
    #[serde(default)]
    pub romanise: Option<bool>,
    #[serde(default)]
    pub theme: Option<Spanned<String>>,
    /// Action name → its keys; `input` and `picker` → the tables of those modes.
    #[serde(default)]
    pub keys: BTreeMap<Spanned<String>, Spanned<RawEntry>>,
}

/// One entry of `[keys]`: an action's keys, or a mode's table (`[keys.picker]`).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum RawEntry {
    Keys(RawKeys),
    Table(BTreeMap<Spanned<String>, Spanned<RawKeys>>),
}

impl<'de> Deserialize<'de> for RawEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntryVisitor;

        impl<'de> Visitor<'de> for EntryVisitor {
            type Value = RawEntry;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(KEYS_EXPECTED)
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawEntry, E> {
                KeysVisitor.visit_str(v).map(RawEntry::Keys)
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<RawEntry, A::Error> {
                KeysVisitor.visit_seq(seq).map(RawEntry::Keys)
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawEntry, A::Error> {
                let mut table = BTreeMap::new();
                while let Some((name, keys)) =
                    map.next_entry::<Spanned<String>, Spanned<RawKeys>>()?
                {
                    table.insert(name, keys);
                }
                Ok(RawEntry::Table(table))
            }
        }

        deserializer.deserialize_any(EntryVisitor)
    }
}

/// What an action's keys must look like.
pub(super) const KEYS_EXPECTED: &str =
    "a key string such as \"j\" or a list such as [\"j\", \"<Down>\"]";

struct KeysVisitor;

impl<'de> Visitor<'de> for KeysVisitor {
    type Value = RawKeys;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(KEYS_EXPECTED)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RawKeys, E> {
        // A lone string has no span of its own here; the caller uses the value's.
        Ok(RawKeys(vec![Spanned::new(0..0, v.to_string())]))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawKeys, A::Error> {
        let mut keys = Vec::new();
        while let Some(k) = seq.next_element::<Spanned<String>>()? {
            keys.push(k);
        }
        Ok(RawKeys(keys))
    }
}

/// `"j"` or `["j", "<Down>"]`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct RawKeys(pub Vec<Spanned<String>>);

impl<'de> Deserialize<'de> for RawKeys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(KeysVisitor)
    }
}

/// Where in the file a key of a binding is written, for error messages: a lone string
/// (`quit = "x"`) carries no span of its own, so the whole value's is used.
pub(super) fn key_offset(keys: &Spanned<RawKeys>, key: &Spanned<String>) -> usize {
    if key.span().is_empty() {
        keys.span().start
    } else {
        key.span().start
    }
}
