//! Whether a cell lies in one of a row's flagged spans (figures that differ or one article
//! lacks, quotes only one article carries). Walked alongside the cells of
//! [`super::for_each_marked_cell`] in text order, so a row costs O(cells + spans).

use std::ops::Range;

/// A cursor over spans sorted by start and not overlapping.
#[derive(Debug, Clone)]
pub struct Cover<'a> {
    spans: &'a [Range<usize>],
    next: usize,
}

impl<'a> Cover<'a> {
    pub fn new(spans: &'a [Range<usize>]) -> Cover<'a> {
        Cover { spans, next: 0 }
    }

    /// True when the cell with source bytes `cell` overlaps a span. Cells must come in text
    /// order. As for entity marks, a cluster any byte of which is in a span is covered whole.
    ///
    /// ```
    /// use tandem::view::highlight::Cover;
    /// let spans = [4..6, 9..10];
    /// let mut cover = Cover::new(&spans);
    /// let covered: Vec<usize> = (0..12).filter(|&i| cover.covers(i..i + 1)).collect();
    /// assert_eq!(covered, [4, 5, 9]);
    /// ```
    pub fn covers(&mut self, cell: Range<usize>) -> bool {
        while self
            .spans
            .get(self.next)
            .is_some_and(|s| s.end <= cell.start)
        {
            self.next += 1;
        }
        self.spans
            .get(self.next)
            .is_some_and(|s| s.start < cell.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_ending_inside_a_cluster_covers_the_cluster() {
        let spans = vec![2..5, 20..30];
        let mut cover = Cover::new(&spans);
        // Clusters 0..3 and 3..7 both touch the span; 7..9 does not.
        assert!(cover.covers(0..3));
        assert!(cover.covers(3..7));
        assert!(!cover.covers(7..9));
    }

    #[test]
    fn no_spans_cover_nothing() {
        let mut cover = Cover::new(&[]);
        assert!(!cover.covers(0..10));
    }
}
