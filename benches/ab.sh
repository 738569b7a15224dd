#!/usr/bin/env bash
# Two oscope binaries against each other, interleaved, on the same
# simulated sites: what a change (or a speed trick) costs or gains, in one
# run of a noisy machine. Each round runs every measure with A, then with
# B, so drift hits both alike; medians of the rounds are printed as a
# Markdown table with B/A.
#
#   benches/ab.sh A_BINARY B_BINARY [ROUNDS] [SITES]    (default 7, 1000)
#
# The simulator (oscope-sim, release) runs SITES sites, 100 servers each,
# 100 ms away, on 127.0.0.1. Cold: the token cache emptied before the run;
# warm: tokens in the cache. Needs /usr/bin/time (GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
a=$(realpath "$1") b=$(realpath "$2") rounds=${3:-7} n=${4:-1000}
cargo build --release -q -p oscope-sim
sim=$PWD/target/release/oscope-sim
work=$(mktemp -d)
trap '[ -n "${simpid:-}" ] && kill "$simpid" 2>/dev/null; rm -rf "$work"' EXIT
"$sim" --count "$n" --servers 100 --images 5 --latency 100ms \
  --clouds-yaml "$work/clouds.yaml" > "$work/sim.log" 2>&1 &
simpid=$!
for _ in $(seq 300); do [ -s "$work/clouds.yaml" ] && break; sleep 0.1; done
export OS_CLIENT_CONFIG_FILE=$work/clouds.yaml
scope=$(python3 -c "print(' & '.join('site%0*d' % (max(4, len(str($n))), i) for i in range(1, $n + 1)))")

measures=("cold|-f value -c ID" "warm|-f value -c ID" "cold|-f value" "warm|-f value" "warm|")
# One run: wall seconds and peak RSS in MB, as "wall rss".
one() { # binary tag cache mode flags
  local bin=$1 cache=$work/cache-$2 mode=$3 flags=$4
  [ "$mode" = cold ] && rm -rf "$cache"
  XDG_CACHE_HOME=$cache /usr/bin/time -f '%e %M' -o "$work/t" \
    "$bin" --os-scope "$scope" server list $flags > /dev/null
  awk '{printf "%s %d\n", $1, $2 / 1024}' "$work/t"
}
for tag in a b; do # tokens for the warm runs
  bin=$a; [ $tag = b ] && bin=$b
  XDG_CACHE_HOME=$work/cache-$tag "$bin" --os-scope "$scope" token issue -f value -c id > /dev/null
done
for r in $(seq "$rounds"); do
  for i in "${!measures[@]}"; do
    mode=${measures[$i]%%|*} flags=${measures[$i]#*|}
    for tag in a b; do
      bin=$a; [ $tag = b ] && bin=$b
      [ "$mode" = warm ] && [ ! -d "$work/cache-$tag" ] && \
        XDG_CACHE_HOME=$work/cache-$tag "$bin" --os-scope "$scope" token issue -f value -c id > /dev/null
      echo "$i $tag $(one "$bin" "$tag" "$mode" "$flags")" >> "$work/runs"
    done
  done
done
echo "$n simulated sites, 100 servers each, 100 ms; $rounds interleaved rounds; medians; $(nproc) cores"
echo
echo "| measure | A | B | B/A |"
echo "|---|---|---|---|"
for i in "${!measures[@]}"; do
  mode=${measures[$i]%%|*} flags=${measures[$i]#*|}
  python3 - "$work/runs" "$i" "$mode" "${flags:-(table)}" <<'EOF'
import statistics, sys
runs, i, mode, flags = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
got = {"a": [], "b": []}
for line in open(runs):
    m, tag, wall, rss = line.split()
    if m == i:
        got[tag].append((float(wall), int(rss)))
med = {t: (statistics.median(w for w, _ in v), statistics.median(r for _, r in v)) for t, v in got.items()}
(wa, ra), (wb, rb) = med["a"], med["b"]
print(f"| {mode}, `{flags}` | {wa:.2f} s, {ra:.0f} MB | {wb:.2f} s, {rb:.0f} MB | {wb / wa:.2f} |")
EOF
done
