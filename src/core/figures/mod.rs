//! The numbers-and-figures check and the quotes check (issue 9): which figures and which quoted
//! speech one article carries that its aligned counterpart lacks or states differently.
//!
//! Two steps, kept apart because they run at different times:
//!
//! 1. **Extraction**, once per document ([`extract`], [`extract_quotes`]): a hand-written linear
//!    scan finds numbers in ASCII and Telugu digits (౦-౯) with decimals and thousands separators
//!    (Western `1,000,000` and Indian `10,00,000`), percentages, years, dates (`July 14`,
//!    `14 July`, `జూలై 14`, `14న`) and amounts with scale words and units (`1.5 million`,
//!    `15 లక్షల మంది`, `రూ.500 కోట్లు`, `38 పరుగుల`), and normalises each to a value plus a
//!    [`FigureKind`] and [`Unit`] so that `1.5 million` and `15 లక్షలు` compare equal. Telugu
//!    case suffixes glued to a number or a unit word (`2024లో`, `పరుగులకే`) are allowed.
//!    Small numbers written as words count only before a unit or scale word (`three hours` =
//!    `మూడు గంటలు`), where they cannot be anything else.
//! 2. **Checking**, once per alignment ([`check`], [`check_quotes`]): figures are matched within
//!    each aligned group by value. Re-run it whenever the groups change (a hand-edited
//!    alignment); it is cheap, linear in the number of figures.
//!
//! ```
//! use tandem::core::figures::{self, Status};
//! use tandem::{Document, Pair};
//! use tandem::core::align::Group;
//!
//! let docs = Pair::new(
//!     Document::from_text("te", "భారత్ 38 పరుగుల తేడాతో గెలిచింది.".into()),
//!     Document::from_text("en", "India won by 28 runs.".into()),
//! );
//! let figs = docs.as_ref().map(|_, d| figures::extract(d));
//! let groups = [Group { te: vec![0], en: vec![0], score: 1.0, manual: false }];
//! let found = figures::check(&figs, &groups);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].status, Status::Mismatch);
//! ```
//!
//! Offsets are bytes into `Document::text` (the file as stored), like `analysis::Mention`.
//! Nothing here names a particular article: the word lists are generic (months, units, scale
//! words) and live in [`months`] and [`units`].

mod extract;
mod hedge;
mod matching;
pub mod months;
mod number;
mod quotes;
mod scan;
pub mod units;
mod words;

#[cfg(test)]
mod approx_tests;
#[cfg(test)]
mod tests;

pub use matching::check;
pub use quotes::check_quotes;
pub use units::Unit;

use crate::core::align::Group;
use crate::core::document::Document;
use crate::core::pair::{Pair, Side};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    /// A bare number (`340`, `1.5 million`).
    Number,
    /// An ordinal (`4th`, `4వ`).
    Ordinal,
    /// A percentage (`12%`, `12 per cent`, `12 శాతం`).
    Percent,
    /// A four-digit year from 1800 to 2100 with nothing after it (`2024`, `2024లో`).
    Year,
    /// A day, with its month when the text gives one (`July 14`, `జూలై 14`, `14న`).
    Date,
    /// A number with a unit (`28 runs`, `15 లక్షల మంది`, `$2 billion`).
    Amount,
}

/// One figure in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Byte offsets into `Document::text`; the span covers a currency sign or month before the
    /// number and the scale and unit words after it.
    pub start: usize,
    pub end: usize,
    /// Exactly the bytes `start..end` of the text.
    pub text: String,
    /// Index of the paragraph that holds the figure.
    pub paragraph: usize,
    pub kind: FigureKind,
    /// The normalised value: scale words applied (`1.5 million` = `15 లక్షలు` = 1500000); for a
    /// date, the day of the month.
    pub value: f64,
    /// What an amount counts (only for `amount`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// A date's month, 1 to 12 (absent when the text names only the day, as in `14న`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// A hedge word stands before or after it (`about`, `nearly`, `దాదాపు`, `పైగా` ...): the
    /// writer does not claim its last digit (issue 21).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hedged: bool,
}

impl Figure {
    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The figure as a person would read it normalised: `1500000 people`, `12.5%`, `7-14`.
    pub fn normalised(&self) -> String {
        let v = number::format_value(self.value);
        match self.kind {
            FigureKind::Percent => format!("{v}%"),
            FigureKind::Date => match self.month {
                Some(m) => format!("{} {v}", months::english_name(m)),
                None => format!("day {v}"),
            },
            FigureKind::Ordinal => format!("#{v}"),
            FigureKind::Amount => match self.unit {
                Some(u) => format!("{v} {}", u.name()),
                None => v,
            },
            FigureKind::Number | FigureKind::Year => v,
        }
    }
}

/// One stretch of quoted speech in one article, quote marks included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    /// Exactly the bytes `start..end` of the text.
    pub text: String,
    pub paragraph: usize,
}

/// What the check concluded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Both sides of the group carry it (the same value, or for quotes: both sides quote).
    Matched,
    /// Both sides carry a comparable figure (same kind and unit) with different values.
    Mismatch,
    /// Both sides carry a comparable figure whose values agree within rounding, one side
    /// hedged (`about 1.5 lakh`) or rounded (`150,000` against `1,47,000`).
    Approx,
    /// Only one side of the group carries it.
    OneSided,
}

impl Status {
    /// True for what a reviewer should look at: a mismatch or a one-sided figure. An
    /// approximate match is listed but not flagged.
    pub fn is_flagged(self) -> bool {
        matches!(self, Status::Mismatch | Status::OneSided)
    }

    pub fn words(self) -> &'static str {
        match self {
            Status::Matched => "matched",
            Status::Mismatch => "mismatch",
            Status::Approx => "approx",
            Status::OneSided => "one-sided",
        }
    }
}

/// The verdict on one figure, or on a pair of figures, within one alignment group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureFinding {
    /// Index of the group in the alignment.
    pub group: usize,
    pub status: Status,
    /// The Telugu figure; `None` when only English has one.
    pub te: Option<Figure>,
    /// The English figure; `None` when only Telugu has one.
    pub en: Option<Figure>,
}

impl FigureFinding {
    pub fn side(&self, side: Side) -> Option<&Figure> {
        match side {
            Side::Te => self.te.as_ref(),
            Side::En => self.en.as_ref(),
        }
    }
}

/// The verdict on the quoted speech of one alignment group (only groups that quote anyone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteFinding {
    pub group: usize,
    /// `matched` when both sides quote, `one_sided` when only one does.
    pub status: Status,
    pub te: Vec<Quote>,
    pub en: Vec<Quote>,
}

impl QuoteFinding {
    pub fn side(&self, side: Side) -> &[Quote] {
        match side {
            Side::Te => &self.te,
            Side::En => &self.en,
        }
    }
}

/// All figures of a document, in text order. Linear in the text length.
pub fn extract(doc: &Document) -> Vec<Figure> {
    let mut out = Vec::new();
    for (k, range) in doc.paragraphs.iter().enumerate() {
        let Some(text) = doc.text.get(range.clone()) else {
            continue;
        };
        let from = out.len();
        extract::paragraph_figures(text, range.start, k, &mut out);
        let digits = out.len();
        words::paragraph_word_figures(text, range.start, k, &mut out);
        if out.len() > digits {
            out[from..].sort_by_key(|f| f.start);
        }
        for f in &mut out[from..] {
            f.hedged = hedge::is_hedged(&doc.text, f);
        }
    }
    out
}

/// All quoted speech of a document, in text order. Linear in the text length.
pub fn extract_quotes(doc: &Document) -> Vec<Quote> {
    let mut out = Vec::new();
    for (k, range) in doc.paragraphs.iter().enumerate() {
        quotes::paragraph_quotes(&doc.text, range.clone(), k, &mut out);
    }
    out
}

/// Every figure that `findings` mention, per side, in text order: what [`extract`] returned,
/// recovered from a previous check (each figure sits in exactly one finding). Lets a caller
/// that kept only the findings re-run [`check`] after the alignment changed.
pub fn figures_of(findings: &[FigureFinding]) -> Pair<Vec<Figure>> {
    let mut out = Pair::from_fn(|side| {
        findings
            .iter()
            .filter_map(|f| f.side(side).cloned())
            .collect::<Vec<_>>()
    });
    for side in Side::BOTH {
        out[side].sort_by_key(|f| f.start);
    }
    out
}

/// Every quote that `findings` mention, per side, in text order (see [`figures_of`]).
pub fn quotes_of(findings: &[QuoteFinding]) -> Pair<Vec<Quote>> {
    let mut out = Pair::from_fn(|side| {
        findings
            .iter()
            .flat_map(|f| f.side(side).iter().cloned())
            .collect::<Vec<_>>()
    });
    for side in Side::BOTH {
        out[side].sort_by_key(|q| q.start);
    }
    out
}

/// The items of `sorted` (sorted by paragraph) that lie in the paragraphs of one side of a
/// group: a binary search, since a group's paragraphs are consecutive.
fn in_group<'a, T>(sorted: &'a [T], paragraphs: &[usize], para: impl Fn(&T) -> usize) -> &'a [T] {
    let (Some(&first), Some(&last)) = (paragraphs.first(), paragraphs.last()) else {
        return &[];
    };
    let a = sorted.partition_point(|t| para(t) < first);
    let b = sorted.partition_point(|t| para(t) <= last);
    &sorted[a..b.max(a)]
}

/// The group slices of both sides.
fn group_items<'a, T>(
    items: &'a Pair<Vec<T>>,
    group: &Group,
    para: impl Fn(&T) -> usize + Copy,
) -> Pair<&'a [T]> {
    Pair::from_fn(|side| in_group(&items[side], group.side(side), para))
}
