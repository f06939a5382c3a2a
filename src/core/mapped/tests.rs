//! The guard's two answers, each on a real mapping: a lease break (another process truncates
//! the file) leaves the same bytes at the same address; a SIGBUS in a mapping without a lease
//! gives zero pages instead of killing the test program.

use super::guard;
use super::MappedFile;
use std::io::Write;
use std::process::Command;

/// The guard's table is the process's: `copy_all` in one test would copy another test's
/// mapping. The tests of this module take turns.
static TURN: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn turn() -> std::sync::MutexGuard<'static, ()> {
    TURN.lock().unwrap_or_else(|e| e.into_inner())
}

fn scratch_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("scratch dir");
    let path = dir.path().join(name);
    let mut f = std::fs::File::create(&path).expect("create");
    f.write_all(bytes).expect("write");
    (dir, path)
}

fn content(len: usize) -> Vec<u8> {
    (0..len).map(|i| b'a' + (i % 26) as u8).collect()
}

#[test]
fn a_truncation_by_another_process_leaves_a_private_copy() {
    let _turn = turn();
    let bytes = content(3 * guard::page_size() + 17);
    let (_dir, path) = scratch_file("leased.txt", &bytes);
    let file = std::fs::File::open(&path).expect("open");
    let Ok(map) = MappedFile::new(file) else {
        panic!("a file of our own on a local file system can be leased and mapped");
    };
    let at = map.bytes().as_ptr();
    assert!(!map.status().copied);
    // The shell opens the file for writing (O_TRUNC): the kernel holds the open until our SIGIO
    // handler has copied the mapping and given the lease up.
    let status = Command::new("sh")
        .args(["-c", ": > \"$1\"", "sh"])
        .arg(&path)
        .status()
        .expect("truncate runs");
    assert!(status.success());
    assert_eq!(std::fs::metadata(&path).expect("stat").len(), 0);
    assert!(map.status().copied, "{:?}", map.status());
    assert!(!map.status().damaged);
    assert_eq!(map.bytes().as_ptr(), at, "the copy is at the same address");
    assert_eq!(map.bytes(), &bytes[..]);
}

#[test]
fn a_fault_in_an_unleased_mapping_reads_zeros() {
    let _turn = turn();
    let page = guard::page_size();
    let bytes = content(3 * page);
    let (_dir, path) = scratch_file("unleased.txt", &bytes);
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&path)
        .expect("open");
    assert!(guard::install());
    // SAFETY: the test truncates the file on purpose; the guard answers the faults.
    let map = unsafe { memmap2::Mmap::map(&file) }.expect("map");
    let slot = guard::register(map.as_ptr() as usize, map.len(), -1).expect("a free slot");
    let before = guard::changes();
    file.set_len(page as u64).expect("truncate");
    // SAFETY: inside the mapping; the pages past the new end fault and get zeros.
    let past = unsafe { std::ptr::read_volatile(map.as_ptr().add(2 * page + 5)) };
    assert_eq!(past, 0);
    assert_eq!(map[0], b'a', "the page still in the file reads as before");
    assert!(guard::status(slot).damaged);
    assert!(guard::changes() > before);
    guard::unregister(slot);
}

#[test]
fn copied_before_a_stop_then_written_without_waiting() {
    let _turn = turn();
    let bytes = content(2 * guard::page_size() + 1);
    let (_dir, path) = scratch_file("stopping.txt", &bytes);
    let file = std::fs::File::open(&path).expect("open");
    let Ok(map) = MappedFile::new(file) else {
        panic!("a file of our own on a local file system can be leased and mapped");
    };
    guard::copy_all();
    // No lease left: the write goes through at once, and is not counted as a change seen
    // while mapped (the copy was made before it).
    std::fs::write(&path, "other").expect("write");
    assert_eq!(map.bytes(), &bytes[..]);
    assert!(!map.status().copied);
}
