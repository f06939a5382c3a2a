//! The command line: `tandem [TE EN]` opens the reader, `tandem report [TE EN]` prints the
//! analysis. Parsing only; each command lives in its own module.

use crate::open::PairRequest;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "tandem",
    version,
    about = "Read a Telugu and an English article side by side"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The Telugu article (UTF-8 text). Omit both files to open the bundled sample pair.
    pub te: Option<PathBuf>,
    /// The English article (UTF-8 text).
    pub en: Option<PathBuf>,
    /// Show invalid UTF-8 as U+FFFD instead of refusing the file.
    #[arg(long, global = true)]
    pub lossy: bool,
    /// Highlight with bold, underline and reverse only (also when NO_COLOR is set).
    #[arg(long)]
    pub no_color: bool,
    /// The review file (default: <english file>.tandem-review.json beside the English file).
    #[arg(long, value_name = "PATH")]
    pub review: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the analysis (paragraphs, entities, alignment) without the UI.
    Report(ReportArgs),
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The Telugu article. Omit both files for the bundled sample pair.
    pub te: Option<PathBuf>,
    /// The English article.
    pub en: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Json)]
    pub format: ReportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Json,
    Text,
}

impl Cli {
    /// The pair the viewer should open.
    pub fn view_request(&self) -> PairRequest {
        PairRequest {
            te: self.te.clone(),
            en: self.en.clone(),
            lossy: self.lossy,
        }
    }
}

impl ReportArgs {
    pub fn request(&self, lossy: bool) -> PairRequest {
        PairRequest {
            te: self.te.clone(),
            en: self.en.clone(),
            lossy,
        }
    }
}
