//! Mapping one regular file under a read lease, entered in the guard's table (see
//! [`super::guard`] for why the lease makes the mapping safe to hold as text).

use super::guard;
use std::fs::File;

/// A file mapped read-only, its lease held and its mapping looked after by the guard until it
/// is dropped. The bytes never change while it lives: they are the file's as they were when
/// mapped, or (once the file was about to change) a private copy of them at the same address.
pub struct MappedFile {
    /// Index in the guard's table; taken out before the mapping and the file go.
    slot: usize,
    map: memmap2::Mmap,
    /// Holds the lease: closing it gives the lease up.
    _file: File,
}

impl std::fmt::Debug for MappedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MappedFile")
            .field("len", &self.map.len())
            .field("status", &self.status())
            .finish()
    }
}

impl MappedFile {
    /// Maps `file` (open for reading, a regular file). Gives the file back when it cannot be
    /// mapped safely: no lease (not our file, or someone has it open for writing, or a file
    /// system without leases), an empty file, a full table, a failed `mmap`. The caller then
    /// reads it the ordinary way.
    pub fn new(file: File) -> Result<MappedFile, File> {
        use std::os::unix::io::AsRawFd;
        if !guard::install() {
            return Err(file);
        }
        let fd = file.as_raw_fd();
        // SAFETY: fcntl on a descriptor we own.
        if unsafe { libc::fcntl(fd, libc::F_SETLEASE, libc::F_RDLCK) } != 0 {
            return Err(file);
        }
        // The break is signalled to the lease's owner, which `F_SETLEASE` made this thread:
        // a loading thread that has ended by then would never hear of it (and the writer would
        // wait out the kernel's lease-break-time). The whole process owns it instead.
        // SAFETY: fcntl on a descriptor we own; getpid cannot fail.
        if unsafe { libc::fcntl(fd, libc::F_SETOWN, libc::getpid()) } != 0 {
            return Err(release(file));
        }
        // The size once the lease holds: from now on nobody truncates or writes it unnoticed.
        let len = match file.metadata() {
            Ok(m) if m.len() > 0 && m.len() <= crate::core::document::MAX_BYTES => m.len(),
            _ => return Err(release(file)),
        };
        // SAFETY: the lease keeps the file from being written or truncated without our handler
        // copying the mapping first (guard module); a failing device is answered by the SIGBUS
        // handler. The length is the file's under the lease.
        let map = match unsafe { memmap2::MmapOptions::new().len(len as usize).map(&file) } {
            Ok(m) => m,
            Err(_) => return Err(release(file)),
        };
        let Some(slot) = guard::register(map.as_ptr() as usize, map.len(), fd) else {
            drop(map);
            return Err(release(file));
        };
        Ok(MappedFile {
            slot,
            map,
            _file: file,
        })
    }

    pub fn bytes(&self) -> &[u8] {
        &self.map
    }

    /// Whether the file was about to change (and the mapping became a copy), or a read
    /// faulted.
    pub fn status(&self) -> guard::Status {
        guard::status(self.slot)
    }
}

impl Drop for MappedFile {
    fn drop(&mut self) {
        // Out of the table before `map` (unmapped) and `_file` (closed) are dropped, in that
        // order, after this.
        guard::unregister(self.slot);
    }
}

/// Gives the lease on `file` up (the file is then read without one).
fn release(file: File) -> File {
    use std::os::unix::io::AsRawFd;
    // SAFETY: fcntl on a descriptor we own.
    unsafe { libc::fcntl(file.as_raw_fd(), libc::F_SETLEASE, libc::F_UNLCK) };
    file
}
