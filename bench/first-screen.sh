#!/usr/bin/env bash
# first-screen.sh: time from launch to the first screen, and peak memory, for tandem beside
# `less` and `vim -O` on the same files, in a real terminal (tmux). Prints a markdown table.
#
# Usage: bench/first-screen.sh            (5 runs per cell; RUNS=9 bench/first-screen.sh for more)
#        PAIRS="sample 10" bench/first-screen.sh   (choose pairs; default "sample 10 50")
#
# Pairs: the bundled sample (assets/sample.te.txt + assets/sample.en.txt, 8.3 kB together), and
# generated "N MB" pairs: both articles repeated, one copy after another, until the two files
# together hold N MB (10^6 bytes); the Telugu file is then about 3/4 of it, as in the sample.
# They are written once to $WORK (default /tmp/tandem-bench) and reused.
#
# What is measured, per run, in a fresh tmux pane of 200x50 (TERM=tmux-256color, C.UTF-8):
# - first screen: from just before the program is exec'd (a timestamp taken by the pane's shell)
#   until a `tmux capture-pane` that shows the opening word of the Telugu article on screen has
#   returned. The screen is polled every 5 ms (plus ~2 ms per capture), so a figure is late by
#   up to about 8 ms: read the table with a resolution of 10 ms.
#   tandem: `tandem TE EN`; less: `less TE EN` (it shows the first file); vim: `vim -n -i NONE
#   -O TE EN` (no swap or viminfo file, so an interrupted run leaves nothing behind that would
#   stop the next one at a prompt; no vimrc is installed here, so vim runs its defaults).
# - peak memory: maximum resident set size of the program over the whole run, from
#   `/usr/bin/time -v` when it is installed, otherwise VmHWM from /proc/PID/status just before
#   quitting. The program is left until its screen has not changed for 1 s and tandem's status
#   bar no longer says "finding entities…" or "laying out…" (so the peak includes the analysis
#   and the full layout), then quit with its own keys.
# Each cell of the table is the median of RUNS runs. Other load on the machine shows up in the
# figures: note the load average printed at the end.
set -euo pipefail

RUNS=${RUNS:-5}
PAIRS=${PAIRS:-"sample 10 50"}
WORK=${WORK:-/tmp/tandem-bench}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
SOCKET="tandem-bench-$$"
WIDTH=200
HEIGHT=50

mkdir -p "$WORK"
(cd "$ROOT" && cargo build --release --quiet --bin tandem)
TANDEM="$TARGET/release/tandem"
HAVE_TIME=0
if [ -x /usr/bin/time ] && /usr/bin/time -v true 2>/dev/null; then HAVE_TIME=1; fi

t() { tmux -L "$SOCKET" "$@"; }

# A private tmux server whose panes stay (dead) after their program exits, so they can be
# respawned for the next run.
t -f /dev/null new-session -d -s bench -x "$WIDTH" -y "$HEIGHT" sh
t set-option -g status off
t set-option -g remain-on-exit on
t resize-window -t bench -x "$WIDTH" -y "$HEIGHT"
trap 't kill-server 2>/dev/null || true' EXIT

# make_pair N: writes $WORK/NMB.te.txt and $WORK/NMB.en.txt (N MB together) unless present.
make_pair() {
  local mb=$1 te="$WORK/${1}MB.te.txt" en="$WORK/${1}MB.en.txt"
  [ -s "$te" ] && [ -s "$en" ] && return
  local unit_te="$WORK/unit.te" unit_en="$WORK/unit.en"
  { cat "$ROOT/assets/sample.te.txt"; printf '\n'; } > "$unit_te"
  { cat "$ROOT/assets/sample.en.txt"; printf '\n'; } > "$unit_en"
  local unit=$(( $(wc -c < "$unit_te") + $(wc -c < "$unit_en") ))
  local copies=$(( (mb * 1000000 + unit - 1) / unit ))
  local side block i
  for side in te en; do
    block="$WORK/block.$side"
    : > "$block"
    for ((i = 0; i < 100; i++)); do cat "$WORK/unit.$side" >> "$block"; done
    : > "$WORK/${mb}MB.$side.txt"
    for ((i = 0; i < copies / 100; i++)); do cat "$block" >> "$WORK/${mb}MB.$side.txt"; done
    for ((i = 0; i < copies % 100; i++)); do cat "$WORK/unit.$side" >> "$WORK/${mb}MB.$side.txt"; done
    rm -f "$block" "$WORK/unit.$side"
  done
}

pair_files() {
  if [ "$1" = sample ]; then
    echo "$ROOT/assets/sample.te.txt $ROOT/assets/sample.en.txt"
  else
    make_pair "$1"
    echo "$WORK/${1}MB.te.txt $WORK/${1}MB.en.txt"
  fi
}

now_ns() { date +%s%N; }

screen() { t capture-pane -p -t bench; }

# wait_screen_stable: until the screen is unchanged for 1 s and shows no background work under
# way (tandem's status bar says "finding entities…" or "laying out…" until its analysis and
# layout are done), at most 120 s.
wait_screen_stable() {
  local last="" now same=0 deadline=$(( $(now_ns) + 120000000000 ))
  while [ "$same" -lt 10 ] && [ "$(now_ns)" -lt "$deadline" ]; do
    sleep 0.1
    now=$(screen)
    if [ "$now" = "$last" ]; then same=$((same + 1)); else same=0; fi
    case "$now" in *"finding entities"*|*"laying out"*) same=0 ;; esac
    last=$now
  done
}

# run_once PROGRAM TE EN: prints "MILLISECONDS KILOBYTES" for one run.
run_once() {
  local prog=$1 te=$2 en=$3 cmd quit
  case $prog in
    tandem) cmd="$TANDEM $te $en"; quit=(q) ;;
    less) cmd="less $te $en"; quit=(q) ;;
    vim) cmd="vim -n -i NONE -O $te $en"; quit=(Escape ':qa!' Enter) ;;
  esac
  local marker
  marker=$(head -c 200 "$te" | awk '{print $1; exit}')
  rm -f "$WORK/t0" "$WORK/pid" "$WORK/mem"
  # A blank screen first, so the marker cannot be left over from the last run.
  t respawn-pane -k -t bench "clear; exec sleep 600"
  while [[ $(screen) == *"$marker"* ]]; do sleep 0.01; done
  local wrap=""
  if [ "$HAVE_TIME" = 1 ]; then wrap="/usr/bin/time -v -o $WORK/mem"; fi
  t respawn-pane -k -t bench \
    "env -i PATH=/usr/bin:/bin LANG=C.UTF-8 TERM=tmux-256color HOME=$WORK LESSHISTFILE=- sh -c 'echo \$\$ > $WORK/pid; date +%s%N > $WORK/t0; exec $wrap $cmd'"
  local now t1 deadline=$(( $(now_ns) + 120000000000 ))
  while :; do
    # Stamped after the capture that shows it: an upper bound, late by one capture (~2 ms).
    now=$(screen)
    t1=$(now_ns)
    if [[ $now == *"$marker"* ]]; then break; fi
    if [ "$t1" -gt "$deadline" ]; then echo "timeout: $prog" >&2; return 1; fi
    sleep 0.005
  done
  while [ ! -s "$WORK/t0" ]; do sleep 0.01; done
  local t0 ms kb=""
  t0=$(cat "$WORK/t0")
  ms=$(( (t1 - t0) / 1000000 ))
  wait_screen_stable
  if [ "$HAVE_TIME" = 0 ]; then
    kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$(cat "$WORK/pid")/status" 2>/dev/null || true)
  fi
  t send-keys -t bench "${quit[@]}"
  if [ "$HAVE_TIME" = 1 ]; then
    local wait_until=$(( $(now_ns) + 30000000000 ))
    while ! grep -q "Maximum resident" "$WORK/mem" 2>/dev/null; do
      if [ "$(now_ns)" -gt "$wait_until" ]; then echo "$prog did not quit" >&2; return 1; fi
      sleep 0.05
    done
    kb=$(awk -F': ' '/Maximum resident/ {print $2}' "$WORK/mem")
  fi
  echo "$ms ${kb:-0}"
}

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

mib() { awk -v kb="$1" 'BEGIN {printf "%.1f", kb / 1024}'; }

echo "| pair | bytes (te + en) | tandem first screen | less | vim -O | tandem peak RSS | less | vim -O |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for pair in $PAIRS; do
  read -r te en <<< "$(pair_files "$pair")"
  bytes=$(( $(wc -c < "$te") + $(wc -c < "$en") ))
  declare -A ms=() kb=()
  for prog in tandem less vim; do
    times="" mems=""
    for ((run = 0; run < RUNS; run++)); do
      read -r m k <<< "$(run_once "$prog" "$te" "$en")"
      times+="$m"$'\n'
      mems+="$k"$'\n'
    done
    ms[$prog]=$(printf '%s' "$times" | median)
    kb[$prog]=$(printf '%s' "$mems" | median)
  done
  label=$pair
  [ "$pair" = sample ] || label="${pair} MB"
  printf '| %s | %s | %s ms | %s ms | %s ms | %s MiB | %s MiB | %s MiB |\n' \
    "$label" "$bytes" "${ms[tandem]}" "${ms[less]}" "${ms[vim]}" \
    "$(mib "${kb[tandem]}")" "$(mib "${kb[less]}")" "$(mib "${kb[vim]}")"
done
echo
echo "Medians of $RUNS runs; $(nproc) cores; load average: $(cut -d' ' -f1-3 /proc/loadavg)."
