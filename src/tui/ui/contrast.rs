//! Contrast of terminal colours, as WCAG 2 measures it: the colours of xterm's 256-colour
//! palette as RGB, their relative luminance, and the contrast ratio of two of them (1:1 to
//! 21:1). Pure; the themes' tests check every foreground against the background each theme is
//! meant for.
//!
//! Indices 16 to 255 are the same in nearly every terminal (a 6×6×6 colour cube and a grey
//! ramp), so their RGB is known. Indices 0 to 15 (and the named colours) are whatever the
//! user's terminal theme says; xterm's defaults stand in for them here, which is why the themes
//! draw every colour that must stay readable from 16 to 255.

use ratatui::style::Color;

/// An sRGB colour.
pub type Rgb = (u8, u8, u8);

/// xterm's default colours 0 to 15.
const XTERM_16: [Rgb; 16] = [
    (0, 0, 0),
    (205, 0, 0),
    (0, 205, 0),
    (205, 205, 0),
    (0, 0, 238),
    (205, 0, 205),
    (0, 205, 205),
    (229, 229, 229),
    (127, 127, 127),
    (255, 0, 0),
    (0, 255, 0),
    (255, 255, 0),
    (92, 92, 255),
    (255, 0, 255),
    (0, 255, 255),
    (255, 255, 255),
];

/// The six levels of each channel in the colour cube.
const CUBE_LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];

/// The RGB of xterm-256 colour `index`.
pub fn xterm_rgb(index: u8) -> Rgb {
    match index {
        0..=15 => XTERM_16[usize::from(index)],
        16..=231 => {
            let i = usize::from(index - 16);
            (
                CUBE_LEVELS[i / 36],
                CUBE_LEVELS[(i / 6) % 6],
                CUBE_LEVELS[i % 6],
            )
        }
        _ => {
            let grey = 8 + 10 * (index - 232);
            (grey, grey, grey)
        }
    }
}

/// The RGB a colour is drawn in; `None` for the terminal's default (`Reset`).
pub fn color_rgb(color: Color) -> Option<Rgb> {
    let index = match color {
        Color::Reset => return None,
        Color::Rgb(r, g, b) => return Some((r, g, b)),
        Color::Indexed(i) => i,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
    };
    Some(xterm_rgb(index))
}

/// WCAG 2 relative luminance, 0 (black) to 1 (white).
pub fn luminance((r, g, b): Rgb) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG 2 contrast ratio of two colours, 1.0 to 21.0, in either order.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palette_is_xterms() {
        assert_eq!(xterm_rgb(16), (0, 0, 0));
        assert_eq!(xterm_rgb(21), (0, 0, 255));
        assert_eq!(xterm_rgb(166), (215, 95, 0));
        assert_eq!(xterm_rgb(231), (255, 255, 255));
        assert_eq!(xterm_rgb(232), (8, 8, 8));
        assert_eq!(xterm_rgb(255), (238, 238, 238));
        assert_eq!(xterm_rgb(9), (255, 0, 0));
        assert_eq!(color_rgb(Color::DarkGray), Some((127, 127, 127)));
        assert_eq!(color_rgb(Color::Reset), None);
    }

    #[test]
    fn ratios_match_the_wcag_reference_values() {
        assert!((contrast_ratio((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio((255, 255, 255), (255, 255, 255)) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic just-passing AA grey (4.54:1).
        let grey = contrast_ratio((0x76, 0x76, 0x76), (255, 255, 255));
        assert!((grey - 4.54).abs() < 0.01, "{grey}");
        assert_eq!(
            contrast_ratio((10, 20, 30), (200, 100, 50)),
            contrast_ratio((200, 100, 50), (10, 20, 30))
        );
    }
}
