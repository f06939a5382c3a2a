//! One article pane: a border with a title, and the visible rows written cell by cell.

use super::cells::{put_cell, put_text};
use super::theme::Theme;
use crate::core::pair::Side;
use crate::core::review::GroupStatus;
use crate::core::text::display::sanitize_inline;
use crate::core::text::display_width;
use crate::tui::app::status_label;
use crate::tui::app::App;
use crate::view::aligned::RowContent;
use crate::view::coverage::MarkKind;
use crate::view::highlight::{for_each_marked_cell, Cover};
use crate::view::layout::LineKind;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};
use unicode_segmentation::UnicodeSegmentation;

/// Draws the pane of `side` into `area` (border included).
pub fn render_pane(app: &App, side: Side, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let focused = app.view.focus == side;
    let doc = &app.content.docs[side];
    let title_style = if focused {
        theme.title_focused
    } else {
        theme.title
    };
    let title = build_title(
        &sanitize_inline(&doc.name),
        doc.lang.label(),
        app.percent_seen(side),
        area.width.saturating_sub(2) as usize,
    );
    let title = Line::from(vec![
        Span::styled(title.0, title_style),
        Span::styled(title.1, theme.title),
    ]);
    let block = Block::bordered()
        .border_style(if focused {
            theme.border_focused
        } else {
            theme.border
        })
        .title(title);
    let inner = block.inner(area);
    block.render(area, buf);
    render_rows(app, side, inner, theme, buf);
    render_coverage(app, side, area, inner, theme, buf);
}

/// The coverage map in the pane's right border: one cell per stretch of the article, showing
/// its most urgent mark (• linked name, ✓ checked group, ◐ one-sided name, # flagged figure,
/// ! flagged group), the stretch on screen shaded (a heavier bar where it holds no mark).
/// Every glyph is one column wide, so the border stays straight.
fn render_coverage(
    app: &App,
    side: Side,
    area: Rect,
    inner: Rect,
    theme: &Theme,
    buf: &mut Buffer,
) {
    if area.width < 3 || inner.height == 0 {
        return;
    }
    let map = &app.content.coverage[side];
    // Cells are built for the pane's size (see `tui::app::coverage`); until they match it (a
    // resize before the rebuild) draw none rather than misplaced ones.
    let height = inner.height as usize;
    if map.cells.len() != height {
        return;
    }
    let cells = &map.cells;
    let view = crate::view::coverage::visible_cells(
        app.view.top[side],
        app.viewport_height(side),
        map.total,
        height,
    );
    let border = if app.view.focus == side {
        theme.border_focused
    } else {
        theme.border
    };
    let x = area.x + area.width - 1;
    for (i, cell) in cells.iter().enumerate() {
        let in_view = view.contains(&i);
        let (glyph, style) = match cell {
            None if in_view => ("┃", border),
            None => ("│", border),
            Some(kind) => (
                kind.glyph().0,
                match kind {
                    MarkKind::Weak => theme.map_weak,
                    MarkKind::Gap => theme.map_gap,
                    MarkKind::Figure => theme.map_figure,
                    MarkKind::Flagged => theme.map_flagged,
                },
            ),
        };
        let style = if in_view {
            style.patch(theme.map_view)
        } else {
            style
        };
        buf[(x, inner.y + i as u16)]
            .set_symbol(glyph)
            .set_style(style);
    }
}

/// The pane title as (name part, details part), fitted to `max` columns: the language goes
/// first when room is short, then the name is shortened with "…"; the position stays.
pub fn build_title(name: &str, lang: &str, percent: usize, max: usize) -> (String, String) {
    let long = format!("· {lang} · {percent}% ");
    let short = format!("· {percent}% ");
    let name_part = format!(" {name} ");
    if display_width(&name_part) + display_width(&long) <= max {
        return (name_part, long);
    }
    let room = max.saturating_sub(display_width(&short) + 2);
    let mut cut = String::new();
    for g in name.graphemes(true) {
        if display_width(&cut) + display_width(g) + 1 > room {
            cut.push('…');
            break;
        }
        cut.push_str(g);
    }
    (format!(" {cut} "), short)
}

/// Writes the rows that fit in `inner`, starting at the pane's top row.
fn render_rows(app: &App, side: Side, inner: Rect, theme: &Theme, buf: &mut Buffer) {
    let top = app.view.top[side];
    let tint = app.sentence_tint(side);
    for (y, row) in (inner.y..inner.y + inner.height).zip(top..) {
        match app.row(side, row) {
            Some(RowContent::Line(line)) => {
                render_line(app, side, line as usize, (inner, y), &tint, theme, buf)
            }
            Some(RowContent::Filler) => render_filler(inner, y, theme, buf),
            Some(RowContent::Rule { group }) => {
                render_rule(app, side, group as usize, inner, y, theme, buf)
            }
            None => break,
        }
    }
}

/// One line of text, each cell styled by [`for_each_marked_cell`]: entity colours, the stem
/// bold, the selected entity emphasised, flagged figures and quotes, the sentence cursor's
/// tint (`tint`: a few byte ranges), search matches.
fn render_line(
    app: &App,
    side: Side,
    line: usize,
    (inner, y): (Rect, u16),
    tint: &[std::ops::Range<usize>],
    theme: &Theme,
    buf: &mut Buffer,
) {
    let Some(LineKind::Text { row, .. }) = app.content.layouts[side].lines.get(line) else {
        return;
    };
    let spans = app
        .content
        .analysed
        .as_ref()
        .map_or(&[][..], |a| a.spans[side].in_range(row.range()));
    let selected = app.selection.map(|s| s.entity);
    let current = current_mention(app, side);
    let search = app.search.as_ref().filter(|s| s.side == side);
    let matches = search.map_or(&[][..], |s| s.in_range(row.range()));
    // The romanised pane draws the romanised letters of the row, its marks moved onto them;
    // each cell's `source` is taken back to the Telugu bytes it shows (see `view::romanised`).
    let roman = app.roman(side);
    let moved = roman.map(|r| {
        (
            crate::view::romanised::roman_spans(&r.map, spans),
            matches
                .iter()
                .map(|m| r.map.roman_range(m.clone()))
                .collect::<Vec<_>>(),
        )
    });
    let (text, range, spans, matches) = match (roman, &moved) {
        (Some(r), Some((spans, matches))) => (
            &r.doc.text,
            r.map.roman_range(row.range()),
            &spans[..],
            &matches[..],
        ),
        _ => (&app.content.docs[side].text, row.range(), spans, matches),
    };
    let current_match = search.and_then(|s| s.current_range());
    let marks = app.content.analysed.as_ref().map(|a| &a.figure_marks);
    let mut figures = Cover::new(marks.map_or(&[][..], |m| m.figures_in(side, row.range())));
    let mut quotes = Cover::new(marks.map_or(&[][..], |m| m.quotes_in(side, row.range())));
    let current_flag = app.figure_list.current[side].as_ref();
    for_each_marked_cell(text, range, spans, matches, |mut cell, mark| {
        if let Some(r) = roman {
            cell.source = r.map.te_range(cell.source);
        }
        let mut style = if cell.replaced {
            theme.symbol
        } else {
            theme.text
        };
        if let (Some(e), Some(analysed)) = (mark.entity, &app.content.analysed) {
            let is_current = current
                .as_ref()
                .is_some_and(|r| r.contains(&cell.source.start));
            style = theme.mention(
                analysed.slot(e.entity),
                e.stem,
                selected == Some(e.entity),
                is_current,
            );
        }
        if quotes.covers(cell.source.clone()) {
            style = style.patch(theme.quote_flag);
        }
        if figures.covers(cell.source.clone()) {
            style = style.patch(theme.figure_flag);
            if current_flag.is_some_and(|r| r.contains(&cell.source.start)) {
                style = style.patch(theme.current);
            }
        }
        if tint.iter().any(|r| r.contains(&cell.source.start)) {
            style = style.patch(theme.sentence);
        }
        if mark.search {
            style = style.patch(theme.search);
            if current_match
                .as_ref()
                .is_some_and(|r| r.contains(&cell.source.start))
            {
                style = style.patch(theme.current);
            }
        }
        put_cell(buf, inner, y, cell.col, cell.symbol, cell.width, style);
    });
}

/// The byte range of the selected entity's current mention on `side`.
fn current_mention(app: &App, side: Side) -> Option<std::ops::Range<usize>> {
    let sel = app.selection?;
    let entity = app
        .content
        .analysed
        .as_ref()?
        .analysis
        .entities
        .get(sel.entity)?;
    let m = entity.mentions(side).get(sel.current[side]?)?;
    Some(m.start..m.end)
}

/// Padding under the shorter side of a group: a faint dotted row, visibly not text.
fn render_filler(inner: Rect, y: u16, theme: &Theme, buf: &mut Buffer) {
    for x in (inner.x + 1..inner.x + inner.width).step_by(4) {
        if let Some(c) = buf.cell_mut((x, y)) {
            c.set_symbol("·").set_style(theme.filler);
        }
    }
}

/// The row that opens group `group`: "── 3 ──…", with "?" when the aligner is unsure and a
/// word when this side has no paragraph in the group.
fn render_rule(
    app: &App,
    side: Side,
    group: usize,
    inner: Rect,
    y: u16,
    theme: &Theme,
    buf: &mut Buffer,
) {
    let info = app.content.analysed.as_ref().and_then(|a| {
        let g = a.analysis.alignment.get(group)?;
        let decision = app.review.group_decision(g);
        Some((
            a.is_weak(group),
            g.side(side).is_empty(),
            decision,
            g.manual,
        ))
    });
    let (weak, absent, decision, manual) = info.unwrap_or((false, false, None, false));
    // The label after the "── " lead-in, which is written cell by cell below.
    let mut label = format!("{} ", group + 1);
    if weak {
        label.push_str("? ");
    }
    if manual {
        // Drawn by a reviewer's hand edit or pin, not guessed by the aligner.
        label.push_str("· manual ");
    }
    if absent {
        label.push_str("· not in this article ");
    }
    if let Some(d) = decision {
        label.push_str(&format!("· {} ", status_label(d.status)));
        if let Some(note) = &d.note {
            label.push_str(&format!("· “{}” ", sanitize_inline(note)));
        }
    }
    let style = if weak { theme.rule_weak } else { theme.rule };
    let style = match decision.map(|d| d.status) {
        Some(GroupStatus::Checked) => theme.rule_checked,
        Some(_) => theme.rule_flagged,
        None => style,
    };
    // The group a jump went to on the last page (the pane could not bring it to the top): the
    // review and alignment keys act on it, so it is shown reversed.
    let targeted = app.view.cursor_row.is_some()
        && app.active_aligned().map(|a| a.group_at(app.cursor())) == Some(group);
    let style = if targeted {
        style.patch(theme.selected)
    } else {
        style
    };
    // The label may hold Telugu (a note): write it cell by cell, then the rule to the edge.
    let width = inner.width as usize;
    for col in 0..3.min(width) {
        put_cell(
            buf,
            inner,
            y,
            col,
            if col < 2 { "─" } else { " " },
            1,
            style,
        );
    }
    let mut col = 3.min(width);
    col += put_text(buf, inner, y, col, width - col, &label, style);
    while col < width {
        put_cell(buf, inner, y, col, "─", 1, style);
        col += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::build_title;

    #[test]
    fn titles_keep_the_position_when_short_of_room() {
        assert_eq!(
            build_title("a.txt", "Telugu", 5, 40),
            (" a.txt ".to_string(), "· Telugu · 5% ".to_string())
        );
        let (name, rest) = build_title("sample.te.txt", "Telugu", 11, 18);
        assert_eq!(rest, "· 11% ");
        assert!(name.ends_with("… ") && name.chars().count() + rest.chars().count() <= 18);
    }
}
