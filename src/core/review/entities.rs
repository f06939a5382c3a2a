//! Entity decisions applied to the matcher's entities, the one implementation the viewer and the
//! reports share. The alignment is left as the matcher made it.
//!
//! - `reject` (te, en): the entity that holds both mentions is split into a Telugu-only and an
//!   English-only entity: the matcher linked two different names, so each side lacks the other.
//! - `link` (te, en): the entity holding the Telugu mention and the one holding the English
//!   mention become one (usually two gaps the matcher missed).
//! - `confirm` changes nothing.
//!
//! Decisions name mentions by their text or their stem ([`Mention::reads`]); the viewer records
//! an entity by [`entity_key`]. They apply in order; one that finds nothing to act on is skipped.

use super::model::EntityAction;
use crate::core::analysis::{Entity, Mention};
use crate::core::pair::Side;

/// How a decision names one side of an entity: the stem of its first mention; `None` when the
/// side has no mention.
pub fn entity_key(e: &Entity, side: Side) -> Option<String> {
    e.mentions(side).first().map(|m| m.stem().to_string())
}

/// Applies `(te, en, action)` decisions to `entities` (ids renumbered to positions); returns
/// how many took effect.
pub fn apply_entity_decisions<'d>(
    entities: &mut Vec<Entity>,
    decisions: impl IntoIterator<Item = (&'d str, &'d str, EntityAction)>,
) -> usize {
    let mut applied = 0;
    for (te, en, action) in decisions {
        let holder = |side: Side, text: &str, list: &[Entity]| {
            list.iter()
                .position(|e| e.mentions(side).iter().any(|m| m.reads(text)))
        };
        let (Some(t), Some(e)) = (
            holder(Side::Te, te, entities),
            holder(Side::En, en, entities),
        ) else {
            continue;
        };
        match action {
            EntityAction::Reject if t == e => {
                let entity = &mut entities[t];
                let telugu = Entity {
                    label: telugu_label(entity),
                    te: std::mem::take(&mut entity.te),
                    en: Vec::new(),
                    ..entity.clone()
                };
                entities.insert(t + 1, telugu);
                applied += 1;
            }
            EntityAction::Link if t != e => {
                // The entity with the English mention is labelled with its English name.
                let label = entities[e].label.clone();
                let kind = entities[e].kind;
                let (keep, gone) = (t.min(e), t.max(e));
                let merged = entities.remove(gone);
                let entity = &mut entities[keep];
                entity.te.extend(merged.te);
                entity.en.extend(merged.en);
                entity.te.sort_by_key(|m| m.start);
                entity.en.sort_by_key(|m| m.start);
                entity.label = label;
                entity.kind = kind;
                applied += 1;
            }
            _ => {}
        }
    }
    for (id, e) in entities.iter_mut().enumerate() {
        e.id = id;
    }
    applied
}

/// The most frequent stem among an entity's Telugu mentions (the first of equals); the label
/// when it has none.
pub fn telugu_label(e: &Entity) -> String {
    let stems: Vec<&str> = e.te.iter().map(Mention::stem).collect();
    let mut best: Option<(&str, usize)> = None;
    for s in &stems {
        let n = stems.iter().filter(|x| *x == s).count();
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((s, n));
        }
    }
    best.map_or_else(|| e.label.clone(), |(s, _)| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::Analysis;
    use crate::core::review::Review;
    use crate::core::sample::sample_pair;

    fn find<'a>(a: &'a Analysis, side: Side, key: &str) -> Vec<&'a Entity> {
        a.entities
            .iter()
            .filter(|e| e.mentions(side).iter().any(|m| m.reads(key)))
            .collect()
    }

    fn apply(a: &mut Analysis, review: &Review) -> usize {
        apply_entity_decisions(&mut a.entities, review.entity_decisions())
    }

    #[test]
    fn reject_splits_and_link_joins() {
        let pair = sample_pair();
        let mut a = Analysis::build(&pair);
        let before = a.entities.len();
        let mut review = Review::default();
        review.set_entity("మాస్కో", "Moscow", EntityAction::Reject);
        assert_eq!(apply(&mut a, &review), 1);
        assert_eq!(a.entities.len(), before + 1);
        assert!(find(&a, Side::Te, "మాస్కో")[0].is_gap());
        assert!(find(&a, Side::En, "Moscow")[0].is_gap());
        assert!(a.entities.iter().enumerate().all(|(i, e)| e.id == i));
        // Linking them again makes one entity on both sides.
        let mut review = Review::default();
        review.set_entity("మాస్కో", "Moscow", EntityAction::Link);
        assert_eq!(apply(&mut a, &review), 1);
        assert_eq!(a.entities.len(), before);
        let moscow = find(&a, Side::En, "Moscow");
        assert_eq!(moscow.len(), 1);
        assert!(!moscow[0].is_gap() && moscow[0].te.iter().any(|m| m.reads("మాస్కో")));
    }

    #[test]
    fn decisions_on_texts_no_longer_there_do_nothing() {
        let pair = sample_pair();
        let mut a = Analysis::build(&pair);
        let copy = a.clone();
        let mut review = Review::default();
        review.set_entity("లేదు", "Nowhere", EntityAction::Reject);
        review.set_entity("లేదు", "Nowhere", EntityAction::Link);
        review.set_entity("మాస్కో", "Moscow", EntityAction::Confirm);
        assert_eq!(apply(&mut a, &review), 0);
        assert_eq!(a, copy);
    }
}
