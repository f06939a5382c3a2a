//! Content hashes: how a review recognises an article and a paragraph again.
//!
//! FNV-1a, 64 bits (offset basis 0xcbf29ce484222325, prime 0x100000001b3), implemented here so
//! the value never changes with a dependency update: review files written today must match
//! texts hashed by any later tandem. It is not a cryptographic hash; it only has to tell an
//! edited text from the one a decision was made on, where a chance collision (about 1 in 2^64
//! per comparison) is harmless. Hashes are stored as 16 lower-case hex digits, because JSON
//! readers in other languages lose precision on integers above 2^53.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A 64-bit FNV-1a hash of some text or bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct ContentHash(pub u64);

const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// Incremental FNV-1a, so text can be hashed piece by piece without building a string.
#[derive(Debug, Clone, Copy)]
struct Fnv1a(u64);

impl Fnv1a {
    fn new() -> Self {
        Fnv1a(OFFSET_BASIS)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(PRIME);
        }
    }
}

impl ContentHash {
    /// The hash of exact bytes (a whole article as stored on disk).
    pub fn of_bytes(bytes: &[u8]) -> ContentHash {
        let mut h = Fnv1a::new();
        h.write(bytes);
        ContentHash(h.0)
    }

    /// The hash of a paragraph's text with every run of whitespace read as one space and
    /// leading and trailing whitespace ignored, so re-wrapping its lines or switching line
    /// endings does not orphan the decisions made on it; any change of words or punctuation
    /// does.
    pub fn of_paragraph(text: &str) -> ContentHash {
        let mut h = Fnv1a::new();
        for (k, word) in text.split_whitespace().enumerate() {
            if k > 0 {
                h.write(b" ");
            }
            h.write(word.as_bytes());
        }
        ContentHash(h.0)
    }
}

impl fmt::Display for ContentHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

impl From<ContentHash> for String {
    fn from(h: ContentHash) -> String {
        h.to_string()
    }
}

impl TryFrom<String> for ContentHash {
    type Error = String;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        let well_formed = s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit());
        match u64::from_str_radix(&s, 16) {
            Ok(v) if well_formed => Ok(ContentHash(v)),
            _ => Err(format!("hash {s:?} is not 16 hex digits")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_fnv1a_64_test_vectors() {
        assert_eq!(ContentHash::of_bytes(b"").0, 0xcbf2_9ce4_8422_2325);
        assert_eq!(ContentHash::of_bytes(b"a").0, 0xaf63_dc4c_8601_ec8c);
        assert_eq!(ContentHash::of_bytes(b"foobar").0, 0x8594_4171_f739_67e8);
    }

    #[test]
    fn paragraph_hash_ignores_wrapping_but_not_words() {
        let a = ContentHash::of_paragraph("బ్లింకెన్ సియోల్కు\r\n  వెళ్లారు. ");
        let b = ContentHash::of_paragraph("బ్లింకెన్ సియోల్కు వెళ్లారు.");
        assert_eq!(a, b);
        assert_eq!(b, ContentHash::of_bytes("బ్లింకెన్ సియోల్కు వెళ్లారు.".as_bytes()));
        assert_ne!(b, ContentHash::of_paragraph("బ్లింకెన్ సియోల్కు వెళ్లారు"));
        assert_ne!(
            ContentHash::of_paragraph("ab c"),
            ContentHash::of_paragraph("a bc")
        );
    }

    #[test]
    fn hashes_serialise_as_hex_strings() {
        let h = ContentHash(0x00ab_cdef_0123_4567);
        let json = serde_json::to_string(&h).unwrap();
        assert_eq!(json, "\"00abcdef01234567\"");
        assert_eq!(serde_json::from_str::<ContentHash>(&json).unwrap(), h);
        for bad in [
            "\"abc\"",
            "\"+0abcdef01234567\"",
            "\"0abcdef01234567g\"",
            "42",
        ] {
            assert!(serde_json::from_str::<ContentHash>(bad).is_err(), "{bad}");
        }
    }
}
