//! Issue 16, repeated paragraphs: with `***` between stories, one decision means one group.
//! Before, a `w` on one `***` group marked every `***` group on screen while the file and the
//! report placed it on one; a note on another `***` group moved the mark there; one `c` on a
//! long pair counted every repeat as reviewed.

use crate::common;

use common::press;
use std::path::Path;
use tandem::core::analysis::Analysis;
use tandem::core::document::Document;
use tandem::core::pair::Pair;
use tandem::core::review::{load, GroupStatus, Review};
use tandem::front::load::ReviewSource;
use tandem::front::report::ReviewReport;
use tandem::tui::app::{progress, App};
use tandem::tui::session::ReviewFile;

fn temp_dir(_name: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

/// `stories` stories on each side, `***` between them.
fn pair(stories: usize) -> Pair<Document> {
    let te: Vec<String> = (0..stories)
        .map(|k| format!("బ్లింకెన్ సియోల్ పర్యటన భాగం {k} గురించి వార్త."))
        .collect();
    let en: Vec<String> = (0..stories)
        .map(|k| format!("News about part {k} of the Blinken visit to Seoul."))
        .collect();
    Pair::new(
        Document::from_text("r.te.txt", te.join("\n\n***\n\n")),
        Document::from_text("r.en.txt", en.join("\n\n***\n\n")),
    )
}

/// The groups whose Telugu side is one `***` paragraph.
fn star_groups(app: &App) -> Vec<usize> {
    let an = app.content.analysed.as_ref().expect("analysed");
    let te = &app.content.docs.te;
    an.analysis
        .alignment
        .iter()
        .enumerate()
        .filter(|(_, g)| g.te.len() == 1 && te.paragraph(g.te[0]) == "***")
        .map(|(k, _)| k)
        .collect()
}

/// Moves the cursor to group `g` with `]]` (or `g` back to the top first).
fn go_to(app: &mut App, g: usize) {
    press(app, "g");
    for _ in 0..10_000 {
        if app.current_group() == Some(g) {
            return;
        }
        press(app, "]]");
    }
    panic!("group {g} not reached");
}

/// Which groups the viewer shows a decision on.
fn decided(app: &App) -> Vec<usize> {
    let an = app.content.analysed.as_ref().expect("analysed");
    (0..an.analysis.alignment.len())
        .filter(|&g| {
            app.review
                .group_decision(&an.analysis.alignment[g])
                .is_some()
        })
        .collect()
}

/// The groups the report places the review's decisions on, and its reviewed count.
fn report_groups(app: &App, review: &Review, path: &Path) -> (Vec<usize>, usize) {
    let docs = &*app.content.docs;
    let analysis = Analysis::build(docs);
    let source = ReviewSource {
        path: path.to_path_buf(),
        exists: true,
        review: review.clone(),
    };
    let report = ReviewReport::build(&source, docs, &analysis);
    let mut groups: Vec<usize> = report.groups.iter().filter_map(|g| g.group).collect();
    groups.sort_unstable();
    (groups, report.progress.groups_reviewed)
}

#[test]
fn one_decision_on_a_repeated_paragraph_is_one_group_everywhere() {
    let dir = temp_dir("stars");
    let path = dir.join("r.tandem-review.json");
    let mut app = App::analysed(pair(4), 100, 30);
    let mut file = ReviewFile::open(Some(path.clone()), &mut app);
    let stars = star_groups(&app);
    assert_eq!(stars.len(), 3, "the aligner pairs the *** paragraphs");

    go_to(&mut app, stars[1]);
    press(&mut app, "w");
    file.flush(&mut app);
    assert_eq!(decided(&app), [stars[1]], "one w, one group on screen");
    let saved = load(&path).expect("saved");
    assert_eq!(saved.groups.len(), 1);
    assert_eq!(report_groups(&app, &saved, &path), (vec![stars[1]], 1));

    // A note on another *** group is a decision of its own; the first stays.
    go_to(&mut app, stars[2]);
    press(&mut app, "aneeds a look<Enter>");
    file.flush(&mut app);
    assert_eq!(decided(&app), [stars[1], stars[2]]);
    let an = app.content.analysed.as_ref().expect("analysed");
    let first = app
        .review
        .group_decision(&an.analysis.alignment[stars[1]])
        .expect("first kept");
    assert_eq!(
        (first.status, first.note.as_deref()),
        (GroupStatus::NeedsWork, None)
    );
    let saved = load(&path).expect("saved");
    assert_eq!(saved.groups.len(), 2);
    assert_eq!(
        report_groups(&app, &saved, &path),
        (vec![stars[1], stars[2]], 2)
    );

    // Clearing one leaves the other.
    go_to(&mut app, stars[1]);
    press(&mut app, "dm");
    assert_eq!(decided(&app), [stars[2]]);

    // After a restart the viewer finds them where they were.
    file.flush(&mut app);
    drop((app, file));
    let mut app = App::analysed(pair(4), 100, 30);
    let _file = ReviewFile::open(Some(path.clone()), &mut app);
    assert_eq!(decided(&app), [stars[2]]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn one_check_among_many_repeats_counts_one_group() {
    let mut app = App::analysed(pair(300), 100, 30);
    let stars = star_groups(&app);
    assert!(stars.len() > 250, "{}", stars.len());
    go_to(&mut app, stars[2]);
    press(&mut app, "c");
    let (decided_groups, groups, _, _) = progress(&app).expect("progress");
    assert_eq!(decided_groups, 1, "of {groups} groups");
    assert_eq!(decided(&app), [stars[2]]);
}

#[test]
fn old_review_files_without_occurrence_still_read() {
    let dir = temp_dir("old");
    let path = dir.join("r.tandem-review.json");
    // As written before occurrences were kept: the hint says which *** is meant.
    let app = App::analysed(pair(4), 100, 30);
    let stars = star_groups(&app);
    let an = app.content.analysed.as_ref().expect("analysed");
    let g = &an.analysis.alignment[stars[2]];
    let hash = tandem::core::review::ContentHash::of_paragraph("***");
    let old = format!(
        r#"{{"version": 1, "groups": [{{"paragraphs": {{"te": ["{hash}"], "en": ["{hash}"]}},
            "hint": {{"te": {}, "en": {}}}, "status": "checked"}}]}}"#,
        g.te[0], g.en[0]
    );
    std::fs::write(&path, old).expect("write");
    let mut app = App::analysed(pair(4), 100, 30);
    let _file = ReviewFile::open(Some(path.clone()), &mut app);
    assert_eq!(decided(&app), [stars[2]]);
    let saved = load(&path).expect("reads");
    assert_eq!(report_groups(&app, &saved, &path), (vec![stars[2]], 1));
    let _ = std::fs::remove_dir_all(&dir);
}
