//! Opening the pair the user asked for: two files, or the bundled sample when none are given.
//!
//! Files people have at hand are often not what the command line promised: the English file
//! first, two Telugu files, an empty file, bytes that needed `--lossy`. Where tandem can still
//! show something useful it does, and says what it noticed in [`OpenedPair::notices`] (one line
//! each, for the status bar, or standard error in `tandem report`). Only a pair it cannot show at
//! all is an [`OpenError`].

use crate::core::document::{Document, Lang, LoadError};
use crate::core::pair::Pair;
use crate::core::sample::sample_pair;
use std::path::PathBuf;

/// What the command line named.
#[derive(Debug, Clone, Default)]
pub struct PairRequest {
    pub te: Option<PathBuf>,
    pub en: Option<PathBuf>,
    /// Show invalid UTF-8 as U+FFFD instead of refusing the file.
    pub lossy: bool,
}

/// Why the request itself is wrong (as opposed to a file that cannot be read).
#[derive(Debug)]
pub enum OpenError {
    Load(LoadError),
    OneFile,
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::Load(e) => e.fmt(f),
            OpenError::OneFile => write!(
                f,
                "give two files (Telugu then English), or none to open the bundled sample"
            ),
        }
    }
}

impl std::error::Error for OpenError {}

impl From<LoadError> for OpenError {
    fn from(e: LoadError) -> Self {
        OpenError::Load(e)
    }
}

/// The pair to show, Telugu on the `te` side, and what the reader should be told about it.
#[derive(Debug, Clone)]
pub struct OpenedPair {
    pub docs: Pair<Document>,
    /// One-line notices in the order they were found: swapped arguments, same language on both
    /// sides, empty files, text without letters, bytes replaced by `--lossy`. Empty for a pair
    /// that needs no comment. File names in them are as given; sanitise before drawing.
    pub notices: Vec<String>,
}

/// Loads the requested pair, putting the Telugu article on the `te` side when the arguments
/// came in the other order.
pub fn open_pair(req: &PairRequest) -> Result<OpenedPair, OpenError> {
    match (&req.te, &req.en) {
        (None, None) => Ok(OpenedPair {
            docs: sample_pair(),
            notices: Vec::new(),
        }),
        (Some(first), Some(second)) => {
            // Two files, two cores: reading, validating and splitting a big file is most of the
            // time to the first screen.
            let (first, second) = std::thread::scope(|scope| {
                let other = scope.spawn(|| Document::load(second, req.lossy));
                let first = Document::load(first, req.lossy);
                let second = other
                    .join()
                    .unwrap_or_else(|_| Document::load(second, req.lossy));
                (first, second)
            });
            Ok(arrange(first?, second?))
        }
        _ => Err(OpenError::OneFile),
    }
}

/// Orders two loaded documents by language and collects the notices about them. Pure, so every
/// case is unit-tested without files.
pub fn arrange(first: Document, second: Document) -> OpenedPair {
    let mut notices = Vec::new();
    for doc in [&first, &second] {
        notices.extend(describe_content(doc));
    }
    let docs = match (first.lang, second.lang) {
        (Lang::En, Lang::Te) => {
            notices.insert(
                0,
                format!(
                    "swapped the files: {} is English and {} is Telugu (Telugu goes first)",
                    first.name, second.name
                ),
            );
            Pair::new(second, first)
        }
        (a, b) if a == b && a != Lang::Unknown => {
            notices.insert(
                0,
                format!(
                    "warning: both files look {} ({} and {})",
                    a.label(),
                    first.name,
                    second.name
                ),
            );
            Pair::new(first, second)
        }
        _ => Pair::new(first, second),
    };
    OpenedPair { docs, notices }
}

/// What is worth saying about one document on its own, if anything.
fn describe_content(doc: &Document) -> Option<String> {
    if doc.text.is_empty() {
        Some(format!("{} is empty", doc.name))
    } else if doc.is_empty() {
        Some(format!("{} has only blank lines", doc.name))
    } else if let Some(offset) = doc.repaired_from {
        Some(format!(
            "{}: invalid UTF-8 from byte {offset} on shown as \u{FFFD} (--lossy)",
            doc.name
        ))
    } else if doc.lang == Lang::Unknown {
        Some(format!("{} has no Telugu or English letters", doc.name))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TE: &str = "యుఎస్ విదేశాంగ కార్యదర్శి బ్లింకెన్";
    const EN: &str = "U.S. Secretary of State Blinken";

    fn doc(name: &str, text: &str) -> Document {
        Document::from_text(name, text.to_string())
    }

    #[test]
    fn a_pair_in_order_needs_no_notice() {
        let opened = arrange(doc("a.te", TE), doc("a.en", EN));
        assert_eq!(opened.docs.te.name, "a.te");
        assert_eq!(opened.docs.en.name, "a.en");
        assert!(opened.notices.is_empty(), "{:?}", opened.notices);
    }

    #[test]
    fn english_first_is_swapped_with_a_notice() {
        let opened = arrange(doc("story.en", EN), doc("story.te", TE));
        assert_eq!(opened.docs.te.name, "story.te");
        assert_eq!(opened.docs.en.name, "story.en");
        assert_eq!(opened.notices.len(), 1, "{:?}", opened.notices);
        assert!(opened.notices[0].starts_with("swapped the files"));
        assert!(opened.notices[0].contains("story.en is English"));
    }

    #[test]
    fn same_language_is_a_warning_and_keeps_the_order() {
        let opened = arrange(doc("one", TE), doc("two", TE));
        assert_eq!(opened.docs.te.name, "one");
        assert_eq!(
            opened.notices,
            ["warning: both files look Telugu (one and two)"]
        );
        let opened = arrange(doc("one", EN), doc("two", EN));
        assert_eq!(opened.docs.en.name, "two");
        assert!(opened.notices[0].contains("both files look English"));
    }

    #[test]
    fn empty_blank_and_letterless_files_are_named() {
        let opened = arrange(doc("e.te", ""), doc("b.en", "\n \r\n"));
        assert_eq!(
            opened.notices,
            ["e.te is empty", "b.en has only blank lines"]
        );
        // Nothing to tell the language by: no swap, no same-language warning.
        assert_eq!(opened.docs.te.name, "e.te");
        let opened = arrange(doc("n.te", "1234 5678"), doc("a.en", EN));
        assert_eq!(opened.notices, ["n.te has no Telugu or English letters"]);
    }

    #[test]
    fn an_unknown_side_is_never_swapped() {
        // Only clear evidence (English first, Telugu second) moves files around.
        let opened = arrange(doc("x", "— 42 —"), doc("t", TE));
        assert_eq!(opened.docs.te.name, "x");
        let opened = arrange(doc("e", EN), doc("x", ""));
        assert_eq!(opened.docs.en.name, "x");
    }

    #[test]
    fn swap_notice_comes_before_content_notices() {
        let opened = arrange(doc("e", EN), doc("t", &format!("{TE}\n\n")));
        assert_eq!(opened.docs.te.name, "t");
        assert_eq!(opened.notices.len(), 1);
    }

    #[test]
    fn repaired_text_is_mentioned() -> Result<(), LoadError> {
        let bad = Document::from_bytes("l.en", b"Caf\xe9 in Seoul".to_vec(), true)?;
        let opened = arrange(doc("t", TE), bad);
        assert_eq!(
            opened.notices,
            ["l.en: invalid UTF-8 from byte 3 on shown as \u{FFFD} (--lossy)"]
        );
        Ok(())
    }

    #[test]
    fn sample_and_request_errors() {
        let opened = open_pair(&PairRequest::default()).expect("sample opens");
        assert!(opened.notices.is_empty());
        assert_eq!(opened.docs.te.lang, Lang::Te);
        let one = PairRequest {
            te: Some("x".into()),
            ..PairRequest::default()
        };
        assert!(matches!(open_pair(&one), Err(OpenError::OneFile)));
    }
}
