//! The analysis of one pair, computed once: document summaries, entity groups with their
//! mentions, the paragraph alignment, and the figures and quotes checked within its groups. `tandem report` serialises it as the JSON contract;
//! the viewer reads it through [`SpanIndex`] to colour each row.
//!
//! Offsets are bytes into `Document::text`, i.e. into the file as stored on disk, and each
//! mention's `text` is exactly those bytes. Telugu mentions carry `stem_end`: the name's stem is
//! `start..stem_end`, a case suffix (if any) `stem_end..end`; the viewer draws the stem more
//! strongly. English mentions have no `stem_end`.

use crate::core::align::{self, ParagraphInfo};
use crate::core::document::Document;
use crate::core::entity::{self, Kind, Text};
use crate::core::figures::{self, FigureFinding, QuoteFinding};
use crate::core::pair::{Pair, Side};
use crate::core::sentence::{self, Sentence};
use serde::{Deserialize, Serialize};
use std::ops::Range;

mod sentences;
mod shared_text;
pub use sentences::sentence_infos;
pub use shared_text::{Interner, SharedText};

/// What the report says about one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocSummary {
    /// The file path as given, or the sample's name for the bundled pair.
    pub path: String,
    pub bytes: usize,
    /// Number of paragraphs.
    pub paragraphs: usize,
}

/// One mention of an entity in one article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// Exactly the bytes `start..end` of the text (shared with the entity's other mentions that
    /// read the same).
    pub text: SharedText,
    /// Index of the paragraph that holds the mention.
    pub paragraph: usize,
    /// Telugu only: end of the stem; `stem_end..end` is a case suffix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stem_end: Option<usize>,
}

/// One entity: a person, place, organisation or other name, with its mentions on each side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Index in `Analysis::entities`; stable for one analysis (use it to pick a colour).
    pub id: usize,
    /// The English name when there is one, else the Telugu.
    pub label: String,
    pub kind: Kind,
    pub te: Vec<Mention>,
    pub en: Vec<Mention>,
}

impl Mention {
    /// The name without its case suffix (the whole text when it has none).
    pub fn stem(&self) -> &str {
        let len = self
            .stem_end
            .map_or(self.text.len(), |e| e.saturating_sub(self.start));
        self.text.get(..len).unwrap_or(&self.text)
    }

    /// True when `text` is this mention as written or its stem: how review decisions name it.
    pub fn reads(&self, text: &str) -> bool {
        self.text == text || self.stem() == text
    }
}

impl Entity {
    pub fn mentions(&self, side: Side) -> &[Mention] {
        match side {
            Side::Te => &self.te,
            Side::En => &self.en,
        }
    }

    /// Mentioned on one side only: a coverage gap.
    pub fn is_gap(&self) -> bool {
        self.te.is_empty() != self.en.is_empty()
    }

    /// The side that lacks the entity, for a gap.
    pub fn missing_side(&self) -> Option<Side> {
        match (self.te.is_empty(), self.en.is_empty()) {
            (true, false) => Some(Side::Te),
            (false, true) => Some(Side::En),
            _ => None,
        }
    }
}

/// Everything tandem knows about a pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub te: DocSummary,
    pub en: DocSummary,
    pub entities: Vec<Entity>,
    /// Paragraph groups, with any hand edits applied on top.
    pub alignment: Vec<align::Group>,
    /// The sentences of each side, tiling its paragraphs.
    #[serde(default)]
    pub sentences: Pair<Vec<Sentence>>,
    /// Sentence groups (indices into `sentences`), in document order, every sentence in exactly
    /// one group.
    #[serde(default)]
    pub sentence_alignment: Vec<align::Group>,
    /// Every figure of both articles, checked within the alignment groups: matched, mismatch
    /// or one-sided (see [`figures`]). Follows `alignment`: call [`Analysis::recheck`] after
    /// changing the groups.
    #[serde(default)]
    pub figures: Vec<FigureFinding>,
    /// Quoted speech per alignment group (groups without quotes are left out).
    #[serde(default)]
    pub quotes: Vec<QuoteFinding>,
}

fn summary(doc: &Document) -> DocSummary {
    DocSummary {
        path: doc
            .path
            .as_ref()
            .map_or_else(|| doc.name.clone(), |p| p.display().to_string()),
        bytes: doc.text.len(),
        paragraphs: doc.paragraphs.len(),
    }
}

fn mention<'a>(
    doc: &'a Document,
    span: &entity::Span,
    telugu: bool,
    texts: &mut Interner<'a>,
) -> Mention {
    Mention {
        start: span.start,
        end: span.end,
        text: texts.get(doc.text.get(span.start..span.end).unwrap_or("")),
        paragraph: doc
            .paragraph_at(span.start)
            .unwrap_or(doc.paragraphs.len().saturating_sub(1)),
        stem_end: telugu.then_some(span.stem_end),
    }
}

/// The entity groups of the pair, with their mentions.
fn find_entities(pair: &Pair<Document>) -> Vec<Entity> {
    let groups = entity::find(
        Text {
            text: &pair.te.text,
            paragraphs: &pair.te.paragraphs,
        },
        Text {
            text: &pair.en.text,
            paragraphs: &pair.en.paragraphs,
        },
    );
    groups
        .into_iter()
        .enumerate()
        .map(|(id, g)| {
            let mut texts = Interner::default();
            Entity {
                id,
                label: g.label,
                kind: g.kind,
                te: g
                    .te
                    .iter()
                    .map(|s| mention(&pair.te, s, true, &mut texts))
                    .collect(),
                en: g
                    .en
                    .iter()
                    .map(|s| mention(&pair.en, s, false, &mut texts))
                    .collect(),
            }
        })
        .collect()
}

impl Analysis {
    /// Finds the entities of the pair, then aligns its sentences over the whole pair using them
    /// (`sentence_alignment`); the paragraph groups follow from the sentence links (two
    /// paragraphs together when a sentence of one is aligned with a sentence of the other, a
    /// paragraph with no aligned sentence alone: see [`align::sentences`]). Finds the figures
    /// and quotes meanwhile and checks them within the paragraph groups.
    ///
    /// The paragraph aligner ([`align::align`]) is not used: on the dev translations both give
    /// the same 1-1 groups, and on comparable news, where paragraph boundaries differ per side
    /// and whole paragraphs are one-sided, groups that follow the sentences are better and
    /// leave lone paragraphs by themselves more often (BENCHMARKS.md, issue 18).
    pub fn build(pair: &Pair<Document>) -> Analysis {
        // Figures, quotes and sentences need neither entities nor alignment: they are found on
        // a second thread while the entities are, so they add almost nothing to the wait (on a
        // 10 MB pair, extraction is about a tenth of the entity work).
        let (entities, (figs, quotes, sentences)) = std::thread::scope(|scope| {
            let extraction = scope.spawn(|| {
                (
                    Pair::from_fn(|side| figures::extract(&pair[side])),
                    Pair::from_fn(|side| figures::extract_quotes(&pair[side])),
                    Pair::from_fn(|side| sentence::of_document(&pair[side])),
                )
            });
            let entities = find_entities(pair);
            let extracted = extraction
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (entities, extracted)
        });
        let infos = sentence_infos(pair, &sentences, &entities, &figs);
        let aligned = align::sentences::align_sentences(
            &infos.te,
            &infos.en,
            (pair.te.paragraphs.len(), pair.en.paragraphs.len()),
        );
        let alignment = aligned.paragraphs;
        Analysis {
            te: summary(&pair.te),
            en: summary(&pair.en),
            entities,
            figures: figures::check(&figs, &alignment),
            quotes: figures::check_quotes(&quotes, &alignment),
            alignment,
            sentences,
            sentence_alignment: aligned.sentences,
        }
    }

    /// Checks the figures and quotes again against the current `alignment`, after the groups
    /// were changed (by hand, or by applying review decisions). Needs no document: the
    /// findings hold every figure and quote. Linear in their number.
    pub fn recheck(&mut self) {
        let figs = figures::figures_of(&self.figures);
        let quotes = figures::quotes_of(&self.quotes);
        self.figures = figures::check(&figs, &self.alignment);
        self.quotes = figures::check_quotes(&quotes, &self.alignment);
    }

    /// The figure findings a reviewer should look at (mismatched or one-sided).
    pub fn flagged_figures(&self) -> impl Iterator<Item = &FigureFinding> {
        self.figures.iter().filter(|f| f.status.is_flagged())
    }

    pub fn summary(&self, side: Side) -> &DocSummary {
        match side {
            Side::Te => &self.te,
            Side::En => &self.en,
        }
    }

    /// The mentions of one side, sorted, for finding the ones in a byte range.
    pub fn span_index(&self, side: Side) -> SpanIndex {
        SpanIndex::new(
            self.entities
                .iter()
                .flat_map(|e| {
                    e.mentions(side).iter().map(|m| MentionSpan {
                        start: m.start,
                        end: m.end,
                        stem_end: m.stem_end.unwrap_or(m.end),
                        entity: e.id,
                    })
                })
                .collect(),
        )
    }
}

/// What the paragraph aligner ([`align::align`]) needs per paragraph: its length in characters
/// and the ids of entities mentioned in it that appear on both sides (one id per mention, in
/// text order).
pub fn paragraph_infos(doc: &Document, entities: &[Entity], side: Side) -> Vec<ParagraphInfo> {
    let mut infos: Vec<ParagraphInfo> = doc
        .paragraphs
        .iter()
        .map(|p| ParagraphInfo {
            chars: doc.text[p.clone()].chars().count(),
            entities: Vec::new(),
        })
        .collect();
    let mut hits: Vec<(usize, usize, usize)> = entities
        .iter()
        .filter(|e| !e.te.is_empty() && !e.en.is_empty())
        .flat_map(|e| {
            e.mentions(side)
                .iter()
                .map(move |m| (m.paragraph, m.start, e.id))
        })
        .collect();
    hits.sort_unstable();
    for (para, _, id) in hits {
        if let Some(info) = infos.get_mut(para) {
            info.entities.push(id);
        }
    }
    infos
}

/// One mention as the renderer needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentionSpan {
    pub start: usize,
    pub end: usize,
    /// End of the stem (equals `end` for English and suffix-less Telugu mentions).
    pub stem_end: usize,
    pub entity: usize,
}

/// The items of `sorted` (sorted by start, not overlapping; `span` gives each one's byte range)
/// that overlap `range`, found by binary search: O(log n + k). Mentions and search matches are
/// both looked up this way for each row drawn.
pub fn overlapping<T>(
    sorted: &[T],
    range: Range<usize>,
    span: impl Fn(&T) -> Range<usize>,
) -> &[T] {
    let first = sorted.partition_point(|t| span(t).end <= range.start);
    let last = sorted.partition_point(|t| span(t).start < range.end);
    &sorted[first..last.max(first)]
}

/// Mentions of one side sorted by start and never overlapping, for per-row lookups.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpanIndex {
    spans: Vec<MentionSpan>,
}

impl SpanIndex {
    /// Sorts the spans; a span overlapping an earlier one is dropped (mentions never overlap,
    /// this only guards the invariant the lookups rely on).
    pub fn new(mut spans: Vec<MentionSpan>) -> SpanIndex {
        spans.sort_by_key(|s| (s.start, s.end));
        let mut out: Vec<MentionSpan> = Vec::with_capacity(spans.len());
        for s in spans {
            if s.start < s.end && out.last().is_none_or(|l| l.end <= s.start) {
                out.push(s);
            }
        }
        SpanIndex { spans: out }
    }

    pub fn all(&self) -> &[MentionSpan] {
        &self.spans
    }

    /// The mentions that overlap `range`, sorted by start (binary search: O(log n + k)).
    pub fn in_range(&self, range: Range<usize>) -> &[MentionSpan] {
        overlapping(&self.spans, range, |s| s.start..s.end)
    }

    /// The mention that contains byte `offset`.
    pub fn at(&self, offset: usize) -> Option<&MentionSpan> {
        self.in_range(offset..offset + 1).first()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, entity: usize) -> MentionSpan {
        MentionSpan {
            start,
            end,
            stem_end: end,
            entity,
        }
    }

    #[test]
    fn span_index_finds_overlaps_in_order() {
        let idx = SpanIndex::new(vec![
            span(20, 25, 2),
            span(0, 5, 0),
            span(10, 15, 1),
            span(12, 14, 9),
        ]);
        assert_eq!(idx.all().len(), 3);
        let ids = |r: Range<usize>| idx.in_range(r).iter().map(|s| s.entity).collect::<Vec<_>>();
        assert_eq!(ids(0..30), [0, 1, 2]);
        assert_eq!(ids(4..11), [0, 1]);
        assert_eq!(ids(5..10), Vec::<usize>::new());
        assert_eq!(ids(24..100), [2]);
        assert_eq!(idx.at(12).map(|s| s.entity), Some(1));
        assert_eq!(idx.at(15), None);
    }

    #[test]
    fn figures_follow_the_alignment_when_it_changes() {
        let text = |t: &str| Document::from_text("t", t.to_string());
        let pair = Pair::new(
            text("జట్టు 38 పరుగులు చేసింది.\n\n“మేం గెలుస్తాం” అని అన్నారు."),
            text("The team made 38 runs.\n\nThe captain said \"we will win\" today."),
        );
        let mut a = Analysis::build(&pair);
        a.alignment = vec![
            align::Group {
                te: vec![0],
                en: vec![0],
                score: 1.0,
                manual: false,
            },
            align::Group {
                te: vec![1],
                en: vec![1],
                score: 1.0,
                manual: false,
            },
        ];
        a.recheck();
        assert_eq!(a.flagged_figures().count(), 0, "{:?}", a.figures);
        assert!(a
            .quotes
            .iter()
            .all(|q| q.status == figures::Status::Matched));
        // Hand-edited: the runs now sit in groups of their own on each side.
        a.alignment = vec![
            align::Group {
                te: vec![0],
                en: vec![],
                score: 1.0,
                manual: false,
            },
            align::Group {
                te: vec![1],
                en: vec![0, 1],
                score: 1.0,
                manual: false,
            },
        ];
        a.recheck();
        let flagged: Vec<_> = a.flagged_figures().map(|f| f.group).collect();
        assert_eq!(flagged, [0, 1]);
        assert_eq!(a.figures.len(), 2);
        assert_eq!(a.quotes.len(), 1);
        assert_eq!(a.quotes[0].group, 1);
    }

    #[test]
    fn sample_analysis_has_consistent_offsets() {
        let pair = crate::core::sample::sample_pair();
        let a = Analysis::build(&pair);
        assert_eq!(a.te.path, "sample.te.txt");
        assert_eq!(a.en.paragraphs, 7);
        for e in &a.entities {
            for side in Side::BOTH {
                let doc = &pair[side];
                for m in e.mentions(side) {
                    assert_eq!(&doc.text[m.start..m.end], m.text.as_str());
                    assert!(doc.paragraphs[m.paragraph].contains(&m.start));
                    if let Some(stem_end) = m.stem_end {
                        assert!(m.start < stem_end && stem_end <= m.end);
                    }
                }
            }
        }
        let infos = paragraph_infos(&pair.te, &a.entities, Side::Te);
        assert_eq!(infos.len(), 4);
        assert!(infos.iter().all(|i| i.chars > 0 && !i.entities.is_empty()));
    }
}
