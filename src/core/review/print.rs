//! How a review sees the articles: each one's stamp (length and hash of its bytes) and its
//! paragraphs' content hashes, and the content key of an alignment group. A leaf that both
//! `reconcile` and `place` read.

use super::hash::ContentHash;
use super::model::ArticleStamp;
use crate::core::align::Group;
use crate::core::document::Document;
use crate::core::pair::{Pair, Side};

/// One article as the review sees it: a stamp of its bytes and its paragraphs' hashes.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticlePrint {
    pub stamp: ArticleStamp,
    pub paragraphs: Vec<ContentHash>,
}

impl ArticlePrint {
    /// From the raw bytes and the paragraph texts.
    pub fn new<'t>(
        name: &str,
        bytes: &[u8],
        paragraphs: impl IntoIterator<Item = &'t str>,
    ) -> Self {
        ArticlePrint {
            stamp: ArticleStamp {
                name: name.to_string(),
                bytes: bytes.len() as u64,
                hash: ContentHash::of_bytes(bytes),
            },
            paragraphs: paragraphs
                .into_iter()
                .map(ContentHash::of_paragraph)
                .collect(),
        }
    }

    /// From a loaded document (its text is the file's bytes unless it was loaded `lossy`).
    pub fn of_document(doc: &Document) -> Self {
        let paragraphs = (0..doc.paragraphs.len()).map(|k| doc.paragraph(k));
        ArticlePrint::new(&doc.name, doc.text.as_bytes(), paragraphs)
    }
}

/// The content key of an alignment group: its paragraphs' hashes per side. `None` when the
/// group names a paragraph the article does not have (an alignment from other texts).
pub fn group_key(now: &Pair<ArticlePrint>, group: &Group) -> Option<Pair<Vec<ContentHash>>> {
    let side = |s: Side| -> Option<Vec<ContentHash>> {
        group
            .side(s)
            .iter()
            .map(|&k| now[s].paragraphs.get(k).copied())
            .collect()
    };
    Some(Pair::new(side(Side::Te)?, side(Side::En)?))
}
