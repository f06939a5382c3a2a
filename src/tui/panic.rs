//! What a crash tells the user. ratatui's panic hook restores the terminal and prints the panic
//! message; this adds, after it, one line saying the crash is a bug and where to report it, so
//! the message is not lost among the shell's scrollback as an unexplained error.

/// Where to report a crash: README's "Reporting problems" section names the tracker.
pub const REPORT_HINT: &str = "tandem crashed: this is a bug. The terminal has been restored; \
please report it with the message above in the tandem issue tracker (README, \"Reporting problems\").";

/// Wraps the current panic hook (ratatui's, after `ratatui::try_init`) so the hint is printed
/// after it has restored the terminal and printed the message.
pub fn add_report_hint() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        eprintln!("{REPORT_HINT}");
    }));
}
