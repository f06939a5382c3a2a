//! The Telugu pane in Latin letters (`t`, issue 21): the romanised text is wrapped with the same
//! width code as any pane, and its rows are handed back in the *Telugu* offsets they stand for.
//! Scrolling, reading positions, the alignment and the coverage map therefore work unchanged;
//! only drawing, the mouse and search look at the romanised text, through the
//! [`OffsetMap`], with the helpers here.
//!
//! A row break inside one unit of the map (a word wider than the pane, broken between letters
//! of one aksara) is moved back to the unit's start, so that row ends a few columns early and
//! the next is wrapped from there; a unit wider than the whole pane keeps a row of its own,
//! which the pane clips, as for any such cluster.

use crate::core::analysis::MentionSpan;
use crate::core::romanise::{OffsetMap, RomanDocument};
use crate::core::text::wrap;
use crate::view::layout::{Layout, LineKind, LineRange};
use std::ops::Range;

/// The layout of `roman` at `width` columns, its rows in the original's offsets.
pub fn build_layout(roman: &RomanDocument, width: usize) -> Layout {
    let width = width.max(1);
    let doc = &roman.doc;
    let mut layout = Layout {
        width,
        lines: Vec::with_capacity(doc.text.len() / width.max(8) + doc.paragraphs.len()),
        para_first_line: Vec::with_capacity(doc.paragraphs.len()),
        complete: true,
    };
    let mut rows = Vec::new();
    for (para, range) in doc.paragraphs.iter().enumerate() {
        if para > 0 {
            layout.lines.push(LineKind::Blank {
                before_para: para as u32,
            });
        }
        layout.para_first_line.push(layout.lines.len());
        rows.clear();
        wrap_on_units(&doc.text, range.clone(), width, &roman.map, &mut rows);
        if rows.is_empty() {
            // A paragraph of invisible characters still takes a row, so it can be found.
            let at = roman.map.to_te(range.start);
            rows.push(at..at);
        }
        layout
            .lines
            .extend(rows.drain(..).map(|row| LineKind::Text {
                para: para as u32,
                row: LineRange::of_range(row),
            }));
    }
    layout
}

/// Bytes of romanised text wrapped at a time: a paragraph longer than this (a megabyte on one
/// line) is wrapped a window at a time, so a break moved back costs a window, not the rest.
fn window(width: usize) -> usize {
    width.saturating_mul(256).saturating_add(4096)
}

/// Wraps `text[range]` (romanised) at `width` into rows given in the original's offsets, every
/// break on a boundary of the map. A break the wrapper put inside a unit (a word wider than
/// the pane, broken between letters of one aksara) moves back to the unit's start (forward,
/// past it, when the unit alone is wider than the pane) and wrapping starts again there.
fn wrap_on_units(
    text: &str,
    range: Range<usize>,
    width: usize,
    map: &OffsetMap,
    out: &mut Vec<Range<usize>>,
) {
    let mut pos = range.start;
    while pos < range.end {
        let cut = range.end - pos > window(width);
        let end = if cut {
            floor_char_boundary(text, pos + window(width))
        } else {
            range.end
        };
        let mut rows = wrap(text, pos..end, width);
        // The last row of a window may stop at the window's edge: wrap again from its start.
        let mut next = match rows.len() {
            n if cut && n > 1 => rows.pop().map_or(end, |r| r.start),
            _ => end,
        };
        for row in &rows {
            let start = map.to_te(row.start);
            let floor = map.to_te(row.end);
            if map.to_roman(floor) == row.end {
                out.push(start..floor.max(start));
                continue;
            }
            let end = if floor > start {
                floor
            } else {
                map.to_te_ceil(row.end)
            };
            out.push(start..end);
            next = map.to_roman(end);
            break;
        }
        if next <= pos {
            break;
        }
        pos = next;
    }
}

/// The largest char boundary at or before `i`.
fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `spans` (mentions in the original's offsets) moved onto the romanised text, each widened
/// to the units it touches: a name keeps its colour on the letters that spell it.
pub fn roman_spans(map: &OffsetMap, spans: &[MentionSpan]) -> Vec<MentionSpan> {
    spans
        .iter()
        .map(|s| {
            let r = map.roman_range(s.start..s.end);
            MentionSpan {
                start: r.start,
                end: r.end,
                stem_end: map.to_roman_ceil(s.stem_end).clamp(r.start, r.end),
                entity: s.entity,
            }
        })
        .collect()
}

/// Sorts `ranges` and merges those that overlap, in place.
pub fn merge_ranges(ranges: &mut Vec<Range<usize>>) {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges.drain(..) {
        match merged.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    *ranges = merged;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::Document;
    use crate::core::text::display_width;
    use unicode_segmentation::UnicodeSegmentation;

    fn roman(text: &str) -> (Document, RomanDocument) {
        let doc = Document::from_text("te.txt", text.to_string());
        let r = RomanDocument::build(&doc);
        (doc, r)
    }

    #[test]
    fn rows_fit_the_width_and_cover_the_text_in_order() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample.te.txt"))
                .unwrap_or_default();
        let (doc, r) = roman(&text);
        for width in [5, 12, 38, 77, 124] {
            let layout = build_layout(&r, width);
            let mut last = 0;
            for line in &layout.lines {
                let LineKind::Text { row, .. } = line else {
                    continue;
                };
                assert!(row.start() >= last && row.end() >= row.start(), "{width}");
                assert!(doc.text.is_char_boundary(row.start()));
                last = row.end();
                let shown = &r.doc.text[r.map.roman_range(row.range())];
                // Wider only when one aksara alone is wider than the pane.
                let one_unit = doc.text[row.range()].graphemes(true).count() == 1;
                assert!(
                    display_width(shown) <= width || one_unit,
                    "{width}: {shown}"
                );
            }
            assert_eq!(
                layout.para_first_line.len(),
                doc.paragraphs.len(),
                "{width}"
            );
        }
    }

    #[test]
    fn a_mention_keeps_its_letters() {
        let (doc, r) = roman("మంత్రి బ్లింకెన్‌తో చెప్పారు");
        let start = doc.text.find("బ్లిం").unwrap_or(0);
        let span = MentionSpan {
            start,
            end: start + "బ్లింకెన్‌తో".len(),
            stem_end: start + "బ్లింకెన్".len(),
            entity: 3,
        };
        let [s] = roman_spans(&r.map, &[span])[..] else {
            panic!("one span")
        };
        assert_eq!(&r.doc.text[s.start..s.end], "bliṁkentō");
        assert_eq!(&r.doc.text[s.start..s.stem_end], "bliṁken");
    }

    #[test]
    fn widened_ranges_merge() {
        let mut v = vec![5..9, 0..3, 2..6, 10..12];
        merge_ranges(&mut v);
        assert_eq!(v, vec![0..9, 10..12]);
    }
}
