//! Blocking: cheap keys under which two names that might match are sure to meet, so matching
//! compares each name with a handful of candidates instead of with every name on the other side.
//!
//! A word meets another when their consonant skeletons are equal or differ by one deleted letter
//! (the symmetric-delete trick: both sides index their skeleton and its one-letter deletions), or
//! when they share a lexicon meaning, an acronym or a gazetteer id. The relation is symmetric, so
//! which side builds the index does not change which pairs are found.

use crate::core::entity::form::Form;
use crate::core::entity::key::skeleton;
use rustc_hash::{FxHashMap as FastMap, FxHasher};
use std::hash::{Hash, Hasher};

fn hash(tag: u8, value: impl Hash) -> u64 {
    let mut h = FxHasher::default();
    tag.hash(&mut h);
    value.hash(&mut h);
    h.finish()
}

/// Blocks of one phonetic key: its skeleton and, for skeletons of three letters or more, each
/// one-letter deletion. A key without consonants blocks on itself.
pub fn key_blocks(key: &str, out: &mut Vec<u64>) {
    let sk = skeleton(key);
    if sk.is_empty() {
        if !key.is_empty() {
            out.push(hash(b'v', key));
        }
        return;
    }
    out.push(hash(b'w', &sk));
    if sk.len() >= 3 {
        let bytes = sk.as_bytes();
        for skip in 0..bytes.len() {
            let mut v = Vec::with_capacity(bytes.len() - 1);
            v.extend_from_slice(&bytes[..skip]);
            v.extend_from_slice(&bytes[skip + 1..]);
            out.push(hash(b'w', v.as_slice()));
        }
    }
}

/// Blocks of a lexicon meaning.
pub fn meaning_block(meaning: &str) -> u64 {
    hash(b'm', meaning)
}

/// Block of acronym letters.
pub fn acronym_block(letters: &str) -> u64 {
    hash(b'a', letters)
}

/// All blocks of a form: gazetteer ids, acronym, first word (key and meanings), glued key.
pub fn form_blocks(form: &Form, out: &mut Vec<u64>) {
    for &id in &form.gaz {
        out.push(hash(b'g', id));
    }
    if let Some(a) = &form.acronym {
        out.push(hash(b'a', a));
    }
    if let Some(first) = form.words.first() {
        key_blocks(&first.key, out);
        for m in &first.meanings {
            out.push(meaning_block(m));
        }
        if let Some(l) = &first.letters {
            out.push(hash(b'a', l));
        }
    }
    if form.words.len() > 1 {
        key_blocks(&form.glued, out);
    }
}

/// An index from blocks to item numbers.
#[derive(Debug, Default)]
pub struct BlockIndex {
    map: FastMap<u64, Vec<u32>>,
}

impl BlockIndex {
    /// Adds `item` under each block (duplicates within one call are ignored).
    pub fn insert(&mut self, item: u32, blocks: &[u64]) {
        for &b in blocks {
            let list = self.map.entry(b).or_default();
            if list.last() != Some(&item) {
                list.push(item);
            }
        }
    }

    /// Items under any of the blocks, each once, in no particular order. `seen` is scratch space
    /// sized to the number of items; it is left cleared.
    pub fn candidates(&self, blocks: &[u64], seen: &mut [bool], out: &mut Vec<u32>) {
        out.clear();
        for b in blocks {
            if let Some(list) = self.map.get(b) {
                for &item in list {
                    if let Some(slot) = seen.get_mut(item as usize) {
                        if !*slot {
                            *slot = true;
                            out.push(item);
                        }
                    }
                }
            }
        }
        for &item in out.iter() {
            if let Some(slot) = seen.get_mut(item as usize) {
                *slot = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::entity::key::{english_key, telugu_key};

    fn meets(a: &str, b: &str) -> bool {
        let (mut x, mut y) = (Vec::new(), Vec::new());
        key_blocks(a, &mut x);
        key_blocks(b, &mut y);
        x.iter().any(|h| y.contains(h))
    }

    #[test]
    fn variants_of_one_name_meet() {
        assert!(meets(&english_key("Ukraine"), &telugu_key("ఉక్రెయిన్")));
        assert!(meets(&english_key("Pyongyang"), &telugu_key("ప్యోంగాంగ్")));
        assert!(meets(&english_key("Melbourne"), &telugu_key("మెల్బోర్న్")));
        assert!(meets("blinken", "blinkn"));
        assert!(!meets("blinken", "moscow"));
    }

    #[test]
    fn index_returns_each_candidate_once() {
        let mut idx = BlockIndex::default();
        let mut b = Vec::new();
        key_blocks("blinken", &mut b);
        idx.insert(0, &b);
        idx.insert(1, &b);
        let mut seen = vec![false; 2];
        let mut out = Vec::new();
        idx.candidates(&b, &mut seen, &mut out);
        out.sort();
        assert_eq!(out, [0, 1]);
        assert!(seen.iter().all(|s| !s));
    }
}
