//! Dispatch of a parsed command line: `report`, `export`, `completions`, `man`, or the viewer
//! (a pair or a corpus) with the config file's settings.

use super::{cli, cli_docs, config, export, memory, report};
use crate::core::{corpus, open, text};
use crate::tui;

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
                let options = cli.viewer_options(config);
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
        // `tandem report | head`: the reader has all it wanted; not an error, and no message.
        Err(e) if is_broken_pipe(&e) => 0,
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

/// True when the error comes from writing to a pipe whose reader has gone.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
