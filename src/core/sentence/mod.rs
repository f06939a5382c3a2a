//! Sentence splitting for Telugu and English (issue 18): where one sentence of a paragraph ends
//! and the next begins, as byte offsets into `Document::text`.
//!
//! Sentences tile their paragraph: the first starts where the paragraph starts, each next one
//! starts where the previous one ends (after the spaces that follow its full stop), the last ends
//! where the paragraph ends. So every byte of every paragraph is in exactly one sentence, and a
//! sentence never starts inside a grapheme cluster.
//!
//! A sentence ends at a cluster of terminators (`.`, `?`, `!`, `…`, the danda `।`) with the
//! closing quotes and brackets after it, followed by a space. The traps that are not sentence ends
//! are in [`rules`]: abbreviations (`Dr.`, `Rs.`, `డా.`, `రూ.`), initials (`J. K.`), dotted
//! initialisms (`U.S.`, `యు.ఎస్.`, `ఎ.ఎమ్`), decimals and web addresses (no space after the
//! dot), an ellipsis or a quote's `!` followed by a lower-case word, and a Telugu quote closed
//! by a quotative (`"...!" అని అన్నారు`).
//!
//! Linear in the text; no allocation but the output.

mod rules;
#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};
use std::ops::Range;
use unicode_segmentation::GraphemeCursor;

/// One sentence of one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offsets into `Document::text`; `start..end` includes the spaces after the sentence
    /// (up to the next sentence of the paragraph), not those after its paragraph.
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph that holds the sentence.
    pub paragraph: usize,
}

impl Sentence {
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The sentences of every paragraph, in order.
pub fn split(text: &str, paragraphs: &[Range<usize>]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(paragraphs.len() * 3);
    for (paragraph, range) in paragraphs.iter().enumerate() {
        let Some(para) = text.get(range.clone()) else {
            continue;
        };
        let mut start = 0;
        for cut in cuts(para) {
            out.push(Sentence {
                start: range.start + start,
                end: range.start + cut,
                paragraph,
            });
            start = cut;
        }
        if start < para.len() || para.is_empty() {
            out.push(Sentence {
                start: range.start + start,
                end: range.end,
                paragraph,
            });
        }
    }
    out
}

/// The sentences of a document.
pub fn of_document(doc: &crate::core::document::Document) -> Vec<Sentence> {
    split(&doc.text, &doc.paragraphs)
}

/// Offsets into `para` where a new sentence starts (never 0, never `para.len()`), in order.
fn cuts(para: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < para.len() {
        let Some(c) = para[i..].chars().next() else {
            break;
        };
        if !rules::is_terminator(c) {
            i += c.len_utf8();
            continue;
        }
        let cluster_start = i;
        let mut j = i;
        for t in para[i..].chars() {
            if rules::is_terminator(t) {
                j += t.len_utf8();
            } else {
                break;
            }
        }
        let marks_end = j;
        for t in para[j..].chars() {
            if rules::is_closing(t) {
                j += t.len_utf8();
            } else {
                break;
            }
        }
        let cluster_end = j;
        i = cluster_end;
        // A space must follow: decimals, `weather.com` and `U.S.-led` go on.
        let rest = &para[cluster_end..];
        let spaces = rest.len() - rest.trim_start().len();
        if spaces == 0 || cluster_end + spaces >= para.len() {
            continue;
        }
        let next = cluster_end + spaces;
        let cut = rules::Cut {
            before: &para[..cluster_start],
            marks: &para[cluster_start..marks_end],
            closed: marks_end < cluster_end,
            after: &para[next..],
        };
        if rules::is_sentence_end(&cut) && is_grapheme_boundary(para, next) {
            out.push(next);
        }
    }
    out
}

/// True when `at` is not inside a grapheme cluster of `text` (a space followed by a stray
/// combining mark is one cluster).
fn is_grapheme_boundary(text: &str, at: usize) -> bool {
    GraphemeCursor::new(at, text.len(), true)
        .is_boundary(text, 0)
        .unwrap_or(false)
}
