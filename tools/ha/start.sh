#!/usr/bin/env bash
# Starts (or resumes) the pg_auto_failover formation of docs/operations.md on this machine: a monitor and three
# PostgreSQL data nodes on the loopback, each with its own data directory and port, run as the postgres OS user.
# Idempotent: what exists is started again, what is missing is created. Waits until the formation is healthy
# (one primary, two secondaries) and prints the connection strings the app takes.
# Loopback only: nodes trust each other and the monitor (--auth trust, --no-ssl). Never expose these ports.
set -euo pipefail
cd "$(dirname "$0")"
. ./env.sh

if ! command -v pg_autoctl >/dev/null 2>&1; then
  echo "Installing postgresql-15-auto-failover"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq postgresql-15-auto-failover >/dev/null
fi

mkdir -p "$HA_BASE"/{config,share,run,logs}
chown -R "$HA_USER": "$HA_BASE"
chmod 700 "$HA_BASE/run"

# Starts a node's pg_autoctl service in the background (it supervises PostgreSQL and talks to the monitor).
start_service() { # start_service name create-arguments...
  local name=$1; shift
  if ha_running "$name"; then return 0; fi
  if [ -f "$HA_BASE/$name/PG_VERSION" ] || [ -d "$HA_BASE/config/pg_autoctl$HA_BASE/$name" ]; then
    ha_as "nohup pg_autoctl run --pgdata '$HA_BASE/$name' >>'$HA_BASE/logs/$name.log' 2>&1 &"
  else
    ha_as "nohup pg_autoctl create $* --pgdata '$HA_BASE/$name' --pgctl '$HA_PGBIN/pg_ctl' --hostname 127.0.0.1 \
      --auth trust --no-ssl --run >>'$HA_BASE/logs/$name.log' 2>&1 &"
  fi
}

wait_for() { # wait_for seconds description command...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 $((seconds * 2))); do "$@" && return 0; sleep 0.5; done
  echo "Timed out after ${seconds}s waiting for $what (logs: $HA_BASE/logs)" >&2; exit 1
}

start_service monitor "monitor --pgport $HA_PORT"
monitor_up() { [ "$(ha_sql_monitor 'SELECT 1')" = 1 ]; }
wait_for 60 "the monitor" monitor_up

node_state() { ha_sql_monitor "SELECT count(*) FILTER (WHERE reportedstate = 'primary' AND goalstate = 'primary') || ' ' || count(*) FILTER (WHERE reportedstate = 'secondary' AND goalstate = 'secondary') FROM pgautofailover.node WHERE formationid = '$HA_FORMATION'"; }
joined() { [ "$(ha_sql_monitor "SELECT count(*) FROM pgautofailover.node WHERE nodename = '$1' AND reportedstate IN ('single', 'primary', 'secondary', 'wait_primary')")" = 1 ]; }

# The data nodes one by one: the first registered becomes the primary, the others clone it and follow.
for name in "${HA_NODES[@]}"; do
  start_service "$name" "postgres --pgport $(ha_port "$name") --listen 127.0.0.1 --name $name --monitor $(ha_monitor_uri)"
  wait_for 180 "$name to join" joined "$name"
done

healthy() { [ "$(node_state)" = "1 2" ]; }
wait_for 240 "a healthy formation (1 primary, 2 secondaries; now $(node_state))" healthy

# An acknowledged commit is on the primary and at least one standby (docs/operations.md).
if [ "$(ha_sql_monitor "SELECT number_sync_standbys FROM pgautofailover.formation WHERE formationid = '$HA_FORMATION'")" != 1 ]; then
  ha_as "pg_autoctl set formation number-sync-standbys 1 --pgdata '$HA_BASE/node1'" >/dev/null 2>&1 \
    || ha_as "pg_autoctl set formation number-sync-standbys 1 --pgdata '$HA_BASE/monitor'" >/dev/null
fi

# Failure detection (env.sh, HA_TIMEOUTS). The monitor's settings reload without a restart; the nodes' too.
# Safe order: a cut-off primary demotes itself (network_partition_timeout) before the monitor stops waiting for it.
if [ "$HA_TIMEOUTS" = quick ]; then
  monitor_settings="health_check_period=2000 health_check_timeout=2000 health_check_max_retries=2 health_check_retry_delay=1000 node_considered_unhealthy_timeout=10000 primary_demote_timeout=12000"
  partition=6
else
  monitor_settings="health_check_period=5000 health_check_timeout=5000 health_check_max_retries=2 health_check_retry_delay=2000 node_considered_unhealthy_timeout=20000 primary_demote_timeout=30000"
  partition=20
fi
for setting in $monitor_settings; do
  ha_as "psql -h 127.0.0.1 -p $HA_PORT -d pg_auto_failover -XqAc 'ALTER SYSTEM SET pgautofailover.${setting%%=*} = ${setting#*=}'"
done
ha_as "psql -h 127.0.0.1 -p $HA_PORT -d pg_auto_failover -XqAtc 'SELECT pg_reload_conf()'" >/dev/null
for name in "${HA_NODES[@]}"; do
  ha_as "pg_autoctl config set timeout.network_partition_timeout $partition --pgdata '$HA_BASE/$name'" >/dev/null
done

primary_port=$(ha_sql_monitor "SELECT nodeport FROM pgautofailover.node WHERE formationid = '$HA_FORMATION' AND reportedstate = 'primary'")
psql_primary() { ha_as "psql -h 127.0.0.1 -p $primary_port -d postgres -XtAc \"$1\""; }
[ "$(psql_primary "SELECT 1 FROM pg_roles WHERE rolname = 'grassroots'")" = 1 ] \
  || psql_primary "CREATE ROLE grassroots LOGIN PASSWORD 'grassroots' CREATEDB" >/dev/null
[ "$(psql_primary "SELECT 1 FROM pg_database WHERE datname = 'grassroots'")" = 1 ] \
  || psql_primary "CREATE DATABASE grassroots OWNER grassroots" >/dev/null

hosts="127.0.0.1:$(ha_port node1),127.0.0.1:$(ha_port node2),127.0.0.1:$(ha_port node3)"
echo "Formation healthy: primary on port $primary_port, two secondaries; number_sync_standbys 1; timeouts $HA_TIMEOUTS."
echo "ConnectionStrings__Default=Host=$hosts;Username=grassroots;Password=grassroots;Database=grassroots;Target Session Attributes=read-write;Host Recheck Seconds=1;Timeout=3"
echo "ConnectionStrings__PostgresReplicas=Host=$hosts;Username=grassroots;Password=grassroots;Database=grassroots"
