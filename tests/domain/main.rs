//! Domain tests: text widths and wrapping, alignment, entities, search and the review store, through the library's pure API (no terminal).

#[path = "../common/mod.rs"]
mod common;
#[path = "../pairs/expect.rs"]
mod expect;

mod align_props;
mod align_sample;
mod align_scenarios;
mod entities_pairs;
mod entities_random;
mod entities_real;
mod entities_sample;
mod layers;
mod mapped_files;
mod repeated_paragraphs;
mod review_store;
mod search_props;
mod sentence_pins;
mod sentences_dev;
mod text_widths;
