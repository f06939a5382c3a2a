//! Entity decisions applied to an analysis: a rejected link splits an entity into its Telugu and
//! its English half (two coverage gaps); a link a reviewer made joins a Telugu-only and an
//! English-only entity. The alignment is left as the matcher made it.
//!
//! Decisions name entities by mention text ([`entity_key`]): the stem of the first Telugu mention
//! and the text of the first English mention, so they survive re-analysis and small edits.

use super::model::{EntityAction, Review};
use crate::analysis::{Analysis, Entity};
use crate::pair::Side;

/// How a decision names one side of an entity: the first mention's stem (Telugu) or text
/// (English); `None` when the side has no mention.
pub fn entity_key(e: &Entity, side: Side) -> Option<String> {
    let m = e.mentions(side).first()?;
    let stem = m.stem_end.unwrap_or(m.end).saturating_sub(m.start);
    Some(m.text.get(..stem).unwrap_or(&m.text).to_string())
}

/// True when some mention of `side` has `key` as its stem or text.
fn names(e: &Entity, side: Side, key: &str) -> bool {
    e.mentions(side).iter().any(|m| {
        let stem = m.stem_end.unwrap_or(m.end).saturating_sub(m.start);
        m.text == key || m.text.get(..stem) == Some(key)
    })
}

/// Applies every reject and link decision of `review`; returns how many took effect.
pub fn apply_entity_decisions(analysis: &mut Analysis, review: &Review) -> usize {
    let mut applied = 0;
    for d in &review.entities {
        let entities = &mut analysis.entities;
        match d.action {
            EntityAction::Reject => {
                let Some(i) = entities
                    .iter()
                    .position(|e| names(e, Side::Te, &d.te) && names(e, Side::En, &d.en))
                else {
                    continue;
                };
                let te_half = Entity {
                    id: 0,
                    label: entity_key(&entities[i], Side::Te).unwrap_or_default(),
                    kind: entities[i].kind,
                    te: std::mem::take(&mut entities[i].te),
                    en: Vec::new(),
                };
                entities.insert(i + 1, te_half);
                applied += 1;
            }
            EntityAction::Link => {
                let te = entities
                    .iter()
                    .position(|e| e.en.is_empty() && names(e, Side::Te, &d.te));
                let en = entities
                    .iter()
                    .position(|e| e.te.is_empty() && names(e, Side::En, &d.en));
                let (Some(te), Some(en)) = (te, en) else {
                    continue;
                };
                let te_mentions = std::mem::take(&mut entities[te].te);
                entities[en].te = te_mentions;
                entities.remove(te);
                applied += 1;
            }
            EntityAction::Confirm => {}
        }
    }
    for (id, e) in analysis.entities.iter_mut().enumerate() {
        e.id = id;
    }
    applied
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Analysis;
    use crate::sample::sample_pair;

    fn find<'a>(a: &'a Analysis, side: Side, key: &str) -> Vec<&'a Entity> {
        a.entities.iter().filter(|e| names(e, side, key)).collect()
    }

    #[test]
    fn reject_splits_and_link_joins() {
        let pair = sample_pair();
        let mut a = Analysis::build(&pair);
        let before = a.entities.len();
        let mut review = Review::default();
        review.set_entity("మాస్కో", "Moscow", EntityAction::Reject);
        assert_eq!(apply_entity_decisions(&mut a, &review), 1);
        assert_eq!(a.entities.len(), before + 1);
        assert!(find(&a, Side::Te, "మాస్కో")[0].is_gap());
        assert!(find(&a, Side::En, "Moscow")[0].is_gap());
        assert!(a.entities.iter().enumerate().all(|(i, e)| e.id == i));
        // Linking them again makes one entity on both sides.
        let mut review = Review::default();
        review.set_entity("మాస్కో", "Moscow", EntityAction::Link);
        assert_eq!(apply_entity_decisions(&mut a, &review), 1);
        assert_eq!(a.entities.len(), before);
        let moscow = find(&a, Side::En, "Moscow");
        assert_eq!(moscow.len(), 1);
        assert!(!moscow[0].is_gap() && names(moscow[0], Side::Te, "మాస్కో"));
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
        assert_eq!(apply_entity_decisions(&mut a, &review), 0);
        assert_eq!(a, copy);
    }
}
