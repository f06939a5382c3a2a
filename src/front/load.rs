//! One loader for the headless commands: a pair, its analysis and its review file, with the
//! review replayed by [`crate::core::review::apply`] exactly as the viewer replays it, so that
//! `report` in every format and `export` read the groups the viewer shows.

use crate::core::analysis::{Analysis, Entity};
use crate::core::document::Document;
use crate::core::open::{open_pair, PairRequest};
use crate::core::pair::Pair;
use crate::core::review::{self, ArticlePrint, Review, ReviewError};
use std::path::{Path, PathBuf};

/// A pair with everything a report or an export says about it: the documents, the analysis
/// with the review applied, and the review file (if any). The one place a pair is turned into
/// those, so that every output (`report` in each format, `export`) reads the same groups.
#[derive(Debug)]
pub struct Loaded {
    pub pair: Pair<Document>,
    /// The analysis as the reviewer left it: entity decisions and hand edits of the alignment
    /// applied, figures and quotes checked within the resulting groups.
    pub analysis: Analysis,
    /// The matcher's entities, kept when the review's links or rejections changed them.
    matcher_entities: Option<Vec<Entity>>,
    pub review: Option<ReviewSource>,
    /// Open-time notices (swapped files, empty file ...), one line each, not yet sanitised.
    pub notices: Vec<String>,
}

impl Loaded {
    /// The entities as the matcher found them, before the reviewer's decisions: the JSON and
    /// text reports list these (the decisions are listed beside them).
    pub fn matcher_entities(&self) -> &[Entity] {
        self.matcher_entities
            .as_deref()
            .unwrap_or(&self.analysis.entities)
    }
}

/// The review file a headless command reads, as found on disk.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewSource {
    pub path: PathBuf,
    /// False when the file does not exist yet (an empty review).
    pub exists: bool,
    pub review: Review,
}

/// The review for a report: the file named by `--review` (which may not exist yet), else the
/// file the viewer saves in ([`review::review_location`]: beside the English article, or the
/// user's data directory for the bundled sample) when it exists. `Ok(None)` when no review was
/// ever saved. A file that exists but cannot be read or parsed is an error naming it: a report
/// that silently left the decisions out would mislead.
pub fn find_review(
    explicit: Option<&Path>,
    pair: &Pair<Document>,
) -> Result<Option<ReviewSource>, ReviewError> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => match review::review_location(None, pair) {
            Some(p) if p.exists() => p,
            _ => return Ok(None),
        },
    };
    let exists = path.exists();
    let review = review::load(&path)?;
    Ok(Some(ReviewSource {
        path,
        exists,
        review,
    }))
}

/// Opens the requested pair, analyses it, finds its review file (`review_path`, else the
/// default beside the English article when that exists) and replays the review on the analysis.
pub fn load(request: &PairRequest, review_path: Option<&Path>) -> anyhow::Result<Loaded> {
    let opened = open_pair(request)?;
    let pair = opened.docs;
    let mut analysis = Analysis::build(&pair);
    let review = find_review(review_path, &pair)?;
    let mut notices = opened.notices;
    let mut matcher_entities = None;
    if let Some(source) = review
        .as_ref()
        .filter(|s| review::changes_analysis(&s.review))
    {
        matcher_entities = Some(analysis.entities.clone());
        let prints = Pair::from_fn(|side| ArticlePrint::of_document(&pair[side]));
        let ignored = review::apply(&mut analysis, &pair, &source.review, &prints);
        if ignored > 0 {
            notices.push(format!(
                "{ignored} hand edits of the alignment no longer apply (their paragraphs changed)"
            ));
        }
    }
    Ok(Loaded {
        pair,
        analysis,
        matcher_entities,
        review,
        notices,
    })
}
