//! Signals while the viewer runs: the ones that end it (SIGTERM, SIGHUP, SIGINT, SIGQUIT,
//! SIGUSR1, SIGALRM) and SIGTSTP, which stops it.
//!
//! Their default action kills the process on the spot, leaving the terminal in raw mode on the
//! alternate screen and the review file unsaved. While the viewer runs, a signal only records
//! itself in a flag; the event loop polls input with a short timeout, sees the flag and leaves
//! through its normal exit path, so the terminal is restored and the review file flushed exactly
//! as on `q`. The process then exits with status 128 + the signal number, the shell convention,
//! so a script that stopped tandem can tell it did not end by a user's `q`.
//!
//! A second signal while the first is still being handled ends the process at once (same
//! status): the way out when tandem is stuck, at the price of the terminal state.
//!
//! In raw mode Ctrl-C reaches tandem as a key, not as SIGINT; SIGINT here comes from `kill`.
//!
//! SIGTSTP (`kill -TSTP`; Ctrl-Z is a key in raw mode and asks for the same) also only sets a
//! flag: the event loop gives the terminal back before it stops the process, and takes it
//! again when it continues (`terminal::suspend`).

use signal_hook::consts::{SIGALRM, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP, SIGUSR1};
use signal_hook::SigId;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

/// The signals that end the viewer (their default action ends the process too, SIGQUIT's with
/// a core dump, which a viewer has no use for).
pub const STOP_SIGNALS: [i32; 6] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGALRM];

/// Handlers for [`STOP_SIGNALS`], registered while this value lives; dropping it puts the
/// default actions back.
#[derive(Debug)]
pub struct Signals {
    /// The number of the last signal received, 0 for none.
    caught: Arc<AtomicUsize>,
    /// SIGTSTP arrived and the viewer has not stopped for it yet.
    suspend: Arc<AtomicBool>,
    /// Set by the first signal: a second one ends the process at once.
    armed: Arc<AtomicBool>,
    ids: Vec<SigId>,
}

impl Signals {
    /// Registers the handlers.
    pub fn register() -> std::io::Result<Signals> {
        let caught = Arc::new(AtomicUsize::new(0));
        let armed = Arc::new(AtomicBool::new(false));
        let suspend = Arc::new(AtomicBool::new(false));
        let mut signals = Signals {
            caught: Arc::clone(&caught),
            suspend: Arc::clone(&suspend),
            armed: Arc::clone(&armed),
            ids: Vec::new(),
        };
        signals
            .ids
            .push(signal_hook::flag::register(SIGTSTP, suspend)?);
        for sig in STOP_SIGNALS {
            // Order matters: the shutdown check runs before the flag is set, so only a second
            // signal finds it set.
            signals
                .ids
                .push(signal_hook::flag::register_conditional_shutdown(
                    sig,
                    exit_code(sig),
                    Arc::clone(&armed),
                )?);
            signals
                .ids
                .push(signal_hook::flag::register(sig, Arc::clone(&armed))?);
            let value = usize::try_from(sig).unwrap_or(usize::MAX);
            signals.ids.push(signal_hook::flag::register_usize(
                sig,
                Arc::clone(&caught),
                value,
            )?);
        }
        Ok(signals)
    }

    /// Whether SIGTSTP arrived since the last call: the viewer should stop now.
    pub fn take_suspend(&self) -> bool {
        self.suspend.swap(false, Ordering::SeqCst)
    }

    /// Forgets a SIGINT received while another program had the terminal (`v`): Ctrl-C typed
    /// to an editor that does not take the terminal raw (`code --wait`) reaches the whole
    /// foreground process group, tandem too, and was meant for the editor. Other signals stay.
    pub fn forget_interrupt(&self) {
        let int = usize::try_from(SIGINT).unwrap_or(usize::MAX);
        if self
            .caught
            .compare_exchange(int, 0, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            self.armed.store(false, Ordering::SeqCst);
        }
    }

    /// The signal received since registration, if any.
    pub fn caught(&self) -> Option<i32> {
        match self.caught.load(Ordering::SeqCst) {
            0 => None,
            n => Some(i32::try_from(n).unwrap_or(i32::MAX)),
        }
    }
}

impl Drop for Signals {
    fn drop(&mut self) {
        for id in self.ids.drain(..) {
            signal_hook::low_level::unregister(id);
        }
    }
}

/// The exit status for a process stopped by `sig`: 128 + its number, as shells report it.
pub fn exit_code(sig: i32) -> i32 {
    128 + sig
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raised_signal_is_caught_and_handlers_go_away_on_drop() -> std::io::Result<()> {
        // SIGHUP: the test harness does not use it. Raising it without a handler would kill
        // the test process, so this also checks that the handler really is installed.
        let signals = Signals::register()?;
        assert_eq!(signals.caught(), None);
        signal_hook::low_level::raise(SIGHUP)?;
        assert_eq!(signals.caught(), Some(SIGHUP));
        drop(signals);
        let again = Signals::register()?;
        assert_eq!(again.caught(), None, "a new registration starts clean");
        // SIGTSTP only sets its flag: the process is not stopped.
        signal_hook::low_level::raise(SIGTSTP)?;
        assert!(again.take_suspend());
        assert!(!again.take_suspend(), "taken once");
        assert_eq!(again.caught(), None);
        Ok(())
    }

    #[test]
    fn an_interrupt_for_the_editor_is_forgotten_and_others_are_not() -> std::io::Result<()> {
        let signals = Signals::register()?;
        signals.caught.store(SIGINT as usize, Ordering::SeqCst);
        signals.armed.store(true, Ordering::SeqCst);
        signals.forget_interrupt();
        assert_eq!(signals.caught(), None);
        assert!(!signals.armed.load(Ordering::SeqCst));
        signals.caught.store(SIGTERM as usize, Ordering::SeqCst);
        signals.forget_interrupt();
        assert_eq!(signals.caught(), Some(SIGTERM));
        Ok(())
    }

    #[test]
    fn exit_codes_follow_the_shell_convention() {
        assert_eq!(exit_code(SIGTERM), 143);
        assert_eq!(exit_code(SIGHUP), 129);
        assert_eq!(exit_code(SIGINT), 130);
        assert_eq!(exit_code(SIGQUIT), 131);
        assert_eq!(exit_code(SIGUSR1), 138);
        assert_eq!(exit_code(SIGALRM), 142);
    }
}
