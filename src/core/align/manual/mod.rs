//! Alignment fixed by hand: the edits a reviewer makes to the aligner's groups, and re-aligning
//! around pinned paragraph pairs.
//!
//! The aligner guesses; a translator knows. Four edits reshape the group list and keep it a
//! valid alignment (every paragraph in exactly one group, groups contiguous and in order on
//! both sides, none empty):
//! - [`Edit::Merge`] joins a group with the next one;
//! - [`Edit::Split`] starts a new group at a paragraph;
//! - [`Edit::ToPrevious`] / [`Edit::ToNext`] move a paragraph into the neighbouring group.
//!
//! A pin says "these two paragraphs belong together": [`align_pinned`] makes each pinned pair a
//! group of its own and aligns the stretches between pins independently, as vim's
//! `diffanchors` do for a diff, so one fixed paragraph pulls the rest of the story into place.
//!
//! Groups an edit or a pin produced are marked [`Group::manual`] and score 1: a person decided.
//! Nothing here knows about review files; `review::alignment` names paragraphs by content and
//! turns its records into these index-based edits.

use super::{align_with, AlignOptions, Group, ParagraphInfo};
use crate::core::pair::Side;

/// One hand edit of the group list, naming a paragraph by its index on one side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edit {
    /// The group holding the paragraph absorbs the group after it.
    Merge { side: Side, para: usize },
    /// The paragraph starts a new group; the other side's paragraphs of the group are divided
    /// in the same proportion (a 2-2 group split at its second Telugu paragraph gives two 1-1
    /// groups). Move paragraphs afterwards where the proportion guessed wrong.
    Split { side: Side, para: usize },
    /// The paragraph, with those before it in its group on its side, joins the previous group
    /// (a new group at the start when there is none).
    ToPrevious { side: Side, para: usize },
    /// The paragraph, with those after it in its group on its side, joins the next group (a new
    /// group at the end when there is none).
    ToNext { side: Side, para: usize },
}

/// Why an edit changed nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No group holds that paragraph (the article has fewer paragraphs).
    NoSuchParagraph,
    /// Merge of the last group.
    NoNextGroup,
    /// Split at the first paragraph of a group: it already starts one.
    AlreadyStartsGroup,
    /// Moving a whole one-sided group into a new group of its own.
    NothingToMove,
}

impl Refusal {
    /// The refusal in words, for the status bar.
    pub fn describe(self) -> &'static str {
        match self {
            Refusal::NoSuchParagraph => "no paragraph here",
            Refusal::NoNextGroup => "this is the last group: nothing to merge with",
            Refusal::AlreadyStartsGroup => "this paragraph already starts its group",
            Refusal::NothingToMove => "nothing to move: the group would stay as it is",
        }
    }
}

/// A group a person made: its paragraphs, confidence 1, marked manual.
fn manual(te: Vec<usize>, en: Vec<usize>) -> Group {
    Group {
        te,
        en,
        score: 1.0,
        manual: true,
    }
}

/// The index of the group holding paragraph `para` of `side`.
pub fn group_of(groups: &[Group], side: Side, para: usize) -> Option<usize> {
    // Groups are in paragraph order on each side, but one-sided groups have no paragraph on the
    // other side, so search by the last paragraph of each group that has one.
    let idx = groups.partition_point(|g| g.side(side).last().is_some_and(|&last| last < para));
    let mut g = idx;
    while let Some(group) = groups.get(g) {
        if group.side(side).contains(&para) {
            return Some(g);
        }
        if group.side(side).first().is_some_and(|&first| first > para) {
            return None;
        }
        g += 1;
    }
    None
}

/// Applies one edit to `groups`; on a refusal `groups` is unchanged.
///
/// ```
/// use tandem::core::align::{manual::{apply, Edit}, Group};
/// use tandem::core::pair::Side;
/// let g = |te: &[usize], en: &[usize]| Group { te: te.to_vec(), en: en.to_vec(), score: 0.9, manual: false };
/// let mut groups = vec![g(&[0], &[0]), g(&[1], &[1])];
/// apply(&mut groups, Edit::Merge { side: Side::Te, para: 0 }).unwrap();
/// assert_eq!((groups.len(), groups[0].te.clone(), groups[0].manual), (1, vec![0, 1], true));
/// ```
pub fn apply(groups: &mut Vec<Group>, edit: Edit) -> Result<(), Refusal> {
    match edit {
        Edit::Merge { side, para } => {
            let g = group_of(groups, side, para).ok_or(Refusal::NoSuchParagraph)?;
            if g + 1 >= groups.len() {
                return Err(Refusal::NoNextGroup);
            }
            let next = groups.remove(g + 1);
            let cur = &groups[g];
            let te = cur.te.iter().chain(&next.te).copied().collect();
            let en = cur.en.iter().chain(&next.en).copied().collect();
            groups[g] = manual(te, en);
        }
        Edit::Split { side, para } => {
            let g = group_of(groups, side, para).ok_or(Refusal::NoSuchParagraph)?;
            let group = &groups[g];
            let own = group.side(side);
            let k = own
                .iter()
                .position(|&p| p == para)
                .ok_or(Refusal::NoSuchParagraph)?;
            if k == 0 {
                return Err(Refusal::AlreadyStartsGroup);
            }
            let other = group.side(side.other());
            // The other side divided in the same proportion, rounded to the nearest paragraph.
            let j = (k * other.len() + own.len() / 2) / own.len();
            let (own_a, own_b) = own.split_at(k);
            let (other_a, other_b) = other.split_at(j.min(other.len()));
            let (first, second) = match side {
                Side::Te => (
                    manual(own_a.to_vec(), other_a.to_vec()),
                    manual(own_b.to_vec(), other_b.to_vec()),
                ),
                Side::En => (
                    manual(other_a.to_vec(), own_a.to_vec()),
                    manual(other_b.to_vec(), own_b.to_vec()),
                ),
            };
            groups[g] = first;
            groups.insert(g + 1, second);
        }
        Edit::ToPrevious { side, para } => move_paragraphs(groups, side, para, false)?,
        Edit::ToNext { side, para } => move_paragraphs(groups, side, para, true)?,
    }
    Ok(())
}

/// [`Edit::ToPrevious`] (`forward` false) and [`Edit::ToNext`] (`forward` true).
fn move_paragraphs(
    groups: &mut Vec<Group>,
    side: Side,
    para: usize,
    forward: bool,
) -> Result<(), Refusal> {
    let g = group_of(groups, side, para).ok_or(Refusal::NoSuchParagraph)?;
    let own = groups[g].side(side).to_vec();
    let k = own
        .iter()
        .position(|&p| p == para)
        .ok_or(Refusal::NoSuchParagraph)?;
    let (moved, kept) = if forward {
        (own[k..].to_vec(), own[..k].to_vec())
    } else {
        (own[..=k].to_vec(), own[k + 1..].to_vec())
    };
    let neighbour = if forward {
        (g + 1 < groups.len()).then_some(g + 1)
    } else {
        g.checked_sub(1)
    };
    let stays_empty = kept.is_empty() && groups[g].side(side.other()).is_empty();
    if neighbour.is_none() && stays_empty {
        return Err(Refusal::NothingToMove);
    }
    let with_side = |group: &Group, paras: Vec<usize>| match side {
        Side::Te => manual(paras, group.en.clone()),
        Side::En => manual(group.te.clone(), paras),
    };
    groups[g] = with_side(&groups[g], kept);
    match neighbour {
        Some(n) => {
            let mut paras = groups[n].side(side).to_vec();
            if forward {
                paras.splice(0..0, moved);
            } else {
                paras.extend(moved);
            }
            groups[n] = with_side(&groups[n], paras);
        }
        None => {
            let new = with_side(&manual(Vec::new(), Vec::new()), moved);
            let at = if forward { g + 1 } else { g };
            groups.insert(at, new);
        }
    }
    groups.retain(|gr| !(gr.te.is_empty() && gr.en.is_empty()));
    Ok(())
}

/// The pins that can hold together, sorted, and the indices of those refused: taken in the
/// order given, a pin is refused when it crosses or repeats one already taken, or names a
/// paragraph past the end of an article of `paragraphs` (Telugu, English) paragraphs.
pub fn accept_pins(
    pins: &[(usize, usize)],
    paragraphs: (usize, usize),
) -> (Vec<(usize, usize)>, Vec<usize>) {
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut refused = Vec::new();
    for (i, &(t, e)) in pins.iter().enumerate() {
        let fits = t < paragraphs.0
            && e < paragraphs.1
            && taken
                .iter()
                .all(|&(tt, ee)| (tt < t && ee < e) || (tt > t && ee > e));
        if fits {
            taken.push((t, e));
        } else {
            refused.push(i);
        }
    }
    taken.sort_unstable();
    (taken, refused)
}

/// Aligns the articles with each pinned (Telugu, English) paragraph pair as a group of its own
/// and the stretches between pins aligned independently.
///
/// Pins are taken in the order given; one that crosses a pin already taken (its Telugu
/// paragraph is after and its English one before, or the reverse) or repeats a paragraph
/// cannot hold together with it and is refused: its index is returned. With no pins this is
/// [`align_with`].
pub fn align_pinned(
    te: &[ParagraphInfo],
    en: &[ParagraphInfo],
    pins: &[(usize, usize)],
    opts: &AlignOptions,
) -> (Vec<Group>, Vec<usize>) {
    let (taken, refused) = accept_pins(pins, (te.len(), en.len()));
    let mut groups = Vec::new();
    let (mut t0, mut e0) = (0, 0);
    for &(t, e) in taken.iter().chain(std::iter::once(&(te.len(), en.len()))) {
        for g in align_with(&te[t0..t], &en[e0..e], opts) {
            groups.push(Group {
                te: g.te.iter().map(|p| p + t0).collect(),
                en: g.en.iter().map(|p| p + e0).collect(),
                ..g
            });
        }
        if t < te.len() {
            groups.push(manual(vec![t], vec![e]));
        }
        (t0, e0) = (t + 1, e + 1);
    }
    (groups, refused)
}

#[cfg(test)]
mod tests;
