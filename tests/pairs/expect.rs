//! Shared checks for the entity tests: run the real binary's `report`, parse its JSON, and
//! compare the entity groups with what a person expects. Included by `tests/domain/entities_*.rs`.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use tandem::core::analysis::{Analysis, Entity, Mention};

/// One entity a person expects: the English mention texts and the Telugu stems (the mention
/// text without its case suffix; Latin words in the Telugu text as they are) that name it.
/// Every mention with one of these texts must be in the entity's group, and each text must occur.
pub struct Expect {
    pub en: &'static [&'static str],
    pub te: &'static [&'static str],
}

/// Runs `tandem report` on a pair (or the bundled sample) and parses the JSON.
pub fn report(pair: Option<(&Path, &Path)>) -> Analysis {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tandem"));
    cmd.arg("report");
    if let Some((te, en)) = pair {
        cmd.arg(te).arg(en);
    }
    let out = cmd.output().expect("run tandem report");
    assert!(
        out.status.success(),
        "tandem report failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("report is JSON in the contract's shape")
}

/// A test pair under `tests/pairs/`.
pub fn report_pair(name: &str) -> Analysis {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pairs");
    let te = dir.join(format!("{name}.te.txt"));
    let en = dir.join(format!("{name}.en.txt"));
    report(Some((&te, &en)))
}

/// The Telugu mention without its case suffix.
pub fn stem(m: &Mention) -> &str {
    let len = m.stem_end.unwrap_or(m.end).saturating_sub(m.start);
    m.text.get(..len).unwrap_or(&m.text)
}

fn names_en(e: &Entity, x: &Expect) -> bool {
    e.en.iter().any(|m| x.en.contains(&m.text.as_str()))
}

fn names_te(e: &Entity, x: &Expect) -> bool {
    e.te.iter().any(|m| x.te.contains(&stem(m)))
}

/// The one group that holds every mention named by `x`; panics with a readable message if the
/// mentions are spread over several groups or one of the texts is missing.
pub fn group_of<'a>(a: &'a Analysis, x: &Expect) -> &'a Entity {
    let groups: Vec<&Entity> = a
        .entities
        .iter()
        .filter(|e| names_en(e, x) || names_te(e, x))
        .collect();
    assert_eq!(
        groups.len(),
        1,
        "{:?}/{:?} should be one group, found {:?}",
        x.en,
        x.te,
        groups.iter().map(|g| &g.label).collect::<Vec<_>>()
    );
    let g = groups[0];
    for text in x.en {
        assert!(
            g.en.iter().any(|m| m.text == *text),
            "{}: no English mention {text:?}",
            g.label
        );
    }
    for text in x.te {
        assert!(
            g.te.iter().any(|m| stem(m) == *text),
            "{}: no Telugu mention {text:?}",
            g.label
        );
    }
    g
}

/// `x` is one group with mentions on both sides.
pub fn linked(a: &Analysis, x: &Expect) {
    let g = group_of(a, x);
    assert!(
        !g.en.is_empty() && !g.te.is_empty(),
        "{} should be on both sides",
        g.label
    );
}

/// `x` is one group with mentions on one side only (a coverage gap).
pub fn gap(a: &Analysis, x: &Expect) {
    let g = group_of(a, x);
    assert!(
        g.is_gap(),
        "{} should be a gap, has te {:?} en {:?}",
        g.label,
        g.te,
        g.en
    );
}

/// No group mixes two expected entities, and every group that has mentions on both sides is one
/// of the expected links: nothing else got linked.
pub fn exactly(a: &Analysis, links: &[Expect], gaps: &[Expect]) {
    for l in links {
        linked(a, l);
    }
    for g in gaps {
        gap(a, g);
    }
    for e in &a.entities {
        let hits = links
            .iter()
            .chain(gaps)
            .filter(|x| names_en(e, x) || names_te(e, x))
            .count();
        assert!(hits <= 1, "{} mixes {hits} expected entities", e.label);
        if !e.en.is_empty() && !e.te.is_empty() {
            assert!(
                links.iter().any(|x| names_en(e, x) || names_te(e, x)),
                "unexpected link: {} (te {:?}, en {:?})",
                e.label,
                e.te.iter().map(|m| &m.text).collect::<Vec<_>>(),
                e.en.iter().map(|m| &m.text).collect::<Vec<_>>()
            );
        }
    }
}

/// Every mention's text is exactly its bytes in the file, inside its paragraph.
pub fn offsets_hold(a: &Analysis, te_text: &str, en_text: &str) {
    for e in &a.entities {
        for (mentions, text) in [(&e.te, te_text), (&e.en, en_text)] {
            for m in mentions {
                assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
            }
        }
    }
}
