//! The folder forms of a corpus: `NAME.te.txt` + `NAME.en.txt` side by side, and one subfolder
//! per pair.
//!
//! Only `.txt` files take part; other files (review files, notes, the manifest) are left alone
//! without comment, as are hidden entries (names starting with `.`). A `.txt` file that finds
//! no partner, and a subfolder that does not hold exactly one Telugu and one English article,
//! give a notice. Subfolders are not searched further down.

use super::{CorpusError, CorpusPair};
use crate::core::document::{detect_lang, Lang};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Bytes read from the start of a file to tell its language when its name does not.
const SNIFF_BYTES: u64 = 16 << 10;

/// Entries of `dir` that are not hidden, sorted by name: (name, path, is a folder).
fn listing(dir: &Path) -> Result<Vec<(String, PathBuf, bool)>, CorpusError> {
    let unreadable = |e| CorpusError::Unreadable(dir.to_path_buf(), e);
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let entry = entry.map_err(unreadable)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        // Follows symbolic links, so a linked article or pair folder counts.
        let is_dir = path.is_dir();
        out.push((name, path, is_dir));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

fn is_txt(name: &str) -> bool {
    name.len() > 4 && name.to_ascii_lowercase().ends_with(".txt")
}

/// The pairs in `dir` and the notices about what did not pair up.
pub(super) fn scan(dir: &Path) -> Result<(Vec<CorpusPair>, Vec<String>), CorpusError> {
    let mut notices = Vec::new();
    let mut pairs = Vec::new();
    // NAME -> (Telugu file, English file), sorted by NAME.
    let mut by_name: BTreeMap<String, (Option<PathBuf>, Option<PathBuf>)> = BTreeMap::new();
    for (name, path, is_dir) in listing(dir)? {
        if is_dir {
            match subfolder_pair(&name, &path) {
                Ok(pair) => pairs.push(pair),
                Err(notice) => notices.push(notice),
            }
        } else if let Some(stem) = name.strip_suffix(".te.txt").filter(|s| !s.is_empty()) {
            by_name.entry(stem.to_string()).or_default().0 = Some(path);
        } else if let Some(stem) = name.strip_suffix(".en.txt").filter(|s| !s.is_empty()) {
            by_name.entry(stem.to_string()).or_default().1 = Some(path);
        } else if is_txt(&name) {
            notices.push(format!(
                "{}: not named NAME.te.txt or NAME.en.txt; skipped",
                path.display()
            ));
        }
    }
    for (name, sides) in by_name {
        match sides {
            (Some(te), Some(en)) => pairs.push(CorpusPair {
                title: name.clone(),
                name,
                te,
                en,
            }),
            (Some(te), None) => notices.push(format!(
                "{}: no {name}.en.txt beside it; skipped",
                te.display()
            )),
            (None, Some(en)) => notices.push(format!(
                "{}: no {name}.te.txt beside it; skipped",
                en.display()
            )),
            (None, None) => {}
        }
    }
    // Pairs from files and from subfolders in one order: by name, then path.
    pairs.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.te.cmp(&b.te)));
    Ok((pairs, notices))
}

/// The pair a subfolder holds, or the notice saying why it holds none.
fn subfolder_pair(name: &str, dir: &Path) -> Result<CorpusPair, String> {
    let shown = dir.display();
    let entries = listing(dir).map_err(|e| format!("{e}; skipped"))?;
    let txts: Vec<(String, PathBuf)> = entries
        .into_iter()
        .filter(|(n, _, is_dir)| !is_dir && is_txt(n))
        .map(|(n, p, _)| (n, p))
        .collect();
    let pick = |suffix: &str| -> Vec<&PathBuf> {
        txts.iter()
            .filter(|(n, _)| n.ends_with(suffix))
            .map(|(_, p)| p)
            .collect()
    };
    let (te, en) = match (pick(".te.txt").as_slice(), pick(".en.txt").as_slice()) {
        ([te], [en]) if txts.len() == 2 => ((*te).clone(), (*en).clone()),
        _ if txts.len() == 2 => by_script(&txts[0].1, &txts[1].1).map_err(|found| {
            format!("{shown}: two .txt files but not one Telugu and one English ({found}); skipped")
        })?,
        _ => {
            return Err(format!(
                "{shown}: {} .txt files; a pair folder holds one Telugu and one English \
                 article; skipped",
                txts.len()
            ))
        }
    };
    Ok(CorpusPair {
        name: name.to_string(),
        title: name.to_string(),
        te,
        en,
    })
}

/// Orders two files as (Telugu, English) by the script of their first bytes; on failure says
/// what the two look like ("Telugu and Telugu").
fn by_script(a: &Path, b: &Path) -> Result<(PathBuf, PathBuf), String> {
    match (sniff(a), sniff(b)) {
        (Lang::Te, Lang::En) => Ok((a.to_path_buf(), b.to_path_buf())),
        (Lang::En, Lang::Te) => Ok((b.to_path_buf(), a.to_path_buf())),
        (x, y) => Err(format!("{} and {}", x.label(), y.label())),
    }
}

/// The language of the start of a file; `Unknown` when it cannot be read (loading the pair
/// will then say why) or is not a regular file: a FIFO would lose what is read here and a
/// device may never answer.
fn sniff(path: &Path) -> Lang {
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return Lang::Unknown;
    }
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(SNIFF_BYTES).read_to_end(&mut bytes));
    match read {
        // A cut in the middle of a character only loses that character.
        Ok(_) => detect_lang(&String::from_utf8_lossy(&bytes)),
        Err(_) => Lang::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::super::scratch::Scratch;
    use super::super::{discover, CorpusKind};
    use super::*;

    const TE: &str = "యుఎస్ విదేశాంగ కార్యదర్శి బ్లింకెన్";
    const EN: &str = "U.S. Secretary of State Blinken";

    fn names(pairs: &[CorpusPair]) -> Vec<&str> {
        pairs.iter().map(|p| p.name.as_str()).collect()
    }

    #[test]
    fn name_te_and_name_en_files_pair_up_in_name_order() {
        let s = Scratch::new("flat");
        for name in ["zeta", "alpha", "mid"] {
            s.write(&format!("{name}.te.txt"), TE);
            s.write(&format!("{name}.en.txt"), EN);
        }
        s.write("alpha.en.tandem-review.json", "{}");
        s.write(".hidden.te.txt", TE);
        let c = discover(s.path()).expect("corpus");
        assert_eq!(c.kind, CorpusKind::Folder);
        assert_eq!(names(&c.pairs), ["alpha", "mid", "zeta"]);
        assert_eq!(c.pairs[0].te, s.path().join("alpha.te.txt"));
        assert_eq!(c.pairs[0].en, s.path().join("alpha.en.txt"));
        assert_eq!(c.pairs[0].title, "alpha");
        assert!(c.notices.is_empty(), "{:?}", c.notices);
    }

    #[test]
    fn unpaired_and_unnamed_files_are_notices() {
        let s = Scratch::new("unpaired");
        s.write("a.te.txt", TE);
        s.write("a.en.txt", EN);
        let lone_te = s.write("b.te.txt", TE);
        let lone_en = s.write("c.en.txt", EN);
        let loose = s.write("loose.txt", EN);
        let c = discover(s.path()).expect("corpus");
        assert_eq!(names(&c.pairs), ["a"]);
        assert_eq!(
            c.notices,
            [
                format!(
                    "{}: not named NAME.te.txt or NAME.en.txt; skipped",
                    loose.display()
                ),
                format!("{}: no b.en.txt beside it; skipped", lone_te.display()),
                format!("{}: no c.te.txt beside it; skipped", lone_en.display()),
            ]
        );
    }

    #[test]
    fn one_subfolder_per_pair_by_suffix_or_by_script() {
        let s = Scratch::new("subfolders");
        s.write("by-suffix/story.te.txt", TE);
        s.write("by-suffix/story.en.txt", EN);
        // Names that say nothing: the English one sorts first, the script decides.
        s.write("by-script/1.txt", EN);
        s.write("by-script/2.txt", TE);
        s.write("by-script/notes.md", "not an article");
        s.write("both-telugu/1.txt", TE);
        s.write("both-telugu/2.txt", TE);
        s.write("three/1.txt", TE);
        s.write("three/2.txt", EN);
        s.write("three/3.txt", EN);
        s.write("flat.te.txt", TE);
        s.write("flat.en.txt", EN);
        let c = discover(s.path()).expect("corpus");
        assert_eq!(names(&c.pairs), ["by-script", "by-suffix", "flat"]);
        assert_eq!(c.pairs[0].te, s.path().join("by-script/2.txt"));
        assert_eq!(c.pairs[0].en, s.path().join("by-script/1.txt"));
        assert_eq!(c.pairs[1].te, s.path().join("by-suffix/story.te.txt"));
        let both = s.path().join("both-telugu");
        let three = s.path().join("three");
        assert_eq!(
            c.notices,
            [
                format!(
                    "{}: two .txt files but not one Telugu and one English (Telugu and \
                     Telugu); skipped",
                    both.display()
                ),
                format!(
                    "{}: 3 .txt files; a pair folder holds one Telugu and one English \
                     article; skipped",
                    three.display()
                ),
            ]
        );
    }

    #[test]
    fn the_same_folder_gives_the_same_order() {
        let s = Scratch::new("order");
        for k in (0..20).rev() {
            s.write(&format!("p{k:02}.te.txt"), TE);
            s.write(&format!("p{k:02}.en.txt"), EN);
        }
        let first = discover(s.path()).expect("corpus");
        let again = discover(s.path()).expect("corpus");
        assert_eq!(first, again);
        let mut sorted = names(&first.pairs);
        sorted.sort_unstable();
        assert_eq!(names(&first.pairs), sorted);
    }
}
