use super::*;
use crate::core::sample::sample_pair;
use crate::view::aligned::RowContent;

fn app(w: u16, h: u16) -> App {
    App::analysed(sample_pair(), w, h)
}

/// The aligned row each group's rule is on, per side, as the panes show them now.
fn rule_rows(a: &App, side: Side) -> Vec<(usize, u32)> {
    let top = a.view.top[side];
    (top..top + a.viewport_height(side))
        .filter_map(|r| match a.row(side, r) {
            Some(RowContent::Rule { group }) => Some((r - top, group)),
            _ => None,
        })
        .collect()
}

#[test]
fn plain_app_pages_by_proportion_until_the_analysis_arrives() {
    let mut a = App::new(sample_pair(), 80, 24);
    a.update(Action::PageDown);
    assert_eq!(a.view.top.te, a.viewport_height(Side::Te));
    assert!(a.view.top.en > 0);
    a.update(Action::Bottom);
    assert_eq!(a.view.top.te, a.max_top(Side::Te));
    assert_eq!(a.view.top.en, a.max_top(Side::En));
    assert_eq!(a.percent_seen(Side::Te), 100);
    a.update(Action::Top);
    assert_eq!(a.view.top, Pair::new(0, 0));
    // The analysis arrives mid-document: the panes level without losing the Telugu text.
    a.update(Action::PageDown);
    let before = a.current_offsets().te;
    a.set_analysis(Analysis::build(&a.content.docs));
    assert!(a.active_aligned().is_some());
    assert_eq!(a.view.top.te, a.view.top.en);
    let line = a
        .content
        .layouts
        .te
        .line_at_offset(&a.content.docs.te, before);
    let row = a.active_aligned().unwrap().row_of_line(Side::Te, line);
    assert!(row >= a.view.top.te && row < a.view.top.te + a.viewport_height(Side::Te));
}

#[test]
fn aligned_scrolling_keeps_group_starts_level_after_any_scroll() {
    let mut a = app(80, 24);
    let actions = [
        Action::LineDown,
        Action::PageDown,
        Action::HalfPageDown,
        Action::NextGroup,
        Action::LineUp,
        Action::SwitchFocus,
        Action::PageDown,
        Action::PrevGroup,
        Action::Bottom,
        Action::HalfPageUp,
        Action::Top,
    ];
    for action in actions {
        a.update(action);
        assert_eq!(a.view.top.te, a.view.top.en, "{action:?}");
        assert_eq!(
            rule_rows(&a, Side::Te),
            rule_rows(&a, Side::En),
            "{action:?}"
        );
    }
}

#[test]
fn group_jumps_put_each_group_at_the_top() {
    let mut a = app(80, 12);
    let groups = a.active_aligned().unwrap().groups.clone();
    assert_eq!(groups.len(), 4);
    a.update(Action::NextGroup);
    assert_eq!(a.view.top.te, groups[1].start.min(a.max_top(Side::Te)));
    assert_eq!(
        a.row(Side::En, a.view.top.en),
        Some(RowContent::Rule { group: 1 })
    );
    a.update(Action::PrevGroup);
    assert_eq!(a.view.top.te, 0);
    a.update(Action::LineDown);
    a.update(Action::PrevGroup);
    assert_eq!(
        a.view.top.te, 0,
        "back to the start of the group the view is in"
    );
}

#[test]
fn independent_mode_moves_only_the_focused_pane_and_relevels_on_return() {
    let mut a = app(80, 24);
    a.update(Action::ToggleSync);
    assert_eq!(a.view.sync, SyncMode::Independent);
    let en_top = a.view.top.en;
    for action in [Action::PageDown, Action::LineDown, Action::NextGroup] {
        a.update(action);
        assert_eq!(a.view.top.en, en_top, "{action:?} moved the English pane");
    }
    assert!(a.view.top.te > 0);
    let te_offset = a.current_offsets().te;
    a.update(Action::ToggleSync);
    assert_eq!(a.view.sync, SyncMode::Aligned);
    assert_eq!(a.view.top.te, a.view.top.en);
    // The Telugu text that was at the top is still in view, and so is its group's start.
    let al = a.active_aligned().unwrap();
    let line = a
        .content
        .layouts
        .te
        .line_at_offset(&a.content.docs.te, te_offset);
    let row = al.row_of_line(Side::Te, line);
    assert!(row >= a.view.top.te && row < a.view.top.te + a.viewport_height(Side::Te));
}

#[test]
fn resize_keeps_the_group_in_view() {
    let mut a = app(80, 24);
    a.update(Action::NextGroup);
    a.update(Action::NextGroup);
    for (w, h) in [(120, 40), (50, 10), (200, 60), (80, 24), (39, 30)] {
        a.update(Action::Resize(w, h));
        // Group 3 is at the top, or as near as the end of the text allows.
        let al = a.active_aligned().unwrap();
        let g = al.groups[2];
        let (top, h) = (a.view.top.te, a.viewport_height(Side::Te));
        assert!(
            top == g.start.min(a.max_top(Side::Te)) || (top >= g.start && top < g.end()),
            "{w}x{h}"
        );
        assert!(g.start < top + h, "{w}x{h}");
    }
}

#[test]
fn independent_resize_keeps_the_top_text() {
    let mut a = app(80, 24);
    a.update(Action::ToggleSync);
    a.update(Action::PageDown);
    let offset = a
        .content
        .layouts
        .te
        .line_offset(&a.content.docs.te, a.view.top.te);
    for (w, h) in [(120, 40), (50, 10), (200, 60), (80, 24)] {
        a.update(Action::Resize(w, h));
        let line = a
            .content
            .layouts
            .te
            .line_at_offset(&a.content.docs.te, offset);
        assert!(line >= a.view.top.te && line < a.view.top.te + a.viewport_height(Side::Te));
    }
    assert_eq!(
        a.content
            .layouts
            .te
            .line_at_offset(&a.content.docs.te, offset),
        a.view.top.te
    );
}

fn entity_named(a: &App, label: &str) -> usize {
    let an = a.content.analysed.as_ref().unwrap();
    an.analysis
        .entities
        .iter()
        .find(|e| e.label.contains(label))
        .map(|e| e.id)
        .unwrap()
}

#[test]
fn entity_list_selects_and_n_steps_through_mentions() {
    let mut a = app(80, 24);
    a.update(Action::ToggleEntities);
    assert!(a.overlay.entities_open());
    let rows = a.entity_list.rows(a.content.analysed.as_ref().unwrap());
    let target = entity_named(&a, "North Korea");
    let pos = rows.iter().position(|&id| id == target).unwrap();
    for _ in 0..pos {
        a.update(Action::LineDown);
    }
    a.update(Action::Select);
    assert!(!a.overlay.entities_open());
    let sel = a.selection.unwrap();
    assert_eq!(sel.entity, target);
    assert_eq!(sel.current.te, Some(0));
    assert!(
        sel.current.en.is_some(),
        "the English pane gets a partner mention"
    );
    let count = a.content.analysed.as_ref().unwrap().analysis.entities[target]
        .te
        .len();
    for i in 1..count {
        a.update(Action::NextMention);
        assert_eq!(a.selection.unwrap().current.te, Some(i));
        // The current mention is on screen.
        let m = &a.content.analysed.as_ref().unwrap().analysis.entities[target].te[i];
        let line = a
            .content
            .layouts
            .te
            .line_at_offset(&a.content.docs.te, m.start);
        let row = a.active_aligned().unwrap().row_of_line(Side::Te, line);
        assert!(row >= a.view.top.te && row < a.view.top.te + a.viewport_height(Side::Te));
    }
    a.update(Action::NextMention);
    assert_eq!(a.selection.unwrap().current.te, Some(0), "wraps around");
    assert!(a.notice.as_deref().unwrap_or("").contains("wrapped"));
    a.update(Action::PrevMention);
    assert_eq!(a.selection.unwrap().current.te, Some(count - 1));
    a.update(Action::Cancel);
    assert_eq!(a.selection, None);
}

#[test]
fn bracket_e_walks_entities_in_reading_order() {
    let mut a = app(120, 40);
    a.update(Action::NextEntity);
    let first = a.selection.unwrap();
    let an = a.content.analysed.as_ref().unwrap();
    let first_span = an.spans.te.all()[0];
    assert_eq!(first.entity, first_span.entity);
    a.update(Action::NextEntity);
    let second = a.selection.unwrap();
    assert_ne!(second.entity, first.entity);
    a.update(Action::PrevEntity);
    assert_ne!(a.selection.unwrap().entity, second.entity);
}

#[test]
fn in_independent_mode_n_moves_the_other_pane_to_the_partner_mention() {
    let mut a = app(80, 12);
    a.update(Action::ToggleSync);
    let target = entity_named(&a, "North Korea");
    a.overlay.list = ListOverlay::Entities;
    let rows = a.entity_list.rows(a.content.analysed.as_ref().unwrap());
    a.entity_list.cursor = rows.iter().position(|&id| id == target).unwrap();
    a.update(Action::Select);
    a.update(Action::PrevMention); // the last Telugu mention, near the end
    let sel = a.selection.unwrap();
    let e = &a.content.analysed.as_ref().unwrap().analysis.entities[target];
    let partner = &e.en[sel.current.en.unwrap()];
    let line = a
        .content
        .layouts
        .en
        .line_at_offset(&a.content.docs.en, partner.start);
    assert!(line >= a.view.top.en && line < a.view.top.en + a.viewport_height(Side::En));
    assert!(a.view.top.en > 0);
}

#[test]
fn list_sort_and_gap_filter() {
    let mut a = app(80, 24);
    a.update(Action::GapsOnly);
    let an = a.content.analysed.as_ref().unwrap();
    let gaps = a.entity_list.rows(an);
    assert!(!gaps.is_empty());
    assert!(gaps.iter().all(|&id| an.analysis.entities[id].is_gap()));
    a.update(Action::GapsOnly);
    a.update(Action::SortEntities);
    let an = a.content.analysed.as_ref().unwrap();
    let by_count = a.entity_list.rows(an);
    let counts: Vec<usize> = by_count
        .iter()
        .map(|&id| {
            let e = &an.analysis.entities[id];
            e.te.len() + e.en.len()
        })
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));
    assert_eq!(by_count.len(), an.analysis.entities.len());
}

#[test]
fn too_small_never_panics() {
    let mut a = app(1, 1);
    for action in [
        Action::PageDown,
        Action::Bottom,
        Action::LineUp,
        Action::NextGroup,
        Action::NextEntity,
        Action::NextMention,
        Action::ToggleSync,
        Action::ToggleEntities,
        Action::Select,
        Action::Resize(0, 0),
    ] {
        a.update(action);
    }
    a.update(Action::Resize(80, 24));
    a.update(Action::Bottom);
    assert!(a.view.top.te > 0);
}
