//! A small union-find (disjoint sets) with path halving, for merging names into entities.

#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    pub fn new(n: usize) -> UnionFind {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    /// The representative of `x`'s set.
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Merges the sets of `a` and `b`; the smaller index becomes the representative so that the
    /// result does not depend on the order of calls. Returns the new representative.
    pub fn union(&mut self, a: usize, b: usize) -> usize {
        let (ra, rb) = (self.find(a), self.find(b));
        let (keep, gone) = if ra <= rb { (ra, rb) } else { (rb, ra) };
        self.parent[gone] = keep;
        keep
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unions_and_finds() {
        let mut uf = UnionFind::new(5);
        uf.union(3, 4);
        uf.union(1, 4);
        assert_eq!(uf.find(3), 1);
        assert_ne!(uf.find(0), uf.find(1));
        assert_eq!(uf.find(2), 2);
    }
}
