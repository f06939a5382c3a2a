//! End to end: the release binary in a real terminal (tmux), keys sent with send-keys, the
//! screen read with capture-pane and measured with glibc wcwidth as tmux measures it.

use crate::common;

use common::tmux::{binary, columns_of, Tmux};

const BORDERS: &[char] = &['│', '┌', '┐', '└', '┘'];
/// What the coverage map draws in a pane's right border instead of `│`.
const MAP: &[char] = &['┃', '~', '◐', '#', '!'];

/// Every pane row has its border characters exactly at the pane edges.
fn assert_borders(screen: &str, width: u16, height: u16, when: &str) {
    let lines: Vec<&str> = screen.lines().collect();
    let side_by_side = width >= 40;
    let left = width / 2;
    let want: Vec<usize> = if side_by_side {
        vec![0, left as usize - 1, left as usize, width as usize - 1]
    } else {
        vec![0, width as usize - 1]
    };
    for (y, line) in lines.iter().enumerate().take(height as usize - 1) {
        let mut cols = columns_of(line, BORDERS);
        // Map glyphs count only in a right border column: text may hold a '#' or a '!'.
        let right_edges = if side_by_side {
            vec![left as usize - 1, width as usize - 1]
        } else {
            vec![width as usize - 1]
        };
        cols.extend(
            columns_of(line, MAP)
                .into_iter()
                .filter(|c| right_edges.contains(c)),
        );
        cols.sort_unstable();
        assert_eq!(
            cols, want,
            "{when}: row {y} borders at {cols:?}, want {want:?}:\n{line}"
        );
    }
}

/// Nothing but printable text and newlines came back from the screen.
fn assert_no_controls(screen: &str, when: &str) {
    let bad: Vec<char> = screen
        .chars()
        .filter(|&c| c.is_control() && c != '\n')
        .collect();
    assert!(
        bad.is_empty(),
        "{when}: control characters on screen: {bad:?}"
    );
}

fn page_through_sample(width: u16, height: u16) {
    let tmux = Tmux::start(&format!("reader{width}"), width, height);
    tmux.run_line(&binary().display().to_string());
    let first = tmux.wait_for("sample.en.txt");
    assert_borders(&first, width, height, "first screen");
    assert!(first.contains("యుఎస్") && first.contains("Blinken"));
    let mut steps = 0;
    loop {
        let screen = tmux.settle();
        assert_borders(&screen, width, height, &format!("after {steps} pages"));
        assert_no_controls(&screen, "paging");
        if screen
            .lines()
            .next()
            .is_some_and(|l| l.matches("100%").count() == 2)
            || steps > 40
        {
            break;
        }
        tmux.keys(&["PageDown"]);
        steps += 1;
    }
    // Back up line by line and by half pages: every scroll redraws narrower and wider cells.
    for key in [
        "k", "k", "k", "C-u", "j", "C-u", "C-d", "k", "Tab", "k", "k",
    ] {
        tmux.keys(&[key]);
        let screen = tmux.settle();
        assert_borders(&screen, width, height, &format!("after {key}"));
    }
    let before = tmux.settle();
    tmux.keys(&["C-l"]);
    std::thread::sleep(std::time::Duration::from_millis(200));
    let after = tmux.settle();
    assert_eq!(
        before, after,
        "the screen differs from a full redraw (stale cells)"
    );

    tmux.keys(&["q"]);
    tmux.wait_for_shell();
    tmux.run_line("echo shell-ok-$((20+22))");
    let shell = tmux.wait_for("shell-ok-42");
    assert!(
        !shell.contains('│'),
        "the viewer's screen is still there:\n{shell}"
    );
}

#[test]
fn pages_through_the_sample_at_120x40() {
    page_through_sample(120, 40);
}

#[test]
fn pages_through_the_sample_at_60x20() {
    page_through_sample(60, 20);
}

#[test]
fn resize_stacks_and_comes_back() {
    let tmux = Tmux::start("resize", 100, 30);
    tmux.run_line(&binary().display().to_string());
    tmux.wait_for("sample.en.txt");
    tmux.keys(&["C-d"]);
    let mut before = tmux.settle();
    for (w, h) in [(36, 20), (100, 30), (50, 12), (8, 3), (120, 40)] {
        tmux.resize(w, h);
        let screen = tmux.wait_change(&before);
        before = screen.clone();
        if w < 12 {
            assert!(screen.contains("tandem"), "{screen}");
        } else {
            assert_borders(&screen, w, h, &format!("{w}x{h}"));
        }
    }
    tmux.keys(&["q"]);
}

/// Text that tries to drive the terminal shows up as visible symbols and drives nothing.
#[test]
fn hostile_text_never_reaches_the_terminal_raw() {
    let dir = crate::common::scratch();
    let te = dir.join("hostile.te.txt");
    let en = dir.join("hostile.en.txt");
    std::fs::write(
        &te,
        "బ్లింకెన్\u{1b}[2J\u{1b}[31mఎరుపు\r\nసియోల్కు\tట్యాబ్\u{7}\u{202e}తిరగబడింది\u{202c}\r\n",
    )
    .unwrap();
    std::fs::write(
        &en,
        "Clip\u{1b}]52;c;aGVsbG8=\u{7} board\n\u{1b}]8;;http://x\u{1b}\\link\u{1b}]8;;\u{1b}\\ \u{9b}2J\u{8}\u{7f}end\n\u{1b}[?1049l\u{1b}[H title\n",
    )
    .unwrap();
    let tmux = Tmux::start("hostile", 90, 20);
    tmux.run_line(&format!(
        "{} {} {}",
        binary().display(),
        te.display(),
        en.display()
    ));
    let screen = tmux.wait_for("hostile.en.txt");
    assert_borders(&screen, 90, 20, "hostile");
    assert_no_controls(&screen, "hostile");
    for visible in ["␛[2J", "␛]52;c;aGVsbG8=␇", "⇄", "␈␡end", "␛[?1049l"] {
        assert!(screen.contains(visible), "{visible:?} not shown:\n{screen}");
    }
    // No colour came from the document: the styled capture has no red (SGR 31).
    let styled = tmux.capture_styled();
    assert!(!styled.contains("\u{1b}[31m"), "the document set a colour");
    tmux.keys(&["q"]);
    let _ = std::fs::remove_dir_all(&dir);
}
