#!/usr/bin/env bash
# oscope's main job, end to end, on this machine alone: builds oscope and
# its simulator, starts three independent OpenStack sites on 127.0.0.1
# (berlin, denver, paris) with denver down, and runs multi-site commands.
# Everything it starts stops when it ends.
set -uo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q -p oscope -p oscope-sim || exit 1
work=$(mktemp -d)
cleanup() { [ -n "${sim:-}" ] && kill "$sim" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT INT TERM

./target/release/oscope-sim --sites berlin,denver,paris --fault denver=refused \
  --clouds-yaml "$work/clouds.yaml" > "$work/sim.log" 2>&1 &
sim=$!
for _ in $(seq 100); do [ -s "$work/clouds.yaml" ] && break; sleep 0.1; done
cat > "$work/oscope.yaml" <<YAML
groups:
  europe: [berlin, paris]
YAML
export OS_CLIENT_CONFIG_FILE=$work/clouds.yaml OSCOPE_CONFIG=$work/oscope.yaml XDG_CACHE_HOME=$work/cache

run() {
  printf '\n\033[1m$ oscope %s\033[0m\n' "$*"
  ./target/release/oscope "$@"
  printf '(exit %s)\n' "$?"
}

echo "Three simulated sites, each with its own Keystone; denver refuses connections."
run site list --check --os-scope 'berlin & denver & paris'
echo; echo "# & : here and there, at once; rows merged, tagged with their site"
run server list --os-scope '@europe' -c Name -c Status -c Networks
echo; echo "# & with a site down: the others' rows, one line about denver, exit 3"
run flavor list --os-scope 'berlin & denver & paris' -c Name -c VCPUs
echo; echo "# | : here, or else there; denver fails, paris serves"
run image list --os-scope 'denver | paris'
echo; echo "# a scope per service, checked before anything is sent"
run scope check '{compute: berlin, image: denver | paris, *: @europe}'
echo; echo "# services at different sites: boot at berlin an image that paris holds"
head -c 1048576 /dev/urandom > "$work/debian.img"
run image create debian --file "$work/debian.img" --disk-format qcow2 --os-scope paris -c name -c checksum
run --explain server create vm1 --image debian --flavor m1.small \
  --os-scope '{compute: berlin, image: denver | paris}'
run server create vm1 --image debian --flavor m1.small \
  --os-scope '{compute: berlin, image: denver | paris}' -c name -c status
echo; echo "# the second boot reuses berlin's copy"
run server create vm2 --image debian --flavor m1.small \
  --os-scope '{compute: berlin, image: denver | paris}' -c name -c status
echo; echo "# all or nothing: denver is down, so what berlin and paris made is deleted"
run project create acme --atomic --os-scope 'berlin & denver & paris'
echo; echo "# create at every site of a scope"
run network create demo-net --os-scope '@europe' -c name -c status
echo; echo "# summed quotas and limits over the scope"
run limits show --absolute --os-scope '@europe' -c Name -c Value --sort-column Name
echo; echo "# the second command needs no Keystone round trip: tokens are cached"
run token issue --os-scope '@europe' -c expires -c project_id
