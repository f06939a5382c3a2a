//! The band of DP cells searched: for each count `i` of Telugu paragraphs consumed, a range of
//! counts `j` of English paragraphs around a centre line.
//!
//! The first search centres on the length diagonal, which maps a position `i` to the English
//! position at the same fraction of the text (by characters): it follows the story better than
//! `i * m / n` when one side splits its paragraphs more finely. The final search centres on the
//! path the first one found, with a narrow margin, since re-estimating the length ratio moves
//! the path only a little. Either band is widened so that `lo` and `hi` never decrease and each
//! row overlaps the previous one; then every cell is reachable from `(0, 0)` and `(n, m)` is
//! reachable from every cell, so a path always exists, however narrow the band.

use super::step::Step;
use super::tables::Tables;

pub(crate) struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
    /// `offset[i]`: index of cell `(i, lo[i])` in row-major storage; one extra entry at the end.
    offset: Vec<usize>,
    /// Number of English paragraphs.
    m: usize,
}

impl Band {
    /// The band of half-width `half` around the length diagonal of the pair.
    pub fn around_diagonal(t: &Tables, half: usize) -> Band {
        let centre = (0..=t.te.len()).map(|i| diagonal(t, i)).collect();
        Band::around(centre, t.en.len(), half)
    }

    /// The band of half-width `half` around a path through the `n` by `m` matrix (rows inside
    /// a group spanning several Telugu paragraphs take the group's English range).
    pub fn around_path(path: &[Step], n: usize, m: usize, half: usize) -> Band {
        let mut centre = vec![(usize::MAX, 0); n + 1];
        centre[0] = (0, 0);
        for s in path {
            for c in centre.iter_mut().skip(s.te).take(s.te_len + 1) {
                *c = (c.0.min(s.en), c.1.max(s.en + s.en_len));
            }
        }
        for c in &mut centre {
            // Only a path that misses rows leaves one untouched; fall back to all columns.
            if c.0 > c.1 {
                *c = (0, m);
            }
        }
        Band::around(centre, m, half)
    }

    /// The band `centre[i].0 - half ..= centre[i].1 + half`, made monotonic and connected.
    fn around(centre: Vec<(usize, usize)>, m: usize, half: usize) -> Band {
        let n = centre.len() - 1;
        let mut lo: Vec<usize> = centre.iter().map(|c| c.0.saturating_sub(half)).collect();
        let mut hi: Vec<usize> = centre
            .iter()
            .map(|c| c.1.saturating_add(half).min(m))
            .collect();
        lo[0] = 0;
        hi[n] = m;
        // Widen only: hi non-decreasing going down, lo non-decreasing going up.
        for i in 1..=n {
            hi[i] = hi[i].max(hi[i - 1]);
        }
        for i in (0..n).rev() {
            lo[i] = lo[i].min(lo[i + 1]);
        }
        // Each row must start no later than the previous row ends.
        for i in 1..=n {
            lo[i] = lo[i].min(hi[i - 1]);
        }
        let mut offset = Vec::with_capacity(n + 2);
        let mut total = 0usize;
        for i in 0..=n {
            offset.push(total);
            total += hi[i] - lo[i] + 1;
        }
        offset.push(total);
        Band { lo, hi, offset, m }
    }

    /// Number of rows: Telugu paragraphs + 1.
    pub fn rows(&self) -> usize {
        self.lo.len()
    }

    /// The inclusive range of `j` in row `i`.
    pub fn range(&self, i: usize) -> (usize, usize) {
        (self.lo[i], self.hi[i])
    }

    /// Storage index of cell `(i, j)`, or `None` outside the band.
    pub fn index(&self, i: usize, j: usize) -> Option<usize> {
        let (lo, hi) = (*self.lo.get(i)?, self.hi[i]);
        (lo..=hi).contains(&j).then(|| self.offset[i] + j - lo)
    }

    /// Storage index of the first cell of row `i`.
    pub fn row_offset(&self, i: usize) -> usize {
        self.offset[i]
    }

    pub fn cells(&self) -> usize {
        self.offset[self.rows()]
    }

    /// True when every cell of the matrix is in the band.
    pub fn is_full(&self) -> bool {
        self.lo.iter().all(|&l| l == 0) && self.hi.iter().all(|&h| h == self.m)
    }

    /// The rows whose range contains column `j` (both bounds are monotonic, so they are
    /// consecutive).
    pub fn rows_holding(&self, j: usize) -> std::ops::Range<usize> {
        let first = self.hi.partition_point(|&h| h < j);
        let end = self.lo.partition_point(|&l| l <= j);
        first..end.max(first)
    }

    /// True when a group boundary of the path lies on an edge of the band that is not an edge
    /// of the matrix: a better path might run outside, so the caller widens and searches again.
    pub fn touches_edge(&self, path: &[Step]) -> bool {
        path.iter().any(|s| {
            let (i, j) = (s.te + s.te_len, s.en + s.en_len);
            let (lo, hi) = self.range(i);
            (j == lo && lo > 0) || (j == hi && hi < self.m)
        })
    }
}

/// The English positions just below and above the point at the same character fraction as
/// Telugu position `i` (by index when a side has no characters).
fn diagonal(t: &Tables, i: usize) -> (usize, usize) {
    let (n, m) = (t.te.len(), t.en.len());
    let fraction = if t.te.total() > 0.0 {
        t.te.prefix[i] / t.te.total()
    } else if n > 0 {
        i as f64 / n as f64
    } else {
        0.0
    };
    if t.en.total() <= 0.0 {
        let j = (fraction * m as f64).round() as usize;
        return (j.min(m), j.min(m));
    }
    let target = fraction * t.en.total();
    let above = t.en.prefix.partition_point(|&e| e < target).min(m);
    (above.saturating_sub(1), above)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::align::ParagraphInfo;

    fn tables(te: &[usize], en: &[usize]) -> Tables {
        let p = |c: &usize| ParagraphInfo {
            chars: *c,
            entities: vec![],
        };
        Tables::new(
            &te.iter().map(p).collect::<Vec<_>>(),
            &en.iter().map(p).collect::<Vec<_>>(),
        )
    }

    fn check_invariants(b: &Band, n: usize, m: usize) {
        assert_eq!(b.rows(), n + 1);
        assert_eq!(b.range(0).0, 0);
        assert_eq!(b.range(n).1, m);
        for i in 1..=n {
            let (lo0, hi0) = b.range(i - 1);
            let (lo1, hi1) = b.range(i);
            assert!(lo0 <= lo1 && hi0 <= hi1 && lo1 <= hi0, "row {i}");
        }
    }

    #[test]
    fn band_follows_the_length_diagonal() {
        // One long Telugu paragraph worth ten English ones, then ten short ones.
        let te: Vec<usize> = std::iter::once(1000).chain([100; 10]).collect();
        let en = vec![100; 20];
        let b = Band::around_diagonal(&tables(&te, &en), 1);
        check_invariants(&b, te.len(), en.len());
        // After the long paragraph the diagonal is at English 10, not 20/11.
        let (lo, hi) = b.range(1);
        assert!(lo <= 10 && 10 <= hi, "{lo}..{hi}");
        assert!(b.cells() < 11 * 21);
        assert!(!b.is_full());
    }

    #[test]
    fn degenerate_sides_keep_the_invariants() {
        for (te, en) in [
            (vec![], vec![5, 5]),
            (vec![5, 5], vec![]),
            (vec![0, 0, 0], vec![0]),
            (vec![1], vec![0, 0, 0, 0, 0, 0]),
        ] {
            let b = Band::around_diagonal(&tables(&te, &en), 0);
            check_invariants(&b, te.len(), en.len());
            assert_eq!(b.index(te.len(), en.len()).map(|k| k + 1), Some(b.cells()));
        }
    }

    #[test]
    fn rows_holding_a_column() {
        let b = Band::around_diagonal(&tables(&[10; 6], &[10; 6]), 1);
        for j in 0..=6 {
            let rows = b.rows_holding(j);
            for i in 0..b.rows() {
                let (lo, hi) = b.range(i);
                assert_eq!(rows.contains(&i), lo <= j && j <= hi, "row {i} column {j}");
            }
        }
    }

    #[test]
    fn band_around_a_path_holds_the_path() {
        let path = [
            Step {
                te: 0,
                te_len: 0,
                en: 0,
                en_len: 1,
            },
            Step {
                te: 0,
                te_len: 3,
                en: 1,
                en_len: 1,
            },
            Step {
                te: 3,
                te_len: 1,
                en: 2,
                en_len: 3,
            },
        ];
        let b = Band::around_path(&path, 4, 5, 0);
        check_invariants(&b, 4, 5);
        for s in &path {
            assert!(b.index(s.te + s.te_len, s.en + s.en_len).is_some(), "{s:?}");
        }
        // Rows inside the 3-1 group keep its English range.
        assert_eq!(b.range(2), (1, 2));
        assert!(!b.touches_edge(&path));
        assert!(Band::around_path(&path, 4, 5, 10).is_full());
    }

    #[test]
    fn a_path_leaving_the_diagonal_touches_the_edge() {
        let step = |te, te_len, en, en_len| Step {
            te,
            te_len,
            en,
            en_len,
        };
        let diagonal: Vec<Step> = (0..4).map(|k| step(k, 1, k, 1)).collect();
        let b = Band::around_path(&diagonal, 4, 4, 0);
        assert!(!b.touches_edge(&diagonal));
        let above = [
            step(0, 0, 0, 1),
            step(0, 1, 1, 1),
            step(1, 1, 2, 1),
            step(2, 1, 3, 1),
            step(3, 1, 4, 0),
        ];
        assert!(b.touches_edge(&above));
        assert!(!Band::around_path(&diagonal, 4, 4, 1).touches_edge(&above));
    }
}
