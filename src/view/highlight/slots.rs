//! Which palette colour each entity gets: stable for a pair (decided once, from the analysis)
//! and different for entities that can be on screen together whenever the palette allows.
//!
//! Entities "can be on screen together" when their stretches of the story overlap: each entity
//! covers the range of alignment groups from its first to its last mention (either side), widened
//! by one group because neighbouring groups share a screen. Colouring overlapping intervals is
//! interval-graph colouring, which the greedy sweep by start solves with the fewest colours; when
//! more entities overlap than the palette has colours, the colour whose holder is free soonest is
//! reused, so clashes stay as far apart as they can.

/// Colours in the entity palette (see `tui::ui::theme`).
pub const PALETTE_SLOTS: usize = 10;

/// Gives each entity a palette slot. `spans[id]` is the entity's stretch as an inclusive range of
/// positions (alignment groups), or `None` for an entity that gets no colour (a one-sided entity,
/// shown as a gap instead). Returns one slot per entity, `None` where `spans` had `None`.
///
/// ```
/// use tandem::view::highlight::assign_slots;
/// // 0 and 1 overlap, 2 comes after both.
/// let slots = assign_slots(&[Some((0, 3)), Some((2, 5)), Some((7, 8)), None], 10);
/// assert_ne!(slots[0], slots[1]);
/// assert_eq!(slots[3], None);
/// ```
pub fn assign_slots(spans: &[Option<(usize, usize)>], palette: usize) -> Vec<Option<u8>> {
    let palette = palette.clamp(1, u8::MAX as usize);
    let mut order: Vec<(usize, usize, usize)> = spans
        .iter()
        .enumerate()
        .filter_map(|(id, s)| s.map(|(lo, hi)| (lo.saturating_sub(1), hi.saturating_add(1), id)))
        .collect();
    order.sort_unstable();
    // Per colour: the last position its current holder covers (None: never used).
    let mut busy: Vec<Option<usize>> = vec![None; palette];
    let mut out = vec![None; spans.len()];
    for (lo, hi, id) in order {
        // Free colours first (never used, then the one free the longest), else the one whose
        // holder ends soonest.
        let pick = (0..palette)
            .min_by_key(|&c| match busy[c] {
                None => (0, 0, c),
                Some(until) if until < lo => (1, until, c),
                Some(until) => (2, until, c),
            })
            .unwrap_or(0);
        busy[pick] = Some(busy[pick].map_or(hi, |u| u.max(hi)));
        out[id] = Some(pick as u8);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn overlapping_entities_get_different_colours_while_the_palette_lasts() {
        let spans: Vec<Option<(usize, usize)>> = (0..10).map(|i| Some((i, i + 20))).collect();
        let slots = assign_slots(&spans, 10);
        let mut seen: Vec<u8> = slots.iter().flatten().copied().collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), 10);
    }

    #[test]
    fn distant_entities_may_share_and_the_result_is_stable() {
        let spans = [Some((0, 0)), Some((10, 10)), None];
        let a = assign_slots(&spans, 2);
        assert_eq!(a, assign_slots(&spans, 2));
        assert_eq!(a[2], None);
        assert!(a[0].is_some() && a[1].is_some());
    }

    proptest! {
        /// With enough colours, no two overlapping (widened) intervals share one.
        #[test]
        fn no_clash_when_the_palette_suffices(
            raw in proptest::collection::vec((0usize..40, 0usize..6), 0..12)
        ) {
            let spans: Vec<Option<(usize, usize)>> =
                raw.iter().map(|&(lo, len)| Some((lo, lo + len))).collect();
            let slots = assign_slots(&spans, 64);
            for i in 0..spans.len() {
                for j in i + 1..spans.len() {
                    let (a, b) = (spans[i].unwrap(), spans[j].unwrap());
                    let overlap = a.0.saturating_sub(1) <= b.1 + 1 && b.0.saturating_sub(1) <= a.1 + 1;
                    if overlap {
                        prop_assert_ne!(slots[i], slots[j]);
                    }
                }
            }
        }
    }
}
