//! Sentence marks (issue 18) in `tandem report`: a mark the viewer saves (`ms`) is reported in
//! the JSON review section with its sentence and bytes, and listed in the markdown's flagged
//! section; a review file without sentence marks reports as before (no `sentences` key).

use crate::common::{scratch, tandem};
use std::path::Path;
use tandem::core::analysis::Analysis;
use tandem::core::document::Document;
use tandem::core::pair::{Pair, Side};
use tandem::core::review::{sentence_key, GroupStatus, Review, SentenceDecision};

#[test]
fn a_sentence_mark_is_in_the_json_and_the_markdown() {
    let dir = scratch();
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let (te, en) = (dir.join("story.te.txt"), dir.join("story.en.txt"));
    std::fs::copy(assets.join("sample.te.txt"), &te).expect("copy te");
    std::fs::copy(assets.join("sample.en.txt"), &en).expect("copy en");
    let docs = Pair::new(
        Document::load(&te, false).expect("te"),
        Document::load(&en, false).expect("en"),
    );
    let a = Analysis::build(&docs);
    let k = 2;
    let (text, occurrence) = sentence_key(&docs.en.text, &a.sentences.en, k);
    let mut review = Review::default();
    review.toggle_sentence(SentenceDecision {
        side: Side::En,
        text,
        occurrence,
        status: GroupStatus::MissingTe,
    });
    let path = dir.join("story.en.tandem-review.json");
    std::fs::write(&path, serde_json::to_string(&review).expect("json")).expect("write");
    let (te, en) = (te.display().to_string(), en.display().to_string());

    let (code, json, err) = tandem(&["report", &te, &en, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let marks = &v["review"]["sentences"];
    assert_eq!(marks.as_array().map(Vec::len), Some(1), "{}", v["review"]);
    assert_eq!(marks[0]["side"], "en");
    assert_eq!(marks[0]["sentence"], k);
    assert_eq!(marks[0]["status"], "missing_te");
    let s = a.sentences.en[k];
    assert_eq!(marks[0]["start"], s.start);
    assert_eq!(marks[0]["end"], s.end);

    let (code, md, err) = tandem(&["report", &te, &en, "--format", "markdown"]);
    assert_eq!(code, 0, "{err}");
    let sentence = docs.en.text[s.span()].trim();
    assert!(
        md.contains("Sentences marked as missing in the other article")
            && md.contains(&format!("English sentence {}", k + 1))
            && md.contains(sentence),
        "{md}"
    );

    // Without sentence marks the review section has no "sentences" key, as before.
    std::fs::write(&path, r#"{"version": 1}"#).expect("write");
    let (_, json, _) = tandem(&["report", &te, &en, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert!(v["review"].get("sentences").is_none(), "{}", v["review"]);
}
