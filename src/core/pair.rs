//! Two sides of one story as one type.
//!
//! Almost everything in tandem exists once per language: the document, its layout, its scroll
//! position, its mentions. `Pair<T>` indexed by [`Side`] keeps that as one value, so code is
//! written once and run for both sides instead of being copied with `te_`/`en_` prefixes.

use serde::{Deserialize, Serialize};
use std::ops::{Index, IndexMut};

/// Which pane/article: the Telugu one or the English one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Te,
    En,
}

impl Side {
    /// Both sides, Telugu first (the left pane).
    pub const BOTH: [Side; 2] = [Side::Te, Side::En];

    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Te => Side::En,
            Side::En => Side::Te,
        }
    }

    /// The language's name, for messages ("Telugu paragraph 3").
    pub fn name(self) -> &'static str {
        match self {
            Side::Te => "Telugu",
            Side::En => "English",
        }
    }
}

/// One value per side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pair<T> {
    pub te: T,
    pub en: T,
}

impl<T> Pair<T> {
    pub fn new(te: T, en: T) -> Self {
        Pair { te, en }
    }

    /// Builds both sides from one function of the side.
    pub fn from_fn(mut f: impl FnMut(Side) -> T) -> Self {
        Pair {
            te: f(Side::Te),
            en: f(Side::En),
        }
    }

    /// Maps both sides.
    pub fn map<U>(self, mut f: impl FnMut(Side, T) -> U) -> Pair<U> {
        Pair {
            te: f(Side::Te, self.te),
            en: f(Side::En, self.en),
        }
    }

    /// Borrows both sides.
    pub fn as_ref(&self) -> Pair<&T> {
        Pair {
            te: &self.te,
            en: &self.en,
        }
    }
}

impl<T> Index<Side> for Pair<T> {
    type Output = T;
    fn index(&self, side: Side) -> &T {
        match side {
            Side::Te => &self.te,
            Side::En => &self.en,
        }
    }
}

impl<T> IndexMut<Side> for Pair<T> {
    fn index_mut(&mut self, side: Side) -> &mut T {
        match side {
            Side::Te => &mut self.te,
            Side::En => &mut self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_and_map_follow_the_side() {
        let mut p = Pair::new(1, 2);
        p[Side::En] += 10;
        assert_eq!(p[Side::Te], 1);
        assert_eq!(p[Side::En], 12);
        let q = p.map(|side, v| (side, v * 2));
        assert_eq!(q.te, (Side::Te, 2));
        assert_eq!(q.en, (Side::En, 24));
        assert_eq!(Side::Te.other(), Side::En);
    }
}
