//! Review from the keyboard, end to end through the app and the review file: decisions and a
//! Telugu note survive a restart; a corrupted review file is reported and left untouched; entity
//! decisions change what the panes show.

use crate::common;

use common::{draw, press, screen_lines};
use std::path::Path;
use tandem::core::review::{load, GroupStatus};
use tandem::core::sample::sample_pair;
use tandem::tui::app::App;
use tandem::tui::session::ReviewFile;

fn temp_dir(_name: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

/// A session: the app with the review at `path`, as the viewer starts it.
fn start(path: &Path) -> (App, ReviewFile) {
    let mut app = App::analysed(sample_pair(), 100, 30);
    let file = ReviewFile::open(Some(path.to_path_buf()), &mut app);
    (app, file)
}

/// The decision on alignment group `g` (which must have one).
fn decision(app: &App, g: usize) -> tandem::core::review::GroupDecision {
    let an = app.content.analysed.as_ref().expect("analysed");
    app.review
        .group_decision(&an.analysis.alignment[g])
        .expect("a decision")
        .clone()
}

/// Types keys, saving after each as the event loop does.
fn type_keys(app: &mut App, file: &mut ReviewFile, keys: &str) {
    press(app, keys);
    file.flush(app);
}

#[test]
fn a_mark_and_a_telugu_note_survive_a_restart() {
    let dir = temp_dir("restart");
    let path = dir.join("r.tandem-review.json");
    let (mut app, mut file) = start(&path);
    type_keys(&mut app, &mut file, "c]]w");
    type_keys(&mut app, &mut file, "aఅనువాదం సరిచూడాలి<Enter>");
    drop((app, file));

    let saved = load(&path).expect("saved review parses");
    let statuses: Vec<GroupStatus> = saved.groups.iter().map(|d| d.status).collect();
    assert_eq!(statuses, [GroupStatus::Checked, GroupStatus::NeedsWork]);
    assert_eq!(saved.groups[1].note.as_deref(), Some("అనువాదం సరిచూడాలి"));
    assert!(saved.articles.is_some(), "the articles are stamped");

    let (app, _file) = start(&path);
    let screen = screen_lines(&draw(&app)).join("\n");
    assert!(screen.contains("── 1 · ✓ checked"), "{screen}");
    assert!(app
        .notice
        .as_deref()
        .unwrap_or("")
        .contains("review loaded"));
    let second = decision(&app, 1);
    assert_eq!(second.note.as_deref(), Some("అనువాదం సరిచూడాలి"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn marking_twice_clears_and_progress_counts() {
    let dir = temp_dir("toggle");
    let (mut app, mut file) = start(&dir.join("r.json"));
    type_keys(&mut app, &mut file, "c");
    assert_eq!(tandem::tui::app::progress(&app).unwrap().0, 1);
    type_keys(&mut app, &mut file, "c");
    assert_eq!(tandem::tui::app::progress(&app).unwrap().0, 0);
    type_keys(&mut app, &mut file, "mt");
    let d = decision(&app, 0);
    assert_eq!(d.status, GroupStatus::MissingTe);
    type_keys(&mut app, &mut file, "dm");
    assert_eq!(tandem::tui::app::progress(&app).unwrap().0, 0);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_corrupted_review_file_is_reported_and_never_overwritten() {
    let dir = temp_dir("corrupt");
    let path = dir.join("r.json");
    let garbage = b"{\"version\": 1, \"groups\": [oops";
    std::fs::write(&path, garbage).unwrap();
    let (mut app, mut file) = start(&path);
    let notice = app.notice.clone().unwrap_or_default();
    assert!(
        notice.contains("not used") && notice.contains("r.json"),
        "{notice}"
    );
    type_keys(&mut app, &mut file, "c");
    assert!(
        app.notice.as_deref().unwrap_or("").contains("NOT SAVED"),
        "{:?}",
        app.notice
    );
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_note_can_be_edited_with_the_cursor_and_cancelled() {
    let dir = temp_dir("edit");
    let (mut app, mut file) = start(&dir.join("r.json"));
    type_keys(&mut app, &mut file, "aabc<Left><Left><BS>X<End>!<Enter>");
    let d = decision(&app, 0);
    assert_eq!(d.note.as_deref(), Some("Xbc!"));
    // Esc leaves the note as it was; keys typed meanwhile did not scroll.
    let top = app.view.top;
    type_keys(&mut app, &mut file, "ajjjj<Esc>");
    assert_eq!(app.view.top, top);
    let d = decision(&app, 0);
    assert_eq!(d.note.as_deref(), Some("Xbc!"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn rejecting_a_link_makes_two_gaps_and_restoring_undoes_it() {
    let dir = temp_dir("reject");
    let path = dir.join("r.json");
    let (mut app, mut file) = start(&path);
    let gaps = |app: &App| {
        app.content
            .analysed
            .as_ref()
            .unwrap()
            .analysis
            .entities
            .iter()
            .filter(|e| e.is_gap())
            .count()
    };
    let before = gaps(&app);
    // The first entity in the Telugu pane is linked on both sides.
    type_keys(&mut app, &mut file, "]ex");
    assert_eq!(gaps(&app), before + 2);
    assert_eq!(load(&path).unwrap().entities.len(), 1);
    // The selection stays on (one half of) the entity; R restores the link.
    type_keys(&mut app, &mut file, "R");
    assert_eq!(gaps(&app), before);
    assert!(load(&path).unwrap().entities.is_empty());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn linking_two_one_sided_entities_joins_them() {
    let dir = temp_dir("link");
    let (mut app, mut file) = start(&dir.join("r.json"));
    let an = app.content.analysed.as_ref().unwrap();
    let find = |label: &str| {
        an.analysis
            .entities
            .iter()
            .find(|e| e.label == label)
            .map(|e| e.id)
            .unwrap()
    };
    // బిడెన్ is Telugu-only; pair it (wrongly, but that is the reviewer's call) with East Asia.
    let (te_only, en_only) = (find("బిడెన్"), find("East Asia"));
    let before = an.analysis.entities.len();
    let select = |app: &mut App, id: usize| {
        let rows = app.entity_list.rows(app.content.analysed.as_ref().unwrap());
        app.overlay.list = tandem::tui::app::ListOverlay::Entities;
        app.entity_list.cursor = rows.iter().position(|&r| r == id).unwrap();
        press(app, "<Enter>");
    };
    select(&mut app, te_only);
    type_keys(&mut app, &mut file, "L");
    select(&mut app, en_only);
    type_keys(&mut app, &mut file, "L");
    let an = app.content.analysed.as_ref().unwrap();
    assert_eq!(an.analysis.entities.len(), before - 1);
    let joined = an
        .analysis
        .entities
        .iter()
        .find(|e| e.label == "East Asia")
        .unwrap();
    assert!(!joined.is_gap());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_review_folder_is_made_with_the_first_decision_not_before() {
    let dir = temp_dir("folder");
    let path = dir.join("not/yet/r.json");
    let (mut app, mut file) = start(&path);
    assert!(!dir.join("not").exists(), "viewing alone made the folder");
    type_keys(&mut app, &mut file, "c");
    assert_eq!(load(&path).expect("saved").groups.len(), 1);
    std::fs::remove_dir_all(&dir).ok();
}
