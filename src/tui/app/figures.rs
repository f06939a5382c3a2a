//! Figures and quotes in the viewer: the spans to mark in the panes (figures that differ or
//! that one article lacks, quotes only one article carries), the list of them (`F`), and the
//! jump from the list to the text.
//!
//! Everything is read from `Analysis::figures` and `Analysis::quotes`; when the alignment
//! changes, `Analysis::recheck` and a new [`super::IndexedAnalysis`] bring the marks up to date.

use super::overlay::ListOverlay;
use super::App;
use crate::core::analysis::{overlapping, Analysis};
use crate::core::figures::{Figure, Quote, Status};
use crate::core::pair::{Pair, Side};
use crate::tui::action::Action;
use std::ops::Range;

/// The flagged spans of each side, sorted by start, for per-row lookups.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FigureMarks {
    /// Figures with status mismatch or one-sided.
    pub figures: Pair<Vec<Range<usize>>>,
    /// Quotes in groups where only this side quotes.
    pub quotes: Pair<Vec<Range<usize>>>,
}

impl FigureMarks {
    pub fn new(a: &Analysis) -> FigureMarks {
        let figures = Pair::from_fn(|side| {
            sorted(
                a.flagged_figures()
                    .filter_map(|f| f.side(side))
                    .map(Figure::span),
            )
        });
        let quotes = Pair::from_fn(|side| {
            sorted(
                a.quotes
                    .iter()
                    .filter(|q| q.status.is_flagged())
                    .flat_map(|q| q.side(side))
                    .map(|q| q.start..q.end),
            )
        });
        FigureMarks { figures, quotes }
    }

    /// The flagged figure spans of `side` that overlap `range`.
    pub fn figures_in(&self, side: Side, range: Range<usize>) -> &[Range<usize>] {
        overlapping(&self.figures[side], range, Range::clone)
    }

    /// The one-sided quote spans of `side` that overlap `range`.
    pub fn quotes_in(&self, side: Side, range: Range<usize>) -> &[Range<usize>] {
        overlapping(&self.quotes[side], range, Range::clone)
    }
}

/// Spans sorted by start, overlapping ones dropped (the lookups rely on it).
fn sorted(spans: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut all: Vec<Range<usize>> = spans.filter(|r| r.start < r.end).collect();
    all.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(all.len());
    for r in all {
        if out.last().is_none_or(|l| l.end <= r.start) {
            out.push(r);
        }
    }
    out
}

/// One row of the figures list: an index into `Analysis::figures` or `Analysis::quotes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Figure(usize),
    Quote(usize),
}

/// What the list shows of one flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagRow {
    /// Index of the alignment group.
    pub group: usize,
    /// `differs`, `≈ approx`, `only te`, `only en`, `quote only te` ...
    pub status: &'static str,
    /// The Telugu and English text ("—" for the side that has none).
    pub text: Pair<String>,
    /// The spans the jump goes to, per side.
    pub target: Pair<Option<Range<usize>>>,
}

/// State of the figures list overlay.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FigureList {
    /// Index into [`flags`].
    pub cursor: usize,
    /// The spans the last jump went to, drawn emphasised until Esc.
    pub current: Pair<Option<Range<usize>>>,
}

/// The flagged figures, the approximate matches (listed so a reader can see what was taken as
/// `about` the same, but not marked in the panes) and one-sided quotes, in group order (figures before quotes within a
/// group).
pub fn flags(a: &Analysis) -> Vec<Flag> {
    let mut out: Vec<(usize, u8, Flag)> = a
        .figures
        .iter()
        .enumerate()
        .filter(|(_, f)| f.status.is_flagged() || f.status == Status::Approx)
        .map(|(k, f)| (f.group, 0, Flag::Figure(k)))
        .chain(
            a.quotes
                .iter()
                .enumerate()
                .filter(|(_, q)| q.status.is_flagged())
                .map(|(k, q)| (q.group, 1, Flag::Quote(k))),
        )
        .collect();
    out.sort_by_key(|&(group, order, _)| (group, order));
    out.into_iter().map(|(_, _, f)| f).collect()
}

/// The row of one flag; `None` when the index is stale.
pub fn flag_row(a: &Analysis, flag: Flag) -> Option<FlagRow> {
    match flag {
        Flag::Figure(k) => {
            let f = a.figures.get(k)?;
            let status = match (f.status, &f.te) {
                (Status::Mismatch, _) => "differs",
                (Status::Approx, _) => "≈ approx",
                (_, None) => "only en",
                _ => "only te",
            };
            Some(FlagRow {
                group: f.group,
                status,
                text: Pair::from_fn(|side| f.side(side).map_or("—".into(), |x| x.text.clone())),
                target: Pair::from_fn(|side| f.side(side).map(Figure::span)),
            })
        }
        Flag::Quote(k) => {
            let q = a.quotes.get(k)?;
            let first = |side: Side| q.side(side).first();
            let status = if q.te.is_empty() {
                "quote only en"
            } else {
                "quote only te"
            };
            Some(FlagRow {
                group: q.group,
                status,
                text: Pair::from_fn(|side| {
                    first(side).map_or("—".into(), |x: &Quote| x.text.clone())
                }),
                target: Pair::from_fn(|side| first(side).map(|x| x.start..x.end)),
            })
        }
    }
}

impl App {
    /// `F`: opens or closes the figures list (the entity list closes).
    pub(super) fn toggle_figure_list(&mut self) {
        self.overlay.toggle_list(ListOverlay::Figures);
    }

    /// The rows of the figures list (empty before the analysis is done).
    pub fn figure_flags(&self) -> Vec<Flag> {
        self.content
            .analysed
            .as_ref()
            .map_or_else(Vec::new, |a| flags(&a.analysis))
    }

    /// Keys while the figures list is open; returns false for keys it leaves alone.
    pub(super) fn update_figure_list(&mut self, action: Action) -> bool {
        let rows = self.figure_flags();
        let last = rows.len().saturating_sub(1);
        let page = self
            .viewport_height(self.view.focus)
            .saturating_sub(4)
            .max(1);
        let list = &mut self.figure_list;
        match action {
            _ if super::list_cursor::move_cursor(&mut list.cursor, action, last, page) => {}
            Action::Cancel | Action::Quit | Action::ToggleFigures => {
                self.overlay.list = ListOverlay::None
            }
            Action::ToggleEntities => {
                // The entity list takes the place of this one.
                self.overlay.list = ListOverlay::None;
                return false;
            }
            Action::Select => {
                self.overlay.list = ListOverlay::None;
                if let Some(&flag) = rows.get(list.cursor) {
                    self.go_to_flag(flag);
                }
            }
            _ => return false,
        }
        true
    }

    /// Shows a flagged figure or quote: on the focused side when it is there, else on the
    /// other; in independent mode both panes scroll to their side of it.
    fn go_to_flag(&mut self, flag: Flag) {
        let Some(row) = self
            .content
            .analysed
            .as_ref()
            .and_then(|a| flag_row(&a.analysis, flag))
        else {
            return;
        };
        let lead = if row.target[self.view.focus].is_some() {
            self.view.focus
        } else {
            self.view.focus.other()
        };
        let line = |app: &App, side: Side| {
            row.target[side]
                .as_ref()
                .map(|r| app.content.layouts[side].line_at_offset(&app.content.docs[side], r.start))
        };
        if let Some(l) = line(self, lead) {
            self.reveal_line(lead, l);
        }
        if self.active_aligned().is_none() {
            if let Some(l) = line(self, lead.other()) {
                self.reveal_line(lead.other(), l);
            }
        }
        self.notice = Some(format!(
            "group {} · {} · {} | {}",
            row.group + 1,
            row.status,
            row.text.te,
            row.text.en
        ));
        self.figure_list.current = row.target;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;

    fn analysis(te: &str, en: &str) -> Analysis {
        let pair = Pair::new(
            Document::from_text("t", te.to_string()),
            Document::from_text("e", en.to_string()),
        );
        Analysis::build(&pair)
    }

    #[test]
    fn flags_come_in_group_order_with_quotes_after_figures() {
        let a = analysis(
            "జట్టు 38 పరుగులు చేసింది, 5 వికెట్లు తీసింది.",
            "The team made 28 runs and took 5 wickets. “We played well today,” he said.",
        );
        let rows: Vec<FlagRow> = flags(&a)
            .into_iter()
            .filter_map(|f| flag_row(&a, f))
            .collect();
        let seen: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| (r.status, r.text.te.as_str(), r.text.en.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                ("differs", "38 పరుగులు", "28 runs"),
                ("quote only en", "—", "“We played well today,”"),
            ]
        );
        assert!(rows[1].target.te.is_none() && rows[1].target.en.is_some());
    }

    #[test]
    fn marks_hold_only_flagged_spans_sorted_and_apart() {
        let a = analysis("38 పరుగులు, 5 వికెట్లు", "28 runs, 5 wickets");
        let marks = FigureMarks::new(&a);
        let te = &marks.figures[Side::Te];
        assert_eq!(te.len(), 1);
        assert_eq!(te[0], 0.."38 పరుగులు".len());
        assert_eq!(marks.figures_in(Side::En, 0..3).first(), Some(&(0..7)));
        assert!(marks.figures_in(Side::En, 9..18).is_empty());
        assert_eq!(sorted([5..9, 0..3, 2..4, 7..8].into_iter()), [0..3, 5..9]);
    }
}
