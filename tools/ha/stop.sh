#!/usr/bin/env bash
# Stops the formation of tools/ha/start.sh: the data nodes' services (each stops its PostgreSQL), then the monitor.
# Idempotent. With --destroy, also removes its base directory (every node's data: only for test formations).
set -uo pipefail
cd "$(dirname "$0")"
. ./env.sh
command -v pg_autoctl >/dev/null 2>&1 || exit 0
for name in "${HA_NODES[@]}" monitor; do
  if ha_running "$name"; then
    ha_as "pg_autoctl stop --pgdata '$HA_BASE/$name'" >/dev/null 2>&1
    for _ in $(seq 1 60); do ha_running "$name" || break; sleep 0.5; done
  fi
done
if [ "${1:-}" = "--destroy" ]; then
  rm -rf "$HA_BASE"
  echo "Formation stopped and removed ($HA_BASE)."
else
  echo "Formation stopped (data kept in $HA_BASE; tools/ha/start.sh starts it again)."
fi
