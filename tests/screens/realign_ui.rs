//! Alignment fixed by hand through the app and the review file: every edit (merge, split, move
//! to the previous or next group, pin) changes the groups as documented, shows as manual, is
//! saved, survives a restart, and is undone by `u` (and redone by Ctrl-r).
//!
//! The sample aligns as four groups, following its sentence links: (- | en 0), the English
//! headline the Telugu lacks; (te 0 | en 1-3), (te 1-2 | en 4-6), (te 3 | -);
//! `machine_alignment_of_the_sample` checks that first.

use crate::common;

use common::{draw, press, screen_lines};
use std::path::Path;
use tandem::core::pair::Side;
use tandem::core::review::{load, AlignmentEdit};
use tandem::core::sample::sample_pair;
use tandem::tui::app::App;
use tandem::tui::session::ReviewFile;

type Shape = (Vec<usize>, Vec<usize>);

fn temp_dir(_name: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

fn start(path: &Path) -> (App, ReviewFile) {
    start_sized(path, 30)
}

/// A terminal short enough for every paragraph of the sample to reach the top of its pane
/// (the edits act on the paragraph at the top, and a pane never scrolls past its last page).
fn start_short(path: &Path) -> (App, ReviewFile) {
    start_sized(path, 10)
}

fn start_sized(path: &Path, height: u16) -> (App, ReviewFile) {
    let mut app = App::analysed(sample_pair(), 100, height);
    let file = ReviewFile::open(Some(path.to_path_buf()), &mut app);
    (app, file)
}

fn type_keys(app: &mut App, file: &mut ReviewFile, keys: &str) {
    press(app, keys);
    file.flush(app);
}

fn shapes(app: &App) -> Vec<Shape> {
    app.content
        .analysed
        .as_ref()
        .expect("analysed")
        .analysis
        .alignment
        .iter()
        .map(|g| (g.te.clone(), g.en.clone()))
        .collect()
}

fn manual(app: &App) -> Vec<bool> {
    let an = app.content.analysed.as_ref().expect("analysed");
    an.analysis.alignment.iter().map(|g| g.manual).collect()
}

fn s(te: &[usize], en: &[usize]) -> Shape {
    (te.to_vec(), en.to_vec())
}

fn machine() -> Vec<Shape> {
    vec![
        s(&[], &[0]),
        s(&[0], &[1, 2, 3]),
        s(&[1, 2], &[4, 5, 6]),
        s(&[3], &[]),
    ]
}

/// Scrolls `side` alone (independent mode) until paragraph `para` is at the top of its pane.
fn bring_to_top(app: &mut App, side: Side, para: usize) {
    if app.view.focus != side {
        press(app, "<Tab>");
    }
    press(app, "g");
    for _ in 0..200 {
        if app.paragraph_at_top(side) == Some(para) {
            return;
        }
        press(app, "j");
    }
    panic!(
        "{side:?} paragraph {para} never reached the top: at {:?}, top {:?}, max {}",
        app.paragraph_at_top(side),
        app.view.top,
        app.max_top(side)
    );
}

#[test]
fn machine_alignment_of_the_sample() {
    let app = App::analysed(sample_pair(), 100, 30);
    assert_eq!(shapes(&app), machine());
    assert!(manual(&app).iter().all(|m| !m));
}

#[test]
fn merge_shows_as_manual_survives_a_restart_and_undoes() {
    let dir = temp_dir("merge");
    let path = dir.join("r.json");
    let (mut app, mut file) = start(&path);
    type_keys(&mut app, &mut file, "J");
    let merged = vec![s(&[0], &[0, 1, 2, 3]), s(&[1, 2], &[4, 5, 6]), s(&[3], &[])];
    assert_eq!(shapes(&app), merged);
    assert_eq!(manual(&app), [true, false, false]);
    let screen = screen_lines(&draw(&app)).join("\n");
    assert!(screen.contains("── 1 · manual"), "{screen}");
    assert!(screen.contains("group 1/3"), "{screen}");
    assert!(app.notice.as_deref().unwrap_or("").contains("merged"));

    let saved = load(&path).expect("saved");
    assert!(matches!(
        saved.alignment.as_slice(),
        [AlignmentEdit::Merge { side: Side::En, .. }]
    ));
    drop((app, file));

    let (mut app, mut file) = start(&path);
    assert_eq!(shapes(&app), merged, "the merge is read back");
    // A new session has no history, but `u` still takes back the last hand edit in the file.
    type_keys(&mut app, &mut file, "u");
    assert_eq!(shapes(&app), machine());
    assert!(app.notice.as_deref().unwrap_or("").starts_with("undone"));
    assert!(load(&path).expect("saved").alignment.is_empty());
    type_keys(&mut app, &mut file, "<C-r>");
    assert_eq!(shapes(&app), merged);
    assert_eq!(load(&path).expect("saved").alignment.len(), 1);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn merging_the_last_group_is_refused_and_not_recorded() {
    let dir = temp_dir("last");
    let (mut app, mut file) = start_short(&dir.join("r.json"));
    type_keys(&mut app, &mut file, "]]]]]]");
    type_keys(&mut app, &mut file, "J");
    assert_eq!(shapes(&app), machine());
    assert!(app.notice.as_deref().unwrap_or("").contains("last group"));
    assert!(app.review.review.alignment.is_empty());
    // Nothing was decided, so there is nothing to undo.
    type_keys(&mut app, &mut file, "u");
    assert_eq!(app.notice.as_deref(), Some("nothing to undo"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn split_starts_a_group_at_the_paragraph_at_the_top() {
    let dir = temp_dir("split");
    let (mut app, mut file) = start(&dir.join("r.json"));
    press(&mut app, "s");
    bring_to_top(&mut app, Side::En, 2);
    type_keys(&mut app, &mut file, "S");
    // English 2 of 1-3 is a third of the way in: the Telugu paragraph rounds to the second part.
    let split = vec![
        s(&[], &[0]),
        s(&[], &[1]),
        s(&[0], &[2, 3]),
        s(&[1, 2], &[4, 5, 6]),
        s(&[3], &[]),
    ];
    assert_eq!(shapes(&app), split);
    assert_eq!(manual(&app), [false, true, true, false, false]);
    drop((app, file));
    let (mut app, mut file) = start(&dir.join("r.json"));
    assert_eq!(shapes(&app), split, "the split is read back");
    type_keys(&mut app, &mut file, "u");
    assert_eq!(shapes(&app), machine());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_paragraph_moves_to_the_next_and_back_to_the_previous_group() {
    let dir = temp_dir("move");
    let path = dir.join("r.json");
    let (mut app, mut file) = start_short(&path);
    press(&mut app, "s");
    bring_to_top(&mut app, Side::Te, 2);
    type_keys(&mut app, &mut file, ">");
    let moved = vec![
        s(&[], &[0]),
        s(&[0], &[1, 2, 3]),
        s(&[1], &[4, 5, 6]),
        s(&[2, 3], &[]),
    ];
    assert_eq!(shapes(&app), moved);
    bring_to_top(&mut app, Side::Te, 2);
    type_keys(&mut app, &mut file, "<");
    assert_eq!(shapes(&app), machine());
    // Back to the same paragraphs, but by hand: both groups are marked manual.
    assert_eq!(manual(&app), [false, false, true, true]);
    let saved = load(&path).expect("saved");
    assert!(matches!(
        saved.alignment.as_slice(),
        [
            AlignmentEdit::ToNext { side: Side::Te, .. },
            AlignmentEdit::ToPrevious { side: Side::Te, .. }
        ]
    ));
    type_keys(&mut app, &mut file, "u");
    assert_eq!(shapes(&app), moved);
    type_keys(&mut app, &mut file, "u");
    assert_eq!(shapes(&app), machine());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_pin_realigns_around_it_persists_and_unpins() {
    let dir = temp_dir("pin");
    let path = dir.join("r.json");
    let (mut app, mut file) = start_short(&path);
    press(&mut app, "s");
    bring_to_top(&mut app, Side::Te, 2);
    bring_to_top(&mut app, Side::En, 3);
    type_keys(&mut app, &mut file, "P");
    let pinned = shapes(&app);
    let at = pinned
        .iter()
        .position(|g| g.0.contains(&2))
        .expect("Telugu 2 in a group");
    assert_eq!(pinned[at], s(&[2], &[3]), "{pinned:?}");
    assert!(manual(&app)[at]);
    // Every paragraph still in exactly one group, in order.
    let te: Vec<usize> = pinned.iter().flat_map(|g| g.0.clone()).collect();
    let en: Vec<usize> = pinned.iter().flat_map(|g| g.1.clone()).collect();
    assert_eq!((te, en), ((0..4).collect(), (0..7).collect()));
    drop((app, file));

    let (mut app, mut file) = start_short(&path);
    assert_eq!(shapes(&app), pinned, "the pin is read back");
    // P on the same two paragraphs unpins them.
    press(&mut app, "s");
    bring_to_top(&mut app, Side::Te, 2);
    bring_to_top(&mut app, Side::En, 3);
    type_keys(&mut app, &mut file, "P");
    assert_eq!(shapes(&app), machine());
    assert!(app.notice.as_deref().unwrap_or("").contains("unpinned"));
    assert!(load(&path).expect("saved").alignment.is_empty());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn undo_takes_back_marks_and_notes_too() {
    let dir = temp_dir("undo");
    let (mut app, mut file) = start(&dir.join("r.json"));
    type_keys(&mut app, &mut file, "c");
    type_keys(&mut app, &mut file, "anote<Enter>");
    assert_eq!(app.review.review.groups[0].note.as_deref(), Some("note"));
    type_keys(&mut app, &mut file, "u");
    assert_eq!(app.review.review.groups[0].note, None);
    type_keys(&mut app, &mut file, "u");
    assert!(app.review.review.groups.is_empty());
    type_keys(&mut app, &mut file, "<C-r><C-r>");
    assert_eq!(app.review.review.groups[0].note.as_deref(), Some("note"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_group_on_the_last_page_can_be_merged_after_a_jump_to_it() {
    let dir = temp_dir("lastpage");
    // A terminal tall enough that group 3 starts on the last page and can never come to the top.
    let height = (30..120)
        .find(|&h| {
            let mut app = App::analysed(sample_pair(), 100, h);
            press(&mut app, "G");
            let top = app.view.top[Side::Te];
            app.active_aligned()
                .is_some_and(|a| a.groups[2].start > top)
        })
        .expect("some height puts group 3 on the last page");
    let (mut app, mut file) = start_sized(&dir.join("r.json"), height);
    // From the top, jumps reach group 3 although the panes stay on the last page.
    press(&mut app, "g]]]]");
    assert_eq!(app.current_group(), Some(2));
    let screen = common::screen_lines(&draw(&app)).join("\n");
    assert!(screen.contains("group 3/4"), "{screen}");
    type_keys(&mut app, &mut file, "J");
    assert_eq!(
        shapes(&app),
        vec![s(&[], &[0]), s(&[0], &[1, 2, 3]), s(&[1, 2, 3], &[4, 5, 6])]
    );
    // Any scroll puts the cursor back at the top of the pane.
    press(&mut app, "]]");
    press(&mut app, "k");
    assert_eq!(app.view.cursor_row, None);
    std::fs::remove_dir_all(&dir).ok();
}
