//! A review replayed on an analysis: the one implementation the viewer, `report` and `export`
//! share, so the groups and entities on screen are those in the JSON and in the TMX.
//!
//! Entity decisions come first (links and rejections change which entities a paragraph
//! mentions), then the hand edits of the alignment, then figures and quotes are checked again
//! within the new groups.

use super::{apply_entity_decisions, apply_to_analysis, ArticlePrint, EntityAction, Review};
use crate::core::analysis::Analysis;
use crate::core::document::Document;
use crate::core::pair::Pair;

/// True when replaying `review` can change an analysis: it holds hand edits of the alignment,
/// or links or rejections (a `confirm` changes nothing). Callers keep a single copy of the
/// matcher's analysis when it cannot.
pub fn changes_analysis(review: &Review) -> bool {
    !review.alignment.is_empty()
        || review
            .entities
            .iter()
            .any(|d| matches!(d.action, EntityAction::Reject | EntityAction::Link))
}

/// Replays `review` on `analysis` (the matcher's) in place; returns how many hand edits of the
/// alignment no longer apply (their paragraphs changed, or the edit was refused), which the
/// caller may mention. `prints` are the articles' paragraph hashes, which name paragraphs in
/// the review file.
pub fn apply(
    analysis: &mut Analysis,
    docs: &Pair<Document>,
    review: &Review,
    prints: &Pair<ArticlePrint>,
) -> usize {
    apply_entity_decisions(&mut analysis.entities, review.entity_decisions());
    apply_to_analysis(analysis, docs, &review.alignment, prints)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::pair::Side;
    use crate::core::review::{AlignmentEdit, ParaRef};
    use crate::core::sample::sample_pair;

    #[test]
    fn confirmations_change_nothing_links_and_edits_do() {
        let mut review = Review::default();
        assert!(!changes_analysis(&review));
        review.set_entity("మాస్కో", "Moscow", EntityAction::Confirm);
        assert!(!changes_analysis(&review));
        review.set_entity("మాస్కో", "Moscow", EntityAction::Reject);
        assert!(changes_analysis(&review));
    }

    #[test]
    fn a_rejection_and_a_merge_both_reach_the_analysis() {
        let docs = sample_pair();
        let prints = Pair::from_fn(|side| ArticlePrint::of_document(&docs[side]));
        let matcher = Analysis::build(&docs);
        let mut review = Review::default();
        review.set_entity("మాస్కో", "Moscow", EntityAction::Reject);
        // Merge the first group with a Telugu paragraph with the next, naming it by that
        // paragraph.
        let (k, te) = matcher
            .alignment
            .iter()
            .enumerate()
            .find_map(|(k, g)| Some((k, *g.te.first()?)))
            .expect("a group with a Telugu paragraph");
        review.alignment.push(AlignmentEdit::Merge {
            side: Side::Te,
            paragraph: ParaRef {
                hash: prints.te.paragraphs[te],
                hint: te,
            },
        });
        let mut reviewed = matcher.clone();
        assert_eq!(apply(&mut reviewed, &docs, &review, &prints), 0);
        assert_eq!(reviewed.entities.len(), matcher.entities.len() + 1);
        assert_eq!(reviewed.alignment.len(), matcher.alignment.len() - 1);
        assert!(reviewed.alignment[k].manual);
    }
}
