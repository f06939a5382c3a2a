//! `--format markdown`: a coverage report an editor can read without tandem. It answers, in
//! order: what was compared, which names both articles carry, which names one article lacks,
//! which figures and quotes differ between aligned passages, which passages the reviewer
//! flagged and why, and how far the review has got.
//!
//! With a review, entities are counted as the reviewer left them (the loader applied them: [`crate::core::review::apply`]).
//! Paragraphs are counted from 1, as a person counts them. Text from the articles and notes is
//! escaped for table cells, so a `|` or a line break in a note cannot break the table.

use super::reviewed::ReviewReport;
use super::{paragraph_list, status_words};
use crate::core::analysis::{Analysis, Entity};
use crate::core::document::Document;
use crate::core::entity::translit;
use crate::core::figures::{Figure, Status};
use crate::core::pair::{Pair, Side};
use crate::core::review::telugu_label;
use crate::core::review::GroupStatus;
use std::fmt::Write;

/// Characters of a paragraph quoted to show which one a row means.
const EXCERPT_CHARS: usize = 80;

/// The whole markdown report.
pub fn render_markdown(
    pair: &Pair<Document>,
    a: &Analysis,
    review: Option<&ReviewReport>,
) -> String {
    // The reviewer's links and rejections are in `a` already (`core::review::apply`).
    let entities = &a.entities;
    let mut s = String::new();
    render_header(&mut s, a, review);
    render_summary(&mut s, a, entities, review);
    render_both_sides(&mut s, entities);
    render_gaps(&mut s, entities);
    render_figures(&mut s, a);
    render_quotes(&mut s, a);
    render_flagged(&mut s, pair, review);
    render_unmatched(&mut s, pair, a, review);
    render_lone_sentences(&mut s, pair, a);
    if let Some(r) = review {
        render_progress(&mut s, pair, r);
    }
    s
}

fn render_header(s: &mut String, a: &Analysis, review: Option<&ReviewReport>) {
    let _ = writeln!(
        s,
        "# Coverage report: {} and {}\n",
        cell(&a.te.path),
        cell(&a.en.path)
    );
    let _ = writeln!(s, "| | Telugu | English |\n| --- | --- | --- |");
    let _ = writeln!(s, "| file | {} | {} |", cell(&a.te.path), cell(&a.en.path));
    let _ = writeln!(
        s,
        "| paragraphs | {} | {} |",
        a.te.paragraphs, a.en.paragraphs
    );
    let _ = writeln!(s, "| bytes | {} | {} |\n", a.te.bytes, a.en.bytes);
    match review {
        Some(r) if r.exists => {
            let _ = writeln!(s, "Review file: {}\n", cell(&r.path));
        }
        Some(r) => {
            let _ = writeln!(s, "Review file: {} (not written yet)\n", cell(&r.path));
        }
        None => s.push_str("No review file: the entities are the matcher's.\n\n"),
    }
}

fn render_summary(
    s: &mut String,
    a: &Analysis,
    entities: &[Entity],
    review: Option<&ReviewReport>,
) {
    let count = |side: Option<Side>| entities.iter().filter(|e| e.missing_side() == side).count();
    let _ = writeln!(s, "## Summary\n");
    let _ = writeln!(
        s,
        "- {} entities: {} in both articles, {} only in English, {} only in Telugu.",
        entities.len(),
        count(None),
        count(Some(Side::Te)),
        count(Some(Side::En))
    );
    let figures = |status: Status| a.figures.iter().filter(|f| f.status == status).count();
    let _ = writeln!(
        s,
        "- {} figures compared: {} matched, {} approximately, {} differ, {} on one side only.",
        a.figures.len(),
        figures(Status::Matched),
        figures(Status::Approx),
        figures(Status::Mismatch),
        figures(Status::OneSided)
    );
    let one_sided = a.alignment.iter().filter(|g| g.is_gap()).count();
    let _ = writeln!(
        s,
        "- {} groups of aligned paragraphs, {} of them with paragraphs on one side only.",
        a.alignment.len(),
        one_sided
    );
    if let Some(r) = review {
        let p = &r.progress;
        let _ = writeln!(
            s,
            "- Review: {} of {} groups reviewed; {} flagged.",
            p.groups_reviewed,
            p.groups,
            p.needs_work + p.missing_te + p.missing_en
        );
    }
    s.push('\n');
}

fn render_both_sides(s: &mut String, entities: &[Entity]) {
    let _ = writeln!(s, "## Entities in both articles\n");
    let both: Vec<&Entity> = entities
        .iter()
        .filter(|e| !e.te.is_empty() && !e.en.is_empty())
        .collect();
    if both.is_empty() {
        s.push_str("None.\n\n");
        return;
    }
    s.push_str("| English | Telugu | kind | mentions in English | mentions in Telugu |\n");
    s.push_str("| --- | --- | --- | ---: | ---: |\n");
    for e in both {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |",
            cell(&e.label),
            cell(&telugu_label(e)),
            e.kind.as_str(),
            e.en.len(),
            e.te.len()
        );
    }
    s.push('\n');
}

fn render_gaps(s: &mut String, entities: &[Entity]) {
    let _ = writeln!(s, "## Entities missing on one side\n");
    // In reading order of the side that has them, so an editor can go down the article.
    let only = |side: Side| -> Vec<&Entity> {
        let mut list: Vec<&Entity> = entities
            .iter()
            .filter(|e| e.missing_side() == Some(side.other()))
            .collect();
        list.sort_by_key(|e| e.mentions(side).first().map(|m| m.start));
        list
    };
    let (en_only, te_only) = (only(Side::En), only(Side::Te));
    if en_only.is_empty() && te_only.is_empty() {
        s.push_str("None: every entity is named in both articles.\n\n");
        return;
    }
    let _ = writeln!(s, "### Only in English (missing from the Telugu article)\n");
    if en_only.is_empty() {
        s.push_str("None.\n\n");
    } else {
        s.push_str("| English | kind | mentions | first paragraph |\n");
        s.push_str("| --- | --- | ---: | ---: |\n");
        for e in en_only {
            let first = e.en.first().map_or(0, |m| m.paragraph + 1);
            let _ = writeln!(
                s,
                "| {} | {} | {} | {first} |",
                cell(&e.label),
                e.kind.as_str(),
                e.en.len()
            );
        }
        s.push('\n');
    }
    let _ = writeln!(s, "### Only in Telugu (missing from the English article)\n");
    if te_only.is_empty() {
        s.push_str("None.\n\n");
    } else {
        s.push_str("| Telugu | reads as | kind | mentions | first paragraph |\n");
        s.push_str("| --- | --- | --- | ---: | ---: |\n");
        for e in te_only {
            let name = telugu_label(e);
            let first = e.te.first().map_or(0, |m| m.paragraph + 1);
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {first} |",
                cell(&name),
                cell(&translit::iso(&name)),
                e.kind.as_str(),
                e.te.len()
            );
        }
        s.push('\n');
    }
}

/// Figures that differ between the two sides of a group, then figures only one side of their
/// group carries, in group order.
fn render_figures(s: &mut String, a: &Analysis) {
    let _ = writeln!(s, "## Figures that differ or are missing\n");
    let flagged: Vec<_> = a.flagged_figures().collect();
    if flagged.is_empty() {
        s.push_str("None: every number, date and amount has its counterpart.\n\n");
        return;
    }
    s.push_str("| group | status | Telugu | English | reads as |\n");
    s.push_str("| ---: | --- | --- | --- | --- |\n");
    let text = |f: Option<&Figure>| f.map_or("-".to_string(), |f| cell(&f.text));
    for f in flagged {
        let status = match (f.status, &f.te, &f.en) {
            (Status::Mismatch, _, _) => "differs",
            (_, None, _) => "only in English",
            _ => "only in Telugu",
        };
        let reads = match (&f.te, &f.en) {
            (Some(te), Some(en)) => format!("{} ≠ {}", te.normalised(), en.normalised()),
            (Some(one), None) | (None, Some(one)) => one.normalised(),
            (None, None) => String::new(),
        };
        let _ = writeln!(
            s,
            "| {} | {status} | {} | {} | {} |",
            f.group + 1,
            text(f.te.as_ref()),
            text(f.en.as_ref()),
            cell(&reads)
        );
    }
    s.push('\n');
}

/// Groups where one article quotes someone and the other quotes nobody.
fn render_quotes(s: &mut String, a: &Analysis) {
    let _ = writeln!(s, "## Quotes on one side only\n");
    let one_sided: Vec<_> = a
        .quotes
        .iter()
        .filter(|q| q.status == Status::OneSided)
        .collect();
    if one_sided.is_empty() {
        s.push_str("None: every group that quotes someone does so in both articles.\n\n");
        return;
    }
    s.push_str("| group | only in | paragraph | quote |\n| ---: | --- | ---: | --- |\n");
    for q in one_sided {
        let side = if q.te.is_empty() { Side::En } else { Side::Te };
        for quote in q.side(side) {
            let mut text: String = quote.text.chars().take(EXCERPT_CHARS).collect();
            if text.len() < quote.text.len() {
                text.push('…');
            }
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} |",
                q.group + 1,
                side_name(side),
                quote.paragraph + 1,
                cell(&text)
            );
        }
    }
    s.push('\n');
}

/// Groups the reviewer marked as needing work or missing content, with their notes; then the
/// flagged decisions that no longer find their paragraphs, so no note is lost.
fn render_flagged(s: &mut String, pair: &Pair<Document>, review: Option<&ReviewReport>) {
    let Some(r) = review else {
        return;
    };
    let _ = writeln!(s, "## Flagged groups\n");
    let flagged: Vec<_> = r
        .groups
        .iter()
        .filter(|g| g.status != GroupStatus::Checked)
        .collect();
    if flagged.is_empty() {
        s.push_str("No group is flagged.\n\n");
    } else {
        s.push_str("| group | Telugu paragraphs | English paragraphs | status | note | begins |\n");
        s.push_str("| ---: | --- | --- | --- | --- | --- |\n");
        for g in flagged {
            let number = g
                .group
                .map_or("regrouped".to_string(), |k| (k + 1).to_string());
            let begins =
                g.en.first()
                    .map(|&p| (Side::En, p))
                    .or_else(|| g.te.first().map(|&p| (Side::Te, p)))
                    .map(|(side, p)| excerpt(&pair[side], p))
                    .unwrap_or_default();
            let _ = writeln!(
                s,
                "| {number} | {} | {} | {} | {} | {} |",
                paragraph_list(&g.te),
                paragraph_list(&g.en),
                status_words(g.status),
                cell(g.note.as_deref().unwrap_or("")),
                cell(&begins)
            );
        }
        s.push('\n');
    }
    render_marked_sentences(s, pair, r);
    let stale: Vec<_> = r
        .stale_groups
        .iter()
        .filter(|g| g.status != GroupStatus::Checked || g.note.is_some())
        .collect();
    if !stale.is_empty() {
        s.push_str("Decisions on paragraphs that have since been edited or removed:\n\n");
        for g in stale {
            let _ = writeln!(
                s,
                "- {}{}",
                status_words(g.status),
                g.note
                    .as_deref()
                    .map(|n| format!(": {}", cell(n)))
                    .unwrap_or_default()
            );
        }
        s.push('\n');
    }
}

/// The sentences the reviewer marked as missing in the other article, with their text.
fn render_marked_sentences(s: &mut String, pair: &Pair<Document>, r: &ReviewReport) {
    if r.sentences.is_empty() {
        return;
    }
    s.push_str("Sentences marked as missing in the other article:\n\n");
    for m in &r.sentences {
        let text = match (m.start, m.end) {
            (Some(a), Some(b)) => pair[m.side].text.get(a..b).unwrap_or("").trim().to_string(),
            _ => "(no longer in the article)".to_string(),
        };
        let number = m.sentence.map_or("?".to_string(), |k| (k + 1).to_string());
        let _ = writeln!(
            s,
            "- {} sentence {number}, {}: {}",
            m.side.name(),
            status_words(m.status),
            cell(&text)
        );
    }
    s.push('\n');
}

/// Groups with paragraphs on one side only that no decision covers: the aligner's own guess
/// at content one article lacks.
fn render_unmatched(
    s: &mut String,
    pair: &Pair<Document>,
    a: &Analysis,
    review: Option<&ReviewReport>,
) {
    let rows: Vec<(usize, Side, &[usize])> = a
        .alignment
        .iter()
        .enumerate()
        .filter(|(k, g)| g.is_gap() && review.and_then(|r| r.group(*k)).is_none())
        .map(|(k, g)| {
            let side = if g.te.is_empty() { Side::En } else { Side::Te };
            (k, side, g.side(side))
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(s, "## Paragraphs without a counterpart (not reviewed)\n");
    s.push_str("| group | only in | paragraphs | begins |\n| ---: | --- | --- | --- |\n");
    for (k, side, paragraphs) in rows {
        let begins = paragraphs
            .first()
            .map(|&p| excerpt(&pair[side], p))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            k + 1,
            side_name(side),
            paragraph_list(paragraphs),
            cell(&begins)
        );
    }
    s.push('\n');
}

/// Sentences that the sentence alignment left without counterpart, in document order: the
/// answer to "which sentence of the English has no Telugu counterpart?".
fn render_lone_sentences(s: &mut String, pair: &Pair<Document>, a: &Analysis) {
    let rows: Vec<(Side, usize)> = a
        .sentence_alignment
        .iter()
        .filter(|g| g.is_gap())
        .flat_map(|g| {
            let side = if g.te.is_empty() { Side::En } else { Side::Te };
            g.side(side).iter().map(move |&i| (side, i))
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(s, "## Sentences without a counterpart\n");
    s.push_str("| only in | paragraph | sentence | text |\n| --- | ---: | ---: | --- |\n");
    for (side, i) in rows {
        let Some(sentence) = a.sentences[side].get(i) else {
            continue;
        };
        let text = pair[side].text.get(sentence.span()).unwrap_or("").trim();
        let mut shown: String = text.chars().take(EXCERPT_CHARS).collect();
        if shown.len() < text.len() {
            shown.push('…');
        }
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            side_name(side),
            sentence.paragraph + 1,
            i + 1,
            cell(&shown)
        );
    }
    s.push('\n');
}

fn render_progress(s: &mut String, pair: &Pair<Document>, r: &ReviewReport) {
    let p = &r.progress;
    let _ = writeln!(s, "## Review progress\n");
    let _ = writeln!(
        s,
        "- Groups: {} of {} reviewed: {} checked, {} need work, {} missing in Telugu, \
         {} missing in English.",
        p.groups_reviewed, p.groups, p.checked, p.needs_work, p.missing_te, p.missing_en
    );
    let count = |a| {
        r.entities
            .iter()
            .filter(|e| !e.stale && e.action == a)
            .count()
    };
    let _ = writeln!(
        s,
        "- Entity links: {} rejected, {} added by the reviewer.",
        count(crate::core::review::EntityAction::Reject),
        count(crate::core::review::EntityAction::Link)
    );
    if p.stale > 0 {
        let _ = writeln!(
            s,
            "- {} decisions no longer apply because their text changed.",
            p.stale
        );
    }
    for side in r.changed() {
        let _ = writeln!(
            s,
            "- {} has changed since the review was saved.",
            cell(&pair[side].name)
        );
    }
}

fn side_name(side: Side) -> &'static str {
    match side {
        Side::Te => "Telugu",
        Side::En => "English",
    }
}

/// The first characters of paragraph `k`, to recognise it by.
fn excerpt(doc: &Document, k: usize) -> String {
    if k >= doc.paragraphs.len() {
        return String::new();
    }
    let text = doc.paragraph(k).trim();
    let mut out: String = text.chars().take(EXCERPT_CHARS).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// Text made safe for a markdown table cell: `|` and `\` escaped, `<` as an entity (no HTML),
/// line breaks and other control characters as spaces.
pub fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("&lt;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
