//! The hostile-input fixture folder (`tests/fixtures/hostile/`, made by its `make.sh`): every
//! file either gives its one-line error (naming the file and the problem, exit code 2) or is
//! shown with no control character in any cell of the screen and none in `tandem report`.
//! Cases that cannot be committed (a directory, a file without read permission, a hostile file
//! name, a 20 MB line) are made here at test time.

use crate::common;

use common::tmux::{binary, Tmux};
use common::{draw, press, screen_lines, tandem};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::{Path, PathBuf};
use tandem::core::document::Document;
use tandem::core::open::{open_pair, OpenedPair, PairRequest};
use tandem::core::pair::Pair;
use tandem::core::text::display::is_bidi_control;
use tandem::tui::app::App;

/// What a fixture must give.
enum Expect {
    /// It opens; at 200×50 the screen shows each of these strings (the visible stand-ins).
    Shown(&'static [&'static str]),
    /// It opens with this notice.
    Noticed(&'static str),
    /// Refused with an error containing this text. `lossy`: `--lossy` opens it instead.
    Refused { problem: &'static str, lossy: bool },
}

use Expect::{Noticed, Refused, Shown};

const CASES: &[(&str, Expect)] = &[
    (
        "csi_colour.en.txt",
        Shown(&[
            "Red ␛[31mALERT␛[0m",
            "␛[2J␛[H",
            "␛[?1049l",
            "␛]0;owned title␇",
        ]),
    ),
    (
        "osc52_clipboard.en.txt",
        Shown(&["␛]52;c;ZWNobyBvd25lZA==␇", "␛]52;p;cm0gLXJmIH4=␛\\"]),
    ),
    (
        "osc8_link.en.txt",
        Shown(&["␛]8;;https://example.invalid/␛\\link text␛]8;;␛\\"]),
    ),
    (
        "escape_strings.en.txt",
        Shown(&["␛Pq#0;2;0;0;0␛\\", "␛_apc", "␛^pm", "␛Xsos", "end ␛"]),
    ),
    (
        "c1_controls.en.txt",
        Shown(&["C1 �2J csi, �osc� st,", "� ind, � pad, � apc."]),
    ),
    (
        "bel_bs_del.en.txt",
        Shown(&["Ding␇ dong", "B␈B", "Del␡ here", "␁␂␃␄␅␆␎␏␐␑␒␓␔␕␖␗␘␙␚␜␝␞␟"]),
    ),
    (
        "bidi.te.txt",
        Shown(&["⇄తిరగబడింది⇄ ⇄ఎల్⇄ ⇄ఆర్⇄ ⇄ఓవర్⇄", "⇄ఐసో⇄", "⇄అరబిక్"]),
    ),
    ("crlf.te.txt", Shown(&["బ్లింకెన్ సియోల్కు.", "ఉత్తర కొరియా."])),
    (
        "lone_cr.en.txt",
        Shown(&["Old Mac line one. Line two.", "Second paragraph."]),
    ),
    ("bom.te.txt", Shown(&["│బ్లింకెన్ సియోల్కు"])),
    ("bom_crlf.en.txt", Shown(&["│Blinken went to Seoul."])),
    (
        "tabs.te.txt",
        Shown(&["│బ్లింకెన్   సియోల్కు", "│Tabbed  English columns ."]),
    ),
    (
        "combining.en.txt",
        Shown(&["◌\u{301} lone acute", "中文 wide", "ideographic　space"]),
    ),
    ("long_line.en.txt", Shown(&["␛[31mred␛[0m"])),
    (
        "latin1.en.txt",
        Refused {
            problem: "not valid UTF-8 (first bad byte at offset 3)",
            lossy: true,
        },
    ),
    (
        "truncated.te.txt",
        Refused {
            problem: "not valid UTF-8 (first bad byte at offset 28)",
            lossy: true,
        },
    ),
    (
        "surrogate.en.txt",
        Refused {
            problem: "not valid UTF-8 (first bad byte at offset 5)",
            lossy: true,
        },
    ),
    (
        "overlong.en.txt",
        Refused {
            problem: "not valid UTF-8 (first bad byte at offset 9)",
            lossy: true,
        },
    ),
    (
        "png_header.te.txt",
        Refused {
            problem: "binary file (NUL byte at offset 8)",
            lossy: false,
        },
    ),
    (
        "nul_late.en.txt",
        Refused {
            problem: "binary file (NUL byte at offset 22)",
            lossy: false,
        },
    ),
    ("empty.te.txt", Noticed("empty.te.txt is empty")),
    (
        "blank_only.en.txt",
        Noticed("blank_only.en.txt has only blank lines"),
    ),
];

/// Terminal sizes every shown fixture is drawn at: wide, the usual, stacked, too small.
const SIZES: [(u16, u16); 4] = [(200, 50), (80, 24), (39, 16), (20, 8)];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile")
}

fn scratch(_name: &str) -> crate::common::Scratch {
    crate::common::scratch()
}

/// The one place the tests build an `App`: with its analysis, so highlights and aligned rows
/// are drawn too.
fn build_app(docs: Pair<Document>, width: u16, height: u16) -> App {
    App::analysed(docs, width, height)
}

/// The fixture with a clean article of the other language, in the right order (by its name)
/// and in the wrong one (which tandem swaps back).
fn requests(file: &Path, lossy: bool) -> [PairRequest; 2] {
    let dir = fixtures();
    let is_te = file.to_string_lossy().ends_with(".te.txt");
    let (te, en) = if is_te {
        (file.to_path_buf(), dir.join("clean.en.txt"))
    } else {
        (dir.join("clean.te.txt"), file.to_path_buf())
    };
    [
        PairRequest {
            te: Some(te.clone()),
            en: Some(en.clone()),
            lossy,
        },
        PairRequest {
            te: Some(en),
            en: Some(te),
            lossy,
        },
    ]
}

/// Fails when any cell of the screen holds a control character or a bidi control.
fn assert_no_control_cells(terminal: &Terminal<TestBackend>, what: &str) {
    let buf = terminal.backend().buffer();
    for (i, cell) in buf.content().iter().enumerate() {
        let bad: Vec<char> = cell
            .symbol()
            .chars()
            .filter(|&c| c.is_control() || is_bidi_control(c))
            .collect();
        let (x, y) = (i % buf.area.width as usize, i / buf.area.width as usize);
        assert!(bad.is_empty(), "{what}: cell ({x},{y}) holds {bad:?}");
    }
}

/// Draws the pair at every size, paging to the end, checking every frame; returns the first
/// screen at the first size.
fn render_everywhere(opened: &OpenedPair, what: &str) -> String {
    let mut first = None;
    for (w, h) in SIZES {
        let mut app = build_app(opened.docs.clone(), w, h);
        let label = format!("{what} at {w}x{h}");
        let terminal = draw(&app);
        assert_no_control_cells(&terminal, &label);
        first.get_or_insert_with(|| screen_lines(&terminal).join("\n"));
        for keys in ["<PageDown>", "<PageDown>", "<Tab>j", "G"] {
            press(&mut app, keys);
            assert_no_control_cells(&draw(&app), &format!("{label} after {keys}"));
        }
    }
    first.unwrap_or_default()
}

fn assert_no_control_text(text: &str, what: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| (c.is_control() && c != '\n') || is_bidi_control(c))
        .collect();
    assert!(
        bad.is_empty(),
        "{what}: control characters {bad:?} in\n{text}"
    );
}

/// `tandem report` in both formats: exit 0 and nothing but text and newlines on either stream.
fn assert_clean_report(te: &Path, en: &Path, lossy: bool) -> String {
    let mut stderr = String::new();
    for format in ["json", "text"] {
        let mut args = vec![
            "report".as_ref(),
            te.as_os_str(),
            en.as_os_str(),
            "--format".as_ref(),
            format.as_ref(),
        ];
        if lossy {
            args.push("--lossy".as_ref());
        }
        let (code, out, err) = tandem(&args);
        let what = format!("report {format} of {} {}", te.display(), en.display());
        assert_eq!(code, 0, "{what}: {err}");
        assert_no_control_text(&out, &what);
        assert_no_control_text(&err, &what);
        stderr = err;
    }
    stderr
}

/// An error for a bad file: exit 2, one line on stderr naming the file and the problem, from
/// both the viewer and `report`, whichever side the file is given on.
fn assert_refused(bad: &Path, problem: &str) {
    let dir = fixtures();
    let clean = [dir.join("clean.te.txt"), dir.join("clean.en.txt")];
    let name = bad.file_name().map(|n| n.to_string_lossy().into_owned());
    let name = tandem::core::text::display::sanitize_inline(&name.unwrap_or_default());
    for args in [
        vec![bad.as_os_str(), clean[1].as_os_str()],
        vec![clean[0].as_os_str(), bad.as_os_str()],
        vec!["report".as_ref(), bad.as_os_str(), clean[1].as_os_str()],
    ] {
        let (code, out, err) = tandem(&args);
        let what = format!("{args:?}");
        assert_eq!(code, 2, "{what}: {err}");
        assert!(out.is_empty(), "{what}: printed {out}");
        assert_eq!(err.lines().count(), 1, "{what}: one line: {err}");
        assert!(err.starts_with("tandem: "), "{what}: {err}");
        assert!(err.contains(&name), "{what}: does not name the file: {err}");
        assert!(err.contains(problem), "{what}: want {problem:?}: {err}");
        assert_no_control_text(&err, &what);
    }
}

#[test]
fn every_fixture_has_an_expectation() {
    let mut on_disk: Vec<String> = std::fs::read_dir(fixtures())
        .expect("fixture folder")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt") && !n.starts_with("clean."))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CASES.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "run make.sh, and list every fixture in CASES"
    );
}

#[test]
fn shown_fixtures_render_without_control_characters() {
    for (name, expect) in CASES {
        let Shown(visible) = expect else { continue };
        let path = fixtures().join(name);
        for req in requests(&path, false) {
            let opened = open_pair(&req).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(opened.docs.te.lang, tandem::Lang::Te, "{name}");
            let screen = render_everywhere(&opened, name);
            for s in *visible {
                assert!(screen.contains(s), "{name}: {s:?} not on screen:\n{screen}");
            }
        }
        let [right, _] = requests(&path, false);
        assert_clean_report(
            &right.te.unwrap_or_default(),
            &right.en.unwrap_or_default(),
            false,
        );
    }
}

#[test]
fn empty_fixtures_render_with_a_notice() {
    for (name, expect) in CASES {
        let Noticed(notice) = expect else { continue };
        let path = fixtures().join(name);
        for req in requests(&path, false) {
            let opened = open_pair(&req).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(
                opened.notices.iter().any(|n| n == notice),
                "{name}: {:?}",
                opened.notices
            );
            render_everywhere(&opened, name);
        }
        let err = assert_clean_report(&path, &fixtures().join("clean.en.txt"), false);
        assert!(err.contains(notice), "{name}: report stderr: {err}");
    }
}

#[test]
fn refused_fixtures_name_the_file_and_the_problem() {
    for (name, expect) in CASES {
        let Refused { problem, lossy } = expect else {
            continue;
        };
        let path = fixtures().join(name);
        assert_refused(&path, problem);
        if *lossy {
            for req in requests(&path, true) {
                let opened = open_pair(&req).unwrap_or_else(|e| panic!("{name} --lossy: {e}"));
                assert!(
                    opened.notices.iter().any(|n| n.contains("--lossy")),
                    "{name}: {:?}",
                    opened.notices
                );
                let screen = render_everywhere(&opened, name);
                assert!(screen.contains('\u{FFFD}'), "{name}: no U+FFFD:\n{screen}");
            }
            assert_clean_report(&path, &fixtures().join("clean.en.txt"), true);
        }
    }
}

#[test]
fn missing_file_and_directory_are_refused() {
    let dir = scratch("dir");
    let folder = dir.join("folder.te.txt");
    std::fs::create_dir_all(&folder).expect("make a directory");
    assert_refused(&folder, "is a directory, not a text file");
    assert_refused(&dir.join("missing.te.txt"), "no such file");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn file_without_read_permission_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("perm");
    let locked = dir.join("locked.te.txt");
    std::fs::write(&locked, "బ్లింకెన్\n").expect("write");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
    // Root reads it anyway; then there is no error to check.
    if std::fs::read(&locked).is_err() {
        assert_refused(&locked, "cannot read: Permission denied");
    } else {
        eprintln!("skipped: running as a user who can read a mode 000 file (root)");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn hostile_file_names_never_reach_the_terminal() {
    let dir = scratch("names");
    let evil = dir.join("evil\u{1b}]52;c;aGk=\u{7}\u{202e}.en.txt");
    std::fs::copy(fixtures().join("clean.en.txt"), &evil).expect("copy");
    let opened = open_pair(&PairRequest {
        te: Some(fixtures().join("clean.te.txt")),
        en: Some(evil.clone()),
        lossy: false,
    })
    .expect("opens");
    let screen = render_everywhere(&opened, "hostile name");
    assert!(screen.contains("evil␛]52;c;aGk=␇"), "{screen}");
    assert_clean_report(&fixtures().join("clean.te.txt"), &evil, false);
    // In an error message too.
    let missing = dir.join("gone\u{1b}[2J.te.txt");
    assert_refused(&missing, "no such file");
    let _ = std::fs::remove_dir_all(&dir);
}

/// In the release binary and a real terminal: a debug build takes tens of seconds to lay out
/// 20 MB, and what matters is that the real thing opens it, reaches its end and stays clean.
#[test]
fn twenty_megabytes_without_a_newline_render() {
    let dir = scratch("20mb");
    let big = dir.join("one-line.en.txt");
    let line = "Blinken in Seoul said North Korea \u{1b}[31mred\u{1b}[0m. ";
    std::fs::write(&big, line.repeat(20_000_000 / line.len())).expect("write 20 MB");
    let tmux = Tmux::start("20mb", 100, 30);
    tmux.run_line(&format!(
        "{} {} {}; echo exit=$?",
        binary().display(),
        fixtures().join("clean.te.txt").display(),
        big.display()
    ));
    // The pane title, not the command line (which names the file too and shows first).
    let first = tmux.wait_for("one-line.en.txt · English");
    assert!(
        first.contains("Blinken in Seoul said North Korea ␛[31mred␛[0m."),
        "{first}"
    );
    assert!(!first.contains("English · 100%"), "{first}");
    tmux.keys(&["Tab", "G"]);
    // The end of the English pane is reached (the Telugu one is short and at 100% from the start).
    let end = tmux.wait_for("English · 100%");
    for screen in [&first, &end] {
        let bad: Vec<char> = screen
            .chars()
            .filter(|&c| c.is_control() && c != '\n')
            .collect();
        assert!(bad.is_empty(), "control characters on screen: {bad:?}");
    }
    assert!(
        !tmux.capture_styled().contains("\u{1b}[31m"),
        "the document set a colour"
    );
    tmux.keys(&["q"]);
    tmux.wait_for("exit=0");
    let _ = std::fs::remove_dir_all(&dir);
}
