//! The entity list as the reviewer left it: the matcher's entities with the reviewer's link
//! decisions applied (by [`crate::core::review::apply_entity_decisions`], as the viewer does), so that
//! a coverage report counts the gaps a person agreed with. Decisions whose texts are gone from
//! the articles are left out (they are reported as stale elsewhere).

use super::reviewed::EntityReview;
use crate::core::analysis::Entity;
use crate::core::review::apply_entity_decisions;

pub use crate::core::review::telugu_label;

/// The entities after the decisions; ids are positions in the returned list.
pub fn apply_decisions(entities: &[Entity], decisions: &[EntityReview]) -> Vec<Entity> {
    let mut out: Vec<Entity> = entities.to_vec();
    let live = decisions
        .iter()
        .filter(|d| !d.stale)
        .map(|d| (d.te.as_str(), d.en.as_str(), d.action));
    apply_entity_decisions(&mut out, live);
    out
}
