//! Matching the figures of each alignment group: which figure of one side states the same
//! value as a figure of the other side, which states a different value for the same kind of
//! thing, and which has no counterpart.
//!
//! Within a group, figures are paired in passes from strict to loose, each pass taking the
//! leftovers of the one before, in text order:
//!
//! 1. same kind, same unit, same value (dates: same month and day);
//! 2. a date without a month (`14న`) with a date on the same day;
//! 3. a bare number with any figure of the same value except a date (`chasing 340` with
//!    `340 పరుగుల`), and a year with an amount of the same value (`2000` with `2000 మంది`);
//!
//! all of which are `matched`; then
//!
//! 4. same kind and unit, different value (`28 runs` with `38 పరుగుల`), and
//! 5. a bare number with an amount (`28` with `38 పరుగుల`),
//!
//! which are `mismatch`; between them,
//!
//! 3½. figures comparable as in passes 4 and 5 (not dates, years or ordinals) whose values
//!    agree within rounding when one side is hedged or rounded (`about 1.5 lakh` with
//!    `1,47,000`, see [`super::hedge`]), which are `approx`. This pass compares leftovers
//!    pairwise, quadratic in the figures of one group (a handful).
//!
//! What is left is `one_sided`. Every pass hashes one side's leftovers,
//! so a group costs time linear in its figures.

use super::hedge::approx_equal;
use super::number::value_key;
use super::{group_items, Figure, FigureFinding, FigureKind, Status, Unit};
use crate::core::align::Group;
use crate::core::pair::Pair;
use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

/// Matches the figures of both articles (as [`super::extract`] returned them, in text order)
/// within each alignment group. Returns one finding per matched or mismatched pair and per
/// one-sided figure, ordered by group; every figure appears in exactly one finding. Cheap:
/// re-run it after the groups change.
pub fn check(figures: &Pair<Vec<Figure>>, groups: &[Group]) -> Vec<FigureFinding> {
    let mut out = Vec::new();
    for (k, group) in groups.iter().enumerate() {
        let items = group_items(figures, group, |f| f.paragraph);
        check_group(k, items.te, items.en, &mut out);
    }
    out
}

/// The comparable class of a figure: kind and unit.
fn class(f: &Figure) -> (FigureKind, Option<Unit>) {
    (f.kind, f.unit)
}

fn is_bare(f: &Figure) -> bool {
    matches!(f.kind, FigureKind::Number | FigureKind::Ordinal)
}

/// The figures of one group and what the passes have paired so far.
struct Passes<'a> {
    te: &'a [Figure],
    en: &'a [Figure],
    used: Pair<Vec<bool>>,
    pairs: Vec<(usize, usize, Status)>,
}

/// Figures an approximate value can be compared for: not a date, a year or an ordinal.
fn approximable(f: &Figure) -> bool {
    matches!(
        f.kind,
        FigureKind::Number | FigureKind::Amount | FigureKind::Percent
    )
}

/// Same class, or a bare number against an amount (`nearly 150,000` with `1.5 లక్షల మంది`).
fn comparable(a: &Figure, b: &Figure) -> bool {
    let bare_amount =
        |x: &Figure, y: &Figure| x.kind == FigureKind::Number && y.kind == FigureKind::Amount;
    class(a) == class(b) || bare_amount(a, b) || bare_amount(b, a)
}

impl Passes<'_> {
    /// The approximate pass: pairs each leftover Telugu figure with the first leftover English
    /// figure that is comparable and agrees within rounding.
    fn approx_pass(&mut self) {
        for (i, a) in self.te.iter().enumerate() {
            if self.used.te[i] || !approximable(a) {
                continue;
            }
            let found = self.en.iter().enumerate().find(|&(j, b)| {
                !self.used.en[j] && approximable(b) && comparable(a, b) && approx_equal(a, b)
            });
            if let Some((j, _)) = found {
                self.used.te[i] = true;
                self.used.en[j] = true;
                self.pairs.push((i, j, Status::Approx));
            }
        }
    }

    /// One pass: pairs each leftover Telugu figure accepted by `te_ok` with the first leftover
    /// English figure accepted by `en_ok` that has the same key.
    fn pass<K: Hash + Eq>(
        &mut self,
        status: Status,
        te_ok: impl Fn(&Figure) -> bool,
        en_ok: impl Fn(&Figure) -> bool,
        key: impl Fn(&Figure) -> K,
    ) {
        let mut queues: HashMap<K, VecDeque<usize>> = HashMap::new();
        for (j, f) in self.en.iter().enumerate() {
            if !self.used.en[j] && en_ok(f) {
                queues.entry(key(f)).or_default().push_back(j);
            }
        }
        if queues.is_empty() {
            return;
        }
        for (i, f) in self.te.iter().enumerate() {
            if self.used.te[i] || !te_ok(f) {
                continue;
            }
            if let Some(j) = queues.get_mut(&key(f)).and_then(VecDeque::pop_front) {
                self.used.te[i] = true;
                self.used.en[j] = true;
                self.pairs.push((i, j, status));
            }
        }
    }
}

fn check_group(group: usize, te: &[Figure], en: &[Figure], out: &mut Vec<FigureFinding>) {
    let mut p = Passes {
        te,
        en,
        used: Pair::new(vec![false; te.len()], vec![false; en.len()]),
        pairs: Vec::new(),
    };
    let any = |_: &Figure| true;
    let is_date = |f: &Figure| f.kind == FigureKind::Date;
    let no_month = |f: &Figure| is_date(f) && f.month.is_none();
    let not_date = |f: &Figure| !is_date(f);
    let is_amount = |f: &Figure| f.kind == FigureKind::Amount;
    let is_year = |f: &Figure| f.kind == FigureKind::Year;
    let exact = |f: &Figure| (class(f), f.month, value_key(f.value));
    let value = |f: &Figure| value_key(f.value);
    let m = Status::Matched;
    p.pass(m, any, any, exact);
    p.pass(m, no_month, is_date, value);
    p.pass(m, is_date, no_month, value);
    p.pass(m, is_bare, not_date, value);
    p.pass(m, not_date, is_bare, value);
    p.pass(m, is_year, is_amount, value);
    p.pass(m, is_amount, is_year, value);
    p.approx_pass();
    let x = Status::Mismatch;
    p.pass(x, any, any, class);
    p.pass(x, is_bare, is_amount, |_| ());
    p.pass(x, is_amount, is_bare, |_| ());

    let mut found: Vec<(bool, usize, FigureFinding)> = p
        .pairs
        .iter()
        .map(|&(i, j, status)| {
            let finding = FigureFinding {
                group,
                status,
                te: Some(te[i].clone()),
                en: Some(en[j].clone()),
            };
            (false, te[i].start, finding)
        })
        .collect();
    for (f, _) in te.iter().zip(&p.used.te).filter(|(_, &used)| !used) {
        found.push((false, f.start, one_sided(group, Some(f.clone()), None)));
    }
    for (f, _) in en.iter().zip(&p.used.en).filter(|(_, &used)| !used) {
        found.push((true, f.start, one_sided(group, None, Some(f.clone()))));
    }
    // Telugu text order first (pairs and Telugu-only figures), then English-only ones.
    found.sort_by_key(|&(english_only, start, _)| (english_only, start));
    out.extend(found.into_iter().map(|(_, _, f)| f));
}

fn one_sided(group: usize, te: Option<Figure>, en: Option<Figure>) -> FigureFinding {
    FigureFinding {
        group,
        status: Status::OneSided,
        te,
        en,
    }
}
