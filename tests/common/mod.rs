//! Helpers shared by the screen tests: type keys into an app, draw it into a TestBackend.
#![allow(dead_code)]

pub mod sgr;
pub mod tmux;

use ratatui::backend::TestBackend;
use ratatui::Terminal;
use tandem::tui::action::Effect;
use tandem::tui::app::App;
use tandem::tui::keymap::{parse_keys, Keymap};
use tandem::tui::ui::{self, Theme};

/// A fresh directory of the test's own (tempfile), removed when the value is dropped. It reads
/// as a path (`dir.join(..)`, `&dir` where a `&Path` is wanted), so a test keeps it alive simply
/// by holding it.
pub struct Scratch(tempfile::TempDir);

impl std::ops::Deref for Scratch {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        self.0.path()
    }
}

impl AsRef<std::path::Path> for Scratch {
    fn as_ref(&self) -> &std::path::Path {
        self.0.path()
    }
}

impl AsRef<std::ffi::OsStr> for Scratch {
    fn as_ref(&self) -> &std::ffi::OsStr {
        self.0.path().as_os_str()
    }
}

/// A new [`Scratch`] directory under the system's temporary directory.
pub fn scratch() -> Scratch {
    Scratch(
        tempfile::Builder::new()
            .prefix("tandem-test-")
            .tempdir()
            .expect("make a scratch directory"),
    )
}

/// Runs the tandem binary: exit code, stdout, stderr.
///
/// The data directory (where the sample's review is kept) is an empty one of the test's own, so
/// a review saved on this machine never leaks into a test; [`tandem_with_data`] chooses it.
pub fn tandem<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> (i32, String, String) {
    let data = std::env::temp_dir().join(format!("tandem-test-data-{}", std::process::id()));
    tandem_with_data(args, &data)
}

/// [`tandem`] with `XDG_DATA_HOME` set to `data`.
pub fn tandem_with_data<S: AsRef<std::ffi::OsStr>>(
    args: &[S],
    data: &std::path::Path,
) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
        .args(args)
        .env("XDG_DATA_HOME", data)
        .output()
        .expect("run tandem");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Types `keys` (key-string syntax, e.g. "jj<C-d>") into the app; returns what the keys asked
/// of the event loop (quit, the picker ...), `Effect::None` left out.
pub fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let mut keymap = Keymap::default();
    parse_keys(keys)
        .expect("valid key string")
        .into_iter()
        .map(|key| app.handle_key(&mut keymap, key))
        .filter(|effect| *effect != Effect::None)
        .collect()
}

/// A terminal of the app's size with one frame drawn.
pub fn draw(app: &App) -> Terminal<TestBackend> {
    let area = app.view.screen.area;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    redraw(&mut terminal, app);
    terminal
}

/// Draws another frame on an existing terminal (exercises ratatui's diffing).
pub fn redraw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|frame| ui::draw(app, &Theme::new(true), frame))
        .unwrap();
}

/// The screen as lines of text, one string per row, wide cells' shadows left out.
pub fn screen_lines(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buf = terminal.backend().buffer();
    let mut lines = Vec::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            if skip > 0 {
                skip -= 1;
                continue;
            }
            line.push_str(cell.symbol());
            skip = unicode_width::UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
        }
        lines.push(line);
    }
    lines
}

/// Screen cells (x, y) of the first occurrence of `needle` in a pane's text area, one per
/// terminal cell of it (a 2-wide Telugu cluster is one cell).
pub fn positions_of(
    buf: &ratatui::buffer::Buffer,
    app: &App,
    side: tandem::core::pair::Side,
    needle: &str,
) -> Vec<(u16, u16)> {
    let area = app.view.screen.text_area(app.view.screen.panes[side]);
    for y in area.y..area.y + area.height {
        let xs: Vec<u16> = (area.x..area.x + area.width).collect();
        let mut joined = String::new();
        let mut starts = Vec::new();
        for &x in &xs {
            starts.push(joined.len());
            joined.push_str(buf[(x, y)].symbol());
        }
        if let Some(at) = joined.find(needle) {
            let end = at + needle.len();
            return xs
                .iter()
                .zip(&starts)
                .filter(|(_, &s)| s >= at && s < end)
                .map(|(&x, _)| (x, y))
                .collect();
        }
    }
    panic!("{needle:?} not on screen in the {side:?} pane");
}

/// The cells of the first occurrence of `needle` in a pane of the screen, in order.
pub fn find_cells<'b>(
    buf: &'b ratatui::buffer::Buffer,
    app: &App,
    side: tandem::core::pair::Side,
    needle: &str,
) -> Vec<&'b ratatui::buffer::Cell> {
    positions_of(buf, app, side, needle)
        .into_iter()
        .map(|p| &buf[p])
        .collect()
}
