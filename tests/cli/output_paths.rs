//! Issue 16, safe output paths: `export -o PATH` writes through a symbolic link to its target,
//! into a FIFO or a device directly, and replaces (atomically) only regular files; a FIFO
//! nobody reads is an error, not a wait without end.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn pair_file(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pairs")
        .join(name)
        .display()
        .to_string()
}

/// `tandem export cricket --tsv -o OUT` with a time limit: (exit code, stderr).
fn export_to(out: &Path) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args([
            "export",
            &pair_file("cricket.te.txt"),
            &pair_file("cricket.en.txt"),
        ])
        .arg("--tsv")
        .arg("-o")
        .arg(out)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run tandem");
    let started = Instant::now();
    let code = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status.code().unwrap_or(-1);
        }
        if started.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("export -o {} still running after 10 s", out.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        let _ = e.read_to_string(&mut err);
    }
    (code, err)
}

/// The export as standard output gives it.
fn expected_tsv() -> Vec<u8> {
    Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args([
            "export",
            &pair_file("cricket.te.txt"),
            &pair_file("cricket.en.txt"),
        ])
        .arg("--tsv")
        .output()
        .expect("run tandem")
        .stdout
}

#[cfg(unix)]
#[test]
fn a_symlink_is_written_through_and_stays_a_link() {
    let dir = crate::common::scratch();
    std::fs::create_dir(dir.join("real")).expect("dir");
    std::fs::write(dir.join("real/out.tsv"), "old").expect("write");
    let link = dir.join("out.tsv");
    std::os::unix::fs::symlink("real/out.tsv", &link).expect("symlink");
    let (code, err) = export_to(&link);
    assert_eq!(code, 0, "{err}");
    let meta = std::fs::symlink_metadata(&link).expect("link");
    assert!(
        meta.file_type().is_symlink(),
        "the link was replaced by a file"
    );
    assert_eq!(
        std::fs::read(dir.join("real/out.tsv")).expect("target"),
        expected_tsv()
    );
    // No temporary file is left in either folder.
    for folder in [dir.to_path_buf(), dir.join("real")] {
        let names: Vec<_> = std::fs::read_dir(&folder)
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert!(
            names.iter().all(|n| !n.to_string_lossy().contains(".tmp.")),
            "{names:?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_is_written_into_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let dir = crate::common::scratch();
    let fifo = dir.join("out.tsv");
    let status = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(status.success());
    // Nobody reads: an error naming the output, at once.
    let (code, err) = export_to(&fifo);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("a FIFO that no one reads"), "{err}");
    // A reader: it gets the export.
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).expect("read fifo"))
    };
    // Let the reader open its end first.
    std::thread::sleep(Duration::from_millis(300));
    let (code, err) = export_to(&fifo);
    assert_eq!(code, 0, "{err}");
    assert_eq!(reader.join().expect("reader"), expected_tsv());
    let meta = std::fs::symlink_metadata(&fifo).expect("fifo");
    assert!(meta.file_type().is_fifo(), "the FIFO was replaced");
}

#[cfg(target_os = "linux")]
#[test]
fn a_device_is_written_into_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    // A null device of the test's own (root can make one); else the system's, which only root
    // could have replaced.
    let dir = crate::common::scratch();
    let own = dir.join("null");
    let made = Command::new("mknod")
        .arg(&own)
        .args(["c", "1", "3"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let device = if made {
        own
    } else {
        PathBuf::from("/dev/null")
    };
    let (code, err) = export_to(&device);
    assert_eq!(code, 0, "{err}");
    let meta = std::fs::symlink_metadata(&device).expect("device");
    assert!(meta.file_type().is_char_device(), "the device was replaced");
    // A full device is an error, not a silent loss.
    let (code, err) = export_to(Path::new("/dev/full"));
    assert_eq!(code, 2, "{err}");
    let meta = std::fs::symlink_metadata("/dev/full").expect("device");
    assert!(meta.file_type().is_char_device());
}

#[cfg(target_os = "linux")]
#[test]
fn dev_stdout_into_a_pipe_is_written_directly() {
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args([
            "export",
            &pair_file("cricket.te.txt"),
            &pair_file("cricket.en.txt"),
        ])
        .args(["--tsv", "-o", "/dev/stdout"])
        .stdin(Stdio::null())
        .output()
        .expect("run tandem");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.stdout, expected_tsv());
}
