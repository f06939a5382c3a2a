#!/usr/bin/env bash
# corpus-report.sh: time `tandem report DIR --format jsonl` (release build) on a generated
# corpus of news-size pairs. Prints a markdown table row per run and the median.
#
# Usage: bench/corpus-report.sh              (1,000 pairs, 3 runs)
#        PAIRS=10000 RUNS=1 bench/corpus-report.sh
#
# The corpus is written once to $WORK/PAIRS (default /tmp/tandem-corpus-bench/1000) and reused.
# Each pair is made from the bundled sample and the test pairs (tests/pairs): the Telugu and
# English articles of two or three of them, chosen and ordered by the pair number, one paragraph
# sometimes left out of one side (so that some groups are 1-0 or 0-1), and a lead paragraph
# naming a made-up person (syllables spelt alike in both scripts) with a number, so that no two
# pairs are the same and the set of names grows with the corpus. Pairs are 3-14 kB (both files
# together), about the size of a news story.
#
# What is measured: wall-clock time of the whole command, from exec to exit, with its output
# written to a file (stderr is not a terminal, so no progress bar), plus user+system CPU time,
# which shows how well both cores are used. Other load on the machine shows up in the figures:
# note the load average printed at the end.
set -euo pipefail

PAIRS=${PAIRS:-1000}
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/tandem-corpus-bench}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
DIR="$WORK/$PAIRS"

(cd "$ROOT" && cargo build --release --quiet --bin tandem)
TANDEM="$TARGET/release/tandem"

if [ ! -s "$DIR/done" ]; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  python3 - "$ROOT" "$DIR" "$PAIRS" <<'PY'
import os, sys
root, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
def paras(path):
    text = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    chunks = [p.strip() for p in text.split("\n\n")]
    return [p for p in chunks if p]
sources = [(os.path.join(root, "assets/sample.te.txt"), os.path.join(root, "assets/sample.en.txt"))]
for name in ["climate", "cricket", "election", "space"]:
    base = os.path.join(root, "tests/pairs", name)
    sources.append((base + ".te.txt", base + ".en.txt"))
sources = [(paras(te), paras(en)) for te, en in sources]
syll = [("Ka", "కా"), ("Ri", "రి"), ("Mo", "మో"), ("San", "సన్"), ("De", "డె"), ("Lu", "లు"),
        ("Pa", "పా"), ("Vin", "విన్"), ("To", "టో"), ("Gel", "గెల్"), ("Ni", "ని"), ("Bor", "బోర్")]
def name(k):
    en, te = "", ""
    for _ in range(3):
        e, t = syll[k % len(syll)]
        en += e if not en else e.lower()
        te += t
        k //= len(syll)
    return en, te + "్"
for k in range(n):
    count = 2 + k % 2
    picks = [(k * 7 + 3 * i) % len(sources) for i in range(count)]
    en_name, te_name = name(k * 31 + 5)
    num = 100 + (k * 37) % 9000
    te = [f"{te_name} గురువారం {num} మంది ప్రతినిధులతో సమావేశమయ్యారు."]
    en = [f"{en_name} met {num} delegates on Thursday."]
    for i, s in enumerate(picks):
        tp, ep = list(sources[s][0]), list(sources[s][1])
        if (k + i) % 5 == 0 and len(ep) > 1:
            del ep[(k // 5) % len(ep)]
        te += tp
        en += ep
    with open(os.path.join(out, f"pair{k:05}.te.txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(te) + "\n")
    with open(os.path.join(out, f"pair{k:05}.en.txt"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(en) + "\n")
PY
  echo ok > "$DIR/done"
fi

bytes=$(cat "$DIR"/*.txt | wc -c)
echo "corpus: $PAIRS pairs, $((bytes / 1000)) kB in $DIR"
echo
echo "| run | wall s | cpu s (user+sys) | pairs/s |"
echo "| --- | --- | --- | --- |"
walls=()
for run in $(seq 1 "$RUNS"); do
  TIMEFORMAT='%R %U %S'
  { time "$TANDEM" report "$DIR" --format jsonl > "$WORK/out.jsonl" 2> "$WORK/err.txt"; } \
    2> "$WORK/time.txt" || true
  lines=$(wc -l < "$WORK/out.jsonl")
  if [ "$lines" != "$PAIRS" ]; then
    echo "expected $PAIRS lines, got $lines" >&2
    cat "$WORK/err.txt" >&2
    exit 1
  fi
  read -r wall user sys < "$WORK/time.txt"
  cpu=$(echo "$user + $sys" | bc -l)
  walls+=("$wall")
  printf '| %d | %.2f | %s | %.0f |\n' "$run" "$wall" "$cpu" "$(echo "$PAIRS / $wall" | bc -l)"
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
printf '\nmedian wall: %.2f s for %d pairs; 10,000 pairs at this rate: %.1f s\n' \
  "$median" "$PAIRS" "$(echo "$median * 10000 / $PAIRS" | bc -l)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
