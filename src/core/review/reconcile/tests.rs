//! Tests of matching a review against edited articles.

use super::*;
use crate::core::align::Group;
use crate::core::document::Document;
use crate::core::review::hash::ContentHash;
use crate::core::review::model::{EntityAction, GroupDecision, GroupStatus};

fn print(name: &str, paragraphs: &[&str]) -> ArticlePrint {
    let text = paragraphs.join("\n\n");
    ArticlePrint::new(name, text.as_bytes(), paragraphs.iter().copied())
}

fn group(te: &[usize], en: &[usize]) -> Group {
    Group::new(te, en, 1.0)
}

/// A review with one decision on Telugu 1 + English 1..=2 and one on the English-only
/// paragraph 3, saved against `te` and `en`.
fn review_on(now: &Pair<ArticlePrint>) -> Review {
    let mut r = Review::default();
    for (g, status) in [
        (group(&[1], &[1, 2]), GroupStatus::Checked),
        (group(&[], &[3]), GroupStatus::MissingTe),
    ] {
        let Some(paragraphs) = group_key(now, &g) else {
            panic!("group {g:?} outside the articles");
        };
        r.set_group(GroupDecision {
            paragraphs,
            hint: Pair::new(g.te.first().copied().unwrap_or(0), g.en[0]),
            occurrence: None,
            status,
            note: None,
        });
    }
    r.set_entity("సియోల్", "Seoul", EntityAction::Link);
    r.stamp(now);
    r
}

fn pair(te: &[&str], en: &[&str]) -> Pair<ArticlePrint> {
    Pair::new(print("a.te.txt", te), print("a.en.txt", en))
}

const TE: [&str; 3] = ["శీర్షిక", "బ్లింకెన్ సియోల్లో", "ముగింపు"];
const EN: [&str; 4] = ["Title", "Blinken in Seoul.", "He spoke.", "The UN said."];

#[test]
fn unchanged_articles_keep_every_decision() {
    let now = pair(&TE, &EN);
    let r = review_on(&now);
    let rec = reconcile(&r, &now, |_, _| true);
    assert_eq!(
        rec.articles,
        Pair::new(ArticleState::Unchanged, ArticleState::Unchanged)
    );
    assert!(rec.changed().is_empty());
    assert_eq!(
        rec.groups,
        vec![
            FoundGroup {
                decision: 0,
                paragraphs: Pair::new(vec![1], vec![1, 2])
            },
            FoundGroup {
                decision: 1,
                paragraphs: Pair::new(vec![], vec![3])
            },
        ]
    );
    assert!(rec.stale_groups.is_empty() && rec.stale_entities.is_empty());
}

#[test]
fn edits_elsewhere_move_decisions_and_edits_inside_make_them_stale() {
    let r = review_on(&pair(&TE, &EN));
    // English: a new paragraph at the top, the title edited, the last paragraph re-wrapped.
    let en2 = pair(
        &TE,
        &[
            "Breaking",
            "Title!",
            "Blinken in Seoul.",
            "He spoke.",
            "The UN\nsaid.",
        ],
    );
    let rec = reconcile(&r, &en2, |_, _| true);
    assert_eq!(rec.changed(), vec![Side::En]);
    assert_eq!(rec.groups[0].paragraphs, Pair::new(vec![1], vec![2, 3]));
    assert_eq!(rec.groups[1].paragraphs, Pair::new(vec![], vec![4]));
    // Telugu: the decision's own paragraph edited.
    let te2 = pair(&["శీర్షిక", "బ్లింకెన్ సియోల్‌లో", "ముగింపు"], &EN);
    let rec = reconcile(&r, &te2, |_, _| true);
    assert_eq!(rec.changed(), vec![Side::Te]);
    assert_eq!(rec.stale_groups, vec![0]);
    assert_eq!(rec.groups.len(), 1);
    // A paragraph of the group no longer next to the other: stale too.
    let en3 = pair(
        &TE,
        &["Title", "Blinken in Seoul.", "New.", "He spoke.", "X"],
    );
    let rec = reconcile(&r, &en3, |_, _| true);
    assert_eq!(rec.stale_groups, vec![0, 1]);
}

#[test]
fn repeated_paragraphs_resolve_by_the_hint() {
    let te = print("t", &["x", "ad", "y", "ad", "z"]);
    let en = print("e", &["X", "AD"]);
    let mut r = Review::default();
    let key = Pair::new(vec![ContentHash::of_paragraph("ad")], vec![]);
    r.set_group(GroupDecision {
        paragraphs: key,
        hint: Pair::new(3, 0),
        occurrence: None,
        status: GroupStatus::MissingEn,
        note: None,
    });
    let rec = reconcile(&r, &Pair::new(te, en), |_, _| true);
    assert_eq!(rec.groups[0].paragraphs.te, vec![3]);
    assert_eq!(rec.articles.te, ArticleState::Unknown, "never stamped");
}

#[test]
fn entity_decisions_need_both_mentions() {
    let now = pair(&TE, &EN);
    let r = review_on(&now);
    let rec = reconcile(&r, &now, |side, text| match side {
        Side::Te => text == "సియోల్",
        Side::En => text == "Moscow",
    });
    assert_eq!(rec.stale_entities, vec![0]);
}

#[test]
fn group_keys_refuse_foreign_alignments() {
    let now = pair(&TE, &EN);
    assert!(group_key(&now, &group(&[7], &[0])).is_none());
    let key = group_key(&now, &group(&[0], &[0]));
    assert_eq!(
        key,
        Some(Pair::new(
            vec![ContentHash::of_paragraph("శీర్షిక")],
            vec![ContentHash::of_paragraph("Title")]
        ))
    );
}

#[test]
fn prints_of_documents_hash_the_stored_bytes() {
    let doc = Document::from_text("d.en.txt", "One\r\ntwo words\r\n".to_string());
    let p = ArticlePrint::of_document(&doc);
    assert_eq!(p.stamp.bytes, 16);
    assert_eq!(p.stamp.hash, ContentHash::of_bytes(b"One\r\ntwo words\r\n"));
    assert_eq!(p.paragraphs[1], ContentHash::of_paragraph("two words"));
}
