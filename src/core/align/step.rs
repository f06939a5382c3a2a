//! The unit every part of the aligner speaks in: one group of a path through the two articles.
//! A leaf module, so that the cost model, the length statistics and the tables can all use it
//! without importing each other.

/// Largest number of paragraphs on one side of a group.
pub(crate) const MAX_SPAN: usize = 3;

/// One group of a path: `te_len` Telugu paragraphs from `te`, `en_len` English ones from `en`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Step {
    pub te: usize,
    pub te_len: usize,
    pub en: usize,
    pub en_len: usize,
}
