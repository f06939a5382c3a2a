//! End to end in tmux: the terminal is given back whenever tandem stops or ends (SIGTSTP and
//! Ctrl-Z, then `fg`; SIGQUIT, SIGUSR1, SIGALRM), a paste is text and never keys, and a burst
//! of typed input is read to its last key.

use crate::common;

use common::tmux::{binary, Tmux};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn temp_dir(_name: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

/// Reads the pid the wrapper shell wrote just before it exec'd tandem.
fn wait_for_pid(file: &Path) -> u32 {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(pid) = std::fs::read_to_string(file)
            .ok()
            .and_then(|s| s.trim().parse().ok())
        {
            return pid;
        }
        assert!(Instant::now() < deadline, "tandem never started");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn send(signal: &str, pid: u32) {
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success(), "kill -{signal} {pid}");
}

/// Starts tandem (with `args`) from the pane's shell through a wrapper that records its pid;
/// returns the pid once the viewer shows.
fn start_viewer(tmux: &Tmux, dir: &Path, args: &str) -> u32 {
    let pid_file = dir.join("viewer.pid");
    let _ = std::fs::remove_file(&pid_file);
    tmux.run_line(&format!(
        "sh -c 'echo $$ > {}; exec {} {args}'; echo exit=$?",
        pid_file.display(),
        binary().display()
    ));
    let pid = wait_for_pid(&pid_file);
    tmux.wait_for("sample.en.txt");
    pid
}

/// The terminal as the shell had it: main screen, cursor shown, no mouse reports, no
/// bracketed paste, and the same tty modes as in `modes` (`stty -g` from before).
fn assert_restored(tmux: &Tmux, modes: &Path, when: &str) {
    assert_eq!(
        tmux.pane_format("#{alternate_on}"),
        "0",
        "{when}: alternate screen"
    );
    assert_eq!(
        tmux.pane_format("#{cursor_flag}"),
        "1",
        "{when}: cursor hidden"
    );
    assert_eq!(
        tmux.pane_format("#{mouse_any_flag}"),
        "0",
        "{when}: mouse on"
    );
    assert_eq!(
        tmux.pane_format("#{mouse_sgr_flag}"),
        "0",
        "{when}: mouse on"
    );
    let tag = when.replace(' ', "-");
    // tmux has no format for bracketed paste: with it still on, the shell would read the
    // paste as `ESC[200~echo …` and not run echo.
    tmux.paste(&format!("echo pasted-plain-{tag}"));
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for(&format!("echo pasted-plain-{tag}"));
    let ran = tmux
        .wait_within(&format!("\npasted-plain-{tag}"), 10)
        .is_some();
    assert!(ran, "{when}: bracketed paste left on:\n{screen}");
    let same = format!("modes-same-{tag}");
    tmux.run_line(&format!(
        "stty -g | cmp -s - {} && echo {same}",
        modes.display()
    ));
    tmux.wait_for(&same);
}

#[test]
fn sigtstp_and_ctrl_z_give_the_terminal_back_and_fg_resumes() {
    let dir = temp_dir("tstp");
    let tmux = Tmux::start("tstp", 100, 30);
    let modes = dir.join("stty.before");
    tmux.run_line(&format!("stty -g > {}", modes.display()));
    tmux.run_line("echo before-stop");
    let pid = start_viewer(&tmux, &dir, "");
    for (how, stop) in [("kill -TSTP", true), ("Ctrl-Z", false)] {
        if stop {
            send("TSTP", pid);
        } else {
            tmux.keys(&["C-z"]);
        }
        let shell = tmux
            .wait_within("Stopped", 20)
            .unwrap_or_else(|| panic!("{how}: the shell did not come back:\n{}", tmux.capture()));
        assert!(!shell.contains('│'), "{how}: viewer still shown:\n{shell}");
        assert!(
            shell.contains("before-stop"),
            "{how}: not the shell's screen:\n{shell}"
        );
        assert_restored(&tmux, &modes, how);
        tmux.run_line("fg");
        tmux.wait_for("sample.en.txt");
        assert_eq!(
            tmux.pane_format("#{alternate_on}"),
            "1",
            "{how}: back on the viewer"
        );
        assert_eq!(
            tmux.pane_format("#{mouse_sgr_flag}"),
            "1",
            "{how}: mouse back on"
        );
        // Raw mode again: a single key acts at once.
        tmux.keys(&["?"]);
        tmux.wait_for("show or hide this help");
        tmux.keys(&["Escape"]);
        // The pane titles show under the help too: wait for the help itself to go, so the
        // next key is not read together with the Esc (as Alt-that-key).
        let deadline = Instant::now() + Duration::from_secs(60);
        while tmux.capture().contains("show or hide this help") {
            assert!(
                Instant::now() < deadline,
                "{how}: Esc did not close the help"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        tmux.wait_for("sample.en.txt");
    }
    tmux.keys(&["q"]);
    // Typed before the viewer has ended, the line would go to the viewer: wait for the shell.
    let deadline = Instant::now() + Duration::from_secs(60);
    while tmux.pane_format("#{alternate_on}") != "0" {
        assert!(Instant::now() < deadline, "q did not end the viewer");
        std::thread::sleep(Duration::from_millis(50));
    }
    // The `echo exit=` after the command ran at the first stop; `fg` returns the status now.
    tmux.run_line("echo status=$?");
    tmux.wait_for("status=0");
    assert_restored(&tmux, &modes, "after quit");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sigquit_sigusr1_and_sigalrm_end_the_viewer_with_the_terminal_restored() {
    let dir = temp_dir("quit-signals");
    let tmux = Tmux::start("quitsignals", 100, 30);
    let modes = dir.join("stty.before");
    tmux.run_line(&format!("stty -g > {}", modes.display()));
    for (signal, code) in [("QUIT", 131), ("USR1", 138), ("ALRM", 142)] {
        tmux.run_line("clear");
        let pid = start_viewer(&tmux, &dir, "");
        send(signal, pid);
        tmux.wait_for(&format!("exit={code}"));
        assert_restored(&tmux, &modes, signal);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_pasted_note_is_text_and_a_paste_outside_a_prompt_runs_nothing() {
    let dir = temp_dir("paste");
    let review = dir.join("r.tandem-review.json");
    let tmux = Tmux::start("paste", 100, 30);
    start_viewer(&tmux, &dir, &format!("--review {}", review.display()));
    tmux.wait_for("group 1/");
    // A paste in the reader: neither `q` nor `c` may act.
    tmux.paste("cq\nG\n");
    let screen = tmux.wait_for("paste ignored");
    assert!(!screen.contains("✓ checked"), "{screen}");
    // A two-line paste into the note prompt is one note; Enter after it saves it.
    tmux.keys(&["a"]);
    tmux.wait_for("note for group 1:");
    tmux.paste("first line\nsecond line q\n");
    tmux.wait_for("second line q");
    tmux.keys(&["Enter"]);
    tmux.wait_for("first line second line q");
    tmux.keys(&["q"]);
    tmux.wait_for("exit=0");
    let saved = tandem::core::review::load(&review).expect("review saved");
    assert_eq!(saved.groups.len(), 1, "{saved:?}");
    assert_eq!(
        saved.groups[0].note.as_deref(),
        Some("first line second line q")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_4000_byte_burst_of_keys_is_read_to_the_last_key() {
    let dir = temp_dir("burst");
    let tmux = Tmux::start("burst", 100, 30);
    start_viewer(&tmux, &dir, "");
    tmux.wait_for("group 1/");
    // 4000 keys that change nothing at the top of the text, then one that opens the help.
    let burst = format!("{}?", "k".repeat(4000));
    tmux.keys(&["-l", &burst]);
    assert!(
        tmux.wait_within("show or hide this help", 20).is_some(),
        "the last key of the burst was not read:\n{}",
        tmux.capture()
    );
    tmux.keys(&["?"]);
    tmux.wait_for("sample.en.txt");
    tmux.keys(&["q"]);
    tmux.wait_for("exit=0");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn quitting_with_decisions_not_saved_asks_once_and_says_why_after_the_viewer() {
    let dir = temp_dir("unsaved");
    // A review file inside a regular file: every save fails.
    let blocker = dir.join("not-a-folder");
    std::fs::write(&blocker, "").unwrap();
    let review = blocker.join("r.tandem-review.json");
    let tmux = Tmux::start("unsaved", 100, 30);
    start_viewer(&tmux, &dir, &format!("--review {}", review.display()));
    tmux.wait_for("group 1/");
    tmux.keys(&["c"]);
    tmux.wait_for("NOT SAVED");
    tmux.keys(&["q"]);
    let asked = tmux.wait_for("decisions not saved: q again to quit");
    assert!(
        asked.contains("sample.en.txt"),
        "still in the viewer:\n{asked}"
    );
    tmux.keys(&["q"]);
    let shell = tmux.wait_for("exit=0");
    assert!(
        shell.contains("review decisions were NOT SAVED"),
        "the reason is printed after the viewer:\n{shell}"
    );
    assert!(!shell.contains('│'), "viewer still shown:\n{shell}");
    let _ = std::fs::remove_dir_all(&dir);
}
