//! One loader for the headless commands: a pair, its analysis and its review file, with the
//! reviewer's hand edits of the alignment applied, so that `report` in every format and `export`
//! read the same groups the viewer shows.

use super::report::{find_review, hand, ReviewReport, ReviewSource};
use crate::core::analysis::Analysis;
use crate::core::document::Document;
use crate::core::open::{open_pair, PairRequest};
use crate::core::pair::Pair;
use std::path::Path;

/// A pair with everything a report or an export says about it: the documents, the analysis
/// and the review file (if any). The one place a pair is turned into those, so that every
/// output (`report` in each format, `export`) reads the same alignment groups.
#[derive(Debug)]
pub struct Loaded {
    pub pair: Pair<Document>,
    pub analysis: Analysis,
    pub review: Option<ReviewSource>,
    /// Open-time notices (swapped files, empty file ...), one line each, not yet sanitised.
    pub notices: Vec<String>,
}

impl Loaded {
    /// The review as the reports present it, when there is a review file.
    pub fn review_report(&self) -> Option<ReviewReport> {
        self.review
            .as_ref()
            .map(|s| ReviewReport::build(s, &self.pair, &self.analysis))
    }
}

/// Opens the requested pair, analyses it and finds its review file (`review_path`, else the
/// default beside the English article when that exists).
pub fn load(request: &PairRequest, review_path: Option<&Path>) -> anyhow::Result<Loaded> {
    let opened = open_pair(request)?;
    let pair = opened.docs;
    let mut analysis = Analysis::build(&pair);
    let review = find_review(review_path, &pair)?;
    let mut notices = opened.notices;
    // The alignment the reviewer fixed by hand, as the viewer shows it.
    let ignored = hand::apply_hand_alignment(&mut analysis, &pair, review.as_ref());
    if ignored > 0 {
        notices.push(format!(
            "{ignored} hand edits of the alignment no longer apply (their paragraphs changed)"
        ));
    }
    Ok(Loaded {
        pair,
        analysis,
        review,
        notices,
    })
}
