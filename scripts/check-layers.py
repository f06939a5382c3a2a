#!/usr/bin/env python3
"""Checks the layering of src/ (see ARCHITECTURE.md): no file imports a higher layer, no two
files import each other (directly or round a cycle, parent/child re-exports aside), terminal
crates only under src/tui, clap only under src/front. Exits 1 and lists what is wrong."""
import os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
LAYER = {"core": 0, "view": 1, "tui": 2, "front": 3}
TERMINAL = re.compile(r"\b(ratatui|crossterm|signal_hook|indicatif)::")

def module_of(path):
    rel = os.path.relpath(path, ROOT)[:-3].split(os.sep)
    if rel[-1] == "mod":
        rel = rel[:-1]
    return rel

files = {}
for d, _, names in os.walk(ROOT):
    for n in names:
        if n.endswith(".rs"):
            p = os.path.join(d, n)
            files[tuple(module_of(p))] = p

def resolve(base, parts):
    """The longest module prefix of `parts` (relative to crate root) that is a file."""
    for k in range(len(parts), 0, -1):
        if tuple(parts[:k]) in files:
            return tuple(parts[:k])
    return None

def strip_tests(text):
    # Code after `#[cfg(test)]` is tests, and comments are prose: leave both out.
    i = text.find("#[cfg(test)]")
    text = text if i < 0 else text[:i]
    return re.sub(r"//[^\n]*", "", text)

problems, edges = [], {}
for mod, path in files.items():
    text = strip_tests(open(path, encoding="utf-8").read())
    layer = mod[0] if mod and mod[0] in LAYER else None
    if TERMINAL.search(text) and layer != "tui":
        problems.append(f"{path}: terminal crate outside src/tui")
    if re.search(r"\bclap(_complete|_mangen)?::", text) and layer not in ("front", None):
        problems.append(f"{path}: clap outside src/front")
    targets = set()
    for m in re.finditer(r"\b(crate|super)((?:::\w+)+)", text):
        parts = m.group(2).split("::")[1:]
        if m.group(1) == "crate":
            full = parts
        else:
            # `super` from a.rs is a's parent; from a/mod.rs it is also a's parent.
            n_super = 1
            while parts and parts[0] == "super":
                parts, n_super = parts[1:], n_super + 1
            full = list(mod)[: len(mod) - n_super] + parts
        t = resolve(mod, full)
        if t and t != mod:
            targets.add(t)
    edges[mod] = targets
    for t in targets:
        if layer and t[0] in LAYER and LAYER[t[0]] > LAYER[layer]:
            problems.append(f"{path}: imports {'::'.join(t)} of a higher layer")

def related(a, b):
    return a[: len(b)] == b or b[: len(a)] == a

# Cycles among files that are not parent and child.
for a, ts in edges.items():
    for b in ts:
        if related(a, b):
            continue
        # Is there a path back from b to a avoiding parent/child hops?
        seen, todo = {b}, [b]
        while todo:
            x = todo.pop()
            for y in edges.get(x, ()):
                if related(x, y) or y in seen:
                    continue
                if y == a:
                    problems.append(f"cycle: {'::'.join(a)} -> {'::'.join(b)} -> ... -> {'::'.join(a)}")
                    todo = []
                    break
                seen.add(y)
                todo.append(y)

for p in sorted(set(problems)):
    print(p)
sys.exit(1 if problems else 0)
