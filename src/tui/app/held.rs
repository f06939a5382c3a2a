//! The selected entity kept by what it is across a rebuild of the analysis (a hand edit of the
//! alignment, its undo, an entity decision). Entity ids are positions in a list that a decision
//! renumbers (a rejected link splits an entity in two, a link joins two), so an id from before
//! a rebuild may name another entity after it. A mention, though, stays where it is in the
//! text: the selection is held by the offsets of its mentions and found again by them.

use crate::core::analysis::Entity;
use crate::core::pair::{Pair, Side};

/// An entity held by the start offsets of its mentions, and of the mentions that were current.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Held {
    /// Per side: the current mention's start, else the first mention's.
    anchor: Pair<Option<usize>>,
    /// Per side: the current mention's start.
    current: Pair<Option<usize>>,
}

impl Held {
    /// Entity `id` of `entities` with `current` (indices into its mentions) current.
    pub(super) fn of(entities: &[Entity], id: usize, current: Pair<Option<usize>>) -> Option<Held> {
        let e = entities.get(id)?;
        let current = Pair::from_fn(|side| {
            current[side]
                .and_then(|i| e.mentions(side).get(i))
                .map(|m| m.start)
        });
        let anchor = Pair::from_fn(|side| {
            current[side].or_else(|| e.mentions(side).first().map(|m| m.start))
        });
        Some(Held { anchor, current })
    }

    /// The entity of `entities` that holds the anchor mention, looked for on `first` side
    /// first (where the reader is); with the index of each current mention that it still has.
    pub(super) fn find(
        &self,
        entities: &[Entity],
        first: Side,
    ) -> Option<(usize, Pair<Option<usize>>)> {
        let at = |e: &Entity, side: Side, start: usize| {
            e.mentions(side).iter().position(|m| m.start == start)
        };
        let (id, e) = [first, first.other()].into_iter().find_map(|side| {
            let start = self.anchor[side]?;
            entities
                .iter()
                .enumerate()
                .find(|(_, e)| at(e, side, start).is_some())
        })?;
        let current = Pair::from_fn(|side| self.current[side].and_then(|s| at(e, side, s)));
        Some((id, current))
    }
}
