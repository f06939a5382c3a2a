//! The reverse lookup from a paragraph to its alignment group, for jumping and re-levelling
//! the panes. (The rows the groups take on screen are laid out by `crate::view::aligned`.)

use super::Group;
use crate::core::pair::{Pair, Side};

/// Which group each paragraph belongs to, for jumping and re-levelling the panes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GroupIndex {
    of: Pair<Vec<Option<usize>>>,
}

impl GroupIndex {
    /// Indexes `groups` for articles of `counts[side]` paragraphs. Indices out of range are
    /// ignored; paragraphs no group covers map to `None`.
    pub fn new(groups: &[Group], counts: Pair<usize>) -> GroupIndex {
        let mut of = Pair::from_fn(|side| vec![None; counts[side]]);
        for (g, group) in groups.iter().enumerate() {
            for side in Side::BOTH {
                for &k in group.side(side) {
                    if let Some(slot) = of[side].get_mut(k) {
                        *slot = Some(g);
                    }
                }
            }
        }
        GroupIndex { of }
    }

    /// The group holding paragraph `idx` of `side`.
    pub fn group_of_paragraph(&self, side: Side, idx: usize) -> Option<usize> {
        self.of[side].get(idx).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(te: &[usize], en: &[usize]) -> Group {
        Group::new(te, en, 1.0)
    }

    #[test]
    fn paragraphs_find_their_group() {
        let groups = [g(&[], &[0]), g(&[0], &[1, 2]), g(&[1, 2], &[3])];
        let index = GroupIndex::new(&groups, Pair::new(3, 4));
        assert_eq!(index.group_of_paragraph(Side::En, 0), Some(0));
        assert_eq!(index.group_of_paragraph(Side::En, 2), Some(1));
        assert_eq!(index.group_of_paragraph(Side::Te, 2), Some(2));
        assert_eq!(index.group_of_paragraph(Side::Te, 3), None);
        assert_eq!(index.group_of_paragraph(Side::En, 99), None);
    }
}
