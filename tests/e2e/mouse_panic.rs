//! A panic while mouse reports are on turns them off before anything else: the hook that
//! `tui::mouse::release_on_panic` installs writes the "off" sequence. Checked in a child process
//! (this test binary run again), since a panic hook is global to the process.

use std::process::Command;

const CHILD: &str = "TANDEM_MOUSE_PANIC_CHILD";

#[test]
fn a_panic_turns_mouse_reports_off() {
    if std::env::var_os(CHILD).is_some() {
        tandem::tui::mouse::enable(&mut std::io::stdout()).expect("write to stdout");
        tandem::tui::mouse::release_on_panic();
        panic!("a crash on purpose");
    }
    let out = Command::new(std::env::current_exe().expect("the test binary"))
        .args([
            "--exact",
            "mouse_panic::a_panic_turns_mouse_reports_off",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        .output()
        .expect("run the test binary again");
    assert!(!out.status.success(), "the child panicked");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let on = stdout.find("\x1b[?1000h").expect("reports were turned on");
    // Off again by the panic, after they were turned on.
    for mode in ["1000", "1006"] {
        let off = format!("\x1b[?{mode}l");
        assert!(stdout[on..].contains(&off), "no {off:?} in {stdout:?}");
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("a crash on purpose"),
        "the panic message still comes: {stderr}"
    );
}
