//! Dynamic programming over the band.
//!
//! Cell `(i, j)` stands for "the first `i` Telugu and `j` English paragraphs are aligned". The
//! forward pass computes, for every cell, the cheapest way to reach it (with a back-pointer per
//! cell, one byte) and optionally the soft minimum `-T ln sum exp(-cost / T)` over all ways to
//! reach it; the backward pass computes the soft minimum over all ways from the cell to the end.
//! Together the soft values give posterior probabilities of groups ([`super::confidence`]).
//!
//! A row is filled move by move: for each group shape that starts in an earlier row, one
//! tight loop over the row's columns with that shape's Telugu window fixed; then the 0-1 moves,
//! which chain within the row, in one sweep along it. Only the last four rows are kept in full
//! precision (a group spans at most three rows); soft values of every cell are stored as `f32`
//! offsets from a per-row base, exact enough near the best path however long the articles are.

use super::band::Band;
use super::cost::{Model, Step, MAX_SPAN};
use super::tables::Window;

const RING: usize = MAX_SPAN + 1;
const NO_MOVE: u8 = u8::MAX;
/// A candidate this many temperatures above the running minimum adds less than `exp(-37)`
/// (1e-16) to a sum of at least 1: below `f64` precision, so its `exp` is skipped (on a long
/// pair most candidates of the cells away from the best path are that far).
const SOFT_NEGLIGIBLE: f64 = 37.0;

/// Soft-minimum values of every cell of a band.
pub(crate) struct Soft {
    values: Vec<f32>,
    base: Vec<f64>,
}

impl Soft {
    fn new(band: &Band) -> Soft {
        Soft {
            values: vec![f32::INFINITY; band.cells()],
            base: vec![0.0; band.rows()],
        }
    }

    /// The value of cell `(i, j)`; infinity outside the band.
    pub fn get(&self, band: &Band, i: usize, j: usize) -> f64 {
        match band.index(i, j) {
            Some(k) => self.base[i] + f64::from(self.values[k]),
            None => f64::INFINITY,
        }
    }

    /// Stores a finished row's values as offsets from the row's minimum.
    fn store_row(&mut self, band: &Band, i: usize, row: &[f64]) {
        let base = row.iter().copied().fold(f64::INFINITY, f64::min);
        let base = if base.is_finite() { base } else { 0.0 };
        self.base[i] = base;
        let start = band.row_offset(i);
        for (slot, &v) in self.values[start..start + row.len()].iter_mut().zip(row) {
            *slot = (v - base) as f32;
        }
    }
}

pub(crate) struct Forward {
    /// The cheapest alignment, in document order.
    pub path: Vec<Step>,
    /// Soft minima from the start, when asked for.
    pub soft: Option<Soft>,
}

/// One row being filled or kept in the ring: its first column, best costs, and the soft
/// minimum accumulated as `min - T ln sum` with `sum = sum exp(-(x - min) / T)`, so adding a
/// candidate costs one `exp` and nothing overflows.
#[derive(Default)]
struct Row {
    lo: usize,
    hard: Vec<f64>,
    soft_min: Vec<f64>,
    soft_sum: Vec<f64>,
}

impl Row {
    fn reset(&mut self, lo: usize, width: usize) {
        self.lo = lo;
        for v in [&mut self.hard, &mut self.soft_min] {
            v.clear();
            v.resize(width, f64::INFINITY);
        }
        self.soft_sum.clear();
        self.soft_sum.resize(width, 0.0);
    }

    /// One past the last column.
    fn end(&self) -> usize {
        self.lo + self.hard.len()
    }

    fn add_soft(&mut self, k: usize, x: f64, temperature: f64) {
        let min = self.soft_min[k];
        if x < min {
            self.soft_sum[k] = self.soft_sum[k] * ((x - min) / temperature).exp() + 1.0;
            self.soft_min[k] = x;
        } else if x - min < SOFT_NEGLIGIBLE * temperature {
            self.soft_sum[k] += (-(x - min) / temperature).exp();
        }
    }

    /// Turns column `k`'s accumulator into its soft minimum (kept in `soft_min`).
    fn finish_soft(&mut self, k: usize, temperature: f64) {
        if self.soft_min[k] < f64::INFINITY {
            self.soft_min[k] -= temperature * self.soft_sum[k].ln();
        }
    }
}

/// The forward pass: best path, and soft minima from the start when `with_soft`.
pub(crate) fn forward(model: &Model, band: &Band, with_soft: bool) -> Forward {
    let (te, en) = (&model.tables.te, &model.tables.en);
    let t = model.opts.temperature;
    let mut back = vec![NO_MOVE; band.cells()];
    let mut soft = with_soft.then(|| Soft::new(band));
    let mut ring: [Row; RING] = Default::default();
    for i in 0..band.rows() {
        let (lo, hi) = band.range(i);
        let mut cur = std::mem::take(&mut ring[i % RING]);
        cur.reset(lo, hi - lo + 1);
        let cell = band.row_offset(i);
        let back_row = &mut back[cell..cell + hi - lo + 1];
        if i == 0 && lo == 0 {
            cur.hard[0] = 0.0;
            cur.add_soft(0, 0.0, t);
        }
        for (mi, &(a, b)) in model.moves.iter().enumerate() {
            if a == 0 || a > i {
                continue;
            }
            let prev = &ring[(i - a) % RING];
            let window = te.window(i - a, a);
            // Columns whose predecessor (i - a, j - b) lies in the previous row's range.
            for j in lo.max(prev.lo + b)..=hi.min(prev.end() - 1 + b) {
                let (k, pk) = (j - lo, j - b - prev.lo);
                let c = model.cost_of(a, b, &window, &en.window(j - b, b));
                let hard = prev.hard[pk] + c;
                if hard < cur.hard[k] {
                    cur.hard[k] = hard;
                    back_row[k] = mi as u8;
                }
                if with_soft {
                    cur.add_soft(k, prev.soft_min[pk] + c, t);
                }
            }
        }
        // 0-1 moves come from the same row, so sweep left to right.
        let skip_move = model.moves.iter().position(|&m| m == (0, 1));
        for j in lo..=hi {
            let k = j - lo;
            if let (Some(mi), true) = (skip_move, k > 0) {
                let c = model.cost_of(0, 1, &Window::EMPTY, &en.window(j - 1, 1));
                let hard = cur.hard[k - 1] + c;
                if hard < cur.hard[k] {
                    cur.hard[k] = hard;
                    back_row[k] = mi as u8;
                }
                if with_soft {
                    let x = cur.soft_min[k - 1] + c;
                    cur.add_soft(k, x, t);
                }
            }
            if with_soft {
                cur.finish_soft(k, t);
            }
        }
        if let Some(s) = soft.as_mut() {
            s.store_row(band, i, &cur.soft_min);
        }
        ring[i % RING] = cur;
    }
    Forward {
        path: backtrack(model, band, &back),
        soft,
    }
}

/// Follows the back-pointers from `(n, m)` to `(0, 0)`.
fn backtrack(model: &Model, band: &Band, back: &[u8]) -> Vec<Step> {
    let (mut i, mut j) = (band.rows() - 1, band.range(band.rows() - 1).1);
    let mut path = Vec::new();
    while i > 0 || j > 0 {
        let mv = band
            .index(i, j)
            .and_then(|k| back.get(k))
            .and_then(|&mi| model.moves.get(usize::from(mi)));
        let Some(&(a, b)) = mv else {
            // Unreachable: every band cell is reachable from the origin (see `band`).
            debug_assert!(false, "no back-pointer at ({i}, {j})");
            break;
        };
        path.push(Step {
            te: i - a,
            te_len: a,
            en: j - b,
            en_len: b,
        });
        i -= a;
        j -= b;
    }
    path.reverse();
    path
}

/// The backward pass: soft minima of the cost from each cell to `(n, m)`.
pub(crate) fn backward(model: &Model, band: &Band) -> Soft {
    let (te, en) = (&model.tables.te, &model.tables.en);
    let t = model.opts.temperature;
    let rows = band.rows();
    let (n, m) = (rows - 1, band.range(rows - 1).1);
    let mut ring: [Row; RING] = Default::default();
    let mut soft = Soft::new(band);
    for i in (0..rows).rev() {
        let (lo, hi) = band.range(i);
        let mut cur = std::mem::take(&mut ring[i % RING]);
        cur.reset(lo, hi - lo + 1);
        if i == n && hi == m {
            cur.add_soft(hi - lo, 0.0, t);
        }
        for &(a, b) in &model.moves {
            if a == 0 || i + a > n {
                continue;
            }
            let next = &ring[(i + a) % RING];
            let window = te.window(i, a);
            // Columns whose successor (i + a, j + b) lies in the next row's range.
            let Some(last_next) = (next.end() - 1).checked_sub(b) else {
                continue;
            };
            for j in lo.max(next.lo.saturating_sub(b))..=hi.min(last_next) {
                let nk = j + b - next.lo;
                let c = model.cost_of(a, b, &window, &en.window(j, b));
                cur.add_soft(j - lo, next.soft_min[nk] + c, t);
            }
        }
        // 0-1 moves lead to the same row, so sweep right to left.
        let skips = model.moves.contains(&(0, 1));
        for j in (lo..=hi).rev() {
            let k = j - lo;
            if skips && j < hi {
                let c = model.cost_of(0, 1, &Window::EMPTY, &en.window(j, 1));
                let x = cur.soft_min[k + 1] + c;
                cur.add_soft(k, x, t);
            }
            cur.finish_soft(k, t);
        }
        soft.store_row(band, i, &cur.soft_min);
        ring[i % RING] = cur;
    }
    soft
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_accumulator_is_the_log_sum_exp() {
        let mut row = Row::default();
        row.reset(0, 1);
        for x in [3.0, 5.0, 3.0, f64::INFINITY] {
            row.add_soft(0, x, 1.0);
        }
        row.finish_soft(0, 1.0);
        let expected = -((-3f64).exp() * 2.0 + (-5f64).exp()).ln();
        assert!(
            (row.soft_min[0] - expected).abs() < 1e-12,
            "{}",
            row.soft_min[0]
        );
        // Nothing added: stays infinite. A huge gap does not overflow.
        row.reset(0, 2);
        row.finish_soft(0, 1.0);
        assert_eq!(row.soft_min[0], f64::INFINITY);
        row.add_soft(1, 1e308, 1.0);
        row.add_soft(1, 1.0, 1.0);
        row.finish_soft(1, 1.0);
        assert_eq!(row.soft_min[1], 1.0);
        // Temperature scales the bonus of ties: two equal candidates give x - T ln 2.
        row.reset(0, 1);
        row.add_soft(0, 2.0, 0.5);
        row.add_soft(0, 2.0, 0.5);
        row.finish_soft(0, 0.5);
        assert!((row.soft_min[0] - (2.0 - 0.5 * 2f64.ln())).abs() < 1e-12);
    }
}
