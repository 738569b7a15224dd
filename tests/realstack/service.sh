#!/usr/bin/env bash
# Stops or starts one service of one realstack site, for failover tests.
#
#   service.sh stop SITE SERVICE     e.g. service.sh stop denver keystone
#   service.sh start                 start whatever is not running
#
# stop signals the service's process group by its pidfile (checking the pid
# really is that service, as stop-sites.sh does) and waits for it to go;
# start reruns start-sites.sh, which starts only what is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
STATE="${REALSTACK_HOME:-/tmp/realstack/state}"
case "${1:-}" in
  stop)
    site=$2 svc=$3
    pf="$STATE/sites/$site/run/$svc.pid"
    pid=$(cat "$pf")
    tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF "realstack-$site-$svc" \
      || { echo "service.sh: pid $pid is not $site's $svc" >&2; exit 1; }
    kill -TERM "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null
    rm -f "$pf"
    ;;
  start)
    "$here/start-sites.sh" "${REALSTACK_SITES:-3}" > "$STATE/restart.log" 2>&1
    ;;
  *) echo "usage: service.sh stop SITE SERVICE | start" >&2; exit 2 ;;
esac
