//! The viewer hardened, through the app. The selected entity is the same entity after the
//! analysis is rebuilt (a hand edit of the alignment, its undo, an entity decision), so
//! `y`/`x`/`L` act on what the reader selected: before, it was looked up by its position in
//! the matcher's entity list, and after one rejected link every rebuild moved it one entity
//! further. A paste is text, never keys; quitting with unsaved decisions asks first.

use crate::common;

use common::press;
use tandem::core::sample::sample_pair;
use tandem::tui::app::App;

/// The selected entity as the reader sees it: its label and its mentions' offsets per side.
fn selected(app: &App) -> Option<(String, Vec<usize>, Vec<usize>)> {
    let sel = app.selection?;
    let e = app
        .content
        .analysed
        .as_ref()?
        .analysis
        .entities
        .get(sel.entity)?;
    Some((
        e.label.clone(),
        e.te.iter().map(|m| m.start).collect(),
        e.en.iter().map(|m| m.start).collect(),
    ))
}

#[test]
fn merge_and_undo_keep_the_selected_entity_after_a_rejected_link() {
    let mut app = App::analysed(sample_pair(), 100, 30);
    press(&mut app, "]ex]e]e");
    let before = selected(&app).expect("an entity is selected");
    for (i, key) in ["J", "u", "J", "u"].into_iter().enumerate() {
        press(&mut app, key);
        assert_eq!(
            selected(&app).as_ref(),
            Some(&before),
            "after step {} ({key}) the selection moved",
            i + 1
        );
    }
}

#[test]
fn the_current_mention_survives_a_rebuild() {
    let mut app = App::analysed(sample_pair(), 100, 30);
    press(&mut app, "]ex]e]en");
    let current = app.selection.expect("selected").current;
    press(&mut app, "J");
    assert_eq!(app.selection.expect("still selected").current, current);
}

#[test]
fn a_rejected_link_keeps_the_part_on_the_focused_side_selected() {
    let mut app = App::analysed(sample_pair(), 100, 30);
    press(&mut app, "]e");
    let (label, te, _) = selected(&app).expect("selected");
    press(&mut app, "x");
    let (_, te_after, en_after) = selected(&app).expect("still selected");
    assert_eq!(te_after, te, "{label}: the Telugu part stays selected");
    assert!(en_after.is_empty());
}

#[test]
fn a_paste_is_one_line_of_text_in_a_prompt_and_nothing_outside() {
    let mut app = App::analysed(sample_pair(), 100, 30);
    app.paste("cq\nG");
    assert!(app
        .notice
        .as_deref()
        .unwrap_or("")
        .contains("paste ignored"));
    assert!(app.review.review.groups.is_empty(), "no key ran");
    press(&mut app, "a");
    app.paste("one\r\ntwo\tthree\x1b[31m\n");
    let input = app.input.as_ref().expect("the note prompt is open");
    assert_eq!(input.text, "one two three[31m");
    assert_eq!(input.cursor, input.text.len());
    let long = "x".repeat(tandem::tui::app::PASTE_MAX_BYTES + 10);
    assert_eq!(
        tandem::tui::app::fold_paste(&long).len(),
        tandem::tui::app::PASTE_MAX_BYTES
    );
}

#[test]
fn quit_asks_once_while_decisions_are_not_saved() {
    use tandem::tui::action::Effect;
    let mut app = App::analysed(sample_pair(), 100, 30);
    assert_eq!(press(&mut app, "q"), [Effect::Quit], "saved: q quits");
    app.review.unsaved = Some("disk full".into());
    assert!(press(&mut app, "q").is_empty(), "the first q asks");
    assert_eq!(
        app.notice.as_deref(),
        Some("decisions not saved: q again to quit")
    );
    assert_eq!(press(&mut app, "q"), [Effect::Quit]);
}

#[test]
fn esc_in_the_search_prompt_says_nothing_and_clears_a_stale_mention_count() {
    let mut app = App::analysed(sample_pair(), 100, 30);
    press(&mut app, "]enn");
    assert!(app.notice.as_deref().unwrap_or("").contains("mention"));
    press(&mut app, "/Korea<Esc>");
    assert_eq!(app.notice, None, "no \"not saved\", no stale mention count");
    // A note cancelled is worth a word: its text is gone.
    press(&mut app, "aabc<Esc>");
    assert_eq!(app.notice.as_deref(), Some("note not saved"));
    // Esc in the reader drops the selection and what the status bar said about it.
    press(&mut app, "]en<Esc>");
    assert_eq!(app.selection, None);
    assert_eq!(app.notice, None);
}

#[test]
fn the_help_explains_the_question_mark_after_a_group_number() {
    let rows = tandem::tui::ui::build_help_rows(&tandem::tui::keymap::default_bindings());
    assert!(
        rows.iter()
            .any(|(what, means)| what.contains('?') && means.contains("unsure")),
        "{rows:?}"
    );
}
