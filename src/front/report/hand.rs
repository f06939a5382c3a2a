//! The report's alignment is the one the reviewer fixed: the hand edits in the review file
//! (merges, splits, moves, pins) are replayed on the aligner's groups exactly as the viewer
//! replays them, and the figures and quotes are checked again within the new groups, so the
//! JSON, the tables and the exports agree with the screen.

use super::ReviewSource;
use crate::core::analysis::Analysis;
use crate::core::document::Document;
use crate::core::pair::Pair;
use crate::core::review::{apply_to_analysis, ArticlePrint};

/// Replaces `analysis.alignment` with the hand-edited one (see
/// [`crate::core::review::apply_to_analysis`]); returns how many edits no longer apply (stale or
/// refused), which the caller may mention.
pub fn apply_hand_alignment(
    analysis: &mut Analysis,
    pair: &Pair<Document>,
    review: Option<&ReviewSource>,
) -> usize {
    let Some(source) = review.filter(|s| !s.review.alignment.is_empty()) else {
        return 0;
    };
    let prints = Pair::from_fn(|side| ArticlePrint::of_document(&pair[side]));
    apply_to_analysis(analysis, pair, &source.review.alignment, &prints)
}
