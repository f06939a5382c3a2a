//! A progress bar on standard error for the batch commands (`report DIR`, `export DIR`): the one
//! place outside the viewer that draws on a terminal, kept here with the other terminal code.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

/// Counts finished items on standard error; hidden when standard error is not a terminal (a pipe
/// or a file should not fill with bar redraws).
pub struct Progress(ProgressBar);

impl Progress {
    /// A bar for `len` items, named `what` ("pairs") after the count.
    pub fn on_stderr(len: u64, what: &str) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress(ProgressBar::hidden());
        }
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
        let template = format!("{{bar:40}} {{pos}}/{{len}} {what}  {{elapsed}} (eta {{eta}})");
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        Progress(bar)
    }

    /// One more item done; callable from any thread.
    pub fn step(&self) {
        self.0.inc(1);
    }

    /// Takes the bar off the terminal.
    pub fn finish(&self) {
        self.0.finish_and_clear();
    }
}
