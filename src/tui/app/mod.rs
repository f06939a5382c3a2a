//! The viewer's state and the one place it changes: [`App::update`].
//!
//! The text shows at once; the analysis (entities, alignment) may arrive later from a background
//! thread through [`App::set_analysis`]. Until then, and in independent mode, each pane scrolls
//! through its own [`Layout`] and the unfocused one follows by proportion. With the analysis, the
//! default is aligned mode: both panes read one [`AlignedLayout`] and share one scroll position.

mod commands;
mod coverage;
mod entities;
mod figures;
mod held;
mod indexed;
mod input;
mod list_cursor;
mod mouse;
mod overlay;
mod position;
mod realign;
mod reload;
mod review;
mod script;
mod search;
mod sentences;
#[cfg(test)]
mod tests;

pub use entities::{EntityList, ListSort, Selection};
pub use figures::{flag_row, flags, FigureList, FigureMarks, Flag, FlagRow};
pub use indexed::IndexedAnalysis;
pub use input::{fold_paste, InputPurpose, LineInput, PASTE_MAX_BYTES};
pub use overlay::{ListOverlay, Overlays};
pub use position::SyncMode;
pub use reload::{ReloadState, Reloaded};
pub use review::{progress, status_label, ReviewState};
pub use script::ScriptView;
pub use search::SearchState;
pub use sentences::SentenceCursor;

use super::action::{Action, Effect};
use super::geometry::{Arrangement, Screen};
use crate::core::analysis::Analysis;
use crate::core::document::Document;
use crate::core::pair::{Pair, Side};
use crate::view::aligned::{AlignedLayout, RowContent};
use crate::view::layout::Layout;
use position::Anchor;
use ratatui::crossterm::event::KeyEvent;
use std::sync::Arc;

/// Everything the viewer shows, in parts with one job each.
#[derive(Debug)]
pub struct App {
    /// The articles, their layouts and their analysis: what there is to show.
    pub content: Content,
    /// Where the panes are and which has the focus: how it is shown.
    pub view: Viewport,
    /// What is drawn over the panes (help, a list) and takes the keys first.
    pub overlay: Overlays,
    pub entity_list: EntityList,
    /// The list of figures and quotes that differ between the articles (`F`).
    pub figure_list: FigureList,
    /// The reviewer's decisions, their undo history and progress.
    pub review: ReviewState,
    pub selection: Option<Selection>,
    /// The last search and its matches.
    pub search: Option<SearchState>,
    /// A one-line text being typed (a note), shown in the status bar; keys go to it.
    pub input: Option<LineInput>,
    /// A one-line message for the status bar (e.g. an empty file).
    pub notice: Option<String>,
    /// The analysis is still running in the background (the status bar says so).
    pub analysing: bool,
    /// An article read again from disk, waiting for its new analysis (see `reload`).
    pub reloads: ReloadState,
    /// The key bindings in effect (defaults, or as a config file changed them), for the help
    /// and the status bar.
    pub bindings: Vec<(Action, Vec<String>)>,
    /// The keys of the line input and the picker (see `tui::modes`).
    pub modes: super::modes::ModeKeys,
}

/// The two articles and everything computed from them that the panes draw.
#[derive(Debug)]
pub struct Content {
    pub docs: Arc<Pair<Document>>,
    pub layouts: Pair<Layout>,
    /// Entities, alignment and what the panes need from them; `None` while being computed.
    pub analysed: Option<IndexedAnalysis>,
    /// Both panes as level groups, once the alignment is known.
    pub aligned: Option<AlignedLayout>,
    /// The matcher's analysis before review decisions were applied to its entities.
    base_analysis: Option<Analysis>,
    /// Hand edits of the alignment that no longer apply (their paragraphs are gone, or they
    /// conflict with the alignment they meet): counted for the notice, kept in the file.
    pub hand_edits_ignored: usize,
    /// The coverage map's marks per pane (see `coverage`).
    pub coverage: Pair<coverage::CoverageMarks>,
    /// The Telugu pane in Telugu script or romanised (`t`).
    pub script: ScriptView,
    /// The sentences a reviewer marked (`ms`), per side, sorted: found when the map is.
    pub sentence_marks: Pair<Vec<usize>>,
}

/// The screen and the place of each pane in its rows.
#[derive(Debug)]
pub struct Viewport {
    pub sync: SyncMode,
    pub screen: Screen,
    pub focus: Side,
    /// First visible row of each pane, in the rows of [`App::row`] (equal in aligned mode).
    pub top: Pair<usize>,
    /// What to keep in view across a resize; only scrolling changes it.
    anchor: Anchor,
    /// `G` was pressed before the layout was complete: go to the end when it is.
    bottom_pending: bool,
    /// Where `]]` / `[[` went when the pane could not scroll there (a group on the last
    /// page): the review and alignment keys act on it. `None`: they act on the top row.
    pub cursor_row: Option<usize>,
    /// The sentence cursor (`)` / `(`), once moved; see `sentences`.
    pub sentence: Option<SentenceCursor>,
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
            content: Content {
                layouts,
                analysed: None,
                aligned: None,
                base_analysis: None,
                hand_edits_ignored: 0,
                coverage: Pair::default(),
                script: ScriptView::default(),
                sentence_marks: Pair::default(),
                docs,
            },
            view: Viewport {
                sync: SyncMode::Aligned,
                screen,
                focus: Side::Te,
                top: Pair::new(0, 0),
                anchor: Anchor::Offsets(Pair::new(0, 0)),
                bottom_pending: false,
                cursor_row: None,
                sentence: None,
            },
            overlay: Overlays::default(),
            selection: None,
            entity_list: EntityList::default(),
            figure_list: FigureList::default(),
            notice,
            analysing: false,
            reloads: ReloadState::default(),
            // Paragraph hashes come with the analysis (they cost a pass over the text).
            review: ReviewState::new(
                crate::core::review::Review::default(),
                Pair::from_fn(|_| crate::core::review::ArticlePrint::new("", b"", [])),
            ),
            input: None,
            search: None,
            bindings: super::keymap::default_bindings(),
            modes: super::modes::ModeKeys::default(),
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
        let prints = Pair::from_fn(|side| {
            crate::core::review::ArticlePrint::of_document(&self.content.docs[side])
        });
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
        let held = self.hold_selection();
        self.review.set_prints(prints);
        // The matcher's analysis goes in as the base; the review is replayed on it and the
        // view's indexes are built once, from the result.
        self.content.base_analysis = Some(analysis);
        self.content.analysed = None;
        self.reapply_holding(held);
        self.rebuild_aligned();
        self.restore_offsets(keep);
        if let Some(notice) = self
            .reload_finished()
            .or_else(|| self.review.describe(&self.content.docs))
        {
            self.notice = Some(notice);
        }
    }

    /// A big document is still being laid out in the background (only its beginning is).
    pub fn laying_out(&self) -> bool {
        Side::BOTH
            .iter()
            .any(|&side| !self.content.layouts[side].complete)
    }

    /// The widths the panes wrap at.
    pub fn layout_widths(&self) -> Pair<usize> {
        Pair::from_fn(|side| text_width(&self.view.screen, side))
    }

    /// Takes layouts finished in the background, keeping the reader's place.
    pub fn set_layouts(&mut self, layouts: Pair<Layout>) {
        let keep = self.current_offsets();
        // The romanised pane was laid out whole already; the job laid out the script.
        if self.roman(Side::Te).is_none() {
            self.content.layouts.te = layouts.te;
        }
        self.content.layouts.en = layouts.en;
        self.rebuild_aligned();
        self.restore_offsets(keep);
        if std::mem::take(&mut self.view.bottom_pending) {
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
    /// the hand edits of the alignment; the selection (and an `L` waiting for its second
    /// entity) follows the entity by its mentions where it still exists (see `held`). The
    /// caller re-lays the panes when the alignment may have changed.
    fn reapply_review(&mut self) {
        let held = self.hold_selection();
        self.reapply_holding(held);
    }

    /// The selected entity and the first of a pending link, held by their mentions in the
    /// analysis shown now.
    fn hold_selection(&self) -> [Option<held::Held>; 2] {
        let Some(analysed) = &self.content.analysed else {
            return [None, None];
        };
        let entities = &analysed.analysis.entities;
        [
            self.selection
                .and_then(|s| held::Held::of(entities, s.entity, s.current)),
            self.review
                .link_from
                .and_then(|id| held::Held::of(entities, id, Pair::new(None, None))),
        ]
    }

    /// [`App::reapply_review`] with the selection held before the analysis changed.
    fn reapply_holding(&mut self, [selected, link_from]: [Option<held::Held>; 2]) {
        // The matcher's analysis: kept apart only while decisions change it, so a pair without
        // entity decisions holds one copy.
        self.content.hand_edits_ignored = 0;
        let Some(base) = self
            .content
            .base_analysis
            .take()
            .or_else(|| self.content.analysed.take().map(|a| a.analysis))
        else {
            return;
        };
        let review = &self.review.review;
        let analysis = if crate::core::review::changes_analysis(review) {
            let mut applied = base.clone();
            self.content.hand_edits_ignored = crate::core::review::apply(
                &mut applied,
                &self.content.docs,
                review,
                &self.review.prints,
            );
            self.content.base_analysis = Some(base);
            applied
        } else {
            base
        };
        let analysed = IndexedAnalysis::new(analysis, &self.content.docs);
        let entities = &analysed.analysis.entities;
        let focus = self.view.focus;
        self.selection = selected
            .and_then(|h| h.find(entities, focus))
            .map(|(entity, current)| Selection { entity, current });
        self.review.link_from = link_from
            .and_then(|h| h.find(entities, focus))
            .map(|(id, _)| id);
        self.content.analysed = Some(analysed);
        self.refind_sentence();
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
        if self.overlay.help_shown() && self.update_help(action) {
            return Effect::None;
        }
        if self.overlay.entities_open() && self.update_list(action) {
            return Effect::None;
        }
        if self.overlay.figures_open() && self.update_figure_list(action) {
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
        let room = self.view.screen.area.height.saturating_sub(2).max(1) as usize;
        let rows =
            super::ui::help_page_rows(&self.bindings, &self.modes.bindings, self.overlay.help_page)
                .len()
                .saturating_sub(room);
        let page = room;
        let Some(scroll) = self.overlay.help.as_mut() else {
            return false;
        };
        match action {
            Action::Quit | Action::Cancel | Action::ToggleHelp => {
                self.overlay.help = None;
                self.overlay.help_page = false;
            }
            // The second page lists the keys of the prompts and the picker.
            Action::SwitchFocus => {
                self.overlay.help_page = !self.overlay.help_page;
                *scroll = 0;
            }
            Action::LineDown => *scroll = (*scroll + 1).min(rows),
            Action::LineUp => *scroll = scroll.saturating_sub(1),
            Action::PageDown | Action::HalfPageDown => *scroll = (*scroll + page).min(rows),
            Action::PageUp | Action::HalfPageUp => *scroll = scroll.saturating_sub(page),
            Action::Top => *scroll = 0,
            Action::Bottom => *scroll = rows,
            _ => return false,
        }
        true
    }

    /// Rows of text a pane shows (0 when the terminal is too small).
    pub fn viewport_height(&self, side: Side) -> usize {
        if self.view.screen.arrangement == Arrangement::TooSmall {
            return 0;
        }
        self.view
            .screen
            .text_area(self.view.screen.panes[side])
            .height as usize
    }

    /// The aligned layout when it drives the panes (aligned mode with the analysis done).
    pub fn active_aligned(&self) -> Option<&AlignedLayout> {
        self.content
            .aligned
            .as_ref()
            .filter(|_| self.view.sync == SyncMode::Aligned)
    }

    /// Rows a pane can scroll through.
    pub fn rows_len(&self, side: Side) -> usize {
        match self.active_aligned() {
            Some(a) => a.len(),
            None => self.content.layouts[side].len(),
        }
    }

    /// What row `row` of a pane shows.
    pub fn row(&self, side: Side, row: usize) -> Option<RowContent> {
        match self.active_aligned() {
            Some(a) => a.rows[side].get(row).copied(),
            None => {
                (row < self.content.layouts[side].len()).then_some(RowContent::Line(row as u32))
            }
        }
    }

    /// The largest useful top row of a pane: the last page shows the end of the text.
    pub fn max_top(&self, side: Side) -> usize {
        self.rows_len(side)
            .saturating_sub(self.viewport_height(side).max(1))
    }

    /// How far through a pane the reader is, 0..=100, by the last visible row.
    pub fn percent_seen(&self, side: Side) -> usize {
        if !self.content.layouts[side].complete {
            // Only the beginning is laid out: count bytes instead of rows.
            let line = self.view.top[side] + self.viewport_height(side);
            let at = self.content.layouts[side].line_offset(
                &self.content.docs[side],
                line.min(self.content.layouts[side].len().saturating_sub(1)),
            );
            return (at * 100)
                .checked_div(self.content.docs[side].text.len())
                .unwrap_or(100);
        }
        let len = self.rows_len(side);
        if len == 0 {
            return 100;
        }
        let bottom = (self.view.top[side] + self.viewport_height(side)).min(len);
        bottom * 100 / len
    }

    /// Re-wraps for a new size, keeping the reader's place.
    fn resize(&mut self, width: u16, height: u16) {
        self.view.screen = Screen::new(width, height);
        self.view.cursor_row = None;
        let mut changed = false;
        for side in Side::BOTH {
            let w = text_width(&self.view.screen, side);
            if self.content.layouts[side].width != w {
                self.content.layouts[side] = self.layout_of(side, w, height);
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
        self.content.aligned =
            self.content.analysed.as_ref().map(|a| {
                AlignedLayout::build(self.content.layouts.as_ref(), &a.analysis.alignment)
            });
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
