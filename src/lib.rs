//! tandem: read a Telugu and an English version of one news story side by side.
//!
//! The library holds all domain logic (documents, text width and wrapping, entities, alignment,
//! review) in modules that know nothing of the terminal; `tui` only draws state and turns keys
//! into actions. See DESIGN.md in the shared folder for the data flow.

pub mod align;
pub mod aligned;
pub mod analysis;
pub mod cli;
pub mod cli_docs;
pub mod config;
pub mod corpus;
pub mod coverage;
pub mod document;
pub mod entity;
pub mod export;
pub mod figures;
pub mod highlight;
pub mod layout;
pub mod memory;
pub mod open;
pub mod pair;
pub mod report;
pub mod review;
pub mod sample;
pub mod search;
pub mod text;
pub mod tui;

pub use document::{Document, Lang, LoadError};
pub use pair::{Pair, Side};

/// Writes open-time notices (swapped files, same language, empty file ...) to standard error,
/// one line each, sanitised so a hostile file name cannot drive the terminal. For `report`; the
/// viewer shows them in its status bar instead.
pub fn print_notices(notices: &[String]) {
    for notice in notices {
        eprintln!("tandem: {}", text::display::sanitize_inline(notice));
    }
}

/// Runs the parsed command line; returns the exit code (2 for bad input, as documented).
pub fn run(cli: cli::Cli) -> i32 {
    memory::tune_allocator();
    let result = match &cli.command {
        Some(cli::Command::Report(args)) => report::run(args, cli.lossy),
        Some(cli::Command::Export(args)) => export::run(args, cli.lossy),
        Some(cli::Command::Completions { shell }) => cli_docs::run(Some(*shell)),
        Some(cli::Command::Man) => cli_docs::run(None),
        // The config first: a broken one is reported (file and line) before the screen changes.
        None => config::Config::load_default()
            .map_err(anyhow::Error::from)
            .and_then(|config| {
                let options = tui::Options::from_cli(&cli, config);
                match cli.corpus() {
                    Some(path) => {
                        if cli.review.is_some() {
                            anyhow::bail!(
                                "--review names the review file of one pair; a corpus keeps \
                                 each pair's review beside its English article"
                            );
                        }
                        tui::run_corpus(corpus::discover(path)?, cli.lossy, options)
                    }
                    None => tui::run(open::open_pair(&cli.view_request())?, options),
                }
            })
            .map(tui::Exit::code),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            // Errors name files, and a file name can hold escape sequences too.
            eprintln!(
                "tandem: {}",
                text::display::sanitize_inline(&format!("{e:#}"))
            );
            2
        }
    }
}
