//! Paragraph alignment (issue "Paragraph alignment and synchronised scrolling"). Being built:
//! this file fixes the interface so that analysis can call it meanwhile.

use serde::{Deserialize, Serialize};

/// What alignment needs to know of one paragraph.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParagraphInfo {
    /// Length in characters (Unicode scalar values) of the paragraph text.
    pub chars: usize,
    /// Ids of the entity groups mentioned in this paragraph that have mentions on both sides
    /// (repeats allowed; one id per mention).
    pub entities: Vec<usize>,
}

/// One group of aligned paragraphs: 1-1, 1-n, n-1, 1-0 or 0-1. Indices are paragraph indices,
/// consecutive and increasing; groups are in document order on both sides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub te: Vec<usize>,
    pub en: Vec<usize>,
    /// Confidence in 0..=1.
    pub score: f64,
}

/// Aligns the paragraphs of the two articles. Placeholder until the alignment issue lands:
/// returns no groups.
pub fn align(_te: &[ParagraphInfo], _en: &[ParagraphInfo]) -> Vec<Group> {
    Vec::new()
}
