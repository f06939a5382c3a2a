//! Confidence of each group of the best path, from posterior probabilities.
//!
//! Read the costs as an energy: every alignment in the band has probability proportional to
//! `exp(-cost / T)`. With `F` the forward and `B` the backward soft minima and `Z = F(n, m)`,
//! the probability that an alignment contains the group from cell `(i, j)` to `(i + a, j + b)`
//! is `exp((Z - F(i, j) - cost - B(i + a, j + b)) / T)`. A group's score sums these over every
//! candidate group that puts its paragraphs together (see [`crate::core::align::Group::score`]), so
//! it asks "do these paragraphs belong together?" rather than "are the group boundaries exactly
//! these?": a paragraph that surely matches another keeps a high score even when the model
//! hesitates whether a neighbouring headline joins it.

use super::band::Band;
use super::cost::{Model, Step};
use super::dp::{Forward, Soft};
use super::Group;

/// The groups of the best path with their scores.
pub(crate) fn groups(model: &Model, band: &Band, fwd: &Forward, bwd: &Soft) -> Vec<Group> {
    let posterior = fwd
        .soft
        .as_ref()
        .map(|f| Posterior::new(model, band, f, bwd));
    fwd.path
        .iter()
        .map(|s| Group {
            te: (s.te..s.te + s.te_len).collect(),
            en: (s.en..s.en + s.en_len).collect(),
            score: posterior.as_ref().map_or(0.0, |p| p.score(s)),
            manual: false,
        })
        .collect()
}

struct Posterior<'a> {
    model: &'a Model<'a>,
    band: &'a Band,
    forward: &'a Soft,
    backward: &'a Soft,
    total: f64,
    n: usize,
    m: usize,
}

impl<'a> Posterior<'a> {
    fn new(model: &'a Model, band: &'a Band, forward: &'a Soft, backward: &'a Soft) -> Self {
        let n = band.rows() - 1;
        let m = band.range(n).1;
        Posterior {
            model,
            band,
            forward,
            backward,
            total: forward.get(band, n, m),
            n,
            m,
        }
    }

    /// Score of one group of the path, clamped to 0..=1 against rounding.
    fn score(&self, s: &Step) -> f64 {
        let p = match (s.te_len, s.en_len) {
            (0, _) => self.en_alone(s.en),
            (_, 0) => self.te_alone(s.te),
            (a, b) => {
                let mut sum = 0.0;
                for p in s.te..s.te + a {
                    for q in s.en..s.en + b {
                        sum += self.link(p, q);
                    }
                }
                sum / (a * b) as f64
            }
        };
        if p.is_finite() {
            p.clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// Probability of the exact group `te..te + a` with `en..en + b`.
    fn group(&self, te: usize, a: usize, en: usize, b: usize) -> f64 {
        let before = self.forward.get(self.band, te, en);
        let after = self.backward.get(self.band, te + a, en + b);
        if !before.is_finite() || !after.is_finite() || !self.total.is_finite() {
            return 0.0;
        }
        let cost = self.model.cost(te, a, en, b);
        ((self.total - before - cost - after) / self.model.opts.temperature).exp()
    }

    /// Probability that Telugu paragraph `p` and English paragraph `q` share a group.
    fn link(&self, p: usize, q: usize) -> f64 {
        let mut sum = 0.0;
        for &(a, b) in &self.model.moves {
            if a == 0 || b == 0 {
                continue;
            }
            for te in p.saturating_sub(a - 1)..=p {
                for en in q.saturating_sub(b - 1)..=q {
                    if te + a <= self.n && en + b <= self.m {
                        sum += self.group(te, a, en, b);
                    }
                }
            }
        }
        sum
    }

    /// Probability that Telugu paragraph `p` has no counterpart.
    fn te_alone(&self, p: usize) -> f64 {
        let (lo0, hi0) = self.band.range(p);
        let (lo1, hi1) = self.band.range(p + 1);
        (lo0.max(lo1)..=hi0.min(hi1))
            .map(|j| self.group(p, 1, j, 0))
            .sum()
    }

    /// Probability that English paragraph `q` has no counterpart.
    fn en_alone(&self, q: usize) -> f64 {
        let here = self.band.rows_holding(q);
        let next = self.band.rows_holding(q + 1);
        (here.start.max(next.start)..here.end.min(next.end))
            .map(|i| self.group(i, 0, q, 1))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::align::stats::LengthStats;
    use crate::core::align::tables::Tables;
    use crate::core::align::{dp, AlignOptions, ParagraphInfo};

    fn paras(spec: &[(usize, &[usize])]) -> Vec<ParagraphInfo> {
        spec.iter()
            .map(|&(chars, e)| ParagraphInfo {
                chars,
                entities: e.to_vec(),
            })
            .collect()
    }

    /// Every Telugu paragraph is, in every alignment, in exactly one group: the probabilities
    /// of all candidate groups holding it must add up to 1. This checks the forward and
    /// backward passes against each other.
    #[test]
    fn probabilities_of_the_groups_holding_a_paragraph_sum_to_one() {
        let te = paras(&[
            (300, &[1]),
            (120, &[]),
            (500, &[2, 3]),
            (90, &[4]),
            (400, &[]),
        ]);
        let en = paras(&[
            (40, &[]),
            (280, &[1]),
            (200, &[]),
            (250, &[2]),
            (100, &[3, 4]),
            (380, &[]),
        ]);
        let tables = Tables::new(&te, &en);
        let opts = AlignOptions::default();
        let stats = LengthStats::initial(&tables);
        let model = Model::new(&tables, stats, &opts);
        for half in [1, 2, 10] {
            let band = Band::around_diagonal(&tables, half);
            let fwd = dp::forward(&model, &band, true);
            let bwd = dp::backward(&model, &band);
            let post = fwd
                .soft
                .as_ref()
                .map(|f| Posterior::new(&model, &band, f, &bwd));
            let Some(post) = post else {
                panic!("forward pass without soft values");
            };
            let z_back = bwd.get(&band, 0, 0);
            assert!(
                (post.total - z_back).abs() < 1e-3,
                "{} {z_back}",
                post.total
            );
            for p in 0..te.len() {
                let mut sum = post.te_alone(p);
                for &(a, b) in model.moves.iter().filter(|&&(a, b)| a > 0 && b > 0) {
                    for start in p.saturating_sub(a - 1)..=p {
                        for en_start in 0..=en.len().saturating_sub(b) {
                            if start + a <= te.len() {
                                sum += post.group(start, a, en_start, b);
                            }
                        }
                    }
                }
                assert!((sum - 1.0).abs() < 1e-3, "half {half} paragraph {p}: {sum}");
            }
        }
    }

    #[test]
    fn scores_are_probabilities() {
        let te = paras(&[(300, &[1]), (500, &[2])]);
        let en = paras(&[(30, &[]), (290, &[1]), (480, &[2])]);
        let tables = Tables::new(&te, &en);
        let opts = AlignOptions::default();
        let model = Model::new(&tables, LengthStats::initial(&tables), &opts);
        let band = Band::around_diagonal(&tables, 4);
        let fwd = dp::forward(&model, &band, true);
        let bwd = dp::backward(&model, &band);
        let found = groups(&model, &band, &fwd, &bwd);
        assert!(found.iter().all(|g| (0.0..=1.0).contains(&g.score)));
        // Without soft values there is no posterior: scores say "unknown" (0), not "sure".
        let hard = dp::forward(&model, &band, false);
        assert!(groups(&model, &band, &hard, &bwd)
            .iter()
            .all(|g| g.score == 0.0));
    }
}
