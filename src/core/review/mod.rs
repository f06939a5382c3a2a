//! Review decisions and the review file (issue 6, storage part; the keys that make decisions
//! live in `tui`).
//!
//! A translator checks a pair group by group and entity by entity and comes back to it the next
//! day. This module holds what is decided ([`Review`]), tells which decisions still apply when
//! the articles have been edited since ([`reconcile`]), and keeps the file safe: one JSON file
//! per pair, written atomically with the previous version kept as `.bak`, and never written
//! over when it cannot be read ([`ReviewStore`]).
//!
//! Pure apart from `store`/`atomic`, which touch only the review file and its siblings.

pub mod alignment;
mod apply;
mod atomic;
mod entities;
mod error;
mod hash;
mod model;
mod place;
mod print;
mod reconcile;
mod sentences;
mod store;

pub use alignment::{
    apply_to_analysis, hand_align, AlignmentEdit, HandAlignment, ParaRef, ParagraphFinder,
};
pub use apply::{apply, changes_analysis};
pub(crate) use atomic::write_file_atomically;
pub use entities::{apply_entity_decisions, entity_key, telugu_label};
pub use error::ReviewError;
pub use hash::ContentHash;
pub use model::{
    ArticleStamp, EntityAction, EntityDecision, GroupDecision, GroupStatus, Review,
    SentenceDecision, REVIEW_VERSION,
};
pub use place::{GroupPlace, RunIndex};
pub use reconcile::{group_key, reconcile, ArticlePrint, ArticleState, FoundGroup, Reconciliation};
pub use sentences::{locate_sentences, sentence_key};
pub use store::{
    backup_path, default_review_path, load, parse, review_location, ReviewStore, REVIEW_SUFFIX,
};
