//! Where a review lives and how it is loaded and saved.
//!
//! A missing file is an empty review. A file that cannot be read or parsed is reported with its
//! name and the problem, and the store then refuses every save to it: a damaged review may
//! still hold hours of work that a repair can recover, and writing over it would destroy that.
//! Before each save the store also checks that the file on disk still parses, so a file damaged
//! while tandem runs is protected too. Saves are atomic (see `atomic`) and keep the previous
//! version as `<file>.bak`.

use super::atomic::replace_file;
use super::error::ReviewError;
use super::model::{Review, REVIEW_VERSION};
use serde::Deserialize;
use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

/// What a review file's name ends with.
pub const REVIEW_SUFFIX: &str = ".tandem-review.json";

/// The default review path for a pair: beside the English article, named after it without its
/// last extension (`story.en.txt` gives `story.en.tandem-review.json`).
pub fn default_review_path(en_article: &Path) -> PathBuf {
    let mut name: OsString = en_article
        .file_stem()
        .map(OsString::from)
        .unwrap_or_else(|| OsString::from("review"));
    name.push(REVIEW_SUFFIX);
    en_article.with_file_name(name)
}

/// Where the review of a pair is kept: `explicit` (`--review PATH`), else beside the English
/// file ([`default_review_path`]), else (the bundled sample, which has no file of its own) in the
/// user's data directory; `None` when there is nowhere to keep it. The viewer and the report
/// both ask here, so the report reads the decisions the viewer saved.
///
/// The bundled sample opened as files (`tandem assets/sample.te.txt assets/sample.en.txt`, or
/// `tandem report` on them) shares the sample's review in the data directory unless a review
/// file already lies beside them, so a review made in `tandem` with no arguments is the one
/// `report` on the asset files reads.
pub fn review_location(
    explicit: Option<&Path>,
    docs: &crate::core::pair::Pair<crate::core::document::Document>,
) -> Option<PathBuf> {
    if let Some(path) = explicit {
        return Some(path.to_path_buf());
    }
    if let Some(en) = &docs.en.path {
        let beside = default_review_path(en);
        if beside.exists() || !crate::core::sample::is_sample(docs) {
            return Some(beside);
        }
        return sample_review_path().or(Some(beside));
    }
    sample_review_path()
}

/// `$XDG_DATA_HOME/tandem/sample.tandem-review.json` (else under `~/.local/share`).
pub fn sample_review_path() -> Option<PathBuf> {
    Some(crate::core::dirs::data_dir()?.join("sample.tandem-review.json"))
}

/// `<file>.bak`: the version before the last save.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(".bak");
    PathBuf::from(name)
}

/// Reads a review file: a missing file is an empty review. Read like an article (regular
/// files and pipes, at most 4 GiB), so a review path leading to `/dev/zero` is an error, not
/// a read without end.
pub fn load(path: &Path) -> Result<Review, ReviewError> {
    use crate::core::bounded_read::{read_bounded, ReadFailure};
    match read_bounded(path, crate::core::document::MAX_BYTES, true) {
        Ok(bytes) => parse(path, &bytes),
        Err(ReadFailure::Missing) => Ok(Review::default()),
        Err(failure) => Err(ReviewError::Read {
            path: path.to_path_buf(),
            source: failure.into_io(),
        }),
    }
}

/// Parses review bytes, checking the version before the rest so that a newer format is
/// reported as such rather than as damage.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Review, ReviewError> {
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    let parse_error = |e: serde_json::Error| {
        let message = e.to_string();
        // serde_json appends " at line L column C"; the error carries those as fields.
        let problem = match message.rfind(" at line ") {
            Some(at) => message[..at].to_string(),
            None => message,
        };
        ReviewError::Parse {
            path: path.to_path_buf(),
            line: e.line(),
            column: e.column(),
            problem,
        }
    };
    let found = serde_json::from_slice::<VersionOnly>(bytes)
        .map_err(parse_error)?
        .version;
    if found > REVIEW_VERSION {
        return Err(ReviewError::Version {
            path: path.to_path_buf(),
            found,
            supported: REVIEW_VERSION,
        });
    }
    serde_json::from_slice(bytes).map_err(parse_error)
}

/// One review file, loaded once and saved after every change.
#[derive(Debug)]
pub struct ReviewStore {
    path: PathBuf,
    /// Why saving is refused: the file could not be read.
    refused: Option<String>,
    /// The file as last loaded or saved, so a save re-reads it only when someone else wrote it.
    seen: Option<FileSeen>,
}

/// Enough of a file's metadata to notice that another program replaced or changed it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileSeen {
    len: u64,
    modified: Option<std::time::SystemTime>,
    /// The inode on Unix (a rename over the file changes it), 0 elsewhere.
    inode: u64,
}

impl FileSeen {
    fn of(path: &Path) -> Option<FileSeen> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let inode = 0;
        Some(FileSeen {
            len: meta.len(),
            modified: meta.modified().ok(),
            inode,
        })
    }
}

impl ReviewStore {
    /// Loads the review at `path`. On failure the error comes with a store that refuses to
    /// save, so the caller can go on showing the articles (without saving) and the message.
    pub fn open(path: impl Into<PathBuf>) -> (ReviewStore, Result<Review, ReviewError>) {
        let path = path.into();
        let loaded = load(&path);
        let refused = loaded.as_ref().err().map(|e| e.to_string());
        let seen = FileSeen::of(&path);
        (
            ReviewStore {
                path,
                refused,
                seen,
            },
            loaded,
        )
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// False once the file turned out unreadable: every save is refused.
    pub fn can_save(&self) -> bool {
        self.refused.is_none()
    }

    /// Saves atomically, keeping the previous file as `<file>.bak`. Refused (and never
    /// attempted again) when the file on disk cannot be read as a review.
    pub fn save(&mut self, review: &Review) -> Result<(), ReviewError> {
        // Someone may have damaged or replaced the file since it was loaded: check it again
        // whenever it is not the file this store last saw.
        if self.refused.is_none() && FileSeen::of(&self.path) != self.seen {
            if let Err(e) = load(&self.path) {
                self.refused = Some(e.to_string());
            }
        }
        if let Some(reason) = &self.refused {
            return Err(ReviewError::Refused {
                path: self.path.clone(),
                reason: reason.clone(),
            });
        }
        // A review file that is a symbolic link stays one: its target is replaced, with the
        // temporary file and the backup beside the target.
        let target =
            super::atomic::resolve_links(&self.path).map_err(|source| ReviewError::Write {
                path: self.path.clone(),
                step: "following the symbolic link",
                source,
            })?;
        replace_file(&target, &backup_path(&target), |w| {
            serde_json::to_writer_pretty(&mut *w, review).map_err(io::Error::other)?;
            w.write_all(b"\n")
        })
        .map_err(|(step, source)| ReviewError::Write {
            path: self.path.clone(),
            step,
            source,
        })?;
        self.seen = FileSeen::of(&self.path);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_path_is_beside_the_english_article() {
        assert_eq!(
            default_review_path(Path::new("/news/story.en.txt")),
            PathBuf::from("/news/story.en.tandem-review.json")
        );
        assert_eq!(
            default_review_path(Path::new("story")),
            PathBuf::from("story.tandem-review.json")
        );
        assert_eq!(
            backup_path(Path::new("a/r.tandem-review.json")),
            PathBuf::from("a/r.tandem-review.json.bak")
        );
    }

    #[test]
    fn parse_errors_carry_the_place_and_the_problem() {
        let err = parse(
            Path::new("r.json"),
            b"{\n  \"version\": 1,\n  \"groups\": 7\n}",
        )
        .unwrap_err();
        let ReviewError::Parse { line, problem, .. } = &err else {
            panic!("{err:?}");
        };
        assert_eq!(*line, 3);
        assert!(problem.contains("invalid type"), "{problem}");
        assert!(!problem.contains(" at line "), "{problem}");
        let text = err.to_string();
        assert!(
            text.starts_with("r.json: not a valid review file (line 3"),
            "{text}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_review_file_that_is_a_link_is_saved_at_its_target() {
        let dir = crate::core::corpus::scratch::Scratch::new("review-link");
        let target = dir.write("keep/real.json", "{\"version\": 1}\n");
        let link = dir.path().join("r.tandem-review.json");
        std::os::unix::fs::symlink("keep/real.json", &link).expect("symlink");
        let (mut store, loaded) = ReviewStore::open(&link);
        let mut review = loaded.expect("loads through the link");
        review.set_entity("యుఎస్", "U.S.", super::super::EntityAction::Link);
        store.save(&review).expect("save");
        store.save(&review).expect("save again");
        let meta = std::fs::symlink_metadata(&link).expect("link");
        assert!(meta.file_type().is_symlink(), "the link stays a link");
        assert_eq!(load(&target).expect("target"), review);
        assert!(dir.path().join("keep/real.json.bak").exists());
        assert!(!dir.path().join("r.tandem-review.json.bak").exists());
    }

    #[test]
    fn newer_versions_are_refused_as_such() {
        let err = parse(Path::new("r.json"), br#"{"version": 9, "groups": "new"}"#).unwrap_err();
        assert!(
            matches!(err, ReviewError::Version { found: 9, .. }),
            "{err:?}"
        );
        assert!(parse(Path::new("r.json"), br#"{"groups": []}"#).is_err());
        assert!(parse(Path::new("r.json"), b"").is_err());
    }
}
