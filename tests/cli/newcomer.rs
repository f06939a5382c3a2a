//! Issue 16, the newcomer path: `report` on the asset files finds the review made in the
//! bundled sample, `report`/`export … | head` ends quietly, and `tandem man` documents the
//! keys, the config, the review file and the exit codes without naming pages that do not exist.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

fn asset(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(name)
        .display()
        .to_string()
}

fn scratch(_tag: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

/// The binary with `XDG_DATA_HOME` at `data` (see [`crate::common::tandem_with_data`]).
fn tandem_in(data: &Path, args: &[&str]) -> (i32, String, String) {
    crate::common::tandem_with_data(args, data)
}

#[test]
fn report_on_the_asset_files_reads_the_samples_review() {
    let data = scratch("sample-review");
    let review = data.join("tandem/sample.tandem-review.json");
    std::fs::create_dir_all(review.parent().expect("parent")).expect("dir");
    std::fs::write(
        &review,
        r#"{"version": 1, "entities": [{"te": "x", "en": "y", "action": "link"}]}"#,
    )
    .expect("write");
    let (te, en) = (asset("sample.te.txt"), asset("sample.en.txt"));
    for args in [vec!["report"], vec!["report", te.as_str(), en.as_str()]] {
        let (code, out, err) = tandem_in(&data, &args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        assert_eq!(
            v["review"]["path"],
            review.display().to_string(),
            "{args:?}: {}",
            v["review"]
        );
        assert_eq!(v["review"]["entities"][0]["te"], "x");
    }
    let (_, text, _) = tandem_in(&data, &["report", &te, &en, "--format", "text"]);
    assert!(!text.contains("No review file"), "{text}");
    let _ = std::fs::remove_dir_all(&data);
}

/// Runs tandem with its standard output closed before it writes: (exit code, stderr).
fn into_a_closed_pipe(args: &[&str]) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tandem");
    drop(child.stdout.take());
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    let status = child.wait().expect("wait");
    (status.code().unwrap_or(-1), err)
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let (te, en) = (asset("sample.te.txt"), asset("sample.en.txt"));
    for args in [
        vec!["report", te.as_str(), en.as_str()],
        vec!["report", "--format", "text"],
        vec!["report", "--format", "markdown"],
        vec!["export", "--tsv"],
        vec!["export", "--tmx"],
        vec!["man"],
    ] {
        let (code, err) = into_a_closed_pipe(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}

#[test]
fn the_man_page_has_keys_config_review_exit_codes_and_no_missing_pages() {
    let data = scratch("man");
    let (code, man, err) = tandem_in(&data, &["man"]);
    assert_eq!(code, 0, "{err}");
    for section in [
        ".SH KEYS",
        ".SH CONFIGURATION",
        ".SH REVIEW FILE",
        ".SH EXIT STATUS",
    ] {
        assert!(man.contains(section), "no {section}");
    }
    assert!(
        man.contains("(line_down)") && man.contains("(quit)"),
        "keys"
    );
    assert!(
        !man.contains("tandem\\-report(1)"),
        "a page that does not exist"
    );
    assert!(!man.contains("(1)"), "a reference to another page");
    let _ = std::fs::remove_dir_all(&data);
}
