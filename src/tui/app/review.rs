//! Review from the keyboard: group decisions (checked, needs work, missing on one side) with
//! notes, entity decisions (confirm, reject, link, restore), and the progress they add up to.
//!
//! The app only changes the [`Review`] and marks it dirty; the event loop saves it (see
//! `tui::session`), so every decision reaches the disk before the next frame.

use super::App;
use crate::core::align::Group;
use crate::core::analysis::Entity;
use crate::core::pair::{Pair, Side};
use crate::core::review::{
    entity_key, ArticlePrint, EntityAction, GroupDecision, GroupPlace, GroupStatus, Review,
    RunIndex,
};

/// The review of this pair and what the viewer needs to apply it.
#[derive(Debug, Clone)]
pub struct ReviewState {
    pub review: Review,
    /// Paragraph hashes of the articles as they are now: decisions refer to content.
    pub prints: Pair<ArticlePrint>,
    /// Changed since the last save; the event loop saves and clears it.
    pub dirty: bool,
    /// The review before each decision of this session, newest last, with what the decision
    /// was (for "undone: …"): what `u` goes back to. Reviews are small (decisions only).
    pub history: Vec<(Review, String)>,
    /// Undone decisions, for redo (`Ctrl-r`); a new decision clears them.
    pub future: Vec<(Review, String)>,
    /// The first entity of a link being made with `L`.
    pub link_from: Option<usize>,
    /// Review progress, counted when decisions or the analysis change (see [`progress`]).
    pub(super) progress: Option<(usize, usize, usize, usize)>,
    /// Why the last save failed (`None` once a save works): quitting asks first, and the
    /// reason is printed after the terminal is restored.
    pub unsaved: Option<String>,
    /// Quitting with decisions unsaved was asked about once: the next quit quits.
    pub quit_asked: bool,
    /// Where each paragraph text stands in `prints`: which group a decision means when texts
    /// repeat (set with the prints, see [`ReviewState::set_prints`]).
    runs: RunIndex,
}

/// How many decisions `u` can take back.
const UNDO_DEPTH: usize = 500;

impl ReviewState {
    pub fn new(review: Review, prints: Pair<ArticlePrint>) -> ReviewState {
        ReviewState {
            review,
            runs: RunIndex::new(&prints),
            prints,
            dirty: false,
            history: Vec::new(),
            future: Vec::new(),
            link_from: None,
            progress: None,
            unsaved: None,
            quit_asked: false,
        }
    }

    /// A notice about the loaded review: how many decisions, and whether the articles changed
    /// since it was saved. Needs the paragraph hashes, so it is asked for with the analysis.
    pub fn describe(&self, docs: &Pair<crate::core::document::Document>) -> Option<String> {
        let review = &self.review;
        if review.groups.is_empty() && review.entities.is_empty() {
            return None;
        }
        let found =
            crate::core::review::reconcile(review, &self.prints, |side: Side, text: &str| {
                docs[side].text.contains(text)
            });
        let changed = found.changed();
        let mut notice = format!(
            "review loaded: {} group and {} entity decisions",
            review.groups.len(),
            review.entities.len()
        );
        if !changed.is_empty() {
            let names: Vec<&str> = changed.iter().map(|&s| docs[s].name.as_str()).collect();
            notice.push_str(&format!(
                "; {} changed since, {} group decisions no longer match",
                names.join(" and "),
                found.stale_groups.len()
            ));
        }
        Some(notice)
    }

    /// Takes the paragraph hashes of the articles as they are now.
    pub fn set_prints(&mut self, prints: Pair<ArticlePrint>) {
        self.runs = RunIndex::new(&prints);
        self.prints = prints;
    }

    /// The decision on alignment group `group`, if any: the one whose paragraphs stand there
    /// (texts and occurrence), as the review file and `tandem report` read it.
    pub fn group_decision(&self, group: &Group) -> Option<&GroupDecision> {
        self.review.groups.get(self.decision_index(group)?)
    }

    /// The index in `review.groups` of the decision on `group`.
    fn decision_index(&self, group: &Group) -> Option<usize> {
        self.runs.decision_for(&self.prints, &self.review, group)
    }

    /// Records `decision` on `group`, replacing the decision that was on it (only that one,
    /// even when other groups have the same texts).
    fn set_decision(&mut self, group: &Group, decision: GroupDecision) {
        match self.decision_index(group) {
            Some(k) => self.review.groups[k] = decision,
            None => self.review.groups.push(decision),
        }
    }

    /// Forgets the decision on `group`; true if there was one.
    fn clear_decision(&mut self, group: &Group) -> bool {
        let Some(k) = self.decision_index(group) else {
            return false;
        };
        self.review.groups.remove(k);
        true
    }

    /// The decision naming entity `e` (by its mention texts), if any.
    pub fn entity_decision(&self, e: &Entity) -> Option<EntityAction> {
        let te = entity_key(e, Side::Te);
        let en = entity_key(e, Side::En);
        self.review
            .entities
            .iter()
            .find(|d| Some(&d.te) == te.as_ref() || Some(&d.en) == en.as_ref())
            .map(|d| d.action)
    }
}

/// How much of the pair is reviewed: (groups decided, groups, entities decided, entities).
/// Kept up to date by the app when decisions or the analysis change, so drawing it costs
/// nothing per frame (counting walks every group).
pub fn progress(app: &App) -> Option<(usize, usize, usize, usize)> {
    app.review.progress
}

/// Counts [`progress`] from scratch.
fn count_progress(app: &App) -> Option<(usize, usize, usize, usize)> {
    let analysed = app.content.analysed.as_ref()?;
    let groups = &analysed.analysis.alignment;
    let decided = groups
        .iter()
        .filter(|g| app.review.group_decision(g).is_some())
        .count();
    let entities = &analysed.analysis.entities;
    let checked = entities
        .iter()
        .filter(|e| app.review.entity_decision(e).is_some())
        .count();
    Some((decided, groups.len(), checked, entities.len()))
}

impl App {
    /// The alignment group decisions apply to: the one at the top of the focused pane, or the
    /// one a group jump went to on the last page ([`App::cursor`]).
    pub fn current_group(&self) -> Option<usize> {
        let analysed = self.content.analysed.as_ref()?;
        let g = match self.active_aligned() {
            Some(a) => a.group_at(self.cursor()),
            None => {
                let para = self.content.layouts[self.view.focus].para_of_line(self.cursor())?;
                analysed.groups.group_of_paragraph(self.view.focus, para)?
            }
        };
        (g < analysed.analysis.alignment.len()).then_some(g)
    }

    /// Counts the review progress again (after a decision or a new analysis).
    pub(super) fn refresh_progress(&mut self) {
        self.review.progress = count_progress(self);
    }

    /// After a decision: the progress and the coverage map (which shows review marks and
    /// one-sided names) are counted again.
    pub(super) fn after_decision(&mut self) {
        self.refresh_progress();
        self.rebuild_coverage();
    }

    /// Records `before` as the state to undo to, when the review has changed since.
    pub(super) fn remember(&mut self, before: Review) {
        if before == self.review.review {
            return;
        }
        let what = self.notice.clone().unwrap_or_else(|| "decision".into());
        let what = what.trim_end_matches(" (u undoes)").to_string();
        self.review.history.push((before, what));
        if self.review.history.len() > UNDO_DEPTH {
            self.review.history.remove(0);
        }
        self.review.future.clear();
    }

    /// `u` (`forward` false) and `Ctrl-r` (`forward` true).
    pub(super) fn undo_redo(&mut self, forward: bool) {
        let from = if forward {
            &mut self.review.future
        } else {
            &mut self.review.history
        };
        // After a restart the session's history is empty, but the hand edits of the alignment
        // are an ordered log in the file: `u` still takes back the last of them.
        let popped = from.pop().or_else(|| {
            let mut earlier = self.review.review.clone();
            (!forward && earlier.alignment.pop().is_some())
                .then(|| (earlier, "the last hand edit of the alignment".to_string()))
        });
        let Some((review, what)) = popped else {
            self.notice = Some(
                if forward {
                    "nothing to redo"
                } else {
                    "nothing to undo"
                }
                .into(),
            );
            return;
        };
        let to = if forward {
            &mut self.review.history
        } else {
            &mut self.review.future
        };
        let now = std::mem::replace(&mut self.review.review, review);
        to.push((now, what.clone()));
        self.review.dirty = true;
        self.reapply_keeping_place();
        self.notice = Some(format!(
            "{}: {what}",
            if forward { "redone" } else { "undone" }
        ));
    }

    /// Alignment group `g` and how the review file names it: its paragraphs' content hashes
    /// and their occurrence.
    fn key_of(&self, g: usize) -> Option<(Group, GroupPlace)> {
        let group = self.content.analysed.as_ref()?.analysis.alignment.get(g)?;
        let place = self.review.runs.place(&self.review.prints, group)?;
        Some((group.clone(), place))
    }

    fn current_key(&self) -> Option<(usize, Group, GroupPlace)> {
        let g = self.current_group()?;
        let (group, place) = self.key_of(g)?;
        Some((g, group, place))
    }

    /// Sets the status of the current group; the same status again clears it (the note stays).
    pub(super) fn mark(&mut self, status: GroupStatus) {
        let Some((g, group, place)) = self.current_key() else {
            self.notice = Some("no aligned group here yet".into());
            return;
        };
        let old = self.review.group_decision(&group).cloned();
        let note = old.as_ref().and_then(|d| d.note.clone());
        if old.as_ref().is_some_and(|d| d.status == status) && note.is_none() {
            self.review.clear_decision(&group);
            self.notice = Some(format!("group {}: mark removed", g + 1));
        } else {
            self.review
                .set_decision(&group, decision(place, status, note));
            self.notice = Some(format!("group {}: {}", g + 1, status_label(status)));
        }
        self.review.dirty = true;
    }

    pub(super) fn clear_mark(&mut self) {
        let Some((g, group, _)) = self.current_key() else {
            return;
        };
        if self.review.clear_decision(&group) {
            self.review.dirty = true;
            self.notice = Some(format!("group {}: mark and note removed", g + 1));
        }
    }

    pub(super) fn start_note(&mut self) {
        let Some((g, group, _)) = self.current_key() else {
            self.notice = Some("no aligned group here yet".into());
            return;
        };
        let text = self
            .review
            .group_decision(&group)
            .and_then(|d| d.note.clone())
            .unwrap_or_default();
        self.input = Some(super::LineInput::new(
            super::InputPurpose::Note { group: g },
            text,
        ));
    }

    /// Saves the note typed for group `g` (an empty note removes it). A group without a mark
    /// gets "needs work": a note usually says what is wrong.
    pub(super) fn commit_note(&mut self, g: usize, text: String) {
        let Some((group, place)) = self.key_of(g) else {
            return;
        };
        let text = text.trim().to_string();
        let old = self.review.group_decision(&group).cloned();
        let note = (!text.is_empty()).then_some(text);
        let status = old.as_ref().map_or(GroupStatus::NeedsWork, |d| d.status);
        let before = self.review.review.clone();
        self.review
            .set_decision(&group, decision(place, status, note));
        self.review.dirty = true;
        self.after_decision();
        self.notice = Some(format!("group {}: note saved", g + 1));
        self.remember(before);
    }

    fn selected_entity(&self) -> Option<&Entity> {
        let id = self.selection?.entity;
        self.content.analysed.as_ref()?.analysis.entities.get(id)
    }

    pub(super) fn decide_entity(&mut self, action: EntityAction) {
        let Some(e) = self.selected_entity() else {
            self.notice = Some("select an entity first (e, or ]e)".into());
            return;
        };
        let (Some(te), Some(en)) = (entity_key(e, Side::Te), entity_key(e, Side::En)) else {
            self.notice = Some(format!(
                "{} is only in one article: L links it to another",
                e.label
            ));
            return;
        };
        self.review.review.set_entity(&te, &en, action);
        self.notice = Some(format!(
            "{te} = {en}: {}",
            match action {
                EntityAction::Confirm => "confirmed",
                EntityAction::Reject => "link rejected",
                EntityAction::Link => "linked",
            }
        ));
        self.review.dirty = true;
        if action == EntityAction::Reject {
            self.reapply_review();
        }
    }

    /// `L` on one entity, then `L` on another one-sided entity of the other language: links
    /// them.
    pub(super) fn link_entity(&mut self) {
        let Some((id, missing, label)) = self
            .selected_entity()
            .map(|e| (e.id, e.missing_side(), e.label.clone()))
        else {
            self.notice = Some("select an entity first (e, or ]e)".into());
            return;
        };
        let Some(side) = missing.map(Side::other) else {
            self.notice = Some(format!("{label} is already in both articles"));
            return;
        };
        let first = match self.review.link_from.take() {
            Some(first) if first != id => first,
            _ => {
                self.review.link_from = Some(id);
                self.notice = Some(format!(
                    "link {label} with…: select an entity of the other article, then L"
                ));
                return;
            }
        };
        let keys = self.content.analysed.as_ref().and_then(|a| {
            let e = a.analysis.entities.get(id)?;
            let other = a.analysis.entities.get(first)?;
            if other.missing_side().map(Side::other) != Some(side.other()) {
                return None;
            }
            let (te_e, en_e) = if side == Side::Te {
                (e, other)
            } else {
                (other, e)
            };
            Some((entity_key(te_e, Side::Te)?, entity_key(en_e, Side::En)?))
        });
        let Some((te, en)) = keys else {
            self.notice = Some("link one Telugu-only entity with one English-only entity".into());
            return;
        };
        self.review.review.set_entity(&te, &en, EntityAction::Link);
        self.notice = Some(format!("{te} = {en}: linked"));
        self.review.dirty = true;
        self.reapply_review();
    }

    /// `R`: drops the decision on the selected entity, back to what the matcher said.
    pub(super) fn restore_entity(&mut self) {
        let Some(e) = self.selected_entity() else {
            self.notice = Some("select an entity first (e, or ]e)".into());
            return;
        };
        let te = entity_key(e, Side::Te);
        let en = entity_key(e, Side::En);
        let before = self.review.review.entities.len();
        self.review
            .review
            .entities
            .retain(|d| Some(&d.te) != te.as_ref() && Some(&d.en) != en.as_ref());
        if self.review.review.entities.len() == before {
            self.notice = Some("no decision on this entity".into());
            return;
        }
        self.notice = Some("back to the matcher's suggestion".into());
        self.review.dirty = true;
        self.reapply_review();
    }
}

/// A decision on the group at `place`.
fn decision(place: GroupPlace, status: GroupStatus, note: Option<String>) -> GroupDecision {
    GroupDecision {
        paragraphs: place.paragraphs,
        hint: place.hint,
        occurrence: Some(place.occurrence),
        status,
        note,
    }
}

pub fn status_label(status: GroupStatus) -> &'static str {
    match status {
        GroupStatus::Checked => "✓ checked",
        GroupStatus::NeedsWork => "✗ needs work",
        GroupStatus::MissingTe => "missing in Telugu",
        GroupStatus::MissingEn => "missing in English",
    }
}
