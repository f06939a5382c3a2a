//! Screen-shaped but terminal-free: rows laid out per pane width, aligned groups levelled into
//! rows, the coverage map strip, and highlight marks per cell. Built from `core` only; the TUI
//! draws what these compute.

pub mod aligned;
pub mod coverage;
pub mod highlight;
pub mod layout;
pub mod romanised;
pub mod sentence_cursor;
