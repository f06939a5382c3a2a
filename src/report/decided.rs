//! The entity list as the reviewer left it: the matcher's entities with the reviewer's link
//! decisions applied, so that a coverage report counts the gaps a person agreed with.
//!
//! - `reject` (te, en): the entity that holds both mentions is split into a Telugu-only and an
//!   English-only entity: the matcher linked two different names, so each side lacks the other.
//! - `link` (te, en): the entity holding the Telugu mention and the one holding the English
//!   mention become one (usually two gaps the matcher missed).
//!
//! Mentions are named by their text or their stem (see [`super::reviewed::mention_reads`]).
//! Decisions apply in the order they were made; one that finds nothing to act on is skipped
//! (it is reported as stale elsewhere, or was already in effect).

use super::reviewed::{mention_reads, EntityReview};
use crate::analysis::Entity;
use crate::pair::Side;
use crate::review::EntityAction;

/// The entities after the decisions, in order of first appearance; ids are positions in the
/// returned list.
pub fn apply_decisions(entities: &[Entity], decisions: &[EntityReview]) -> Vec<Entity> {
    let mut out: Vec<Entity> = entities.to_vec();
    for d in decisions.iter().filter(|d| !d.stale) {
        let holder = |side: Side, text: &str, list: &[Entity]| {
            list.iter()
                .position(|e| e.mentions(side).iter().any(|m| mention_reads(m, text)))
        };
        let (Some(t), Some(e)) = (holder(Side::Te, &d.te, &out), holder(Side::En, &d.en, &out))
        else {
            continue;
        };
        match d.action {
            EntityAction::Reject if t == e => {
                let entity = &mut out[t];
                let telugu = Entity {
                    label: telugu_label(entity),
                    te: std::mem::take(&mut entity.te),
                    en: Vec::new(),
                    ..entity.clone()
                };
                out.insert(t + 1, telugu);
            }
            EntityAction::Link if t != e => {
                // The entity with the English mention is labelled with its English name.
                let label = out[e].label.clone();
                let kind = out[e].kind;
                let (keep, gone) = (t.min(e), t.max(e));
                let merged = out.remove(gone);
                let entity = &mut out[keep];
                entity.te.extend(merged.te);
                entity.en.extend(merged.en);
                entity.te.sort_by_key(|m| m.start);
                entity.en.sort_by_key(|m| m.start);
                entity.label = label;
                entity.kind = kind;
            }
            _ => {}
        }
    }
    for (id, e) in out.iter_mut().enumerate() {
        e.id = id;
    }
    out
}

/// The most frequent stem among an entity's Telugu mentions (the first of equals).
pub fn telugu_label(e: &Entity) -> String {
    let stems: Vec<&str> = e.te.iter().map(super::reviewed::stem_text).collect();
    let mut best: Option<(&str, usize)> = None;
    for s in &stems {
        let n = stems.iter().filter(|x| *x == s).count();
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((s, n));
        }
    }
    best.map_or_else(|| e.label.clone(), |(s, _)| s.to_string())
}
