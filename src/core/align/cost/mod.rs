//! The cost of one candidate group, in nats: shape + length + entities.
//!
//! - Shape: a fixed cost per group shape (1-1 cheap, merges and skips dearer), see
//!   [`AlignOptions`].
//! - Length (groups with both sides only), Gale-Church style: with `c` the English/Telugu
//!   character ratio and `s2` its variance per character, both estimated from the pair,
//!   `delta = (l_en - c * l_te) / sqrt(s2 * mean)` where `mean = (c * l_te + l_en) / 2`, and the
//!   cost is `delta^2 / 2` (the negative log density of a standard normal, up to a constant),
//!   capped. The symmetric mean keeps a short side from blowing the term up on its own.
//! - Entities: each entity gets an idf weight `ln(N / df)` over all `N` paragraphs of both
//!   sides (`df` = paragraphs that mention it), so one that every paragraph names weighs 0 and
//!   one named by a single paragraph per side weighs a lot. With `S` the weight of the distinct
//!   entities both sides of the group share and `U` the weight of each side's distinct
//!   entities, the term is `-shared_weight * S + unshared_weight * (U_te + U_en - 2 S)`: shared
//!   rare entities pull paragraphs together, entities left without partner push mildly apart
//!   (also for a skipped paragraph, which forfeits its entities).

use super::stats::LengthStats;
use super::tables::{Tables, Window};
use super::AlignOptions;

pub(crate) use super::step::{Step, MAX_SPAN};

/// The cost function for one set of statistics and options.
pub(crate) struct Model<'a> {
    pub tables: &'a Tables,
    pub stats: LengthStats,
    /// Group shapes `(te_len, en_len)` the search may use.
    pub moves: Vec<(usize, usize)>,
    /// Shape cost by `[te_len][en_len]`.
    shape: [[f64; MAX_SPAN + 1]; MAX_SPAN + 1],
    pub opts: &'a AlignOptions,
}

impl<'a> Model<'a> {
    pub fn new(tables: &'a Tables, stats: LengthStats, opts: &'a AlignOptions) -> Model<'a> {
        let mut moves = vec![(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)];
        let mut shape = [[f64::INFINITY; MAX_SPAN + 1]; MAX_SPAN + 1];
        shape[1][1] = opts.cost_one_one;
        shape[1][0] = opts.cost_skip;
        shape[0][1] = opts.cost_skip;
        shape[2][1] = opts.cost_two;
        shape[1][2] = opts.cost_two;
        if let Some(three) = opts.cost_three {
            moves.extend([(3, 1), (1, 3)]);
            shape[3][1] = three;
            shape[1][3] = three;
        }
        Model {
            tables,
            stats,
            moves,
            shape,
            opts,
        }
    }

    /// The cost of grouping Telugu paragraphs `te..te + a` with English `en..en + b`. The
    /// caller keeps the ranges inside the articles and `(a, b)` one of `self.moves`.
    pub fn cost(&self, te: usize, a: usize, en: usize, b: usize) -> f64 {
        self.cost_of(
            a,
            b,
            &self.tables.te.window(te, a),
            &self.tables.en.window(en, b),
        )
    }

    /// The same from the two windows, so the DP can fetch a row's Telugu window once.
    #[inline]
    pub fn cost_of(&self, a: usize, b: usize, te: &Window, en: &Window) -> f64 {
        let mut cost = self.shape[a][b];
        if a > 0 && b > 0 {
            cost += self.length_cost(te.chars, en.chars);
        }
        if te.crosses || en.crosses {
            cost += self.opts.cross_block_cost;
        }
        cost + self.entity_cost(te, en)
    }

    /// `min(delta^2 / 2, cap)` for a group with `lt` Telugu and `le` English characters.
    #[inline]
    pub fn length_cost(&self, lt: f64, le: f64) -> f64 {
        let expected = self.stats.ratio * lt;
        let mean = ((expected + le) / 2.0).max(1.0);
        let delta2 = (le - expected) * (le - expected) / (self.stats.s2 * mean);
        (delta2 / 2.0).min(self.opts.length_cost_cap)
    }

    /// The entity term (see the module documentation).
    #[inline]
    pub fn entity_cost(&self, te: &Window, en: &Window) -> f64 {
        let shared = if te.sig & en.sig != 0 {
            shared_weight(te.ids, en.ids, &self.tables.idf)
        } else {
            0.0
        };
        -self.opts.shared_weight * shared
            + self.opts.unshared_weight * (te.weight + en.weight - 2.0 * shared)
    }
}

/// Total weight of the ids in both sorted lists.
fn shared_weight(a: &[usize], b: &[usize], idf: &[f64]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += idf[a[i]];
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

#[cfg(test)]
mod tests;
