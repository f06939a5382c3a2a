//! End-to-end tests: the binary Cargo built for the tests, in a real terminal (tmux): keys sent with send-keys, the screen read with capture-pane; signals and crashes.

#[path = "../common/mod.rs"]
mod common;

mod corpus;
mod cursor;
mod hardening_terminal;
mod mapped_truncate;
mod mouse;
mod mouse_panic;
mod panes;
mod reader;
mod reload;
mod review;
mod review_crash;
mod romanise;
mod signals;
