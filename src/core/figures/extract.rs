//! Finding the figures of one paragraph: a number literal ([`super::number`]) and the words
//! around it that say what it is: a currency sign or month before it, a glued suffix (`%`,
//! `4th`, `2024లో`, `14న`, `5km`) and, after a space, scale words, a percent word, a unit or a
//! month.
//!
//! One left-to-right pass; the look-around at each number is bounded by the longest word in
//! the tables, so the scan is linear in the paragraph length.

use super::months::month_of;
use super::number::{self, char_at, is_digit, Read};
use super::scan::{
    ascii_run_end, is_space, is_telugu_letter, is_word_char, next_digit, skip_spaces,
    telugu_run_end, word_at,
};
use super::units::{
    Unit, CURRENCY_BEFORE, ORDINAL_ENDINGS, PERCENT_WORDS, SCALE_WORDS, TELUGU_DATE_WORD,
    TELUGU_DAY, TELUGU_ORDINAL, UNIT_WORDS,
};
use super::{Figure, FigureKind};

/// End of a percent word (`%`, `per cent`, `శాతం` ...) written at byte `i`.
fn percent_at(s: &str, i: usize) -> Option<usize> {
    word_at(s, i, PERCENT_WORDS).map(|(end, ())| end)
}

/// The month named by the word before the number at `num_start` (one or more spaces between),
/// with the word's start: the month before a day, as in `July 14` or `జూలై 14`.
fn month_before(s: &str, num_start: usize) -> Option<(usize, u8)> {
    let before = s.get(..num_start)?;
    let trimmed = before.trim_end_matches(is_space);
    if trimmed.len() == before.len() {
        return None; // `July14`: not a date as written
    }
    let trimmed = trimmed.strip_suffix('.').unwrap_or(trimmed);
    let word_start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_alphabetic() || is_telugu_letter(c))
        .last()
        .map(|(k, _)| k)?;
    month_of(&trimmed[word_start..]).map(|m| (word_start, m))
}

/// A month written after a day, as in `14 July`, `14th of July` or `14 జూలై`.
fn month_after(s: &str, i: usize) -> Option<(usize, u8)> {
    let mut j = skip_spaces(s, i);
    if j == i {
        return None;
    }
    if s.get(j..).is_some_and(|r| r.starts_with("of ")) {
        j = skip_spaces(s, j + 2);
    }
    let c = char_at(s, j)?;
    let end = if c.is_ascii_alphabetic() {
        ascii_run_end(s, j)
    } else {
        telugu_run_end(s, j)
    };
    month_of(s.get(j..end)?).map(|m| (end, m))
}

/// A currency sign or abbreviation just before the number (spaces allowed between).
fn currency_before(s: &str, num_start: usize) -> Option<(usize, Unit)> {
    let before = s.get(..num_start)?.trim_end_matches(is_space);
    CURRENCY_BEFORE.iter().find_map(|&(sign, unit)| {
        let start = before.len().checked_sub(sign.len())?;
        if before.get(start..)? != sign {
            return None;
        }
        let lettered = sign.chars().next().is_some_and(is_word_char);
        let glued = before[..start]
            .chars()
            .next_back()
            .is_some_and(is_word_char);
        (!lettered || !glued).then_some((start, unit))
    })
}

/// True when the digit at `i` continues a word or a code (`G20`, `COVID-19`, `కోవిడ్-19`):
/// a name, not a figure.
fn glued_to_word(s: &str, i: usize) -> bool {
    let mut back = s[..i].chars().rev();
    match back.next() {
        Some(c) if is_word_char(c) => true,
        Some('-') => back.next().is_some_and(|c| is_word_char(c) && !is_digit(c)),
        _ => false,
    }
}

/// What was read after the number.
#[derive(Default)]
pub(super) struct Tail {
    pub end: usize,
    pub scale: f64,
    pub percent: bool,
    pub ordinal: bool,
    pub day: bool,
    pub unit: Option<Unit>,
    pub month: Option<u8>,
}

/// What is glued to the digits: `%`, `°`, an ordinal ending, a unit or scale (`5km`, `5bn`,
/// `5కోట్లు`), a day suffix (`14న`) or a case suffix (`2024లో`, not part of the figure).
/// `None` when the digits are part of a code (`5G`, `1990s`, `10am`).
fn glued_tail(s: &str, lit_end: usize, tail: &mut Tail) -> Option<bool> {
    let Some(c) = char_at(s, lit_end) else {
        return Some(true);
    };
    if c == '%' {
        tail.percent = true;
        tail.end = lit_end + 1;
        return Some(false);
    }
    if c == '°' {
        tail.unit = Some(Unit::Degrees);
        let after = lit_end + c.len_utf8();
        tail.end = if char_at(s, after).is_some_and(|c| matches!(c, 'C' | 'F')) {
            after + 1
        } else {
            after
        };
        return Some(false);
    }
    if c.is_ascii_alphabetic() {
        let end = ascii_run_end(s, lit_end);
        let word = &s[lit_end..end];
        if ORDINAL_ENDINGS.iter().any(|e| e.eq_ignore_ascii_case(word)) {
            tail.ordinal = true;
            tail.end = end;
            return Some(true);
        }
        return glued_scale_or_unit(s, lit_end, tail);
    }
    if c == '-' && char_at(s, lit_end + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
        // `45-year-old`, `10-km`
        if let Some((e, u)) = word_at(s, lit_end + 1, UNIT_WORDS) {
            tail.unit = Some(u);
            tail.end = e;
        }
        return Some(false);
    }
    if is_telugu_letter(c) {
        let end = telugu_run_end(s, lit_end);
        let word = &s[lit_end..end];
        if let Some(more) = glued_scale_or_unit(s, lit_end, tail) {
            return Some(more);
        }
        if let Some(e) = percent_at(s, lit_end) {
            tail.percent = true;
            tail.end = e;
            return Some(false);
        }
        if TELUGU_ORDINAL.contains(&word) {
            tail.ordinal = true;
            tail.end = end;
            return Some(true);
        }
        if TELUGU_DAY.contains(&word) {
            tail.day = true;
            tail.end = end;
            return Some(false);
        }
        // A case suffix: the figure is the digits alone.
        return Some(false);
    }
    Some(true)
}

/// A scale word (`5bn`, `5కోట్లు`: more words may follow, `Some(true)`) or a unit word (`5km`:
/// the figure ends, `Some(false)`) glued to the digits at `at`; `None` for neither.
fn glued_scale_or_unit(s: &str, at: usize, tail: &mut Tail) -> Option<bool> {
    if let Some((e, m)) = word_at(s, at, SCALE_WORDS) {
        tail.scale *= m;
        tail.end = e;
        return Some(true);
    }
    if let Some((e, u)) = word_at(s, at, UNIT_WORDS) {
        tail.unit = Some(u);
        tail.end = e;
        return Some(false);
    }
    None
}

/// The words after the number, separated by spaces: scale words (chained), then a percent
/// word, a unit, or a month.
pub(super) fn spaced_tail(s: &str, tail: &mut Tail, day_like: bool) {
    loop {
        let j = skip_spaces(s, tail.end);
        if j == tail.end {
            return;
        }
        if let Some((e, m)) = word_at(s, j, SCALE_WORDS) {
            tail.scale *= m;
            tail.end = e;
            continue;
        }
        if let Some(e) = percent_at(s, j) {
            tail.percent = true;
            tail.end = e;
            return;
        }
        if let Some((e, u)) = word_at(s, j, UNIT_WORDS) {
            if tail.unit.is_none() || tail.unit == Some(u) {
                tail.unit = Some(u);
                tail.end = e;
            }
            return;
        }
        if day_like && tail.scale == 1.0 && tail.unit.is_none() {
            if let Some((e, m)) = month_after(s, tail.end) {
                tail.month = Some(m);
                tail.end = e;
                return;
            }
            if tail.ordinal && s.get(j..).is_some_and(|r| r.starts_with(TELUGU_DATE_WORD)) {
                tail.day = true;
                tail.end = telugu_run_end(s, j);
            }
        }
        return;
    }
}

/// Appends the figures of paragraph `index` (the text `s`, starting at byte `base` of the
/// document) to `out`.
pub(super) fn paragraph_figures(s: &str, base: usize, index: usize, out: &mut Vec<Figure>) {
    let mut i = 0;
    // End of the previous figure: a month or currency sign before a number is taken only
    // when it is not already part of that figure.
    let mut floor = 0;
    while let Some(at) = next_digit(s, i) {
        i = at;
        if glued_to_word(s, i) {
            i = skip_word(s, i);
            continue;
        }
        let lit = match number::read(s, i) {
            Read::Number(lit) => lit,
            Read::Skip { end } => {
                i = end.max(i + 1);
                continue;
            }
        };
        match figure_at(s, i, &lit, floor) {
            Some((start, end, kind, value, unit, month)) => {
                out.push(Figure {
                    start: base + start,
                    end: base + end,
                    text: s[start..end].to_string(),
                    paragraph: index,
                    kind,
                    value,
                    unit,
                    month,
                    hedged: false,
                });
                // The words of a figure hold no digits: resume after them.
                i = end.max(lit.end);
                floor = end;
            }
            None => i = skip_word(s, lit.end),
        }
    }
}

/// Past the digits, letters and joiners of a code such as `G20`, `5G` or `v1.2.3` (inner
/// `.`, `,`, `:`, `-` and `/` included).
fn skip_word(s: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(s, i) {
        let inner =
            matches!(c, '.' | ',' | ':' | '-' | '/') && char_at(s, i + 1).is_some_and(is_word_char);
        if !(is_word_char(c) || inner) {
            break;
        }
        i += c.len_utf8();
    }
    i
}

type Found = (usize, usize, FigureKind, f64, Option<Unit>, Option<u8>);

/// The figure whose number starts at `i`: span, kind, normalised value, unit, month.
fn figure_at(s: &str, i: usize, lit: &number::Literal, floor: usize) -> Option<Found> {
    let mut tail = Tail {
        end: lit.end,
        scale: 1.0,
        ..Tail::default()
    };
    let open = glued_tail(s, lit.end, &mut tail)?;
    let is_day = |v: f64| lit.plain_integer && (1.0..=31.0).contains(&v);
    if open && !tail.percent {
        spaced_tail(s, &mut tail, is_day(lit.value));
    }
    let value = lit.value * tail.scale;
    if !value.is_finite() {
        return None; // `9 trillion trillion ...`: no figure anyone compares
    }
    let mut start = i;
    let mut unit = tail.unit;
    if let Some((s0, u)) = currency_before(s, i).filter(|&(s0, _)| s0 >= floor) {
        start = s0;
        unit = Some(u);
    }
    let plain = unit.is_none() && !tail.percent && tail.scale == 1.0;
    let mut month = tail.month;
    if plain && month.is_none() && is_day(lit.value) {
        if let Some((s0, m)) = month_before(s, i).filter(|&(s0, _)| s0 >= floor) {
            start = s0;
            month = Some(m);
        }
    }
    let kind = if tail.percent {
        FigureKind::Percent
    } else if plain && (month.is_some() || (tail.day && is_day(lit.value))) {
        FigureKind::Date
    } else if unit.is_some() {
        FigureKind::Amount
    } else if tail.ordinal {
        FigureKind::Ordinal
    } else if plain && lit.plain_integer && (1800.0..=2100.0).contains(&lit.value) {
        FigureKind::Year
    } else {
        FigureKind::Number
    };
    let end = if tail.day && kind != FigureKind::Date {
        lit.end // `2024న`: a case suffix after all
    } else {
        tail.end
    };
    let unit = if kind == FigureKind::Amount {
        unit
    } else {
        None
    };
    let month = if kind == FigureKind::Date {
        month
    } else {
        None
    };
    Some((start, end, kind, value, unit, month))
}
