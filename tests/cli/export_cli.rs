//! `tandem export` run as a program: TMX of a pair to standard output is well-formed XML with
//! the paragraph texts, `-o FILE` writes the same bytes, a corpus gives one document for all
//! pairs, TSV carries the review statuses, and a request without a format is refused.

use crate::common;

use common::tandem;
use std::path::Path;
use tandem::core::pair::Pair;
use tandem::core::review::{ContentHash, GroupDecision, GroupStatus, Review};

fn scratch(_name: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

fn pair_file(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/pairs")
        .join(name)
        .display()
        .to_string()
}

/// The seg texts of every tu, as (te, en).
fn segments(xml: &str) -> Vec<(String, String)> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(xml, opts)
        .unwrap_or_else(|e| panic!("not well-formed: {e}\n{xml}"));
    doc.descendants()
        .filter(|n| n.has_tag_name("tu"))
        .map(|tu| {
            let segs: Vec<String> = tu
                .descendants()
                .filter(|n| n.has_tag_name("seg"))
                .map(|s| s.text().unwrap_or("").to_string())
                .collect();
            assert_eq!(segs.len(), 2, "two tuvs per tu");
            (segs[0].clone(), segs[1].clone())
        })
        .collect()
}

#[test]
fn tmx_of_a_pair_holds_its_paragraphs_and_o_writes_the_same() {
    let (te, en) = (pair_file("cricket.te.txt"), pair_file("cricket.en.txt"));
    let (code, xml, err) = tandem(&["export", &te, &en, "--tmx", "--en-locale", "en-US"]);
    assert_eq!(code, 0, "{err}");
    assert!(xml.contains("xml:lang=\"en-US\""), "{xml}");
    let segs = segments(&xml);
    assert!(!segs.is_empty());
    // Every paragraph of a segment is a paragraph of its article, in order.
    let te_text = std::fs::read_to_string(&te).expect("te");
    let en_text = std::fs::read_to_string(&en).expect("en");
    let mut at = (0, 0);
    for (t, e) in &segs {
        for p in t.split('\n') {
            let found = te_text[at.0..].find(p).expect("Telugu paragraph in order");
            at.0 += found + p.len();
        }
        for p in e.split('\n') {
            let found = en_text[at.1..].find(p).expect("English paragraph in order");
            at.1 += found + p.len();
        }
    }
    let dir = scratch("o");
    let out = dir.join("cricket.tmx");
    let out_s = out.display().to_string();
    let (code, stdout, err) = tandem(&[
        "export",
        &te,
        &en,
        "--tmx",
        "--en-locale",
        "en-US",
        "-o",
        &out_s,
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&out).expect("written"), xml);
    let leftovers: Vec<_> = std::fs::read_dir(&dir).expect("dir").collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_corpus_exports_every_pair_and_names_it() {
    let dir = scratch("corpus");
    for name in ["space", "climate"] {
        for lang in ["te", "en"] {
            std::fs::copy(
                pair_file(&format!("{name}.{lang}.txt")),
                dir.join(format!("{name}.{lang}.txt")),
            )
            .expect("copy");
        }
    }
    let path = dir.display().to_string();
    let (code, xml, err) = tandem(&["export", &path, "--tmx"]);
    assert_eq!(code, 0, "{err}");
    assert!(!segments(&xml).is_empty());
    let climate = xml
        .find("<prop type=\"x-pair\">climate</prop>")
        .expect("climate");
    let space = xml
        .find("<prop type=\"x-pair\">space</prop>")
        .expect("space");
    assert!(climate < space, "corpus order");

    let (code, tsv, err) = tandem(&["export", &path, "--tsv"]);
    assert_eq!(code, 0, "{err}");
    let mut lines = tsv.lines();
    assert_eq!(lines.next(), Some("pair\tgroup\tte\ten\tstatus\tnote"));
    let pairs: Vec<&str> = lines.filter_map(|l| l.split('\t').next()).collect();
    assert!(
        pairs.first() == Some(&"climate") && pairs.last() == Some(&"space"),
        "{pairs:?}"
    );
    assert!(tsv.lines().all(|l| l.split('\t').count() == 6), "{tsv}");

    // A pair that cannot be read is left out with a notice, and the exit code says so.
    std::fs::write(dir.join("broken.te.txt"), b"ab\xffcd").expect("write");
    std::fs::write(dir.join("broken.en.txt"), "English").expect("write");
    let (code, xml, err) = tandem(&["export", &path, "--tmx"]);
    assert_eq!(code, 2);
    assert!(err.contains("broken.te.txt: not valid UTF-8"), "{err}");
    assert!(err.contains("pair broken left out"), "{err}");
    assert!(segments(&xml).len() > 2);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn tsv_carries_the_review_status() {
    let dir = scratch("review");
    let (te, en) = (dir.join("s.te.txt"), dir.join("s.en.txt"));
    std::fs::write(&te, "మొదటి పేరా.\n\nరెండో పేరా.").expect("te");
    std::fs::write(&en, "First paragraph.\n\nSecond paragraph.").expect("en");
    let (te, en) = (te.display().to_string(), en.display().to_string());
    // A review that marks the first group (paragraph 0 on both sides) as needing work.
    let mut review = Review::default();
    review.set_group(GroupDecision {
        paragraphs: Pair::new(
            vec![ContentHash::of_paragraph("మొదటి పేరా.")],
            vec![ContentHash::of_paragraph("First paragraph.")],
        ),
        hint: Pair::new(0, 0),
        occurrence: None,
        status: GroupStatus::NeedsWork,
        note: Some("check\tthis".into()),
    });
    let review_path = dir.join("r.json");
    std::fs::write(&review_path, serde_json::to_string(&review).expect("json")).expect("write");
    let review_path = review_path.display().to_string();
    let (code, tsv, err) = tandem(&["export", &te, &en, "--tsv", "--review", &review_path]);
    assert_eq!(code, 0, "{err}");
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows[0], ["group", "te", "en", "status", "note"]);
    assert_eq!(
        rows[1],
        [
            "1",
            "మొదటి పేరా.",
            "First paragraph.",
            "needs_work",
            "check\\tthis"
        ]
    );
    assert_eq!(rows[2], ["2", "రెండో పేరా.", "Second paragraph.", "", ""]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn export_needs_one_format() {
    let (code, _, err) = tandem(&["export"]);
    assert_eq!(code, 2);
    assert!(err.contains("--tmx") && err.contains("--tsv"), "{err}");
    let (code, _, _) = tandem(&["export", "--tmx", "--tsv"]);
    assert_eq!(code, 2);
}
