//! Grapheme cluster boundaries for rows of printable ASCII and Telugu only, without the general
//! segmenter.
//!
//! Segmenting is most of what drawing a frame costs, and a Telugu pane is made of nothing but
//! Telugu letters, signs, ASCII punctuation, digits, spaces and ZWNJ/ZWJ. For that alphabet the
//! UAX #29 rules reduce to: no break before a combining or spacing mark (GB9, GB9a) or ZWJ, and
//! no break between a virama-linked consonant and the next consonant (GB9c, the conjunct rule);
//! break everywhere else. A property test checks that this agrees with unicode-segmentation on
//! random text; any other character sends the whole row down the general path.

/// Where a character sits in the reduced rules.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Starts a cluster: ASCII, Telugu independent vowels, digits, signs that stand alone.
    Base,
    /// A Telugu consonant (InCB=Consonant): can join the previous one across a virama.
    Consonant,
    /// Joins the preceding character and may sit inside a conjunct chain (InCB=Extend: the
    /// nonspacing signs, nukta, length marks, ZWJ).
    ConjunctExtend,
    /// Joins the preceding character but ends a conjunct chain (spacing marks such as ు and
    /// the anusvara, and ZWNJ).
    Mark,
    /// The virama (InCB=Linker).
    Linker,
}

fn class(c: char) -> Option<Class> {
    Some(match c as u32 {
        0x20..=0x7E => Class::Base,
        0x0C15..=0x0C28 | 0x0C2A..=0x0C39 | 0x0C58..=0x0C5A => Class::Consonant,
        0x0C4D => Class::Linker,
        0x0C00
        | 0x0C04
        | 0x0C3C
        | 0x0C3E..=0x0C40
        | 0x0C46..=0x0C48
        | 0x0C4A..=0x0C4C
        | 0x0C55
        | 0x0C56
        | 0x0C62
        | 0x0C63
        | 0x200D => Class::ConjunctExtend,
        0x0C01..=0x0C03 | 0x0C41..=0x0C44 | 0x200C => Class::Mark,
        0x0C05..=0x0C0C
        | 0x0C0E..=0x0C10
        | 0x0C12..=0x0C14
        | 0x0C3D
        | 0x0C60
        | 0x0C61
        | 0x0C66..=0x0C6F
        | 0x0C77..=0x0C7F => Class::Base,
        _ => return None,
    })
}

/// Calls `f` with each cluster's byte offset and text, or returns false (having called
/// nothing) when `s` holds a character outside the fast alphabet.
pub fn for_each_cluster(s: &str, mut f: impl FnMut(usize, &str)) -> bool {
    if !s.chars().all(|c| class(c).is_some()) {
        return false;
    }
    let mut start = 0;
    // In the current cluster: a consonant was seen, then only conjunct extenders/linkers, and
    // at least one linker (so a following consonant joins: GB9c).
    let mut after_consonant = false;
    let mut linked = false;
    for (i, c) in s.char_indices() {
        let cls = class(c).unwrap_or(Class::Base);
        let joins = match cls {
            Class::Mark | Class::ConjunctExtend | Class::Linker => i > 0,
            Class::Consonant => after_consonant && linked,
            Class::Base => false,
        };
        if !joins && i > 0 {
            f(start, &s[start..i]);
            start = i;
        }
        match cls {
            Class::Consonant => {
                after_consonant = true;
                linked = false;
            }
            Class::Linker => linked = after_consonant,
            Class::ConjunctExtend => {}
            Class::Mark | Class::Base => {
                after_consonant = false;
                linked = false;
            }
        }
    }
    if !s.is_empty() {
        f(start, &s[start..]);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn fast(s: &str) -> Option<Vec<(usize, String)>> {
        let mut out = Vec::new();
        for_each_cluster(s, |i, g| out.push((i, g.to_string()))).then_some(out)
    }

    fn general(s: &str) -> Vec<(usize, String)> {
        s.grapheme_indices(true)
            .map(|(i, g)| (i, g.to_string()))
            .collect()
    }

    #[test]
    fn known_words() {
        for w in ["బ్లింకెన్", "క్ష", "న్త్ర", "సియోల్కు", "మిషన్‌కు", "a ు", "ప్యోంగ్యాంగ్ US."]
        {
            assert_eq!(fast(w), Some(general(w)), "{w}");
        }
        assert_eq!(fast("漢"), None);
        assert_eq!(fast("a\tb"), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn agrees_with_unicode_segmentation(
            chars in prop::collection::vec(
                prop_oneof![
                    (0x0C00u32..0x0C80).prop_filter_map("telugu", char::from_u32),
                    (0x20u32..0x7F).prop_filter_map("ascii", char::from_u32),
                    Just('\u{200C}'), Just('\u{200D}'), Just('\u{0C4D}'), Just('\u{0C15}'),
                ],
                0..24,
            )
        ) {
            let s: String = chars.into_iter().collect();
            if let Some(got) = fast(&s) {
                prop_assert_eq!(got, general(&s), "{:?}", s);
            }
        }
    }
}
