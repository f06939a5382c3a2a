//! All colours and text styles in one place.

use crate::view::highlight::PALETTE_SLOTS;
use ratatui::style::{Color, Modifier, Style};

/// The styles the widgets draw with.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub text: Style,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub title_focused: Style,
    pub status: Style,
    pub status_key: Style,
    pub notice: Style,
    /// Replaced characters (controls, bidi markers) stand out a little.
    pub symbol: Style,
    /// Entity colours, one per palette slot (see `highlight::assign_slots`); the stem of a
    /// mention is drawn bold on top, its case suffix plain.
    pub entity: [Style; PALETTE_SLOTS],
    /// Added to an entity's stem.
    pub stem: Style,
    /// A mention of an entity the other article lacks (a coverage gap).
    pub gap: Style,
    /// Added to every mention of the selected entity.
    pub selected: Style,
    /// Added to the mention the last jump went to.
    pub current: Style,
    /// A search match.
    pub search: Style,
    /// Padding rows under the shorter side of a group.
    pub filler: Style,
    /// The row that opens an aligned group.
    pub rule: Style,
    /// The rule of a group the aligner is unsure of.
    pub rule_weak: Style,
    /// The rule of a group a reviewer checked.
    pub rule_checked: Style,
    /// The rule of a group a reviewer flagged (needs work, content missing).
    pub rule_flagged: Style,
    /// The entity list's cursor row.
    pub list_cursor: Style,
    /// Coverage map (the strip in each pane's right border): cells of the rows on screen.
    pub map_view: Style,
    /// Coverage map marks, by kind (see `coverage::MarkKind`).
    pub map_weak: Style,
    pub map_gap: Style,
    pub map_figure: Style,
    pub map_flagged: Style,
    /// Added to a figure that differs from, or is missing in, the other article's group.
    pub figure_flag: Style,
    /// Added to a quote whose group quotes nobody in the other article.
    pub quote_flag: Style,
    /// Added to the sentence under the sentence cursor and to its counterparts in the other
    /// pane: a background tint (an underline without colours).
    pub sentence: Style,
}

/// Which background the colours are chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    /// Light text colours for a dark terminal background (the default).
    #[default]
    Dark,
    /// Dark text colours for a light terminal background.
    Light,
}

impl ThemeName {
    /// The background the theme's contrast is checked against: the lighter end of common dark
    /// backgrounds (xterm 235, #262626; most are darker: black, #1e1e1e, #282828 ...), or the
    /// darker end of common light ones (xterm 255, #eeeeee; most are white or #fdf6e3).
    pub fn assumed_background(self) -> super::contrast::Rgb {
        match self {
            ThemeName::Dark => super::contrast::xterm_rgb(235),
            ThemeName::Light => super::contrast::xterm_rgb(255),
        }
    }
}

/// The colours of one theme, all from xterm-256 indices 16 to 255 (the same in nearly every
/// terminal, unlike 0 to 15), so the contrast checked in the tests is the contrast on screen.
struct Palette {
    entity: [u8; PALETTE_SLOTS],
    border: u8,
    accent: u8,
    title: u8,
    notice: u8,
    symbol: u8,
    search_bg: u8,
    filler: u8,
    rule: u8,
    weak: u8,
    checked: u8,
    flagged: u8,
    view_bg: u8,
    gap: u8,
    figure: u8,
    /// Flagged figures in the text (underlined too, so colour is not the only sign).
    figure_flag: u8,
    /// One-sided quotes in the text (underlined too).
    quote_flag: u8,
    /// The sentence cursor's tint: a background every text colour keeps 3:1 on.
    sentence_bg: u8,
}

/// For a dark background: entity colours far enough apart in hue to tell apart side by side,
/// each at least 3:1 against #262626 (the tests say how much).
const DARK: Palette = Palette {
    entity: [166, 34, 33, 163, 37, 136, 99, 167, 67, 130],
    border: 245,
    accent: 44,
    title: 252,
    notice: 220,
    symbol: 170,
    search_bg: 220,
    filler: 243,
    rule: 246,
    weak: 178,
    checked: 71,
    flagged: 203,
    view_bg: 237,
    gap: 220,
    figure: 177,
    figure_flag: 197,
    quote_flag: 139,
    sentence_bg: 17,
};

/// For a light background: the same hues, darker.
const LIGHT: Palette = Palette {
    entity: [166, 28, 25, 127, 30, 100, 55, 160, 60, 130],
    border: 242,
    accent: 24,
    title: 238,
    notice: 94,
    symbol: 127,
    search_bg: 222,
    filler: 244,
    rule: 241,
    weak: 94,
    checked: 22,
    flagged: 124,
    view_bg: 252,
    gap: 94,
    figure: 127,
    figure_flag: 161,
    quote_flag: 96,
    sentence_bg: 195,
};

impl Theme {
    /// The dark theme with colours when `color` is true, otherwise only bold/dim/reverse (for
    /// NO_COLOR).
    pub fn new(color: bool) -> Theme {
        Theme::of(ThemeName::Dark, color)
    }

    /// Theme `name`; without `color` (`--no-color`, `NO_COLOR`) every theme is the same
    /// attributes-only one.
    pub fn of(name: ThemeName, color: bool) -> Theme {
        if !color {
            return Theme::monochrome();
        }
        let p = match name {
            ThemeName::Dark => &DARK,
            ThemeName::Light => &LIGHT,
        };
        let fg = |i: u8| Style::new().fg(Color::Indexed(i));
        let bold = Modifier::BOLD;
        Theme {
            text: Style::new(),
            border: fg(p.border),
            border_focused: fg(p.accent),
            title: fg(p.title),
            title_focused: fg(p.accent).add_modifier(bold),
            status: fg(p.title),
            status_key: fg(p.accent).add_modifier(bold),
            notice: fg(p.notice),
            symbol: fg(p.symbol),
            entity: p.entity.map(fg),
            stem: Style::new().add_modifier(bold),
            gap: Style::new().add_modifier(Modifier::UNDERLINED | Modifier::ITALIC),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            current: Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            search: fg(16).bg(Color::Indexed(p.search_bg)),
            filler: fg(p.filler),
            rule: fg(p.rule),
            rule_weak: fg(p.weak),
            rule_checked: fg(p.checked),
            rule_flagged: fg(p.flagged).add_modifier(bold),
            list_cursor: Style::new().add_modifier(Modifier::REVERSED),
            map_view: Style::new().bg(Color::Indexed(p.view_bg)),
            map_weak: fg(p.weak),
            map_gap: fg(p.gap),
            map_figure: fg(p.figure).add_modifier(bold),
            map_flagged: fg(p.flagged).add_modifier(bold),
            figure_flag: fg(p.figure_flag).add_modifier(Modifier::UNDERLINED | bold),
            quote_flag: fg(p.quote_flag).add_modifier(Modifier::UNDERLINED),
            sentence: Style::new().bg(Color::Indexed(p.sentence_bg)),
        }
    }

    /// Attributes only: what `NO_COLOR` asks for.
    fn monochrome() -> Theme {
        Theme {
            text: Style::new(),
            border: Style::new(),
            border_focused: Style::new().add_modifier(Modifier::BOLD),
            title: Style::new(),
            title_focused: Style::new().add_modifier(Modifier::BOLD),
            status: Style::new(),
            status_key: Style::new().add_modifier(Modifier::BOLD),
            notice: Style::new().add_modifier(Modifier::REVERSED),
            symbol: Style::new().add_modifier(Modifier::REVERSED),
            entity: [Style::new(); PALETTE_SLOTS],
            stem: Style::new().add_modifier(Modifier::BOLD),
            gap: Style::new().add_modifier(Modifier::UNDERLINED),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            current: Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED),
            search: Style::new().add_modifier(Modifier::REVERSED),
            filler: Style::new(),
            rule: Style::new(),
            rule_weak: Style::new().add_modifier(Modifier::BOLD),
            rule_checked: Style::new(),
            rule_flagged: Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
            list_cursor: Style::new().add_modifier(Modifier::REVERSED),
            map_view: Style::new().add_modifier(Modifier::REVERSED),
            map_weak: Style::new(),
            map_gap: Style::new().add_modifier(Modifier::BOLD),
            map_figure: Style::new().add_modifier(Modifier::BOLD),
            map_flagged: Style::new().add_modifier(Modifier::BOLD),
            figure_flag: Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            quote_flag: Style::new().add_modifier(Modifier::UNDERLINED),
            sentence: Style::new().add_modifier(Modifier::UNDERLINED),
        }
    }
}

impl Theme {
    /// The style of a cell of an entity mention: palette colour (or gap style), stem bold,
    /// emphasis for the selected entity and its current mention.
    pub fn mention(&self, slot: Option<u8>, stem: bool, selected: bool, current: bool) -> Style {
        let mut style = match slot {
            Some(s) => self.entity[s as usize % PALETTE_SLOTS],
            None => self.gap,
        };
        if stem {
            style = style.patch(self.stem);
        }
        if current {
            style = style.patch(self.current);
        } else if selected {
            style = style.patch(self.selected);
        }
        style
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::new(std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()))
    }
}

#[cfg(test)]
mod tests {
    use super::super::contrast::{color_rgb, contrast_ratio, Rgb};
    use super::*;

    /// Words to be read (titles, the status bar, notices, rules with their notes, search
    /// matches): WCAG AA for normal text.
    const TEXT: f64 = 4.5;
    /// Entity colours, replaced-character markers, borders, filler dots and coverage-map glyphs:
    /// WCAG's 3:1 for non-text graphics and for large or bold text. An entity colour marks a
    /// name the reader could read without it (the colour adds the link), and the Telugu stem is
    /// bold; ten hues that must also differ from each other cannot all reach 4.5:1 on both
    /// backgrounds.
    const MARK: f64 = 3.0;

    /// Every style of `theme` that sets a foreground, with the background(s) it is drawn on and
    /// the least ratio it must keep.
    fn foregrounds(theme: &Theme, name: ThemeName) -> Vec<(String, Style, Vec<Rgb>, f64)> {
        let page = name.assumed_background();
        let view = theme.map_view.bg.and_then(color_rgb).unwrap_or(page);
        let mut out: Vec<(String, Style, Vec<Rgb>, f64)> = vec![
            ("title".into(), theme.title, vec![page], TEXT),
            (
                "title_focused".into(),
                theme.title_focused,
                vec![page],
                TEXT,
            ),
            ("status".into(), theme.status, vec![page], TEXT),
            ("status_key".into(), theme.status_key, vec![page], TEXT),
            ("notice".into(), theme.notice, vec![page], TEXT),
            ("search".into(), theme.search, vec![page], TEXT),
            ("rule".into(), theme.rule, vec![page], TEXT),
            ("rule_weak".into(), theme.rule_weak, vec![page], TEXT),
            ("rule_checked".into(), theme.rule_checked, vec![page], TEXT),
            ("rule_flagged".into(), theme.rule_flagged, vec![page], TEXT),
            ("symbol".into(), theme.symbol, vec![page], MARK),
            ("filler".into(), theme.filler, vec![page], MARK),
            // The strip's glyphs are drawn on the page and, for the rows on screen, on the
            // view shade.
            ("border".into(), theme.border, vec![page, view], MARK),
            (
                "border_focused".into(),
                theme.border_focused,
                vec![page, view],
                MARK,
            ),
            ("map_weak".into(), theme.map_weak, vec![page, view], MARK),
            ("map_gap".into(), theme.map_gap, vec![page, view], MARK),
            (
                "map_figure".into(),
                theme.map_figure,
                vec![page, view],
                MARK,
            ),
            (
                "map_flagged".into(),
                theme.map_flagged,
                vec![page, view],
                MARK,
            ),
            // Figures and quotes are words in the text: drawn bold or underlined, so the
            // threshold for marks (bold text) applies, as for entity colours.
            ("figure_flag".into(), theme.figure_flag, vec![page], MARK),
            ("quote_flag".into(), theme.quote_flag, vec![page], MARK),
        ];
        // The sentence cursor's tint is drawn under the text and every mark in it.
        let tint = theme.sentence.bg.and_then(color_rgb).unwrap_or(page);
        for (i, style) in theme.entity.iter().enumerate() {
            out.push((format!("entity[{i}]"), *style, vec![page, tint], MARK));
        }
        out.push((
            "figure_flag on tint".into(),
            theme.figure_flag,
            vec![tint],
            MARK,
        ));
        out.push((
            "quote_flag on tint".into(),
            theme.quote_flag,
            vec![tint],
            MARK,
        ));
        out.push(("symbol on tint".into(), theme.symbol, vec![tint], MARK));
        out
    }

    /// The lowest ratio of the theme, and the element it belongs to; fails on any style below
    /// its threshold.
    fn check(name: ThemeName) -> (f64, String) {
        let theme = Theme::of(name, true);
        let mut lowest = (f64::MAX, String::new());
        for (element, style, backgrounds, min) in foregrounds(&theme, name) {
            let fg = style.fg.and_then(color_rgb);
            let fg = fg.unwrap_or_else(|| panic!("{name:?} {element}: no foreground colour"));
            // A style with its own background is read on that.
            let backgrounds = match style.bg.and_then(color_rgb) {
                Some(bg) => vec![bg],
                None => backgrounds,
            };
            for bg in backgrounds {
                let ratio = contrast_ratio(fg, bg);
                assert!(
                    ratio >= min,
                    "{name:?} {element}: {fg:?} on {bg:?} is {ratio:.2}:1, below {min}:1"
                );
                if ratio < lowest.0 {
                    lowest = (ratio, element.clone());
                }
            }
        }
        lowest
    }

    #[test]
    fn every_colour_of_each_theme_keeps_its_contrast() {
        let (dark, dark_at) = check(ThemeName::Dark);
        let (light, light_at) = check(ThemeName::Light);
        // The figures README quotes.
        assert!(
            dark >= MARK && light >= MARK,
            "{dark} {dark_at} {light} {light_at}"
        );
        eprintln!("lowest: dark {dark:.2} ({dark_at}), light {light:.2} ({light_at})");
    }

    #[test]
    fn the_dark_palette_does_not_pass_on_a_light_background() {
        // The check can fail: the dark theme's teal and green wash out on #eeeeee.
        let theme = Theme::of(ThemeName::Dark, true);
        let light = ThemeName::Light.assumed_background();
        let worst = theme
            .entity
            .iter()
            .filter_map(|s| s.fg.and_then(color_rgb))
            .map(|fg| contrast_ratio(fg, light))
            .fold(f64::MAX, f64::min);
        assert!(worst < MARK, "{worst}");
    }

    #[test]
    fn entity_colours_differ_within_a_theme_and_no_color_has_none() {
        for name in [ThemeName::Dark, ThemeName::Light] {
            let theme = Theme::of(name, true);
            let mut fgs: Vec<_> = theme.entity.iter().map(|s| s.fg).collect();
            fgs.dedup();
            fgs.sort_by_key(|c| format!("{c:?}"));
            fgs.dedup();
            assert_eq!(fgs.len(), PALETTE_SLOTS, "{name:?}");
            let mono = Theme::of(name, false);
            assert!(mono.entity.iter().all(|s| s.fg.is_none()));
            assert_eq!(mono.search.fg, None);
        }
    }
}
