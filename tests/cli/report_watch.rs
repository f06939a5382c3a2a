//! `tandem report --watch` (issue 20): the report is printed again when a file changes.

use std::io::BufRead;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

#[test]
fn report_watch_prints_again_after_a_change() {
    let dir = crate::common::scratch();
    let assets = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");
    let (te, en) = (dir.join("r.te.txt"), dir.join("r.en.txt"));
    std::fs::copy(format!("{assets}/sample.te.txt"), &te).unwrap();
    std::fs::copy(format!("{assets}/sample.en.txt"), &en).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["report", "--watch", "--format", "jsonl"])
        .arg(&te)
        .arg(&en)
        .env("XDG_DATA_HOME", &dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run tandem report --watch");
    let stdout = child.stdout.take().unwrap();
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    let wait = Duration::from_secs(30);
    let paragraphs = |line: &str| -> u64 {
        let v: serde_json::Value = serde_json::from_str(line).expect("one JSON object a line");
        v["en"]["paragraphs"].as_u64().expect("en.paragraphs")
    };
    let first = lines.recv_timeout(wait).expect("a first report");
    assert_eq!(paragraphs(&first), 7);
    let mut text = std::fs::read_to_string(&en).unwrap();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str("A paragraph from the watch test.\n");
    std::fs::write(&en, text).unwrap();
    let second = lines.recv_timeout(wait).expect("a report after the change");
    assert_eq!(paragraphs(&second), 8);
    let _ = child.kill();
    let _ = child.wait();
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn report_watch_needs_two_files() {
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(["report", "--watch"])
        .output()
        .expect("run tandem");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--watch needs two files"));
}
