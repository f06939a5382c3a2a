//! `tandem export`: the aligned paragraph groups of a pair, or of every pair of a corpus, for
//! translators' tools: TMX 1.4 ([`tmx`]) or TSV ([`tsv`]), to standard output or atomically to
//! a file (`-o FILE`: a temporary file in the same folder, flushed, then renamed).
//!
//! The pair, its analysis and its review come from [`crate::front::load::load`], the same function
//! the report uses, and the groups from `analysis.alignment`, so an export always matches the
//! report of the same files. A corpus pair that cannot be loaded is left out with a notice on
//! standard error (and exit code 2); the others are exported.

pub mod tmx;
pub mod tsv;

use crate::core::align::Group;
use crate::core::corpus::{discover, map_in_order, Corpus, CorpusPair};
use crate::core::document::Document;
use crate::core::open::PairRequest;
use crate::core::pair::Pair;
use crate::core::review::GroupStatus;
use crate::core::sentence::Sentence;
use crate::front::cli::ExportArgs;
use crate::front::load::{load, Loaded};
use crate::front::report::{review_report, ReviewReport};
use anyhow::{bail, Context};
use std::io::Write;
use tmx::EnLocale;

/// One pair as the exporters see it.
#[derive(Debug, Clone, Copy)]
pub struct ExportItem<'a> {
    /// The corpus pair's name; `None` for a single pair.
    pub name: Option<&'a str>,
    pub docs: &'a Pair<Document>,
    pub groups: &'a [Group],
    pub review: Option<&'a ReviewReport>,
    /// The sentences and their groups, for `--unit sentence` (`None`: paragraph units only).
    pub sentences: Option<(&'a Pair<Vec<Sentence>>, &'a [Group])>,
}

impl<'a> ExportItem<'a> {
    /// The export of a loaded pair: its alignment groups and review.
    pub fn of(loaded: &'a Loaded, review: Option<&'a ReviewReport>, name: Option<&'a str>) -> Self {
        ExportItem {
            name,
            docs: &loaded.pair,
            groups: &loaded.analysis.alignment,
            review,
            sentences: Some((
                &loaded.analysis.sentences,
                &loaded.analysis.sentence_alignment,
            )),
        }
    }

    /// The reviewer's verdict on group `k` (its serde name), if any.
    pub fn status(&self, k: usize) -> Option<&'static str> {
        self.review?.group(k).map(|g| status_name(g.status))
    }

    /// The reviewer's note on group `k`, if any.
    pub fn note(&self, k: usize) -> Option<&'a str> {
        self.review?.group(k)?.note.as_deref()
    }
}

/// The name a status has in the review file and the JSON report.
pub fn status_name(status: GroupStatus) -> &'static str {
    match status {
        GroupStatus::Checked => "checked",
        GroupStatus::NeedsWork => "needs_work",
        GroupStatus::MissingTe => "missing_te",
        GroupStatus::MissingEn => "missing_en",
    }
}

/// The text of a group's paragraphs on one side, joined by a newline (empty for none).
pub fn group_text(doc: &Document, paragraphs: &[usize]) -> String {
    paragraphs
        .iter()
        .filter_map(|&i| doc.paragraphs.get(i).and_then(|r| doc.text.get(r.clone())))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text of some sentences of one side, each without its trailing spaces, joined by a space.
pub fn sentence_text(doc: &Document, sentences: &[Sentence], indices: &[usize]) -> String {
    indices
        .iter()
        .filter_map(|&i| sentences.get(i).and_then(|s| doc.text.get(s.span())))
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join(" ")
}

/// What one TMX translation unit holds (`--unit`); a command-line choice, so it lives with
/// the command line.
pub use crate::front::cli::ExportUnit as Unit;

/// Which format `--tmx`/`--tsv` chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Tmx(EnLocale, Unit),
    Tsv,
}

impl Format {
    fn header(self, corpus: bool) -> String {
        match self {
            Format::Tmx(_, Unit::Paragraph) => tmx::header(),
            Format::Tmx(_, Unit::Sentence) => tmx::header_with("sentence"),
            Format::Tsv => tsv::header(corpus).to_string(),
        }
    }

    fn body(self, item: &ExportItem<'_>) -> String {
        match self {
            Format::Tmx(en, Unit::Paragraph) => tmx::units(item, en),
            Format::Tmx(en, Unit::Sentence) => tmx::sentence_units(item, en),
            Format::Tsv => tsv::rows(item),
        }
    }

    fn footer(self) -> &'static str {
        match self {
            Format::Tmx(..) => tmx::FOOTER,
            Format::Tsv => "",
        }
    }
}

/// What is exported: one loaded pair, or a corpus whose pairs are loaded as they are written.
enum Source {
    One(Box<Loaded>),
    Corpus(Corpus),
}

/// Runs `tandem export`; returns the exit code.
pub fn run(args: &ExportArgs, lossy: bool) -> anyhow::Result<i32> {
    let format = if args.tsv {
        if args.unit == Unit::Sentence {
            bail!("--unit sentence is for TMX; the TSV export has one row per paragraph group");
        }
        Format::Tsv
    } else {
        Format::Tmx(args.en_locale, args.unit)
    };
    // Everything that can fail for the whole export fails before the output is touched.
    let source = match args.corpus() {
        Some(path) => {
            if args.review.is_some() {
                bail!(
                    "--review names the review file of one pair; a corpus reads each pair's \
                     own review file beside its English article"
                );
            }
            let corpus = discover(path)?;
            crate::front::print_notices(&corpus.notices);
            Source::Corpus(corpus)
        }
        None => {
            let request = PairRequest {
                te: args.te.clone(),
                en: args.en.clone(),
                lossy,
            };
            let loaded = load(&request, args.review.as_deref())?;
            crate::front::print_notices(&loaded.notices);
            Source::One(Box::new(loaded))
        }
    };
    let mut failed = 0usize;
    let mut write = |out: &mut dyn Write| -> std::io::Result<()> {
        let mut out = Romanising {
            out,
            on: args.romanise,
        };
        write_export(&source, format, lossy, &mut out, &mut failed)
    };
    match &args.output {
        Some(path) => crate::core::review::write_file_atomically(path, &mut write)
            .map_err(|(step, e)| anyhow::anyhow!("{}: {step} failed: {e}", path.display()))?,
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            write(&mut out)
                .and_then(|()| out.flush())
                .context("writing the export to standard output")?;
        }
    }
    if failed > 0 {
        eprintln!("tandem: {failed} pairs could not be exported (named above)");
        return Ok(2);
    }
    Ok(0)
}

fn write_export(
    source: &Source,
    format: Format,
    lossy: bool,
    out: &mut dyn Write,
    failed: &mut usize,
) -> std::io::Result<()> {
    match source {
        Source::One(loaded) => {
            let review = review_report(loaded);
            let item = ExportItem::of(loaded, review.as_ref(), None);
            out.write_all(format.header(false).as_bytes())?;
            out.write_all(format.body(&item).as_bytes())?;
        }
        Source::Corpus(corpus) => {
            out.write_all(format.header(true).as_bytes())?;
            // A bar on a terminal (nothing when stderr is not one), as the corpus report has.
            let bar = crate::tui::progress::Progress::on_stderr(corpus.pairs.len() as u64, "pairs");
            map_in_order(
                &corpus.pairs,
                |_, pair| {
                    let text = export_pair(pair, format, lossy);
                    bar.step();
                    text
                },
                |result| match result {
                    Ok(text) => out.write_all(text.as_bytes()),
                    Err(message) => {
                        *failed += 1;
                        crate::front::print_notices(&[message]);
                        Ok(())
                    }
                },
            )?;
            bar.finish();
        }
    }
    out.write_all(format.footer().as_bytes())
}

/// The output of `--romanise`: every text written has its Telugu letters romanised (every other
/// character is copied, so TMX and TSV stay well-formed) and TMX's `te-IN` tags become
/// `te-Latn-IN`, the language tag of Telugu in Latin script.
struct Romanising<'a> {
    out: &'a mut dyn Write,
    on: bool,
}

impl Write for Romanising<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    /// The exporters write whole strings (a header, a pair's units, a footer), so each write
    /// is valid UTF-8 and holds whole Telugu words.
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        match std::str::from_utf8(buf) {
            Ok(text) if self.on => {
                let tag = format!("\"{}\"", tmx::TE_TAG);
                let text = crate::core::romanise::romanise(text).replace(&tag, "\"te-Latn-IN\"");
                self.out.write_all(text.as_bytes())
            }
            _ => self.out.write_all(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// One corpus pair's part of the export, or the notice saying why it is left out.
fn export_pair(pair: &CorpusPair, format: Format, lossy: bool) -> Result<String, String> {
    let request = PairRequest {
        te: Some(pair.te.clone()),
        en: Some(pair.en.clone()),
        lossy,
    };
    let loaded = load(&request, None).map_err(|e| format!("{e:#}; pair {} left out", pair.name))?;
    let review = review_report(&loaded);
    Ok(format.body(&ExportItem::of(&loaded, review.as_ref(), Some(&pair.name))))
}

#[cfg(test)]
mod tests;
