//! Finding quoted speech and checking that each aligned group quotes on both sides or on
//! neither.
//!
//! A quote opens with `“`, `"` or `‘` and closes with `”`, `"` or `’`. Straight `"` opens only
//! after a space, a bracket or the paragraph start. `‘`/`’` double as apostrophes
//! (`Russia’s`), so a `’` closes only when no letter follows it, and an unclosed `‘` is no
//! quote. A `“` or `"` left open runs to the end of the paragraph, as news style leaves a
//! quote that goes on in the next paragraph. To tell speech from a quoted term (`the
//! "hybrid" model`), a quote must hold at least two words.

use super::scan::{is_telugu_letter, utf8_len};
use super::{group_items, Quote, QuoteFinding, Status};
use crate::core::align::Group;
use crate::core::pair::Pair;
use std::ops::Range;

/// How far to look for the `’` that closes a `‘` (bytes), so that a text full of apostrophes
/// is still scanned in linear time.
const SINGLE_QUOTE_REACH: usize = 2000;

fn is_letter(c: char) -> bool {
    c.is_alphanumeric() || is_telugu_letter(c)
}

/// Byte offset of the closer of a quote opened just before `from`, and whether one was found
/// (`false`: the quote runs to the end of the paragraph).
fn find_close(s: &str, from: usize, open: char) -> Option<(usize, bool)> {
    let rest = s.get(from..)?;
    match open {
        '“' => Some(
            rest.find('”')
                .map_or((s.len(), false), |k| (from + k, true)),
        ),
        '"' => Some(
            rest.find('"')
                .map_or((s.len(), false), |k| (from + k, true)),
        ),
        '‘' => {
            let window = &rest[..floor_boundary(rest, SINGLE_QUOTE_REACH)];
            window.match_indices('’').find_map(|(k, _)| {
                let after = rest[k + '’'.len_utf8()..].chars().next();
                (!after.is_some_and(is_letter)).then_some((from + k, true))
            })
        }
        _ => None,
    }
}

/// The largest char boundary of `s` at or below `max`.
fn floor_boundary(s: &str, max: usize) -> usize {
    let mut k = max.min(s.len());
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// True when the quoted text holds at least two words.
fn is_speech(inner: &str) -> bool {
    inner
        .split_whitespace()
        .filter(|w| w.chars().any(is_letter))
        .count()
        >= 2
}

/// Appends the quotes of paragraph `index` (`range` of `text`) to `out`.
pub(super) fn paragraph_quotes(
    text: &str,
    range: Range<usize>,
    index: usize,
    out: &mut Vec<Quote>,
) {
    let Some(s) = text.get(range.clone()) else {
        return;
    };
    let mut i = 0;
    while let Some(at) = next_quote_mark(s, i) {
        i = at;
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let prev = s[..i].chars().next_back();
        let opens = match c {
            '“' => true,
            '"' => {
                prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | ':'))
            }
            '‘' => !prev.is_some_and(is_letter),
            _ => false,
        };
        let from = i + c.len_utf8();
        i = from;
        if !opens {
            continue;
        }
        let Some((close, closed)) = find_close(s, from, c) else {
            continue;
        };
        let end = if closed {
            close + s[close..].chars().next().map_or(0, char::len_utf8)
        } else {
            s.trim_end().len().max(from)
        };
        if is_speech(&s[from..close.min(end)]) {
            out.push(Quote {
                start: range.start + at,
                end: range.start + end,
                text: s[at..end].to_string(),
                paragraph: index,
            });
        }
        // A quoted term is passed over whole too, so no text is searched twice.
        i = end;
    }
}

/// Byte offset of the next `"`, `“` or `‘` at or after `from` (UTF-8 `E2 80 9C` and
/// `E2 80 98`), by a byte search.
fn next_quote_mark(s: &str, from: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut k = from;
    while k < bytes.len() {
        match bytes[k] {
            b'"' => return Some(k),
            0xE2 if bytes.get(k + 1) == Some(&0x80)
                && matches!(bytes.get(k + 2), Some(0x9C | 0x98)) =>
            {
                return Some(k)
            }
            b => k += utf8_len(b),
        }
    }
    None
}

/// Checks each alignment group's quotes: `matched` when both sides quote, `one_sided` when
/// only one does; groups without quotes give no finding. Re-run after the groups change.
pub fn check_quotes(quotes: &Pair<Vec<Quote>>, groups: &[Group]) -> Vec<QuoteFinding> {
    groups
        .iter()
        .enumerate()
        .filter_map(|(k, g)| {
            let items = group_items(quotes, g, |q| q.paragraph);
            if items.te.is_empty() && items.en.is_empty() {
                return None;
            }
            let status = if items.te.is_empty() || items.en.is_empty() {
                Status::OneSided
            } else {
                Status::Matched
            };
            Some(QuoteFinding {
                group: k,
                status,
                te: items.te.to_vec(),
                en: items.en.to_vec(),
            })
        })
        .collect()
}
