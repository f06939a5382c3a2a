//! Taking an article read again from disk (issue 20): the new text replaces the old at once,
//! the reader stays on the same paragraph (found again by its content), and the analysis starts
//! over in the background as at start. The review is not touched: its decisions name
//! paragraphs by content, so those on unchanged paragraphs apply again when the new analysis
//! comes, and those on edited ones no longer match but stay in the file with their notes.

use super::{App, SearchState};
use crate::core::document::Document;
use crate::core::pair::{Pair, Side};
use crate::core::reload::{follow_offset, ParagraphDiff};
use crate::core::review::ContentHash;
use std::sync::Arc;

/// Both articles after a reload, with the paragraph hashes before and after of each one that
/// was read again (`None`: that side is as it was).
#[derive(Debug)]
pub struct Reloaded {
    pub docs: Pair<Document>,
    pub hashes: Pair<Option<(Vec<ContentHash>, Vec<ContentHash>)>>,
}

/// What a reload leaves for the analysis to finish: the status line to show when it comes,
/// and how many group decisions matched the text before, to tell how many an edit made stale.
#[derive(Debug, Clone, Default)]
pub struct ReloadState {
    waiting: Option<(String, Option<usize>)>,
}

impl App {
    /// Replaces the articles by `reloaded`, keeping the reader's place; the caller starts the
    /// new analysis (see `tui::reload`). Says what changed in the status bar.
    pub fn reload(&mut self, reloaded: Reloaded) {
        let Reloaded { docs, hashes } = reloaded;
        let keep = self.current_offsets();
        let old = Arc::clone(&self.content.docs);
        let offsets = Pair::from_fn(|side| match &hashes[side] {
            Some((before, after)) => {
                follow_offset(&old[side], before, &docs[side], after, keep[side])
            }
            None => keep[side],
        });
        let parts: Vec<String> = Side::BOTH
            .iter()
            .filter_map(|&side| {
                let (before, after) = hashes[side].as_ref()?;
                let diff = ParagraphDiff::between(before, after);
                Some(format!("{} ({diff})", docs[side].name))
            })
            .collect();
        let summary = format!("reloaded {}", parts.join(" and "));
        // Matched before: only known when the analysis (and so the hashes) was in.
        let matched = self
            .content
            .analysed
            .is_some()
            .then(|| self.matched_decisions());

        self.content.docs = Arc::new(docs);
        if hashes.te.is_some() {
            self.forget_romanisation();
        }
        let screen = &self.view.screen;
        let (widths, height) = (self.layout_widths(), screen.area.height);
        self.content.layouts = Pair::from_fn(|side| self.layout_of(side, widths[side], height));
        self.content.analysed = None;
        self.content.base_analysis = None;
        self.content.hand_edits_ignored = 0;
        // Entity ids, figure places and the cursor of a jump belong to the old text.
        self.selection = None;
        self.review.link_from = None;
        self.figure_list.current = Default::default();
        self.view.cursor_row = None;
        self.view.bottom_pending = false;
        self.rerun_search(&hashes);
        self.rebuild_aligned();
        self.refresh_progress();
        self.restore_offsets(offsets);
        self.notice = Some(summary.clone());
        self.reloads.waiting = Some((summary, matched));
    }

    /// The search matches found again in the new text of their side.
    fn rerun_search(&mut self, hashes: &Pair<Option<(Vec<ContentHash>, Vec<ContentHash>)>>) {
        let Some(search) = self.search.take() else {
            return;
        };
        if hashes[search.side].is_none() {
            self.search = Some(search);
            return;
        }
        let query = crate::core::search::Query::parse(&search.query);
        let matches = self.find_in_pane(search.side, &query);
        self.search = (!matches.is_empty()).then_some(SearchState {
            matches,
            current: None,
            ..search
        });
    }

    /// How many group decisions of the review find their paragraphs in the articles as the
    /// paragraph hashes say they are.
    fn matched_decisions(&self) -> usize {
        crate::core::review::reconcile(&self.review.review, &self.review.prints, |_, _| true)
            .groups
            .len()
    }

    /// With the new analysis in after a reload: what the status bar says, including the group
    /// decisions the edit left without their paragraphs. `None` when no reload is waiting.
    pub(super) fn reload_finished(&mut self) -> Option<String> {
        let (summary, before) = self.reloads.waiting.take()?;
        let lost = before.map_or(0, |b| b.saturating_sub(self.matched_decisions()));
        Some(match lost {
            0 => summary,
            1 => format!("{summary}; 1 group decision no longer matches (kept in the review file)"),
            n => {
                format!("{summary}; {n} group decisions no longer match (kept in the review file)")
            }
        })
    }

    /// The byte offset of the paragraph in view in the focused pane, for the editor's line.
    pub fn paragraph_in_view(&self) -> usize {
        let side = self.view.focus;
        let doc = &self.content.docs[side];
        let at = self.current_offsets()[side];
        doc.paragraph_at(at)
            .and_then(|p| doc.paragraphs.get(p))
            .map_or(at, |p| p.start)
    }
}
