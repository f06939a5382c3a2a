//! Entities in the viewer: the entity list, the selected entity, and jumps between mentions.

use super::overlay::ListOverlay;
use super::{App, IndexedAnalysis};
use crate::core::analysis::{Entity, Mention};
use crate::core::pair::{Pair, Side};
use crate::tui::action::Action;

/// Order of the entity list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListSort {
    /// Where the entity is first mentioned in the story (by alignment group).
    #[default]
    FirstSeen,
    /// Most mentions (both sides together) first.
    Count,
}

/// State of the entity list overlay.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntityList {
    /// Index into the rows the list shows.
    pub cursor: usize,
    pub sort: ListSort,
    pub gaps_only: bool,
}

impl EntityList {
    pub fn toggle_sort(&mut self) {
        self.sort = match self.sort {
            ListSort::FirstSeen => ListSort::Count,
            ListSort::Count => ListSort::FirstSeen,
        };
        self.cursor = 0;
    }

    pub fn toggle_gaps(&mut self) {
        self.gaps_only = !self.gaps_only;
        self.cursor = 0;
    }

    /// The entity ids the list shows, in order.
    pub fn rows(&self, analysed: &IndexedAnalysis) -> Vec<usize> {
        let entities = &analysed.analysis.entities;
        let mut ids: Vec<usize> = entities
            .iter()
            .filter(|e| !self.gaps_only || e.is_gap())
            .map(|e| e.id)
            .collect();
        match self.sort {
            ListSort::FirstSeen => ids.sort_by_key(|&id| (analysed.first_group[id], id)),
            ListSort::Count => ids.sort_by_key(|&id| {
                let e = &entities[id];
                (std::cmp::Reverse(e.te.len() + e.en.len()), id)
            }),
        }
        ids
    }
}

/// The selected entity and the mention on each side that the last jump went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    pub entity: usize,
    /// Index into `Entity::mentions(side)`, `None` before any jump or when the side has none.
    pub current: Pair<Option<usize>>,
}

impl App {
    /// Keys while the entity list is open; returns false for keys the list leaves alone.
    pub(super) fn update_list(&mut self, action: Action) -> bool {
        let count = self
            .content
            .analysed
            .as_ref()
            .map_or(0, |a| self.entity_list.rows(a).len());
        let last = count.saturating_sub(1);
        let page = self
            .viewport_height(self.view.focus)
            .saturating_sub(4)
            .max(1);
        let list = &mut self.entity_list;
        match action {
            _ if super::list_cursor::move_cursor(&mut list.cursor, action, last, page) => {}
            Action::Cancel | Action::Quit | Action::ToggleEntities => {
                self.overlay.list = ListOverlay::None
            }
            Action::Select => {
                let id = self.content.analysed.as_ref().and_then(|a| {
                    self.entity_list
                        .rows(a)
                        .get(self.entity_list.cursor)
                        .copied()
                });
                self.overlay.list = ListOverlay::None;
                if let Some(id) = id {
                    self.select(id, None);
                }
            }
            _ => return false,
        }
        true
    }

    /// Selects entity `id` and goes to a mention of it: `at` on the focused side if given, else
    /// its first mention on the focused side (or on the other side when it has none here).
    pub(super) fn select(&mut self, id: usize, at: Option<usize>) {
        let Some(entity) = self.entity(id) else {
            return;
        };
        let side = driving_side(entity, self.view.focus);
        let index = at.unwrap_or(0);
        let label = entity.label.clone();
        let count = entity.mentions(side).len();
        self.selection = Some(Selection {
            entity: id,
            current: Pair::new(None, None),
        });
        self.go_to_mention(side, index);
        self.notice = Some(format!(
            "{} · {} mentions in {} · n/N to step",
            label,
            count,
            side_name(side)
        ));
    }

    fn entity(&self, id: usize) -> Option<&Entity> {
        self.content.analysed.as_ref()?.analysis.entities.get(id)
    }

    /// `]e` / `[e`: the next (previous) entity mentioned in the focused pane after (before) the
    /// selected mention, or from the top (bottom) of the view.
    pub(super) fn step_entity(&mut self, forward: bool) {
        let Some(analysed) = &self.content.analysed else {
            self.notice = Some("entities are still being found".into());
            return;
        };
        let side = self.view.focus;
        let spans = analysed.spans[side].all();
        let selected = self.selection.map(|s| s.entity);
        let from = self
            .selection
            .and_then(|s| {
                let m = analysed.analysis.entities.get(s.entity)?;
                m.mentions(side).get(s.current[side]?).map(|m| m.start)
            })
            .unwrap_or_else(|| self.view_edge_offset(side, forward));
        let found = if forward {
            spans
                .iter()
                .find(|s| s.start >= from && Some(s.entity) != selected)
        } else {
            spans
                .iter()
                .rev()
                .find(|s| s.start < from && Some(s.entity) != selected)
        };
        let Some(span) = found.copied() else {
            self.notice = Some(format!(
                "no {} entity in the {} article",
                if forward { "later" } else { "earlier" },
                side_name(side)
            ));
            return;
        };
        let at = analysed.analysis.entities[span.entity]
            .mentions(side)
            .iter()
            .position(|m| m.start == span.start);
        self.select(span.entity, at);
    }

    /// The byte offset at the top of the focused pane's view (forward) or just past its bottom.
    fn view_edge_offset(&self, side: Side, top: bool) -> usize {
        let row = if top {
            self.view.top[side]
        } else {
            self.view.top[side] + self.viewport_height(side)
        };
        let line = match self.active_aligned() {
            Some(a) => a.line_of_row(side, row.min(a.len())),
            None => row,
        };
        let layout = &self.content.layouts[side];
        if !top && line >= layout.len().saturating_sub(1) && row >= self.rows_len(side) {
            return self.content.docs[side].text.len();
        }
        layout.line_offset(&self.content.docs[side], line)
    }

    /// `n` / `N`: the next (previous) mention of the selected entity, wrapping around.
    pub(super) fn step_mention(&mut self, forward: bool) {
        let Some(sel) = self.selection else {
            self.notice = Some("no entity selected: ]e selects one, e lists them".into());
            return;
        };
        let Some(entity) = self.entity(sel.entity) else {
            return;
        };
        let side = driving_side(entity, self.view.focus);
        let count = entity.mentions(side).len();
        if count == 0 {
            return;
        }
        let next = match (sel.current[side], forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1) % count,
            (Some(i), false) => (i + count - 1) % count,
        };
        let wrapped = matches!(sel.current[side], Some(i) if (forward && next <= i) || (!forward && next >= i));
        let label = entity.label.clone();
        self.go_to_mention(side, next);
        self.notice = Some(format!(
            "{label} · mention {} of {count} in {}{}",
            next + 1,
            side_name(side),
            if wrapped { " · wrapped" } else { "" }
        ));
    }

    /// Makes mention `index` of the selected entity on `side` current and shows it; the other
    /// pane's current mention becomes the nearest one of the same entity, and in independent
    /// mode that pane scrolls to it.
    fn go_to_mention(&mut self, side: Side, index: usize) {
        let Some(sel) = self.selection else {
            return;
        };
        let Some((partner, lines)) = self.mention_lines(sel.entity, side, index) else {
            return;
        };
        let mut current = Pair::new(None, None);
        current[side] = Some(index);
        current[side.other()] = partner;
        self.selection = Some(Selection {
            entity: sel.entity,
            current,
        });
        if let Some(line) = lines[side] {
            self.reveal_line(side, line);
        }
        if self.active_aligned().is_none() && self.view.sync == super::SyncMode::Independent {
            if let Some(line) = lines[side.other()] {
                self.reveal_line(side.other(), line);
            }
        }
    }

    /// For mention `index` of entity `id` on `side`: the nearest mention on the other side, and
    /// the layout line of each.
    fn mention_lines(
        &self,
        id: usize,
        side: Side,
        index: usize,
    ) -> Option<(Option<usize>, Pair<Option<usize>>)> {
        let analysed = self.content.analysed.as_ref()?;
        let entity = analysed.analysis.entities.get(id)?;
        let m = entity.mentions(side).get(index)?;
        let partner = nearest(analysed, self, entity, side, m);
        let lines = Pair::from_fn(|s| {
            let start = if s == side {
                Some(m.start)
            } else {
                partner.map(|p| entity.mentions(s)[p].start)
            };
            start.map(|o| self.content.layouts[s].line_at_offset(&self.content.docs[s], o))
        });
        Some((partner, lines))
    }
}

/// The side whose mentions `n`/`N` step through: the focused one, unless the entity is only
/// mentioned on the other.
fn driving_side(entity: &Entity, focus: Side) -> Side {
    if entity.mentions(focus).is_empty() {
        focus.other()
    } else {
        focus
    }
}

/// The other side's mention of `entity` nearest to `m`: in the nearest alignment group, then
/// at the nearest relative position in the article.
fn nearest(
    analysed: &IndexedAnalysis,
    app: &App,
    entity: &Entity,
    side: Side,
    m: &Mention,
) -> Option<usize> {
    let other = side.other();
    let group = |s: Side, p: usize| analysed.groups.group_of_paragraph(s, p).unwrap_or(0);
    let here = group(side, m.paragraph);
    let rel = |s: Side, offset: usize| offset as f64 / app.content.docs[s].text.len().max(1) as f64;
    let at = rel(side, m.start);
    entity
        .mentions(other)
        .iter()
        .enumerate()
        .min_by(|(_, a), (_, b)| {
            let ka = (
                group(other, a.paragraph).abs_diff(here),
                (rel(other, a.start) - at).abs(),
            );
            let kb = (
                group(other, b.paragraph).abs_diff(here),
                (rel(other, b.start) - at).abs(),
            );
            ka.0.cmp(&kb.0).then(ka.1.total_cmp(&kb.1))
        })
        .map(|(i, _)| i)
}

fn side_name(side: Side) -> &'static str {
    match side {
        Side::Te => "Telugu",
        Side::En => "English",
    }
}
