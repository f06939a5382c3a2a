use super::*;
use crate::core::document::Document;
use crate::core::pair::{Pair, Side};
use crate::core::review::{group_key, ArticlePrint, EntityAction, GroupDecision, Review};
use crate::front::load::ReviewSource;
use std::path::PathBuf;

fn sample() -> (Pair<Document>, Analysis) {
    let pair = crate::core::sample::sample_pair();
    let a = Analysis::build(&pair);
    (pair, a)
}

/// A review of the sample: group 1 checked, the last group needing work with a Telugu note,
/// one rejected link and one added.
fn sample_review(pair: &Pair<Document>, a: &Analysis) -> ReviewSource {
    let now = Pair::from_fn(|s| ArticlePrint::of_document(&pair[s]));
    let mut review = Review::default();
    // The group of the last English paragraph (the one `an_edited_article_…` edits).
    let last = a
        .alignment
        .iter()
        .rposition(|g| !g.en.is_empty())
        .unwrap_or_default();
    for (k, status, note) in [
        (0, GroupStatus::Checked, None),
        (last, GroupStatus::NeedsWork, Some("అనువాదం | సరిచూడాలి")),
    ] {
        let paragraphs = group_key(&now, &a.alignment[k]).unwrap_or_default();
        review.set_group(GroupDecision {
            paragraphs,
            hint: Pair::new(0, 0),
            occurrence: None,
            status,
            note: note.map(str::to_string),
        });
    }
    review.set_entity("మాస్కో", "Moscow", EntityAction::Reject);
    review.set_entity("బిడెన్", "Ukraine", EntityAction::Link);
    review.set_entity("లేనిది", "Nowhere", EntityAction::Link);
    review.stamp(&now);
    ReviewSource {
        path: PathBuf::from("sample.en.tandem-review.json"),
        exists: true,
        review,
    }
}

/// The analysis with the review replayed, as the loader gives it to the reports.
fn reviewed(pair: &Pair<Document>, a: &Analysis, source: &ReviewSource) -> Analysis {
    let prints = Pair::from_fn(|s| ArticlePrint::of_document(&pair[s]));
    let mut out = a.clone();
    crate::core::review::apply(&mut out, pair, &source.review, &prints);
    out
}

#[test]
fn paragraph_lists_read_as_ranges() {
    assert_eq!(paragraph_list(&[]), "-");
    assert_eq!(paragraph_list(&[0]), "1");
    assert_eq!(paragraph_list(&[1, 2, 3]), "2-4");
    assert_eq!(paragraph_list(&[0, 2, 3]), "1, 3-4");
}

#[test]
fn text_report_lists_entities_gaps_and_the_alignment() {
    let (_, a) = sample();
    let text = render_text(&a, &a.entities, None);
    assert!(text.starts_with("te: sample.te.txt ("), "{text}");
    assert!(text.contains("gap: English only"));
    assert!(text.contains("gap: Telugu only"));
    assert_eq!(
        text.lines().filter(|l| l.contains("gap:")).count(),
        a.entities.iter().filter(|e| e.is_gap()).count()
    );
    let header = text
        .lines()
        .position(|l| l.starts_with("group  te"))
        .unwrap_or_else(|| panic!("no alignment table:\n{text}"));
    let rows: Vec<&str> = text
        .lines()
        .skip(header + 1)
        .take(a.alignment.len())
        .collect();
    for (k, row) in rows.iter().enumerate() {
        assert!(
            row.trim_start().starts_with(&format!("{} ", k + 1)),
            "{row}"
        );
    }
    assert!(!text.contains("review:"));
}

#[test]
fn json_report_round_trips_and_carries_the_review() -> anyhow::Result<()> {
    let (pair, a) = sample();
    let json = render_json(&JsonReport::plain(&a, None))?;
    let back: Analysis = serde_json::from_str(&json)?;
    assert_eq!(back, a);
    let v: serde_json::Value = serde_json::from_str(&json)?;
    for key in [
        "te",
        "en",
        "entities",
        "alignment",
        "figures",
        "quotes",
        "review",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert!(v["review"].is_null());

    let review = ReviewReport::build(&sample_review(&pair, &a), &pair, &a);
    let v: serde_json::Value =
        serde_json::from_str(&render_json(&JsonReport::plain(&a, Some(&review)))?)?;
    let r = &v["review"];
    assert_eq!(
        r["articles"],
        serde_json::json!({"te": "unchanged", "en": "unchanged"})
    );
    assert_eq!(r["groups"][0]["group"], 0);
    assert_eq!(r["groups"][0]["status"], "checked");
    assert_eq!(r["groups"][1]["status"], "needs_work");
    assert_eq!(r["groups"][1]["note"], "అనువాదం | సరిచూడాలి");
    assert_eq!(r["entities"][0]["action"], "reject");
    assert_eq!(r["entities"][2]["stale"], true);
    assert_eq!(r["progress"]["groups_reviewed"], 2);
    assert_eq!(r["progress"]["entity_decisions"], 2);
    assert_eq!(r["progress"]["stale"], 1);
    Ok(())
}

#[test]
fn an_edited_article_makes_its_decisions_stale() {
    let (pair, a) = sample();
    let source = sample_review(&pair, &a);
    let mut edited = pair.clone();
    // Edit the last English paragraph (one paragraph per line in the sample).
    let last = edited
        .en
        .paragraph(edited.en.paragraphs.len() - 1)
        .to_string();
    assert!(last.starts_with("In conclusion,"), "{last}");
    let text = edited
        .en
        .text
        .replace(&last, &last.replacen("In conclusion,", "To conclude,", 1));
    edited.en = Document::from_text("sample.en.txt", text);
    let a2 = Analysis::build(&edited);
    let r = ReviewReport::build(&source, &edited, &a2);
    assert_eq!(r.changed(), [Side::En]);
    assert_eq!(r.articles.te, "unchanged");
    // The first group still stands; the flagged one lost its paragraph but keeps its note.
    assert_eq!(r.groups.len(), 1);
    assert_eq!(r.stale_groups.len(), 1);
    assert_eq!(r.stale_groups[0].note.as_deref(), Some("అనువాదం | సరిచూడాలి"));
}

#[test]
fn decisions_split_and_join_entities() {
    let (pair, a) = sample();
    let after = reviewed(&pair, &a, &sample_review(&pair, &a)).entities;
    // One split (Moscow), one join (బిడెన్ + Ukraine): the count is unchanged.
    assert_eq!(after.len(), a.entities.len());
    assert!(after.iter().enumerate().all(|(k, e)| e.id == k));
    let moscow: Vec<_> = after
        .iter()
        .filter(|e| e.label == "Moscow" || e.label == "మాస్కో")
        .collect();
    assert_eq!(moscow.len(), 2);
    assert!(moscow.iter().all(|e| e.is_gap()));
    let joined = after.iter().find(|e| e.label == "Ukraine");
    assert!(joined.is_some_and(|e| !e.is_gap() && e.te[0].text == "బిడెన్"));
    let mentions = |list: &[crate::core::analysis::Entity]| {
        list.iter().map(|e| e.te.len() + e.en.len()).sum::<usize>()
    };
    assert_eq!(mentions(&after), mentions(&a.entities));
}

#[test]
fn markdown_lists_gaps_flags_and_progress() {
    let (pair, a) = sample();
    let md = render_markdown(&pair, &a, None);
    assert!(md.starts_with("# Coverage report: sample.te.txt and sample.en.txt\n"));
    assert!(md.contains("No review file"));
    assert!(!md.contains("## Flagged groups"));

    let source = sample_review(&pair, &a);
    let r = ReviewReport::build(&source, &pair, &a);
    let md = render_markdown(&pair, &reviewed(&pair, &a, &source), Some(&r));
    assert!(md.contains("Review file: sample.en.tandem-review.json"));
    // The reviewer joined బిడెన్ to Ukraine and split Moscow.
    let section = |title: &str| {
        let start = md.find(title).unwrap_or(md.len());
        let rest = &md[start..];
        let end = rest[1..].find("\n#").map_or(rest.len(), |e| e + 1);
        rest[..end].to_string()
    };
    let en_only = section("### Only in English");
    assert!(en_only.contains("| Moscow |"), "{en_only}");
    assert!(!en_only.contains("| Ukraine |"), "{en_only}");
    let te_only = section("### Only in Telugu");
    assert!(te_only.contains("| మాస్కో | māskō |"), "{te_only}");
    let flagged = section("## Flagged groups");
    assert!(
        flagged.contains("| needs work | అనువాదం \\| సరిచూడాలి |"),
        "{flagged}"
    );
    let progress = section("## Review progress");
    assert!(progress.contains("Groups: 2 of"), "{progress}");
    assert!(progress.contains("1 rejected, 1 added"), "{progress}");
    assert!(
        progress.contains("1 decisions no longer apply"),
        "{progress}"
    );
}

#[test]
fn cells_cannot_break_a_table() {
    use markdown::cell;
    assert_eq!(cell("a|b"), "a\\|b");
    assert_eq!(cell("line\nbreak\r"), "line break ");
    assert_eq!(cell("<script>"), "&lt;script>");
    assert_eq!(cell("back\\slash"), "back\\\\slash");
    assert_eq!(cell("\u{1b}[31mred"), " [31mred");
}

#[test]
fn kind_names_are_the_json_names() {
    use crate::core::entity::Kind;
    for kind in [Kind::Person, Kind::Place, Kind::Organisation, Kind::Other] {
        assert_eq!(serde_json::to_value(kind).ok(), Some(kind.as_str().into()));
    }
}
