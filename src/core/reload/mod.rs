//! Reading an article again after it changed on disk (issue 20), the pure part: what changed
//! between the old and the new paragraphs ("+2 −1 paragraphs"), and where the paragraph the
//! reader was looking at is now, so the view stays on the same text.
//!
//! Paragraphs are compared by their content hashes (as the review file names them), so a
//! paragraph moved or re-wrapped is the same paragraph, and an edited one is a new one.
//! Everything here is linear in the number of paragraphs: a 10 MB article has tens of
//! thousands.

use crate::core::document::Document;
use crate::core::review::ContentHash;
use std::collections::HashMap;
use std::fmt;

#[cfg(test)]
mod tests;

/// How the paragraphs of an article changed: counted as texts that are new and texts that are
/// gone, so editing one paragraph is `+1 −1` and moving one is no change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ParagraphDiff {
    pub added: usize,
    pub removed: usize,
}

impl ParagraphDiff {
    /// Compares the paragraph hashes of the old and the new text (as multisets: a paragraph
    /// that stands twice and now once is one removed).
    pub fn between(old: &[ContentHash], new: &[ContentHash]) -> ParagraphDiff {
        let mut count: HashMap<ContentHash, isize> = HashMap::with_capacity(old.len());
        for h in old {
            *count.entry(*h).or_default() += 1;
        }
        let mut added = 0;
        for h in new {
            match count.get_mut(h) {
                Some(n) if *n > 0 => *n -= 1,
                _ => added += 1,
            }
        }
        let removed = count.values().map(|&n| n.max(0) as usize).sum();
        ParagraphDiff { added, removed }
    }

    /// No paragraph text is new or gone (the bytes may still differ: spacing, line ends).
    pub fn is_empty(&self) -> bool {
        self.added == 0 && self.removed == 0
    }
}

impl fmt::Display for ParagraphDiff {
    /// "+2 −1 paragraphs" (with a real minus sign, as the status bar shows it).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "+{} \u{2212}{} paragraphs", self.added, self.removed)
    }
}

/// Where paragraph `at` of the old text is in the new one: the same text found again (the
/// occurrence nearest to where it should be), else the place between the nearest unchanged
/// paragraphs around it (an edited paragraph is replaced where it stood). `None` when the new
/// text has no paragraphs. The bool says whether the very text was found again.
pub fn follow_paragraph(
    old: &[ContentHash],
    new: &[ContentHash],
    at: usize,
) -> Option<(usize, bool)> {
    if new.is_empty() {
        return None;
    }
    let at = at.min(old.len().saturating_sub(1));
    let mut positions: HashMap<ContentHash, Vec<usize>> = HashMap::with_capacity(new.len());
    for (k, h) in new.iter().enumerate() {
        positions.entry(*h).or_default().push(k);
    }
    // Where an old paragraph would be if only the paragraphs before it had changed in number.
    let shift = new.len() as isize - old.len() as isize;
    let nearest = |h: &ContentHash, expect: usize| -> Option<usize> {
        positions
            .get(h)?
            .iter()
            .copied()
            .min_by_key(|&p| p.abs_diff(expect))
    };
    if let Some(h) = old.get(at) {
        // Unchanged texts before the paragraph keep their index; otherwise expect the shift.
        let expect = if old.get(..=at) == new.get(..=at) {
            at
        } else {
            at.saturating_add_signed(shift)
        };
        if let Some(p) = nearest(h, expect) {
            return Some((p, true));
        }
    }
    // The paragraph was edited or removed: one past the nearest earlier paragraph that is still
    // there, as far from it as before, but not past the next one that is still there.
    let before = (0..at)
        .rev()
        .find_map(|k| nearest(&old[k], k).map(|p| (k, p)));
    let after = (at + 1..old.len()).find_map(|k| nearest(&old[k], k));
    let guess = match before {
        Some((k, p)) => p + (at - k),
        None => after.map_or(at, |a| a.saturating_sub(1)),
    };
    let guess = match after {
        Some(a) if guess >= a => a.saturating_sub(1).max(before.map_or(0, |(_, p)| p + 1)),
        _ => guess,
    };
    Some((guess.min(new.len() - 1), false))
}

/// The byte offset in `new` that shows what `offset` showed in `old`: the same place in the
/// same paragraph when its text is still there (moved or not), else the start of the paragraph
/// that took its place. `old_hashes` and `new_hashes` are the documents' paragraph hashes.
pub fn follow_offset(
    old: &Document,
    old_hashes: &[ContentHash],
    new: &Document,
    new_hashes: &[ContentHash],
    offset: usize,
) -> usize {
    let Some(para) = old.paragraph_at(offset) else {
        // Past the last paragraph (the end of the text): the end of the new one.
        return new.text.len();
    };
    let Some((to, same)) = follow_paragraph(old_hashes, new_hashes, para) else {
        return 0;
    };
    let (Some(from), Some(target)) = (old.paragraphs.get(para), new.paragraphs.get(to)) else {
        return 0;
    };
    if !same {
        return target.start;
    }
    // Same words, maybe other spacing: the same distance in, within the paragraph, on a
    // character boundary.
    let mut at = target.start + offset.saturating_sub(from.start).min(target.len());
    while !new.text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The paragraph hashes of a document, as the review computes them.
pub fn paragraph_hashes(doc: &Document) -> Vec<ContentHash> {
    (0..doc.paragraphs.len())
        .map(|k| ContentHash::of_paragraph(doc.paragraph(k)))
        .collect()
}
