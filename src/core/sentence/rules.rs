//! The rules that decide whether a full stop (or `?`, `!`, `…`) ends a sentence: the character
//! classes and the generic word lists of abbreviations. Nothing here names an article.

/// Characters that can end a sentence, alone or in a cluster (`?!`, `...`).
pub(super) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '।' | '॥')
}

/// Closing quotes and brackets that stay with the sentence they close.
pub(super) fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '\u{200c}' | '\u{200d}'
    )
}

/// One candidate sentence end: the text before the terminators, the terminators, whether a
/// closing quote or bracket followed them, and the text after the spaces.
pub(super) struct Cut<'a> {
    pub before: &'a str,
    pub marks: &'a str,
    pub closed: bool,
    pub after: &'a str,
}

/// English abbreviations that take a full stop and are almost never the last word of a
/// sentence: titles and a few Latin words.
const ENGLISH: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Rs", "Re", "Jr", "Sr", "Gen", "Lt", "Col", "Sgt",
    "Capt", "Cmdr", "Adm", "Maj", "Brig", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt",
    "Insp", "Mt", "Ft", "Messrs", "vs", "v", "viz", "cf", "approx", "fig", "Vol", "vol", "pp",
    "Rt", "Dist", "Ave", "Rd", "Bros", "Gens",
];

/// Abbreviations that are one only before a number: `No. 10`, `Oct. 31` (before a capital,
/// `on Oct. The` ends a sentence as often as not).
const BEFORE_DIGITS: &[&str] = &[
    "No", "Nos", "no", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "Fig", "p", "Art", "Sec",
];

/// Telugu words written with a full stop: titles and units (`డా.` doctor, `శ్రీ.`, `రూ.`
/// rupees, `కి.మీ.` kilometre, `ప్రొ.` professor).
const TELUGU: &[&str] = &[
    "డా",
    "శ్రీ",
    "శ్రీమతి",
    "రూ",
    "ప్రొ",
    "కి",
    "మీ",
    "సెం",
    "గ్రా",
    "మిస్",
    "మిస్టర్",
    "మిసెస్",
    "సెయింట్",
];

/// English words that start a sentence after a dotted initialism (`in the U.S. The ...`).
const STARTERS: &[&str] = &[
    "The",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "And",
    "In",
    "A",
    "An",
    "This",
    "That",
    "There",
    "These",
    "Those",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "However",
    "Meanwhile",
    "If",
    "When",
    "While",
    "What",
    "Why",
    "How",
    "Who",
    "So",
    "Yet",
    "Now",
    "Then",
    "Some",
    "Many",
    "Most",
    "One",
    "Two",
    "Officials",
    "Police",
];

/// Telugu words that follow a closing quote inside a sentence: the quotative and verbs of
/// saying (`"...!" అని అన్నారు`).
const QUOTATIVES: &[&str] = &["అని", "అంటూ", "అన్నారు", "అన్నాడు", "అన్నది", "అంది", "అనే", "అన్న"];

/// Decides one candidate (see [`Cut`]).
pub(super) fn is_sentence_end(cut: &Cut) -> bool {
    let first_after = cut.after.chars().next().unwrap_or(' ');
    // Lower-case after the stop: an abbreviation (`approx. three`), a quote inside the sentence
    // (`"Stop!" he said`) or an ellipsis that goes on.
    if first_after.is_lowercase() {
        return false;
    }
    // A Telugu sentence never starts with the quotative: `ఎందుకు? అని అడిగింది`.
    if QUOTATIVES.contains(&first_word(cut.after)) {
        return false;
    }
    let ellipsis = cut.marks == "..." || cut.marks == "…" || cut.marks.starts_with("..");
    if ellipsis {
        // Goes on unless an upper-case word or a new quote follows.
        return first_after.is_uppercase() || is_opening(first_after);
    }
    if cut.marks != "." || cut.closed {
        return true;
    }
    let word = last_word(cut.before);
    if word.is_empty() {
        return true;
    }
    if ENGLISH.contains(&word) || TELUGU.contains(&word) {
        return false;
    }
    if BEFORE_DIGITS.contains(&word) && first_after.is_ascii_digit() {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // An initial: one Latin capital (`J. K. Rowling`) or one Telugu syllable (`ఎ.`).
    if letters == 1 && word.chars().all(|c| c.is_uppercase()) {
        return false;
    }
    if is_telugu(word) && word.chars().filter(|c| !is_mark(*c)).count() <= 1 {
        return false;
    }
    // A dotted initialism (`U.S.`, `N.F.L.`, `యు.ఎస్.`, `ఎ.ఎమ్.`): goes on, unless an English
    // word that starts sentences follows.
    if is_initialism(word) {
        return STARTERS.contains(&first_word(cut.after));
    }
    true
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[')
}

fn is_telugu(word: &str) -> bool {
    word.chars().any(|c| ('\u{0c00}'..='\u{0c7f}').contains(&c))
}

/// The word before the stop, without opening quotes and brackets.
fn last_word(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || is_opening(c) || c == '“' || c == '(')
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

/// The first word of `after`, without opening quotes and trailing punctuation.
fn first_word(after: &str) -> &str {
    let t = after.trim_start_matches(is_opening);
    let end = t
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || (c.is_ascii_punctuation() && c != '\''))
        .map_or(t.len(), |(i, _)| i);
    &t[..end]
}

/// Short parts joined by dots: `U.S`, `a.m`, `N.F.L`, `యు.ఎస్`, `కి.మీ`.
fn is_initialism(word: &str) -> bool {
    if !word.contains('.') {
        return false;
    }
    word.split('.')
        .all(|part| !part.is_empty() && part.chars().filter(|c| !is_mark(*c)).count() <= 3)
}

/// Telugu vowel signs, the virama and joiners: not letters of their own.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0c3e}'..='\u{0c56}' | '\u{0c00}'..='\u{0c04}' | '\u{200c}' | '\u{200d}')
}
