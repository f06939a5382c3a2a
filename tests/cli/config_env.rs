//! `Config::load_default` follows `$XDG_CONFIG_HOME`. One test in its own binary, because it
//! sets environment variables for the whole process.

use tandem::front::config::{default_config_path, Config};
use tandem::tui::action::Action;

#[test]
fn the_users_file_is_read_from_xdg_config_home() -> Result<(), Box<dyn std::error::Error>> {
    let base = crate::common::scratch();
    let with_file = base.join("with");
    std::fs::create_dir_all(with_file.join("tandem"))?;
    std::fs::write(
        with_file.join("tandem/config.toml"),
        "color = false\n[keys]\nquit = \"x\"\n",
    )?;
    std::env::set_var("XDG_CONFIG_HOME", &with_file);
    assert_eq!(
        default_config_path(),
        Some(with_file.join("tandem/config.toml"))
    );
    let c = Config::load_default()?;
    assert!(!c.color);
    assert_eq!(c.key_for(Action::Quit), Some("x"));

    // No file there: the defaults, no error.
    let without = base.join("without");
    std::fs::create_dir_all(&without)?;
    std::env::set_var("XDG_CONFIG_HOME", &without);
    assert_eq!(Config::load_default()?, Config::default());

    // A broken file is an error, not the defaults.
    std::fs::write(with_file.join("tandem/config.toml"), "[keys]\nquit = 1\n")?;
    std::env::set_var("XDG_CONFIG_HOME", &with_file);
    let err = Config::load_default().err().map(|e| e.to_string());
    assert!(
        err.as_deref()
            .is_some_and(|e| e.contains("config.toml: line 2")),
        "{err:?}"
    );
    std::fs::remove_dir_all(&base)?;
    Ok(())
}
