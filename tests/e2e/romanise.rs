//! End to end in tmux (issue 21): `t` shows the Telugu pane in Latin letters, with the entity
//! colours of the script view and straight borders, and `t` again brings the script back.
//! The names compared come from the report of the same pair (`report --romanise`), not from a
//! list of ours.

use crate::common;
use crate::panes::{colour_of, split_at_column};
use common::tmux::{binary, columns_of, Tmux};

fn is_telugu(c: char) -> bool {
    ('\u{0C00}'..='\u{0C7F}').contains(&c)
}

/// (English mention, romanised stem of a Telugu mention) of every entity named on both sides,
/// in the report's order.
fn linked_names() -> Vec<(String, String)> {
    let (code, out, err) = common::tandem(&["report"]);
    assert_eq!(code, 0, "{err}");
    let report: serde_json::Value = serde_json::from_str(&out).expect("report JSON");
    let mut names = Vec::new();
    for e in report["entities"].as_array().into_iter().flatten() {
        let en = e["en"].as_array().and_then(|m| m.first());
        let te = e["te"].as_array().and_then(|m| m.first());
        let (Some(en), Some(te)) = (en, te) else {
            continue;
        };
        let (Some(en), Some(text)) = (en["text"].as_str(), te["text"].as_str()) else {
            continue;
        };
        // The stem: the mention up to its case suffix, which has a colour of its own.
        let start = te["start"].as_u64().unwrap_or(0);
        let stem_len = te["stem_end"]
            .as_u64()
            .map_or(text.len(), |e| (e - start) as usize);
        let stem = text.get(..stem_len).unwrap_or(text);
        let roman = tandem::core::romanise::romanise(stem);
        assert!(!roman.chars().any(is_telugu), "not romanised: {roman}");
        names.push((en.to_string(), roman));
    }
    names
}

/// The Telugu pane's text rows (left half, between the borders).
fn telugu_rows(screen: &str, width: u16, height: u16) -> Vec<String> {
    screen
        .lines()
        .skip(1)
        .take(height as usize - 3)
        .map(|l| split_at_column(l, width as usize / 2).0)
        .collect()
}

/// Every row between the top and bottom borders has the panes' vertical borders in the
/// columns the top border puts its corners in.
fn assert_borders_straight(screen: &str, height: u16, what: &str) {
    let lines: Vec<&str> = screen.lines().collect();
    let corners = columns_of(lines[0], &['┌', '┐']);
    assert_eq!(corners.len(), 4, "{what}: top row {:?}", lines[0]);
    for (y, line) in lines.iter().enumerate().take(height as usize - 2).skip(1) {
        // The English pane's left border and the Telugu pane's left border are plain lines;
        // the Telugu pane's right border carries the coverage map, one column wide.
        let lefts = columns_of(line, &['│', '┃']);
        for col in [corners[0], corners[2]] {
            assert!(
                lefts.contains(&col),
                "{what}: row {y} has no border at column {col}:\n{screen}"
            );
        }
        let (left, _) = split_at_column(line, corners[1] + 1);
        let width: usize = left.chars().map(common::tmux::glibc_width).sum();
        assert_eq!(width, corners[1] + 1, "{what}: row {y} is off:\n{screen}");
    }
}

/// The screen once the viewer has drawn itself `width` columns wide.
fn redrawn_at(tmux: &Tmux, width: u16) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let screen = tmux.settle();
        let top = screen.lines().next().unwrap_or("");
        if columns_of(top, &['┐']).last() == Some(&(width as usize - 1)) {
            return screen;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "not redrawn:\n{screen}"
        );
    }
}

#[test]
fn t_romanises_the_telugu_pane_keeping_colours_and_borders() {
    let names = linked_names();
    assert!(!names.is_empty(), "the sample has linked names");
    let (width, height) = (120, 40);
    let tmux = Tmux::start("romanise", width, height);
    tmux.run_line(&binary().display().to_string());
    tmux.wait_for("group 1/");
    let script = tmux.settle();
    assert!(
        telugu_rows(&script, width, height)
            .iter()
            .any(|r| r.chars().any(is_telugu)),
        "no Telugu before t:\n{script}"
    );
    tmux.keys(&["t"]);
    let screen = tmux.wait_for("Latin letters");
    for row in telugu_rows(&screen, width, height) {
        assert!(!row.chars().any(is_telugu), "Telugu left in {row:?}");
    }
    assert_borders_straight(&screen, height, "romanised 120x40");
    // A name on screen in both panes: the romanised one has the English one's colour.
    let styled = tmux.capture_styled();
    let (en, te) = names
        .iter()
        .find(|(en, te)| screen.contains(en.as_str()) && screen.contains(te.as_str()))
        .unwrap_or_else(|| panic!("no linked name in view of {names:?}:\n{screen}"));
    let en_colour = colour_of(&styled, en).expect("one colour over the English name");
    let te_colour = colour_of(&styled, te).expect("one colour over the romanised name");
    assert!(!en_colour.is_empty(), "{en} not coloured");
    assert_eq!(en_colour, te_colour, "{en} / {te}");
    // Other sizes keep the borders straight in both scripts.
    for (w, h) in [(80, 24), (160, 45), (250, 60)] {
        tmux.resize(w, h);
        let screen = redrawn_at(&tmux, w);
        assert_borders_straight(&screen, h, &format!("romanised {w}x{h}"));
    }
    tmux.keys(&["t"]);
    let back = tmux.wait_for("Telugu script");
    assert!(
        telugu_rows(&back, 250, 60)
            .iter()
            .any(|r| r.chars().any(is_telugu)),
        "t did not restore the script:\n{back}"
    );
    assert_borders_straight(&back, 60, "script 250x60");
    tmux.keys(&["q"]);
}
