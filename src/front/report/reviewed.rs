//! A review file read against the analysis the report prints: which decisions still apply and
//! to which alignment group, which went stale because an article changed, and how far the
//! review has got. The report never writes the review file.

use crate::core::analysis::Analysis;
use crate::core::document::Document;
use crate::core::pair::{Pair, Side};
use crate::core::review::{reconcile, ArticlePrint, ArticleState, EntityAction, GroupStatus};
use crate::front::load::{Loaded, ReviewSource};
use serde::Serialize;

/// The review of a loaded pair as the reports present it, when it has a review file.
pub fn review_report(loaded: &Loaded) -> Option<ReviewReport> {
    loaded
        .review
        .as_ref()
        .map(|s| ReviewReport::build(s, &loaded.pair, &loaded.analysis))
}

/// What the report says about the review.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewReport {
    pub path: String,
    pub exists: bool,
    /// Per article: `unchanged`, `changed` (edited since the review was saved) or `new` (the
    /// review was never saved against an article).
    pub articles: Pair<&'static str>,
    /// Group decisions that still find their paragraphs.
    pub groups: Vec<GroupReview>,
    /// Group decisions whose paragraphs were edited or removed, kept for their notes.
    pub stale_groups: Vec<StaleGroup>,
    pub entities: Vec<EntityReview>,
    /// Sentence marks (missing in the other article), in the order made; absent when there
    /// are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<SentenceReview>,
    pub progress: Progress,
}

/// A mark on one sentence: the article that has it lacks it in the other.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceReview {
    /// The article that has the sentence.
    pub side: Side,
    /// Index into the report's `sentences` of that side; `null` when the sentence's text is no
    /// longer in the article (a stale mark).
    pub sentence: Option<usize>,
    /// Byte offsets of the sentence, as for mentions (absent for a stale mark).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    /// `missing_te` or `missing_en`.
    pub status: GroupStatus,
}

/// A group decision that applies to the articles as they are.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupReview {
    /// Index into `alignment` when the decision's paragraphs are exactly one group there;
    /// `null` when the aligner now groups them differently.
    pub group: Option<usize>,
    /// Paragraph indices per side.
    pub te: Vec<usize>,
    pub en: Vec<usize>,
    pub status: GroupStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StaleGroup {
    pub status: GroupStatus,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// An entity decision, by mention texts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityReview {
    pub te: String,
    pub en: String,
    pub action: EntityAction,
    /// True when one of the two texts no longer occurs in its article.
    pub stale: bool,
}

/// How far the review has got.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Alignment groups in the analysis.
    pub groups: usize,
    /// Of these, groups with a decision.
    pub groups_reviewed: usize,
    pub checked: usize,
    pub needs_work: usize,
    pub missing_te: usize,
    pub missing_en: usize,
    /// Entity decisions that apply (`link` and `reject`), and the stale decisions of both kinds.
    pub entity_decisions: usize,
    pub stale: usize,
}

impl ReviewReport {
    pub fn build(source: &ReviewSource, pair: &Pair<Document>, analysis: &Analysis) -> Self {
        let review = &source.review;
        let now = Pair::from_fn(|s| ArticlePrint::of_document(&pair[s]));
        let rec = reconcile(review, &now, |side, text| mentioned(analysis, side, text));
        let groups: Vec<GroupReview> = rec
            .groups
            .iter()
            .filter_map(|found| {
                let d = review.groups.get(found.decision)?;
                let (te, en) = (found.paragraphs.te.clone(), found.paragraphs.en.clone());
                let group = analysis
                    .alignment
                    .iter()
                    .position(|g| g.te == te && g.en == en);
                Some(GroupReview {
                    group,
                    te,
                    en,
                    status: d.status,
                    note: d.note.clone(),
                })
            })
            .collect();
        let stale_groups: Vec<StaleGroup> = rec
            .stale_groups
            .iter()
            .filter_map(|&k| review.groups.get(k))
            .map(|d| StaleGroup {
                status: d.status,
                note: d.note.clone(),
            })
            .collect();
        let entities: Vec<EntityReview> = review
            .entities
            .iter()
            .enumerate()
            .map(|(k, d)| EntityReview {
                te: d.te.clone(),
                en: d.en.clone(),
                action: d.action,
                stale: rec.stale_entities.contains(&k),
            })
            .collect();
        let found = crate::core::review::locate_sentences(
            review,
            Pair::new(pair.te.text.as_str(), pair.en.text.as_str()),
            Pair::new(
                analysis.sentences.te.as_slice(),
                analysis.sentences.en.as_slice(),
            ),
        );
        let sentences: Vec<SentenceReview> = review
            .sentences
            .iter()
            .zip(found)
            .map(|(d, k)| {
                let span = k.and_then(|k| analysis.sentences[d.side].get(k));
                SentenceReview {
                    side: d.side,
                    sentence: k,
                    start: span.map(|s| s.start),
                    end: span.map(|s| s.end),
                    status: d.status,
                }
            })
            .collect();
        let progress = progress(analysis, &groups, &stale_groups, &entities);
        ReviewReport {
            path: source.path.display().to_string(),
            exists: source.exists,
            articles: rec.articles.map(|_, s| match s {
                ArticleState::Unchanged => "unchanged",
                ArticleState::Changed => "changed",
                ArticleState::Unknown => "new",
            }),
            groups,
            stale_groups,
            entities,
            sentences,
            progress,
        }
    }

    /// The decision on alignment group `group`, if it has one.
    pub fn group(&self, group: usize) -> Option<&GroupReview> {
        self.groups.iter().find(|g| g.group == Some(group))
    }

    /// The articles edited since the review was saved.
    pub fn changed(&self) -> Vec<Side> {
        Side::BOTH
            .into_iter()
            .filter(|&s| self.articles[s] == "changed")
            .collect()
    }
}

fn progress(
    analysis: &Analysis,
    groups: &[GroupReview],
    stale_groups: &[StaleGroup],
    entities: &[EntityReview],
) -> Progress {
    let mut p = Progress {
        groups: analysis.alignment.len(),
        ..Progress::default()
    };
    for g in groups.iter().filter(|g| g.group.is_some()) {
        p.groups_reviewed += 1;
        match g.status {
            GroupStatus::Checked => p.checked += 1,
            GroupStatus::NeedsWork => p.needs_work += 1,
            GroupStatus::MissingTe => p.missing_te += 1,
            GroupStatus::MissingEn => p.missing_en += 1,
        }
    }
    p.entity_decisions = entities.iter().filter(|e| !e.stale).count();
    p.stale = stale_groups.len() + entities.iter().filter(|e| e.stale).count();
    p
}

/// True when a mention on `side` reads `text`, whole or as its stem (a decision may name
/// `బ్లింకెన్` for the mention `బ్లింకెన్‌తో`).
pub fn mentioned(analysis: &Analysis, side: Side, text: &str) -> bool {
    analysis
        .entities
        .iter()
        .flat_map(|e| e.mentions(side))
        .any(|m| m.reads(text))
}
