//! A small benchmark harness shared by the files in `benches/`.
//!
//! Why not criterion: as a dev-dependency it (and its regex, serde and plotting dependencies)
//! is compiled for every `cargo test` too, which cost about three minutes of CPU on each clean
//! CI run, while the benches only need a median of a few timed runs and a throughput. The API
//! keeps criterion's names (`benchmark_group`, `bench_function`, `b.iter`, …) so the bench
//! files read as before.
//!
//! Each benchmark is warmed up once, then timed in `sample_size` samples; a sample runs the
//! routine as many times as fill about `measurement_time / sample_size` (at least once). The
//! report gives the fastest, median and slowest time per run, and MiB/s when a throughput is
//! set. `cargo bench -- word` runs only the benchmarks whose `group/name` contains `word`.

#![allow(dead_code)] // Each bench file uses a different part of the API.

use std::fmt::Display;
use std::time::{Duration, Instant};

pub use std::hint::black_box;

/// Runs the given benchmark functions, like criterion's `criterion_group!` + `criterion_main!`.
macro_rules! bench_main {
    ($($function:path),+ $(,)?) => {
        fn main() {
            let mut bench = crate::harness::Criterion::from_args();
            $($function(&mut bench);)+
        }
    };
}

/// The benchmarks to run (from the command line) and where their figures go (stdout).
pub struct Criterion {
    filters: Vec<String>,
}

impl Criterion {
    /// Reads the filter words from the command line; Cargo's own flags (`--bench`) are skipped.
    pub fn from_args() -> Self {
        let filters = std::env::args()
            .skip(1)
            .filter(|a| !a.starts_with('-'))
            .collect();
        Criterion { filters }
    }

    pub fn benchmark_group(&mut self, name: impl Display) -> BenchmarkGroup<'_> {
        BenchmarkGroup {
            bench: self,
            name: name.to_string(),
            sample_size: 20,
            measurement_time: Duration::from_secs(3),
            throughput: None,
        }
    }

    fn wants(&self, id: &str) -> bool {
        self.filters.is_empty() || self.filters.iter().any(|f| id.contains(f.as_str()))
    }
}

/// How much input one run handles, for a MiB/s figure.
#[derive(Debug, Clone, Copy)]
pub enum Throughput {
    Bytes(u64),
}

/// The name of one benchmark in a group, optionally with its parameter.
pub struct BenchmarkId(String);

impl BenchmarkId {
    pub fn new(name: impl Display, parameter: impl Display) -> Self {
        BenchmarkId(format!("{name}/{parameter}"))
    }

    pub fn from_parameter(parameter: impl Display) -> Self {
        BenchmarkId(parameter.to_string())
    }
}

/// Benchmarks that share a sample size and a throughput.
pub struct BenchmarkGroup<'a> {
    bench: &'a mut Criterion,
    name: String,
    sample_size: usize,
    measurement_time: Duration,
    throughput: Option<Throughput>,
}

impl BenchmarkGroup<'_> {
    pub fn sample_size(&mut self, samples: usize) -> &mut Self {
        self.sample_size = samples.max(1);
        self
    }

    pub fn measurement_time(&mut self, time: Duration) -> &mut Self {
        self.measurement_time = time;
        self
    }

    pub fn throughput(&mut self, throughput: Throughput) -> &mut Self {
        self.throughput = Some(throughput);
        self
    }

    pub fn bench_function(&mut self, name: impl Display, routine: impl FnMut(&mut Bencher)) {
        self.run(&name.to_string(), routine);
    }

    pub fn bench_with_input<I: ?Sized>(
        &mut self,
        id: BenchmarkId,
        input: &I,
        mut routine: impl FnMut(&mut Bencher, &I),
    ) {
        self.run(&id.0, |b| routine(b, input));
    }

    /// Kept for criterion's shape; figures are printed as each benchmark ends.
    pub fn finish(self) {}

    fn run(&mut self, name: &str, mut routine: impl FnMut(&mut Bencher)) {
        let id = format!("{}/{}", self.name, name);
        if !self.bench.wants(&id) {
            return;
        }
        let mut bencher = Bencher {
            runs: 1,
            elapsed: Duration::ZERO,
        };
        routine(&mut bencher); // warm-up, and a first estimate of one run's time
        let per_sample = self.measurement_time / self.sample_size as u32;
        let one = bencher.elapsed.max(Duration::from_nanos(1));
        bencher.runs = (per_sample.as_nanos() / one.as_nanos()).clamp(1, 1_000_000_000) as u64;
        let mut per_run: Vec<Duration> = (0..self.sample_size)
            .map(|_| {
                routine(&mut bencher);
                bencher.elapsed / bencher.runs as u32
            })
            .collect();
        per_run.sort();
        let median = per_run[per_run.len() / 2];
        let (fastest, slowest) = (per_run[0], per_run[per_run.len() - 1]);
        let mut line = format!(
            "{id:<40} time: [{} {} {}]",
            show(fastest),
            show(median),
            show(slowest)
        );
        if let Some(Throughput::Bytes(bytes)) = self.throughput {
            let mib_per_s = bytes as f64 / (1024.0 * 1024.0) / median.as_secs_f64();
            line.push_str(&format!("  thrpt: {mib_per_s:.2} MiB/s"));
        }
        println!(
            "{line}  ({} samples of {} runs)",
            self.sample_size, bencher.runs
        );
    }
}

/// Times a routine; given to each benchmark's closure.
pub struct Bencher {
    runs: u64,
    elapsed: Duration,
}

impl Bencher {
    /// Runs `routine` as many times as this sample asks and records the time taken.
    pub fn iter<O>(&mut self, mut routine: impl FnMut() -> O) {
        let start = Instant::now();
        for _ in 0..self.runs {
            black_box(routine());
        }
        self.elapsed = start.elapsed();
    }
}

fn show(d: Duration) -> String {
    let ns = d.as_nanos() as f64;
    if ns >= 1e9 {
        format!("{:.3} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.3} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.3} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}
