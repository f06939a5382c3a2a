use super::*;

fn parse(text: &str) -> Result<Config, ConfigError> {
    Config::parse(Path::new("/home/r/.config/tandem/config.toml"), text)
}

fn keys(config: &Config, action: Action) -> Vec<&str> {
    keys_of(config.bindings(), action)
        .into_iter()
        .map(String::as_str)
        .collect()
}

fn press(map: &mut Keymap, keys: &str) -> Vec<Action> {
    parse_keys(keys)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|k| map.feed(k))
        .collect()
}

#[test]
fn an_empty_file_is_the_defaults() -> Result<(), ConfigError> {
    let c = parse("")?;
    assert_eq!(c, Config::default());
    assert!(c.color);
    assert_eq!(c.key_for(Action::Quit), Some("q"));
    Ok(())
}

#[test]
fn keys_replace_an_actions_defaults_and_leave_other_actions_alone() -> Result<(), ConfigError> {
    let c = parse(
        "color = false\n\n[keys]\nline_down = [\"n\", \"<C-n>\"]\nquit = \"x\"\nbottom = []\n",
    )?;
    assert!(!c.color);
    assert_eq!(keys(&c, Action::LineDown), ["n", "<C-n>"]);
    assert_eq!(keys(&c, Action::Quit), ["x"]);
    assert!(keys(&c, Action::Bottom).is_empty());
    assert_eq!(keys(&c, Action::LineUp), ["k", "<Up>"]);
    assert_eq!(c.key_for(Action::Bottom), None);
    // Help order is kept.
    let order: Vec<Action> = c.bindings().iter().map(|(a, _)| *a).collect();
    let defaults: Vec<Action> = default_bindings().iter().map(|(a, _)| *a).collect();
    assert_eq!(order, defaults);
    let mut map = c.keymap();
    assert_eq!(
        press(&mut map, "jn<C-n>kGxq"),
        [
            Action::LineDown,
            Action::LineDown,
            Action::LineUp,
            Action::Quit
        ]
    );
    Ok(())
}

#[test]
fn a_key_given_to_one_action_is_taken_from_the_others() -> Result<(), ConfigError> {
    // "j" was line_down's; <Down> stays with line_down.
    let c = parse("[keys]\ntoggle_help = [\"j\", \"<S-Tab>\"]\n")?;
    assert_eq!(keys(&c, Action::LineDown), ["<Down>"]);
    assert_eq!(keys(&c, Action::ToggleHelp), ["j", "<S-Tab>"]);
    let mut map = c.keymap();
    assert_eq!(
        press(&mut map, "j<Down>"),
        [Action::ToggleHelp, Action::LineDown]
    );
    // The same key written differently is still the same key.
    let c = parse("[keys]\nredraw = \" \"\n")?;
    assert_eq!(keys(&c, Action::PageDown), ["<PageDown>", "<C-f>"]);
    let space = parse_keys("<Space>").expect("the space key parses");
    assert_eq!(c.keymap().feed(space[0]), Some(Action::Redraw));
    Ok(())
}

/// The message of a config that must be refused, checked to name the file and the line.
fn refused(text: &str, line: usize) -> String {
    match parse(text) {
        Ok(c) => panic!("accepted: {c:?}"),
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.starts_with("/home/r/.config/tandem/config.toml: line "),
                "{message}"
            );
            assert_eq!(e.line(), Some(line), "{message}");
            message
        }
    }
}

#[test]
fn mistakes_name_their_line() {
    let m = refused("[keys]\nline_down = \"j\"\nline_dwn = \"n\"\n", 3);
    assert!(
        m.contains("unknown action \"line_dwn\"") && m.contains("line_up"),
        "{m}"
    );
    let m = refused("[keys]\nquit = [\n  \"q\",\n  \"<Nope>\",\n]\n", 4);
    assert!(m.contains("unknown key <Nope>"), "{m}");
    let m = refused("[keys]\n\ntop = \"<Bad>\"\n", 3);
    assert!(m.contains("<Bad>"), "{m}");
    let m = refused("color = \"no\"\n", 1);
    assert!(m.contains("bool"), "{m}");
    let m = refused("colour = false\n", 1);
    assert!(m.contains("colour"), "{m}");
    let m = refused("\n[keys\nquit = \"q\"\n", 2);
    assert!(m.contains("column"), "{m}");
    let m = refused("[keys]\ntop = 3\n", 2);
    assert!(m.contains("key string"), "{m}");
    let m = refused("[keys]\ntop = \"\"\n", 2);
    assert!(m.contains("empty"), "{m}");
    let m = refused("[keys]\ntop = \"t\"\nbottom = [\"b\", \"t\"]\n", 3);
    assert!(m.contains("both top and bottom"), "{m}");
    let m = refused("[keys]\nresize = \"r\"\n", 2);
    assert!(m.contains("unknown action"), "{m}");
    // Mouse actions come from the mouse only.
    for name in ["scroll_at", "click_at"] {
        let m = refused(&format!("[keys]\n{name} = \"r\"\n"), 2);
        assert!(m.contains("unknown action"), "{m}");
        let listed = m.split("actions are").nth(1).unwrap_or_default();
        assert!(!listed.is_empty() && !listed.contains(name), "{m}");
    }
    let m = refused("mouse = 0\n", 1);
    assert!(m.contains("bool"), "{m}");
}

#[test]
fn the_mouse_is_on_unless_the_file_says_no() -> Result<(), ConfigError> {
    assert!(parse("")?.mouse);
    assert!(parse("mouse = true\n")?.mouse);
    let c = parse("mouse = false\n")?;
    assert!(!c.mouse && c.color);
    Ok(())
}

#[test]
fn the_theme_is_dark_unless_the_file_says_light() -> Result<(), ConfigError> {
    assert_eq!(parse("")?.theme, ThemeName::Dark);
    assert_eq!(parse("theme = \"light\"\n")?.theme, ThemeName::Light);
    assert_eq!(parse("theme = \"dark\"\n")?.theme, ThemeName::Dark);
    let m = refused("\ntheme = \"solarized\"\n", 2);
    assert!(m.contains("dark") && m.contains("light"), "{m}");
    Ok(())
}

#[test]
fn quit_always_keeps_a_key() {
    let m = refused("[keys]\nquit = []\n", 2);
    assert!(m.contains("quit needs a key"), "{m}");
    let m = refused("[keys]\ntop = \"g\"\n\nbottom = \"q\"\n", 4);
    assert!(m.contains("last key of quit"), "{m}");
}

#[test]
fn the_file_is_found_by_xdg_rules() {
    let p = |xdg: Option<&str>, home: Option<&str>| {
        config_path(xdg.map(OsStr::new), home.map(OsStr::new))
    };
    assert_eq!(
        p(Some("/x/conf"), Some("/home/r")),
        Some(PathBuf::from("/x/conf/tandem/config.toml"))
    );
    for xdg in [None, Some(""), Some("relative/dir")] {
        assert_eq!(
            p(xdg, Some("/home/r")),
            Some(PathBuf::from("/home/r/.config/tandem/config.toml")),
            "{xdg:?}"
        );
    }
    assert_eq!(p(None, None), None);
    assert_eq!(p(None, Some("")), None);
}

#[test]
fn a_config_that_is_a_device_is_refused_without_reading_it() {
    // /dev/zero would fill memory if it were read whole.
    let err = Config::load(Path::new("/dev/zero")).map(|_| ()).err();
    let message = err.map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains("/dev/zero"), "{message}");
    assert!(message.contains("character device"), "{message}");
}

#[test]
fn romanise_opens_the_telugu_pane_in_latin_letters() -> Result<(), ConfigError> {
    assert!(!Config::default().romanise);
    assert!(parse("romanise = true\n")?.romanise);
    assert!(parse("romanise = 1\n").is_err());
    Ok(())
}
