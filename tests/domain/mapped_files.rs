//! Documents opened by mapping (issue 19), through `Document::load` as the viewer opens them:
//! a big file is mapped, and another process truncating or rewriting it while it is open
//! leaves the document reading exactly the text it validated, without a crash; the errors for
//! bad bytes are the same as for a file read into memory.

#![cfg(target_os = "linux")]

use crate::common::scratch;
use std::path::Path;
use std::process::Command;
use tandem::core::document::{Document, LoadError};

/// About 1.2 MB of Telugu and English paragraphs: past the size from which files are mapped.
fn big_text() -> String {
    let mut text = String::new();
    for k in 0..12_000 {
        text.push_str(&format!(
            "పేరా {k}: యుఎస్ విదేశాంగ కార్యదర్శి బ్లింకెన్ paragraph {k}\n\n"
        ));
    }
    text
}

/// Runs `sh -c script` with the file as `$1`, as another program would change it.
fn change(path: &Path, script: &str) {
    let status = Command::new("sh")
        .args(["-c", script, "sh"])
        .arg(path)
        .status()
        .expect("sh runs");
    assert!(status.success(), "{script}");
}

/// Opens the file, lets `script` change it, then reads the whole document.
fn open_then(script: &str, after: &str) {
    let dir = scratch();
    let path = dir.join("big.te.txt");
    let text = big_text();
    std::fs::write(&path, &text).expect("write");
    let doc = Document::load(&path, false).expect("loads");
    assert!(doc.text.is_mapped(), "a big regular file is mapped");
    assert!(!doc.text.changed_on_disk());
    let paragraphs = doc.paragraphs.len();
    change(&path, script);
    assert_eq!(std::fs::read_to_string(&path).expect("read back"), after);
    // The document still reads what was validated: every paragraph, every character.
    assert!(doc.text.changed_on_disk());
    assert_eq!(doc.text, text);
    assert_eq!(doc.paragraphs.len(), paragraphs);
    let chars: usize = (0..paragraphs)
        .map(|k| doc.paragraph(k).chars().count())
        .sum();
    assert!(chars > 0);
    assert!(doc.paragraph(paragraphs - 1).ends_with("paragraph 11999"));
    // Reading the file again gives its new text.
    let again = Document::load(&path, false).expect("loads again");
    assert_eq!(again.text, after);
}

#[test]
fn truncated_while_mapped() {
    // As a shell's `>` does (`truncate(1)` opens with O_NONBLOCK, and the kernel then fails
    // its open at once, EAGAIN, instead of waiting for the lease to be given up).
    open_then(": > \"$1\"", "");
}

#[test]
fn truncated_after_the_loading_thread_ended() {
    // The viewer loads the second file on a thread of its own that is gone when the file
    // changes: the lease break must still be answered (not after the kernel's 45 s).
    let dir = scratch();
    let path = dir.join("big.en.txt");
    std::fs::write(&path, big_text()).expect("write");
    let loading = path.clone();
    let doc = std::thread::spawn(move || Document::load(&loading, false))
        .join()
        .expect("the loading thread")
        .expect("loads");
    assert!(doc.text.is_mapped());
    let started = std::time::Instant::now();
    change(&path, ": > \"$1\"");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "the writer waited {:?}",
        started.elapsed()
    );
    assert!(doc.text.changed_on_disk());
    assert_eq!(doc.text, big_text());
}

#[test]
fn rewritten_shorter_in_place_while_mapped() {
    open_then("printf 'new text\\n' > \"$1\"", "new text\n");
}

#[test]
fn overwritten_without_truncation_while_mapped() {
    // Bytes changed in place, the size kept: a `str` over them would no longer be UTF-8.
    let mut after = big_text().into_bytes();
    after[..4].copy_from_slice(b"\xff\xfe\xfd\xfc");
    let dir = scratch();
    let path = dir.join("big.te.txt");
    std::fs::write(&path, big_text()).expect("write");
    let doc = Document::load(&path, false).expect("loads");
    assert!(doc.text.is_mapped());
    change(
        &path,
        "printf '\\377\\376\\375\\374' | dd of=\"$1\" conv=notrunc status=none",
    );
    assert_eq!(std::fs::read(&path).expect("read back"), after);
    assert!(doc.text.changed_on_disk());
    assert_eq!(doc.text, big_text());
}

#[test]
fn bad_bytes_in_a_big_file_get_the_same_errors() {
    let dir = scratch();
    let path = dir.join("bad.en.txt");
    let mut bytes = big_text().into_bytes();
    let at = bytes.len() - 10;
    bytes[at] = 0xff;
    std::fs::write(&path, &bytes).expect("write");
    match Document::load(&path, false) {
        Err(LoadError::InvalidUtf8 { offset, .. }) => assert_eq!(offset, at),
        other => panic!("{other:?}"),
    }
    let repaired = Document::load(&path, true).expect("lossy loads");
    assert_eq!(repaired.repaired_from, Some(at));
    assert!(!repaired.text.is_mapped(), "a repaired text is a copy");
    assert!(repaired.text.contains('\u{FFFD}'));
    bytes[at] = 0;
    std::fs::write(&path, &bytes).expect("write");
    match Document::load(&path, false) {
        Err(LoadError::Binary { offset, .. }) => assert_eq!(offset, at),
        other => panic!("{other:?}"),
    }
}

#[test]
fn small_files_are_read_into_memory() {
    let dir = scratch();
    let path = dir.join("small.en.txt");
    std::fs::write(&path, "A short article.\n").expect("write");
    let doc = Document::load(&path, false).expect("loads");
    assert!(!doc.text.is_mapped());
    assert_eq!(doc.text, "A short article.\n");
}
