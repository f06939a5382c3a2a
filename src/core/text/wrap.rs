//! Word wrapping to a width, producing rows that are byte ranges into the source.
//!
//! Break opportunities come from UAX #14 (unicode-linebreak), kept only where they fall on a
//! grapheme-cluster boundary, so a cluster such as క్ష or బ్లిం is never split. Rows are
//! filled greedily. Whitespace at a break belongs to no row (it is "break whitespace"), so the
//! rows plus the whitespace between them give back the text exactly. A word wider than the pane
//! is broken between clusters; a 2-wide cluster that does not fit in the last column moves to
//! the next row. Line breaks inside a paragraph are reflowed like spaces.
//!
//! Every row fits the width, with one unavoidable exception: a single cluster wider than the
//! whole pane (a 2-wide cluster in a 1-column pane) gets a row of its own, which the renderer
//! clips.

use super::display::{shown, Shown};
use std::ops::Range;
use unicode_linebreak::linebreaks;
use unicode_segmentation::UnicodeSegmentation;

/// One wrapped row: a byte range of the source and its width in columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub start: usize,
    pub end: usize,
    pub width: usize,
}

/// Width behaviour of one cluster, kept while a word is measured.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    space: bool,
    tab: bool,
    width: usize,
}

impl Piece {
    fn width_at(&self, col: usize) -> usize {
        if self.tab {
            super::display::tab_width(col)
        } else {
            self.width
        }
    }
}

/// Wraps `text[range]` to `width` columns (at least 1) and returns its rows.
pub fn wrap(text: &str, range: Range<usize>, width: usize) -> Vec<Row> {
    let mut rows = Vec::new();
    wrap_into(text, range, width, &mut rows);
    rows
}

/// Like [`wrap`], appending to `rows` (lets a caller reuse one allocation for a document).
pub fn wrap_into(text: &str, range: Range<usize>, width: usize, rows: &mut Vec<Row>) {
    let width = width.max(1);
    let base = range.start;
    let s = &text[range];
    let mut filler = Filler {
        width,
        rows,
        row: None,
        col: 0,
        pending: Vec::new(),
    };
    let mut word: Vec<Piece> = Vec::new();
    let mut breaks = linebreaks(s).map(|(i, _)| i).peekable();
    let mut take = |offset: usize, g: &str| {
        let shown = shown(g);
        let start = base + offset;
        word.push(Piece {
            start,
            end: start + g.len(),
            space: shown.is_space(),
            tab: matches!(shown, Shown::Space(super::display::SpaceKind::Tab)),
            width: shown.width_at(0),
        });
        let end = offset + g.len();
        while breaks.next_if(|&b| b < end).is_some() {}
        if breaks.next_if_eq(&end).is_some() {
            filler.place_word(&word);
            word.clear();
        }
    };
    if !super::fast_clusters::for_each_cluster(s, &mut take) {
        for (offset, g) in s.grapheme_indices(true) {
            take(offset, g);
        }
    }
    if !word.is_empty() {
        filler.place_word(&word);
    }
    filler.finish_row();
}

/// The greedy row filler.
struct Filler<'r> {
    width: usize,
    rows: &'r mut Vec<Row>,
    /// The row being filled: (start, end of its last content).
    row: Option<(usize, usize)>,
    col: usize,
    /// Whitespace after the row's last content, appended only if more content follows.
    pending: Vec<Piece>,
}

impl Filler<'_> {
    /// Places one word: content clusters followed by trailing whitespace.
    fn place_word(&mut self, word: &[Piece]) {
        let content_len = word.iter().rposition(|p| !p.space).map_or(0, |i| i + 1);
        let (content, trailing) = word.split_at(content_len);
        if content.is_empty() {
            if self.row.is_some() {
                self.pending.extend_from_slice(trailing);
            }
            return;
        }
        if self.row.is_some() {
            let w = measure(self.pending.iter().chain(content), self.col);
            if self.col + w <= self.width {
                self.append(content, w);
                self.pending.clear();
                self.pending.extend_from_slice(trailing);
                return;
            }
            self.finish_row();
        }
        // A word at the start of a row: leading spaces inside it (rare) are kept as content.
        let w = measure(content.iter(), 0);
        if w <= self.width {
            self.append(content, w);
        } else {
            self.break_word(content);
        }
        self.pending.clear();
        self.pending.extend_from_slice(trailing);
    }

    fn append(&mut self, content: &[Piece], w: usize) {
        let (start, end) = (content[0].start, content[content.len() - 1].end);
        self.row = Some(match self.row {
            Some((s, _)) => (s, end),
            None => (start, end),
        });
        self.col += w;
    }

    /// Breaks a word wider than the pane between clusters.
    fn break_word(&mut self, content: &[Piece]) {
        for p in content {
            let w = p.width_at(self.col);
            if self.row.is_some() && self.col + w > self.width {
                self.finish_row();
            }
            let w = p.width_at(self.col);
            self.append(std::slice::from_ref(p), w);
        }
    }

    fn finish_row(&mut self) {
        if let Some((start, end)) = self.row.take() {
            self.rows.push(Row {
                start,
                end,
                width: self.col,
            });
        }
        self.col = 0;
        self.pending.clear();
    }
}

/// Columns taken by `pieces` placed from column `col`.
fn measure<'a>(pieces: impl Iterator<Item = &'a Piece>, col: usize) -> usize {
    pieces.fold(0, |w, p| w + p.width_at(col + w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, 0..text.len(), width)
            .into_iter()
            .map(|r| &text[r.start..r.end])
            .collect()
    }

    #[test]
    fn breaks_at_spaces_and_drops_break_whitespace() {
        assert_eq!(lines("the quick brown fox", 10), ["the quick", "brown fox"]);
        assert_eq!(lines("a  b", 10), ["a  b"]);
        assert_eq!(lines("  lead", 10), ["lead"]);
    }

    #[test]
    fn telugu_clusters_are_never_split() {
        // బ్లింకెన్ is 5 columns: బ్లిం(3) కె(1) న్(1).
        assert_eq!(lines("బ్లింకెన్", 4), ["బ్లింకె", "న్"]);
        assert_eq!(lines("బ్లింకెన్", 3), ["బ్లిం", "కెన్"]);
        assert_eq!(lines("బ్లింకెన్ ఉత్తర", 5), ["బ్లింకెన్", "ఉత్తర"]);
    }

    #[test]
    fn two_wide_cluster_moves_to_the_next_row() {
        assert_eq!(lines("aకు", 2), ["a", "కు"]);
        assert_eq!(lines("漢字漢", 3), ["漢", "字", "漢"]);
    }

    #[test]
    fn hyphens_allow_breaks() {
        assert_eq!(lines("Thomas-Greenfield", 10), ["Thomas-", "Greenfield"]);
    }

    #[test]
    fn widths_are_reported() {
        let text = "ab కు\tc";
        let rows = wrap(text, 0..text.len(), 40);
        assert_eq!(rows.len(), 1);
        // a b space కు(2) tab(col 5 -> 8) c
        assert_eq!(rows[0].width, 9);
    }

    #[test]
    fn a_cluster_wider_than_the_pane_gets_its_own_row() {
        assert_eq!(lines("కుa", 1), ["కు", "a"]);
    }
}
