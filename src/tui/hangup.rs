//! Leaving when the terminal is gone. When a terminal closes under a running viewer (an ssh link
//! drops, a tmux server is killed) and no SIGHUP arrives, crossterm's input poll spins forever
//! on the dead tty without returning (crossterm-rs/crossterm#793), so the event loop never runs
//! again. A watcher thread asks the kernel now and then whether the terminal has hung up
//! (`POLLHUP` on standard input or output); then the process ends, as for SIGHUP. Nothing is
//! lost: the review file is saved after every change.

use std::thread;
use std::time::Duration;

/// How often the watcher looks.
const EVERY: Duration = Duration::from_millis(250);

/// Exit status for a vanished terminal: as for SIGHUP.
const HANGUP_EXIT: i32 = 128 + libc::SIGHUP;

/// Starts the watcher (once per process; the viewer runs once).
pub fn watch() {
    // Only descriptors that are terminals now: a closed pipe on stdin (`cmd | tandem a b`, where
    // crossterm reads keys from /dev/tty) is no reason to leave.
    use std::io::IsTerminal;
    let ttys: Vec<i32> = [
        (0, std::io::stdin().is_terminal()),
        (1, std::io::stdout().is_terminal()),
    ]
    .into_iter()
    .filter_map(|(fd, tty)| tty.then_some(fd))
    .collect();
    if ttys.is_empty() {
        return;
    }
    let _ = thread::Builder::new()
        .name("hangup-watch".into())
        .spawn(move || loop {
            thread::sleep(EVERY);
            if hung_up(&ttys) {
                std::process::exit(HANGUP_EXIT);
            }
        });
}

/// True when one of the terminal descriptors reports a hang-up or an error: the terminal is gone.
fn hung_up(ttys: &[i32]) -> bool {
    let mut fds: Vec<libc::pollfd> = ttys
        .iter()
        .map(|&fd| libc::pollfd {
            fd,
            events: 0,
            revents: 0,
        })
        .collect();
    // SAFETY: `fds` is a valid array of pollfd for the duration of the call; a zero timeout
    // never blocks. poll only writes `revents`.
    let ready = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, 0) };
    ready > 0
        && fds
            .iter()
            .any(|p| p.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0)
}
