//! Keeping mapped files from changing under the reader: a process-wide table of tandem's file
//! mappings and the two signal handlers that look after them.
//!
//! A mapped file that another program truncates or rewrites in place would change bytes the
//! reader holds as a `&str` (already validated UTF-8, sliced at character boundaries all over
//! the viewer), and a truncation turns every read past the new end into SIGBUS. Neither is
//! acceptable, so a file is mapped only under a Linux read lease (`F_SETLEASE`, `F_RDLCK`):
//! the kernel then holds back any `open` for writing and any `truncate` of the file and sends
//! SIGIO first. [`on_lease_break`] answers it: it copies the mapping into anonymous memory and
//! moves that copy over the very same addresses in one `mremap` (so every `&str` into the text
//! stays valid and reads the same bytes), then gives the lease up and the writer goes on. The
//! text on screen is the text that was validated; the file watcher then sees the write and
//! reloads as for any change.
//!
//! A lease is only a promise for as long as tandem answers within the kernel's
//! `lease-break-time` (45 s by default); if the copy cannot be made (no memory) or the device
//! fails, a read of the mapping can still raise SIGBUS. [`on_bus_error`] is the last resort:
//! when the faulting address lies in one of the mappings of the table it maps a page of zeros
//! over the faulting page and returns, so the read is retried and sees NUL bytes instead of
//! killing the process; the mapping is marked damaged, which the viewer takes as a change (it
//! reloads the file). Any other SIGBUS is given back to the handler that was there before
//! (Rust's own, or the default action) by putting it back and returning, so the fault repeats
//! under it.
//!
//! Everything a handler touches is a fixed array of atomics and raw system calls (`fcntl`,
//! `mmap`, `mremap`, `memcpy`), all async-signal-safe; no allocation, no lock.

use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU8, AtomicUsize, Ordering};
use std::sync::Once;

/// How many mappings can be looked after at once; a file beyond that is read into memory
/// instead. The viewer holds two, a corpus report two per worker thread.
const SLOTS: usize = 256;

/// A slot's life: `FREE` → `CLAIMED` (being filled or emptied, ignored by the handlers) →
/// `LEASED` (mapped under a lease) → `COPYING` (a handler is copying it) → `PRIVATE` (a copy in
/// anonymous memory; the lease is given up) → `CLAIMED` → `FREE`.
const FREE: u8 = 0;
const CLAIMED: u8 = 1;
const LEASED: u8 = 2;
const COPYING: u8 = 3;
const PRIVATE: u8 = 4;

struct Slot {
    state: AtomicU8,
    /// Page-aligned start and length (a whole number of pages) of the mapping.
    addr: AtomicUsize,
    len: AtomicUsize,
    /// The file descriptor the lease is held on.
    fd: AtomicI32,
    /// A SIGBUS was answered with zero pages in this mapping.
    damaged: AtomicBool,
    /// The mapping is a copy made because the file was about to change (not by
    /// [`copy_all`]); set once the copy is in place, before the lease is given up.
    broken: AtomicBool,
}

impl Slot {
    const fn new() -> Slot {
        Slot {
            state: AtomicU8::new(FREE),
            addr: AtomicUsize::new(0),
            len: AtomicUsize::new(0),
            fd: AtomicI32::new(-1),
            damaged: AtomicBool::new(false),
            broken: AtomicBool::new(false),
        }
    }
}

static TABLE: [Slot; SLOTS] = [const { Slot::new() }; SLOTS];

/// Bumped each time a mapping is copied because its file was about to change, or damaged: one
/// load tells the viewer whether to look at its documents.
static CHANGES: AtomicUsize = AtomicUsize::new(0);

/// The system's page size, read once before any handler can run (`sysconf` is not
/// async-signal-safe).
static PAGE: AtomicUsize = AtomicUsize::new(4096);

static INSTALL: Once = Once::new();
static INSTALLED: AtomicBool = AtomicBool::new(false);

/// The SIGBUS action found when ours was installed, put back for faults that are not ours.
struct SavedAction(std::cell::UnsafeCell<libc::sigaction>);
// SAFETY: written once inside `INSTALL` before our SIGBUS handler is installed, only read after.
unsafe impl Sync for SavedAction {}
// SAFETY: an all-zero `sigaction` is a valid value (SIG_DFL, empty mask, no flags).
static OLD_BUS: SavedAction =
    SavedAction(std::cell::UnsafeCell::new(unsafe { std::mem::zeroed() }));

/// What one mapping's slot says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    /// The file was about to change and the mapping was replaced by a private copy.
    pub copied: bool,
    /// A read faulted (SIGBUS) and got zero pages: the text is no longer what was validated.
    pub damaged: bool,
}

/// The number of changes seen so far (copies and damaged mappings); compare two readings.
pub fn changes() -> usize {
    CHANGES.load(Ordering::Acquire)
}

/// The page size, rounded lengths are multiples of it.
pub fn page_size() -> usize {
    PAGE.load(Ordering::Relaxed)
}

/// Installs the SIGIO and SIGBUS handlers, once per process. False when they could not be
/// installed: then nothing may be mapped.
pub fn install() -> bool {
    INSTALL.call_once(|| {
        // SAFETY: `sysconf` and `sigaction` with valid, zero-initialised then filled structs.
        // OLD_BUS is written here, before our SIGBUS handler exists, and only read by it.
        unsafe {
            let page = libc::sysconf(libc::_SC_PAGESIZE);
            if page > 0 {
                PAGE.store(page as usize, Ordering::Relaxed);
            }
            let mut io: libc::sigaction = std::mem::zeroed();
            io.sa_sigaction = on_lease_break as *const () as usize;
            io.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART;
            libc::sigemptyset(&mut io.sa_mask);
            if libc::sigaction(libc::SIGIO, &io, std::ptr::null_mut()) != 0 {
                return;
            }
            let mut bus: libc::sigaction = std::mem::zeroed();
            bus.sa_sigaction = on_bus_error as *const () as usize;
            bus.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART | libc::SA_ONSTACK;
            libc::sigemptyset(&mut bus.sa_mask);
            if libc::sigaction(libc::SIGBUS, &bus, OLD_BUS.0.get()) != 0 {
                return;
            }
        }
        INSTALLED.store(true, Ordering::Release);
    });
    INSTALLED.load(Ordering::Acquire)
}

/// Enters a mapping (`addr` page-aligned, `len` bytes) whose file `fd` holds a read lease.
/// `None` when the table is full. Checks at once for a lease break that came before the entry
/// was there to be found.
pub fn register(addr: usize, len: usize, fd: i32) -> Option<usize> {
    let page = page_size();
    let len = len.div_ceil(page) * page;
    let slot = TABLE.iter().position(|s| {
        s.state
            .compare_exchange(FREE, CLAIMED, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
    })?;
    let s = &TABLE[slot];
    s.addr.store(addr, Ordering::Relaxed);
    s.len.store(len, Ordering::Relaxed);
    s.fd.store(fd, Ordering::Relaxed);
    s.damaged.store(false, Ordering::Relaxed);
    s.broken.store(false, Ordering::Relaxed);
    s.state.store(LEASED, Ordering::Release);
    answer_breaks();
    Some(slot)
}

/// Takes a mapping out of the table before it is unmapped and its file closed; waits for a
/// handler that is copying it on another thread.
pub fn unregister(slot: usize) {
    let s = &TABLE[slot];
    loop {
        let now = s.state.load(Ordering::Acquire);
        if now == COPYING {
            std::thread::yield_now();
            continue;
        }
        if s.state
            .compare_exchange(now, CLAIMED, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
        {
            break;
        }
    }
    s.fd.store(-1, Ordering::Relaxed);
    s.state.store(FREE, Ordering::Release);
}

/// What became of the mapping in `slot` (registered by the caller, so not reused meanwhile).
pub fn status(slot: usize) -> Status {
    let s = &TABLE[slot];
    Status {
        copied: s.broken.load(Ordering::Acquire),
        damaged: s.damaged.load(Ordering::Acquire),
    }
}

/// SIGIO: some lease is being broken (SIGIO is not queued, so two breaks may come as one
/// signal: every leased mapping is looked at).
extern "C" fn on_lease_break(_: libc::c_int, _: *mut libc::siginfo_t, _: *mut libc::c_void) {
    // SAFETY: errno is thread-local; saved and put back so the interrupted code never sees it
    // changed by the handler.
    let errno = unsafe { *libc::__errno_location() };
    answer_breaks();
    // SAFETY: as above.
    unsafe { *libc::__errno_location() = errno };
}

/// Copies every leased mapping whose lease is being broken and gives its lease up.
///
/// Races with [`unregister`] on another thread are benign: the state is read, then the
/// descriptor asked, and a slot freed in between may have its (closed, perhaps reused)
/// descriptor asked. The answer then only decides whether to try the CAS; [`let_go`] reads the
/// descriptor again under COPYING, when it is known to be the slot's and open. The worst case
/// is a mapping copied although its file was not about to change: still the same bytes.
fn answer_breaks() {
    for s in &TABLE {
        if s.state.load(Ordering::Acquire) != LEASED {
            continue;
        }
        let fd = s.fd.load(Ordering::Relaxed);
        // SAFETY: the descriptor stays open while its slot is LEASED (closed only after
        // `unregister`). F_GETLEASE says F_UNLCK once a break of our read lease is pending.
        if unsafe { libc::fcntl(fd, libc::F_GETLEASE) } == libc::F_UNLCK {
            let_go(s, true);
        }
    }
}

/// Makes every leased mapping a private copy and gives its lease up, before the process stops
/// (SIGTSTP): a stopped process cannot answer a lease break, and a writer would wait for the
/// kernel's lease-break-time, then change the file under the mapping.
pub fn copy_all() {
    for s in &TABLE {
        if s.state.load(Ordering::Acquire) == LEASED {
            let_go(s, false);
        }
    }
}

/// Copies the mapping of a LEASED slot and gives its lease up; `broken`: because the file is
/// about to change (counted in [`changes`]).
fn let_go(s: &Slot, broken: bool) {
    if s.state
        .compare_exchange(LEASED, COPYING, Ordering::AcqRel, Ordering::Relaxed)
        .is_err()
    {
        return;
    }
    let fd = s.fd.load(Ordering::Relaxed);
    let (addr, len) = (
        s.addr.load(Ordering::Relaxed),
        s.len.load(Ordering::Relaxed),
    );
    // SAFETY: `addr..addr + len` is our mapping, kept mapped while the slot is not FREE; the
    // file is unchanged while the lease is held (a writer waits for us).
    if unsafe { copy_in_place(addr, len) } {
        // Said before the lease goes, so that whoever waits for the writer to finish sees it;
        // the slot stays COPYING until then (`unregister` waits, the descriptor stays open).
        if broken {
            s.broken.store(true, Ordering::Release);
            CHANGES.fetch_add(1, Ordering::AcqRel);
        }
        // SAFETY: the descriptor stays open while the slot is not FREE.
        unsafe { libc::fcntl(fd, libc::F_SETLEASE, libc::F_UNLCK) };
        s.state.store(PRIVATE, Ordering::Release);
    } else {
        // No memory for the copy: keep the lease (a writer waits until the kernel's
        // lease-break-time) and leave any later fault to `on_bus_error`.
        s.state.store(LEASED, Ordering::Release);
    }
}

/// Replaces the mapping at `addr` (`len` bytes, whole pages) by an anonymous copy of what it
/// holds, at the same addresses. False when no memory could be had for the copy.
///
/// # Safety
/// `addr..addr + len` must be a mapping of ours that nothing unmaps meanwhile.
unsafe fn copy_in_place(addr: usize, len: usize) -> bool {
    let copy = libc::mmap(
        std::ptr::null_mut(),
        len,
        libc::PROT_READ | libc::PROT_WRITE,
        libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
        -1,
        0,
    );
    if copy == libc::MAP_FAILED {
        return false;
    }
    std::ptr::copy_nonoverlapping(addr as *const u8, copy as *mut u8, len);
    libc::mprotect(copy, len, libc::PROT_READ);
    // One step: readers on other threads see the file's pages or the copy's, never a hole.
    let moved = libc::mremap(
        copy,
        len,
        len,
        libc::MREMAP_MAYMOVE | libc::MREMAP_FIXED,
        addr as *mut libc::c_void,
    );
    if moved == libc::MAP_FAILED {
        libc::munmap(copy, len);
        return false;
    }
    true
}

/// SIGBUS: zero pages over a faulting page of one of our mappings; anything else goes to the
/// action that was there before.
extern "C" fn on_bus_error(_: libc::c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
    // SAFETY: the kernel hands a valid siginfo to an SA_SIGINFO handler; errno is saved and
    // put back as in `on_lease_break`.
    let (at, errno) = unsafe { ((*info).si_addr() as usize, *libc::__errno_location()) };
    let page = page_size();
    for s in &TABLE {
        let state = s.state.load(Ordering::Acquire);
        if !matches!(state, LEASED | COPYING | PRIVATE) {
            continue;
        }
        let (addr, len) = (
            s.addr.load(Ordering::Relaxed),
            s.len.load(Ordering::Relaxed),
        );
        if at < addr || at >= addr + len {
            continue;
        }
        let start = at & !(page - 1);
        // SAFETY: the page lies inside our own mapping, which is replaced, not extended.
        let zeros = unsafe {
            libc::mmap(
                start as *mut libc::c_void,
                page,
                libc::PROT_READ,
                libc::MAP_FIXED | libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if zeros != libc::MAP_FAILED {
            s.damaged.store(true, Ordering::Release);
            CHANGES.fetch_add(1, Ordering::AcqRel);
            // SAFETY: as above.
            unsafe { *libc::__errno_location() = errno };
            return;
        }
        break;
    }
    // SAFETY: OLD_BUS was filled by `install` before this handler existed. Returning re-runs
    // the faulting instruction under the old action.
    unsafe { libc::sigaction(libc::SIGBUS, OLD_BUS.0.get(), std::ptr::null_mut()) };
}
