//! Matching a saved review against the articles as they are now: which article changed since
//! the review was saved, which decisions still find their paragraphs or mentions, and where.
//!
//! A group decision applies while the texts of all its paragraphs still stand together, in
//! order, on each side: editing, adding or removing other paragraphs moves it but keeps it;
//! editing one of its own paragraphs makes it stale (the reviewer has to look again).

use super::model::Review;
pub use super::print::{group_key, ArticlePrint};
use crate::core::pair::{Pair, Side};

/// How an article compares with the one the review was saved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleState {
    Unchanged,
    Changed,
    /// The review was never saved against any article (a new review).
    Unknown,
}

/// A group decision found again in the current articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundGroup {
    /// Index into `Review::groups`.
    pub decision: usize,
    /// Where its paragraphs are now, per side.
    pub paragraphs: Pair<Vec<usize>>,
}

/// The result of [`reconcile`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reconciliation {
    pub articles: Pair<ArticleState>,
    pub groups: Vec<FoundGroup>,
    /// Indices into `Review::groups` of decisions whose paragraphs are gone or edited.
    pub stale_groups: Vec<usize>,
    /// Indices into `Review::entities` of decisions whose mention texts no longer occur.
    pub stale_entities: Vec<usize>,
}

impl Reconciliation {
    /// The articles that changed since the review was saved, for a message.
    pub fn changed(&self) -> Vec<Side> {
        Side::BOTH
            .into_iter()
            .filter(|&s| self.articles[s] == ArticleState::Changed)
            .collect()
    }
}

/// Tells which decisions of `review` still apply to the articles `now`. `mentioned(side,
/// text)` says whether a mention with that text occurs on that side.
pub fn reconcile(
    review: &Review,
    now: &Pair<ArticlePrint>,
    mentioned: impl Fn(Side, &str) -> bool,
) -> Reconciliation {
    let articles = Pair::from_fn(|s| match &review.articles {
        None => ArticleState::Unknown,
        Some(stamps) if stamps[s] == now[s].stamp => ArticleState::Unchanged,
        Some(_) => ArticleState::Changed,
    });
    let index = super::place::RunIndex::new(now);
    let mut groups = Vec::new();
    let mut stale_groups = Vec::new();
    for (k, d) in review.groups.iter().enumerate() {
        match index.locate(now, d) {
            Some(paragraphs) => groups.push(FoundGroup {
                decision: k,
                paragraphs,
            }),
            None => stale_groups.push(k),
        }
    }
    let stale_entities = review
        .entities
        .iter()
        .enumerate()
        .filter(|(_, d)| !(mentioned(Side::Te, &d.te) && mentioned(Side::En, &d.en)))
        .map(|(k, _)| k)
        .collect();
    Reconciliation {
        articles,
        groups,
        stale_groups,
        stale_entities,
    }
}

impl Review {
    /// Records the articles the review is being saved against.
    pub fn stamp(&mut self, now: &Pair<ArticlePrint>) {
        self.articles = Some(Pair::from_fn(|s| now[s].stamp.clone()));
    }
}

#[cfg(test)]
mod tests;
