//! Config files on disk: each broken file in `tests/config/invalid/` says on its first line
//! (`# error: line N: text`) the line and the words its error must give; the valid ones load.

use std::path::{Path, PathBuf};
use tandem::front::config::{Config, ConfigError};
use tandem::tui::action::Action;

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/config")
        .join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    out.sort();
    out
}

#[test]
fn every_invalid_config_names_the_file_and_the_line() {
    let cases = files("invalid");
    assert!(cases.len() >= 8, "{cases:?}");
    for path in cases {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let expect = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("# error: line "))
            .and_then(|l| l.split_once(": "))
            .unwrap_or_else(|| panic!("{}: no `# error: line N: text` line", path.display()));
        let line: usize = expect.0.parse().unwrap_or(0);
        let err = match Config::load(&path) {
            Ok(c) => panic!("{}: accepted as {c:?}", path.display()),
            Err(e) => e,
        };
        let message = err.to_string();
        let place = format!("{}: line {line}, column ", path.display());
        assert!(message.starts_with(&place), "{message}\nwanted {place}");
        assert!(
            message.contains(expect.1),
            "{message}\nwanted {:?}",
            expect.1
        );
        assert_eq!(err.line(), Some(line));
    }
}

#[test]
fn valid_configs_load() -> Result<(), ConfigError> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/config/valid/full.toml");
    let c = Config::load(&path)?;
    assert!(!c.color);
    assert_eq!(c.key_for(Action::Quit), Some("Q"));
    assert_eq!(c.key_for(Action::ToggleHelp), None);
    assert_eq!(c.key_for(Action::LineDown), Some("j"));
    Ok(())
}

#[test]
fn a_file_that_cannot_be_read_is_named() {
    let missing = std::env::temp_dir().join(format!("tandem-no-config-{}", std::process::id()));
    let err = Config::load(&missing).map(|_| ()).err();
    let message = err.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.starts_with(&format!("{}: cannot read", missing.display())),
        "{message}"
    );
    // A directory is not a config file either.
    let dir = std::env::temp_dir();
    assert!(matches!(Config::load(&dir), Err(ConfigError::Read { .. })));
}
