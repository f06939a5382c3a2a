//! Acronyms across scripts: Telugu spells an English acronym by its letter names (U.S. →
//! యుఎస్, BJP → బీజేపీ), so the Telugu word can be read back into Latin letters and compared
//! exactly. Acronyms that are pronounced as words (ISRO → ఇస్రో, NASA → నాసా) do not parse as
//! letter names and are matched phonetically instead.

/// Telugu spellings of the English letter names, most common first.
const LETTER_NAMES: [(char, &[&str]); 26] = [
    ('A', &["ఏ", "ఎ"]),
    ('B', &["బీ", "బి"]),
    ('C', &["సీ", "సి"]),
    ('D', &["డీ", "డి"]),
    ('E', &["ఈ", "ఇ"]),
    ('F', &["ఎఫ్"]),
    ('G', &["జీ", "జి"]),
    ('H', &["హెచ్", "హెచ్చ్"]),
    ('I', &["ఐ"]),
    ('J', &["జే", "జె"]),
    ('K', &["కే", "కె"]),
    ('L', &["ఎల్"]),
    ('M', &["ఎం", "ఎమ్"]),
    ('N', &["ఎన్"]),
    ('O', &["ఓ", "ఒ"]),
    ('P', &["పీ", "పి"]),
    ('Q', &["క్యూ", "క్యు"]),
    ('R', &["ఆర్"]),
    ('S', &["ఎస్"]),
    ('T', &["టీ", "టి"]),
    ('U', &["యూ", "యు"]),
    ('V', &["వీ", "వి"]),
    ('W', &["డబ్ల్యూ", "డబ్ల్యు", "డబ్లూ"]),
    ('X', &["ఎక్స్"]),
    ('Y', &["వై"]),
    ('Z', &["జెడ్", "జడ్"]),
];

/// The Telugu letter name of an ASCII letter (`'S'` → `ఎస్`).
pub fn telugu_name(letter: char) -> Option<&'static str> {
    let upper = letter.to_ascii_uppercase();
    LETTER_NAMES
        .iter()
        .find(|(l, _)| *l == upper)
        .map(|(_, names)| names[0])
}

/// True when the word is the Telugu name of one letter (`ఎస్`, `వి`): an initial, not a name.
pub fn is_letter_name(word: &str) -> bool {
    LETTER_NAMES.iter().any(|(_, names)| names.contains(&word))
}

/// Reads a Telugu word as a sequence of English letter names: `యుఎస్` → `US`, `యు.ఎస్.` →
/// `US`. Needs at least two letters and the whole word to parse; `None` otherwise.
pub fn decode_telugu(word: &str) -> Option<String> {
    // Called for every candidate stem of every article: no allocation unless the word parses
    // (or holds dots or joiners to drop, or a sandhi vowel to restore, both rare).
    let cleaned: std::borrow::Cow<str> = if word.contains(['.', '\u{200C}', '\u{200D}']) {
        word.chars()
            .filter(|c| !matches!(c, '.' | '\u{200C}' | '\u{200D}'))
            .collect::<String>()
            .into()
    } else {
        word.into()
    };
    let mut sandhi: String;
    let mut rest: &str = &cleaned;
    let mut out = String::new();
    let mut last_consonant: Option<char> = None;
    while !rest.is_empty() {
        // Sandhi: after ఎస్ the vowel of ఆర్ takes the doubled స (ఎస్సార్ = S R).
        if let Some(c) = last_consonant {
            let mut chars = rest.chars();
            if let (Some(first), Some(sign)) = (chars.next(), chars.next()) {
                if first == c {
                    if let Some(vowel) = independent_vowel(sign) {
                        let tail = chars.as_str();
                        let mut restored = String::with_capacity(tail.len() + 4);
                        restored.push(vowel);
                        restored.push_str(tail);
                        sandhi = restored;
                        rest = &sandhi;
                    }
                }
            }
        }
        // Longest spelling first, so హెచ్చ్ is not read as హెచ్ + a stray చ్.
        let mut best: Option<(char, &str)> = None;
        for (letter, names) in LETTER_NAMES.iter() {
            for name in names.iter() {
                if rest.starts_with(name) && best.is_none_or(|(_, b)| name.len() > b.len()) {
                    best = Some((*letter, name));
                }
            }
        }
        let (letter, name) = best?;
        out.push(letter);
        let mut tail = name.chars().rev();
        last_consonant = match (tail.next(), tail.next()) {
            (Some('\u{0C4D}'), Some(c)) => Some(c),
            _ => None,
        };
        rest = &rest[name.len()..];
        if out.len() > 12 {
            return None;
        }
    }
    (out.len() >= 2).then_some(out)
}

/// The independent vowel for a vowel sign (ా → ఆ).
pub(crate) fn independent_vowel(sign: char) -> Option<char> {
    Some(match sign {
        'ా' => 'ఆ',
        'ి' => 'ఇ',
        'ీ' => 'ఈ',
        'ు' => 'ఉ',
        'ూ' => 'ఊ',
        'ె' => 'ఎ',
        'ే' => 'ఏ',
        'ై' => 'ఐ',
        'ొ' => 'ఒ',
        'ో' => 'ఓ',
        _ => return None,
    })
}

/// The letters of a Latin acronym, upper-cased, without dots: `U.S.` → `US`, `Covid-19` is
/// not an acronym (see `english`), `COP28` → `COP28`.
pub fn latin_letters(acronym: &str) -> String {
    acronym
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_names_read_back() {
        assert_eq!(decode_telugu("యుఎస్"), Some("US".into()));
        assert_eq!(decode_telugu("యు.ఎస్."), Some("US".into()));
        assert_eq!(decode_telugu("యూఎస్ఏ"), Some("USA".into()));
        assert_eq!(decode_telugu("బీజేపీ"), Some("BJP".into()));
        assert_eq!(decode_telugu("బీసీసీఐ"), Some("BCCI".into()));
        assert_eq!(decode_telugu("ఐసీసీ"), Some("ICC".into()));
        assert_eq!(decode_telugu("డబ్ల్యూహెచ్ఓ"), Some("WHO".into()));
        assert_eq!(decode_telugu("యుఎన్"), Some("UN".into()));
        assert_eq!(decode_telugu("వైఎస్సార్"), Some("YSR".into()));
    }

    #[test]
    fn words_and_pronounced_acronyms_do_not_parse() {
        assert_eq!(decode_telugu("ఇస్రో"), None);
        assert_eq!(decode_telugu("నాసా"), None);
        assert_eq!(decode_telugu("రష్యా"), None);
        assert_eq!(decode_telugu("ఎస్"), None);
        assert_eq!(decode_telugu(""), None);
    }

    #[test]
    fn latin_letters_and_names() {
        assert_eq!(latin_letters("U.S."), "US");
        assert_eq!(latin_letters("dprk"), "DPRK");
        assert_eq!(telugu_name('s'), Some("ఎస్"));
        assert_eq!(telugu_name('W'), Some("డబ్ల్యూ"));
        assert_eq!(telugu_name('?'), None);
        assert!(is_letter_name("ఎస్") && is_letter_name("వి") && !is_letter_name("యుఎస్"));
    }
}
