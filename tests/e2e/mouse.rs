//! End to end: the real binary in tmux takes the mouse. tmux writes a mouse report into the
//! pane only for a real mouse (`send-keys -M` needs one), so the tests write the SGR report
//! bytes themselves, exactly as a terminal sends them. tmux also says which mouse modes the
//! program in the pane has turned on (`#{mouse_standard_flag}`, `#{mouse_sgr_flag}`), so the
//! tests check that reporting is on while tandem runs, off after a quit and after SIGTERM, and
//! never on with `--no-mouse`.

use crate::common;

use common::tmux::{binary, glibc_width, Tmux};
use std::time::{Duration, Instant};

const WIDTH: u16 = 140;
const HEIGHT: u16 = 30;

/// Which mouse modes the pane has on: standard (1000), SGR (1006), any of them.
fn mouse_modes(tmux: &Tmux) -> String {
    tmux.pane_format("#{mouse_standard_flag}#{mouse_sgr_flag}#{mouse_any_flag}")
}

/// Waits until the pane's mouse modes read `want`.
fn wait_modes(tmux: &Tmux, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let now = mouse_modes(tmux);
        if now == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "mouse modes {now}, expected {want}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// An SGR mouse report: button `button` pressed (or released) at 0-based (`column`, `row`).
fn sgr(button: u8, column: usize, row: usize, press: bool) -> Vec<u8> {
    let end = if press { 'M' } else { 'm' };
    format!("\x1b[<{button};{};{}{end}", column + 1, row + 1).into_bytes()
}

/// The 0-based screen cell of the first "Blinken" in the English pane (which starts at half the
/// width), measured as tmux measures.
fn blinken_in_english(screen: &str) -> (usize, usize) {
    let en_from = usize::from(WIDTH / 2);
    for (row, line) in screen.lines().enumerate() {
        let mut col = 0;
        let mut tail = String::new();
        for c in line.chars() {
            if col >= en_from {
                tail.push(c);
            }
            col += glibc_width(c);
        }
        if let Some(at) = tail.find("Blinken") {
            // English text: one column per character.
            return (en_from + tail[..at].chars().count(), row);
        }
    }
    panic!("no Blinken in the English pane:\n{screen}");
}

/// The percentage in the Telugu pane's title.
fn telugu_percent(screen: &str) -> u32 {
    let title = screen.lines().next().unwrap_or_default();
    let pct = title
        .find('%')
        .unwrap_or_else(|| panic!("no % in {title:?}"));
    let digits: String = title[..pct]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().unwrap_or_else(|_| panic!("{title:?}"))
}

#[test]
fn a_click_selects_the_name_under_it_and_the_wheel_scrolls() {
    let tmux = Tmux::start("mouse", WIDTH, HEIGHT);
    tmux.run_line(&format!("{}; echo exit=$?", binary().display()));
    let screen = tmux.wait_for("sample.en.txt");
    wait_modes(&tmux, "111");
    let (column, row) = blinken_in_english(&screen);
    // Press and release on the third letter of the name.
    let mut click = sgr(0, column + 2, row, true);
    click.extend(sgr(0, column + 2, row, false));
    tmux.send_bytes(&click);
    let selected = tmux.wait_for("mentions in English");
    assert!(selected.contains("Antony Blinken"), "{selected}");
    // The wheel (button 65 is "down") over the Telugu pane scrolls it.
    let before = telugu_percent(&selected);
    tmux.send_bytes(&sgr(65, 10, 10, true));
    let scrolled = tmux.wait_change(&selected);
    assert!(telugu_percent(&scrolled) > before, "{scrolled}");
    // No report leaks onto the screen as text.
    assert!(!scrolled.contains("[<"), "{scrolled}");
    tmux.keys(&["q"]);
    tmux.wait_for("exit=0");
    wait_modes(&tmux, "000");
}

#[test]
fn mouse_reporting_ends_with_a_signal_and_never_starts_with_no_mouse() {
    let dir = crate::common::scratch();
    let pid_file = dir.join("pid");
    let tmux = Tmux::start("mouse-off", WIDTH, HEIGHT);
    tmux.run_line(&format!(
        "sh -c 'echo $$ > {}; exec {}'; echo exit=$?",
        pid_file.display(),
        binary().display()
    ));
    tmux.wait_for("sample.en.txt");
    wait_modes(&tmux, "111");
    let pid = std::fs::read_to_string(&pid_file).unwrap();
    let status = std::process::Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .expect("run kill");
    assert!(status.success());
    tmux.wait_for("exit=143");
    wait_modes(&tmux, "000");

    tmux.run_line("clear");
    tmux.run_line(&format!("{} --no-mouse; echo exit=$?", binary().display()));
    tmux.wait_for("sample.en.txt");
    assert_eq!(
        tmux.pane_format("#{alternate_on}"),
        "1",
        "tandem is running"
    );
    assert_eq!(mouse_modes(&tmux), "000");
    tmux.keys(&["q"]);
    tmux.wait_for("exit=0");
    let _ = std::fs::remove_dir_all(&dir);
}
