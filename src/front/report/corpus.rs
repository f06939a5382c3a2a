//! `tandem report DIR` (`--format jsonl`, the default and only format for a corpus): every
//! pair of a corpus analysed in parallel, one JSON object per line.
//!
//! Each line is the single-pair JSON report (`te`, `en`, `entities`, `alignment`, `review`)
//! with `pair` (the pair's position in the corpus, from 0), `name` and `title` in front and the
//! open-time `notices` at the end. A pair that cannot be loaded (a missing file, invalid UTF-8,
//! a broken review file) gives `{"pair", "name", "title", "te": {"path"}, "en": {"path"},
//! "error"}` instead, and the other pairs go on.
//!
//! Lines come out in corpus order (the order of [`crate::core::corpus::discover`]). Pairs are
//! analysed on all cores by [`map_in_order`], a chunk at a time, so memory holds one chunk of
//! lines, never the corpus's analyses.

use super::{review_report, JsonReport};
use crate::core::corpus::{discover, map_in_order, CorpusPair};
use crate::core::open::PairRequest;
use crate::front::cli::{ReportArgs, ReportFormat};
use crate::front::load::load;
use anyhow::{bail, Context};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// Runs `tandem report DIR`; returns the exit code: 0, or 2 when some pair could not be
/// loaded (its line holds the error; every other pair is still reported).
pub fn run(path: &Path, args: &ReportArgs, lossy: bool) -> anyhow::Result<i32> {
    if args.format.is_some_and(|f| f != ReportFormat::Jsonl) {
        bail!(
            "{}: a corpus is reported with --format jsonl (one JSON object per pair)",
            path.display()
        );
    }
    if args.review.is_some() {
        bail!(
            "--review names the review file of one pair; a corpus reads each pair's own \
             review file beside its English article"
        );
    }
    let corpus = discover(path)?;
    crate::front::print_notices(&corpus.notices);
    let bar = crate::tui::progress::Progress::on_stderr(corpus.pairs.len() as u64, "pairs");
    let stdout = std::io::stdout().lock();
    let mut out = std::io::BufWriter::new(stdout);
    let failed = write_lines(&corpus.pairs, lossy, args.romanise, &mut out, || bar.step())?;
    bar.finish();
    if failed > 0 {
        eprintln!(
            "tandem: {failed} of {} pairs could not be reported (see the \"error\" field of \
             their lines)",
            corpus.pairs.len()
        );
        return Ok(2);
    }
    Ok(0)
}

/// Analyses `pairs` in parallel and writes their lines to `out` in corpus order; calls
/// `on_done` once per pair as it finishes; `romanise` romanises their Telugu text. Returns how
/// many pairs could not be loaded.
pub fn write_lines(
    pairs: &[CorpusPair],
    lossy: bool,
    romanise: bool,
    out: &mut dyn Write,
    on_done: impl Fn() + Sync,
) -> anyhow::Result<usize> {
    let mut failed = 0;
    map_in_order(
        pairs,
        |index, pair| {
            let (line, ok) = pair_line(index, pair, lossy);
            on_done();
            (super::romanise_output(line, romanise), ok)
        },
        |(line, ok)| {
            failed += usize::from(!ok);
            out.write_all(line.as_bytes())
        },
    )
    .context("writing the report to standard output")?;
    out.flush()
        .context("writing the report to standard output")?;
    Ok(failed)
}

#[derive(Serialize)]
struct PairLine<'a> {
    pair: usize,
    name: &'a str,
    title: &'a str,
    #[serde(flatten)]
    report: JsonReport<'a>,
    notices: &'a [String],
}

#[derive(Serialize)]
struct PathOnly<'a> {
    path: &'a str,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    pair: usize,
    name: &'a str,
    title: &'a str,
    te: PathOnly<'a>,
    en: PathOnly<'a>,
    error: &'a str,
}

/// The line of pair number `index` (with its final newline, safe for a terminal), and whether
/// the pair could be loaded.
pub fn pair_line(index: usize, pair: &CorpusPair, lossy: bool) -> (String, bool) {
    let request = PairRequest {
        te: Some(pair.te.clone()),
        en: Some(pair.en.clone()),
        lossy,
    };
    let result = load(&request, None).and_then(|loaded| {
        let review = review_report(&loaded);
        line_of(&PairLine {
            pair: index,
            name: &pair.name,
            title: &pair.title,
            report: JsonReport::new(&loaded.analysis, loaded.matcher_entities(), review.as_ref()),
            notices: &loaded.notices,
        })
    });
    match result {
        Ok(line) => (line, true),
        Err(e) => {
            let (te, en) = (pair.te.display().to_string(), pair.en.display().to_string());
            let error = format!("{e:#}");
            let line = line_of(&ErrorLine {
                pair: index,
                name: &pair.name,
                title: &pair.title,
                te: PathOnly { path: &te },
                en: PathOnly { path: &en },
                error: &error,
            })
            // Serialising strings and numbers cannot fail; keep a line per pair regardless.
            .unwrap_or_else(|_| format!("{{\"pair\":{index},\"error\":\"unprintable\"}}\n"));
            (line, false)
        }
    }
}

fn line_of(value: &impl Serialize) -> anyhow::Result<String> {
    let mut bytes = Vec::with_capacity(4096);
    super::write_json(&mut bytes, value, false)?;
    // The serialiser writes UTF-8 and the escapes are ASCII.
    String::from_utf8(bytes).context("serialising the analysis")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::corpus::scratch::Scratch;
    use crate::core::corpus::CHUNK;

    const TE: &str = "యుఎస్ విదేశాంగ కార్యదర్శి బ్లింకెన్ సియోల్ వెళ్లారు.";
    const EN: &str = "U.S. Secretary of State Blinken went to Seoul.";

    fn lines(pairs: &[CorpusPair]) -> (Vec<serde_json::Value>, usize, usize) {
        let mut out = Vec::new();
        let done = std::sync::atomic::AtomicUsize::new(0);
        let failed = write_lines(pairs, false, false, &mut out, || {
            done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        })
        .expect("write");
        let text = String::from_utf8(out).expect("utf-8");
        let values = text
            .lines()
            .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
            .collect();
        (values, failed, done.into_inner())
    }

    #[test]
    fn one_line_per_pair_in_order_with_errors_in_place() {
        let s = Scratch::new("lines");
        let mut pairs = Vec::new();
        // More than a chunk, so order across chunks is checked too.
        for k in 0..CHUNK + 3 {
            let name = format!("p{k:03}");
            let te = s.write(&format!("{name}.te.txt"), &format!("{TE} {k}"));
            let en = s.write(&format!("{name}.en.txt"), &format!("{EN} {k}"));
            pairs.push(CorpusPair {
                title: format!("Story {k}"),
                name,
                te,
                en,
            });
        }
        pairs[5].en = s.path().join("missing.en.txt");
        let (values, failed, done) = lines(&pairs);
        assert_eq!(values.len(), pairs.len());
        assert_eq!(done, pairs.len());
        assert_eq!(failed, 1);
        for (k, v) in values.iter().enumerate() {
            assert_eq!(v["pair"], k, "{v}");
            assert_eq!(v["name"], pairs[k].name);
            assert_eq!(v["title"], pairs[k].title);
        }
        let bad = &values[5];
        assert!(
            bad["error"]
                .as_str()
                .is_some_and(|e| e.contains("missing.en.txt: no such file")),
            "{bad}"
        );
        assert_eq!(bad["te"]["path"], pairs[5].te.display().to_string());
        let good = &values[6];
        assert!(good.get("error").is_none());
        assert_eq!(good["te"]["path"], pairs[6].te.display().to_string());
        assert_eq!(good["en"]["paragraphs"], 1);
        assert!(good["entities"].as_array().is_some_and(|e| !e.is_empty()));
        assert_eq!(good["alignment"].as_array().map(Vec::len), Some(1));
        assert!(good["review"].is_null());
        assert_eq!(good["notices"], serde_json::json!([]));
    }

    #[test]
    fn a_line_matches_the_single_pair_report() {
        let s = Scratch::new("same");
        let te = s.write("a.te.txt", TE);
        let en = s.write("a.en.txt", EN);
        let pair = CorpusPair {
            name: "a".into(),
            title: "a".into(),
            te: te.clone(),
            en: en.clone(),
        };
        let (line, ok) = pair_line(0, &pair, false);
        assert!(ok);
        let mut v: serde_json::Value = serde_json::from_str(&line).expect("json");
        let request = PairRequest {
            te: Some(te),
            en: Some(en),
            lossy: false,
        };
        let loaded = load(&request, None).expect("load");
        let single: serde_json::Value = serde_json::from_str(
            &super::super::render_json(&JsonReport::plain(&loaded.analysis, None)).expect("render"),
        )
        .expect("json");
        let obj = v.as_object_mut().expect("object");
        for extra in ["pair", "name", "title", "notices"] {
            assert!(obj.remove(extra).is_some(), "{extra}");
        }
        assert_eq!(v, single);
    }

    #[test]
    fn swapped_files_are_a_notice_in_the_line() {
        let s = Scratch::new("swapped");
        let pair = CorpusPair {
            name: "x".into(),
            title: "x".into(),
            te: s.write("x.te.txt", EN),
            en: s.write("x.en.txt", TE),
        };
        let (line, ok) = pair_line(3, &pair, false);
        assert!(ok);
        let v: serde_json::Value = serde_json::from_str(&line).expect("json");
        assert!(
            v["notices"][0]
                .as_str()
                .is_some_and(|n| n.starts_with("swapped the files")),
            "{v}"
        );
    }
}
