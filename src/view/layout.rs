//! A document laid out at one pane width: every screen row, in order.
//!
//! Paragraphs are wrapped with [`crate::core::text::wrap`] and separated by one blank row. The layout
//! is built once per width (a resize re-wraps) and a frame only reads the rows it shows, so a
//! frame costs the visible rows, not the document. Rows keep byte offsets into the document, so
//! a reading position can be kept as a byte offset and found again after re-wrapping.

use crate::core::document::Document;
use crate::core::text::{wrap_into, Row};

/// What one screen row of a pane shows. Kept small (16 bytes, `u32` offsets: documents are at
/// most 4 GiB, see `document::MAX_BYTES`) because a big article has hundreds of thousands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Part of paragraph `para`: the bytes `row`.
    Text { para: u32, row: LineRange },
    /// The blank row between two paragraphs.
    Blank { before_para: u32 },
}

/// The bytes of the document one row shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineRange {
    start: u32,
    end: u32,
}

impl LineRange {
    fn of(row: &Row) -> LineRange {
        LineRange {
            start: row.start as u32,
            end: row.end as u32,
        }
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// The row showing bytes `range` (for layouts wrapped elsewhere, see `view::romanised`).
    pub fn of_range(range: std::ops::Range<usize>) -> LineRange {
        LineRange {
            start: range.start as u32,
            end: range.end as u32,
        }
    }
}

/// All rows of one document at one width (or, while a big document is being laid out in the
/// background, the rows of its beginning: see [`Layout::build_prefix`]).
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub width: usize,
    pub lines: Vec<LineKind>,
    /// Index in `lines` of each paragraph's first row.
    pub para_first_line: Vec<usize>,
    /// False for a prefix: the rows stop before the end of the document.
    pub complete: bool,
}

/// Bytes of one paragraph a prefix wraps per row it wants: generous for Telugu (3 bytes a
/// letter, some zero-width), so the rows wanted are filled even when the text is dense.
const PREFIX_BYTES_PER_ROW_COLUMN: usize = 4;

impl Layout {
    /// Lays out `doc` at `width` columns (at least 1).
    pub fn build(doc: &Document, width: usize) -> Layout {
        Layout::build_upto(doc, width, None)
    }

    /// Lays out only the beginning of `doc`, at least `rows` rows of it when it has them, for a
    /// first screen that does not wait for a big document. A paragraph too long to wrap whole
    /// (a 20 MB line) is wrapped only as far as needed; its last, possibly cut, row is dropped.
    /// The result is the same as the first rows of [`Layout::build`].
    pub fn build_prefix(doc: &Document, width: usize, rows: usize) -> Layout {
        Layout::build_upto(doc, width, Some(rows))
    }

    /// The whole layout (`rows` = `None`), or its beginning.
    fn build_upto(doc: &Document, width: usize, rows: Option<usize>) -> Layout {
        let width = width.max(1);
        // How much of one paragraph a prefix wraps: enough for the rows wanted, or all of it.
        let budget = rows.map_or(usize::MAX, |r| {
            r.max(1)
                .saturating_mul(width)
                .saturating_mul(PREFIX_BYTES_PER_ROW_COLUMN)
                .saturating_add(4096)
        });
        let whole = doc.text.len() / width.max(8) + doc.paragraphs.len();
        let estimate = rows.map_or(whole, |r| r.min(whole));
        let mut layout = Layout {
            width,
            lines: Vec::with_capacity(estimate),
            para_first_line: Vec::with_capacity(doc.paragraphs.len().min(estimate)),
            complete: false,
        };
        let mut wrapped = Vec::new();
        for (para, range) in doc.paragraphs.iter().enumerate() {
            if rows.is_some_and(|r| layout.lines.len() >= r) {
                return layout;
            }
            if para > 0 {
                layout.lines.push(LineKind::Blank {
                    before_para: para as u32,
                });
            }
            layout.para_first_line.push(layout.lines.len());
            wrapped.clear();
            let cut = range.len() > budget;
            let end = if cut {
                floor_char_boundary(&doc.text, range.start + budget)
            } else {
                range.end
            };
            wrap_into(&doc.text, range.start..end, width, &mut wrapped);
            if cut && wrapped.len() > 1 {
                wrapped.pop();
            }
            if wrapped.is_empty() {
                // A paragraph of invisible characters still takes a row, so it can be found.
                wrapped.push(Row {
                    start: range.start,
                    end: range.start,
                    width: 0,
                });
            }
            layout
                .lines
                .extend(wrapped.iter().map(|row| LineKind::Text {
                    para: para as u32,
                    row: LineRange::of(row),
                }));
            if cut {
                return layout;
            }
        }
        layout.complete = true;
        layout
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The byte offset a line stands for: where its text starts, or for a blank row the start of
    /// the paragraph after it.
    pub fn line_offset(&self, doc: &Document, line: usize) -> usize {
        match self.lines.get(line) {
            Some(LineKind::Text { row, .. }) => row.start(),
            Some(LineKind::Blank { before_para }) => doc.paragraphs[*before_para as usize].start,
            None => doc.text.len(),
        }
    }

    /// The line that shows byte `offset` (the last line starting at or before it), so a reading
    /// position survives a re-wrap at another width.
    pub fn line_at_offset(&self, doc: &Document, offset: usize) -> usize {
        let Some(para) = doc.paragraph_at(offset) else {
            return self.len().saturating_sub(1);
        };
        let first = self.para_first_line[para];
        let end = self
            .para_first_line
            .get(para + 1)
            .map_or(self.len(), |&next| next - 1);
        let within = self.lines[first..end].partition_point(|l| match l {
            LineKind::Text { row, .. } => row.start() <= offset,
            LineKind::Blank { .. } => true,
        });
        first + within.saturating_sub(1)
    }

    /// The paragraph a line belongs to (a blank row belongs to the paragraph after it).
    pub fn para_of_line(&self, line: usize) -> Option<usize> {
        self.lines.get(line).map(|l| match l {
            LineKind::Text { para, .. } => *para as usize,
            LineKind::Blank { before_para } => *before_para as usize,
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        Document::from_text("t.txt", text.to_string())
    }

    #[test]
    fn paragraphs_are_separated_by_one_blank_row() {
        let d = doc("one two three\nfour");
        let l = Layout::build(&d, 8);
        assert_eq!(l.len(), 4); // "one two", "three", blank, "four"
        assert_eq!(l.para_first_line, [0, 3]);
        assert!(matches!(l.lines[2], LineKind::Blank { before_para: 1 }));
    }

    #[test]
    fn a_position_survives_rewrapping() {
        let d = doc("alpha beta gamma delta epsilon zeta eta theta\niota kappa lambda");
        let narrow = Layout::build(&d, 6);
        let line = 5;
        let offset = narrow.line_offset(&d, line);
        let wide = Layout::build(&d, 20);
        let back = wide.line_at_offset(&d, offset);
        let LineKind::Text { row, .. } = wide.lines[back] else {
            panic!("not text")
        };
        assert!(row.start() <= offset && offset <= row.end());
        assert_eq!(narrow.line_at_offset(&d, offset), line);
    }

    #[test]
    fn empty_document_has_no_lines() {
        let l = Layout::build(&doc(""), 10);
        assert!(l.is_empty());
        assert_eq!(l.line_at_offset(&doc(""), 0), 0);
    }

    #[test]
    fn a_prefix_is_the_start_of_the_full_layout() {
        let para = "పదం word ".repeat(5000);
        let text = format!("short one\n\n{para}\n\nlast");
        let d = doc(&text);
        let full = Layout::build(&d, 30);
        for rows in [1, 3, 10, 50] {
            let prefix = Layout::build_prefix(&d, 30, rows);
            assert!(!prefix.complete, "{rows}");
            assert!(prefix.len() >= rows.min(full.len()), "{rows}");
            assert_eq!(prefix.lines[..], full.lines[..prefix.len()], "{rows}");
            assert_eq!(
                prefix.para_first_line[..],
                full.para_first_line[..prefix.para_first_line.len()]
            );
        }
        let whole = Layout::build_prefix(&d, 30, usize::MAX / 1024);
        assert!(whole.complete);
        assert_eq!(whole.lines, full.lines);
        assert!(Layout::build_prefix(&doc(""), 10, 5).complete);
    }
}
