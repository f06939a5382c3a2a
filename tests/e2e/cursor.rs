//! The sentence cursor end to end (issue 18): `)` / `(` in tmux, the screen read back with
//! `capture-pane -e`. The cells drawn with the cursor's tint must be exactly the sentence under
//! it in the focused pane and its counterpart sentences in the other, in both focus directions,
//! at 80×24 and 200×60, on the sample and on a real translation from the dev corpus.

use crate::common;

use common::tmux::{binary, glibc_width, Tmux};
use std::path::{Path, PathBuf};
use tandem::core::analysis::Analysis;
use tandem::core::document::Document;
use tandem::core::pair::{Pair, Side};

/// The dark theme's tint, as tmux writes it.
const TINT: &str = "48;5;17";

/// One captured line as (character, background) pairs (see `common::sgr`).
fn parse_backgrounds(line: &str) -> Vec<(char, String)> {
    crate::common::sgr::cells(line)
        .into_iter()
        .map(|cell| (cell.c, cell.bg))
        .collect()
}

/// The tinted characters of each half of the screen (left: Telugu, right: English), top to
/// bottom, whitespace and zero-width joiners dropped.
fn tinted(screen: &str, width: u16) -> Pair<String> {
    let mut out = Pair::new(String::new(), String::new());
    for line in screen.lines() {
        let mut col = 0;
        for (c, bg) in parse_backgrounds(line) {
            let side = if col < width as usize / 2 {
                Side::Te
            } else {
                Side::En
            };
            col += glibc_width(c);
            if bg == TINT && !ignorable(c) {
                out[side].push(c);
            }
        }
    }
    out
}

fn ignorable(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200c}' | '\u{200d}' | '\u{feff}')
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|&c| !ignorable(c)).collect()
}

/// The pair as tandem analyses it, to know what the tint should cover.
fn analysed(te: &Path, en: &Path) -> (Pair<Document>, Analysis) {
    let docs = Pair::new(
        Document::load(te, false).expect("load te"),
        Document::load(en, false).expect("load en"),
    );
    let analysis = Analysis::build(&docs);
    (docs, analysis)
}

/// The sentence number the status bar gives ("sentence 3/14"), 0-based.
fn cursor_sentence(screen: &str) -> usize {
    let at = screen
        .find("sentence ")
        .expect("the status bar names the sentence");
    let digits: String = screen[at + 9..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse::<usize>().expect("a sentence number") - 1
}

/// What the tint should cover with the cursor on sentence `i` of `side`: that sentence on its
/// side, its counterparts on the other.
fn expected(docs: &Pair<Document>, a: &Analysis, side: Side, i: usize) -> Pair<String> {
    let text = |s: Side, k: usize| {
        let sentence = a.sentences[s][k];
        squeeze(&docs[s].text[sentence.span()])
    };
    let group = a
        .sentence_alignment
        .iter()
        .find(|g| g.side(side).contains(&i))
        .expect("every sentence is in a group");
    let mut out = Pair::new(String::new(), String::new());
    out[side] = text(side, i);
    out[side.other()] = group
        .side(side.other())
        .iter()
        .map(|&k| text(side.other(), k))
        .collect();
    out
}

/// Waits until the styled screen differs from `before`, names a sentence, and holds still.
fn wait_for_cursor(tmux: &Tmux, before: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut last = String::new();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(100));
        let now = tmux.capture_styled();
        if now != before && now == last && now.contains("sentence ") {
            return now;
        }
        assert!(std::time::Instant::now() < deadline, "no cursor:\n{now}");
        last = now;
    }
}

fn status_line(screen: &str) -> String {
    screen.lines().last().unwrap_or("").to_string()
}

/// Opens the pair at `width`×`height`, moves the cursor with `)` a few times in the Telugu
/// pane and checks the tint each time, then Tab to the English pane and the same there, then
/// `(` back, then Esc.
fn check_pair(te: &Path, en: &Path, width: u16, height: u16) {
    let (docs, a) = analysed(te, en);
    let tmux = Tmux::start(&format!("cursor{width}"), width, height);
    tmux.run_line(&format!(
        "{} {} {}",
        binary().display(),
        te.display(),
        en.display()
    ));
    tmux.wait_for("group 1/");
    let mut last = tmux.capture_styled();
    let mut check = |tmux: &Tmux, keys: &[&str], side: Side| {
        tmux.keys(keys);
        let styled = wait_for_cursor(tmux, &last);
        let plain = tmux.capture();
        let status = status_line(&plain);
        let i = cursor_sentence(&status);
        let want = expected(&docs, &a, side, i);
        let got = tinted(&styled, width);
        assert_eq!(
            got[side], want[side],
            "{width}x{height}, {side:?} sentence {i}: the tint is not the sentence\n{plain}"
        );
        assert_eq!(
            got[side.other()],
            want[side.other()],
            "{width}x{height}, {side:?} sentence {i}: the tint is not its counterpart\n{plain}"
        );
        if want[side.other()].is_empty() {
            assert!(
                status.contains(&format!("no counterpart in {}", side.other().name())),
                "{status}"
            );
        }
        last = styled;
        i
    };
    let mut at = check(&tmux, &[")"], Side::Te);
    for _ in 0..3 {
        let next = check(&tmux, &[")"], Side::Te);
        assert_eq!(next, at + 1, "`)` goes one sentence on");
        at = next;
    }
    // Tab: the cursor crosses to the English pane, on the counterpart.
    let mut at = check(&tmux, &["Tab"], Side::En);
    for _ in 0..3 {
        let next = check(&tmux, &[")"], Side::En);
        assert_eq!(next, at + 1, "`)` goes one sentence on in English");
        at = next;
    }
    assert_eq!(check(&tmux, &["("], Side::En), at - 1);
    // Back to the Telugu pane, then `(`.
    let at = check(&tmux, &["Tab"], Side::Te);
    if at > 0 {
        assert_eq!(check(&tmux, &["("], Side::Te), at - 1);
    }
    // Esc drops the cursor: no tint anywhere.
    tmux.keys(&["Escape"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let styled = tmux.capture_styled();
        let got = tinted(&styled, width);
        if got.te.is_empty() && got.en.is_empty() && !tmux.capture().contains("sentence ") {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "Esc left the tint");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    tmux.keys(&["q"]);
}

fn sample() -> (PathBuf, PathBuf) {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    (assets.join("sample.te.txt"), assets.join("sample.en.txt"))
}

fn dev_pair() -> (PathBuf, PathBuf) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ntrex");
    (dir.join("bbc_381646.te.txt"), dir.join("bbc_381646.en.txt"))
}

#[test]
fn the_tint_is_the_sentence_and_its_translation_at_80x24() {
    let (te, en) = sample();
    check_pair(&te, &en, 80, 24);
    let (te, en) = dev_pair();
    check_pair(&te, &en, 80, 24);
}

#[test]
fn the_tint_is_the_sentence_and_its_translation_at_200x60() {
    let (te, en) = sample();
    check_pair(&te, &en, 200, 60);
    let (te, en) = dev_pair();
    check_pair(&te, &en, 200, 60);
}
