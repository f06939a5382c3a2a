//! Named entities in both languages: candidate names on each side, a phonetic and
//! dictionary-based bridge between the scripts, and the linking that turns them into entity
//! groups (see DESIGN.md, "Entities").

pub mod distance;
pub mod english;
pub mod english_tokens;
pub mod english_words;
pub mod gazetteer;
pub mod key;
pub mod letters;
pub mod lexicon;
pub mod telugu;
pub mod telugu_words;
pub mod translit;
pub mod blocks;
pub mod form;
pub mod link;
pub mod english_nodes;
pub mod kind;
pub mod union;
pub mod telugu_nodes;
