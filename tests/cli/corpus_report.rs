//! `tandem report DIR --format jsonl` run as a program, on a generated folder of pairs and on a
//! manifest: one JSON object per pair in corpus order, notices on standard error, a pair that
//! cannot be read reported in its line, and the errors for a corpus asked for the wrong way.

use crate::common;

use common::tandem;
use std::path::Path;

fn scratch(_name: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

/// The test pairs shipped in tests/pairs: (name, Telugu text, English text).
fn test_pairs() -> Vec<(String, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pairs");
    ["climate", "cricket", "election", "space"]
        .iter()
        .map(|name| {
            let read = |lang: &str| {
                std::fs::read_to_string(dir.join(format!("{name}.{lang}.txt"))).expect("pair")
            };
            (name.to_string(), read("te"), read("en"))
        })
        .collect()
}

fn jsonl(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn a_folder_of_pairs_gives_one_line_per_pair() {
    let dir = scratch("folder");
    for (name, te, en) in test_pairs() {
        std::fs::write(dir.join(format!("{name}.te.txt")), te).expect("write");
        std::fs::write(dir.join(format!("{name}.en.txt")), en).expect("write");
    }
    // One pair as a subfolder whose names do not say the language.
    let sub = dir.join("extra");
    std::fs::create_dir_all(&sub).expect("subfolder");
    let (_, te, en) = &test_pairs()[0];
    std::fs::write(sub.join("a.txt"), en).expect("write");
    std::fs::write(sub.join("b.txt"), te).expect("write");
    std::fs::write(dir.join("lonely.te.txt"), te).expect("write");

    let path = dir.display().to_string();
    let (code, out, err) = tandem(&["report", &path, "--format", "jsonl"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("lonely.te.txt: no lonely.en.txt beside it; skipped"),
        "{err}"
    );
    let lines = jsonl(&out);
    let names: Vec<&str> = lines.iter().filter_map(|v| v["name"].as_str()).collect();
    assert_eq!(names, ["climate", "cricket", "election", "extra", "space"]);
    for (k, v) in lines.iter().enumerate() {
        assert_eq!(v["pair"], k);
        assert!(
            v["alignment"].as_array().is_some_and(|a| !a.is_empty()),
            "{v}"
        );
        assert!(v["te"]["bytes"].as_u64().is_some_and(|b| b > 0));
    }
    assert_eq!(
        lines[3]["te"]["path"],
        sub.join("b.txt").display().to_string()
    );
    // The line is the single-pair report plus the corpus fields.
    let te = dir.join("space.te.txt").display().to_string();
    let en = dir.join("space.en.txt").display().to_string();
    let (_, single, _) = tandem(&["report", &te, &en]);
    let single: serde_json::Value = serde_json::from_str(&single).expect("json");
    let mut line = lines[4].clone();
    for extra in ["pair", "name", "title", "notices"] {
        line.as_object_mut().and_then(|o| o.remove(extra));
    }
    assert_eq!(line, single);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_manifest_keeps_its_order_titles_and_reports_bad_pairs_in_place() {
    let dir = scratch("manifest");
    let pairs = test_pairs();
    std::fs::create_dir_all(dir.join("te")).expect("te dir");
    std::fs::create_dir_all(dir.join("en")).expect("en dir");
    let mut manifest = String::from("# te\ten\ttitle\n\n");
    for (k, (name, te, en)) in pairs.iter().enumerate().rev() {
        std::fs::write(dir.join(format!("te/{k}.txt")), te).expect("write");
        std::fs::write(dir.join(format!("en/{k}.txt")), en).expect("write");
        manifest.push_str(&format!("te/{k}.txt\ten/{k}.txt\tThe {name} story\n"));
    }
    manifest.push_str("te/0.txt\n");
    manifest.push_str("te/0.txt\ten/missing.txt\n");
    let file = dir.join("pairs.tsv");
    std::fs::write(&file, manifest).expect("manifest");

    for target in [file.as_path(), &dir] {
        let path = target.display().to_string();
        let (code, out, err) = tandem(&["report", &path, "--format", "jsonl"]);
        assert_eq!(code, 2, "a pair failed: {err}");
        assert!(err.contains("pairs.tsv: line 7: expected 2 or 3"), "{err}");
        assert!(err.contains("1 of 5 pairs could not be reported"), "{err}");
        let lines = jsonl(&out);
        let titles: Vec<&str> = lines.iter().filter_map(|v| v["title"].as_str()).collect();
        assert_eq!(
            titles,
            [
                "The space story",
                "The election story",
                "The cricket story",
                "The climate story",
                "0"
            ]
        );
        assert!(lines[..4].iter().all(|v| v.get("error").is_none()));
        assert!(
            lines[4]["error"]
                .as_str()
                .is_some_and(|e| e.contains("missing.txt: no such file")),
            "{}",
            lines[4]
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_corpus_asked_for_the_wrong_way_is_a_one_line_error() {
    let dir = scratch("wrong");
    let path = dir.display().to_string();
    let (code, out, err) = tandem(&["report", &path, "--format", "jsonl"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.starts_with(&format!("tandem: {path}: no pairs found")),
        "{err}"
    );
    std::fs::write(dir.join("a.te.txt"), "తెలుగు").expect("write");
    std::fs::write(dir.join("a.en.txt"), "English").expect("write");
    // Without --format a corpus is reported as JSON lines; another format is refused.
    let (code, out, err) = tandem(&["report", &path]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    let (code, _, err) = tandem(&["report", &path, "--format", "text"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("a corpus is reported with --format jsonl"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    let (code, _, err) = tandem(&["report", &path, "--format", "jsonl", "--review", "r.json"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--review names the review file of one pair"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
