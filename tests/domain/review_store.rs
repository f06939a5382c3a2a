//! The review file on disk: round trip, `.bak`, and damaged or foreign files left untouched.

use std::fs;
use std::path::Path;
use tandem::core::pair::Pair;
use tandem::core::review::{
    backup_path, group_key, ArticlePrint, ContentHash, EntityAction, GroupDecision, GroupStatus,
    Review, ReviewError, ReviewStore,
};
use tandem::core::sample::sample_pair;

/// A fresh directory under the system temp dir, removed by the caller at the end.
fn scratch(_name: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A review of the sample with every kind of decision and a Telugu note.
fn sample_review() -> Review {
    let docs = sample_pair();
    let prints = Pair::new(
        ArticlePrint::of_document(&docs.te),
        ArticlePrint::of_document(&docs.en),
    );
    let mut review = Review::default();
    let statuses = [
        GroupStatus::Checked,
        GroupStatus::NeedsWork,
        GroupStatus::MissingTe,
        GroupStatus::MissingEn,
    ];
    for (k, status) in statuses.into_iter().enumerate() {
        let group = tandem::core::align::Group {
            te: vec![k],
            en: vec![k + 1, k + 2],
            score: 0.9,
            manual: false,
        };
        let Some(paragraphs) = group_key(&prints, &group) else {
            panic!("sample has no paragraph {k}");
        };
        review.set_group(GroupDecision {
            paragraphs,
            hint: Pair::new(k, k + 1),
            occurrence: None,
            status,
            note: (k % 2 == 1).then(|| format!("గమనిక {k}: \"బిడెన్\" ఇంగ్లీషులో లేరు")),
        });
    }
    review.set_entity("బ్లింకెన్", "Blinken", EntityAction::Reject);
    review.set_entity("యుఎస్", "U.S.", EntityAction::Link);
    review.stamp(&prints);
    review
}

#[test]
fn a_saved_review_loads_back_equal() {
    let dir = scratch("roundtrip");
    let path = dir.join("sample.en.tandem-review.json");
    let (mut store, loaded) = ReviewStore::open(&path);
    assert_eq!(
        loaded.unwrap(),
        Review::default(),
        "missing file is an empty review"
    );
    assert!(store.can_save());
    let review = sample_review();
    store.save(&review).unwrap();
    assert_eq!(
        entries(&dir),
        ["sample.en.tandem-review.json"],
        "no .bak of nothing"
    );
    let (_, again) = ReviewStore::open(&path);
    assert_eq!(again.unwrap(), review);
    // The note is stored as readable UTF-8, not escaped.
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("ఇంగ్లీషులో లేరు"), "{text}");
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn each_save_keeps_the_previous_version_as_bak() {
    let dir = scratch("bak");
    let path = dir.join("r.tandem-review.json");
    let (mut store, _) = ReviewStore::open(&path);
    let versions: Vec<Review> = (0..3)
        .map(|k| {
            let mut r = Review::default();
            r.set_entity(&format!("te{k}"), &format!("en{k}"), EntityAction::Link);
            r
        })
        .collect();
    for r in &versions {
        store.save(r).unwrap();
    }
    let load = |p: &Path| tandem::core::review::load(p).unwrap();
    assert_eq!(load(&path), versions[2]);
    assert_eq!(load(&backup_path(&path)), versions[1]);
    assert_eq!(
        entries(&dir),
        ["r.tandem-review.json", "r.tandem-review.json.bak"]
    );
    fs::remove_dir_all(&dir).unwrap();
}

/// Opens a review file holding `bytes`, expects an error, and checks that nothing is saved
/// over the file. Returns the error message.
fn refuses(name: &str, bytes: &[u8]) -> String {
    let dir = scratch(name);
    let path = dir.join("r.tandem-review.json");
    fs::write(&path, bytes).unwrap();
    let (mut store, loaded) = ReviewStore::open(&path);
    let message = match loaded {
        Ok(r) => panic!("{name}: loaded {r:?}"),
        Err(e) => e.to_string(),
    };
    assert!(message.contains("r.tandem-review.json"), "{message}");
    assert!(!store.can_save());
    let err = store.save(&sample_review()).unwrap_err();
    assert!(matches!(err, ReviewError::Refused { .. }), "{err:?}");
    assert!(err.to_string().contains("r.tandem-review.json"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), bytes, "{name}: file changed");
    assert_eq!(
        entries(&dir),
        ["r.tandem-review.json"],
        "{name}: no .bak, no temp"
    );
    fs::remove_dir_all(&dir).unwrap();
    message
}

#[test]
fn a_damaged_file_is_left_untouched_and_the_error_says_why() {
    let mut good = serde_json::to_vec_pretty(&sample_review()).unwrap();
    good.truncate(good.len() / 2);
    let message = refuses("truncated", &good);
    assert!(
        message.contains("not a valid review file (line"),
        "{message}"
    );
    assert!(message.contains("EOF"), "{message}");
    let message = refuses("garbage", "{\"version\": 1, \"groups\": [ఏదో]}".as_bytes());
    assert!(message.contains("line 1, column"), "{message}");
    let message = refuses("empty", b"");
    assert!(message.contains("not a valid review file"), "{message}");
    let message = refuses("bad-hash", br#"{"version": 1, "groups": [{"paragraphs": {"te": ["xyz"], "en": []}, "status": "checked"}]}"#);
    assert!(message.contains("not 16 hex digits"), "{message}");
    let message = refuses("newer", br#"{"version": 2, "whatever": true}"#);
    assert!(message.contains("version 2 is newer"), "{message}");
}

#[test]
fn a_file_damaged_after_loading_is_not_saved_over() {
    let dir = scratch("later");
    let path = dir.join("r.tandem-review.json");
    let (mut store, _) = ReviewStore::open(&path);
    store.save(&Review::default()).unwrap();
    fs::write(&path, b"{ half").unwrap();
    let err = store.save(&sample_review()).unwrap_err();
    assert!(err.to_string().contains("could not be read"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), b"{ half");
    // Repairing the file does not unlock this store: the user has to reopen.
    fs::write(&path, br#"{"version": 1}"#).unwrap();
    assert!(store.save(&sample_review()).is_err());
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unreadable_path_is_refused() {
    let dir = scratch("dir");
    let path = dir.join("r.tandem-review.json");
    fs::create_dir(&path).unwrap();
    let (mut store, loaded) = ReviewStore::open(&path);
    let err = loaded.unwrap_err();
    assert!(matches!(err, ReviewError::Read { .. }), "{err:?}");
    assert!(store.save(&Review::default()).is_err());
    assert!(path.is_dir());
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn decisions_survive_a_reload_of_edited_articles() {
    let review = sample_review();
    let docs = sample_pair();
    // The English article gains a paragraph at the top; Telugu is unchanged.
    let en_text = format!("Breaking news\n{}", docs.en.text);
    let en = tandem::Document::from_text("sample.en.txt", en_text);
    let now = Pair::new(
        ArticlePrint::of_document(&docs.te),
        ArticlePrint::of_document(&en),
    );
    let rec = tandem::core::review::reconcile(&review, &now, |_, _| true);
    assert_eq!(rec.changed(), vec![tandem::Side::En]);
    assert!(rec.stale_groups.is_empty());
    let moved: Vec<Vec<usize>> = rec.groups.iter().map(|g| g.paragraphs.en.clone()).collect();
    assert_eq!(moved, [[2, 3], [3, 4], [4, 5], [5, 6]]);
    assert_eq!(
        review.groups[0].paragraphs.en[0],
        ContentHash::of_paragraph(docs.en.paragraph(1))
    );
}
