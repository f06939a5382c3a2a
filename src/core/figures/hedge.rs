//! Hedged and rounded figures (issue 21): `about 1.5 lakh`, `nearly 150,000`, `దాదాపు 1.5
//! లక్షల మంది`, `10 వేలకు పైగా`. A writer who hedges or rounds a figure does not claim its
//! last digit, so such a figure and a precise one within its rounding tolerance are an
//! approximate match (`approx`), not a mismatch.
//!
//! The hedge words are generic (both languages); a hedge is looked for in the word or two
//! before a figure and, for Telugu postpositions (`పైగా`, `కంటే ఎక్కువ`), after it.

use super::scan::{is_space, is_telugu_letter};
use super::Figure;

/// Words before a figure that say it is approximate (lowercase; matched as whole words).
const BEFORE: &[&str] = &[
    "about",
    "nearly",
    "around",
    "some",
    "over",
    "almost",
    "roughly",
    "approximately",
    "approx",
    "approx.",
    "circa",
    "c.",
    "estimated",
    "more than",
    "less than",
    "close to",
    "up to",
    "upwards of",
    "as many as",
    "just over",
    "just under",
    "దాదాపు",
    "దాదాపుగా",
    "సుమారు",
    "సుమారుగా",
    "ఇంచుమించు",
    "షుమారు",
    "కనీసం",
    "దగ్గరగా",
];

/// Words after a figure that say it is approximate (`10 వేలకు పైగా`, `1.5 lakh or so`).
const AFTER: &[&str] = &[
    "పైగా",
    "పైనే",
    "కంటే ఎక్కువ",
    "కన్నా ఎక్కువ",
    "కంటే అధికం",
    "వరకు",
    "దాకా",
    "or so",
    "odd",
    "plus",
];

/// True when the figure at `f.start..f.end` of `text` carries a hedge word before or after it.
/// Looks at most a few words either side, so the cost is constant per figure.
pub(super) fn is_hedged(text: &str, f: &Figure) -> bool {
    hedge_before(text, f.start) || hedge_after(text, f.end)
}

fn lower_ends_with_word(before: &str, word: &str) -> bool {
    let n = word.len();
    if before.len() < n || !before.is_char_boundary(before.len() - n) {
        return false;
    }
    let tail = &before[before.len() - n..];
    if !tail.eq_ignore_ascii_case(word) {
        return false;
    }
    // A whole word: nothing letter-like glued before it.
    !before[..before.len() - n]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || is_telugu_letter(c))
}

fn hedge_before(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    // Bounded look-back: the longest hedge plus spaces.
    let from = before.len().saturating_sub(64);
    let from = (from..before.len())
        .find(|&k| before.is_char_boundary(k))
        .unwrap_or(before.len());
    let window = before[from..].trim_end_matches(is_space);
    if window.len() == before.len() - from {
        return false; // glued to the figure: not a separate word
    }
    let window = collapse_spaces(window);
    BEFORE.iter().any(|w| lower_ends_with_word(&window, w))
}

fn hedge_after(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    // The figure may end inside a Telugu word whose case suffix comes before the hedge
    // (`వేల` + `కు పైగా`): skip the rest of that word.
    let rest = rest.trim_start_matches(is_telugu_letter);
    let rest = rest.trim_start_matches(is_space);
    let head: String = rest.chars().take(24).collect();
    let head = collapse_spaces(&head);
    AFTER.iter().any(|w| {
        head.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
            && !head[w.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() && !is_telugu_letter(c))
    })
}

/// Runs of spaces as one ASCII space, so `more  than` reads as `more than`.
fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if is_space(c) {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

/// The place value of a value's last significant digit: 10000 for 150000, 0.1 for 1.5, 1 for
/// 147. How coarsely the writer rounded.
pub(super) fn rounding_unit(v: f64) -> f64 {
    let v = v.abs();
    if v == 0.0 || !v.is_finite() {
        return 1.0;
    }
    let mut unit = 10f64.powi(v.log10().floor() as i32);
    // Step down until v is a whole multiple of unit (to a relative 1e-9).
    for _ in 0..20 {
        let q = v / unit;
        if (q - q.round()).abs() <= 1e-9 * q.max(1.0) {
            return unit;
        }
        unit /= 10.0;
    }
    unit
}

/// A figure is rounded when its last significant digit is worth 100 or more (`150,000`,
/// `1.5 lakh`), so its writer did not claim the units and tens.
pub(super) fn is_rounded(v: f64) -> bool {
    rounding_unit(v) >= 100.0
}

/// True when two values of the same kind of figure agree within what hedging or rounding
/// allows: half the rounding unit of the coarser value, or the whole unit when either side is
/// hedged; never more than a twentieth of the larger value (`some 80 per cent` is not `75
/// శాతం`). Needs one side hedged or rounded.
pub(super) fn approx_equal(a: &Figure, b: &Figure) -> bool {
    let hedged = a.hedged || b.hedged;
    let rounded = is_rounded(a.value) || is_rounded(b.value);
    if !(hedged || rounded) {
        return false;
    }
    let unit = rounding_unit(a.value).max(rounding_unit(b.value));
    let tolerance = if hedged { unit } else { unit / 2.0 };
    let larger = a.value.abs().max(b.value.abs());
    let diff = (a.value - b.value).abs();
    diff <= tolerance.min(larger / 20.0) + 1e-9 * larger
}
