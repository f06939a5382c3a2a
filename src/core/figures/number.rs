//! Reading one number literal: digits in one script (ASCII or Telugu ౦-౯), thousands
//! separators in the Western (`1,000,000`) or Indian (`10,00,000`) grouping, and a decimal
//! part. Anything that looks like a number but is not a quantity (a version `1.2.3`, a time
//! `10:30`, a numeric date `14/07/2024`) is reported as such so the caller can skip it.

/// Telugu digit zero (U+0C66); the digits run to U+0C6F.
const TELUGU_ZERO: u32 = 0x0C66;

/// More integer digits than this is an identifier or a phone number, not a figure.
const MAX_INT_DIGITS: usize = 15;

/// The value of a digit in either script.
pub(super) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0C66}'..='\u{0C6F}' => Some(c as u32 - TELUGU_ZERO),
        _ => None,
    }
}

pub(super) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// A number literal as read.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Literal {
    /// Byte offset just past the literal (in the string it was read from).
    pub end: usize,
    pub value: f64,
    /// No decimal part and no separators: could be a year or a day.
    pub plain_integer: bool,
}

/// What sits at a digit.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Read {
    Number(Literal),
    /// Digits that are not a quantity; skip to `end`.
    Skip {
        end: usize,
    },
}

/// A run of digits of one script starting at `i`: (end, ASCII digits).
fn digit_run(s: &str, i: usize, telugu: bool) -> (usize, String) {
    let mut digits = String::new();
    let mut end = i;
    for (k, c) in s[i..].char_indices() {
        match digit_value(c) {
            Some(d) if is_telugu_digit(c) == telugu => {
                digits.push(char::from(b'0' + d as u8));
                end = i + k + c.len_utf8();
            }
            _ => break,
        }
    }
    (end, digits)
}

fn is_telugu_digit(c: char) -> bool {
    ('\u{0C66}'..='\u{0C6F}').contains(&c)
}

/// The char at byte `i`, if any.
pub(super) fn char_at(s: &str, i: usize) -> Option<char> {
    s.get(i..).and_then(|t| t.chars().next())
}

/// Reads the number whose first digit is at byte `i` of `s`.
pub(super) fn read(s: &str, i: usize) -> Read {
    let telugu = char_at(s, i).is_some_and(is_telugu_digit);
    let (mut end, first) = digit_run(s, i, telugu);
    // Thousands groups: `,` and 2 or 3 digits, each followed by no further digit.
    let mut groups: Vec<String> = Vec::new();
    let mut group_end = end;
    while char_at(s, group_end) == Some(',') {
        let (e, g) = digit_run(s, group_end + 1, telugu);
        if g.len() < 2 || g.len() > 3 {
            break;
        }
        groups.push(g);
        group_end = e;
    }
    let western = !groups.is_empty() && first.len() <= 3 && groups.iter().all(|g| g.len() == 3);
    let indian = !groups.is_empty()
        && first.len() <= 2
        && groups.last().is_some_and(|g| g.len() == 3)
        && groups[..groups.len() - 1].iter().all(|g| g.len() == 2);
    let mut int = first;
    if western || indian {
        for g in &groups {
            int.push_str(g);
        }
        end = group_end;
    } else {
        groups.clear();
    }
    let mut frac = String::new();
    if char_at(s, end) == Some('.') && char_at(s, end + 1).is_some_and(is_digit) {
        let (e, f) = digit_run(s, end + 1, telugu);
        frac = f;
        end = e;
    }
    // `1.2.3`, `10:30`, `14/07/2024`, `14-07-2024`-style runs are not quantities.
    if matches!(char_at(s, end), Some('.' | ':' | '/')) && char_at(s, end + 1).is_some_and(is_digit)
    {
        let mut e = end;
        while let Some(c) = char_at(s, e) {
            if is_digit(c) || matches!(c, '.' | ':' | '/' | ',') {
                e += c.len_utf8();
            } else {
                break;
            }
        }
        return Read::Skip { end: e };
    }
    let int_digits = int.trim_start_matches('0').len();
    if int_digits > MAX_INT_DIGITS {
        return Read::Skip { end };
    }
    let text = if frac.is_empty() {
        int
    } else {
        format!("{int}.{frac}")
    };
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() => Read::Number(Literal {
            end,
            value,
            plain_integer: frac.is_empty() && groups.is_empty(),
        }),
        _ => Read::Skip { end },
    }
}

/// A value as a person writes it: no trailing `.0`, at most a few decimals.
pub(super) fn format_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A key for comparing values: equal for values equal to a thousandth (so `1.5 * 1e6` and
/// `15 * 1e5` compare equal despite floating point).
pub(super) fn value_key(v: f64) -> i64 {
    // `as` saturates: absurdly large values share a key, which is harmless.
    (v * 1000.0).round() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(s: &str) -> Option<(f64, bool, usize)> {
        match read(s, 0) {
            Read::Number(l) => Some((l.value, l.plain_integer, l.end)),
            Read::Skip { .. } => None,
        }
    }

    #[test]
    fn reads_separators_in_both_groupings_and_both_scripts() {
        assert_eq!(value("1,000,000 people"), Some((1e6, false, 9)));
        assert_eq!(value("10,00,000"), Some((1e6, false, 9)));
        assert_eq!(value("1,00,000."), Some((1e5, false, 8)));
        assert_eq!(value("2024, 2025"), Some((2024.0, true, 4)));
        assert_eq!(value("12,34"), Some((12.0, true, 2)));
        assert_eq!(value("1,0000"), Some((1.0, true, 1)));
        assert_eq!(value("౨౦౨౪లో"), Some((2024.0, true, 12)));
        assert_eq!(value("౧,౫౦౦"), Some((1500.0, false, 13)));
        assert_eq!(value("3.75%"), Some((3.75, false, 4)));
        assert_eq!(value("5. Next"), Some((5.0, true, 1)));
    }

    #[test]
    fn skips_versions_times_and_numeric_dates() {
        assert_eq!(read("1.2.3 and", 0), Read::Skip { end: 5 });
        assert_eq!(read("10:30", 0), Read::Skip { end: 5 });
        assert_eq!(read("14/07/2024", 0), Read::Skip { end: 10 });
        assert!(matches!(read("1234567890123456789", 0), Read::Skip { .. }));
    }

    #[test]
    fn scripts_are_not_mixed_in_one_number() {
        assert_eq!(value("1౨"), Some((1.0, true, 1)));
    }

    #[test]
    fn values_format_and_key_as_written() {
        assert_eq!(format_value(1500000.0), "1500000");
        assert_eq!(format_value(12.5), "12.5");
        assert_eq!(value_key(1.5 * 1e6), value_key(15.0 * 1e5));
        assert_ne!(value_key(28.0), value_key(38.0));
    }
}
