//! The entity list overlay: every entity with its English and Telugu names, mentions per side,
//! kind and a gap marker, under the sort and filter the user chose.

use super::cells::put_text;
use super::theme::Theme;
use crate::core::analysis::Entity;
use crate::core::entity::Kind;
use crate::core::pair::Side;
use crate::tui::app::{App, ListSort};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Clear, Widget};

/// Draws the list centred over `area`.
pub fn render_entities(app: &App, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let popup = super::cells::entity_list_popup(area);
    Clear.render(popup, buf);
    let list = &app.entity_list;
    let title = format!(
        " entities · o: {} · f: {} · Enter select · Esc close ",
        match list.sort {
            ListSort::FirstSeen => "by first seen",
            ListSort::Count => "by count",
        },
        if list.gaps_only { "gaps only" } else { "all" },
    );
    let block = Block::bordered()
        .border_style(theme.border_focused)
        .title(title);
    let inner = block.inner(popup);
    block.render(popup, buf);
    let Some(analysed) = &app.content.analysed else {
        put_text(
            buf,
            inner,
            inner.y,
            1,
            inner.width as usize,
            "finding entities…",
            theme.status,
        );
        return;
    };
    let rows = list.rows(analysed);
    let mut cols = Columns::new(inner.width as usize);
    cols.romanised = app.roman(Side::Te).is_some();
    if inner.height == 0 {
        return;
    }
    cols.header(buf, inner, theme);
    let visible = inner.height.saturating_sub(1) as usize;
    if rows.is_empty() {
        let what = if list.gaps_only {
            "no gaps: every entity is in both articles"
        } else {
            "no entities found"
        };
        put_text(
            buf,
            inner,
            inner.y + 1,
            1,
            inner.width as usize,
            what,
            theme.status,
        );
        return;
    }
    // Keep the cursor in view, a page at a time.
    let first = (list.cursor / visible.max(1)) * visible.max(1);
    for (i, &id) in rows.iter().enumerate().skip(first).take(visible) {
        let y = inner.y + 1 + (i - first) as u16;
        let e = &analysed.analysis.entities[id];
        let name_style = theme.mention(analysed.slot(id), true, false, false);
        if i == list.cursor {
            for x in inner.x..inner.x + inner.width {
                if let Some(c) = buf.cell_mut((x, y)) {
                    c.set_style(theme.list_cursor);
                }
            }
        }
        let style = |s: ratatui::style::Style| {
            if i == list.cursor {
                s.patch(theme.list_cursor)
            } else {
                s
            }
        };
        cols.row(buf, inner, y, e, style(name_style), style(theme.text));
    }
}

/// Column positions for one list width.
struct Columns {
    en: (usize, usize),
    te: (usize, usize),
    counts: usize,
    kind: usize,
    /// The Telugu pane is romanised: each Telugu name is given in Latin letters first.
    romanised: bool,
}

const MARK_W: usize = 2;
const COUNTS_W: usize = 8;
const KIND_W: usize = 6;

impl Columns {
    fn new(width: usize) -> Columns {
        let names = width.saturating_sub(MARK_W + COUNTS_W + KIND_W + 3);
        let en_w = names * 11 / 20;
        let te_w = names - en_w;
        let en = (MARK_W, en_w);
        let te = (MARK_W + en_w + 1, te_w);
        let counts = te.0 + te_w + 1;
        Columns {
            en,
            te,
            counts,
            kind: counts + COUNTS_W + 1,
            romanised: false,
        }
    }

    fn header(&self, buf: &mut Buffer, area: Rect, theme: &Theme) {
        let y = area.y;
        let s = theme.status_key;
        put_text(buf, area, y, self.en.0, self.en.1, "English", s);
        put_text(buf, area, y, self.te.0, self.te.1, "Telugu", s);
        put_text(buf, area, y, self.counts, COUNTS_W, " te   en", s);
        put_text(buf, area, y, self.kind, KIND_W, "kind", s);
    }

    fn row(
        &self,
        buf: &mut Buffer,
        area: Rect,
        y: u16,
        e: &Entity,
        name: ratatui::style::Style,
        plain: ratatui::style::Style,
    ) {
        if e.is_gap() {
            put_text(buf, area, y, 0, MARK_W, "◐", name);
        }
        put_text(
            buf,
            area,
            y,
            self.en.0,
            self.en.1,
            &side_label(e, Side::En),
            name,
        );
        let mut te = side_label(e, Side::Te);
        if self.romanised && !e.mentions(Side::Te).is_empty() {
            te = format!("{} {te}", crate::core::romanise::romanise(&te));
        }
        put_text(buf, area, y, self.te.0, self.te.1, &te, name);
        let counts = format!("{:>3}  {:>3}", e.te.len(), e.en.len());
        put_text(buf, area, y, self.counts, COUNTS_W, &counts, plain);
        put_text(buf, area, y, self.kind, KIND_W, kind_label(e.kind), plain);
    }
}

/// How the entity reads on one side: the English label, or the Telugu stem of its first
/// mention; "—" when the side does not mention it.
pub fn side_label(e: &Entity, side: Side) -> String {
    match (side, e.mentions(side).first()) {
        // An English name the matcher knows for a Telugu-only entity, in brackets: it is not
        // in the English article.
        (Side::En, None) if e.label.is_ascii() && !e.label.is_empty() => format!("({})", e.label),
        (_, None) => "—".to_string(),
        (Side::En, Some(m)) => {
            if e.label.is_ascii() && !e.label.is_empty() {
                e.label.clone()
            } else {
                m.text.to_string()
            }
        }
        (Side::Te, Some(m)) => m.stem().to_string(),
    }
}

fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "person",
        Kind::Place => "place",
        Kind::Organisation => "org",
        Kind::Other => "other",
    }
}
