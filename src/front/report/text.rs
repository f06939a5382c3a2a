//! `--format text`: the analysis as plain-text tables for a terminal: one line per entity, then
//! one line per alignment group (with the reviewer's verdict when there is a review), then the
//! figures and quotes that differ between the articles, then totals. Labels and notes come last on their lines so wide Telugu text cannot push the
//! columns out of line.

use super::reviewed::ReviewReport;
use super::{paragraph_list, status_words};
use crate::core::analysis::{Analysis, Entity};
use crate::core::pair::Side;
use std::fmt::Write;

fn gap_note(e: &Entity) -> &'static str {
    match e.missing_side() {
        Some(Side::Te) => "gap: English only",
        Some(Side::En) => "gap: Telugu only",
        None => "",
    }
}

/// The whole text report; `entities` are the ones to list (the matcher's, see [`super::JsonReport`]).
pub fn render_text(a: &Analysis, entities: &[Entity], review: Option<&ReviewReport>) -> String {
    let mut s = String::new();
    for (side, name) in [(Side::Te, "te"), (Side::En, "en")] {
        let d = a.summary(side);
        let _ = writeln!(
            s,
            "{name}: {} ({} bytes, {} paragraphs)",
            d.path, d.bytes, d.paragraphs
        );
    }
    if let Some(r) = review {
        let _ = writeln!(s, "review: {}", r.path);
    }
    s.push('\n');
    let _ = writeln!(
        s,
        "{:>3}  {:<12}  {:>3}  {:>3}  {:<17}  label",
        "id", "kind", "te", "en", "gap"
    );
    for e in entities {
        let _ = writeln!(
            s,
            "{:>3}  {:<12}  {:>3}  {:>3}  {:<17}  {}",
            e.id,
            e.kind.as_str(),
            e.te.len(),
            e.en.len(),
            gap_note(e),
            e.label
        );
    }
    s.push('\n');
    render_alignment(&mut s, a, review);
    render_figures(&mut s, a);
    let gaps = entities.iter().filter(|e| e.is_gap()).count();
    let _ = writeln!(
        s,
        "\n{} entities: {} on both sides, {} gaps; alignment: {} groups",
        entities.len(),
        entities.len() - gaps,
        gaps,
        a.alignment.len()
    );
    if let Some(r) = review {
        let p = &r.progress;
        let _ = writeln!(
            s,
            "review: {} of {} groups reviewed ({} checked, {} need work, {} missing content), \
             {} entity decisions, {} stale",
            p.groups_reviewed,
            p.groups,
            p.checked,
            p.needs_work,
            p.missing_te + p.missing_en,
            p.entity_decisions,
            p.stale
        );
    }
    s
}

/// One line per alignment group: its number, the paragraphs on each side (counted from 1),
/// the aligner's confidence, and the review status and note.
fn render_alignment(s: &mut String, a: &Analysis, review: Option<&ReviewReport>) {
    let _ = writeln!(s, "alignment (paragraphs counted from 1)");
    let header = format!(
        "{:>5}  {:<9}  {:<9}  {:>5}  {}",
        "group",
        "te",
        "en",
        "score",
        if review.is_some() { "review" } else { "" }
    );
    let _ = writeln!(s, "{}", header.trim_end());
    for (k, g) in a.alignment.iter().enumerate() {
        let verdict = match review.and_then(|r| r.group(k)) {
            Some(d) => match &d.note {
                Some(note) => format!("{}: {}", status_words(d.status), one_line(note)),
                None => status_words(d.status).to_string(),
            },
            None if g.te.is_empty() => "(English only)".to_string(),
            None if g.en.is_empty() => "(Telugu only)".to_string(),
            None => String::new(),
        };
        let line = format!(
            "{:>5}  {:<9}  {:<9}  {:>5.2}  {verdict}",
            k + 1,
            paragraph_list(&g.te),
            paragraph_list(&g.en),
            g.score
        );
        let _ = writeln!(s, "{}", line.trim_end());
    }
}

/// One line per figure that differs or that one side lacks, and per group quoted on one side
/// only; the article text last on the line.
fn render_figures(s: &mut String, a: &Analysis) {
    let flagged: Vec<_> = a.flagged_figures().collect();
    let quotes: Vec<_> = a.quotes.iter().filter(|q| q.status.is_flagged()).collect();
    let _ = writeln!(
        s,
        "\nfigures: {} compared, {} differ or are on one side only; {} groups quote on one side only",
        a.figures.len(),
        flagged.len(),
        quotes.len()
    );
    let text =
        |f: Option<&crate::core::figures::Figure>| f.map_or("-".to_string(), |f| one_line(&f.text));
    for f in flagged {
        let _ = writeln!(
            s,
            "{:>5}  {:<9}  en: {}  te: {}",
            f.group + 1,
            f.status.words(),
            text(f.en.as_ref()),
            text(f.te.as_ref())
        );
    }
    for q in quotes {
        let side = if q.te.is_empty() { Side::En } else { Side::Te };
        let first = q
            .side(side)
            .first()
            .map(|x| one_line(&x.text))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "{:>5}  {:<9}  {}: {first}",
            q.group + 1,
            "quote",
            if side == Side::Te { "te" } else { "en" }
        );
    }
}

/// A note on one line, control characters shown as spaces.
fn one_line(note: &str) -> String {
    note.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}
