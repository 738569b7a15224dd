#!/usr/bin/env bash
# Every test: the workspace's (unit, simulator, golden, property), then
# those against real OpenStack with Nova, Neutron and Cinder too
# (scripts/test-real.sh --full; it installs RabbitMQ and MariaDB with apt,
# so it runs as root, as CI does). Without root: cargo test --workspace and
# scripts/test-real.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --locked --workspace
scripts/test-real.sh --full
