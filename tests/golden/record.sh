#!/usr/bin/env bash
# Records python-openstackclient's output against the simulator into
# tests/golden/*.txt, for tests/golden.rs to compare oscope's with.
#
#   tests/golden/record.sh [path/to/openstack]
#
# The simulator is deterministic (IDs derive from site names, seeded data
# has fixed times), so the files hold for any run with the same seed: one
# site `berlin`, oscope-sim's default seed. OSC comes from realstack's venv
# (../shared/realstack/install.sh) unless a path is given.
set -euo pipefail
cd "$(dirname "$0")/../.."
osc=${1:-/tmp/realstack/venv/bin/openstack}
cargo build -q -p oscope-sim
dir=$(mktemp -d)
trap 'kill $sim 2>/dev/null; rm -rf "$dir"' EXIT
./target/debug/oscope-sim --sites berlin --clouds-yaml "$dir/clouds.yaml" > "$dir/sim.log" 2>&1 &
sim=$!
for _ in $(seq 50); do [ -s "$dir/clouds.yaml" ] && break; sleep 0.1; done
export OS_CLIENT_CONFIG_FILE=$dir/clouds.yaml
grep -v '^#' tests/golden/cases.txt | while IFS='|' read -r name args; do
  name=$(echo "$name" | xargs)
  # shellcheck disable=SC2086
  "$osc" --os-cloud berlin $args > "tests/golden/$name.txt"
  echo "recorded $name"
done
