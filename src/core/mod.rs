//! The domain: documents, text width and wrapping, entities, alignment, figures, search,
//! corpora, review and the analysis that ties them together. Pure and terminal-free; nothing
//! here imports `view`, `front` or `tui`.

pub mod align;
pub mod analysis;
pub mod bounded_read;
pub mod corpus;
pub mod dirs;
pub mod document;
pub mod editor;
pub mod entity;
pub mod figures;
pub mod mapped;
pub mod open;
pub mod pair;
pub mod reload;
pub mod review;
pub mod romanise;
pub mod sample;
pub mod search;
pub mod sentence;
pub mod text;
pub mod watch;
