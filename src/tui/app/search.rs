//! Search in the viewer: `/` types a query for the focused pane, Enter finds every match (names
//! across scripts too, see [`crate::core::search`]), and `n`/`N` step through them when no entity is
//! selected.

use super::App;
use crate::core::pair::Side;
use crate::core::search::{find_all, next_match, prev_match, Query};
use std::ops::Range;

/// The last search: its matches in one pane and the one the last jump went to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchState {
    pub query: String,
    pub side: Side,
    /// Sorted, non-overlapping byte ranges in that side's text.
    pub matches: Vec<Range<usize>>,
    pub current: Option<usize>,
}

impl SearchState {
    /// The matches that overlap `range` (for drawing one row).
    pub fn in_range(&self, range: Range<usize>) -> &[Range<usize>] {
        crate::core::analysis::overlapping(&self.matches, range, Range::clone)
    }

    /// The current match's range.
    pub fn current_range(&self) -> Option<Range<usize>> {
        self.matches.get(self.current?).cloned()
    }
}

impl App {
    /// Every match of `query` in the pane of `side`, in that article's offsets. The romanised
    /// pane is searched in both texts: a Latin query finds the romanised letters (bliṁ) and,
    /// as always, Telugu names that sound like it.
    pub(super) fn find_in_pane(&self, side: Side, query: &Query) -> Vec<Range<usize>> {
        let matches = find_all(&self.content.docs[side].text, query);
        let Some(roman) = self.roman(side) else {
            return matches;
        };
        let mut all = matches;
        all.extend(
            find_all(&roman.doc.text, query)
                .into_iter()
                .map(|r| roman.map.te_range(r)),
        );
        crate::view::romanised::merge_ranges(&mut all);
        all
    }

    /// Runs the query typed for the focused pane and goes to the first match from the top of
    /// the view.
    pub(super) fn run_search(&mut self, text: String) {
        let side = self.view.focus;
        let query = Query::parse(&text);
        let matches = self.find_in_pane(side, &query);
        let label = crate::core::text::display::sanitize_inline(text.trim());
        if matches.is_empty() {
            self.notice = Some(format!("no match for “{label}” in the {}", pane_name(side)));
            self.search = None;
            return;
        }
        let from = self.current_offsets()[side].saturating_sub(1);
        let first = next_match(&matches, from).unwrap_or(0);
        let count = matches.len();
        self.search = Some(SearchState {
            query: text,
            side,
            matches,
            current: None,
        });
        self.go_to_match(first);
        self.notice = Some(format!(
            "{count} matches for “{label}” in the {} · n/N next/previous",
            pane_name(side)
        ));
    }

    /// `n`/`N` without a selected entity.
    pub(super) fn step_match(&mut self, forward: bool) {
        let Some(search) = &self.search else {
            self.notice = Some("nothing to step through: / searches, e lists entities".into());
            return;
        };
        let at = search
            .current_range()
            .map_or_else(|| self.current_offsets()[search.side], |r| r.start);
        let next = if forward {
            next_match(&search.matches, at)
        } else {
            prev_match(&search.matches, at)
        };
        if let Some(k) = next {
            let wrapped = search
                .current
                .is_some_and(|c| (forward && k <= c) || (!forward && k >= c));
            let count = search.matches.len();
            self.go_to_match(k);
            self.notice = Some(format!(
                "match {} of {count}{}",
                k + 1,
                if wrapped { " · wrapped" } else { "" }
            ));
        }
    }

    fn go_to_match(&mut self, k: usize) {
        let Some(search) = self.search.as_mut() else {
            return;
        };
        search.current = Some(k);
        let side = search.side;
        let Some(range) = search.current_range() else {
            return;
        };
        let line = self.content.layouts[side].line_at_offset(&self.content.docs[side], range.start);
        self.reveal_line(side, line);
    }
}

fn pane_name(side: Side) -> &'static str {
    match side {
        Side::Te => "Telugu pane",
        Side::En => "English pane",
    }
}
