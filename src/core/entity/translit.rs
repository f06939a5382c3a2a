//! Telugu → Latin transliteration, close to ISO 15919.
//!
//! Two outputs from one table: [`iso`] gives the scholarly form with diacritics (ā, ṭ, ś, ṁ), for
//! people and tests; [`plain`] gives an ASCII phoneme string (long vowels, retroflexion and
//! aspiration kept apart only where English spelling can tell them apart too) that
//! [`crate::core::entity::key`] folds into a phonetic key. Keeping both in one table means the key can
//! never drift from the transliteration a person would read.
//!
//! Consonants carry the inherent vowel `a` unless a vowel sign or the virama (్) follows. The
//! anusvara (ం) comes out as `ṁ` / `M`: the key decides later whether it sounds as `n` or `m`.
//! Characters outside the Telugu block pass through unchanged, except joiners, which vanish.

/// How one Telugu code point is written in Latin letters.
#[derive(Clone, Copy)]
enum Letter {
    /// An independent vowel (అ, ఆ, ...).
    Vowel(&'static str, &'static str),
    /// A consonant; the inherent `a` follows unless cancelled.
    Consonant(&'static str, &'static str),
    /// A dependent vowel sign (ా, ి, ...) that replaces the inherent `a`.
    Sign(&'static str, &'static str),
    /// The virama (్): cancels the inherent vowel.
    Virama,
    /// Anusvara, visarga, candrabindu: written after the syllable.
    Mark(&'static str, &'static str),
    /// A digit.
    Digit(&'static str),
    /// Zero-width joiners and length marks: nothing to write.
    Silent,
}

/// The table: ISO 15919 form first, ASCII phoneme form second.
fn letter(c: char) -> Option<Letter> {
    use Letter::*;
    Some(match c {
        '\u{0C00}' | '\u{0C01}' => Mark("m̐", "M"),
        '\u{0C02}' | '\u{0C04}' => Mark("ṁ", "M"),
        '\u{0C03}' => Mark("ḥ", "h"),
        'అ' => Vowel("a", "a"),
        'ఆ' => Vowel("ā", "aa"),
        'ఇ' => Vowel("i", "i"),
        'ఈ' => Vowel("ī", "ii"),
        'ఉ' => Vowel("u", "u"),
        'ఊ' => Vowel("ū", "uu"),
        'ఋ' => Vowel("r̥", "ri"),
        'ౠ' => Vowel("r̥̄", "ri"),
        'ఌ' => Vowel("l̥", "li"),
        'ౡ' => Vowel("l̥̄", "li"),
        'ఎ' => Vowel("e", "e"),
        'ఏ' => Vowel("ē", "ee"),
        'ఐ' => Vowel("ai", "ai"),
        'ఒ' => Vowel("o", "o"),
        'ఓ' => Vowel("ō", "oo"),
        'ఔ' => Vowel("au", "au"),
        'క' => Consonant("k", "k"),
        'ఖ' => Consonant("kh", "kh"),
        'గ' => Consonant("g", "g"),
        'ఘ' => Consonant("gh", "gh"),
        'ఙ' => Consonant("ṅ", "n"),
        'చ' => Consonant("c", "c"),
        'ఛ' => Consonant("ch", "ch"),
        'జ' => Consonant("j", "j"),
        'ఝ' => Consonant("jh", "jh"),
        'ఞ' => Consonant("ñ", "n"),
        'ట' => Consonant("ṭ", "t"),
        'ఠ' => Consonant("ṭh", "th"),
        'డ' => Consonant("ḍ", "d"),
        'ఢ' => Consonant("ḍh", "dh"),
        'ణ' => Consonant("ṇ", "n"),
        'త' => Consonant("t", "t"),
        'థ' => Consonant("th", "th"),
        'ద' => Consonant("d", "d"),
        'ధ' => Consonant("dh", "dh"),
        'న' => Consonant("n", "n"),
        'ప' => Consonant("p", "p"),
        'ఫ' => Consonant("ph", "ph"),
        'బ' => Consonant("b", "b"),
        'భ' => Consonant("bh", "bh"),
        'మ' => Consonant("m", "m"),
        'య' => Consonant("y", "y"),
        'ర' => Consonant("r", "r"),
        'ఱ' => Consonant("ṟ", "r"),
        'ల' => Consonant("l", "l"),
        'ళ' => Consonant("ḷ", "l"),
        'ఴ' => Consonant("ḻ", "l"),
        'వ' => Consonant("v", "v"),
        'శ' => Consonant("ś", "s"),
        'ష' => Consonant("ṣ", "s"),
        'స' => Consonant("s", "s"),
        'హ' => Consonant("h", "h"),
        'ౘ' => Consonant("ts", "c"),
        'ౙ' => Consonant("dz", "j"),
        'ౚ' => Consonant("ṟ", "r"),
        'ా' => Sign("ā", "aa"),
        'ి' => Sign("i", "i"),
        'ీ' => Sign("ī", "ii"),
        'ు' => Sign("u", "u"),
        'ూ' => Sign("ū", "uu"),
        'ృ' => Sign("r̥", "ri"),
        'ౄ' => Sign("r̥̄", "ri"),
        'ౢ' => Sign("l̥", "li"),
        'ౣ' => Sign("l̥̄", "li"),
        'ె' => Sign("e", "e"),
        'ే' => Sign("ē", "ee"),
        'ై' => Sign("ai", "ai"),
        'ొ' => Sign("o", "o"),
        'ో' => Sign("ō", "oo"),
        'ౌ' => Sign("au", "au"),
        '్' => Virama,
        '౦' => Digit("0"),
        '౧' => Digit("1"),
        '౨' => Digit("2"),
        '౩' => Digit("3"),
        '౪' => Digit("4"),
        '౫' => Digit("5"),
        '౬' => Digit("6"),
        '౭' => Digit("7"),
        '౮' => Digit("8"),
        '౯' => Digit("9"),
        '\u{0C3C}' | '\u{0C55}' | '\u{0C56}' | '\u{200C}' | '\u{200D}' => Silent,
        _ => return None,
    })
}

/// Which column of the table to write.
#[derive(Clone, Copy)]
enum Column {
    Iso,
    Plain,
}

fn transliterate(text: &str, column: Column) -> String {
    let pick = |iso: &'static str, plain: &'static str| match column {
        Column::Iso => iso,
        Column::Plain => plain,
    };
    let mut out = String::with_capacity(text.len());
    // A consonant was written and still owes its inherent vowel.
    let mut owes_a = false;
    for c in text.chars() {
        let Some(l) = letter(c) else {
            if owes_a {
                out.push('a');
                owes_a = false;
            }
            out.push(c);
            continue;
        };
        match l {
            Letter::Sign(iso, plain) => {
                out.push_str(pick(iso, plain));
                owes_a = false;
            }
            Letter::Virama => owes_a = false,
            Letter::Silent => {}
            other => {
                if owes_a {
                    out.push('a');
                }
                owes_a = false;
                match other {
                    Letter::Vowel(iso, plain) | Letter::Mark(iso, plain) => {
                        out.push_str(pick(iso, plain))
                    }
                    Letter::Consonant(iso, plain) => {
                        out.push_str(pick(iso, plain));
                        owes_a = true;
                    }
                    Letter::Digit(d) => out.push_str(d),
                    Letter::Sign(..) | Letter::Virama | Letter::Silent => {}
                }
            }
        }
    }
    if owes_a {
        out.push('a');
    }
    out
}

/// ISO 15919-like transliteration with diacritics: `సియోల్` → `siyōl`.
pub fn iso(text: &str) -> String {
    transliterate(text, Column::Iso)
}

/// ASCII phoneme string for keys: long vowels doubled, aspiration as `h`, anusvara as `M`:
/// `ప్యోంగ్యాంగ్` → `pyooMgyaaMg`.
pub fn plain(text: &str) -> String {
    transliterate(text, Column::Plain)
}

/// True for code points of the Telugu block (letters, signs, digits).
pub fn is_telugu(c: char) -> bool {
    ('\u{0C00}'..='\u{0C7F}').contains(&c)
}

/// True for the characters that may sit inside a Telugu word: the block plus the joiners.
pub fn is_telugu_word_char(c: char) -> bool {
    is_telugu(c) || c == '\u{200C}' || c == '\u{200D}'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vowels_consonants_and_the_inherent_a() {
        assert_eq!(iso("అ ఆ ఇ ఈ ఉ ఊ ఎ ఏ ఐ ఒ ఓ ఔ"), "a ā i ī u ū e ē ai o ō au");
        assert_eq!(iso("క ఖ గ ఘ చ ఛ జ ఝ"), "ka kha ga gha ca cha ja jha");
        assert_eq!(
            iso("ట ఠ డ ఢ ణ త థ ద ధ న"),
            "ṭa ṭha ḍa ḍha ṇa ta tha da dha na"
        );
        assert_eq!(
            iso("ప ఫ బ భ మ య ర ల వ శ ష స హ ళ ఱ"),
            "pa pha ba bha ma ya ra la va śa ṣa sa ha ḷa ṟa"
        );
    }

    #[test]
    fn signs_virama_and_marks() {
        assert_eq!(
            iso("కా కి కీ కు కూ కె కే కై కొ కో కౌ కృ"),
            "kā ki kī ku kū ke kē kai ko kō kau kr̥"
        );
        assert_eq!(iso("సియోల్"), "siyōl");
        assert_eq!(iso("బ్లింకెన్"), "bliṁken");
        assert_eq!(iso("రష్యా"), "raṣyā");
        assert_eq!(iso("దుఃఖం"), "duḥkhaṁ");
        assert_eq!(iso("౨౦౨౪"), "2024");
    }

    #[test]
    fn plain_is_ascii_and_keeps_length_and_aspiration() {
        assert_eq!(plain("ప్యోంగ్యాంగ్"), "pyooMgyaaMg");
        assert_eq!(plain("ఫ్లోరిడా"), "phlooridaa");
        assert_eq!(plain("శ్రీహరికోట"), "sriiharikoota");
        assert!(plain("ఆంటోనీ బ్లింకెన్").is_ascii());
    }

    #[test]
    fn joiners_vanish_and_other_text_passes_through() {
        assert_eq!(iso("మిషన్\u{200C}కు"), "miṣanku");
        assert_eq!(iso("US దౌత్యవేత్త"), "US dautyavētta");
        assert_eq!(plain("x-క"), "x-ka");
    }
}
