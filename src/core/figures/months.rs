//! Month names in English and Telugu, for dates such as `July 14`, `14 July`, `జూలై 14`.
//!
//! English names must be capitalised (`May`, `March` are also everyday words in lower case);
//! abbreviations may end in a full stop. Telugu names must be the whole word: `మే` is a prefix
//! of many words (`మేము`, `మేయర్`), so no suffix is allowed on a month here; a month with a
//! case suffix (`జూలైలో`) is not followed by a day anyway. Telugu spellings vary, so each
//! month lists the common variants.

/// English month words (full names and abbreviations), with their numbers.
const ENGLISH: &[(&str, u8)] = &[
    ("January", 1),
    ("Jan", 1),
    ("February", 2),
    ("Feb", 2),
    ("March", 3),
    ("Mar", 3),
    ("April", 4),
    ("Apr", 4),
    ("May", 5),
    ("June", 6),
    ("Jun", 6),
    ("July", 7),
    ("Jul", 7),
    ("August", 8),
    ("Aug", 8),
    ("September", 9),
    ("Sept", 9),
    ("Sep", 9),
    ("October", 10),
    ("Oct", 10),
    ("November", 11),
    ("Nov", 11),
    ("December", 12),
    ("Dec", 12),
];

/// Telugu month names with spelling variants.
const TELUGU: &[(&str, u8)] = &[
    ("జనవరి", 1),
    ("ఫిబ్రవరి", 2),
    ("ఫిబ్రవరీ", 2),
    ("ఫిబ్రబరి", 2),
    ("మార్చి", 3),
    ("మార్చ్", 3),
    ("ఏప్రిల్", 4),
    ("ఎప్రిల్", 4),
    ("ఏప్రియల్", 4),
    ("మే", 5),
    ("జూన్", 6),
    ("జూలై", 7),
    ("జులై", 7),
    ("జూలయి", 7),
    ("ఆగస్టు", 8),
    ("ఆగష్టు", 8),
    ("ఆగస్ట్", 8),
    ("ఆగస్తు", 8),
    ("సెప్టెంబర్", 9),
    ("సెప్టెంబరు", 9),
    ("సెప్టెంబర", 9),
    ("అక్టోబర్", 10),
    ("అక్టోబరు", 10),
    ("నవంబర్", 11),
    ("నవంబరు", 11),
    ("డిసెంబర్", 12),
    ("డిసెంబరు", 12),
];

/// The month a whole word names: an English name (capitalised, or all capitals) or
/// abbreviation, or a Telugu name.
///
/// ```
/// use tandem::core::figures::months::month_of;
/// assert_eq!(month_of("July"), Some(7));
/// assert_eq!(month_of("జులై"), Some(7));
/// assert_eq!(month_of("may"), None);
/// ```
pub fn month_of(word: &str) -> Option<u8> {
    if word.starts_with(|c: char| c.is_ascii_uppercase()) {
        let rest_lower = word.chars().skip(1).all(|c| c.is_ascii_lowercase());
        let all_upper = word.chars().all(|c| c.is_ascii_uppercase());
        if !(rest_lower || all_upper) {
            return None;
        }
        return ENGLISH
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(word))
            .map(|&(_, m)| m);
    }
    TELUGU
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, m)| m)
}

/// The English name of month `m` (1 to 12), for normalised display.
pub fn english_name(m: u8) -> &'static str {
    ENGLISH
        .iter()
        .find(|&&(name, n)| n == m && name.len() > 3)
        .or_else(|| ENGLISH.iter().find(|&&(_, n)| n == m))
        .map_or("?", |&(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_has_names_in_both_languages() {
        for m in 1..=12 {
            assert!(ENGLISH.iter().any(|&(_, n)| n == m), "{m}");
            assert!(TELUGU.iter().any(|&(_, n)| n == m), "{m}");
            assert_eq!(month_of(english_name(m)), Some(m));
        }
    }

    #[test]
    fn months_need_capitals_in_english_and_whole_words_in_telugu() {
        assert_eq!(month_of("March"), Some(3));
        assert_eq!(month_of("MARCH"), Some(3));
        assert_eq!(month_of("march"), None);
        assert_eq!(month_of("MaRch"), None);
        assert_eq!(month_of("Sept"), Some(9));
        assert_eq!(month_of("సెప్టెంబరు"), Some(9));
        assert_eq!(month_of("మే"), Some(5));
        assert_eq!(month_of("మేము"), None);
        assert_eq!(month_of("Mayor"), None);
    }
}
