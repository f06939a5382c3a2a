//! Paragraph alignment (issue 5): which paragraphs of the Telugu article tell what which
//! paragraphs of the English article tell, as a monotonic sequence of groups (1-1, 1-2, 2-1,
//! 1-3, 3-1, 1-0, 0-1).
//!
//! The articles are comparable, not translations, so the alignment is a best guess from two weak
//! signals combined in one cost per candidate group (`cost`): how well the lengths fit a
//! Telugu/English length ratio estimated from the pair itself (Gale-Church style, `stats`), and
//! which rare linked entities the two sides share (idf weights, `tables`). Dynamic programming
//! over a band of cells (`band`, `dp`) finds the cheapest alignment in near-linear time; a
//! forward-backward pass over the same costs gives each group a confidence (`confidence`).
//! `group_index` maps each paragraph back to its group; the rows groups take on screen are
//! laid out by `crate::view::aligned`.
//!
//! Nothing here knows about text or the terminal: callers pass lengths and entity ids.

mod band;
mod confidence;
mod cost;
mod dp;
mod group_index;
pub mod manual;
pub mod pinned_sentences;
pub mod sentences;
mod stats;
mod step;
mod tables;

pub use group_index::GroupIndex;

use crate::core::pair::Side;
use serde::{Deserialize, Serialize};

/// What alignment needs to know of one paragraph.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParagraphInfo {
    /// Length in characters (Unicode scalar values) of the paragraph text.
    pub chars: usize,
    /// Ids of the entity groups mentioned in this paragraph that have mentions on both sides
    /// (repeats allowed; one id per mention).
    pub entities: Vec<usize>,
}

/// One group of aligned paragraphs: 1-1, 1-n, n-1, 1-0 or 0-1. Indices are paragraph indices,
/// consecutive and increasing; groups are in document order on both sides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub te: Vec<usize>,
    pub en: Vec<usize>,
    /// Confidence in 0..=1: the model's probability that these paragraphs belong together.
    ///
    /// For a group with paragraphs on both sides it is the mean, over every (Telugu, English)
    /// paragraph pair in the group, of the posterior probability that the two paragraphs share
    /// a group, summed over all alignments weighted by `exp(-cost)`. For a 1-0 or 0-1 group it
    /// is the posterior probability that the paragraph has no counterpart. A clear 1-1 match
    /// scores near 1; a group whose boundaries the model hesitates over (a headline that could
    /// stand alone or join the first paragraph) scores near 0.5 or below.
    pub score: f64,
    /// Made or reshaped by hand (`manual`): a reviewer's edit or pin, not the aligner's guess.
    /// Absent from the JSON report when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub manual: bool,
}

impl Group {
    /// A group the aligner (not a reviewer) made, of these paragraphs, with this confidence.
    pub fn new(te: &[usize], en: &[usize], score: f64) -> Group {
        Group {
            te: te.to_vec(),
            en: en.to_vec(),
            score,
            manual: false,
        }
    }

    /// The paragraph indices of one side.
    pub fn side(&self, side: Side) -> &[usize] {
        match side {
            Side::Te => &self.te,
            Side::En => &self.en,
        }
    }

    /// True when one side has no paragraph: content present in only one article.
    pub fn is_gap(&self) -> bool {
        self.te.is_empty() || self.en.is_empty()
    }
}

/// The tunable constants of the cost model and the search. Costs are in nats (negative natural
/// logarithms of probabilities), so a difference of 1 is a likelihood ratio of e.
#[derive(Debug, Clone, PartialEq)]
pub struct AlignOptions {
    /// Cost of a 1-1 group's shape.
    pub cost_one_one: f64,
    /// Cost of a 1-0 or 0-1 group (a paragraph without counterpart). No length term is added:
    /// the length model says nothing about a paragraph that has no partner.
    pub cost_skip: f64,
    /// Cost of a 2-1 or 1-2 group's shape.
    pub cost_two: f64,
    /// Cost of a 3-1 or 1-3 group's shape; `None` leaves these shapes out.
    pub cost_three: Option<f64>,
    /// Upper bound of the length term, so one wildly different pair of lengths cannot outweigh
    /// strong entity evidence.
    pub length_cost_cap: f64,
    /// Multiplier of the rarity-weighted entities both sides of a group share (subtracted).
    pub shared_weight: f64,
    /// Multiplier of the rarity-weighted entities only one side of a group has (added).
    pub unshared_weight: f64,
    /// Smallest band half-width, in paragraphs, around the length diagonal (first search).
    pub min_band: usize,
    /// Band half-width grows as `band_sqrt_factor * sqrt(max(n, m))` for long articles.
    pub band_sqrt_factor: f64,
    /// Band half-width around the first search's path (final search).
    pub path_band: usize,
    /// A band is doubled while the best path touches its edge, up to this many cells (an
    /// eighth of it in the final search). Bounds time and memory on unrelated articles, whose
    /// best path wanders anywhere.
    pub max_cells: usize,
    /// Temperature of the posterior used for scores: higher makes scores less decided.
    pub temperature: f64,
    /// Cost of a group whose units on one side come from two blocks ([`align_blocks`]: the
    /// sentences of two paragraphs); 0 for paragraphs, which have no blocks.
    pub cross_block_cost: f64,
}

impl Default for AlignOptions {
    /// Shape costs are `-ln p` of rough shape frequencies for comparable news articles: 1-1
    /// about two thirds, each skip about 5%, each 1-2 about 10%, each 1-3 under 3%. The entity
    /// weights make one shared entity named by one paragraph per side (idf about 1.7 in a short
    /// article) worth a skip, so two such entities beat a good length match. Tuned on the
    /// scenario tests and the sample, not on a corpus.
    fn default() -> Self {
        AlignOptions {
            cost_one_one: 0.4,
            cost_skip: 3.0,
            cost_two: 2.3,
            cost_three: Some(3.6),
            length_cost_cap: 8.0,
            shared_weight: 1.5,
            unshared_weight: 0.25,
            min_band: 16,
            band_sqrt_factor: 0.5,
            path_band: 8,
            max_cells: 8_000_000,
            temperature: 1.0,
            cross_block_cost: 0.0,
        }
    }
}

/// Aligns the paragraphs of the two articles with the default options.
pub fn align(te: &[ParagraphInfo], en: &[ParagraphInfo]) -> Vec<Group> {
    align_with(te, en, &AlignOptions::default())
}

/// Aligns the paragraphs of the two articles.
///
/// Every paragraph of both sides is in exactly one group; groups are contiguous and in order.
/// Two empty sides give no groups; one empty side gives one 1-0 or 0-1 group per paragraph.
///
/// Two searches: the first, on a band around the length diagonal, uses the length ratio of
/// the whole pair (total characters) and a loose variance; the ratio and variance are then
/// re-estimated from the groups it found (median ratio and median squared deviation of the
/// matched groups), so an extra long paragraph on one side does not skew them, and the final
/// search runs on a narrow band around the first path, with forward and backward passes for
/// the scores. Each search doubles its band while the path touches the band's edge.
pub fn align_with(te: &[ParagraphInfo], en: &[ParagraphInfo], opts: &AlignOptions) -> Vec<Group> {
    align_blocks(te, en, (&[], &[]), opts)
}

/// [`align_with`] for units that come in blocks (sentences in paragraphs): `blocks` gives each
/// unit's block per side (Telugu, English), and a group over two blocks of one side costs
/// `opts.cross_block_cost` more.
pub fn align_blocks(
    te: &[ParagraphInfo],
    en: &[ParagraphInfo],
    blocks: (&[usize], &[usize]),
    opts: &AlignOptions,
) -> Vec<Group> {
    if te.is_empty() && en.is_empty() {
        return Vec::new();
    }
    let tables = tables::Tables::with_blocks(te, en, blocks);
    let (n, m) = (te.len(), en.len());

    let first_stats = stats::LengthStats::initial(&tables);
    let first_model = cost::Model::new(&tables, first_stats, opts);
    let (_, first) = widening_search(
        initial_half_width(n, m, opts),
        opts.max_cells,
        |half| band::Band::around_diagonal(&tables, half),
        |band| dp::forward(&first_model, band, false),
    );

    let model = cost::Model::new(&tables, first_stats.refine(&tables, &first.path), opts);
    // The soft passes cost about three times as much a cell as a hard one and keep 9 bytes a
    // cell, so this band gets an eighth of the budget: it only has to follow the first path,
    // which it rarely leaves by much unless the articles are unrelated.
    let max_cells = opts.max_cells / 8;
    let around_path = |half: usize| band::Band::around_path(&first.path, n, m, half);
    let start = opts.path_band.max(1);
    // Usually the narrowest band already holds the path: then its soft forward pass (the same
    // costs and tie-breaking as a hard one, so the same path) settles the band too, and no hard
    // pass is needed. Otherwise the band is settled with cheap hard-only passes, as
    // `widening_search` from the narrowest band would, and the soft passes run on the result.
    let narrow = around_path(start);
    let (fwd, bwd) = soft_passes(&model, &narrow);
    let Some((half, _)) = wider_band(&narrow, &fwd.path, start, max_cells, around_path) else {
        return confidence::groups(&model, &narrow, &fwd, &bwd);
    };
    let (band, _) = widening_search(half, max_cells, around_path, |band| {
        dp::forward(&model, band, false)
    });
    let (fwd, bwd) = soft_passes(&model, &band);
    confidence::groups(&model, &band, &fwd, &bwd)
}

/// The soft forward and backward passes. They read the same costs and band and nothing of each
/// other: on two cores they take the time of one (half the search on a long pair).
fn soft_passes(model: &cost::Model, band: &band::Band) -> (dp::Forward, dp::Soft) {
    rayon::join(
        || dp::forward(model, band, true),
        || dp::backward(model, band),
    )
}

/// Runs `search` on `make_band(half)`, doubling `half` while the best path touches the edge of
/// the band, the band is not the whole matrix, and the wider band has at most `max_cells`.
fn widening_search(
    mut half: usize,
    max_cells: usize,
    make_band: impl Fn(usize) -> band::Band,
    search: impl Fn(&band::Band) -> dp::Forward,
) -> (band::Band, dp::Forward) {
    let mut band = make_band(half);
    loop {
        let found = search(&band);
        match wider_band(&band, &found.path, half, max_cells, &make_band) {
            Some((wider_half, wider)) => (half, band) = (wider_half, wider),
            None => return (band, found),
        }
    }
}

/// The band to search next, and its half-width, after `band` (made with `half`) gave `path`:
/// the band of twice `half`, or `None` when the search is settled (the path stays off the
/// band's edge, the band is the whole matrix, or the wider band would have more than
/// `max_cells`). The one stopping rule of every widening search.
fn wider_band(
    band: &band::Band,
    path: &[step::Step],
    half: usize,
    max_cells: usize,
    make_band: impl Fn(usize) -> band::Band,
) -> Option<(usize, band::Band)> {
    if !band.touches_edge(path) || band.is_full() {
        return None;
    }
    let wider_half = half.saturating_mul(2);
    let wider = make_band(wider_half);
    (wider.cells() <= max_cells).then_some((wider_half, wider))
}

/// `max(min_band, factor * sqrt(max(n, m)))`: paths of comparable articles wander from the
/// length diagonal like a random walk of their skips, so the width grows with the square root.
fn initial_half_width(n: usize, m: usize, opts: &AlignOptions) -> usize {
    let longest = n.max(m) as f64;
    let grown = (opts.band_sqrt_factor * longest.sqrt()).ceil();
    // Casting a finite non-negative float saturates, so this cannot wrap.
    opts.min_band.max(grown as usize).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(chars: usize, entities: &[usize]) -> ParagraphInfo {
        ParagraphInfo {
            chars,
            entities: entities.to_vec(),
        }
    }

    #[test]
    fn empty_sides() {
        assert!(align(&[], &[]).is_empty());
        let only_en = align(&[], &[para(10, &[]), para(20, &[])]);
        assert_eq!(only_en.len(), 2);
        assert!(only_en.iter().all(|g| g.te.is_empty() && g.en.len() == 1));
        assert!(only_en.iter().all(|g| (g.score - 1.0).abs() < 1e-6));
        let only_te = align(&[para(10, &[1])], &[]);
        assert_eq!(
            only_te,
            vec![Group {
                te: vec![0],
                en: vec![],
                score: only_te[0].score,
                manual: false
            }]
        );
    }

    #[test]
    fn equal_lengths_align_one_to_one() {
        let te: Vec<_> = [300, 120, 500, 250].iter().map(|&c| para(c, &[])).collect();
        let en: Vec<_> = [280, 110, 470, 240].iter().map(|&c| para(c, &[])).collect();
        let groups = align(&te, &en);
        let shapes: Vec<_> = groups
            .iter()
            .map(|g| (g.te.clone(), g.en.clone()))
            .collect();
        assert_eq!(
            shapes,
            vec![
                (vec![0], vec![0]),
                (vec![1], vec![1]),
                (vec![2], vec![2]),
                (vec![3], vec![3])
            ]
        );
        assert!(groups.iter().all(|g| g.score > 0.5), "{groups:?}");
    }

    #[test]
    fn band_grows_with_the_square_root() {
        let opts = AlignOptions::default();
        assert_eq!(initial_half_width(10, 3, &opts), 16);
        assert_eq!(initial_half_width(40_000, 10, &opts), 100);
    }
}
