//! The sentence cursor (issue 18): `)` and `(` move it sentence by sentence in the focused
//! pane, as vim's sentence motions do; the panes tint the sentence under it and its
//! counterpart sentences in the other article, and scroll to show both. `ms` marks the
//! sentence as missing in the other article (a review decision, saved with the others).
//!
//! Everything is looked up in the analysis's [`SentenceIndex`] by binary search, so a move
//! costs a few lookups and a frame only the tinted byte ranges (see `ui::pane`). Scrolling
//! keys leave the cursor where it is; once it is off screen, `)` and `(` start again from
//! the top of the pane. Esc drops it.
//!
//! [`SentenceIndex`]: crate::view::sentence_cursor::SentenceIndex

use super::App;
use crate::core::pair::Pair;
use crate::core::pair::Side;
use crate::core::review::{locate_sentences, sentence_key, GroupStatus, SentenceDecision};
use crate::view::sentence_cursor::lines_of;
use std::ops::Range;

/// Where the sentence cursor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceCursor {
    /// The pane it is in (the focused one, unless a click moved the focus).
    pub side: Side,
    /// Index into the side's sentences.
    pub index: usize,
    /// The sentence's first byte: where to find it again when the analysis changes.
    pub start: usize,
}

impl App {
    /// `)` (`forward`) and `(`: the next or previous sentence of the focused pane. Without a
    /// cursor on screen, `)` takes the first sentence that starts at the top of the pane or
    /// below, `(` the sentence the top row is in.
    pub(super) fn step_sentence(&mut self, forward: bool) {
        let side = self.view.focus;
        let Some(analysed) = &self.content.analysed else {
            self.notice = Some("sentences come with the analysis: a moment".into());
            return;
        };
        if !self.content.layouts[side].complete {
            self.notice = Some("still laying out the article: a moment".into());
            return;
        }
        let index = &analysed.sentences;
        if index.is_empty(side) {
            self.notice = Some(format!("the {} article has no sentences", side.name()));
            return;
        }
        // After a click moved the focus, the cursor crosses to the pane with it.
        let current = self.view.sentence.and_then(|c| {
            if c.side == side {
                Some(c.index)
            } else {
                index.across(c.side, c.index)
            }
        });
        let current = current.filter(|&i| self.sentence_on_screen(side, i));
        let next = match current {
            Some(i) => match index.step(side, i, forward) {
                Some(k) => k,
                None => {
                    self.notice = Some(
                        if forward {
                            "at the last sentence"
                        } else {
                            "at the first sentence"
                        }
                        .into(),
                    );
                    return;
                }
            },
            None => {
                let at = self.top_offset(side);
                let Some(k) = index.at(side, at) else {
                    self.notice = Some("no sentence below".into());
                    return;
                };
                let starts_above = index.span(side, k).is_some_and(|s| s.start < at);
                if forward && starts_above {
                    match index.step(side, k, true) {
                        Some(next) => next,
                        None => k,
                    }
                } else {
                    k
                }
            }
        };
        self.set_sentence(side, next);
        self.notice = None;
        self.show_sentence();
    }

    /// Puts the cursor on sentence `i` of `side`.
    pub(super) fn set_sentence(&mut self, side: Side, i: usize) {
        let Some(analysed) = &self.content.analysed else {
            return;
        };
        let Some(span) = analysed.sentences.span(side, i) else {
            self.view.sentence = None;
            return;
        };
        self.view.sentence = Some(SentenceCursor {
            side,
            index: i,
            start: span.start,
        });
    }

    /// Tab with a cursor: it goes to the first counterpart of its sentence in the other pane
    /// (or, for a sentence without one, the counterpart of the nearest sentence before it).
    pub(super) fn sentence_follows_focus(&mut self) {
        let Some(c) = self.view.sentence else {
            return;
        };
        let side = self.view.focus;
        if c.side == side {
            return;
        }
        let across = self
            .content
            .analysed
            .as_ref()
            .and_then(|a| a.sentences.across(c.side, c.index));
        match across {
            Some(k) => {
                self.set_sentence(side, k);
                self.show_sentence();
            }
            None => self.view.sentence = None,
        }
    }

    /// After the analysis changed (a review decision, a reload): the cursor stays on the
    /// sentence at the same place, if there still is one.
    pub(super) fn refind_sentence(&mut self) {
        let Some(c) = self.view.sentence else {
            return;
        };
        let found = self
            .content
            .analysed
            .as_ref()
            .and_then(|a| a.sentences.at(c.side, c.start));
        match found {
            Some(k) => self.set_sentence(c.side, k),
            None => self.view.sentence = None,
        }
    }

    /// The byte offset of the text at the top of `side`'s pane.
    fn top_offset(&self, side: Side) -> usize {
        let line = match self.active_aligned() {
            Some(a) => a.line_of_row(side, self.view.top[side]),
            None => self.view.top[side],
        };
        self.content.layouts[side].line_offset(&self.content.docs[side], line)
    }

    /// The rows of `side`'s pane that show the bytes `span`.
    fn rows_of_span(&self, side: Side, span: Range<usize>) -> Range<usize> {
        let layout = &self.content.layouts[side];
        let lines = lines_of(layout, &self.content.docs[side], span);
        if lines.is_empty() {
            return 0..0;
        }
        match self.active_aligned() {
            Some(a) => {
                let first = a.row_of_line(side, lines.start);
                let last = a.row_of_line(side, lines.end - 1);
                first..last.max(first) + 1
            }
            None => lines,
        }
    }

    /// True when some row of sentence `i` of `side` is on screen.
    fn sentence_on_screen(&self, side: Side, i: usize) -> bool {
        let Some(span) = self
            .content
            .analysed
            .as_ref()
            .and_then(|a| a.sentences.span(side, i))
        else {
            return false;
        };
        let rows = self.rows_of_span(side, span);
        let top = self.view.top[side];
        let height = self.viewport_height(side).max(1);
        rows.start < top + height && rows.end > top
    }

    /// Scrolls the cursor's pane to show its sentence, then the other pane to show the
    /// counterpart. In aligned mode the panes stay level when both fit; otherwise the other
    /// pane goes its own way until the next scroll levels them again.
    pub(super) fn show_sentence(&mut self) {
        let Some(c) = self.view.sentence else {
            return;
        };
        let Some((span, counterparts)) = self.content.analysed.as_ref().and_then(|a| {
            let span = a.sentences.span(c.side, c.index)?;
            Some((span, a.sentences.counterpart_spans(c.side, c.index)))
        }) else {
            return;
        };
        let rows = self.rows_of_span(c.side, span);
        let height = self.viewport_height(c.side).max(1);
        if let Some(top) = fit(rows, self.view.top[c.side], height) {
            let focus = std::mem::replace(&mut self.view.focus, c.side);
            self.scroll_to(top);
            self.view.focus = focus;
        }
        let other = c.side.other();
        if let (Some(first), Some(last)) = (counterparts.first(), counterparts.last()) {
            let rows = self.rows_of_span(other, first.start..last.end);
            let height = self.viewport_height(other).max(1);
            if let Some(top) = fit(rows, self.view.top[other], height) {
                self.view.top[other] = top.min(self.max_top(other));
            }
        }
    }

    /// The byte ranges of `side` drawn tinted: the cursor's sentence in its pane, its
    /// counterparts in the other. A few ranges, whatever the size of the article.
    pub fn sentence_tint(&self, side: Side) -> Vec<Range<usize>> {
        let (Some(c), Some(a)) = (self.view.sentence, self.content.analysed.as_ref()) else {
            return Vec::new();
        };
        if c.side == side {
            a.sentences.span(side, c.index).into_iter().collect()
        } else {
            a.sentences.counterpart_spans(c.side, c.index)
        }
    }

    /// What the status bar says about the cursor: "sentence 3/12", its review mark, and
    /// "no counterpart in English" when the other article has none; then how many of the
    /// pane's sentences have none (the coverage map's count: the strip itself stays quiet).
    pub fn sentence_state(&self) -> Option<String> {
        let c = self.view.sentence?;
        let index = &self.content.analysed.as_ref()?.sentences;
        let other = c.side.other().name();
        let mut out = format!("sentence {}/{}", c.index + 1, index.len(c.side));
        let lone = self.content.coverage[c.side].lone_sentences;
        if self.content.sentence_marks[c.side]
            .binary_search(&c.index)
            .is_ok()
        {
            out.push_str(&format!(
                " · {}",
                super::status_label(missing_status(c.side))
            ));
        } else if index.counterparts(c.side, c.index).is_empty() {
            out.push_str(&format!(" · no counterpart in {other} ({lone} in all)"));
            return Some(out);
        }
        if let Some(count) = crate::view::coverage::lone_summary(lone, other) {
            out.push_str(&format!(" · {count}"));
        }
        Some(out)
    }

    /// `ms`: the cursor's sentence is missing in the other article; again takes the mark off.
    pub(super) fn mark_sentence(&mut self) {
        let Some(c) = self.view.sentence else {
            self.notice = Some("no sentence under the cursor: ) or ( first".into());
            return;
        };
        let status = missing_status(c.side);
        let Some(sentences) = self
            .content
            .analysed
            .as_ref()
            .map(|a| &a.analysis.sentences[c.side])
        else {
            return;
        };
        // Naming the sentence walks the ones before it: a key press, not a frame.
        let (text, occurrence) = sentence_key(&self.content.docs[c.side].text, sentences, c.index);
        let marked = self.review.review.toggle_sentence(SentenceDecision {
            side: c.side,
            text,
            occurrence,
            status,
        });
        self.review.dirty = true;
        self.notice = Some(format!(
            "{} sentence {}: {}",
            c.side.name(),
            c.index + 1,
            if marked {
                super::status_label(status)
            } else {
                "mark removed"
            }
        ));
    }

    /// The sentences the reviewer marked, per side, sorted (indices into the side's
    /// sentences): found again by text once per change of the review or the analysis (see
    /// `rebuild_coverage`), so the status bar and the map only look them up.
    pub(super) fn locate_sentence_marks(&self) -> Pair<Vec<usize>> {
        let (Some(a), false) = (
            self.content.analysed.as_ref(),
            self.review.review.sentences.is_empty(),
        ) else {
            return Pair::default();
        };
        let docs = &self.content.docs;
        let sentences = &a.analysis.sentences;
        let found = locate_sentences(
            &self.review.review,
            Pair::new(docs.te.text.as_str(), docs.en.text.as_str()),
            Pair::new(sentences.te.as_slice(), sentences.en.as_slice()),
        );
        let mut out: Pair<Vec<usize>> = Pair::default();
        for (d, k) in self.review.review.sentences.iter().zip(found) {
            if let Some(k) = k {
                out[d.side].push(k);
            }
        }
        for side in Side::BOTH {
            out[side].sort_unstable();
            out[side].dedup();
        }
        out
    }
}

/// The mark a sentence of `side` gets: missing in the other article.
fn missing_status(side: Side) -> GroupStatus {
    match side {
        Side::Te => GroupStatus::MissingEn,
        Side::En => GroupStatus::MissingTe,
    }
}

/// The top row that shows `rows` in a pane of `height` rows now at `top`, or `None` when they
/// are on screen already. A sentence that fits is brought a third of the way down, whole; a
/// taller one starts at the top.
fn fit(rows: Range<usize>, top: usize, height: usize) -> Option<usize> {
    if rows.is_empty() {
        return None;
    }
    let len = rows.end - rows.start;
    if len > height {
        return (rows.start != top).then_some(rows.start);
    }
    if rows.start >= top && rows.end <= top + height {
        return None;
    }
    Some(
        rows.start
            .saturating_sub(height / 3)
            .max(rows.end.saturating_sub(height)),
    )
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn fit_scrolls_only_when_needed() {
        assert_eq!(fit(5..7, 0, 10), None);
        assert_eq!(fit(9..11, 0, 10), Some(6));
        assert_eq!(fit(2..4, 10, 9), Some(0));
        // Taller than the pane: its start at the top.
        assert_eq!(fit(20..40, 0, 10), Some(20));
        assert_eq!(fit(20..40, 20, 10), None);
        assert_eq!(fit(3..3, 0, 10), None);
    }
}
