//! A corpus: many pairs of articles named by one path, for `tandem report DIR`, `tandem export
//! DIR` and the viewer's pair picker. Pure apart from reading the folder listing, the manifest
//! and (for one-subfolder-per-pair corpora whose file names do not say the language) the start
//! of each file.
//!
//! Three forms, told apart by [`discover`]:
//! - a folder of `NAME.te.txt` + `NAME.en.txt` files (the pair is called `NAME`);
//! - a folder with one subfolder per pair, each holding one Telugu and one English `.txt` file
//!   (by the `.te.txt`/`.en.txt` suffix, else by the script of the text; the pair is called
//!   after the subfolder). Both kinds may be mixed in one folder;
//! - a manifest `pairs.tsv` (or any `*.tsv` file, or a folder holding `pairs.tsv`): one pair per
//!   line, `te path<TAB>en path[<TAB>title]`, paths relative to the manifest's folder, `#`
//!   comments and blank lines allowed.
//!
//! Nothing is dropped silently: a `.txt` file without its partner, a subfolder that is not a
//! pair and a manifest line that cannot be read become [`Corpus::notices`] (one line each,
//! naming the file and, for the manifest, the line number). Only a corpus that cannot be read at
//! all, or holds no pair, is a [`CorpusError`]. Pairs come in a deterministic order: sorted by
//! name for folders (byte order), manifest order for a manifest.

mod folder;
mod manifest;
mod parallel;

pub use manifest::parse_manifest;
pub use parallel::{map_in_order, CHUNK};

use std::fmt;
use std::path::{Path, PathBuf};

/// The name of the manifest file a folder may hold.
pub const MANIFEST_NAME: &str = "pairs.tsv";

/// One pair of a corpus: where its two files are and what to call it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorpusPair {
    /// Short identifier: `NAME` of `NAME.te.txt`, the subfolder's name, or (manifest) the title
    /// or the Telugu file's stem.
    pub name: String,
    /// What to show in lists: the manifest's title when it has one, else `name`.
    pub title: String,
    pub te: PathBuf,
    pub en: PathBuf,
}

/// How the corpus was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorpusKind {
    Folder,
    Manifest,
}

/// The pairs found, and what was noticed on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corpus {
    /// The path as given (a folder or a manifest file).
    pub root: PathBuf,
    pub kind: CorpusKind,
    pub pairs: Vec<CorpusPair>,
    /// One line each: unpaired files, subfolders that are not pairs, manifest lines skipped.
    pub notices: Vec<String>,
}

/// Why there is no corpus to work on.
#[derive(Debug)]
pub enum CorpusError {
    /// The folder or manifest cannot be read.
    Unreadable(PathBuf, std::io::Error),
    /// The manifest is not UTF-8 text.
    NotText(PathBuf),
    /// Nothing that makes a pair (the notices say what was found instead).
    NoPairs(PathBuf),
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorpusError::Unreadable(p, e) => write!(f, "{}: cannot read: {e}", p.display()),
            CorpusError::NotText(p) => write!(f, "{}: a manifest must be UTF-8 text", p.display()),
            CorpusError::NoPairs(p) => write!(
                f,
                "{}: no pairs found (expected NAME.te.txt + NAME.en.txt, one subfolder per pair, \
                 or a pairs.tsv manifest)",
                p.display()
            ),
        }
    }
}

impl std::error::Error for CorpusError {}

/// True when `path` names a corpus rather than one article: a folder, or a `.tsv` manifest.
pub fn is_corpus_path(path: &Path) -> bool {
    path.is_dir()
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("tsv"))
}

/// Finds the pairs of the corpus at `path`: a manifest file, a folder holding `pairs.tsv` (read
/// as that manifest), or a folder of pairs.
pub fn discover(path: &Path) -> Result<Corpus, CorpusError> {
    let manifest = if path.is_dir() {
        Some(path.join(MANIFEST_NAME)).filter(|m| m.is_file())
    } else {
        Some(path.to_path_buf())
    };
    let corpus = match manifest {
        Some(file) => {
            let bytes = crate::core::bounded_read::read_bounded(
                &file,
                crate::core::document::MAX_BYTES,
                false,
            )
            .map_err(|e| CorpusError::Unreadable(file.clone(), e.into_io()))?;
            let text = String::from_utf8(bytes).map_err(|_| CorpusError::NotText(file.clone()))?;
            let base = file.parent().unwrap_or(Path::new("."));
            let (pairs, notices) = parse_manifest(&text, &file.display().to_string(), base);
            Corpus {
                root: path.to_path_buf(),
                kind: CorpusKind::Manifest,
                pairs,
                notices,
            }
        }
        None => {
            let (pairs, notices) = folder::scan(path)?;
            Corpus {
                root: path.to_path_buf(),
                kind: CorpusKind::Folder,
                pairs,
                notices,
            }
        }
    };
    if corpus.pairs.is_empty() {
        return Err(CorpusError::NoPairs(path.to_path_buf()));
    }
    Ok(corpus)
}

#[cfg(test)]
pub(crate) mod scratch {
    //! A unique empty folder under the system temp dir per test, removed on drop.
    use std::path::{Path, PathBuf};
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub struct Scratch(pub PathBuf);

    impl Scratch {
        pub fn new(tag: &str) -> Scratch {
            static N: AtomicUsize = AtomicUsize::new(0);
            let n = N.fetch_add(1, Ordering::Relaxed);
            let dir = std::env::temp_dir()
                .join(format!("tandem-corpus-{tag}-{}-{n}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).expect("scratch dir");
            Scratch(dir)
        }

        /// Writes `text` to `rel` (creating folders); returns the path.
        pub fn write(&self, rel: &str, text: &str) -> PathBuf {
            let path = self.0.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).expect("parent dir");
            }
            std::fs::write(&path, text).expect("write file");
            path
        }

        pub fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::scratch::Scratch;
    use super::*;

    #[test]
    fn a_folder_with_pairs_tsv_is_read_as_the_manifest() {
        let s = Scratch::new("with-manifest");
        s.write("a.te.txt", "తెలుగు");
        s.write("a.en.txt", "English");
        s.write("x/one.txt", "తెలుగు");
        s.write("x/two.txt", "English");
        s.write("pairs.tsv", "x/one.txt\tx/two.txt\tChosen\n");
        let c = discover(s.path()).expect("corpus");
        assert_eq!(c.kind, CorpusKind::Manifest);
        assert_eq!(c.pairs.len(), 1);
        assert_eq!(c.pairs[0].title, "Chosen");
        assert_eq!(c.pairs[0].te, s.path().join("x/one.txt"));
    }

    #[test]
    fn an_empty_folder_is_an_error_naming_it() {
        let s = Scratch::new("empty");
        s.write("notes.md", "nothing here");
        let err = discover(s.path()).expect_err("no pairs");
        assert!(err.to_string().contains("no pairs found"), "{err}");
        assert!(
            err.to_string().starts_with(&s.path().display().to_string()),
            "{err}"
        );
    }

    #[test]
    fn a_missing_or_binary_manifest_is_an_error() {
        let s = Scratch::new("bad-manifest");
        let missing = s.path().join("none.tsv");
        assert!(is_corpus_path(&missing));
        let err = discover(&missing).expect_err("missing");
        assert!(err.to_string().contains("cannot read"), "{err}");
        std::fs::write(s.path().join("bin.tsv"), b"\xff\xfe").expect("write");
        let err = discover(&s.path().join("bin.tsv")).expect_err("binary");
        assert!(err.to_string().contains("UTF-8"), "{err}");
    }

    #[test]
    fn corpus_paths_are_folders_and_tsv_files() {
        let s = Scratch::new("paths");
        let file = s.write("a.te.txt", "x");
        assert!(is_corpus_path(s.path()));
        assert!(!is_corpus_path(&file));
        assert!(is_corpus_path(Path::new("list.TSV")));
    }
}
