//! `tandem report`: the analysis without the UI, for scripts (JSON, the stable contract in
//! README), for a look in the terminal (text tables) and for editors (a markdown coverage
//! report). All three include the reviewer's decisions when there is a review file.
//!
//! Rendering is pure ([`render_json`], [`text::render_text`], [`markdown::render_markdown`]);
//! [`run`] only loads the pair and the review and writes to standard output.

pub mod corpus;
pub mod markdown;
pub mod reviewed;
pub mod text;
pub mod watch;

pub use markdown::render_markdown;
pub use reviewed::{review_report, ReviewReport};
pub use text::render_text;

use crate::core::align::Group;
use crate::core::analysis::{Analysis, DocSummary, Entity};
use crate::core::figures::{FigureFinding, QuoteFinding};
use crate::core::pair::Pair;
use crate::core::review::GroupStatus;
use crate::core::sentence::Sentence;
use crate::core::text::plain_output::{sanitize_lines, TerminalSafeJson};
use crate::front::cli::{ReportArgs, ReportFormat};
use crate::front::load::load;
use anyhow::Context;
use serde::Serialize;
use std::io::Write;

/// Runs the report command; returns the process exit code.
pub fn run(args: &ReportArgs, lossy: bool) -> anyhow::Result<i32> {
    if args.watch {
        return watch::run(args, lossy);
    }
    if let Some(path) = args.corpus() {
        return corpus::run(path, args, lossy);
    }
    print_once(args, lossy)
}

/// The report of one pair, written to standard output.
fn print_once(args: &ReportArgs, lossy: bool) -> anyhow::Result<i32> {
    let loaded = load(&args.request(lossy), args.review.as_deref())?;
    crate::front::print_notices(&loaded.notices);
    let review = review_report(&loaded);
    let analysis = &loaded.analysis;
    let json = JsonReport::new(analysis, loaded.matcher_entities(), review.as_ref());
    let format = args.format.unwrap_or(ReportFormat::Json);
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let is_json = matches!(format, ReportFormat::Json | ReportFormat::Jsonl);
    if is_json && !args.romanise {
        // Streamed: serialised straight to standard output, never held as one string.
        write_json(&mut stdout, &json, format == ReportFormat::Json)?;
        stdout
            .flush()
            .context("writing the report to standard output")?;
        return Ok(0);
    }
    // Document text and file names can hold escape sequences: make them harmless on a terminal.
    let out = match format {
        ReportFormat::Json | ReportFormat::Jsonl => {
            // Romanised: the whole text is needed, the romaniser works on the written JSON.
            let mut bytes = Vec::new();
            write_json(&mut bytes, &json, format == ReportFormat::Json)?;
            String::from_utf8_lossy(&bytes).into_owned()
        }
        ReportFormat::Markdown => {
            sanitize_lines(&render_markdown(&loaded.pair, analysis, review.as_ref()))
        }
        _ => sanitize_lines(&render_text(
            analysis,
            loaded.matcher_entities(),
            review.as_ref(),
        )),
    };
    let out = romanise_output(out, args.romanise);
    stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .context("writing the report to standard output")?;
    Ok(0)
}

/// The report with its Telugu letters romanised (`--romanise`), else as it is. Romanising
/// changes Telugu letters only and copies every other character, so the JSON stays valid
/// and the tables keep their columns (the Telugu text is in the last one or in free text).
pub fn romanise_output(out: String, romanise: bool) -> String {
    if romanise {
        crate::core::romanise::romanise(&out)
    } else {
        out
    }
}

/// The JSON document: the analysis's fields, plus `review` (`null` without a review file).
/// `entities` are the matcher's (the review lists the decisions); the alignment, figures and
/// quotes are those with the review applied, as the viewer shows them.
#[derive(Serialize)]
pub struct JsonReport<'a> {
    pub te: &'a DocSummary,
    pub en: &'a DocSummary,
    pub entities: &'a [Entity],
    pub alignment: &'a [Group],
    pub sentences: &'a Pair<Vec<Sentence>>,
    pub sentence_alignment: &'a [Group],
    pub figures: &'a [FigureFinding],
    pub quotes: &'a [QuoteFinding],
    pub review: Option<&'a ReviewReport>,
}

impl<'a> JsonReport<'a> {
    /// The report of `analysis`, listing `entities` (the matcher's).
    pub fn new(
        analysis: &'a Analysis,
        entities: &'a [Entity],
        review: Option<&'a ReviewReport>,
    ) -> Self {
        JsonReport {
            te: &analysis.te,
            en: &analysis.en,
            entities,
            alignment: &analysis.alignment,
            sentences: &analysis.sentences,
            sentence_alignment: &analysis.sentence_alignment,
            figures: &analysis.figures,
            quotes: &analysis.quotes,
            review,
        }
    }

    /// The report of an analysis no review changed.
    pub fn plain(analysis: &'a Analysis, review: Option<&'a ReviewReport>) -> Self {
        JsonReport::new(analysis, &analysis.entities, review)
    }
}

/// The JSON report, pretty-printed, with a final newline.
pub fn render_json(report: &JsonReport) -> anyhow::Result<String> {
    let mut s = serde_json::to_string_pretty(report).context("serialising the analysis")?;
    s.push('\n');
    Ok(s)
}

/// The same JSON object on one line (no line breaks inside), with a final newline: one line of
/// `--format jsonl`.
pub fn render_json_line(report: &JsonReport) -> anyhow::Result<String> {
    let mut s = serde_json::to_string(report).context("serialising the analysis")?;
    s.push('\n');
    Ok(s)
}

/// Writes the JSON report (pretty or on one line) with a final newline to `out` as it is
/// serialised, with document text made harmless on a terminal (the escapes of
/// [`crate::core::text::plain_output::escape_json_for_terminal`]): the same bytes as [`render_json`] or [`render_json_line`]
/// passed through that function.
pub fn write_json(out: &mut dyn Write, value: &impl Serialize, pretty: bool) -> anyhow::Result<()> {
    let mut safe = TerminalSafeJson::new(out);
    let written = if pretty {
        serde_json::to_writer_pretty(&mut safe, value)
    } else {
        serde_json::to_writer(&mut safe, value)
    };
    written.map_err(|e| {
        if e.is_io() {
            anyhow::Error::new(e).context("writing the report to standard output")
        } else {
            anyhow::Error::new(e).context("serialising the analysis")
        }
    })?;
    safe.write_all(b"\n")
        .and_then(|()| safe.into_inner().map(drop))
        .context("writing the report to standard output")
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
mod tests;
