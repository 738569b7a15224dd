#!/usr/bin/env bash
# The tests against real OpenStack (tests/real.rs): installs Keystone,
# Glance, Placement and python-openstackclient from PyPI at the pinned
# versions of tests/realstack into a cached virtual environment, starts
# three independent sites on 127.0.0.1 (berlin, denver, paris), runs the
# tests, and stops the sites. Needs python3 with venv and pip; a failed
# install fails the run. About 2 minutes; 40 s of it the first install.
#
#   scripts/test-real.sh           Keystone, Glance, Placement (tests/real.rs)
#   scripts/test-real.sh --full    also Nova (fake virt driver), Neutron and
#                                  Cinder, with RabbitMQ and MariaDB from
#                                  Debian (apt, as root), and tests/real_full.rs;
#                                  about 6 minutes and 5 GB of memory more
set -euo pipefail
full=0
[ "${1:-}" = --full ] && full=1
cd "$(dirname "$0")/.."
cache=${XDG_CACHE_HOME:-$HOME/.cache}/oscope
if [ "$full" = 1 ]; then
  export REALSTACK_EXTRAS=1 REALSTACK_SERVICES=all
  export REALSTACK_VENV=${REALSTACK_VENV:-$cache/realstack-full-venv}
else
  export REALSTACK_VENV=${REALSTACK_VENV:-$cache/realstack-venv}
fi
export REALSTACK_HOME=${REALSTACK_HOME:-$(mktemp -d)/state}
export REALSTACK_BASE_PORT=${REALSTACK_BASE_PORT:-26000}
export REALSTACK_SITES=3

command -v python3 >/dev/null || { echo "test-real: python3 is needed to install OpenStack" >&2; exit 1; }
tests/realstack/install.sh
trap 'tests/realstack/stop-sites.sh --purge > /dev/null 2>&1 || true' EXIT
tests/realstack/start-sites.sh "$REALSTACK_SITES"

export OSCOPE_REALSTACK_CLOUDS=$REALSTACK_HOME/clouds.yaml
export OSCOPE_REALSTACK_HOME=$REALSTACK_HOME
export OSCOPE_REALSTACK_OSC=$REALSTACK_VENV/bin/openstack
cargo test --locked --test real -- --include-ignored --test-threads=1
if [ "$full" = 1 ]; then
  cargo test --locked --test real_full -- --include-ignored --test-threads=1
fi
