//! [`SharedText`]: a mention's text, shared by every mention that reads the same.
//!
//! A big article has hundreds of thousands of mentions, and most repeat a handful of names
//! ("Blinken", "the U.S."). One heap string per mention was the largest part of the analysis in
//! memory, and the small allocations fragmented the heap so the memory was never given back;
//! mentions of one entity that read the same now share one allocation. It serialises as a plain
//! JSON string, so the report's schema does not change.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::HashMap;
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// An immutable string that is cheap to clone and compares with `&str`.
///
/// ```
/// use tandem::core::analysis::SharedText;
/// let a = SharedText::from("సియోల్కు");
/// assert_eq!(a, "సియోల్కు");
/// assert!(a.ends_with("కు"));
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct SharedText(Arc<str>);

impl SharedText {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for SharedText {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for SharedText {
    fn from(s: &str) -> Self {
        SharedText(Arc::from(s))
    }
}

impl From<String> for SharedText {
    fn from(s: String) -> Self {
        SharedText(Arc::from(s))
    }
}

impl PartialEq<str> for SharedText {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for SharedText {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<String> for SharedText {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl fmt::Debug for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for SharedText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl Serialize for SharedText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SharedText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(SharedText::from)
    }
}

/// Hands out one [`SharedText`] per distinct string it is asked for.
#[derive(Default)]
pub struct Interner<'a> {
    seen: HashMap<&'a str, SharedText>,
}

impl<'a> Interner<'a> {
    pub fn get(&mut self, s: &'a str) -> SharedText {
        self.seen
            .entry(s)
            .or_insert_with(|| SharedText::from(s))
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_share_one_allocation() {
        let mut interner = Interner::default();
        let text = String::from("Seoul Seoul");
        let a = interner.get(&text[..5]);
        let b = interner.get(&text[6..]);
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "Seoul");
        assert_ne!(interner.get("Tokyo"), a);
    }

    #[test]
    fn serialises_as_a_plain_string() -> serde_json::Result<()> {
        let t = SharedText::from("బ్లింకెన్ \"q\"");
        let json = serde_json::to_string(&t)?;
        assert_eq!(json, "\"బ్లింకెన్ \\\"q\\\"\"");
        assert_eq!(serde_json::from_str::<SharedText>(&json)?, t);
        Ok(())
    }
}
