//! The command line: `tandem [TE EN] [--review PATH]` opens the reader, `tandem report [TE EN |
//! DIR] [--review PATH] [--format json|jsonl|text|markdown]` prints the analysis. Parsing only; each
//! command lives in its own module.

use crate::core::open::PairRequest;
use crate::front::config::Config;
use crate::tui;
use crate::tui::ui::ThemeName;
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
    /// The Telugu article (UTF-8 text). Omit both files to open the bundled sample pair; a
    /// folder of pairs or a `.tsv` manifest (alone) opens a corpus with a pair picker (`p`).
    pub te: Option<PathBuf>,
    /// The English article (UTF-8 text).
    pub en: Option<PathBuf>,
    /// Show invalid UTF-8 as U+FFFD instead of refusing the file.
    #[arg(long, global = true)]
    pub lossy: bool,
    /// Highlight with bold, underline and reverse only (also when NO_COLOR is set).
    #[arg(long)]
    pub no_color: bool,
    /// Colours for a dark or a light terminal background (default: the config file's `theme`,
    /// else dark). `--no-color` and NO_COLOR win over it.
    #[arg(long, value_enum, value_name = "THEME")]
    pub theme: Option<ThemeArg>,
    /// Leave the mouse to the terminal (its own text selection) instead of taking clicks and
    /// the wheel.
    #[arg(long)]
    pub no_mouse: bool,
    /// Do not read the articles again when they change on disk (default: the config file's
    /// `watch`, else on).
    #[arg(long)]
    pub no_watch: bool,
    /// The review file to read and save decisions in (default: beside the English article,
    /// named <article>.tandem-review.json).
    #[arg(long, value_name = "PATH")]
    pub review: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the analysis (paragraphs, entities, alignment) without the UI.
    Report(ReportArgs),
    /// Write the aligned paragraph groups for translation tools: TMX 1.4 or TSV.
    Export(ExportArgs),
    /// Print a shell completion script to standard output (bash, zsh, fish ...).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) to standard output.
    Man,
}

/// `--theme`: the command line's names for [`ThemeName`] (the viewer's type carries no clap
/// derive, so that clap stays out of the TUI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// Light text colours for a dark terminal background (the default).
    Dark,
    /// Dark text colours for a light terminal background.
    Light,
}

impl From<ThemeArg> for ThemeName {
    fn from(arg: ThemeArg) -> ThemeName {
        match arg {
            ThemeArg::Dark => ThemeName::Dark,
            ThemeArg::Light => ThemeName::Light,
        }
    }
}

impl Cli {
    /// How the viewer should run: the flags, the environment (`NO_COLOR`) and the config file,
    /// flags winning.
    pub fn viewer_options(&self, config: Config) -> tui::Options {
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        tui::Options {
            color: !self.no_color && !no_color_env && config.color,
            theme: self.theme.map_or(config.theme, ThemeName::from),
            mouse: !self.no_mouse && config.mouse,
            review: self.review.clone(),
            watch: !self.no_watch && config.watch,
            romanise: config.romanise,
            lossy: self.lossy,
            bindings: config.bindings().to_vec(),
            modes: config.modes().clone(),
        }
    }
}

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("export_format").required(true).args(["tmx", "tsv"])))]
pub struct ExportArgs {
    /// The Telugu article, or (alone) a folder of pairs or a `.tsv` manifest. Omit both files
    /// for the bundled sample pair.
    pub te: Option<PathBuf>,
    /// The English article.
    pub en: Option<PathBuf>,
    /// TMX 1.4: one translation unit per group with both sides (te-IN and the English locale).
    #[arg(long)]
    pub tmx: bool,
    /// Tab-separated: group, Telugu text, English text, review status, note (every group).
    #[arg(long)]
    pub tsv: bool,
    /// The language tag of the English segments in TMX.
    #[arg(long, value_enum, default_value = "en-GB", value_name = "LOCALE")]
    pub en_locale: crate::front::export::tmx::EnLocale,
    /// What one TMX translation unit holds: a paragraph group, or a sentence group (sentences
    /// aligned within the pair).
    #[arg(long, value_enum, default_value = "paragraph", value_name = "UNIT")]
    pub unit: ExportUnit,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// The review file whose group statuses the export includes (default: beside the English
    /// article, when that file exists).
    #[arg(long, value_name = "PATH")]
    pub review: Option<PathBuf>,
    /// Write the Telugu text in Latin letters (ISO 15919); TMX tags it `te-Latn-IN`.
    #[arg(long)]
    pub romanise: bool,
}

impl ExportArgs {
    /// The corpus to export: a single argument naming a folder or a `.tsv` manifest.
    pub fn corpus(&self) -> Option<&std::path::Path> {
        corpus_arg(&self.te, &self.en)
    }
}

/// A single positional argument that names a corpus rather than an article.
fn corpus_arg<'a>(te: &'a Option<PathBuf>, en: &Option<PathBuf>) -> Option<&'a std::path::Path> {
    match (te, en) {
        (Some(path), None) if crate::core::corpus::is_corpus_path(path) => Some(path),
        _ => None,
    }
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The Telugu article. Omit both files for the bundled sample pair. A folder of pairs or a
    /// `.tsv` manifest instead (alone) reports a whole corpus, one JSON line per pair.
    pub te: Option<PathBuf>,
    /// The English article.
    pub en: Option<PathBuf>,
    /// Output format (default: json for a pair, jsonl for a corpus, which is reported in no
    /// other format).
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// The review file whose decisions the report includes (default: beside the English
    /// article, when that file exists).
    #[arg(long, value_name = "PATH")]
    pub review: Option<PathBuf>,
    /// Print the report again each time one of the two files changes, until interrupted.
    #[arg(long)]
    pub watch: bool,
    /// Print the Telugu text (names, figures, excerpts) in Latin letters (ISO 15919); byte
    /// offsets still point into the file as stored.
    #[arg(long)]
    pub romanise: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// The analysis and the review decisions as JSON (the stable contract in README).
    Json,
    /// The same JSON object on one line; for a corpus, one line per pair.
    Jsonl,
    /// Entities and alignment as plain-text tables.
    Text,
    /// A coverage report for editors: entities on both sides, gaps, flagged groups, progress.
    Markdown,
}

impl Cli {
    /// The corpus the viewer should open: a single argument naming a folder or a manifest.
    pub fn corpus(&self) -> Option<&std::path::Path> {
        corpus_arg(&self.te, &self.en)
    }

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
    /// The corpus to report: a single argument naming a folder or a `.tsv` manifest.
    pub fn corpus(&self) -> Option<&std::path::Path> {
        corpus_arg(&self.te, &self.en)
    }

    pub fn request(&self, lossy: bool) -> PairRequest {
        PairRequest {
            te: self.te.clone(),
            en: self.en.clone(),
            lossy,
        }
    }
}

/// What one TMX translation unit holds (`--unit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ExportUnit {
    /// One unit per paragraph group.
    #[default]
    Paragraph,
    /// One unit per sentence group.
    Sentence,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("tandem").chain(args.iter().copied()))
    }

    #[test]
    fn review_is_an_option_of_the_viewer_and_of_report() -> Result<(), clap::Error> {
        let cli = parse(&["--review", "r.json", "a.te", "b.en"])?;
        assert_eq!(cli.review, Some(PathBuf::from("r.json")));
        assert_eq!(cli.te, Some(PathBuf::from("a.te")));
        assert!(cli.command.is_none());
        let cli = parse(&[
            "report", "a.te", "b.en", "--review", "r.json", "--format", "markdown",
        ])?;
        let Some(Command::Report(args)) = cli.command else {
            panic!("not a report: {cli:?}");
        };
        assert_eq!(args.review, Some(PathBuf::from("r.json")));
        assert_eq!(args.format, Some(ReportFormat::Markdown));
        assert!(parse(&["report", "--format", "html"]).is_err());
        Ok(())
    }

    #[test]
    fn theme_and_mouse_flags_win_over_the_config_file() -> Result<(), clap::Error> {
        use crate::tui::ui::ThemeName;
        let light_no_mouse = crate::front::config::Config::parse(
            std::path::Path::new("c.toml"),
            "theme = \"light\"\nmouse = false\n",
        )
        .map_err(|e| clap::Error::raw(clap::error::ErrorKind::InvalidValue, e))?;
        let options = |args: &[&str], config: &crate::front::config::Config| {
            parse(args).map(|cli| cli.viewer_options(config.clone()))
        };
        let defaults = crate::front::config::Config::default();
        let o = options(&[], &defaults)?;
        assert_eq!((o.theme, o.mouse), (ThemeName::Dark, true));
        let o = options(&["--theme", "light", "--no-mouse"], &defaults)?;
        assert_eq!((o.theme, o.mouse), (ThemeName::Light, false));
        let o = options(&[], &light_no_mouse)?;
        assert_eq!((o.theme, o.mouse), (ThemeName::Light, false));
        let o = options(&["--theme", "dark"], &light_no_mouse)?;
        assert_eq!(o.theme, ThemeName::Dark);
        assert!(parse(&["--theme", "blue"]).is_err());
        Ok(())
    }

    #[test]
    fn the_file_watch_is_on_unless_the_flag_or_the_config_file_turns_it_off(
    ) -> Result<(), clap::Error> {
        let no_watch =
            crate::front::config::Config::parse(std::path::Path::new("c.toml"), "watch = false\n")
                .map_err(|e| clap::Error::raw(clap::error::ErrorKind::InvalidValue, e))?;
        let defaults = crate::front::config::Config::default();
        assert!(parse(&[])?.viewer_options(defaults.clone()).watch);
        assert!(!parse(&["--no-watch"])?.viewer_options(defaults).watch);
        assert!(!parse(&[])?.viewer_options(no_watch).watch);
        let lossy = parse(&["--lossy", "a", "b"])?.viewer_options(Default::default());
        assert!(lossy.lossy);
        Ok(())
    }
}
