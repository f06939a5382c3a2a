//! The selected entity is the same entity after the analysis is rebuilt (a hand edit of the
//! alignment, its undo, an entity decision): `y`/`x`/`L` then act on what the reader selected.
//! Before, the selection was looked up by its position in the matcher's entity list, so after
//! one rejected link every rebuild moved it one entity further.

mod common;

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
