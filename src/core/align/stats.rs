//! The length model's two numbers, estimated from the pair itself: the ratio `c` of English to
//! Telugu characters and the variance per character `s2` of English lengths around `c` times
//! the Telugu length (Gale and Church's model, with their translation-grade variance as floor).

use super::step::Step;
use super::tables::Tables;

/// The length ratio `c` (English chars per Telugu char) and variance per character `s2`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LengthStats {
    pub ratio: f64,
    pub s2: f64,
}

/// Gale and Church's variance per character for true translations; comparable articles can only
/// be looser, so it is the floor.
pub(crate) const MIN_S2: f64 = 6.8;
/// Median of a chi-square variable with one degree of freedom: turns a median squared deviation
/// into a variance.
const CHI2_1_MEDIAN: f64 = 0.455;

impl LengthStats {
    /// From the whole pair: total ratio, and a loose prior variance (a standard deviation of
    /// half the typical paragraph length) until a first alignment tells better.
    pub fn initial(t: &Tables) -> LengthStats {
        let ratio = if t.te.total() > 0.0 && t.en.total() > 0.0 {
            t.en.total() / t.te.total()
        } else {
            1.0
        };
        let typical = typical_length(t, ratio);
        LengthStats {
            ratio,
            s2: (0.25 * typical).max(MIN_S2),
        }
    }

    /// From the matched groups of a first alignment: median ratio and median squared
    /// deviation, which ignore the few groups that the first pass got wrong. Keeps the current
    /// values when fewer than three groups have text on both sides.
    pub fn refine(self, t: &Tables, path: &[Step]) -> LengthStats {
        let matched: Vec<(f64, f64)> = path
            .iter()
            .filter(|s| s.te_len > 0 && s.en_len > 0)
            .map(|s| (t.te.chars(s.te, s.te_len), t.en.chars(s.en, s.en_len)))
            .filter(|&(lt, le)| lt > 0.0 && le > 0.0)
            .collect();
        if matched.len() < 3 {
            return self;
        }
        let ratio = median(matched.iter().map(|&(lt, le)| le / lt).collect());
        let deviations = matched
            .iter()
            .map(|&(lt, le)| {
                let mean = ((ratio * lt + le) / 2.0).max(1.0);
                (le - ratio * lt).powi(2) / mean
            })
            .collect();
        let typical = typical_length(t, ratio);
        let s2 = (median(deviations) / CHI2_1_MEDIAN).clamp(MIN_S2, typical.max(MIN_S2));
        LengthStats { ratio, s2 }
    }
}

/// Median paragraph length over both sides, in English characters.
fn typical_length(t: &Tables, ratio: f64) -> f64 {
    let mut lengths: Vec<f64> = (0..t.te.len())
        .map(|k| t.te.chars(k, 1) * ratio)
        .chain((0..t.en.len()).map(|k| t.en.chars(k, 1)))
        .collect();
    lengths.retain(|&l| l > 0.0);
    if lengths.is_empty() {
        return 1.0;
    }
    lengths.sort_by(f64::total_cmp);
    lengths[lengths.len() / 2]
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}
