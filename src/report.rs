//! `tandem report`: the analysis as JSON or text, for scripts. Being built (issue: Entities).

use crate::cli::ReportArgs;

/// Runs the report command; returns the process exit code.
pub fn run(_args: &ReportArgs, _lossy: bool) -> anyhow::Result<i32> {
    anyhow::bail!("report is not built yet")
}
