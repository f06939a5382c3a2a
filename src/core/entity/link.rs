//! Cross-script linking of candidate entities: which node of one side is which node of the other.
//!
//! Order of evidence, strongest first: a shared gazetteer id (exact), equal acronym letters, then
//! names compared word by word (a lexicon meaning in common, or phonetic keys close enough by
//! [`word_similarity`]), then whole names glued together (`New York` = `న్యూయార్క్`). Two names with
//! only different gazetteer ids, or different acronyms, never link.
//!
//! Matching is one-to-one: candidate pairs are taken greedily from the best score down, which
//! makes every accepted pair a mutual best among what is left. Afterwards a node left over may
//! *attach* to a matched node when that node is its clear best (score ≥ [`ATTACH_MIN`]), or when
//! it is its best and matches a spelling of it that the match did not use: this is how a second
//! spelling on one side (`యుఎస్` beside `యునైటెడ్ స్టేట్స్`, `జానీ ఇంగ్లీష్` beside `JE`) joins
//! the group.
//!
//! Everything here is symmetric in its two arguments: scores are, the blocking relation is, and
//! ties are ordered by side-neutral signatures, so swapping left and right swaps the pairs.

use crate::core::entity::blocks::{form_blocks, BlockIndex};
use crate::core::entity::distance::word_similarity;
use crate::core::entity::form::{Form, Node, Word};
use rayon::prelude::*;
use std::cmp::Ordering;

/// Lowest score at which two nodes link.
pub const LINK_MIN: f32 = 0.78;
/// Lowest score at which a left-over node attaches to its best, already matched partner.
pub const ATTACH_MIN: f32 = 0.95;
/// What gluing words together costs against a word-by-word match of the same sound.
const GLUE_PENALTY: f32 = 0.02;

/// One accepted pair: `left` indexes the first argument of [`link`], `right` the second.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    pub left: usize,
    pub right: usize,
    pub score: f32,
}

fn word_score(a: &Word, b: &Word) -> Option<f32> {
    if a.meanings.iter().any(|m| b.meanings.contains(m)) {
        return Some(1.0);
    }
    if let (Some(x), Some(y)) = (&a.letters, &b.letters) {
        return (x == y).then_some(1.0);
    }
    word_similarity(&a.key, &b.key)
}

/// How well two spellings match, in 0..=1; `None` when they must not link.
pub fn form_score(a: &Form, b: &Form) -> Option<f32> {
    if !a.gaz.is_empty() && !b.gaz.is_empty() {
        return a.gaz.iter().any(|g| b.gaz.contains(g)).then_some(1.0);
    }
    if let (Some(x), Some(y)) = (&a.acronym, &b.acronym) {
        return (x == y).then_some(1.0);
    }
    let mut best: Option<f32> = None;
    if a.words.len() == b.words.len() && !a.words.is_empty() {
        let mut total = 0.0;
        let mut all = true;
        for (wa, wb) in a.words.iter().zip(&b.words) {
            match word_score(wa, wb) {
                Some(s) => total += s,
                None => {
                    all = false;
                    break;
                }
            }
        }
        if all {
            best = Some(total / a.words.len() as f32);
        }
    }
    let translated = a
        .words
        .iter()
        .chain(&b.words)
        .any(|w| !w.meanings.is_empty());
    if a.words.len().max(b.words.len()) > 1 && !translated {
        if let Some(s) = word_similarity(&a.glued, &b.glued) {
            let s = s - GLUE_PENALTY;
            best = Some(best.map_or(s, |b| b.max(s)));
        }
    }
    best
}

/// The best score over all spellings of two nodes.
pub fn node_score(a: &Node, b: &Node) -> Option<f32> {
    let mut best: Option<f32> = None;
    for fa in &a.forms {
        for fb in &b.forms {
            if let Some(s) = form_score(fa, fb) {
                best = Some(best.map_or(s, |b| b.max(s)));
            }
        }
    }
    best
}

/// Every pair of nodes that meets in a block and scores at least [`LINK_MIN`]. The smaller side
/// is indexed; the result is in (left, right) orientation either way.
pub fn candidate_pairs(left: &[Node], right: &[Node]) -> Vec<Link> {
    let swap = left.len() < right.len();
    let (indexed, probing) = if swap { (left, right) } else { (right, left) };
    let mut index = BlockIndex::default();
    let mut blocks = Vec::new();
    for (i, node) in indexed.iter().enumerate() {
        blocks.clear();
        for f in &node.forms {
            form_blocks(f, &mut blocks);
        }
        index.insert(i as u32, &blocks);
    }
    // Each probing node is scored against its candidates on its own: on both cores, with a
    // scratch `seen`/`hits`/`blocks` per worker, and put back together in probing order so the
    // pairs come out exactly as one node after the other would give them.
    let per_node: Vec<Vec<Link>> = probing
        .par_iter()
        .enumerate()
        .map_init(
            || (vec![false; indexed.len()], Vec::new(), Vec::new()),
            |(seen, hits, blocks), (p, node)| {
                blocks.clear();
                for f in &node.forms {
                    form_blocks(f, blocks);
                }
                index.candidates(blocks, seen, hits);
                hits.iter()
                    .filter_map(|&q| {
                        let q = q as usize;
                        let score = node_score(node, &indexed[q]).filter(|&s| s >= LINK_MIN)?;
                        let (left, right) = if swap { (q, p) } else { (p, q) };
                        Some(Link { left, right, score })
                    })
                    .collect()
            },
        )
        .collect();
    per_node.into_iter().flatten().collect()
}

/// Orders pairs best first; ties by the two signatures taken as an unordered pair.
fn order(left: &[Node], right: &[Node], a: &Link, b: &Link) -> Ordering {
    let key = |l: &Link| {
        let (x, y) = (&left[l.left].sig, &right[l.right].sig);
        if x <= y {
            (x, y)
        } else {
            (y, x)
        }
    };
    b.score
        .partial_cmp(&a.score)
        .unwrap_or(Ordering::Equal)
        .then_with(|| key(a).cmp(&key(b)))
}

/// Links the nodes of two sides: one-to-one best matches, then attachments. The returned links
/// are ordered best first (matches before attachments of equal score).
pub fn link(left: &[Node], right: &[Node]) -> Vec<Link> {
    let mut pairs = candidate_pairs(left, right);
    // Stable like `sort_by`, so ties keep the probing order: the same links on both cores.
    pairs.par_sort_by(|a, b| order(left, right, a, b));
    let mut best_left = vec![0.0f32; left.len()];
    let mut best_right = vec![0.0f32; right.len()];
    for p in &pairs {
        best_left[p.left] = best_left[p.left].max(p.score);
        best_right[p.right] = best_right[p.right].max(p.score);
    }
    let mut matched_left = vec![false; left.len()];
    let mut matched_right = vec![false; right.len()];
    let mut links = Vec::new();
    for p in &pairs {
        if !matched_left[p.left] && !matched_right[p.right] {
            matched_left[p.left] = true;
            matched_right[p.right] = true;
            links.push(*p);
        }
    }
    // Attachments depend only on the matching above, never on each other: order-free.
    let mut match_of_left = vec![None; left.len()];
    let mut match_of_right = vec![None; right.len()];
    for l in &links {
        match_of_left[l.left] = Some(*l);
        match_of_right[l.right] = Some(*l);
    }
    let mut attached_left = vec![false; left.len()];
    let mut attached_right = vec![false; right.len()];
    for p in &pairs {
        if !matched_left[p.left]
            && !attached_left[p.left]
            && p.score >= best_left[p.left]
            && match_of_right[p.right]
                .is_some_and(|m| may_attach(p, &m, |l: &Link| (&left[l.left], &right[l.right])))
        {
            attached_left[p.left] = true;
            links.push(*p);
        } else if !matched_right[p.right]
            && !attached_right[p.right]
            && p.score >= best_right[p.right]
            && match_of_left[p.left]
                .is_some_and(|m| may_attach(p, &m, |l: &Link| (&right[l.right], &left[l.left])))
        {
            attached_right[p.right] = true;
            links.push(*p);
        }
    }
    links
}

/// Whether the left-over node of `p` may join the group of `matched`, the link its partner
/// already has; `sides` gives a link's (other node, shared node). A clear best (score ≥
/// [`ATTACH_MIN`]) always may. A weaker one may when it matches a spelling of the shared node
/// that the match did not use: `JE` took the `JE` of `Johnny English | JE`, and జానీ ఇంగ్లీష్
/// is the Telugu for the other spelling, not a rival for the same one.
fn may_attach<'n>(p: &Link, matched: &Link, sides: impl Fn(&Link) -> (&'n Node, &'n Node)) -> bool {
    if p.score >= ATTACH_MIN {
        return true;
    }
    let (new, shared) = sides(p);
    let (old, _) = sides(matched);
    let used_by = |other: &Node, score: f32| -> Vec<bool> {
        shared
            .forms
            .iter()
            .map(|fs| {
                other
                    .forms
                    .iter()
                    .filter_map(|fo| form_score(fo, fs))
                    .any(|s| (s - score).abs() < 1e-6)
            })
            .collect()
    };
    let (mine, theirs) = (used_by(new, p.score), used_by(old, matched.score));
    !mine.iter().zip(&theirs).any(|(a, b)| *a && *b)
}

#[cfg(test)]
mod tests;
