//! Edit and reload end to end in tmux (issue 20): the real binary on a pair of files that other
//! programs change while it runs. An appended paragraph shows within a second with the place
//! and the review kept; `v` hands the terminal to an editor (a stand-in script) and takes it
//! back whole; a file replaced by rename is read again; a deleted file leaves the last text on
//! screen and the review untouched.

use crate::common;

use common::tmux::{binary, sample_story, Tmux};
use std::path::Path;
use std::time::{Duration, Instant};

/// Appends `line` as a paragraph of its own (after a blank line when the file separates its
/// paragraphs so; the sample has one a line), in place, as `echo >>` does (no rename).
fn append(path: &Path, line: &str) {
    use std::io::Write;
    let text = std::fs::read_to_string(path).unwrap();
    let blank_lines = text.contains("\n\n");
    let mut f = std::fs::OpenOptions::new().append(true).open(path).unwrap();
    let lead = match (text.ends_with('\n'), blank_lines) {
        (true, false) => "",
        (false, false) | (true, true) => "\n",
        (false, true) => "\n\n",
    };
    f.write_all(format!("{lead}{line}\n").as_bytes()).unwrap();
}

/// Polls the screen every 20 ms until `ready`; returns the time it took and the screen.
fn time_until(tmux: &Tmux, ready: impl Fn(&str) -> bool, what: &str) -> (Duration, String) {
    let start = Instant::now();
    loop {
        let screen = tmux.capture();
        if ready(&screen) {
            return (start.elapsed(), screen);
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "timed out waiting for {what}; screen:\n{screen}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn review_file(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("story.en.tandem-review.json")).unwrap_or_default()
}

#[test]
fn an_appended_paragraph_shows_within_a_second_and_keeps_place_and_review() {
    let (dir, command) = sample_story();
    let tmux = Tmux::start("reload-append", 120, 60);
    tmux.run_line(&command);
    tmux.wait_for("group 1/");
    tmux.keys(&["c"]);
    tmux.wait_for("── 1 · ✓ checked");
    // A few rows into the first group, so the top row is text and not the group's heading.
    tmux.keys(&["j", "j", "j"]);
    let before = tmux.settle();
    let top = before.lines().next().unwrap_or_default().to_string();
    assert!(!top.contains("checked"), "{before}");

    append(
        &dir.join("story.en.txt"),
        "A closing paragraph the translator added from outside.",
    );
    let (took, _) = time_until(
        &tmux,
        |s| s.contains("added from outside"),
        "the appended paragraph",
    );
    eprintln!("appended paragraph shown after {took:?}");
    assert!(took < Duration::from_secs(1), "shown after {took:?}");
    let screen = tmux.wait_for("reloaded story.en.txt (+1 −0 paragraphs)");
    assert_eq!(screen.lines().next().unwrap_or_default(), top, "{screen}");
    assert!(screen.contains("reviewed 1/"), "{screen}");
    tmux.keys(&["g"]);
    tmux.wait_for("── 1 · ✓ checked");
    assert!(review_file(&dir).contains("\"checked\""));
    tmux.keys(&["q"]);
    tmux.wait_for("$ ");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn v_hands_the_terminal_to_the_editor_and_shows_the_edit_on_return() {
    let (dir, command) = sample_story();
    // A stand-in editor: records its arguments, draws on the terminal, sends tandem the SIGINT
    // a Ctrl-C for an editor that leaves the terminal cooked would, waits, appends a line to
    // the file it was given (the last argument).
    let script = dir.join("editor.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\n\
         for a; do last=$a; done\n\
         printf '%s\\n' \"$@\" > \"$(dirname \"$0\")/editor-args\"\n\
         echo 'STAND-IN EDITOR RUNNING'\n\
         kill -INT \"$PPID\"\n\
         sleep 0.5\n\
         [ -n \"$(tail -c 1 \"$last\")\" ] && echo >> \"$last\"\n\
         printf 'A sentence the stand-in editor wrote.\\n' >> \"$last\"\n",
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();

    let tmux = Tmux::start("reload-editor", 120, 60);
    tmux.run_line(&command.replacen(" && ", &format!(" && VISUAL={} ", script.display()), 1));
    tmux.wait_for("group 1/");
    assert_eq!(tmux.pane_format("#{alternate_on}"), "1");
    tmux.keys(&["Tab", "v"]);
    // The editor has the normal screen.
    tmux.wait_for("STAND-IN EDITOR RUNNING");
    assert_eq!(tmux.pane_format("#{alternate_on}"), "0");
    let screen = tmux.wait_for("stand-in editor wrote");
    // Back: the viewer's screen again, whole, with nothing of the editor's left.
    assert_eq!(tmux.pane_format("#{alternate_on}"), "1");
    assert_eq!(tmux.pane_format("#{mouse_sgr_flag}"), "1");
    assert!(!screen.contains("STAND-IN"), "{screen}");
    let lines: Vec<&str> = screen.lines().collect();
    assert_eq!(lines.len(), 60, "{screen}");
    assert!(
        lines[0].contains("story.te.txt") || lines[0].contains("Telugu"),
        "{screen}"
    );
    assert!(
        screen.contains("reloaded story.en.txt (+1 −0 paragraphs)"),
        "{screen}"
    );
    let args = std::fs::read_to_string(dir.join("editor-args")).unwrap();
    assert_eq!(args, "+1\nstory.en.txt\n");

    // An editor that does not exist: a message, the viewer goes on.
    tmux.keys(&["q"]);
    tmux.wait_for_shell();
    tmux.run_line(&command.replacen(" && ", " && VISUAL=no-such-editor-xyz ", 1));
    tmux.wait_for("group 1/");
    tmux.keys(&["v"]);
    let screen = tmux.wait_for("cannot start the editor");
    assert!(screen.contains("no-such-editor-xyz"), "{screen}");
    assert_eq!(tmux.pane_format("#{alternate_on}"), "1");
    tmux.keys(&["j"]);
    tmux.keys(&["q"]);
    tmux.wait_for("$ ");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_file_replaced_by_rename_is_read_again_and_a_deleted_one_stays_on_screen() {
    let (dir, command) = sample_story();
    let tmux = Tmux::start("reload-rename", 120, 60);
    tmux.run_line(&command);
    tmux.wait_for("group 1/");
    tmux.keys(&["c"]);
    tmux.wait_for("── 1 · ✓ checked");
    tmux.wait_for("reviewed 1/");
    let saved = review_file(&dir);
    assert!(saved.contains("\"checked\""), "{saved}");

    // As vim saves: the new text in another file, renamed over the article.
    let te = dir.join("story.te.txt");
    let mut text = std::fs::read_to_string(&te).unwrap();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str("ఈ పేరా బయటి నుండి జోడించబడింది.\n");
    let tmp = dir.join("story.te.txt.new");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, &te).unwrap();
    let screen = tmux.wait_for("reloaded story.te.txt (+1 −0 paragraphs)");
    assert!(screen.contains("── 1 · ✓ checked"), "{screen}");

    // Deleted: a notice, the text as it was, the viewer alive, the review as saved.
    let en = dir.join("story.en.txt");
    let english = std::fs::read_to_string(&en).unwrap();
    std::fs::remove_file(&en).unwrap();
    let screen = tmux.wait_for("no such file");
    assert!(screen.contains("showing the text as it was"), "{screen}");
    assert!(screen.contains("Blinken"), "{screen}");
    tmux.keys(&["j", "k"]);
    let screen = tmux.settle();
    assert!(screen.contains("Blinken"), "{screen}");
    assert_eq!(review_file(&dir), saved, "the review file is untouched");
    // Back as it was: said so, nothing reloaded.
    std::fs::write(&en, english).unwrap();
    tmux.wait_for("story.en.txt is back, unchanged");
    tmux.keys(&["q"]);
    tmux.wait_for("$ ");
    assert_eq!(review_file(&dir), saved);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn no_watch_leaves_the_files_alone() {
    let (dir, command) = sample_story();
    let tmux = Tmux::start("reload-nowatch", 120, 60);
    tmux.run_line(&format!("{command} --no-watch"));
    tmux.wait_for("group 1/");
    append(&dir.join("story.en.txt"), "Nobody sees this paragraph.");
    std::thread::sleep(Duration::from_millis(800));
    let screen = tmux.settle();
    assert!(!screen.contains("Nobody sees"), "{screen}");
    assert!(!screen.contains("reloaded"), "{screen}");
    tmux.keys(&["q"]);
    tmux.wait_for("$ ");
    std::fs::remove_dir_all(&dir).ok();
}

/// About `bytes` of text made by repeating the paragraphs of `sample` (one a line).
fn scaled(sample: &str, bytes: usize) -> String {
    let paragraphs: Vec<&str> = sample.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut out = String::with_capacity(bytes + 8192);
    while out.len() < bytes {
        for p in &paragraphs {
            out.push_str(p);
            out.push('\n');
        }
    }
    out
}

#[test]
fn reloading_a_10_mb_pair_keeps_the_keys_working() {
    let dir = crate::common::scratch();
    let assets = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");
    let te = std::fs::read_to_string(format!("{assets}/sample.te.txt")).unwrap();
    let en = std::fs::read_to_string(format!("{assets}/sample.en.txt")).unwrap();
    std::fs::write(dir.join("big.te.txt"), scaled(&te, 15 << 19)).unwrap();
    std::fs::write(dir.join("big.en.txt"), scaled(&en, 5 << 19)).unwrap();
    let tmux = Tmux::start("reload-big", 200, 50);
    tmux.run_line(&format!(
        "cd {} && {} big.te.txt big.en.txt",
        dir.display(),
        binary().display()
    ));
    tmux.wait_for("group 1/");
    time_until(
        &tmux,
        |s| !s.contains("finding entities") && !s.contains("laying out"),
        "the first analysis",
    );

    append(
        &dir.join("big.en.txt"),
        "One more paragraph at the very end.",
    );
    let (reloaded, screen) = time_until(&tmux, |s| s.contains("reloaded big.en.txt"), "the reload");
    let analysing = screen.contains("finding entities");
    // Keys while the analysis runs again: the help opens and closes at once.
    tmux.keys(&["?"]);
    let (help, screen) = time_until(&tmux, |s| s.contains("keys · ? or Esc"), "the help");
    let still = screen.contains("finding entities");
    tmux.keys(&["Escape"]);
    let (closed, _) = time_until(&tmux, |s| !s.contains("keys · ? or Esc"), "the help closed");
    let (analysed, _) = time_until(
        &tmux,
        |s| !s.contains("finding entities") && !s.contains("laying out"),
        "the new analysis",
    );
    eprintln!(
        "10 MB reload: shown after {reloaded:?} (analysing then: {analysing}); help opened in \
         {help:?} (analysis still running: {still}), closed in {closed:?}; analysis done \
         {analysed:?} later"
    );
    assert!(help < Duration::from_millis(500), "help took {help:?}");
    assert!(
        closed < Duration::from_millis(500),
        "closing took {closed:?}"
    );
    tmux.keys(&["q"]);
    tmux.wait_for("$ ");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn in_a_corpus_the_pair_on_screen_is_watched() {
    let dir = crate::common::scratch();
    let pairs = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pairs");
    for name in ["cricket", "space"] {
        for side in ["te", "en"] {
            std::fs::copy(
                format!("{pairs}/{name}.{side}.txt"),
                dir.join(format!("{name}.{side}.txt")),
            )
            .unwrap();
        }
    }
    let tmux = Tmux::start("reload-corpus", 120, 40);
    tmux.run_line(&format!("cd {} && {} .", dir.display(), binary().display()));
    tmux.wait_for("cricket.te.txt");
    tmux.wait_for("group 1/");
    append(
        &dir.join("cricket.en.txt"),
        "A late paragraph about the match.",
    );
    tmux.wait_for("reloaded cricket.en.txt (+1 −0 paragraphs)");
    // The other pair, changed while it was not open, opens as it is now.
    append(
        &dir.join("space.en.txt"),
        "A late paragraph about the launch.",
    );
    tmux.keys(&["p"]);
    tmux.wait_for("pairs 2/2");
    tmux.keys(&["-l", "spa"]);
    tmux.wait_for("pairs 1/2");
    tmux.keys(&["Enter"]);
    tmux.wait_for("space.te.txt");
    tmux.keys(&["G"]);
    tmux.wait_for("about the launch");
    tmux.keys(&["q"]);
    tmux.wait_for("$ ");
    std::fs::remove_dir_all(&dir).ok();
}
