//! Turning a row of text into terminal cells.
//!
//! ratatui keeps one grapheme cluster per cell, but a terminal keeps one *codepoint of nonzero
//! width plus the zero-width marks after it* per cell: it stores కు as క and ు in two cells. When
//! ratatui's diff later writes a narrower cluster over కు it skips the second cell and a stale ు
//! stays on screen. Emitting cells the way the terminal stores them makes ratatui's buffer a
//! faithful copy of the screen, so its diff is always right.
//!
//! Where a cluster's width (unicode-width of the whole string, e.g. 2 for an emoji ZWJ sequence)
//! differs from what a terminal would advance codepoint by codepoint, the cluster is shown as its
//! first codepoint padded with spaces: less faithful, but the row keeps its width and the pane
//! border stays straight.

use super::display::{shown, Shown};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthChar;

/// One terminal cell's worth of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermCell<'a> {
    /// Column within the row.
    pub col: usize,
    /// What to write: one nonzero-width codepoint and the zero-width marks after it, a space,
    /// or a visible symbol. Never a control character.
    pub symbol: &'a str,
    /// Columns the terminal advances for `symbol` (1 or 2).
    pub width: usize,
    /// Byte range, in the document, of the grapheme cluster this cell belongs to.
    pub source: Range<usize>,
    /// The cell stands in for something not shown as itself (a control or bidi character).
    pub replaced: bool,
}

/// Calls `emit` for every terminal cell of `text[range]` drawn from column 0, in order.
/// Cells of zero width are never emitted; spaces and tabs come out as `" "` cells.
pub fn for_each_cell(text: &str, range: Range<usize>, mut emit: impl FnMut(TermCell<'_>)) {
    // Printable ASCII is one cluster and one column per byte: skip segmentation (most English
    // rows), which is most of a frame's cost otherwise.
    if text.as_bytes()[range.clone()]
        .iter()
        .all(|b| (0x20..0x7f).contains(b))
    {
        for i in range.clone() {
            emit(TermCell {
                col: i - range.start,
                symbol: &text[i..i + 1],
                width: 1,
                source: i..i + 1,
                replaced: false,
            });
        }
        return;
    }
    for_each_cell_segmented(text, range, emit)
}

/// The byte range of the grapheme cluster drawn at column `col` of the row `text[range]` (as
/// [`for_each_cell`] lays it out), or `None` past its end. Every column a cluster covers hits
/// it: the second column of a 2-wide కు, or the padding of a cluster shown narrower, gives the
/// whole cluster. A mouse click is turned into a place in the text with this.
pub fn cluster_at_column(text: &str, range: Range<usize>, col: usize) -> Option<Range<usize>> {
    let mut found = None;
    for_each_cell(text, range, |cell| {
        if found.is_none() && cell.col <= col && col < cell.col + cell.width {
            found = Some(cell.source);
        }
    });
    found
}

/// The general path: segment into grapheme clusters (fast for Telugu and ASCII) and show each.
fn for_each_cell_segmented(text: &str, range: Range<usize>, mut emit: impl FnMut(TermCell<'_>)) {
    let mut col = 0;
    let base = range.start;
    let s = &text[range];
    let mut show = |offset: usize, g: &str| {
        let source = base + offset..base + offset + g.len();
        col += emit_cluster(g, col, source, &mut emit);
    };
    if !super::fast_clusters::for_each_cluster(s, &mut show) {
        for (offset, g) in s.grapheme_indices(true) {
            show(offset, g);
        }
    }
}

/// Emits the cells of one cluster starting at `col`; returns the columns it took.
fn emit_cluster(
    g: &str,
    col: usize,
    source: Range<usize>,
    emit: &mut impl FnMut(TermCell<'_>),
) -> usize {
    let shown = shown(g);
    let width = shown.width_at(col);
    match &shown {
        Shown::Text { text: t, width } => emit_text(t, *width, col, &source, emit),
        Shown::Symbol(s) => emit(TermCell {
            col,
            symbol: s,
            width: 1,
            source,
            replaced: true,
        }),
        Shown::Space(_) => {
            for i in 0..width {
                emit(TermCell {
                    col: col + i,
                    symbol: " ",
                    width: 1,
                    source: source.clone(),
                    replaced: false,
                });
            }
        }
        Shown::Hidden => {}
    }
    width
}

/// Emits a printable cluster as the terminal stores it.
fn emit_text(
    t: &str,
    width: usize,
    col: usize,
    source: &Range<usize>,
    emit: &mut impl FnMut(TermCell<'_>),
) {
    let advance: usize = terminal_units(t).map(|(_, w)| w).sum();
    if advance == width {
        let mut c = col;
        for (unit, w) in terminal_units(t) {
            emit(TermCell {
                col: c,
                symbol: unit,
                width: w,
                source: source.clone(),
                replaced: false,
            });
            c += w;
        }
        return;
    }
    // The terminal would advance differently from the layout: show the first codepoint alone
    // (if it fits) and pad, so the row keeps exactly `width` columns.
    let mut c = col;
    if let Some(first) = t.chars().next() {
        let w = first.width().unwrap_or(0);
        if w > 0 && w <= width {
            emit(TermCell {
                col: c,
                symbol: &t[..first.len_utf8()],
                width: w,
                source: source.clone(),
                replaced: false,
            });
            c += w;
        }
    }
    while c < col + width {
        emit(TermCell {
            col: c,
            symbol: " ",
            width: 1,
            source: source.clone(),
            replaced: false,
        });
        c += 1;
    }
}

/// Splits `t` into terminal cells: each nonzero-width codepoint with the zero-width ones after
/// it. Zero-width codepoints before the first base (none after display sanitising) join it.
/// An iterator, so drawing a frame allocates nothing per cluster.
fn terminal_units(t: &str) -> impl Iterator<Item = (&str, usize)> {
    let mut rest = t;
    std::iter::from_fn(move || {
        let mut width = 0;
        let mut end = rest.len();
        for (i, c) in rest.char_indices() {
            let w = c.width().unwrap_or(0);
            if w > 0 && width > 0 {
                end = i;
                break;
            }
            width += w;
        }
        if width == 0 {
            return None;
        }
        let (unit, tail) = rest.split_at(end);
        rest = tail;
        Some((unit, width))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Vec<(usize, String, usize)> {
        let mut out = Vec::new();
        for_each_cell(text, 0..text.len(), |c| {
            out.push((c.col, c.symbol.to_string(), c.width))
        });
        out
    }

    #[test]
    fn a_column_finds_the_cluster_drawn_there() {
        // "కు" is one cluster two columns wide; "a" one column.
        let text = "aకుb";
        let ku = 1..1 + "కు".len();
        assert_eq!(cluster_at_column(text, 0..text.len(), 0), Some(0..1));
        assert_eq!(cluster_at_column(text, 0..text.len(), 1), Some(ku.clone()));
        assert_eq!(cluster_at_column(text, 0..text.len(), 2), Some(ku.clone()));
        assert_eq!(
            cluster_at_column(text, 0..text.len(), 3),
            Some(ku.end..ku.end + 1)
        );
        assert_eq!(cluster_at_column(text, 0..text.len(), 4), None);
        // A row that starts inside the text counts columns from its own start.
        assert_eq!(cluster_at_column(text, 1..text.len(), 0), Some(ku));
        // A tab is shown as spaces up to the tab stop: every one of them is the tab.
        let tab = "a\tb";
        let stop = crate::core::text::display::TAB_STOP;
        for c in 1..stop {
            assert_eq!(cluster_at_column(tab, 0..3, c), Some(1..2), "column {c}");
        }
        assert_eq!(cluster_at_column(tab, 0..3, stop), Some(2..3));
    }

    #[test]
    fn telugu_is_split_as_the_terminal_stores_it() {
        assert_eq!(
            cells("కు"),
            [(0, "క".to_string(), 1), (1, "ు".to_string(), 1)]
        );
        let syms: Vec<String> = cells("బ్లింకెన్").into_iter().map(|c| c.1).collect();
        assert_eq!(syms, ["బ్", "లి", "ం", "కె", "న్"]);
    }

    #[test]
    fn the_ascii_fast_path_equals_the_general_path() {
        let text = "U.S. Warns of Russia's ~Satellite~ {Technology} [Exchange] `with` North Korea!";
        let (mut fast, mut slow) = (Vec::new(), Vec::new());
        for_each_cell(text, 2..text.len(), |c| fast.push(format!("{c:?}")));
        for_each_cell_segmented(text, 2..text.len(), |c| slow.push(format!("{c:?}")));
        assert_eq!(fast, slow);
    }

    #[test]
    fn wide_and_odd_clusters_keep_their_width() {
        assert_eq!(cells("漢"), [(0, "漢".to_string(), 2)]);
        // Family emoji: width 2 by unicode-width, 6 codepoint by codepoint.
        let family = cells("👨\u{200d}👩\u{200d}👧");
        assert_eq!(family, [(0, "👨".to_string(), 2)]);
    }

    #[test]
    fn controls_never_come_out() {
        for c in cells("a\u{1b}[31mb\u{7}\u{202e}x\ty\u{ad}") {
            assert!(!c.1.chars().any(|ch| ch.is_control()), "{c:?}");
        }
        assert_eq!(cells("\ty").len(), 5);
    }
}
