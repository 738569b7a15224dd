#!/usr/bin/env bash
# Every test: the workspace's (unit, simulator, golden, property), then
# those against real OpenStack (scripts/test-real.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --locked --workspace
scripts/test-real.sh
