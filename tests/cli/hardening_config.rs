//! Config files that used to load but bind keys that can never be typed, or were refused with
//! a muddled message: a key that starts another binding, an unknown function key, a key listed
//! twice for one action, a file that is not UTF-8, a theme that does not exist.

use std::path::PathBuf;
use tandem::front::config::Config;

/// The error message for a config file holding `bytes`.
fn refusal(name: &str, bytes: &[u8]) -> String {
    let dir = crate::common::scratch();
    let path: PathBuf = dir.join(format!("{name}.toml"));
    std::fs::write(&path, bytes).unwrap();
    match Config::load(&path) {
        Ok(c) => panic!("{name}: accepted as {c:?}"),
        Err(e) => {
            let message = e.to_string();
            assert!(
                message.starts_with(&path.display().to_string()),
                "{message}"
            );
            message
        }
    }
}

#[test]
fn a_key_that_starts_another_binding_is_refused() {
    let m = refusal("prefix", b"[keys]\nquit = \"]\"\n");
    assert!(m.contains("line 2"), "{m}");
    assert!(
        m.contains("\"]\" (quit) is the start of \"]]\" (next_group)"),
        "{m}"
    );
    // The other way round: the file's key is the longer one.
    let m = refusal("prefix-long", b"[keys]\nredraw = \"gx\"\n");
    assert!(
        m.contains("\"g\" (top) is the start of \"gx\" (redraw)"),
        "{m}"
    );
    // Within one action, too.
    let m = refusal("prefix-own", b"[keys]\nline_down = [\"j\", \"jj\"]\n");
    assert!(m.contains("\"jj\" could never be typed"), "{m}");
}

#[test]
fn unknown_key_names_and_duplicates_are_refused() {
    let m = refusal("f99", b"[keys]\nquit = \"<F99>\"\n");
    assert!(m.contains("unknown key <F99>"), "{m}");
    let m = refusal("twice", b"[keys]\nline_down = [\"j\", \"<Down>\", \"j\"]\n");
    assert!(m.contains("\"j\" is listed twice for line_down"), "{m}");
    assert!(!m.contains("both"), "{m}");
}

#[test]
fn bad_utf8_is_one_message_with_its_place() {
    let m = refusal("utf8", b"color = true\ntheme = \"\xff\"\n");
    assert!(m.contains("line 2, column 10"), "{m}");
    assert_eq!(m.matches("UTF-8").count(), 2, "said once: {m}");
    assert!(!m.contains("stream did not contain"), "{m}");
}

#[test]
fn errors_name_no_internal_types() {
    for (name, text) in [
        ("theme-number", "theme = 3\n"),
        ("theme-name", "theme = \"blue\"\n"),
        ("key-number", "[keys]\nquit = 3\n"),
        ("keys-table", "keys = 3\n"),
    ] {
        let m = refusal(name, text.as_bytes());
        for internal in [
            "ThemeName",
            "RawKeys",
            "RawConfig",
            "Spanned",
            "BTreeMap",
            "Action",
        ] {
            assert!(!m.contains(internal), "{name}: {m}");
        }
    }
    let m = refusal("theme-name2", b"theme = \"blue\"\n");
    assert!(m.contains("themes are \"dark\" and \"light\""), "{m}");
}
