//! The `alignment` part of `tandem report`'s JSON, checked against its schema on the sample and
//! on the test pairs: `[{"te": [indices], "en": [indices], "score": 0..=1}]`, monotonic, every
//! paragraph of each side in exactly one group, no group empty on both sides.

use serde_json::Value;
use std::process::Command;

fn report(args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_tandem"))
        .arg("report")
        .args(args)
        .output()
        .expect("run tandem report");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("report is JSON")
}

/// Checks the schema and the invariants; returns the groups as (te, en) index lists.
fn check_alignment(json: &Value, what: &str) -> Vec<(Vec<u64>, Vec<u64>)> {
    let counts = ["te", "en"].map(|side| json[side]["paragraphs"].as_u64().expect("paragraphs"));
    let groups = json["alignment"].as_array().expect("alignment is an array");
    let mut next = [0u64, 0u64];
    let mut out = Vec::new();
    for (i, g) in groups.iter().enumerate() {
        let obj = g.as_object().expect("a group is an object");
        let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        keys.sort_unstable();
        assert_eq!(keys, ["en", "score", "te"], "{what}: group {i} keys");
        let score = obj["score"].as_f64().expect("score is a number");
        assert!(
            (0.0..=1.0).contains(&score),
            "{what}: group {i} score {score}"
        );
        let sides = ["te", "en"].map(|side| {
            obj[side]
                .as_array()
                .expect("indices are an array")
                .iter()
                .map(|v| v.as_u64().expect("index is a non-negative integer"))
                .collect::<Vec<u64>>()
        });
        assert!(
            !(sides[0].is_empty() && sides[1].is_empty()),
            "{what}: group {i} is empty"
        );
        for (k, side) in sides.iter().enumerate() {
            for &p in side {
                assert_eq!(p, next[k], "{what}: group {i} skips or repeats a paragraph");
                next[k] += 1;
            }
        }
        out.push((sides[0].clone(), sides[1].clone()));
    }
    assert_eq!(next, counts, "{what}: every paragraph is covered");
    out
}

#[test]
fn sample_alignment_matches_the_schema() {
    let groups = check_alignment(&report(&[]), "sample");
    // The Telugu article has no title: the English title stands alone, and the Telugu first
    // paragraph tells what the English first three paragraphs do.
    assert_eq!(groups[0], (vec![], vec![0]));
    assert_eq!(groups[1], (vec![0], vec![1, 2, 3]));
    assert_eq!(groups.len(), 4);
}

#[test]
fn test_pairs_alignments_match_the_schema() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pairs");
    for name in ["climate", "cricket", "election", "space"] {
        let te = format!("{dir}/{name}.te.txt");
        let en = format!("{dir}/{name}.en.txt");
        let json = report(&[&te, &en]);
        let groups = check_alignment(&json, name);
        assert!(!groups.is_empty(), "{name}");
    }
}

#[test]
fn an_empty_article_still_gives_a_valid_alignment() {
    let dir = crate::common::scratch();
    let te = dir.join("empty.te.txt");
    std::fs::write(&te, "").unwrap();
    let en = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/sample.en.txt");
    let json = report(&[te.to_str().unwrap(), en]);
    let groups = check_alignment(&json, "empty te");
    assert!(groups.iter().all(|(te, _)| te.is_empty()));
    std::fs::remove_dir_all(&dir).ok();
}
