//! Drives the real binary in tmux: send keys, read the screen, measure it as the
//! terminal does (glibc wcwidth, which tmux uses).
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How long a test waits for a screen or a program before it fails.
const WAIT_LIMIT: Duration = Duration::from_secs(60);

/// The tandem binary Cargo built for this test run: the e2e tests run what users run, and
/// starting a second `cargo build` from inside the tests would race the outer one.
pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tandem"))
}

/// A fresh folder holding the sample as story.te.txt and story.en.txt (so a review file goes
/// beside them), and the shell command that opens it with [`binary`].
pub fn sample_story() -> (super::Scratch, String) {
    let dir = super::scratch();
    let assets = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");
    for side in ["te", "en"] {
        std::fs::copy(
            format!("{assets}/sample.{side}.txt"),
            dir.join(format!("story.{side}.txt")),
        )
        .expect("copy the sample");
    }
    let command = format!(
        "cd {} && {} story.te.txt story.en.txt",
        dir.display(),
        binary().display()
    );
    (dir, command)
}

/// Whether tmux is installed (CI installs it; .ci/run does).
pub fn have_tmux() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A private tmux server with one window running a shell. At most [`AT_ONCE`] exist at a time
/// per test process: the end-to-end tests mostly wait for the screen, so several side by side
/// cut the suite's time (42 s with two, 24 s with four on 2 cores), while more than the test
/// threads (`.cargo/config.toml`) would only queue.
pub struct Tmux {
    socket: String,
    _turn: Turn,
}

/// How many tmux sessions the end-to-end tests run side by side.
const AT_ONCE: usize = 4;

/// Sessions running now, and the condition a test waits on for its turn.
static RUNNING: (std::sync::Mutex<usize>, std::sync::Condvar) =
    (std::sync::Mutex::new(0), std::sync::Condvar::new());

/// A test's turn to run a session: taken in [`Turn::take`], given back when dropped.
struct Turn;

impl Turn {
    fn take() -> Turn {
        let (count, freed) = &RUNNING;
        let mut running = count.lock().unwrap_or_else(|e| e.into_inner());
        while *running >= AT_ONCE {
            running = freed.wait(running).unwrap_or_else(|e| e.into_inner());
        }
        *running += 1;
        Turn
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        let (count, freed) = &RUNNING;
        let mut running = count.lock().unwrap_or_else(|e| e.into_inner());
        *running -= 1;
        freed.notify_one();
    }
}

impl Tmux {
    /// Starts the server. The end-to-end tests need tmux: without it they fail rather than pass
    /// unseen (`.ci/run` installs it).
    pub fn start(name: &str, width: u16, height: u16) -> Tmux {
        assert!(
            have_tmux(),
            "tmux is required for the end-to-end tests (.ci/run installs it)"
        );
        let turn = Turn::take();
        let socket = format!("tandem-e2e-{}-{name}", std::process::id());
        let t = Tmux {
            socket,
            _turn: turn,
        };
        t.cmd(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            "env",
            "-i",
            "PATH=/usr/bin:/bin",
            "LANG=C.UTF-8",
            "TERM=tmux-256color",
            "PS1=$ ",
            "sh",
        ]);
        t.cmd(&["set-option", "-g", "status", "off"]);
        t.resize(width, height);
        // Type nothing before the shell's first prompt: on a loaded machine the typed command
        // would echo before the prompt, and "$ " (what tests wait for after quitting) would
        // then only appear at the end of a line, where capture-pane trims the space.
        t.wait_for("$");
        t
    }

    fn cmd(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-u")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .expect("run tmux");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Types a shell command line and presses Enter.
    pub fn run_line(&self, line: &str) {
        self.cmd(&["send-keys", "-t", "e2e", "-l", line]);
        self.cmd(&["send-keys", "-t", "e2e", "Enter"]);
    }

    /// Writes `bytes` to the program in the pane as if the terminal had sent them (escape
    /// sequences such as a mouse report included), as hex so tmux reads no key names in them.
    pub fn send_bytes(&self, bytes: &[u8]) {
        let hex: Vec<String> = bytes.iter().map(|b| format!("{b:02x}")).collect();
        let mut args = vec!["send-keys", "-t", "e2e", "-H"];
        args.extend(hex.iter().map(String::as_str));
        self.cmd(&args);
    }

    /// A tmux format expanded for the pane, e.g. "#{mouse_sgr_flag}" (the modes the program in
    /// it has turned on).
    pub fn pane_format(&self, format: &str) -> String {
        self.cmd(&["display-message", "-p", "-t", "e2e", format])
            .trim_end()
            .to_string()
    }

    /// Sends tmux key names ("j", "C-d", "PageDown", "q").
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }

    pub fn resize(&self, width: u16, height: u16) {
        self.cmd(&[
            "resize-window",
            "-t",
            "e2e",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
        ]);
    }

    /// The screen as text.
    pub fn capture(&self) -> String {
        self.cmd(&["capture-pane", "-p", "-t", "e2e"])
    }

    /// The screen with colours as escape sequences.
    pub fn capture_styled(&self) -> String {
        self.cmd(&["capture-pane", "-p", "-e", "-t", "e2e"])
    }

    /// Waits until the screen holds `needle` and then stays the same for 150 ms; returns it.
    pub fn wait_for(&self, needle: &str) -> String {
        self.wait_until(|screen| screen.contains(needle), needle)
    }

    /// Waits until the screen holds `needle`, at most `secs` seconds; `None` if it never did.
    pub fn wait_within(&self, needle: &str, secs: u64) -> Option<String> {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            std::thread::sleep(Duration::from_millis(50));
            let now = self.capture();
            if now.contains(needle) {
                return Some(now);
            }
            if Instant::now() > deadline {
                return None;
            }
        }
    }

    /// Pastes `text` into the pane as a terminal pastes it: bracketed (`ESC [200~ … ESC [201~`)
    /// when the program asked for bracketed paste, as plain typed text otherwise. tmux turns
    /// the newlines into carriage returns, as terminals do.
    pub fn paste(&self, text: &str) {
        let file = std::env::temp_dir().join(format!("{}.paste", self.socket));
        std::fs::write(&file, text).expect("write the paste buffer");
        let path = file.display().to_string();
        self.cmd(&["load-buffer", "-b", "e2e-paste", &path]);
        self.cmd(&["paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", "e2e"]);
        let _ = std::fs::remove_file(file);
    }

    /// Waits until the program started from the shell has ended and the shell is in front
    /// again: a line typed before that would reach the program, not the shell.
    pub fn wait_for_shell(&self) {
        let deadline = Instant::now() + WAIT_LIMIT;
        while self.pane_format("#{pane_current_command}") != "sh" {
            assert!(
                Instant::now() < deadline,
                "the program did not end; screen:\n{}",
                self.capture()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the screen is no longer `before` (and then settles); returns it.
    pub fn wait_change(&self, before: &str) -> String {
        self.wait_until(|screen| screen != before, "a change")
    }

    fn wait_until(&self, ready: impl Fn(&str) -> bool, what: &str) -> String {
        let deadline = Instant::now() + WAIT_LIMIT;
        let mut last = String::new();
        let mut stable = 0;
        loop {
            std::thread::sleep(Duration::from_millis(50));
            let now = self.capture();
            stable = if now == last { stable + 1 } else { 0 };
            if ready(&now) && stable >= 3 {
                return now;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}; screen:\n{now}"
            );
            last = now;
        }
    }

    /// Waits until the screen stops changing.
    pub fn settle(&self) -> String {
        self.wait_for("")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
    }
}

extern "C" {
    fn wcwidth(c: i32) -> i32;
    fn setlocale(category: i32, locale: *const std::ffi::c_char) -> *mut std::ffi::c_char;
}

/// Column width of a character as glibc (and so tmux) counts it.
pub fn glibc_width(c: char) -> usize {
    static INIT: OnceLock<()> = OnceLock::new();
    INIT.get_or_init(|| {
        // LC_ALL is 6 in glibc.
        let ok = unsafe { setlocale(6, c"C.UTF-8".as_ptr()) };
        assert!(!ok.is_null(), "C.UTF-8 locale missing");
    });
    unsafe { wcwidth(c as i32) }.max(0) as usize
}

/// The screen columns at which each of `chars` appears in `line`.
pub fn columns_of(line: &str, chars: &[char]) -> Vec<usize> {
    let mut col = 0;
    let mut found = Vec::new();
    for c in line.chars() {
        if chars.contains(&c) {
            found.push(col);
        }
        col += glibc_width(c);
    }
    found
}
