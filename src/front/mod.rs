//! The ways in: the command line (`cli`), the config file, the headless `report` and `export`
//! commands, and [`run`], which dispatches a parsed command line to them or to the viewer.
//! Builds on `core`, `view` and `tui`; nothing below imports it.

pub mod cli;
pub mod cli_docs;
pub mod config;
pub mod export;
pub mod load;
pub mod memory;
pub mod report;
mod run;

pub use run::run;

/// Writes open-time notices (swapped files, same language, empty file ...) to standard error,
/// one line each, sanitised so a hostile file name cannot drive the terminal. For `report`; the
/// viewer shows them in its status bar instead.
pub fn print_notices(notices: &[String]) {
    for notice in notices {
        eprintln!(
            "tandem: {}",
            crate::core::text::display::sanitize_inline(notice)
        );
    }
}
