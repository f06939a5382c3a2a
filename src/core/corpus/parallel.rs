//! Work on every pair of a corpus on all cores, with results handed on in corpus order.
//!
//! Pairs are taken in chunks of [`CHUNK`]: a chunk is processed in parallel (rayon), then its
//! results are passed to the sink in order before the next chunk starts. Memory holds one
//! chunk of results, never the whole corpus's, and the output order does not depend on which
//! core finished first.

use super::CorpusPair;
use rayon::prelude::*;

/// Pairs processed before their results are handed on: enough to keep both cores busy to the
/// end of a chunk, few enough that a chunk of report lines is a few megabytes.
pub const CHUNK: usize = 256;

/// Calls `work(index, pair)` for every pair (in parallel) and `sink` with each result in corpus
/// order; stops at the first error from `sink`.
pub fn map_in_order<T: Send, E>(
    pairs: &[CorpusPair],
    work: impl Fn(usize, &CorpusPair) -> T + Sync,
    mut sink: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E> {
    for (c, chunk) in pairs.chunks(CHUNK).enumerate() {
        let results: Vec<T> = chunk
            .par_iter()
            .enumerate()
            .map(|(k, pair)| work(c * CHUNK + k, pair))
            .collect();
        for result in results {
            sink(result)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn results_come_in_corpus_order_across_chunks() {
        let pairs: Vec<CorpusPair> = (0..CHUNK * 2 + 5)
            .map(|k| CorpusPair {
                name: format!("p{k}"),
                title: String::new(),
                te: PathBuf::from("te"),
                en: PathBuf::from("en"),
            })
            .collect();
        let mut seen = Vec::new();
        let result: Result<(), ()> = map_in_order(
            &pairs,
            |k, p| (k, p.name.clone()),
            |r| {
                seen.push(r);
                Ok(())
            },
        );
        assert!(result.is_ok());
        let want: Vec<(usize, String)> = (0..pairs.len()).map(|k| (k, format!("p{k}"))).collect();
        assert_eq!(seen, want);
        // The sink's first error stops the run.
        let mut calls = 0;
        let stopped = map_in_order(
            &pairs,
            |k, _| k,
            |k| {
                calls += 1;
                if k == 3 {
                    Err(k)
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!((stopped, calls), (Err(3), 4));
    }
}
