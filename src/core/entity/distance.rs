//! Weighted edit distance between phonetic keys, and the rule that turns it into "same word".
//!
//! Plain Levenshtein treats `Seoul`/`siyol` (one name) like `Seoul`/`sale` (two words). Names
//! crossing scripts keep their consonants and blur their vowels, so edits are priced by sound:
//! a vowel for another vowel or a glide (`y`, `h`, `v`) in or out is cheap, consonants that differ
//! only in voicing or in how a script writes a sibilant (`k`/`g`, `c`/`s`, `n`/`m`) cost half, and
//! any other consonant edit costs one. Lengths are weighed the same way (a vowel counts half), so
//! the similarity is the share of a key's sound that survived.
//!
//! Short keys need more care: a two-consonant name can be reached from many ordinary words, so
//! the allowed distance shrinks with the consonant count ([`word_similarity`]).

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn is_glide(c: u8) -> bool {
    matches!(c, b'y' | b'h' | b'v' | b'w')
}

/// Consonant pairs that scripts confuse: voicing, sibilants/affricates, nasals.
fn similar(a: u8, b: u8) -> bool {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    matches!(
        (a, b),
        (b'g', b'k')
            | (b'd', b't')
            | (b'b', b'p')
            | (b'c', b'j')
            | (b'c', b's')
            | (b'j', b's')
            | (b'm', b'n')
            | (b'c', b'k')
            | (b'b', b'v')
            | (b'g', b'j')
    )
}

/// Cost of putting `b` where `a` was.
pub fn substitution(a: u8, b: u8) -> f32 {
    if a == b {
        0.0
    } else if (is_vowel(a) || a == b'y') && (is_vowel(b) || b == b'y') {
        // Vowel for vowel, or a vowel for the glide y.
        0.2
    } else if (a == b'v' && b == b'u') || (a == b'u' && b == b'v') {
        0.25
    } else if similar(a, b) {
        0.5
    } else {
        1.0
    }
}

/// Cost of inserting or deleting `c`.
pub fn indel(c: u8) -> f32 {
    if is_vowel(c) {
        0.25
    } else if is_glide(c) {
        0.3
    } else if matches!(c, b'n' | b'm') {
        0.6
    } else {
        1.0
    }
}

/// Consonants of a key, glides (`y`, `h`, `v`, `w`) not counted.
pub fn consonant_count(key: &str) -> usize {
    key.bytes()
        .filter(|&c| !is_vowel(c) && !is_glide(c))
        .count()
}

/// Weight of a key for normalising: consonants 1, vowels one half.
pub fn weight(key: &str) -> f32 {
    key.bytes()
        .map(|c| if is_vowel(c) { 0.5 } else { 1.0 })
        .sum()
}

/// Weighted edit distance between two keys (ASCII; other bytes count as consonants).
pub fn weighted(a: &str, b: &str) -> f32 {
    weighted_within(a, b, f32::INFINITY).unwrap_or(f32::INFINITY)
}

/// The weighted distance when it is at most `bound`, else `None` (stops as soon as a whole row
/// of the table exceeds the bound). Short keys use buffers on the stack.
pub fn weighted_within(a: &str, b: &str, bound: f32) -> Option<f32> {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    const STACK: usize = 48;
    let (mut sp, mut sc, mut si) = ([0.0f32; STACK], [0.0f32; STACK], [0.0f32; STACK]);
    let (mut hp, mut hc, mut hi);
    // `ib[j]`: the cost of inserting `b[j]`, worked out once rather than once per cell.
    let (prev, cur, ib): (&mut [f32], &mut [f32], &mut [f32]) = if b.len() < STACK {
        (&mut sp[..=b.len()], &mut sc[..=b.len()], &mut si[..b.len()])
    } else {
        hp = vec![0.0f32; b.len() + 1];
        hc = vec![0.0f32; b.len() + 1];
        hi = vec![0.0f32; b.len()];
        (&mut hp[..], &mut hc[..], &mut hi[..])
    };
    for (j, &cb) in b.iter().enumerate() {
        ib[j] = indel(cb);
        prev[j + 1] = prev[j] + ib[j];
    }
    let ib = &*ib;
    let (mut prev, mut cur) = (prev, cur);
    for &ca in a {
        let ia = indel(ca);
        cur[0] = prev[0] + ia;
        let mut row_min = cur[0];
        for (j, &cb) in b.iter().enumerate() {
            let del = prev[j + 1] + ia;
            let ins = cur[j] + ib[j];
            let sub = prev[j] + substitution(ca, cb);
            let v = del.min(ins).min(sub);
            cur[j + 1] = v;
            row_min = row_min.min(v);
        }
        if row_min > bound {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= bound).then_some(d)
}

/// The first letter of the key's skeleton (see [`crate::core::entity::key::skeleton`]), without
/// building the skeleton.
fn onset(key: &str) -> Option<u8> {
    key.bytes().find_map(|c| match c {
        b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'v' | b'h' | b'w' => None,
        b'g' | b'k' => Some(b'k'),
        b'd' | b't' => Some(b't'),
        b'b' | b'p' => Some(b'p'),
        b'c' | b'j' | b's' => Some(b's'),
        b'm' | b'n' => Some(b'n'),
        c => Some(c),
    })
}

/// Share of a key's weighed sound that must survive for two words to match.
const MIN_SIMILARITY: f32 = 0.78;

/// Similarity of two word keys in 0..=1 when they plausibly spell one word, else `None`.
///
/// Symmetric in its arguments. Rules, in order:
/// - equal keys → 1;
/// - the first consonants must agree up to voicing (names keep their onset);
/// - a key with at most one consonant must match up to one cheap edit, two consonants up to
///   six tenths of a consonant, longer keys need 78 % of their weighed sound to survive.
pub fn word_similarity(a: &str, b: &str) -> Option<f32> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    if a == b {
        return Some(1.0);
    }
    if onset(a) != onset(b) {
        return None;
    }
    let (ca, cb) = (consonant_count(a), consonant_count(b));
    let limit = match ca.max(cb) {
        0 | 1 => 0.3,
        2 => 0.6,
        _ => f32::INFINITY,
    };
    let norm = weight(a).max(weight(b));
    let bound = limit.min((1.0 - MIN_SIMILARITY) * norm);
    // Every consonant more on one side costs at least half a unit.
    if 0.5 * ca.abs_diff(cb) as f32 > bound {
        return None;
    }
    let d = weighted_within(a, b, bound)?;
    let sim = 1.0 - d / norm;
    (sim >= MIN_SIMILARITY).then_some(sim)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::entity::key::{english_key, telugu_key};

    fn sim(te: &str, en: &str) -> Option<f32> {
        word_similarity(&telugu_key(te), &english_key(en))
    }

    #[test]
    fn costs_follow_sound() {
        assert_eq!(weighted("abc", "abc"), 0.0);
        assert_eq!(weighted("", "ab"), indel(b'a') + indel(b'b'));
        assert!(weighted("mosko", "masko") < 0.25);
        assert!(weighted("kart", "gart") < weighted("kart", "part"));
        assert!(weighted("siyol", "seoul") < 1.0);
        assert!((weighted("kenya", "keniya") - 0.25).abs() < 1e-6);
        assert_eq!(weighted_within("kenya", "keniya", 0.2), None);
        assert_eq!(weighted_within("kenya", "keniya", 0.3), Some(0.25));
        let long = "a".repeat(60);
        assert_eq!(weighted(&long, &long), 0.0);
    }

    #[test]
    fn distance_is_symmetric() {
        for (a, b) in [
            ("ukrain", "ukreyin"),
            ("seoul", "siyol"),
            ("x", ""),
            ("abc", "cab"),
        ] {
            assert_eq!(weighted(a, b), weighted(b, a));
            assert_eq!(word_similarity(a, b), word_similarity(b, a));
        }
    }

    #[test]
    fn transliterated_names_match() {
        for (te, en) in [
            ("సియోల్", "Seoul"),
            ("రష్యా", "Russia"),
            ("కొరియా", "Korea"),
            ("మాస్కో", "Moscow"),
            ("ఉక్రెయిన్", "Ukraine"),
            ("ఆస్ట్రేలియా", "Australia"),
            ("వాషింగ్టన్", "Washington"),
            ("బీజింగ్", "Beijing"),
            ("మెల్\u{200C}బోర్న్", "Melbourne"),
            ("జార్జ్", "George"),
            ("ఎలాన్", "Elon"),
            ("మస్క్", "Musk"),
            ("ఆసియా", "Asia"),
            ("యునైటెడ్", "United"),
            ("స్టేట్స్", "States"),
            ("ప్యోంగాంగ్", "Pyongyang"),
            ("మహ్మద్", "Mohammed"),
            ("స్టీవ్", "Steve"),
            ("మిచెల్", "Mitchell"),
        ] {
            assert!(
                sim(te, en).is_some(),
                "{te} / {en}: {}",
                weighted(&telugu_key(te), &english_key(en))
            );
        }
    }

    #[test]
    fn different_words_do_not() {
        for (te, en) in [
            ("సాలు", "Seoul"),
            ("రాష్ట్రం", "Russia"),
            ("కారు", "Korea"),
            ("మాట", "Moscow"),
            ("ఆస్ట్రియా", "Australia"),
            ("బిడెన్", "Blinken"),
            ("దేశం", "Desmond"),
        ] {
            assert_eq!(sim(te, en), None, "{te} / {en}");
        }
    }

    #[test]
    fn short_keys_are_strict() {
        assert_eq!(word_similarity("li", "lo"), Some(1.0 - 0.2 / 1.5));
        assert_eq!(word_similarity("lin", "lon"), Some(1.0 - 0.2 / 2.5));
        assert_eq!(word_similarity("al", "ela"), None);
        assert_eq!(word_similarity("sam", "som"), Some(1.0 - 0.2 / 2.5));
        assert_eq!(word_similarity("sam", "sat"), None);
    }
}
