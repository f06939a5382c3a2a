//! Issue 21: `report --romanise` and `export --romanise` print the Telugu text in Latin letters
//! (and nothing else changes); a corpus export is silent on stderr when it is not a terminal.

use crate::common::{scratch, tandem};

fn has_telugu(s: &str) -> bool {
    s.chars().any(|c| ('\u{0C00}'..='\u{0C7F}').contains(&c))
}

#[test]
fn report_romanise_prints_no_telugu_letters_and_keeps_the_offsets() {
    let (code, plain, err) = tandem(&["report"]);
    assert_eq!(code, 0, "{err}");
    let (code, roman, err) = tandem(&["report", "--romanise"]);
    assert_eq!(code, 0, "{err}");
    assert!(has_telugu(&plain) && !has_telugu(&roman));
    let a: serde_json::Value = serde_json::from_str(&plain).expect("json");
    let b: serde_json::Value = serde_json::from_str(&roman).expect("json still");
    // Offsets point into the file as stored, whatever script the text is printed in.
    assert_eq!(
        a["entities"][0]["te"][0]["start"],
        b["entities"][0]["te"][0]["start"]
    );
    assert_eq!(a["entities"][0]["label"], b["entities"][0]["label"]);
    for format in ["text", "markdown"] {
        let (code, out, err) = tandem(&["report", "--romanise", "--format", format]);
        assert_eq!(code, 0, "{err}");
        assert!(!has_telugu(&out), "{format}");
    }
}

#[test]
fn export_romanise_writes_latin_letters_tagged_te_latn() {
    let (code, tmx, err) = tandem(&["export", "--tmx", "--romanise"]);
    assert_eq!(code, 0, "{err}");
    assert!(!has_telugu(&tmx));
    assert!(tmx.contains("xml:lang=\"te-Latn-IN\"") && !tmx.contains("\"te-IN\""));
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    assert!(
        roxmltree::Document::parse_with_options(&tmx, opts).is_ok(),
        "well-formed"
    );
    let (code, tsv, err) = tandem(&["export", "--tsv", "--romanise"]);
    assert_eq!(code, 0, "{err}");
    assert!(!has_telugu(&tsv));
    assert!(tsv.contains("bliṁken"), "{tsv}");
}

#[test]
fn a_corpus_export_draws_no_bar_into_a_pipe() {
    let dir = scratch();
    let pairs = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pairs");
    for name in ["space", "climate"] {
        for lang in ["te", "en"] {
            let file = format!("{name}.{lang}.txt");
            std::fs::copy(format!("{pairs}/{file}"), dir.join(&file)).expect("copy");
        }
    }
    let (code, _, err) = tandem(&["export", &dir.display().to_string(), "--tsv"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "stderr: {err:?}");
}
