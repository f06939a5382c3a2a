//! End to end in tmux: entity colours read back with `capture-pane -e`, and paging through the
//! sample in aligned and in independent mode.

use crate::common;

use common::tmux::{binary, glibc_width, Tmux};

/// Splits a screen line at display column `col` (as tmux counts columns).
pub(crate) fn split_at_column(line: &str, col: usize) -> (String, String) {
    let mut left = String::new();
    let mut right = String::new();
    let mut at = 0;
    for c in line.chars() {
        if at < col {
            left.push(c);
        } else {
            right.push(c);
        }
        at += glibc_width(c);
    }
    (left, right)
}

/// One captured line as (character, foreground colour) pairs (see `common::sgr`).
pub(crate) fn parse_styled(line: &str) -> Vec<(char, String)> {
    crate::common::sgr::cells(line)
        .into_iter()
        .map(|cell| (cell.c, cell.fg))
        .collect()
}

/// The colour of the first occurrence of `needle` on the screen, if every character of it has
/// the same one.
pub(crate) fn colour_of(screen: &str, needle: &str) -> Option<String> {
    for line in screen.lines() {
        let cells = parse_styled(line);
        let text: Vec<char> = cells.iter().map(|(c, _)| *c).collect();
        let want: Vec<char> = needle.chars().collect();
        if let Some(at) = text.windows(want.len()).position(|w| w == want.as_slice()) {
            let fg = &cells[at].1;
            if cells[at..at + want.len()].iter().all(|(_, f)| f == fg) {
                return Some(fg.clone());
            }
            return None;
        }
    }
    None
}

#[test]
fn linked_names_share_a_colour_on_a_real_terminal() {
    let tmux = Tmux::start("colours", 120, 40);
    tmux.run_line(&binary().display().to_string());
    tmux.wait_for("sample.en.txt");
    // The highlights come from a background thread; wait for them.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let screen = loop {
        let screen = tmux.capture_styled();
        if colour_of(&screen, "Blinken").is_some_and(|c| !c.is_empty()) {
            break screen;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no colours:\n{screen}"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let blinken_en = colour_of(&screen, "Blinken").unwrap();
    let blinken_te = colour_of(&screen, "బ్లింకెన్").expect("one colour over బ్లింకెన్");
    let russia_en = colour_of(&screen, "Russia").expect("Russia coloured");
    let russia_te = colour_of(&screen, "రష్యా").expect("రష్యా coloured");
    assert_eq!(blinken_en, blinken_te);
    assert_eq!(russia_en, russia_te);
    assert_ne!(blinken_en, russia_en);
    assert_eq!(colour_of(&screen, "announcement").as_deref(), Some(""));
    tmux.keys(&["q"]);
    // A line typed while the viewer still holds the terminal would reach the viewer.
    tmux.wait_for_shell();
    // --no-color: no colour anywhere, once the highlights (bold) are there.
    tmux.run_line(&format!("clear; {} --no-color", binary().display()));
    tmux.wait_for("group 1/");
    let plain = tmux.capture_styled();
    assert!(plain.contains("\x1b[1m"), "no bold highlights:\n{plain}");
    for line in plain.lines() {
        assert!(
            parse_styled(line).iter().all(|(_, fg)| fg.is_empty()),
            "colour with --no-color: {line:?}"
        );
    }
    tmux.keys(&["q"]);
}

/// The group numbers of the rule rows in each half of the screen, by row.
fn rules(screen: &str, width: u16) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    for (y, line) in screen.lines().enumerate() {
        let (left, right) = split_at_column(line, width as usize / 2);
        let rule = |half: &str| {
            half.trim_start_matches('│')
                .strip_prefix("── ")
                .map(|rest| rest.split(' ').next().unwrap_or("").to_string())
                .unwrap_or_default()
        };
        let (l, r) = (rule(&left), rule(&right));
        if !l.is_empty() || !r.is_empty() {
            out.push((y, l, r));
        }
    }
    out
}

#[test]
fn aligned_paging_keeps_groups_level_and_independent_mode_holds_the_other_pane() {
    let (width, height) = (100, 20);
    let tmux = Tmux::start("modes", width, height);
    tmux.run_line(&binary().display().to_string());
    tmux.wait_for("group 1/");
    let mut seen_groups = 0;
    for step in 0..12 {
        let screen = tmux.settle();
        for (y, l, r) in rules(&screen, width) {
            assert_eq!(l, r, "step {step}: row {y} rules differ:\n{screen}");
            seen_groups += 1;
        }
        tmux.keys(&["C-d"]);
    }
    assert!(seen_groups >= 4, "paging showed {seen_groups} rules");
    // Independent: back to the top, then page the Telugu pane; the English half stays put.
    tmux.keys(&["g", "s"]);
    let before = tmux.wait_for("independent");
    // The text rows of one half of the screen.
    let half = |s: &str, right: bool| -> Vec<String> {
        s.lines()
            .skip(1)
            .take(height as usize - 2)
            .map(|l| {
                let (left, rest) = split_at_column(l, width as usize / 2);
                if right {
                    rest
                } else {
                    left
                }
            })
            .collect()
    };
    let english = |s: &str| half(s, true);
    let telugu = |s: &str| half(s, false);
    let mut after = before.clone();
    for _ in 0..2 {
        let previous = after.clone();
        tmux.keys(&["PageDown"]);
        after = tmux.wait_change(&previous);
        assert_eq!(english(&before), english(&after), "the English pane moved");
    }
    assert_ne!(
        telugu(&before),
        telugu(&after),
        "the Telugu pane did not move"
    );
    // Back to aligned: the panes level again on the Telugu pane's group.
    tmux.keys(&["s"]);
    let relevelled = tmux.wait_for("aligned scrolling");
    for (y, l, r) in rules(&relevelled, width) {
        assert_eq!(l, r, "row {y} after re-levelling:\n{relevelled}");
    }
    tmux.keys(&["q"]);
}
