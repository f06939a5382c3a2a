//! Alignment fixed by hand from the keyboard: merge the current group with the next (`J`),
//! split a group at the paragraph at the top of the focused pane (`S`), move that paragraph to
//! the previous or next group (`<`, `>`), pin the paragraphs at the tops of the two panes
//! together (`P`; scroll the panes apart with `s` first).
//!
//! Each edit is a review decision ([`AlignmentEdit`]) recorded in the review file; the viewer
//! replays them on the aligner's groups (`App::reapply_review`), so undo (`u`), the report and
//! the exports all see the same alignment.

use super::App;
use crate::core::align::manual::{self, Edit};
use crate::core::pair::Side;
use crate::core::review::{AlignmentEdit, ParagraphFinder};
use crate::tui::action::Action;
use crate::view::aligned::RowContent;

impl App {
    /// A hand edit of the alignment (`action` is one of the `Align` group's).
    pub(super) fn realign(&mut self, action: Action) {
        if self.content.analysed.is_none() {
            self.notice = Some("the alignment is not ready yet".into());
            return;
        }
        let result = match action {
            Action::PinParagraphs => self.pin(),
            _ => self.edit_groups(action),
        };
        match result {
            Ok(done) => {
                self.notice = Some(format!("{done} (u undoes)"));
                self.review.dirty = true;
                self.reapply_keeping_place();
            }
            Err(why) => self.notice = Some(why),
        }
    }

    /// The paragraph of `side` at the top of its pane (or at the cursor a group jump left on the
    /// last page): the first paragraph with a row there or below it on the screen.
    pub fn paragraph_at_top(&self, side: Side) -> Option<usize> {
        // The cursor row is in the focused pane's rows; in aligned mode both panes share them.
        let top = if side == self.view.focus || self.active_aligned().is_some() {
            self.cursor()
        } else {
            self.view.top[side]
        };
        let line = match self.active_aligned() {
            Some(a) => a.rows[side]
                .get(top..)?
                .iter()
                .find_map(|slot| match slot {
                    RowContent::Line(l) => Some(*l as usize),
                    _ => None,
                })?,
            None => top,
        };
        self.content.layouts[side].para_of_line(line)
    }

    /// Merge, split, or move: checked against the current groups first, so a refused edit is
    /// explained and never recorded.
    fn edit_groups(&mut self, action: Action) -> Result<String, String> {
        let side = self.view.focus;
        let analysed = self.content.analysed.as_ref().ok_or("no alignment yet")?;
        let groups = &analysed.analysis.alignment;
        let (edit, side, para) = if action == Action::MergeGroup {
            let g = self.current_group().ok_or("no aligned group here")?;
            let group = &groups[g];
            // Name the group by a paragraph it has: the focused side's first, else the other's.
            let (side, para) = [side, side.other()]
                .into_iter()
                .find_map(|s| group.side(s).first().map(|&p| (s, p)))
                .ok_or("no aligned group here")?;
            (Edit::Merge { side, para }, side, para)
        } else {
            let para = self
                .paragraph_at_top(side)
                .ok_or("no paragraph at the top of this pane")?;
            let edit = match action {
                Action::SplitGroup => Edit::Split { side, para },
                Action::MoveToPrevGroup => Edit::ToPrevious { side, para },
                _ => Edit::ToNext { side, para },
            };
            (edit, side, para)
        };
        let mut trial = groups.clone();
        manual::apply(&mut trial, edit).map_err(|r| r.describe().to_string())?;
        let finder = ParagraphFinder::new(&self.review.prints);
        let paragraph = finder
            .name(side, para)
            .ok_or("the paragraph hashes are not ready yet")?;
        let at = manual::group_of(groups, side, para).map_or(0, |g| g + 1);
        let (record, done) = match edit {
            Edit::Merge { .. } => (
                AlignmentEdit::Merge { side, paragraph },
                format!("group {at} merged with group {}", at + 1),
            ),
            Edit::Split { .. } => (
                AlignmentEdit::Split { side, paragraph },
                format!("group {at} split at {} paragraph {}", side.name(), para + 1),
            ),
            Edit::ToPrevious { .. } => (
                AlignmentEdit::ToPrevious { side, paragraph },
                format!(
                    "{} paragraph {} moved to the previous group",
                    side.name(),
                    para + 1
                ),
            ),
            Edit::ToNext { .. } => (
                AlignmentEdit::ToNext { side, paragraph },
                format!(
                    "{} paragraph {} moved to the next group",
                    side.name(),
                    para + 1
                ),
            ),
        };
        self.review.review.alignment.push(record);
        Ok(done)
    }

    /// Pins the paragraphs at the tops of the two panes together, or unpins them.
    fn pin(&mut self) -> Result<String, String> {
        let te = self
            .paragraph_at_top(Side::Te)
            .ok_or("no Telugu paragraph at the top")?;
        let en = self
            .paragraph_at_top(Side::En)
            .ok_or("no English paragraph at the top")?;
        let finder = ParagraphFinder::new(&self.review.prints);
        let (Some(te_ref), Some(en_ref)) = (finder.name(Side::Te, te), finder.name(Side::En, en))
        else {
            return Err("the paragraph hashes are not ready yet".into());
        };
        let alignment = &mut self.review.review.alignment;
        let same = |e: &AlignmentEdit| match e {
            AlignmentEdit::Pin { te, en } => {
                finder.find(Side::Te, *te) == Some(te_ref.hint)
                    && finder.find(Side::En, *en) == Some(en_ref.hint)
            }
            _ => false,
        };
        if let Some(i) = alignment.iter().position(same) {
            alignment.remove(i);
            return Ok(format!(
                "unpinned Telugu paragraph {} and English paragraph {}",
                te + 1,
                en + 1
            ));
        }
        let crosses = alignment.iter().any(|e| match e {
            AlignmentEdit::Pin { te: t, en: n } => {
                match (finder.find(Side::Te, *t), finder.find(Side::En, *n)) {
                    (Some(t), Some(n)) => !((t < te && n < en) || (t > te && n > en)),
                    _ => false,
                }
            }
            _ => false,
        });
        if crosses {
            return Err(format!(
                "Telugu paragraph {} and English paragraph {} cross an earlier pin",
                te + 1,
                en + 1
            ));
        }
        alignment.push(AlignmentEdit::Pin {
            te: te_ref,
            en: en_ref,
        });
        Ok(format!(
            "pinned Telugu paragraph {} to English paragraph {}",
            te + 1,
            en + 1
        ))
    }

    /// Replays the review on the matcher's analysis and re-lays the panes, keeping the reader
    /// on the same text.
    pub(super) fn reapply_keeping_place(&mut self) {
        // Rows change with the groups: the cursor goes back to the top of the pane.
        self.view.cursor_row = None;
        let keep = self.current_offsets();
        // The review's replay counts the progress; the new aligned rows bring a new map.
        self.reapply_review();
        self.rebuild_aligned();
        self.restore_offsets(keep);
    }
}
