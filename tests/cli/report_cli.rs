//! `tandem report` run as a program: the markdown coverage report of the bundled sample lists
//! the sample's gaps, and a review file beside the English article is read (never written).

use crate::common;

use common::tandem;
use std::path::Path;

/// The markdown section that starts with `title`, up to the next heading.
fn section<'a>(md: &'a str, title: &str) -> &'a str {
    let start = md
        .find(title)
        .unwrap_or_else(|| panic!("no {title:?} in:\n{md}"));
    let rest = &md[start..];
    let end = rest[1..].find("\n#").map_or(rest.len(), |e| e + 1);
    &rest[..end]
}

/// First cells of a section's table rows.
fn names(section: &str) -> Vec<&str> {
    section
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| ---"))
        .skip(1)
        .filter_map(|l| l.split(" | ").next())
        .map(|c| c.trim_start_matches("| "))
        .collect()
}

#[test]
fn the_sample_report_lists_the_sample_gaps() {
    let (code, md, err) = tandem(&["report", "--format", "markdown"]);
    assert_eq!(code, 0, "{err}");
    assert!(md.starts_with("# Coverage report: sample.te.txt and sample.en.txt"));
    let en_only = names(section(&md, "### Only in English"));
    for gap in ["Ukraine", "United Nations", "Linda Thomas-Greenfield"] {
        assert!(en_only.contains(&gap), "{gap} not in {en_only:?}");
    }
    let te_only = names(section(&md, "### Only in Telugu"));
    assert!(te_only.contains(&"బిడెన్"), "{te_only:?}");
    // What both articles name is not a gap.
    let both = names(section(&md, "## Entities in both articles"));
    assert!(
        both.contains(&"Seoul") && !both.contains(&"Ukraine"),
        "{both:?}"
    );
}

fn scratch(_name: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

/// Copies the sample into `dir`; returns the two paths as strings.
fn sample_files(dir: &Path) -> (String, String) {
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let (te, en) = (dir.join("story.te.txt"), dir.join("story.en.txt"));
    std::fs::copy(assets.join("sample.te.txt"), &te).expect("copy te");
    std::fs::copy(assets.join("sample.en.txt"), &en).expect("copy en");
    (te.display().to_string(), en.display().to_string())
}

#[test]
fn a_review_beside_the_english_article_is_reported() {
    let dir = scratch("beside");
    let (te, en) = sample_files(&dir);
    // No review yet: the JSON says so.
    let (code, json, err) = tandem(&["report", &te, &en]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert!(v["review"].is_null(), "{}", v["review"]);

    // A review written by hand (an entity decision only: group keys need paragraph hashes).
    let review = dir.join("story.en.tandem-review.json");
    let body = r#"{"version": 1, "entities": [{"te": "బిడెన్", "en": "Ukraine", "action": "link"}]}"#;
    std::fs::write(&review, body).expect("write review");
    let (code, json, err) = tandem(&["report", &te, &en]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["review"]["path"], review.display().to_string());
    assert_eq!(v["review"]["entities"][0]["action"], "link");
    assert_eq!(v["review"]["entities"][0]["stale"], false);
    assert_eq!(v["review"]["articles"]["te"], "new");

    // The markdown applies the decision: the two names are no longer gaps.
    let (_, md, _) = tandem(&["report", &te, &en, "--format", "markdown"]);
    assert!(md.contains("Entity links: 0 rejected, 1 added"), "{md}");
    assert!(!names(section(&md, "### Only in English")).contains(&"Ukraine"));

    // The report reads the review file and never writes it.
    assert_eq!(std::fs::read_to_string(&review).ok().as_deref(), Some(body));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_sample_review_is_read_where_the_viewer_saves_it() {
    let data = scratch("data");
    let (code, json, err) = common::tandem_with_data(&["report"], &data);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert!(v["review"].is_null(), "{}", v["review"]);

    let review = data.join("tandem").join("sample.tandem-review.json");
    std::fs::create_dir_all(data.join("tandem")).expect("data dir");
    let body = r#"{"version": 1, "entities": [{"te": "బిడెన్", "en": "Ukraine", "action": "link"}]}"#;
    std::fs::write(&review, body).expect("write review");
    let (code, json, err) = common::tandem_with_data(&["report"], &data);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["review"]["path"], review.display().to_string());
    assert_eq!(v["review"]["entities"][0]["action"], "link");
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn the_report_uses_the_alignment_fixed_by_hand() {
    let dir = scratch("hand");
    let (te, en) = sample_files(&dir);
    let (_, json, _) = tandem(&["report", &te, &en]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let machine = v["alignment"].as_array().expect("alignment").clone();
    assert!(machine.iter().all(|g| g.get("manual").is_none()));

    // A merge of the group of the first Telugu paragraph with the next, named by that
    // paragraph's hash (as the viewer saves it).
    let doc = tandem::Document::load(Path::new(&te), false).expect("load");
    let print = tandem::core::review::ArticlePrint::of_document(&doc);
    let hash = serde_json::to_value(print.paragraphs[0]).expect("hash");
    let review = serde_json::json!({
        "version": 1,
        "alignment": [{"edit": "merge", "side": "te", "paragraph": {"hash": hash, "hint": 0}}]
    });
    std::fs::write(dir.join("story.en.tandem-review.json"), review.to_string()).expect("write");
    let (code, json, err) = tandem(&["report", &te, &en]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let hand = v["alignment"].as_array().expect("alignment");
    assert_eq!(hand.len(), machine.len() - 1);
    let k = machine
        .iter()
        .position(|g| g["te"].as_array().is_some_and(|te| te.contains(&0.into())))
        .expect("a group holds Telugu paragraph 0");
    assert_eq!(hand[k]["manual"], true);
    let te0: Vec<_> = machine[k..k + 2]
        .iter()
        .flat_map(|g| g["te"].as_array().unwrap().clone())
        .collect();
    assert_eq!(hand[k]["te"].as_array().unwrap(), &te0);
    let (_, text, _) = tandem(&["report", &te, &en, "--format", "text"]);
    assert!(!text.is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unreadable_review_is_an_error_naming_it() {
    let dir = scratch("broken");
    let (te, en) = sample_files(&dir);
    let review = dir.join("elsewhere.json");
    std::fs::write(&review, "{\"version\": 1, \"groups\": [").expect("write");
    let path = review.display().to_string();
    let (code, out, err) = tandem(&["report", &te, &en, "--review", &path]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.starts_with(&format!("tandem: {path}: not a valid review file")),
        "{err}"
    );
    assert!(out.is_empty());
    // A --review file that does not exist yet is an empty review.
    let fresh = dir.join("new.json").display().to_string();
    let (code, out, err) = tandem(&["report", &te, &en, "--review", &fresh, "--format", "text"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("review: {fresh}")), "{out}");
    assert!(out.contains("review: 0 of 4 groups reviewed"), "{out}");
    assert!(!Path::new(&fresh).exists());
    let _ = std::fs::remove_dir_all(&dir);
}
