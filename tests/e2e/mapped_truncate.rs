//! A mapped file changed under the running viewer (issue 19): the real binary in tmux on a
//! pair big enough to be mapped; another process truncates one file and rewrites the other
//! while it is open. The viewer keeps running, keeps answering keys and shows the new text.

use crate::common;

use common::tmux::{binary, Tmux};
use std::path::Path;

/// Writes `story.te.txt` and `story.en.txt`: the sample articles repeated to about 300 kB
/// each, past the size from which files are mapped.
fn big_story(dir: &Path) {
    let assets = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");
    for side in ["te", "en"] {
        let one = std::fs::read_to_string(format!("{assets}/sample.{side}.txt")).expect("sample");
        let copies = (300_000 / one.len()).max(1);
        let text = format!("{one}\n").repeat(copies);
        std::fs::write(dir.join(format!("story.{side}.txt")), text).expect("write");
    }
}

#[test]
fn truncating_and_rewriting_mapped_files_while_open() {
    let dir = common::scratch();
    big_story(&dir);
    let tmux = Tmux::start("mapped-truncate", 120, 40);
    tmux.run_line(&format!(
        "cd {} && {} story.te.txt story.en.txt",
        dir.display(),
        binary().display()
    ));
    tmux.wait_for("story.en.txt · English");
    tmux.keys(&["G"]);

    // Truncated as a shell's `>` does, from this process (not tandem's): the open waits for
    // tandem to give its lease up, which must take a moment, not the kernel's 45 s.
    let started = std::time::Instant::now();
    std::fs::File::create(dir.join("story.en.txt")).expect("truncate");
    let waited = started.elapsed();
    assert!(
        waited < std::time::Duration::from_secs(10),
        "waited {waited:?}"
    );
    tmux.wait_for("reloaded story.en.txt");
    tmux.keys(&["g", "j", "j", "k", "G"]);

    std::fs::write(
        dir.join("story.en.txt"),
        "Fresh English words after the truncation.\n",
    )
    .expect("rewrite");
    // The one new English sentence has nothing in common with the Telugu: the sentence
    // alignment may put it in any group (today the last), so the test waits for the reload and
    // then looks at the end.
    tmux.wait_for("reloaded story.en.txt (+1");
    tmux.keys(&["G"]);
    tmux.wait_for("Fresh English words after the truncation.");

    // The Telugu file rewritten shorter in place: the screen still scrolls, then shows it.
    std::fs::write(dir.join("story.te.txt"), "కొత్త వార్త.\n").expect("rewrite");
    tmux.keys(&["j", "j", "G", "g"]);
    tmux.wait_for("reloaded story.te.txt");
    tmux.keys(&["q"]);
    tmux.wait_for("$ ");
}
