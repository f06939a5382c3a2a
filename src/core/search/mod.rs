//! Search in one article's text (issue 6): what `/` finds in the focused pane.
//!
//! A reader checking coverage searches for a name, and the name is written in the other
//! article's script as often as in this one's. So a query finds two things:
//! - its own text, anywhere: case-insensitive (simple case folding, so `SEOUL`, `Seoul` and
//!   `seoul` are one query), in any script ([`literal`]);
//! - words of the *other* script that spell the same name ([`words`]): a Latin query finds the
//!   Telugu words whose phonetic key it matches (`blinken` finds బ్లింకెన్ and బ్లింకెన్‌తో), and
//!   a Telugu query finds English words the same way (బ్లింకెన్‌తో finds `Blinken`). The rule
//!   is the entity linker's own ([`crate::core::entity::distance::word_similarity`] over
//!   [`crate::core::entity::key`] keys), plus its exact bridges: the direction lexicon (`north` finds
//!   ఉత్తర), acronym letter names (`US` finds యుఎస్) and the place gazetteer. A query of several
//!   words finds runs of as many words of the other script, word by word.
//!
//! Telugu glues case suffixes to the name (బ్లింకెన్‌తో, సియోల్కు); the stem is what is compared,
//! but the match reported is the **whole word**. The stem often does not end on a grapheme
//! cluster boundary (in సియోల్కు the ల్కు is one cluster), and a highlight that stopped inside a
//! word would look like a bug. Every match is widened to cluster boundaries for the same reason,
//! so a Telugu query typed without its last vowel sign (కొరియ) still highlights whole letters.
//!
//! Cost is one pass over the text plus one reading per *distinct* word of the other script:
//! 30 to 110 ms for a 10 MB article on a shared 2-core machine (see BENCHMARKS.md). Pure: no I/O,
//! no terminal; the viewer keeps the matches and moves between them with [`next_match`] and
//! [`prev_match`].

mod latin;
mod literal;
mod words;

use std::ops::Range;
use unicode_segmentation::GraphemeCursor;

/// A parsed search query. Parsing never fails: an empty query finds nothing.
#[derive(Debug, Clone)]
pub struct Query {
    text: String,
    needle: Vec<char>,
    cross: Option<words::Pattern>,
}

/// The script of a query's letters, which decides where its cross-script matches are looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Latin letters only: also finds Telugu words.
    Latin,
    /// Telugu letters only: also finds Latin words.
    Telugu,
    /// No letters, or letters of both scripts: its own text only.
    Other,
}

impl Query {
    /// Parses what the user typed. Spaces at either end are dropped (a stray space after a
    /// name should not make it unfindable); spaces inside are kept.
    pub fn parse(input: &str) -> Query {
        let text = input.trim().to_string();
        let needle = text.chars().map(literal::fold).collect();
        let cross = words::Pattern::parse(&text);
        Query {
            text,
            needle,
            cross,
        }
    }

    /// The query as typed (trimmed), for the status line.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Which script the query is written in.
    pub fn script(&self) -> Script {
        match &self.cross {
            Some(p) if p.finds_telugu() => Script::Latin,
            Some(_) => Script::Telugu,
            None => Script::Other,
        }
    }
}

/// Every match of `query` in `text`, as byte ranges sorted by start, non-overlapping, each
/// starting and ending on a grapheme cluster boundary. Matches of the query's own text and
/// cross-script matches of whole words are merged (overlapping ones become one range).
pub fn find_all(text: &str, query: &Query) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    let mut found = literal::find(text, &query.needle);
    if let Some(pattern) = &query.cross {
        found.extend(pattern.find(text));
    }
    merge(text, found)
}

/// Sorts the ranges, widens each to grapheme cluster boundaries, and joins overlapping ones.
fn merge(text: &str, mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_unstable_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        let r = widen(text, r);
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ if r.start < r.end => out.push(r),
            _ => {}
        }
    }
    out
}

/// The smallest range of whole grapheme clusters that contains `r`.
fn widen(text: &str, r: Range<usize>) -> Range<usize> {
    let end = r.end.min(text.len());
    let start = r.start.min(end);
    // The cursor is given the whole text as its one chunk, so it never asks for more context;
    // were it to, treating the offset as a boundary only leaves the range as found.
    let mut at_start = GraphemeCursor::new(start, text.len(), true);
    let start = match at_start.is_boundary(text, 0) {
        Ok(false) => at_start.prev_boundary(text, 0).ok().flatten().unwrap_or(0),
        _ => start,
    };
    let mut at_end = GraphemeCursor::new(end, text.len(), true);
    let end = match at_end.is_boundary(text, 0) {
        Ok(false) => at_end
            .next_boundary(text, 0)
            .ok()
            .flatten()
            .unwrap_or(text.len()),
        _ => end,
    };
    start..end
}

/// Index of the match that `n` goes to from byte `offset`: the first one starting after it,
/// wrapping round to the first match. `None` when there are no matches.
pub fn next_match(matches: &[Range<usize>], offset: usize) -> Option<usize> {
    if matches.is_empty() {
        return None;
    }
    let k = matches.partition_point(|m| m.start <= offset);
    Some(if k == matches.len() { 0 } else { k })
}

/// Index of the match that `N` goes to from byte `offset`: the last one starting before it,
/// wrapping round to the last match.
pub fn prev_match(matches: &[Range<usize>], offset: usize) -> Option<usize> {
    if matches.is_empty() {
        return None;
    }
    let k = matches.partition_point(|m| m.start < offset);
    Some(if k == 0 { matches.len() - 1 } else { k - 1 })
}

#[cfg(test)]
mod tests;
