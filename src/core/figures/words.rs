//! Small numbers written as words (`three hours`, `మూడు గంటలు`, `two million`, `రెండు
//! లక్షల మంది`), counted only when a unit or scale word follows: there the word can only be a
//! count, while on its own (`one of the two`, `ఒక`) it is too often not a figure worth
//! comparing. `one`/`a`/`ఒక` are left out for the same reason (`one day`, `ఒక రోజు` are idioms).

use super::extract::{spaced_tail, Tail};
use super::scan::is_word_char;
use super::{Figure, FigureKind};

/// English number words (any case) and their values.
const ENGLISH: &[(&str, f64)] = &[
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
];

/// Telugu number words (whole words) and their values, with common spelling variants.
const TELUGU: &[(&str, f64)] = &[
    ("రెండు", 2.0),
    ("మూడు", 3.0),
    ("నాలుగు", 4.0),
    ("ఐదు", 5.0),
    ("అయిదు", 5.0),
    ("ఆరు", 6.0),
    ("ఏడు", 7.0),
    ("ఎనిమిది", 8.0),
    ("తొమ్మిది", 9.0),
    ("పది", 10.0),
    ("పదకొండు", 11.0),
    ("పన్నెండు", 12.0),
];

/// True when a number word may start at byte `k`: an English initial in either case, or one of
/// the Telugu initials (అ ఆ ఎ ఏ ఐ త న ప మ ర, UTF-8 `E0 B0 xx`). A test of one to three bytes
/// that rejects almost every position before any character is decoded.
fn may_start_word(bytes: &[u8], k: usize) -> bool {
    match bytes[k] {
        0xE0 => {
            bytes.get(k + 1) == Some(&0xB0)
                && matches!(
                    bytes.get(k + 2),
                    Some(0x85 | 0x86 | 0x8E | 0x8F | 0x90 | 0xA4 | 0xA8 | 0xAA | 0xAE | 0xB0)
                )
        }
        b => matches!(b.to_ascii_lowercase(), b't' | b'f' | b's' | b'e' | b'n'),
    }
}

/// End of the run of ASCII letters and digits, Telugu characters and zero-width joiners that
/// starts at byte `k` (`k` itself when none starts there). Bytes only: the scan's inner loop.
fn word_run_end(bytes: &[u8], mut k: usize) -> usize {
    loop {
        match bytes.get(k) {
            Some(b) if b.is_ascii_alphanumeric() => k += 1,
            Some(0xE0) if matches!(bytes.get(k + 1), Some(0xB0 | 0xB1)) => k += 3,
            Some(0xE2)
                if bytes.get(k + 1) == Some(&0x80)
                    && matches!(bytes.get(k + 2), Some(0x8C | 0x8D)) =>
            {
                k += 3
            }
            _ => return k.min(bytes.len()),
        }
    }
}

/// True when the character before byte `k` (a char boundary) is not part of a word. Decided
/// from the bytes where that is cheap: inside Telugu text almost every byte tested here
/// follows another Telugu character (UTF-8 `E0 B0 xx` or `E0 B1 xx`).
fn follows_non_word(s: &str, k: usize) -> bool {
    let bytes = s.as_bytes();
    match k.checked_sub(1).map(|p| bytes[p]) {
        None => true,
        Some(p) if p.is_ascii() => !p.is_ascii_alphanumeric(),
        Some(_) if k >= 3 && bytes[k - 3] == 0xE0 && matches!(bytes[k - 2], 0xB0 | 0xB1) => false,
        Some(_) => !s[..k].chars().next_back().is_some_and(is_word_char),
    }
}

/// The number word that is the whole word at byte `k`: (end, value).
fn number_word_at(s: &str, k: usize) -> Option<(usize, f64)> {
    let rest = s.get(k..)?;
    let b = rest.as_bytes();
    let whole = |len: usize| !rest[len..].starts_with(is_word_char);
    // The byte that tells the words' initials apart is compared before the whole word: the
    // initials here are common (`the`, `said`, `న`), number words are not.
    if b.first()?.is_ascii() {
        let initial = b[0].to_ascii_lowercase();
        ENGLISH.iter().find_map(|&(w, v)| {
            if w.as_bytes()[0] != initial {
                return None;
            }
            let head = rest.get(..w.len())?;
            (head.eq_ignore_ascii_case(w) && whole(w.len())).then_some((k + w.len(), v))
        })
    } else {
        let initial = *b.get(2)?;
        TELUGU
            .iter()
            .find(|&&(w, _)| w.as_bytes()[2] == initial && rest.starts_with(w) && whole(w.len()))
            .map(|&(w, v)| (k + w.len(), v))
    }
}

/// Appends the figures written as words in paragraph `index` (the text `s`, starting at byte
/// `base` of the document) to `out`.
pub(super) fn paragraph_word_figures(s: &str, base: usize, index: usize, out: &mut Vec<Figure>) {
    let bytes = s.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        let run_end = word_run_end(bytes, k);
        if run_end == k {
            k += 1;
            continue;
        }
        // `k` starts a run of letters: test it, then pass over the whole run at once.
        let starts_word =
            may_start_word(bytes, k) && s.is_char_boundary(k) && follows_non_word(s, k);
        let Some((end, value)) = starts_word.then(|| number_word_at(s, k)).flatten() else {
            k = run_end;
            continue;
        };
        let mut tail = Tail {
            end,
            scale: 1.0,
            ..Tail::default()
        };
        spaced_tail(s, &mut tail, false);
        let kind = if !(value * tail.scale).is_finite() {
            k = tail.end;
            continue;
        } else if tail.percent {
            FigureKind::Percent
        } else if tail.unit.is_some() {
            FigureKind::Amount
        } else if tail.scale != 1.0 {
            FigureKind::Number
        } else {
            k = end;
            continue;
        };
        out.push(Figure {
            start: base + k,
            end: base + tail.end,
            text: s[k..tail.end].to_string(),
            paragraph: index,
            kind,
            value: value * tail.scale,
            unit: tail.unit,
            month: None,
            hedged: false,
        });
        k = tail.end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, f64)> {
        let mut out = Vec::new();
        paragraph_word_figures(text, 0, 0, &mut out);
        out.into_iter().map(|f| (f.text, f.value)).collect()
    }

    #[test]
    fn the_initial_filter_admits_every_number_word() {
        for (w, _) in ENGLISH.iter().chain(TELUGU) {
            assert!(may_start_word(w.as_bytes(), 0), "{w}");
            let upper = w.to_ascii_uppercase();
            assert!(may_start_word(upper.as_bytes(), 0), "{upper}");
        }
    }

    #[test]
    fn number_words_count_only_before_a_unit_or_scale() {
        assert_eq!(
            words("It lasted three hours."),
            [("three hours".into(), 3.0)]
        );
        assert_eq!(words("మ్యాచ్ మూడు గంటల పాటు"), [("మూడు గంటల".into(), 3.0)]);
        assert_eq!(
            words("Two million people"),
            [("Two million people".into(), 2e6)]
        );
        assert_eq!(words("రెండు లక్షల మంది"), [("రెండు లక్షల మంది".into(), 2e5)]);
        assert_eq!(words("five per cent"), [("five per cent".into(), 5.0)]);
        assert!(words("one of the two sides").is_empty());
        assert!(words("ten soldiers, often tense").is_empty());
        assert!(words("the tenth day, నాలుగో రోజు, మూడో టెస్టు").is_empty());
        assert!(words("పదవి రెండుసార్లు").is_empty());
        assert!(words("గతంలోరెండు గంటలు").is_empty());
        assert_eq!(words("“మూడు గంటలు”").len(), 1);
    }
}
