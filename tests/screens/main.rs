//! Screen tests: the viewer's App driven by keys and drawn on ratatui's TestBackend (snapshots in `snapshots/`).

#[path = "../common/mod.rs"]
mod common;

mod corpus_viewer;
mod coverage_map;
mod cursor;
mod figures;
mod hardening_app;
mod highlight;
mod hostile_random;
mod modes;
mod mouse;
mod reader;
mod reading;
mod realign_ui;
mod reload;
mod review_ui;
mod romanise;
mod search_ui;
