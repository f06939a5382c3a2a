//! Text on screen: the width model, display sanitising, terminal cells, and wrapping.
//!
//! Pure code with no terminal: wrapping and drawing both go through [`display::shown`], so they
//! cannot disagree about how wide anything is.

pub mod cells;
pub mod display;
mod fast_clusters;
pub mod plain_output;
pub mod wrap;

pub use cells::{for_each_cell, TermCell};
pub use display::{shown, Shown};
pub use wrap::{wrap, wrap_into, Row};

/// Display width of a whole string laid out on one row from column 0.
pub fn display_width(s: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    // Printable ASCII is one column a byte: the status bar and titles are mostly that, and they
    // are measured every frame.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.len();
    }
    s.graphemes(true)
        .fold(0, |col, g| col + shown(g).width_at(col))
}
