//! `tandem report --watch`: the report printed again each time one of the two articles changes
//! on disk (issue 20), for a terminal beside the editor or a script reading `--format jsonl`
//! line by line. Runs until interrupted. A file that cannot be read while watched is reported
//! on standard error and the watch goes on, so fixing the file prints the report again.

use super::print_once;
use crate::core::text::display::sanitize_inline;
use crate::core::watch::FileWatch;
use crate::front::cli::ReportArgs;
use anyhow::Context;
use std::time::Duration;

/// Prints the report, then again after every settled change of either file.
pub fn run(args: &ReportArgs, lossy: bool) -> anyhow::Result<i32> {
    let (Some(te), Some(en), None) = (&args.te, &args.en, args.corpus()) else {
        anyhow::bail!("--watch needs two files (the bundled sample and a corpus do not change)");
    };
    let mut watch = FileWatch::new(&[te.clone(), en.clone()]).context("cannot watch the files")?;
    loop {
        if let Err(e) = print_once(args, lossy) {
            eprintln!("tandem: {}", sanitize_inline(&format!("{e:#}")));
        }
        while watch.wait(Duration::from_secs(3600)).is_empty() {}
    }
}
