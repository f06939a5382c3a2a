//! The user's directories, by the XDG base directory rule: `$XDG_CONFIG_HOME` /
//! `$XDG_DATA_HOME` when set to an absolute path (the spec says a relative one is invalid and
//! must be ignored), else `$HOME/.config` / `$HOME/.local/share`. The config file and the
//! sample's review file are both found this way, so one rule decides both.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// `tandem`'s directory under the base named by `xdg` (the variable's value) or, failing that,
/// `home` joined with `fallback`; `None` when neither gives a usable path.
pub fn app_dir(xdg: Option<&OsStr>, home: Option<&OsStr>, fallback: &str) -> Option<PathBuf> {
    let base = xdg.map(PathBuf::from).filter(|p| p.is_absolute());
    let base = base.or_else(|| {
        home.filter(|h| !h.is_empty())
            .map(|h| Path::new(h).join(fallback))
    })?;
    Some(base.join("tandem"))
}

/// `$XDG_CONFIG_HOME/tandem` (or `~/.config/tandem`).
pub fn config_dir() -> Option<PathBuf> {
    app_dir(
        std::env::var_os("XDG_CONFIG_HOME").as_deref(),
        std::env::var_os("HOME").as_deref(),
        ".config",
    )
}

/// `$XDG_DATA_HOME/tandem` (or `~/.local/share/tandem`).
pub fn data_dir() -> Option<PathBuf> {
    app_dir(
        std::env::var_os("XDG_DATA_HOME").as_deref(),
        std::env::var_os("HOME").as_deref(),
        ".local/share",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(xdg: Option<&str>, home: Option<&str>) -> Option<PathBuf> {
        app_dir(xdg.map(OsStr::new), home.map(OsStr::new), ".config")
    }

    #[test]
    fn an_absolute_xdg_variable_wins_a_relative_one_is_ignored() {
        assert_eq!(
            dir(Some("/x"), Some("/h")),
            Some(PathBuf::from("/x/tandem"))
        );
        assert_eq!(
            dir(Some("rel"), Some("/h")),
            Some(PathBuf::from("/h/.config/tandem"))
        );
        assert_eq!(
            dir(Some(""), Some("/h")),
            Some(PathBuf::from("/h/.config/tandem"))
        );
        assert_eq!(dir(None, Some("")), None);
        assert_eq!(dir(None, None), None);
    }
}
