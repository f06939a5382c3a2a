//! The review file's data: what the reviewer decided, keyed by content so that decisions
//! survive edits elsewhere in the articles.
//!
//! A group decision names its paragraphs by the hashes of their texts (per side, in order), not
//! by paragraph or group numbers, which shift whenever a paragraph is added or the aligner
//! groups differently. An entity decision names the two mentions by their texts (the labels
//! the entity list shows), not by entity ids, which are numbered afresh on every analysis.

use super::hash::ContentHash;
use crate::core::pair::{Pair, Side};
use serde::{Deserialize, Serialize};

/// The format version this tandem writes and reads. A file with a higher version is refused
/// (never overwritten) rather than misread.
pub const REVIEW_VERSION: u32 = 1;

/// Everything saved for one pair of articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub version: u32,
    /// The articles as they were when the review was last saved; `None` before the first save.
    #[serde(default)]
    pub articles: Option<Pair<ArticleStamp>>,
    #[serde(default)]
    pub groups: Vec<GroupDecision>,
    #[serde(default)]
    pub entities: Vec<EntityDecision>,
    /// Hand edits of the alignment, in the order made (absent when there are none, so files
    /// without them stay as they were).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alignment: Vec<super::AlignmentEdit>,
    /// Sentence marks (issue 18), absent when there are none: files written before them load
    /// unchanged, and a review without them is written as it was.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<SentenceDecision>,
}

impl Default for Review {
    fn default() -> Self {
        Review {
            version: REVIEW_VERSION,
            articles: None,
            groups: Vec::new(),
            entities: Vec::new(),
            alignment: Vec::new(),
            sentences: Vec::new(),
        }
    }
}

/// Which article text a review was made on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleStamp {
    /// The file name, for messages ("sample.te.txt changed since the review").
    pub name: String,
    /// Length in bytes.
    pub bytes: u64,
    /// FNV-1a of the bytes as stored on disk.
    pub hash: ContentHash,
}

/// The reviewer's verdict on one alignment group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupStatus {
    /// Both sides say the same; nothing to do.
    Checked,
    /// The translation or coverage needs work (see the note).
    NeedsWork,
    /// Content of the English side is missing from the Telugu article.
    MissingTe,
    /// Content of the Telugu side is missing from the English article.
    MissingEn,
}

/// A decision on one group, identified by the content of its paragraphs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupDecision {
    /// Hashes of the group's paragraph texts, per side, in order (one side may be empty).
    pub paragraphs: Pair<Vec<ContentHash>>,
    /// Index of the group's first paragraph on each side when the decision was made: only a
    /// hint, to choose among repeated paragraphs (a recurring byline) when finding it again.
    #[serde(default)]
    pub hint: Pair<usize>,
    /// Per side, how many times the same run of paragraph texts stands before this group's
    /// in the article: which of repeated texts (`***` between stories) the decision is on
    /// (see `place`). Absent in files written before it was kept; `hint` decides then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrence: Option<Pair<usize>>,
    pub status: GroupStatus,
    /// Free text, any script.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A reviewer's mark on one sentence: its content is missing in the other article. Named by
/// the sentence's text (whitespace folded, as paragraphs are) and how many sentences with the
/// same text come before it in its article, so it survives edits elsewhere and new sentence
/// numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceDecision {
    /// The article that has the sentence.
    pub side: Side,
    /// [`ContentHash::of_paragraph`] of the sentence's text.
    pub text: ContentHash,
    /// Sentences with the same text before this one in its article.
    #[serde(default)]
    pub occurrence: usize,
    /// `missing_te` or `missing_en`: the article that lacks it (the other one).
    pub status: GroupStatus,
}

/// What the reviewer said about the matcher's link between two mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityAction {
    /// The matcher linked them, wrongly.
    Reject,
    /// The matcher missed that they are the same entity.
    Link,
    /// The matcher's link is right (a reviewer checked it).
    Confirm,
}

/// A decision on the link between a Telugu and an English entity, by their mention texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityDecision {
    pub te: String,
    pub en: String,
    pub action: EntityAction,
}

impl Review {
    /// The decision on the group whose paragraphs have exactly these texts.
    pub fn group(&self, paragraphs: &Pair<Vec<ContentHash>>) -> Option<&GroupDecision> {
        self.groups.iter().find(|d| &d.paragraphs == paragraphs)
    }

    /// Records a decision, replacing any earlier one on the same paragraphs.
    pub fn set_group(&mut self, decision: GroupDecision) {
        match self
            .groups
            .iter_mut()
            .find(|d| d.paragraphs == decision.paragraphs)
        {
            Some(old) => *old = decision,
            None => self.groups.push(decision),
        }
    }

    /// Forgets the decision on these paragraphs; true if there was one.
    pub fn clear_group(&mut self, paragraphs: &Pair<Vec<ContentHash>>) -> bool {
        let before = self.groups.len();
        self.groups.retain(|d| &d.paragraphs != paragraphs);
        self.groups.len() != before
    }

    /// The decision on the link between these two mention texts.
    /// The entity decisions as `(te, en, action)`, in the order made, for
    /// [`crate::core::review::apply_entity_decisions`].
    pub fn entity_decisions(&self) -> impl Iterator<Item = (&str, &str, EntityAction)> {
        self.entities
            .iter()
            .map(|d| (d.te.as_str(), d.en.as_str(), d.action))
    }

    pub fn entity(&self, te: &str, en: &str) -> Option<EntityAction> {
        self.entities
            .iter()
            .find(|d| d.te == te && d.en == en)
            .map(|d| d.action)
    }

    /// Records an entity decision, replacing any earlier one on the same two texts.
    pub fn set_entity(&mut self, te: &str, en: &str, action: EntityAction) {
        match self.entities.iter_mut().find(|d| d.te == te && d.en == en) {
            Some(old) => old.action = action,
            None => self.entities.push(EntityDecision {
                te: te.to_string(),
                en: en.to_string(),
                action,
            }),
        }
    }

    /// The mark on the sentence of `side` with this text and occurrence.
    pub fn sentence(
        &self,
        side: Side,
        text: ContentHash,
        occurrence: usize,
    ) -> Option<&SentenceDecision> {
        self.sentences
            .iter()
            .find(|d| d.side == side && d.text == text && d.occurrence == occurrence)
    }

    /// Marks the sentence, or takes the mark off when it has one; true when it is marked now.
    pub fn toggle_sentence(&mut self, decision: SentenceDecision) -> bool {
        let before = self.sentences.len();
        self.sentences.retain(|d| {
            !(d.side == decision.side
                && d.text == decision.text
                && d.occurrence == decision.occurrence)
        });
        if self.sentences.len() == before {
            self.sentences.push(decision);
            true
        } else {
            false
        }
    }

    /// Restores the matcher's suggestion for these two texts; true if a decision was dropped.
    pub fn clear_entity(&mut self, te: &str, en: &str) -> bool {
        let before = self.entities.len();
        self.entities.retain(|d| !(d.te == te && d.en == en));
        self.entities.len() != before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hashes(te: &[&str], en: &[&str]) -> Pair<Vec<ContentHash>> {
        let h = |v: &[&str]| v.iter().map(|t| ContentHash::of_paragraph(t)).collect();
        Pair::new(h(te), h(en))
    }

    fn decision(paragraphs: Pair<Vec<ContentHash>>, status: GroupStatus) -> GroupDecision {
        GroupDecision {
            paragraphs,
            hint: Pair::new(0, 0),
            occurrence: None,
            status,
            note: None,
        }
    }

    #[test]
    fn a_group_decision_is_replaced_not_duplicated() {
        let mut r = Review::default();
        let key = hashes(&["ఒకటి"], &["one", "two"]);
        r.set_group(decision(key.clone(), GroupStatus::NeedsWork));
        let mut checked = decision(key.clone(), GroupStatus::Checked);
        checked.note = Some("సరిగా ఉంది".into());
        r.set_group(checked.clone());
        assert_eq!(r.groups, vec![checked]);
        assert_eq!(r.group(&key).map(|d| d.status), Some(GroupStatus::Checked));
        assert!(r.group(&hashes(&["ఒకటి"], &["one"])).is_none());
        assert!(r.clear_group(&key));
        assert!(!r.clear_group(&key));
        assert!(r.groups.is_empty());
    }

    #[test]
    fn entity_decisions_by_text() {
        let mut r = Review::default();
        r.set_entity("బ్లింకెన్", "Blinken", EntityAction::Reject);
        r.set_entity("బ్లింకెన్", "Blinken", EntityAction::Link);
        r.set_entity("మాస్కో", "Moscow", EntityAction::Link);
        assert_eq!(r.entities.len(), 2);
        assert_eq!(r.entity("బ్లింకెన్", "Blinken"), Some(EntityAction::Link));
        assert_eq!(r.entity("Blinken", "బ్లింకెన్"), None);
        assert!(r.clear_entity("మాస్కో", "Moscow"));
        assert_eq!(r.entity("మాస్కో", "Moscow"), None);
    }

    #[test]
    fn the_file_format() {
        let mut r = Review::default();
        r.set_group(GroupDecision {
            paragraphs: Pair::new(vec![ContentHash(1)], vec![]),
            hint: Pair::new(2, 3),
            occurrence: None,
            status: GroupStatus::MissingEn,
            note: Some("ఇంగ్లీషులో లేదు".into()),
        });
        r.set_entity("యుఎస్", "U.S.", EntityAction::Link);
        let value = serde_json::to_value(&r).unwrap();
        let expected = serde_json::json!({
            "version": 1,
            "articles": null,
            "groups": [{
                "paragraphs": {"te": ["0000000000000001"], "en": []},
                "hint": {"te": 2, "en": 3},
                "status": "missing_en",
                "note": "ఇంగ్లీషులో లేదు"
            }],
            "entities": [{"te": "యుఎస్", "en": "U.S.", "action": "link"}]
        });
        assert_eq!(value, expected);
        // No sentence marks: no "sentences" key, as files were before sentence marks.
        assert!(value.get("sentences").is_none());
        // Optional parts may be left out by hand-written files.
        let minimal: Review = serde_json::from_str(r#"{"version": 1}"#).unwrap();
        assert_eq!(minimal, Review::default());
    }

    #[test]
    fn sentence_marks_toggle_and_old_files_still_load() {
        let mut r = Review::default();
        let mark = SentenceDecision {
            side: Side::En,
            text: ContentHash::of_paragraph("Only in English."),
            occurrence: 0,
            status: GroupStatus::MissingTe,
        };
        assert!(r.toggle_sentence(mark.clone()));
        assert_eq!(r.sentence(Side::En, mark.text, 0), Some(&mark));
        assert!(r.sentence(Side::Te, mark.text, 0).is_none());
        assert!(r.sentence(Side::En, mark.text, 1).is_none());
        let value = serde_json::to_value(&r).unwrap();
        assert_eq!(
            value["sentences"],
            serde_json::json!([{
                "side": "en",
                "text": format!("{:016x}", mark.text.0),
                "occurrence": 0,
                "status": "missing_te"
            }])
        );
        let back: Review = serde_json::from_value(value).unwrap();
        assert_eq!(back, r);
        assert!(!r.toggle_sentence(mark));
        assert!(r.sentences.is_empty());
        // A file from before sentence marks (groups, entities, hand edits) loads as it was.
        let old = r#"{"version": 1, "articles": null,
            "groups": [{"paragraphs": {"te": ["0000000000000001"], "en": []},
                        "hint": {"te": 0, "en": 0}, "status": "missing_en"}],
            "entities": []}"#;
        let old: Review = serde_json::from_str(old).unwrap();
        assert!(old.sentences.is_empty());
        assert_eq!(old.groups.len(), 1);
    }
}
