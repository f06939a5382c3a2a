//! Allocator tuning for big articles.
//!
//! The analysis of a 50 MB pair builds and drops lists of millions of entries (tokens,
//! candidates). glibc's malloc raises its mmap threshold each time such a block is freed, so
//! later big blocks come from the heap and, once freed, stay in the process's resident memory. A
//! fixed threshold keeps every block over 1 MiB in its own mapping, returned to the system when
//! freed: measured on the 50 MB pair, resident memory after the analysis falls from 147 to
//! 123 MiB and the peak from 158 to 153 MiB. Small allocations are unaffected.

/// Blocks at least this big get their own mapping.
const MMAP_THRESHOLD: i32 = 1 << 20;

/// Applies the tuning; call once, before the big allocations.
pub fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes a malloc parameter; it is called before other threads start.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
    }
}
