//! Bad input on the command line: a one-line error naming the file and the problem, exit 2,
//! and the terminal never touched (these all fail before the UI starts).

use std::path::Path;
use std::process::Command;

fn run(args: &[&Path]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .output()
        .expect("run tandem");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn fixture_dir(_name: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

#[test]
fn each_bad_file_gives_its_error() {
    let dir = fixture_dir("bad");
    let good = dir.join("good.en.txt");
    std::fs::write(&good, "Hello Seoul\n").unwrap();
    let utf8 = dir.join("latin1.te.txt");
    std::fs::write(&utf8, b"caf\xe9 ok").unwrap();
    let binary = dir.join("image.te.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    let missing = dir.join("missing.te.txt");
    let cases: [(&Path, &str); 4] = [
        (&missing, "missing.te.txt: no such file"),
        (&dir, "is a directory"),
        (&utf8, "not valid UTF-8 (first bad byte at offset 3)"),
        (&binary, "binary file (NUL byte at offset 8)"),
    ];
    for (bad, want) in cases {
        let (code, err) = run(&[bad, &good]);
        assert_eq!(code, 2, "{bad:?}: {err}");
        assert!(err.contains(want), "{bad:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(err.starts_with("tandem: "), "{err}");
    }
    let (code, err) = run(&[&good]);
    assert_eq!(code, 2);
    assert!(err.contains("give two files"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_broken_config_stops_the_viewer_before_the_screen_changes() {
    let dir = fixture_dir("config");
    std::fs::create_dir_all(dir.join("tandem")).unwrap();
    std::fs::write(
        dir.join("tandem/config.toml"),
        "[keys]\nline_down = \"j\"\nline_dwn = \"n\"\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .env("XDG_CONFIG_HOME", &dir)
        .output()
        .expect("run tandem");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.starts_with("tandem: ") && stderr.contains("config.toml: line 3"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    // Nothing was drawn: no escape sequence reached standard output.
    assert!(out.stdout.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}
