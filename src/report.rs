//! `tandem report`: the analysis as JSON (the stable contract documented in README) or as a
//! readable table of entities, for scripts and for checking a pair without the UI.

use crate::analysis::{Analysis, Entity};
use crate::cli::{ReportArgs, ReportFormat};
use crate::open::open_pair;
use crate::pair::Side;
use crate::text::plain_output::{escape_json_for_terminal, sanitize_lines};
use anyhow::Context;
use std::io::Write;

/// Runs the report command; returns the process exit code.
pub fn run(args: &ReportArgs, lossy: bool) -> anyhow::Result<i32> {
    let opened = open_pair(&args.request(lossy))?;
    crate::print_notices(&opened.notices);
    let analysis = Analysis::build(&opened.docs);
    // Document text and file names can hold escape sequences: make them harmless on a terminal.
    let out = match args.format {
        ReportFormat::Json => escape_json_for_terminal(&render_json(&analysis)?),
        ReportFormat::Text => sanitize_lines(&render_text(&analysis)),
    };
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .context("writing the report to standard output")?;
    Ok(0)
}

/// The JSON report, pretty-printed, with a final newline.
pub fn render_json(analysis: &Analysis) -> anyhow::Result<String> {
    let mut s = serde_json::to_string_pretty(analysis).context("serialising the analysis")?;
    s.push('\n');
    Ok(s)
}

fn gap_note(e: &Entity) -> &'static str {
    match e.missing_side() {
        Some(Side::Te) => "gap: English only",
        Some(Side::En) => "gap: Telugu only",
        None => "",
    }
}

fn kind_name(e: &Entity) -> String {
    serde_json::to_value(e.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// A table: one entity per line (id, kind, Telugu and English mention counts, gap marker,
/// label last so that wide Telugu labels do not break the columns), then totals.
pub fn render_text(a: &Analysis) -> String {
    let mut s = String::new();
    for (side, name) in [(Side::Te, "te"), (Side::En, "en")] {
        let d = a.summary(side);
        s.push_str(&format!(
            "{name}: {} ({} bytes, {} paragraphs)\n",
            d.path, d.bytes, d.paragraphs
        ));
    }
    s.push('\n');
    s.push_str(&format!(
        "{:>3}  {:<12}  {:>3}  {:>3}  {:<17}  {}\n",
        "id", "kind", "te", "en", "gap", "label"
    ));
    for e in &a.entities {
        s.push_str(&format!(
            "{:>3}  {:<12}  {:>3}  {:>3}  {:<17}  {}\n",
            e.id,
            kind_name(e),
            e.te.len(),
            e.en.len(),
            gap_note(e),
            e.label
        ));
    }
    let gaps = a.entities.iter().filter(|e| e.is_gap()).count();
    s.push_str(&format!(
        "\n{} entities: {} on both sides, {} gaps; alignment: {} groups\n",
        a.entities.len(),
        a.entities.len() - gaps,
        gaps,
        a.alignment.len()
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_report_lists_entities_and_gaps() {
        let a = Analysis::build(&crate::sample::sample_pair());
        let text = render_text(&a);
        assert!(text.starts_with("te: sample.te.txt ("), "{text}");
        assert!(text.contains("gap: English only"));
        assert!(text.contains("gap: Telugu only"));
        assert_eq!(
            text.lines().filter(|l| l.contains("gap:")).count(),
            a.entities.iter().filter(|e| e.is_gap()).count()
        );
    }

    #[test]
    fn json_report_round_trips() -> anyhow::Result<()> {
        let a = Analysis::build(&crate::sample::sample_pair());
        let json = render_json(&a)?;
        let back: Analysis = serde_json::from_str(&json)?;
        assert_eq!(back, a);
        let v: serde_json::Value = serde_json::from_str(&json)?;
        for key in ["te", "en", "entities", "alignment"] {
            assert!(v.get(key).is_some(), "{key}");
        }
        Ok(())
    }
}
