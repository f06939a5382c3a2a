//! A name reduced to what both scripts share, so that linking compares like with like and never
//! needs to know which side a name came from.
//!
//! A [`Form`] is one spelling of a name: its words as phonetic keys with their lexicon meanings,
//! all keys glued together (for `New York` = `న్యూయార్క్`), its acronym letters if it is one,
//! and its gazetteer ids. A [`Node`] is one candidate entity of one side with all the spellings
//! that side uses for it (`United States`, `U.S.`).

use crate::core::entity::{gazetteer, key, letters, lexicon};

/// One word of a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub key: String,
    /// English meanings when the word is translated rather than transliterated (`north`).
    pub meanings: Vec<&'static str>,
    /// Upper-case letters when the word is an acronym inside a longer name (`YSR` in `YSR
    /// Congress Party`, `వైఎస్సార్` in its Telugu form).
    pub letters: Option<String>,
}

/// One spelling of a name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Form {
    pub words: Vec<Word>,
    pub glued: String,
    /// Upper-case letters when the form is an acronym (`US`, also for `యుఎస్`).
    pub acronym: Option<String>,
    /// Gazetteer ids, sorted.
    pub gaz: Vec<u32>,
}

/// One candidate entity of one side: all its spellings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Node {
    pub forms: Vec<Form>,
    /// A side-neutral description used to order ties the same way whichever side is "left".
    pub sig: String,
}

/// Words of an English name that carry no sound of their own in the other script.
pub(crate) fn is_filler(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "the" | "and" | "de" | "da" | "del" | "du" | "&"
    )
}

impl Form {
    /// An English (Latin-script) name; `acronym` holds its letters when it is one.
    pub fn english(name: &str, acronym: Option<&str>) -> Form {
        let gaz_table = gazetteer::get();
        let mut words = Vec::new();
        if let Some(letters) = acronym {
            words.push(Word {
                key: key::english_key(letters),
                meanings: lexicon::english_meaning(letters).into_iter().collect(),
                letters: None,
            });
        } else {
            for raw in name.split(|c: char| c.is_whitespace() || c == '-') {
                let raw = raw
                    .trim_end_matches("'s")
                    .trim_end_matches("\u{2019}s")
                    .trim_matches(|c: char| !c.is_alphanumeric());
                if raw.is_empty() || is_filler(&raw.to_lowercase()) {
                    continue;
                }
                let k = key::english_key(raw);
                if k.is_empty() {
                    continue;
                }
                let is_acronym = raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && raw
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
                words.push(Word {
                    key: k,
                    meanings: lexicon::english_meaning(raw).into_iter().collect(),
                    letters: is_acronym.then(|| letters::latin_letters(raw)),
                });
            }
        }
        // A name the lexicon translates as a whole ("United States" = అమెరికా) is one word.
        if let Some(phrase) = lexicon::english_phrase_meaning(name).filter(|_| acronym.is_none()) {
            let key = words.iter().map(|w| w.key.as_str()).collect();
            words = vec![Word {
                key,
                meanings: vec![phrase],
                letters: None,
            }];
        }
        let mut gaz: Vec<u32> = gaz_table.lookup_english(name).to_vec();
        if let Some(letters) = acronym {
            gaz.extend_from_slice(gaz_table.lookup_english(letters));
        }
        Form::assemble(words, acronym.map(str::to_string), gaz)
    }

    /// A Telugu name from its words (stems, without case suffixes).
    ///
    /// A pure function of the words (the gazetteer and lexicon are built in), remembered per
    /// thread: a corpus of thousands of articles asks for the same common stems again and
    /// again, and working one out (keys, letter names, lexicon and gazetteer look-ups) costs
    /// several times more than copying it.
    pub fn telugu(words: &[&str]) -> Form {
        use std::cell::RefCell;
        /// Past this many forms the memory is dropped and filled again, so that an endless
        /// stream of new words cannot make it grow without bound.
        const MAX_REMEMBERED: usize = 1 << 16;
        thread_local! {
            static REMEMBERED: RefCell<rustc_hash::FxHashMap<Box<str>, Form>> =
                RefCell::default();
        }
        // Each word with its length in front: no two lists of words share a key.
        let mut key = String::with_capacity(words.iter().map(|w| w.len() + 4).sum());
        for w in words {
            key.push_str(&w.len().to_string());
            key.push(':');
            key.push_str(w);
        }
        if let Some(form) = REMEMBERED.with(|m| m.borrow().get(key.as_str()).cloned()) {
            return form;
        }
        let form = Form::telugu_uncached(words);
        REMEMBERED.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= MAX_REMEMBERED {
                m.clear();
            }
            m.insert(key.into_boxed_str(), form.clone());
        });
        form
    }

    fn telugu_uncached(words: &[&str]) -> Form {
        let acronym = match words {
            [one] => letters::decode_telugu(one),
            _ => None,
        };
        let gaz = gazetteer::get().lookup_telugu(&words.join(" ")).to_vec();
        if let ([one], true) = (words, gaz.is_empty()) {
            // దక్షిణకొరియా: a direction fused onto a name the gazetteer knows as two words is
            // that name (South Korea), word by word.
            if let Some((direction, rest)) = lexicon::split_direction_prefix(one) {
                let fused = gazetteer::get().lookup_telugu(&format!("{direction} {rest}"));
                if !fused.is_empty() {
                    let split = telugu_words(&[direction, &rest]);
                    return Form::assemble(split, acronym, fused.to_vec());
                }
            }
        }
        Form::assemble(telugu_words(words), acronym, gaz)
    }

    /// A Latin name continued by translated Telugu words (`UK ప్రభుత్వం` = UK Government): the
    /// Latin words as in [`Form::english`], then the Telugu ones.
    pub fn mixed(latin: &str, telugu: &[&str]) -> Form {
        let mut words = Form::english(latin, None).words;
        words.extend(Form::telugu(telugu).words);
        Form::assemble(words, None, Vec::new())
    }

    fn assemble(words: Vec<Word>, acronym: Option<String>, mut gaz: Vec<u32>) -> Form {
        gaz.sort_unstable();
        gaz.dedup();
        let glued = words.iter().map(|w| w.key.as_str()).collect();
        Form {
            words,
            glued,
            acronym,
            gaz,
        }
    }

    /// True when the form says nothing that could match (no letters at all).
    pub fn is_empty(&self) -> bool {
        self.glued.is_empty() && self.acronym.is_none() && self.gaz.is_empty()
    }
}

impl Node {
    /// A node from its forms; empty forms are dropped.
    pub fn new(forms: Vec<Form>) -> Node {
        let mut forms: Vec<Form> = forms.into_iter().filter(|f| !f.is_empty()).collect();
        forms.dedup();
        let mut parts: Vec<String> = forms
            .iter()
            .map(|f| format!("{}/{}", f.glued, f.acronym.as_deref().unwrap_or("")))
            .collect();
        parts.sort();
        Node {
            sig: parts.join("|"),
            forms,
        }
    }

    pub fn push(&mut self, form: Form) {
        if !form.is_empty() && !self.forms.contains(&form) {
            let mut forms = std::mem::take(&mut self.forms);
            forms.push(form);
            *self = Node::new(forms);
        }
    }
}

/// The words of a Telugu name with their keys, meanings and letters; words with neither a key
/// nor a meaning (a lone sign) are left out.
fn telugu_words(words: &[&str]) -> Vec<Word> {
    words
        .iter()
        .map(|w| Word {
            key: key::telugu_key(w),
            meanings: lexicon::telugu_meanings(w).to_vec(),
            letters: letters::decode_telugu(w),
        })
        .filter(|w| !w.key.is_empty() || !w.meanings.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fused_direction_reads_as_the_two_word_name() {
        let fused = Form::telugu(&["ఉత్తరకొరియా"]);
        let spaced = Form::telugu(&["ఉత్తర", "కొరియా"]);
        assert!(!fused.gaz.is_empty());
        assert_eq!(fused.gaz, spaced.gaz);
        assert_eq!(fused.words.len(), 2);
        let sandhi = Form::telugu(&["దక్షిణాఫ్రికా"]);
        assert_eq!(sandhi.gaz, Form::telugu(&["దక్షిణ", "ఆఫ్రికా"]).gaz);
        assert!(!sandhi.gaz.is_empty());
        // A word the gazetteer does not know with the direction split off stays one word.
        assert_eq!(Form::telugu(&["ఉత్తరకుమార్"]).words.len(), 1);
    }

    #[test]
    fn english_forms() {
        let f = Form::english("Democratic People's Republic of Korea", None);
        let keys: Vec<&str> = f.words.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(keys, ["demokratik", "peopl", "republik", "korea"]);
        let f = Form::english("U.S.", Some("US"));
        assert_eq!(f.acronym.as_deref(), Some("US"));
        assert!(!f.gaz.is_empty());
        let f = Form::english("United States", None);
        assert_eq!(f.words.len(), 1);
        assert_eq!(f.words[0].meanings, ["united states"]);
        let f = Form::english("North Korea", None);
        assert_eq!(f.words[0].meanings, ["north"]);
        assert_eq!(f.glued, "nortkorea");
    }

    #[test]
    fn telugu_forms() {
        let f = Form::telugu(&["ఉత్తర", "కొరియా"]);
        assert_eq!(f.words[0].meanings, ["north"]);
        assert_eq!(f.words[1].key, "koriya");
        assert!(!f.gaz.is_empty());
        let f = Form::english("YSR Congress Party", None);
        assert_eq!(f.words[0].letters.as_deref(), Some("YSR"));
        let f = Form::telugu(&["వైఎస్సార్", "కాంగ్రెస్"]);
        assert_eq!(f.words[0].letters.as_deref(), Some("YSR"));
        let f = Form::telugu(&["యుఎస్"]);
        assert_eq!(f.acronym.as_deref(), Some("US"));
    }

    #[test]
    fn node_signature_ignores_form_order() {
        let a = Node::new(vec![Form::english("A b", None), Form::english("C", None)]);
        let b = Node::new(vec![Form::english("C", None), Form::english("A b", None)]);
        assert_eq!(a.sig, b.sig);
    }
}
