//! `tandem report`: the analysis without the UI, for scripts (JSON, the stable contract in
//! README), for a look in the terminal (text tables) and for editors (a markdown coverage
//! report). All three include the reviewer's decisions when there is a review file.
//!
//! Rendering is pure ([`render_json`], [`text::render_text`], [`markdown::render_markdown`]);
//! [`run`] only loads the pair and the review and writes to standard output.

pub mod decided;
pub mod hand;
pub mod markdown;
pub mod reviewed;
pub mod text;

pub use markdown::render_markdown;
pub use reviewed::{find_review, ReviewReport, ReviewSource};
pub use text::render_text;

use crate::analysis::Analysis;
use crate::cli::{ReportArgs, ReportFormat};
use crate::entity::Kind;
use crate::open::open_pair;
use crate::review::GroupStatus;
use crate::text::plain_output::{escape_json_for_terminal, sanitize_lines};
use anyhow::Context;
use serde::Serialize;
use std::io::Write;

/// Runs the report command; returns the process exit code.
pub fn run(args: &ReportArgs, lossy: bool) -> anyhow::Result<i32> {
    let opened = open_pair(&args.request(lossy))?;
    crate::print_notices(&opened.notices);
    let pair = opened.docs;
    let mut analysis = Analysis::build(&pair);
    let source = find_review(args.review.as_deref(), &pair)?;
    let ignored = hand::apply_hand_alignment(&mut analysis, &pair, source.as_ref());
    if ignored > 0 {
        crate::print_notices(&[format!(
            "{ignored} hand edits of the alignment no longer apply (their paragraphs changed)"
        )]);
    }
    let review = source
        .as_ref()
        .map(|s| ReviewReport::build(s, &pair, &analysis));
    // Document text and file names can hold escape sequences: make them harmless on a terminal.
    let out = match args.format {
        ReportFormat::Json => escape_json_for_terminal(&render_json(&analysis, review.as_ref())?),
        ReportFormat::Text => sanitize_lines(&render_text(&analysis, review.as_ref())),
        ReportFormat::Markdown => {
            sanitize_lines(&render_markdown(&pair, &analysis, review.as_ref()))
        }
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .context("writing the report to standard output")?;
    Ok(0)
}

/// The JSON document: the analysis's fields, plus `review` (`null` without a review file).
#[derive(Serialize)]
struct JsonReport<'a> {
    #[serde(flatten)]
    analysis: &'a Analysis,
    review: Option<&'a ReviewReport>,
}

/// The JSON report, pretty-printed, with a final newline.
pub fn render_json(analysis: &Analysis, review: Option<&ReviewReport>) -> anyhow::Result<String> {
    let mut s = serde_json::to_string_pretty(&JsonReport { analysis, review })
        .context("serialising the analysis")?;
    s.push('\n');
    Ok(s)
}

/// The serde name of a kind (`person`, `place` ...).
fn kind_name(kind: Kind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Paragraph indices as a person reads them, counted from 1: `2`, `4-6`, `1, 3`, or `-` for
/// none.
fn paragraph_list(paragraphs: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut k = 0;
    while k < paragraphs.len() {
        let start = paragraphs[k];
        let mut end = start;
        while paragraphs.get(k + 1) == Some(&(end + 1)) {
            end += 1;
            k += 1;
        }
        parts.push(if end == start {
            format!("{}", start + 1)
        } else {
            format!("{}-{}", start + 1, end + 1)
        });
        k += 1;
    }
    if parts.is_empty() {
        "-".to_string()
    } else {
        parts.join(", ")
    }
}

/// A group status in words.
fn status_words(status: GroupStatus) -> &'static str {
    match status {
        GroupStatus::Checked => "checked",
        GroupStatus::NeedsWork => "needs work",
        GroupStatus::MissingTe => "missing in Telugu",
        GroupStatus::MissingEn => "missing in English",
    }
}

#[cfg(test)]
#[path = "report/tests.rs"]
mod tests;
