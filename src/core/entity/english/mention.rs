//! One English candidate mention and how a run of words becomes one: shared by the run finder
//! ([`super`]) and the "Long Name (ACRO)" aliases ([`super::alias`]), so that neither imports
//! the other.

use crate::core::entity::english::tokens::{Cap, Word};
use crate::core::entity::letters::latin_letters;

/// One candidate mention.
#[derive(Debug, Clone, PartialEq)]
pub struct EnMention {
    pub start: usize,
    /// End of the name (a possessive `'s` is left out).
    pub end: usize,
    /// The name with whitespace collapsed (`Antony Blinken`). Boxed, not `String`: a big
    /// article has hundreds of thousands of candidates and they never grow.
    pub name: Box<str>,
    /// The letters when the mention is an acronym (`U.S.` → `US`).
    pub acronym: Option<Box<str>>,
    /// A person title stands right before it.
    pub person_context: bool,
    /// `in`, `at` or `near` stands right before it: a hint of a place.
    pub locative: bool,
}

pub(crate) fn mention(text: &str, ws: &[Word], seg: &[usize], person_context: bool) -> EnMention {
    let first = &ws[seg[0]];
    let last = &ws[seg[seg.len() - 1]];
    let start = first.start;
    let end = last.name_end;
    let name = text[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let acronym =
        (seg.len() == 1 && first.cap == Cap::Acronym).then(|| latin_letters(&name).into());
    let locative = seg[0] > 0
        && first.space_before
        && matches!(ws[seg[0] - 1].text(text), "in" | "at" | "near");
    EnMention {
        start,
        end,
        name: name.into(),
        acronym,
        person_context,
        locative,
    }
}
