//! Issue 16, bounded reads: files that never end (`/dev/zero`, `/dev/urandom`), FIFOs with
//! and without a writer, symbolic links to devices in a corpus, and what errors about file
//! contents say (the path as given, UTF-16 named). Every run has a time limit: before the fix
//! these grew until the OOM killer came, or blocked forever.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn pair_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pairs")
        .join(name)
}

/// Runs tandem with a time limit and a memory-friendly kill: (exit code, stdout, stderr).
fn run_limited<S: AsRef<std::ffi::OsStr>>(args: &[S], limit: Duration) -> (i32, String, String) {
    let data = std::env::temp_dir().join(format!("tandem-hio-data-{}", std::process::id()));
    let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .env("XDG_DATA_HOME", data)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tandem");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let code = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status.code().unwrap_or(-1);
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "tandem {:?} still running after {limit:?}",
                args[0].as_ref()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (
        code,
        out.join().unwrap_or_default(),
        err.join().unwrap_or_default(),
    )
}

const LIMIT: Duration = Duration::from_secs(10);

#[cfg(target_os = "linux")]
#[test]
fn devices_are_refused_by_report_and_viewer_naming_the_file() {
    let te = pair_file("cricket.te.txt");
    for dev in ["/dev/zero", "/dev/urandom"] {
        for args in [
            vec!["report".into(), te.clone(), PathBuf::from(dev)],
            vec![te.clone(), PathBuf::from(dev)],
        ] {
            let (code, out, err) = run_limited(&args, LIMIT);
            assert_eq!(code, 2, "{args:?}: {err}");
            assert!(out.is_empty(), "{out}");
            assert!(
                err.contains(&format!("{dev}: a character device, not a text file")),
                "{err}"
            );
        }
    }
    let (code, _, err) = run_limited(
        &[
            "report".into(),
            te.clone(),
            pair_file("cricket.en.txt"),
            "--review".into(),
            PathBuf::from("/dev/zero"),
        ],
        LIMIT,
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("/dev/zero: cannot read the review file"),
        "{err}"
    );
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn a_fifo_without_a_writer_is_an_error_not_a_wait() {
    let dir = crate::common::scratch();
    let fifo = dir.join("silent.en.txt");
    mkfifo(&fifo);
    let (code, _, err) = run_limited(
        &["report".into(), pair_file("cricket.te.txt"), fifo.clone()],
        LIMIT,
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&format!("{}: a FIFO that gave nothing", fifo.display())),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_with_a_writer_is_read() {
    let dir = crate::common::scratch();
    let fifo = dir.join("piped.en.txt");
    mkfifo(&fifo);
    let en = pair_file("cricket.en.txt");
    let mut writer = Command::new("sh")
        .arg("-c")
        .arg("sleep 0.3; cat \"$1\" > \"$2\"")
        .arg("sh")
        .arg(&en)
        .arg(&fifo)
        .spawn()
        .expect("writer");
    let (code, out, err) = run_limited(
        &[
            "report".into(),
            pair_file("cricket.te.txt"),
            fifo.clone(),
            "--format".into(),
            "jsonl".into(),
        ],
        LIMIT,
    );
    let _ = writer.wait();
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(out.trim()).expect("json");
    assert!(v["en"]["paragraphs"].as_u64().is_some_and(|n| n > 0), "{v}");
}

#[cfg(unix)]
#[test]
fn a_corpus_with_a_link_to_dev_zero_reports_the_rest() {
    let dir = crate::common::scratch();
    for side in ["te", "en"] {
        std::fs::copy(
            pair_file(&format!("cricket.{side}.txt")),
            dir.join(format!("a.{side}.txt")),
        )
        .expect("copy");
    }
    std::fs::copy(pair_file("space.te.txt"), dir.join("b.te.txt")).expect("copy");
    std::os::unix::fs::symlink("/dev/zero", dir.join("b.en.txt")).expect("symlink");
    // A FIFO without a writer in the corpus must not hang the corpus either.
    std::fs::copy(pair_file("climate.te.txt"), dir.join("c.te.txt")).expect("copy");
    mkfifo(&dir.join("c.en.txt"));
    let (code, out, err) = run_limited(&["report".into(), dir.to_path_buf()], LIMIT);
    assert_eq!(code, 2, "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].get("error").is_none(), "{}", lines[0]);
    assert!(lines[0]["alignment"]
        .as_array()
        .is_some_and(|a| !a.is_empty()));
    let error = |k: usize| lines[k]["error"].as_str().unwrap_or("").to_string();
    assert!(error(1).contains("a character device"), "{}", lines[1]);
    assert!(
        error(2).contains("a FIFO that gave nothing"),
        "{}",
        lines[2]
    );
}

#[test]
fn content_errors_name_the_path_as_given_and_utf16() {
    let dir = crate::common::scratch();
    let binary = dir.join("tool");
    std::fs::write(&binary, b"\x7fELF\x02\x01\x01\0\0\0").expect("write");
    let utf16 = dir.join("wide.en.txt");
    let bytes: Vec<u8> = "\u{feff}U.S. Secretary of State"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(&utf16, bytes).expect("write");
    let te = pair_file("cricket.te.txt");
    let (code, _, err) = run_limited(&["report".into(), te.clone(), binary.clone()], LIMIT);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{}: looks like a binary file", binary.display())),
        "{err}"
    );
    let (code, _, err) = run_limited(&["report".into(), te, utf16.clone()], LIMIT);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("{}: UTF-16LE text", utf16.display())),
        "{err}"
    );
}
