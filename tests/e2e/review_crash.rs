//! A kill -9 while saving leaves the review file complete: the old or the new version, never a
//! mixture, never nothing.
//!
//! The test re-runs its own binary as a child (the ignored test `child_saves_forever`, told by
//! an environment variable where to save) that saves two large reviews in turn as fast as it
//! can; the parent kills it with SIGKILL (`Child::kill` on Unix) at random moments and checks
//! what is left on disk.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tandem::core::pair::Pair;
use tandem::core::review::{
    backup_path, load, ContentHash, GroupDecision, GroupStatus, Review, ReviewStore,
};

const CHILD_ENV: &str = "TANDEM_REVIEW_CRASH_FILE";
/// The child test by its full name in the e2e program (`--exact` wants the module path).
const CHILD_TEST: &str = "review_crash::child_saves_forever";

/// A review of `groups` decisions with Telugu notes (about 150 bytes of JSON each), marked
/// with `tag` so the two versions differ everywhere.
fn big_review(tag: u64, groups: usize) -> Review {
    let mut r = Review::default();
    for k in 0..groups as u64 {
        // Pushed directly: every key is distinct, so `set_group`'s search is not needed.
        r.groups.push(GroupDecision {
            paragraphs: Pair::new(vec![ContentHash(k)], vec![ContentHash(k ^ tag)]),
            hint: Pair::new(k as usize, k as usize),
            occurrence: None,
            status: if tag.is_multiple_of(2) {
                GroupStatus::Checked
            } else {
                GroupStatus::NeedsWork
            },
            note: Some(format!("వెర్షన్ {tag}, సమూహం {k}")),
        });
    }
    r
}

fn versions() -> [Review; 2] {
    [big_review(2, 10_000), big_review(7, 10_000)]
}

/// Not a test of its own: the body of the child process.
#[test]
#[ignore = "run by kill_during_save_leaves_the_old_or_the_new_file as its child process"]
fn child_saves_forever() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        eprintln!("{CHILD_TEST} only runs as a child of the crash test");
        return;
    };
    let (mut store, loaded) = ReviewStore::open(PathBuf::from(path));
    if let Err(e) = loaded {
        panic!("child: {e}");
    }
    let [a, b] = versions();
    println!("ready");
    loop {
        for r in [&b, &a] {
            if let Err(e) = store.save(r) {
                panic!("child: {e}");
            }
        }
    }
}

/// A few pseudo-random delays, different on every run.
fn delays(count: usize) -> Vec<Duration> {
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    let mut x = seed;
    (0..count)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            Duration::from_millis(x % 400)
        })
        .collect()
}

/// Which of the two versions the file holds.
fn which(path: &Path, versions: &[Review; 2]) -> Result<usize, String> {
    let found = load(path).map_err(|e| e.to_string())?;
    versions
        .iter()
        .position(|v| *v == found)
        .ok_or_else(|| format!("{}: parses, but is neither version", path.display()))
}

#[test]
fn kill_during_save_leaves_the_old_or_the_new_file() {
    let dir = crate::common::scratch();
    let path = dir.join("r.tandem-review.json");
    let versions = versions();
    let (mut store, _) = ReviewStore::open(&path);
    store.save(&versions[0]).unwrap();
    let exe = std::env::current_exe().unwrap();
    let (mut interrupted_writes, mut outcomes) = (0, [0; 2]);
    for delay in delays(10) {
        let mut child = Command::new(&exe)
            .args([CHILD_TEST, "--exact", "--ignored", "--nocapture"])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until the child is about to save, then let it run a random while.
        let stdout = child.stdout.take().unwrap();
        let ready = BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .any(|line| line == "ready");
        assert!(ready, "child did not start");
        std::thread::sleep(delay);
        assert!(
            child.try_wait().unwrap().is_none(),
            "child stopped on its own"
        );
        child.kill().unwrap(); // SIGKILL on Unix.
        child.wait().unwrap();

        match which(&path, &versions) {
            Ok(k) => outcomes[k] += 1,
            Err(e) => panic!("after a kill {delay:?} into saving: {e}"),
        }
        let bak = backup_path(&path);
        if bak.exists() {
            if let Err(e) = which(&bak, &versions) {
                panic!("after a kill {delay:?} into saving: {e}");
            }
        }
        let strays: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains(".tmp."))
            .collect();
        if !strays.is_empty() {
            interrupted_writes += 1;
        }
        for p in strays {
            fs::remove_file(p).unwrap();
        }
    }
    eprintln!(
        "{interrupted_writes} of 10 kills interrupted a write in progress; the file held \
         the first version {} times, the second {} times",
        outcomes[0], outcomes[1]
    );
    // The store still works after all that.
    let (mut store, loaded) = ReviewStore::open(&path);
    assert!(loaded.is_ok());
    store.save(&versions[1]).unwrap();
    assert_eq!(load(&path).unwrap(), versions[1]);
    fs::remove_dir_all(&dir).unwrap();
}
