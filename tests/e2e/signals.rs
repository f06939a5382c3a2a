//! End to end: a stop signal (SIGTERM, SIGHUP, SIGINT) sent to the running viewer restores the
//! terminal (alternate screen left, terminal modes as before) and the process exits 128 + the
//! signal number. The viewer runs in tmux as users run it, from a shell.

use crate::common;

use common::tmux::{binary, Tmux};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

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

#[test]
fn stop_signals_restore_the_terminal_and_exit_128_plus_signal() {
    let dir = crate::common::scratch();
    let tmux = Tmux::start("signals", 100, 30);
    let modes = dir.join("stty.before");
    tmux.run_line(&format!("stty -g > {}", modes.display()));
    for (signal, code) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        let pid_file = dir.join(format!("{signal}.pid"));
        let marker = format!("before-{signal}-{}", 6 * 7);
        tmux.run_line("clear");
        tmux.run_line(&format!("echo {marker}"));
        // `exec` keeps the pid that the wrapper wrote, so the signal reaches tandem itself.
        tmux.run_line(&format!(
            "sh -c 'echo $$ > {}; exec {}'; echo exit=$?",
            pid_file.display(),
            binary().display()
        ));
        let pid = wait_for_pid(&pid_file);
        let viewer = tmux.wait_for("sample.en.txt");
        assert!(!viewer.contains(&marker), "not on the alternate screen");
        send(signal, pid);
        let shell = tmux.wait_for(&format!("exit={code}"));
        // The alternate screen is gone: the shell's earlier output is back and no pane border is.
        assert!(shell.contains(&marker), "SIG{signal}: {shell}");
        assert!(
            !shell.contains('│'),
            "SIG{signal}: viewer still shown:\n{shell}"
        );
        // Raw mode is gone: the terminal modes are exactly those from before.
        let same = format!("modes-same-{signal}");
        tmux.run_line(&format!(
            "stty -g | cmp -s - {} && echo {same}",
            modes.display()
        ));
        tmux.wait_for(&same);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Whether process `pid` still exists.
fn alive(pid: u32) -> bool {
    Command::new("kill")
        .args(["-0", &pid.to_string()])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn a_closed_terminal_ends_the_viewer() {
    let dir = crate::common::scratch();
    let pid_file = dir.join("viewer.pid");
    let tmux = Tmux::start("hangup", 100, 30);
    tmux.run_line(&format!(
        "sh -c 'echo $$ > {}; exec {}'",
        pid_file.display(),
        binary().display()
    ));
    let pid = wait_for_pid(&pid_file);
    tmux.wait_for("sample.en.txt");
    // The whole terminal goes away (tmux server killed), as when an ssh link drops.
    drop(tmux);
    let deadline = Instant::now() + Duration::from_secs(20);
    while alive(pid) {
        assert!(
            Instant::now() < deadline,
            "tandem {pid} still running after its terminal closed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn sigterm_leaves_a_complete_review_file() {
    let dir = crate::common::scratch();
    let review = dir.join("r.tandem-review.json");
    let pid_file = dir.join("viewer.pid");
    let tmux = Tmux::start("termreview", 100, 30);
    tmux.run_line(&format!(
        "sh -c 'echo $$ > {}; exec {} --review {}'; echo exit=$?",
        pid_file.display(),
        binary().display(),
        review.display()
    ));
    let pid = wait_for_pid(&pid_file);
    tmux.wait_for("group 1/");
    tmux.keys(&["c"]);
    tmux.wait_for("── 1 · ✓ checked");
    send("TERM", pid);
    tmux.wait_for("exit=143");
    let saved = tandem::core::review::load(&review).expect("a complete review file");
    assert_eq!(saved.groups.len(), 1);
    assert!(!tandem::core::review::backup_path(&review).exists() || saved.articles.is_some());
    let _ = std::fs::remove_dir_all(&dir);
}
