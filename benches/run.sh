#!/usr/bin/env bash
# oscope's benchmarks, side by side with python-openstackclient, medians of
# repeated runs (hyperfine). Builds in release mode, starts real sites
# (tests/realstack) and simulated ones, and prints a Markdown report;
# BENCHMARKS.md holds one, with the machine it ran on.
#
#   benches/run.sh [RUNS] [BEFORE]   RUNS repetitions per measure (default 10);
#                                    BEFORE: an older oscope binary, measured
#                                    in the same run beside this tree's
#
# Needs hyperfine (apt-get install hyperfine) and python3 for realstack.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
before=${2:+$(realpath "$2")}
command -v hyperfine >/dev/null || apt-get install -y -q hyperfine > /dev/null
cargo build --release -q -p oscope -p oscope-sim
cargo bench -q --bench floor --no-run 2> /dev/null
oscope=$PWD/target/release/oscope
sim=$PWD/target/release/oscope-sim
work=$(mktemp -d)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/oscope
export REALSTACK_VENV=${REALSTACK_VENV:-$cache/realstack-venv}
export REALSTACK_HOME=$work/realstack REALSTACK_BASE_PORT=28000
osc=$REALSTACK_VENV/bin/openstack
cleanup() {
  [ -n "${simpid:-}" ] && kill "$simpid" 2>/dev/null
  tests/realstack/stop-sites.sh --purge > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
tests/realstack/install.sh > /dev/null
tests/realstack/start-sites.sh 3 > /dev/null

median() { # hyperfine JSON → median seconds of command N
  python3 -c "import json,sys; print('%.4f' % json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['median'])" "$1" "$2"
}
ratio() { python3 -c "import sys; print('%.1f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }
hf() { hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/h.json" "$@" > /dev/null; }

echo "# oscope benchmarks"
echo
echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r); runs: $runs; medians."
echo
echo "| measure | oscope | python-openstackclient | ratio |${before:+ oscope before | ratio |}"
echo "|---|---|---|---|${before:+---|---|}"
# The before binary's figure and its ratio to OSC's, when there is one:
# hyperfine's command 2 (after oscope's 0 and OSC's 1).
also() { [ -z "$before" ] || { local b; b=$(median "$work/h.json" 2); echo " ${b} s | $(ratio "$2" "$b")× |"; }; }

# Start-up.
hf "$oscope --help" "$osc --help" ${before:+"$before --help"}
o=$(median "$work/h.json" 0); p=$(median "$work/h.json" 1)
echo "| start-up: \`--help\` | ${o} s | ${p} s | $(ratio "$p" "$o")× |$(also "$o" "$p")"

# One real site, warm token cache.
export OS_CLIENT_CONFIG_FILE=$REALSTACK_HOME/clouds.yaml XDG_CACHE_HOME=$work/cache
"$oscope" --os-cloud berlin token issue > /dev/null
for cmd in "user list" "image list"; do
  hf "$oscope --os-cloud berlin $cmd" "$osc --os-cloud berlin $cmd" ${before:+"$before --os-cloud berlin $cmd"}
  o=$(median "$work/h.json" 0); p=$(median "$work/h.json" 1)
  echo "| one real site, warm: \`$cmd\` | ${o} s | ${p} s | $(ratio "$p" "$o")× |$(also "$o" "$p")"
done

# Three real sites: oscope's & against OSC looping, and the limit: the same
# three requests sent at once by curl with tokens in hand.
"$oscope" --os-scope 'berlin & denver & paris' token issue > /dev/null
hf "$oscope --os-scope 'berlin & denver & paris' image list" \
   "bash -c 'for c in berlin denver paris; do $osc --os-cloud \$c image list; done'" \
   ${before:+"$before --os-scope 'berlin & denver & paris' image list"}
o=$(median "$work/h.json" 0); p=$(median "$work/h.json" 1)
echo "| three real sites, warm: \`image list\` (OSC: a loop) | ${o} s | ${p} s | $(ratio "$p" "$o")× |$(also "$o" "$p")"
b3=$([ -z "$before" ] || median "$work/h.json" 2)
curls=""
for c in berlin denver paris; do
  t=$("$oscope" --os-cloud "$c" token issue -c id -f value)
  u=$("$oscope" --os-scope "$c" catalog show image -f json | python3 -c "import json,sys; print([e['url'] for e in json.load(sys.stdin)['endpoints'] if e['interface']=='public'][0])")
  curls="$curls curl -s -o /dev/null -H 'X-Auth-Token: $t' $u/v2/images?sort_key=name\\&sort_dir=asc &"
done
hf "bash -c \"$curls wait\""
l=$(median "$work/h.json" 0)
echo "| three real sites: the limit (curl ×3 at once, tokens in hand) | ${l} s | | oscope/limit $(ratio "$o" "$l") |${before:+ | before/limit $(ratio "$b3" "$l") |}"

# Simulated sites at scale: 100 ms per request, 100 servers per site.
echo
echo "| simulated sites, 100 ms latency, 100 servers each | wall (median) | peak RSS | limit | wall/limit | floor | wall/floor | socket floor | wall/socket floor |${before:+ before | before RSS |}"
echo "|---|---|---|---|---|---|---|---|---|${before:+---|---|}"
simstart=""
for n in 10 100 1000; do
  "$sim" --count "$n" --servers 100 --images 5 --latency 100ms --clouds-yaml "$work/sim$n/clouds.yaml" > "$work/sim$n.log" 2>&1 &
  simpid=$!
  for _ in $(seq 300); do [ -s "$work/sim$n/clouds.yaml" ] && break; sleep 0.1; done
  started=$(grep -o 'in [0-9.]*[mµ]*s' "$work/sim$n.log" | head -1)
  simrss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$simpid/status")
  simstart="$simstart| $n | ${started#in } | $simrss MB |
"
  scope=$(python3 -c "print(' & '.join('site%0*d' % (max(4, len(str($n))), i) for i in range(1, $n + 1)))")
  export OS_CLIENT_CONFIG_FILE=$work/sim$n/clouds.yaml
  # The floor: the same requests sent at once by a bare client (benches/floor.rs).
  floor=$(cargo bench -q --bench floor -- "$work/sim$n/clouds.yaml" "$n" "$runs" 2> /dev/null)
  # -c ID: one request per site; OSC's default columns: the image names too.
  for what in "cold|-c ID" "warm|-c ID" "warm|"; do
    mode=${what%%|*} cols=${what#*|}
    bins=("$oscope") && [ -n "$before" ] && bins+=("$before")
    cmds=() && for i in "${!bins[@]}"; do
      cache=$work/simcache$n-$i
      if [ $mode = cold ]; then prep=(--prepare "rm -rf $cache"); limit=0.2; else prep=(); limit=0.1
        XDG_CACHE_HOME=$cache "${bins[$i]}" --os-scope "$scope" token issue -f value -c id > /dev/null; fi
      cmds+=("${prep[@]}" "env XDG_CACHE_HOME=$cache ${bins[$i]} --os-scope '$scope' server list -f value $cols")
    done
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/h.json" "${cmds[@]}" > /dev/null
    w=$(median "$work/h.json" 0)
    rss() { { XDG_CACHE_HOME=$work/simcache$n-$1 /usr/bin/time -f %M "${bins[$1]}" --os-scope "$scope" server list -f value $cols > /dev/null; } 2>&1 | tail -1; }
    r=$(rss 0)
    f=$(echo "$floor" | awk -v m=$mode '$1 == m {print $2}')
    sf=$(echo "$floor" | awk -v m=socket-$mode '$1 == m {print $2}')
    extra=""
    [ -n "$before" ] && extra=" $(median "$work/h.json" 1) s | $(( $(rss 1) / 1024 )) MB |"
    [ -z "$cols" ] && limit=0.1 f=- sf=-
    echo "| $n sites, $mode token cache, \`${cols:-default columns}\` | ${w} s | $((r / 1024)) MB | ${limit} s | $(ratio "$w" "$limit") | ${f} s | $( [ "$f" = - ] && echo - || ratio "$w" "$f") | ${sf} s | $( [ "$sf" = - ] && echo - || ratio "$w" "$sf") |$extra"
  done
  kill "$simpid"; wait "$simpid" 2>/dev/null || true; simpid=
done
echo
echo "| simulator: sites in one process | started in | RSS once started |"
echo "|---|---|---|"
printf '%s' "$simstart"
echo
echo "Limits: a warm run needs one round trip per site (the server list;"
echo "-c ID needs no image names; OSC's default columns read the images"
echo "beside the servers), 100 ms; a cold run needs Keystone first, 200 ms."
echo "Floor: the same requests sent at once by a bare reqwest"
echo "client with the simulator on the same cores (benches/floor.rs), timed"
echo "inside that client, so without any process start-up. Socket floor: the"
echo "same exchanges written by hand on bare TCP sockets, no HTTP library."
