//! Which group a group decision means when its paragraphs' texts stand in several places.
//!
//! A decision names its paragraphs by their hashes. Texts repeat (`***` between stories, a
//! recurring byline), so the hashes alone can fit many groups; a decision therefore also keeps
//! its *occurrence*: per side, how many times the same run of paragraph texts stands earlier in
//! the article. The place of a decision is the occurrence-th place where its run stands, so one
//! decision means one group, and the viewer (marks, progress, coverage), the review file and
//! `tandem report` all agree because all of them ask [`RunIndex::locate`]. Files written before
//! occurrences were kept have only the `hint` (the run's first paragraph when decided): the
//! place nearest it is taken, as before. When the occurrence-th place is gone (repeats removed
//! since), the nearest to the hint is taken too.

use super::hash::ContentHash;
use super::model::{GroupDecision, Review};
use super::print::ArticlePrint;
use crate::core::align::Group;
use crate::core::pair::{Pair, Side};

/// Where each paragraph text stands, per side, to find runs of texts in time independent of
/// how often they repeat (a 1M-line article with 100000 `***` paragraphs).
#[derive(Debug, Clone, Default)]
pub struct RunIndex {
    by_hash: Pair<Positions>,
}

/// The paragraph indices of one article sorted by (hash, index): the places of one text are a
/// slice, in article order. Two flat vectors, built with one sort: a map of a million texts
/// to a million small vectors took seconds.
#[derive(Debug, Clone, Default)]
struct Positions {
    hashes: Vec<ContentHash>,
    at: Vec<usize>,
}

impl Positions {
    fn new(paragraphs: &[ContentHash]) -> Positions {
        let mut at: Vec<usize> = (0..paragraphs.len()).collect();
        at.sort_unstable_by_key(|&k| (paragraphs[k], k));
        let hashes = at.iter().map(|&k| paragraphs[k]).collect();
        Positions { hashes, at }
    }

    /// Where text `h` stands, ascending; `None` when nowhere.
    fn get(&self, h: &ContentHash) -> Option<&[usize]> {
        let lo = self.hashes.partition_point(|x| x < h);
        let hi = lo + self.hashes[lo..].partition_point(|x| x == h);
        (lo < hi).then(|| &self.at[lo..hi])
    }
}

/// How a group is named in the review file: its texts, their occurrence and the hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupPlace {
    pub paragraphs: Pair<Vec<ContentHash>>,
    pub occurrence: Pair<usize>,
    pub hint: Pair<usize>,
}

impl RunIndex {
    pub fn new(prints: &Pair<ArticlePrint>) -> RunIndex {
        RunIndex {
            by_hash: Pair::from_fn(|side| Positions::new(&prints[side].paragraphs)),
        }
    }

    /// The places (first paragraphs) where `run` stands on `side`, in article order. Walks the
    /// positions of the run's rarest text, so a run with one unique text is found at once.
    fn starts<'a>(
        &'a self,
        prints: &'a Pair<ArticlePrint>,
        side: Side,
        run: &'a [ContentHash],
    ) -> Vec<usize> {
        let paragraphs = &prints[side].paragraphs;
        let map = &self.by_hash[side];
        let rarest = run
            .iter()
            .enumerate()
            .map(|(j, h)| (j, map.get(h).unwrap_or(&[])))
            .min_by_key(|(_, at)| at.len());
        let Some((j, at)) = rarest else {
            return Vec::new();
        };
        if run.len() == 1 {
            return at.to_vec();
        }
        at.iter()
            .filter_map(|&q| q.checked_sub(j))
            .filter(|&p| paragraphs.get(p..p + run.len()) == Some(run))
            .collect()
    }

    /// How many times `run` stands on `side` before paragraph `start`.
    fn occurrence(
        &self,
        prints: &Pair<ArticlePrint>,
        side: Side,
        run: &[ContentHash],
        start: usize,
    ) -> usize {
        if run.len() == 1 {
            // The common case (one paragraph a side) by binary search: no walk over repeats.
            return self.by_hash[side]
                .get(&run[0])
                .map_or(0, |at| at.partition_point(|&q| q < start));
        }
        self.starts(prints, side, run)
            .partition_point(|&q| q < start)
    }

    /// How the review file names `group`; `None` when the group names a paragraph the
    /// articles do not have.
    pub fn place(&self, prints: &Pair<ArticlePrint>, group: &Group) -> Option<GroupPlace> {
        let paragraphs = super::print::group_key(prints, group)?;
        let hint = Pair::from_fn(|s| group.side(s).first().copied().unwrap_or(0));
        let occurrence = Pair::from_fn(|s| {
            if paragraphs[s].is_empty() {
                0
            } else {
                self.occurrence(prints, s, &paragraphs[s], hint[s])
            }
        });
        Some(GroupPlace {
            paragraphs,
            occurrence,
            hint,
        })
    }

    /// Where the paragraphs of decision `d` stand now, per side; `None` when one side's run
    /// stands nowhere (the decision is stale).
    pub fn locate(
        &self,
        prints: &Pair<ArticlePrint>,
        d: &GroupDecision,
    ) -> Option<Pair<Vec<usize>>> {
        let te = self.locate_side(prints, Side::Te, d)?;
        let en = self.locate_side(prints, Side::En, d)?;
        Some(Pair::new(te, en))
    }

    fn locate_side(
        &self,
        prints: &Pair<ArticlePrint>,
        side: Side,
        d: &GroupDecision,
    ) -> Option<Vec<usize>> {
        let run = &d.paragraphs[side];
        if run.is_empty() {
            return Some(Vec::new());
        }
        let hint = d.hint[side];
        let start = match d.occurrence {
            Some(occ) if run.len() == 1 => {
                let at = self.by_hash[side].get(&run[0])?;
                at.get(occ[side]).copied().or_else(|| nearest(at, hint))?
            }
            Some(occ) => {
                let starts = self.starts(prints, side, run);
                starts
                    .get(occ[side])
                    .copied()
                    .or_else(|| nearest(&starts, hint))?
            }
            None if run.len() == 1 => nearest(self.by_hash[side].get(&run[0])?, hint)?,
            None => nearest(&self.starts(prints, side, run), hint)?,
        };
        Some((start..start + run.len()).collect())
    }

    /// The index in `review.groups` of the decision on `group`, if any: the first decision
    /// with its texts whose place is this group.
    pub fn decision_for(
        &self,
        prints: &Pair<ArticlePrint>,
        review: &Review,
        group: &Group,
    ) -> Option<usize> {
        let mut key: Option<Pair<Vec<ContentHash>>> = None;
        review.groups.iter().position(|d| {
            let key = key
                .get_or_insert_with(|| super::print::group_key(prints, group).unwrap_or_default());
            d.paragraphs == *key
                && self
                    .locate(prints, d)
                    .is_some_and(|at| at.te == group.te && at.en == group.en)
        })
    }
}

/// The position in the ascending `at` nearest `hint` (the earlier one on a tie).
fn nearest(at: &[usize], hint: usize) -> Option<usize> {
    let k = at.partition_point(|&q| q < hint);
    let after = at.get(k).copied();
    let before = k.checked_sub(1).and_then(|b| at.get(b)).copied();
    match (before, after) {
        (Some(b), Some(a)) if hint - b <= a - hint => Some(b),
        (_, Some(a)) => Some(a),
        (b, None) => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::review::model::GroupStatus;

    fn prints(te: &[&str], en: &[&str]) -> Pair<ArticlePrint> {
        let one = |name: &str, p: &[&str]| {
            ArticlePrint::new(name, p.join("\n\n").as_bytes(), p.iter().copied())
        };
        Pair::new(one("t", te), one("e", en))
    }

    fn group(te: &[usize], en: &[usize]) -> Group {
        Group::new(te, en, 1.0)
    }

    fn decide(index: &RunIndex, now: &Pair<ArticlePrint>, g: &Group) -> GroupDecision {
        let place = index.place(now, g).expect("in the articles");
        GroupDecision {
            paragraphs: place.paragraphs,
            hint: place.hint,
            occurrence: Some(place.occurrence),
            status: GroupStatus::Checked,
            note: None,
        }
    }

    #[test]
    fn repeated_texts_are_told_apart_by_occurrence() {
        let te = ["అ", "***", "ఆ", "***", "ఇ", "***"];
        let en = ["a", "***", "b", "***", "c", "***"];
        let now = prints(&te, &en);
        let index = RunIndex::new(&now);
        let groups: Vec<Group> = (0..6).map(|k| group(&[k], &[k])).collect();
        let mut review = Review::default();
        review.groups.push(decide(&index, &now, &groups[3]));
        let found: Vec<usize> = (0..6)
            .filter(|&k| index.decision_for(&now, &review, &groups[k]).is_some())
            .collect();
        assert_eq!(found, [3], "one decision, one group");
        assert_eq!(
            index.locate(&now, &review.groups[0]),
            Some(Pair::new(vec![3], vec![3]))
        );
        // A second decision on another `***` group is its own.
        review.groups.push(decide(&index, &now, &groups[5]));
        assert_eq!(index.decision_for(&now, &review, &groups[5]), Some(1));
        assert_eq!(index.decision_for(&now, &review, &groups[3]), Some(0));
        assert_eq!(index.decision_for(&now, &review, &groups[1]), None);
    }

    #[test]
    fn multi_paragraph_runs_and_one_sided_groups() {
        let te = ["x", "y", "x", "y", "x"];
        let en = ["p", "q", "p", "q"];
        let now = prints(&te, &en);
        let index = RunIndex::new(&now);
        let g = group(&[2, 3], &[2, 3]);
        let d = decide(&index, &now, &g);
        assert_eq!(d.occurrence, Some(Pair::new(1, 1)));
        assert_eq!(
            index.locate(&now, &d),
            Some(Pair::new(vec![2, 3], vec![2, 3]))
        );
        let lone = group(&[4], &[]);
        let d = decide(&index, &now, &lone);
        assert_eq!(d.occurrence, Some(Pair::new(2, 0)));
        assert_eq!(index.locate(&now, &d), Some(Pair::new(vec![4], vec![])));
    }

    #[test]
    fn old_decisions_without_occurrence_use_the_hint() {
        let te = ["***", "a", "***", "b", "***"];
        let now = prints(&te, &te);
        let index = RunIndex::new(&now);
        let mut d = decide(&index, &now, &group(&[2], &[2]));
        d.occurrence = None;
        assert_eq!(index.locate(&now, &d), Some(Pair::new(vec![2], vec![2])));
        d.hint = Pair::new(4, 3);
        assert_eq!(index.locate(&now, &d), Some(Pair::new(vec![4], vec![2])));
        // An occurrence no longer there falls back on the hint.
        d.occurrence = Some(Pair::new(7, 7));
        assert_eq!(index.locate(&now, &d), Some(Pair::new(vec![4], vec![2])));
        assert_eq!(nearest(&[], 3), None);
        assert_eq!(nearest(&[1, 5], 3), Some(1));
        assert_eq!(nearest(&[1, 5], 4), Some(5));
    }
}
