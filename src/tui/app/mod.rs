//! The viewer's state and the one place it changes: [`App::update`].
//!
//! The text shows at once; the analysis (entities, alignment) may arrive later from a background
//! thread through [`App::set_analysis`]. Until then, and in independent mode, each pane scrolls
//! through its own [`Layout`] and the unfocused one follows by proportion. With the analysis, the
//! default is aligned mode: both panes read one [`AlignedLayout`] and share one scroll position.

mod analysed;
mod commands;
mod coverage;
mod entities;
mod figures;
mod input;
mod list_cursor;
mod mouse;
mod position;
mod realign;
mod review;
mod search;
#[cfg(test)]
mod tests;

pub use analysed::Analysed;
pub use entities::{EntityList, ListSort, Selection};
pub use figures::{flag_row, flags, FigureList, FigureMarks, Flag, FlagRow};
pub use input::{InputPurpose, LineInput};
pub use position::SyncMode;
pub use review::{progress, status_label, ReviewState};
pub use search::SearchState;

use super::action::{Action, Effect};
use super::geometry::{Arrangement, Screen};
use crate::core::analysis::Analysis;
use crate::core::document::Document;
use crate::core::pair::{Pair, Side};
use crate::view::aligned::{AlignedLayout, Slot};
use crate::view::layout::Layout;
use position::Anchor;
use ratatui::crossterm::event::KeyEvent;
use std::sync::Arc;

/// Everything the viewer shows.
#[derive(Debug)]
pub struct App {
    pub docs: Arc<Pair<Document>>,
    pub layouts: Pair<Layout>,
    /// Entities, alignment and what the panes need from them; `None` while being computed.
    pub analysed: Option<Analysed>,
    /// Both panes as level groups, once the alignment is known.
    pub aligned: Option<AlignedLayout>,
    pub sync: SyncMode,
    pub screen: Screen,
    pub focus: Side,
    /// First visible row of each pane, in the rows of [`App::row`] (equal in aligned mode).
    pub top: Pair<usize>,
    /// What to keep in view across a resize; only scrolling changes it.
    anchor: Anchor,
    pub selection: Option<Selection>,
    pub entity_list: EntityList,
    /// The list of figures and quotes that differ between the articles (`F`).
    pub figure_list: FigureList,
    /// A one-line message for the status bar (e.g. an empty file).
    pub notice: Option<String>,
    /// The key list is shown over the panes.
    pub show_help: bool,
    /// First row of the key list shown (a small terminal scrolls it).
    pub help_scroll: usize,
    /// The analysis is still running in the background (the status bar says so).
    pub analysing: bool,
    /// `G` was pressed before the layout was complete: go to the end when it is.
    bottom_pending: bool,
    /// The matcher's analysis before review decisions were applied to its entities.
    base_analysis: Option<Analysis>,
    /// Hand edits of the alignment that no longer apply (their paragraphs are gone, or they
    /// conflict with the alignment they meet): counted for the notice, kept in the file.
    pub hand_edits_ignored: usize,
    /// Where `]]` / `[[` went when the pane could not scroll there (a group on the last
    /// page): the review and alignment keys act on it. `None`: they act on the top row.
    pub cursor_row: Option<usize>,
    /// The coverage map's marks per pane (see `coverage`).
    pub coverage: Pair<coverage::CoverageMarks>,
    pub review: ReviewState,
    /// A one-line text being typed (a note), shown in the status bar; keys go to it.
    pub input: Option<LineInput>,
    /// The first entity of a link being made with `L`.
    pub link_from: Option<usize>,
    /// The last search and its matches.
    pub search: Option<SearchState>,
    /// Review progress, counted when decisions or the analysis change (see [`progress`]).
    review_progress: Option<(usize, usize, usize, usize)>,
    /// The key bindings in effect (defaults, or as a config file changed them), for the help
    /// and the status bar.
    pub bindings: Vec<(Action, Vec<String>)>,
}

impl App {
    /// The viewer on `docs` without analysis yet (see [`App::set_analysis`]).
    pub fn new(docs: impl Into<Arc<Pair<Document>>>, width: u16, height: u16) -> App {
        let docs = docs.into();
        let screen = Screen::new(width, height);
        let layouts = Pair::from_fn(|side| {
            layout_for(&docs[side], text_width(&screen, side), screen.area.height)
        });
        let empty: Vec<&str> = Side::BOTH
            .iter()
            .filter(|&&s| docs[s].is_empty())
            .map(|&s| docs[s].name.as_str())
            .collect();
        let notice = (!empty.is_empty()).then(|| format!("{} has no text", empty.join(" and ")));
        App {
            layouts,
            analysed: None,
            aligned: None,
            sync: SyncMode::Aligned,
            screen,
            focus: Side::Te,
            top: Pair::new(0, 0),
            anchor: Anchor::Offsets(Pair::new(0, 0)),
            selection: None,
            entity_list: EntityList::default(),
            figure_list: FigureList::default(),
            notice,
            show_help: false,
            help_scroll: 0,
            analysing: false,
            bottom_pending: false,
            base_analysis: None,
            hand_edits_ignored: 0,
            cursor_row: None,
            coverage: Pair::default(),
            // Paragraph hashes come with the analysis (they cost a pass over the text).
            review: ReviewState::new(
                crate::core::review::Review::default(),
                Pair::from_fn(|_| crate::core::review::ArticlePrint::new("", b"", [])),
            ),
            input: None,
            link_from: None,
            search: None,
            review_progress: None,
            bindings: super::keymap::default_bindings(),
            docs,
        }
    }

    /// The viewer with the analysis computed here and now (tests, small pairs).
    pub fn analysed(docs: impl Into<Arc<Pair<Document>>>, width: u16, height: u16) -> App {
        let docs = docs.into();
        let analysis = Analysis::build(&docs);
        let mut app = App::new(docs, width, height);
        app.set_analysis(analysis);
        app
    }

    /// Takes the finished analysis: highlights appear and, in aligned mode, the panes level on
    /// the group at the top of the focused pane.
    pub fn set_analysis(&mut self, analysis: Analysis) {
        let prints =
            Pair::from_fn(|side| crate::core::review::ArticlePrint::of_document(&self.docs[side]));
        self.set_analysis_with_prints(analysis, prints);
    }

    /// [`App::set_analysis`] with the articles' paragraph hashes computed elsewhere (the
    /// background thread does both).
    pub fn set_analysis_with_prints(
        &mut self,
        analysis: Analysis,
        prints: Pair<crate::core::review::ArticlePrint>,
    ) {
        let keep = self.current_offsets();
        self.review.prints = prints;
        self.analysed = Some(Analysed::new(analysis, &self.docs));
        self.base_analysis = None;
        self.reapply_review();
        self.rebuild_aligned();
        self.restore_offsets(keep);
        if let Some(notice) = self.review.describe(&self.docs) {
            self.notice = Some(notice);
        }
    }

    /// A big document is still being laid out in the background (only its beginning is).
    pub fn laying_out(&self) -> bool {
        Side::BOTH.iter().any(|&side| !self.layouts[side].complete)
    }

    /// The widths the panes wrap at.
    pub fn layout_widths(&self) -> Pair<usize> {
        Pair::from_fn(|side| text_width(&self.screen, side))
    }

    /// Takes layouts finished in the background, keeping the reader's place.
    pub fn set_layouts(&mut self, layouts: Pair<Layout>) {
        let keep = self.current_offsets();
        self.layouts = layouts;
        self.rebuild_aligned();
        self.restore_offsets(keep);
        if std::mem::take(&mut self.bottom_pending) {
            self.scroll_to(usize::MAX);
        }
    }

    /// Takes the review loaded from disk; its entity decisions apply to the analysis.
    pub fn set_review(&mut self, review: crate::core::review::Review) {
        self.review.review = review;
        self.review.dirty = false;
        self.review.history.clear();
        self.review.future.clear();
        self.reapply_keeping_place();
    }

    /// Rebuilds the analysis from the matcher's and the review: entity decisions first, then
    /// the hand edits of the alignment; the selection follows the entity by name where it still
    /// exists. The caller re-lays the panes when the alignment may have changed.
    fn reapply_review(&mut self) {
        // The matcher's analysis: kept apart only while decisions change it, so a pair without
        // entity decisions holds one copy.
        self.hand_edits_ignored = 0;
        let Some(base) = self
            .base_analysis
            .take()
            .or_else(|| self.analysed.take().map(|a| a.analysis))
        else {
            return;
        };
        let keys = self.selection.and_then(|s| {
            let e = base.entities.get(s.entity)?;
            Some(Pair::from_fn(|side| {
                crate::core::review::entity_key(e, side)
            }))
        });
        let review = &self.review.review;
        let changes = !review.alignment.is_empty()
            || review.entities.iter().any(|d| {
                matches!(
                    d.action,
                    crate::core::review::EntityAction::Reject
                        | crate::core::review::EntityAction::Link
                )
            });
        let analysis = if changes {
            let mut applied = base.clone();
            crate::core::review::apply_entity_decisions(
                &mut applied.entities,
                review.entity_decisions(),
            );
            self.hand_edits_ignored = crate::core::review::apply_to_analysis(
                &mut applied,
                &self.docs,
                &review.alignment,
                &self.review.prints,
            );
            self.base_analysis = Some(base);
            applied
        } else {
            base
        };
        let analysed = Analysed::new(analysis, &self.docs);
        let selection = keys.and_then(|k| {
            let e = analysed.analysis.entities.iter().find(|e| {
                Side::BOTH.iter().any(|&side| {
                    k[side].is_some() && crate::core::review::entity_key(e, side) == k[side]
                })
            })?;
            Some(Selection {
                entity: e.id,
                current: Pair::new(None, None),
            })
        });
        self.selection = selection;
        self.analysed = Some(analysed);
        self.refresh_progress();
    }

    /// Handles one key press: typed text while a line is being edited, else the keymap.
    pub fn handle_key(&mut self, keymap: &mut super::keymap::Keymap, key: KeyEvent) -> Effect {
        if self.input.is_some() {
            self.edit_input(key);
            Effect::None
        } else if let Some(action) = keymap.feed(key) {
            self.update(action)
        } else {
            Effect::None
        }
    }

    /// Applies one action: an open overlay (help, a list) takes it first, else its handler in
    /// the command table (`commands`) carries it out. Returns what the event loop must do.
    pub fn update(&mut self, action: Action) -> Effect {
        // The mouse decides for itself what an open overlay makes of it (see `mouse`).
        match action {
            Action::ScrollAt { column, row, lines } => {
                self.on_wheel(column, row, lines);
                return Effect::None;
            }
            Action::ClickAt { column, row } => {
                self.on_click(column, row);
                return Effect::None;
            }
            _ => {}
        }
        if self.show_help && self.update_help(action) {
            return Effect::None;
        }
        if self.entity_list.open && self.update_list(action) {
            return Effect::None;
        }
        if self.figure_list.open && self.update_figure_list(action) {
            return Effect::None;
        }
        // A decision can be taken back (`u`): remember the review as it was before it.
        let before = action.decides().then(|| self.review.review.clone());
        let effect = match action.run(self) {
            Some(effect) => effect,
            None => {
                if let Action::Resize(w, h) = action {
                    self.resize(w, h);
                }
                Effect::None
            }
        };
        if let Some(before) = before {
            self.remember(before);
        }
        effect
    }

    /// Keys while the help is shown: Esc or q close it (quitting takes a second press), the
    /// scrolling keys scroll it; returns false for keys it leaves alone.
    fn update_help(&mut self, action: Action) -> bool {
        // As the help draws it in a terminal too small for all rows: one column, scrolled.
        let room = self.screen.area.height.saturating_sub(2).max(1) as usize;
        let rows = self.bindings.len().saturating_sub(room);
        let page = room;
        match action {
            Action::Quit | Action::Cancel | Action::ToggleHelp => {
                self.show_help = false;
                self.help_scroll = 0;
            }
            Action::LineDown => self.help_scroll = (self.help_scroll + 1).min(rows),
            Action::LineUp => self.help_scroll = self.help_scroll.saturating_sub(1),
            Action::PageDown | Action::HalfPageDown => {
                self.help_scroll = (self.help_scroll + page).min(rows)
            }
            Action::PageUp | Action::HalfPageUp => {
                self.help_scroll = self.help_scroll.saturating_sub(page)
            }
            Action::Top => self.help_scroll = 0,
            Action::Bottom => self.help_scroll = rows,
            _ => return false,
        }
        true
    }

    /// Rows of text a pane shows (0 when the terminal is too small).
    pub fn viewport_height(&self, side: Side) -> usize {
        if self.screen.arrangement == Arrangement::TooSmall {
            return 0;
        }
        self.screen.text_area(self.screen.panes[side]).height as usize
    }

    /// The aligned layout when it drives the panes (aligned mode with the analysis done).
    pub fn active_aligned(&self) -> Option<&AlignedLayout> {
        self.aligned
            .as_ref()
            .filter(|_| self.sync == SyncMode::Aligned)
    }

    /// Rows a pane can scroll through.
    pub fn rows_len(&self, side: Side) -> usize {
        match self.active_aligned() {
            Some(a) => a.len(),
            None => self.layouts[side].len(),
        }
    }

    /// What row `row` of a pane shows.
    pub fn row(&self, side: Side, row: usize) -> Option<Slot> {
        match self.active_aligned() {
            Some(a) => a.rows[side].get(row).copied(),
            None => (row < self.layouts[side].len()).then_some(Slot::Line(row as u32)),
        }
    }

    /// The largest useful top row of a pane: the last page shows the end of the text.
    pub fn max_top(&self, side: Side) -> usize {
        self.rows_len(side)
            .saturating_sub(self.viewport_height(side).max(1))
    }

    /// How far through a pane the reader is, 0..=100, by the last visible row.
    pub fn percent_seen(&self, side: Side) -> usize {
        if !self.layouts[side].complete {
            // Only the beginning is laid out: count bytes instead of rows.
            let line = self.top[side] + self.viewport_height(side);
            let at = self.layouts[side].line_offset(
                &self.docs[side],
                line.min(self.layouts[side].len().saturating_sub(1)),
            );
            return (at * 100)
                .checked_div(self.docs[side].text.len())
                .unwrap_or(100);
        }
        let len = self.rows_len(side);
        if len == 0 {
            return 100;
        }
        let bottom = (self.top[side] + self.viewport_height(side)).min(len);
        bottom * 100 / len
    }

    /// Re-wraps for a new size, keeping the reader's place.
    fn resize(&mut self, width: u16, height: u16) {
        self.screen = Screen::new(width, height);
        self.cursor_row = None;
        let mut changed = false;
        for side in Side::BOTH {
            let w = text_width(&self.screen, side);
            if self.layouts[side].width != w {
                self.layouts[side] = layout_for(&self.docs[side], w, height);
                changed = true;
            }
        }
        if changed {
            self.rebuild_aligned();
        }
        self.restore_anchor();
        // The coverage map has a cell per row of the pane, whatever the width did.
        if !changed {
            self.rebuild_coverage();
        }
    }

    fn rebuild_aligned(&mut self) {
        self.aligned = self
            .analysed
            .as_ref()
            .map(|a| AlignedLayout::build(self.layouts.as_ref(), &a.analysis.alignment));
        self.rebuild_coverage();
    }
}

/// Documents bigger than this are laid out in two steps: the first screens at once, the rest
/// in the background (see `tui::background`). Smaller ones wrap in well under a frame's time.
pub const LAZY_LAYOUT_BYTES: usize = 2 << 20;

/// The layout the app starts with for `doc`: complete for a small document, else its first
/// screens.
fn layout_for(doc: &Document, width: usize, height: u16) -> Layout {
    if doc.text.len() > LAZY_LAYOUT_BYTES {
        Layout::build_prefix(doc, width, 4 * height as usize + 64)
    } else {
        Layout::build(doc, width)
    }
}

/// The wrap width of a pane; a hidden pane keeps a nominal width so its layout stays usable.
fn text_width(screen: &Screen, side: Side) -> usize {
    match screen.arrangement {
        Arrangement::TooSmall => 40,
        _ => (screen.text_area(screen.panes[side]).width as usize).max(1),
    }
}
