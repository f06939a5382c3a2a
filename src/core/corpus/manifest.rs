//! The manifest form of a corpus: `pairs.tsv`, one pair per line.
//!
//! ```text
//! # te path<TAB>en path<TAB>optional title
//! 2024/rain.te.txt<TAB>2024/rain.en.txt<TAB>Monsoon reaches the coast
//! /data/te/42.txt<TAB>/data/en/42.txt
//! ```
//!
//! Relative paths are relative to the manifest's folder. Lines starting with `#` and blank lines
//! are skipped; a trailing CR (a file saved on Windows) is ignored. A line that is not two or
//! three non-empty tab-separated fields is skipped with a notice naming its line number. Whether
//! the files exist is not checked here: a pair that cannot be loaded is reported when it is used.

use super::CorpusPair;
use std::path::Path;

/// Reads the manifest text; `label` names the manifest in notices and `base` is the folder
/// relative paths start from. Returns the pairs in line order and one notice per skipped line.
pub fn parse_manifest(text: &str, label: &str, base: &Path) -> (Vec<CorpusPair>, Vec<String>) {
    let mut pairs = Vec::new();
    let mut notices = Vec::new();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (k, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        let (te, en, title) = match fields.as_slice() {
            [te, en] => (*te, *en, None),
            [te, en, title] => (*te, *en, Some(*title).filter(|t| !t.is_empty())),
            _ => {
                notices.push(format!(
                    "{label}: line {}: expected 2 or 3 tab-separated fields (te path, en path, \
                     title), found {}; line skipped",
                    k + 1,
                    fields.len()
                ));
                continue;
            }
        };
        if te.is_empty() || en.is_empty() {
            notices.push(format!(
                "{label}: line {}: empty {} path; line skipped",
                k + 1,
                if te.is_empty() { "Telugu" } else { "English" }
            ));
            continue;
        }
        let (te, en) = (base.join(te), base.join(en));
        let name = title.map(str::to_string).unwrap_or_else(|| stem_name(&te));
        pairs.push(CorpusPair {
            title: name.clone(),
            name,
            te,
            en,
        });
    }
    (pairs, notices)
}

/// `story` for `dir/story.te.txt` or `dir/story.txt`.
fn stem_name(path: &Path) -> String {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    for suffix in [".te.txt", ".txt"] {
        if let Some(stem) = file.strip_suffix(suffix).filter(|s| !s.is_empty()) {
            return stem.to_string();
        }
    }
    file
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn parse(text: &str) -> (Vec<CorpusPair>, Vec<String>) {
        parse_manifest(text, "pairs.tsv", Path::new("/corpus"))
    }

    #[test]
    fn lines_give_pairs_relative_to_the_manifest() {
        let (pairs, notices) = parse(
            "# a comment\n\nrain.te.txt\train.en.txt\tMonsoon reaches the coast\r\n\
             /abs/42.txt\t/abs/42-en.txt\n",
        );
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[0].te, PathBuf::from("/corpus/rain.te.txt"));
        assert_eq!(pairs[0].en, PathBuf::from("/corpus/rain.en.txt"));
        assert_eq!(pairs[0].title, "Monsoon reaches the coast");
        assert_eq!(pairs[1].te, PathBuf::from("/abs/42.txt"));
        assert_eq!(pairs[1].title, "42");
        assert_eq!(pairs[1].name, "42");
    }

    #[test]
    fn bad_lines_are_notices_with_line_numbers() {
        let (pairs, notices) =
            parse("a.te.txt\ta.en.txt\nonly-one-field\n\tb.en.txt\nc\td\te\tf\n\u{feff}\n");
        assert_eq!(pairs.len(), 1);
        assert_eq!(
            notices,
            [
                "pairs.tsv: line 2: expected 2 or 3 tab-separated fields (te path, en path, \
                 title), found 1; line skipped",
                "pairs.tsv: line 3: empty Telugu path; line skipped",
                "pairs.tsv: line 4: expected 2 or 3 tab-separated fields (te path, en path, \
                 title), found 4; line skipped",
                "pairs.tsv: line 5: expected 2 or 3 tab-separated fields (te path, en path, \
                 title), found 1; line skipped",
            ]
        );
    }

    #[test]
    fn a_bom_and_an_empty_title_are_ignored() {
        let (pairs, notices) = parse("\u{feff}x.txt\ty.txt\t\n");
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(pairs[0].title, "x");
        assert_eq!(pairs[0].te, PathBuf::from("/corpus/x.txt"));
    }
}
