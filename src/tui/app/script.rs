//! The Telugu pane in Telugu script or in Latin letters (`t`, issue 21).
//!
//! The article is romanised once, on the first `t` (at once for an article up to
//! [`ROMANISE_NOW_BYTES`], else on a background thread, see `tui::background`), and kept until
//! its text changes. While it is shown the Telugu pane's layout is wrapped over the romanised
//! text but keeps Telugu offsets (`view::romanised`), so only drawing, the mouse and search ask
//! [`App::roman`] for the romanised text.

use super::{layout_for, App};
use crate::core::pair::Side;
use crate::core::romanise::RomanDocument;
use crate::view::layout::Layout;
use std::sync::Arc;

/// Articles up to this size are romanised when `t` is pressed (about 25 ms per 100 KB on a
/// shared core, so at most some 60 ms here, see BENCHMARKS.md); bigger ones in the background.
pub const ROMANISE_NOW_BYTES: usize = 256 << 10;

/// Which script the Telugu pane shows, and the romanisation once made.
#[derive(Debug, Default)]
pub struct ScriptView {
    /// The Telugu pane shows the romanised text.
    pub romanised: bool,
    /// The Telugu article romanised; `None` until first asked for.
    pub roman: Option<Arc<RomanDocument>>,
    /// `t` was pressed on a big article: the background romanises it, then the pane switches.
    pub pending: bool,
}

impl App {
    /// The romanised article when the pane of `side` shows it.
    pub fn roman(&self, side: Side) -> Option<&RomanDocument> {
        let script = &self.content.script;
        (side == Side::Te && script.romanised)
            .then_some(script.roman.as_deref())
            .flatten()
    }

    /// `t`: switches the Telugu pane between the script and the romanisation.
    pub(super) fn switch_script(&mut self) {
        let script = &mut self.content.script;
        if script.romanised || script.pending {
            script.romanised = false;
            script.pending = false;
            self.notice = Some("Telugu in Telugu script".into());
            self.relayout_script();
            return;
        }
        if script.roman.is_none() {
            let doc = &self.content.docs[Side::Te];
            if doc.text.len() > ROMANISE_NOW_BYTES {
                script.pending = true;
                self.notice = Some("romanising the Telugu article…".into());
                return;
            }
            script.roman = Some(Arc::new(RomanDocument::build(doc)));
        }
        self.content.script.romanised = true;
        self.notice = Some("Telugu in Latin letters (ISO 15919) · t for the script".into());
        self.relayout_script();
    }

    /// The romanisation made in the background; shown if `t` is still waiting for it.
    pub fn set_romanised(&mut self, roman: Arc<RomanDocument>) {
        // A reload since the job started makes it stale.
        if roman.map.te_len() != self.content.docs[Side::Te].text.len() {
            return;
        }
        let script = &mut self.content.script;
        script.roman = Some(roman);
        if std::mem::take(&mut script.pending) {
            script.romanised = true;
            self.notice = Some("Telugu in Latin letters (ISO 15919) · t for the script".into());
            self.relayout_script();
        }
    }

    /// Start in the romanised view (the config's `romanise = true`).
    pub fn start_romanised(&mut self) {
        if !self.content.script.romanised {
            let notice = self.notice.take();
            self.switch_script();
            self.notice = notice;
        }
    }

    /// The text of the Telugu article changed (a reload): its romanisation is made again when
    /// next shown.
    pub(super) fn forget_romanisation(&mut self) {
        let script = &mut self.content.script;
        script.roman = None;
        if script.romanised {
            script.romanised = false;
            script.pending = true;
        }
    }

    /// The layout of the pane of `side` at `width`: over the romanised text when it shows it.
    pub(super) fn layout_of(&self, side: Side, width: usize, height: u16) -> Layout {
        match self.roman(side) {
            Some(roman) => crate::view::romanised::build_layout(roman, width),
            None => layout_for(&self.content.docs[side], width, height),
        }
    }

    /// Lays the Telugu pane out again for the script now shown, keeping the reader's place.
    fn relayout_script(&mut self) {
        let keep = self.current_offsets();
        let width = self.layout_widths()[Side::Te];
        self.content.layouts[Side::Te] =
            self.layout_of(Side::Te, width, self.view.screen.area.height);
        self.rebuild_aligned();
        self.restore_offsets(keep);
    }
}
