//! The colours of a screen captured with `capture-pane -e`: each character with the SGR
//! parameters that set its foreground and background, so a test can ask "which cells are
//! tinted" or "which colour has this name" without caring how tmux grouped the sequences.

/// One character of a captured line. `fg` and `bg` are the SGR parameter text that set them
/// ("38;5;136", "48;5;17", "31"), or "" for the terminal's default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub c: char,
    pub fg: String,
    pub bg: String,
}

/// The cells of one captured line, escape sequences taken out.
pub fn cells(line: &str) -> Vec<Cell> {
    let mut out = Vec::new();
    let (mut fg, mut bg) = (String::new(), String::new());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            chars.next();
            let mut params = String::new();
            for p in chars.by_ref() {
                if p.is_ascii_alphabetic() {
                    break;
                }
                params.push(p);
            }
            apply(&params, &mut fg, &mut bg);
            continue;
        }
        out.push(Cell {
            c,
            fg: fg.clone(),
            bg: bg.clone(),
        });
    }
    out
}

/// Applies one SGR sequence's parameters (`38;5;136;1`) to the current colours.
fn apply(params: &str, fg: &mut String, bg: &mut String) {
    let parts: Vec<&str> = params.split(';').collect();
    let mut i = 0;
    while i < parts.len() {
        // 38/48 take "5;n" (256 colours) or "2;r;g;b" (true colour) after them.
        let extended = match parts.get(i + 1) {
            Some(&"5") => 3,
            Some(&"2") => 5,
            _ => 1,
        };
        let colour = || parts[i..(i + extended).min(parts.len())].join(";");
        match parts[i] {
            "" | "0" => {
                fg.clear();
                bg.clear();
            }
            "39" => fg.clear(),
            "49" => bg.clear(),
            "38" if extended > 1 => *fg = colour(),
            "48" if extended > 1 => *bg = colour(),
            p if p.len() == 2 && (p.starts_with('3') || p.starts_with('9')) => *fg = p.to_string(),
            p if p.len() == 2 && p.starts_with('4') => *bg = p.to_string(),
            _ => {}
        }
        i += if matches!(parts[i], "38" | "48") {
            extended
        } else {
            1
        };
    }
}
