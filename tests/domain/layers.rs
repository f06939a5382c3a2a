//! The layering of `src/` (see ARCHITECTURE.md), checked on every test run so that it cannot
//! drift: no file imports one of a higher layer (`core ← view ← tui ← front`), no two files
//! import each other (directly or round a cycle; a parent and its own child aside), terminal
//! crates only under `src/tui`, clap only under `src/front`. Imports are read from the source
//! text (`crate::…` and `super::…` paths, braces expanded), test code and comments left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module path from the crate root, e.g. `["core", "align", "cost"]`.
type Module = Vec<String>;

const LAYERS: [&str; 4] = ["core", "view", "tui", "front"];
const TERMINAL_CRATES: [&str; 4] = ["ratatui::", "crossterm::", "signal_hook::", "indicatif::"];
const CLAP_CRATES: [&str; 3] = ["clap::", "clap_complete::", "clap_mangen::"];

fn layer(module: &Module) -> Option<usize> {
    LAYERS
        .iter()
        .position(|l| module.first().map(String::as_str) == Some(l))
}

/// Every `.rs` file under `src/`, by module path.
fn source_files() -> BTreeMap<Module, PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    let mut todo = vec![root.clone()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).expect("read src") {
            let path = entry.expect("dir entry").path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(&root)
                    .expect("under src")
                    .with_extension("");
                let mut module: Module = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if module.last().is_some_and(|m| m == "mod") {
                    module.pop();
                }
                files.insert(module, path);
            }
        }
    }
    files
}

/// The code a file ships: everything before its `#[cfg(test)]` part, line comments removed.
fn shipped_code(text: &str) -> String {
    let code = text.find("#[cfg(test)]").map_or(text, |i| &text[..i]);
    code.lines()
        .map(|line| line.find("//").map_or(line, |i| &line[..i]))
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The paths that follow `crate::` or `super::` in `code`, braces expanded one level deep
/// (`crate::core::{pair::Side, text}` gives `core::pair::Side` and `core::text`). Each path
/// starts with its anchor (`crate` or `super`, repeated).
fn imported_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !is_ident(bytes[i - 1]) && bytes[i - 1] != ':';
        let rest: String = bytes[i..bytes.len().min(i + 8)].iter().collect();
        if starts_word && (rest.starts_with("crate::") || rest.starts_with("super::")) {
            let (path, next) = read_path(&bytes, i);
            i = next;
            if bytes.get(i) == Some(&'{') {
                let close = (i..bytes.len())
                    .find(|&k| bytes[k] == '}')
                    .unwrap_or(bytes.len());
                let inner: String = bytes[i + 1..close].iter().collect();
                for item in inner.split(',') {
                    let item: Vec<String> = item
                        .trim()
                        .split("::")
                        .map(|p| p.chars().take_while(|&c| is_ident(c)).collect::<String>())
                        .take_while(|p| !p.is_empty())
                        .collect();
                    let mut full = path.clone();
                    full.extend(item.into_iter().filter(|p| p != "self"));
                    out.push(full);
                }
                i = close;
            } else {
                out.push(path);
            }
        }
        i += 1;
    }
    out
}

/// Reads `a::b::c` from `at`; returns the segments and where reading stopped (after a final
/// `::` when a brace follows).
fn read_path(chars: &[char], at: usize) -> (Vec<String>, usize) {
    let mut parts = Vec::new();
    let mut i = at;
    loop {
        let start = i;
        while i < chars.len() && is_ident(chars[i]) {
            i += 1;
        }
        if i == start {
            break;
        }
        parts.push(chars[start..i].iter().collect());
        if chars.get(i) == Some(&':') && chars.get(i + 1) == Some(&':') {
            i += 2;
        } else {
            break;
        }
    }
    (parts, i)
}

/// The file a path lands in: the longest prefix that is a module of its own.
fn resolve(from: &Module, path: &[String], files: &BTreeMap<Module, PathBuf>) -> Option<Module> {
    let mut full: Module = Vec::new();
    let mut rest = path;
    if rest.first().is_some_and(|p| p == "crate") {
        rest = &rest[1..];
    } else {
        // `super` from a.rs and from a/mod.rs is a's parent.
        let supers = rest.iter().take_while(|p| *p == "super").count();
        full.extend(from.iter().take(from.len().saturating_sub(supers)).cloned());
        rest = &rest[supers..];
    }
    full.extend(rest.iter().cloned());
    (1..=full.len())
        .rev()
        .map(|k| full[..k].to_vec())
        .find(|m| files.contains_key(m))
}

/// True when one module is the other or inside it (a parent re-exporting its child).
fn related(a: &Module, b: &Module) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

fn problems() -> Vec<String> {
    let files = source_files();
    let mut problems = BTreeSet::new();
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, path) in &files {
        let text = std::fs::read_to_string(path).expect("read source");
        let code = shipped_code(&text);
        let name = path.display();
        let own = layer(module);
        if own != Some(2) && TERMINAL_CRATES.iter().any(|c| code.contains(c)) {
            problems.insert(format!("{name}: terminal crate outside src/tui"));
        }
        if own.is_some_and(|l| l != 3) && CLAP_CRATES.iter().any(|c| code.contains(c)) {
            problems.insert(format!("{name}: clap outside src/front"));
        }
        let targets: BTreeSet<Module> = imported_paths(&code)
            .iter()
            .filter_map(|p| resolve(module, p, &files))
            .filter(|t| t != module)
            .collect();
        for target in &targets {
            if let (Some(mine), Some(theirs)) = (own, layer(target)) {
                if theirs > mine {
                    problems.insert(format!(
                        "{name}: imports {} of a higher layer",
                        target.join("::")
                    ));
                }
            }
        }
        edges.insert(module.clone(), targets);
    }
    // A cycle: a path back from b to a, without parent/child hops.
    for (a, targets) in &edges {
        for b in targets.iter().filter(|b| !related(a, b)) {
            let mut seen = BTreeSet::from([b.clone()]);
            let mut todo = vec![b.clone()];
            while let Some(x) = todo.pop() {
                for y in edges.get(&x).into_iter().flatten() {
                    if related(&x, y) || !seen.insert(y.clone()) {
                        continue;
                    }
                    if y == a {
                        problems.insert(format!(
                            "cycle: {} -> {} -> ... -> {}",
                            a.join("::"),
                            b.join("::"),
                            a.join("::")
                        ));
                    }
                    todo.push(y.clone());
                }
            }
        }
    }
    problems.into_iter().collect()
}

#[test]
fn imports_run_one_way_without_cycles() {
    let problems = problems();
    assert!(problems.is_empty(), "layering:\n{}", problems.join("\n"));
}

#[test]
fn the_checker_sees_braced_and_super_imports() {
    let paths = imported_paths("use crate::core::{pair::Side, text};\nuse super::super::x::Y;");
    assert_eq!(
        paths,
        vec![
            vec!["crate", "core", "pair", "Side"],
            vec!["crate", "core", "text"],
            vec!["super", "super", "x", "Y"],
        ]
    );
    let files: BTreeMap<Module, PathBuf> = [vec!["a".to_string()], vec!["a".into(), "b".into()]]
        .into_iter()
        .map(|m| (m, PathBuf::new()))
        .collect();
    let from = vec!["a".to_string(), "b".to_string(), "c".to_string()];
    let up = resolve(&from, &["super".into(), "super".into(), "z".into()], &files);
    assert_eq!(up, Some(vec!["a".to_string()]));
}
