//! TSV: one row per alignment group, for a spreadsheet or a script.
//!
//! Columns: `group` (from 1, as the viewer numbers groups), `te`, `en`, `status` (the
//! reviewer's verdict: `checked`, `needs_work`, `missing_te`, `missing_en`, or empty), `note`.
//! A corpus export puts `pair` (the pair's name) first. The first line names the columns.
//! Every group is a row, also those with one side only (1-0, 0-1: the other cell is empty).
//! A group of several paragraphs has them joined by a newline.
//!
//! Cells are escaped so that a row is one line and every text comes back exactly
//! ([`unescape_cell`]): backslash as `\\`, tab as `\t`, LF as `\n`, CR as `\r`, and any other
//! control or bidi control character as `\u{HEX}` (so the file is also safe to print).

use super::{group_text, ExportItem};
use crate::core::text::display::is_bidi_control;
use std::fmt::Write;

/// The column names line.
pub fn header(corpus: bool) -> &'static str {
    if corpus {
        "pair\tgroup\tte\ten\tstatus\tnote\n"
    } else {
        "group\tte\ten\tstatus\tnote\n"
    }
}

/// The rows of one pair (with the `pair` column when the item has a name).
pub fn rows(item: &ExportItem<'_>) -> String {
    let mut s = String::new();
    for (k, group) in item.groups.iter().enumerate() {
        if let Some(name) = item.name {
            s.push_str(&escape_cell(name));
            s.push('\t');
        }
        let _ = writeln!(
            s,
            "{}\t{}\t{}\t{}\t{}",
            k + 1,
            escape_cell(&group_text(&item.docs.te, &group.te)),
            escape_cell(&group_text(&item.docs.en, &group.en)),
            item.status(k).unwrap_or(""),
            escape_cell(item.note(k).unwrap_or("")),
        );
    }
    s
}

/// A whole TSV document for these pairs.
pub fn render_tsv(items: &[ExportItem<'_>], corpus: bool) -> String {
    let mut s = header(corpus).to_string();
    for item in items {
        s.push_str(&rows(item));
    }
    s
}

/// A cell's text escaped as described in the module comment.
pub fn escape_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || is_bidi_control(c) => {
                let _ = write!(out, "\\u{{{:X}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// The text of an escaped cell; `None` for an escape [`escape_cell`] never writes.
pub fn unescape_cell(cell: &str) -> Option<String> {
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            '\\' => out.push('\\'),
            't' => out.push('\t'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            'u' => {
                if chars.next()? != '{' {
                    return None;
                }
                let hex: String = chars.by_ref().take_while(|&c| c != '}').collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            _ => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_one_line_and_come_back_exactly() {
        let hostile = "a\tb\\n\r\nc\u{1b}[31m\u{202e}తెలుగు\u{9b}";
        let cell = escape_cell(hostile);
        assert_eq!(cell, "a\\tb\\\\n\\r\\nc\\u{1B}[31m\\u{202E}తెలుగు\\u{9B}");
        assert!(!cell.chars().any(|c| c.is_control()));
        assert_eq!(unescape_cell(&cell).as_deref(), Some(hostile));
        assert_eq!(unescape_cell("bad\\q"), None);
        assert_eq!(unescape_cell("cut\\"), None);
    }
}
