# Shared settings of tools/ha/start.sh and stop.sh (docs/operations.md, "High availability").
# Override any of them in the environment: GRASSROOTS_HA_BASE=/srv/ha GRASSROOTS_HA_PORT=7000 tools/ha/start.sh
HA_BASE=${GRASSROOTS_HA_BASE:-/var/tmp/grassroots-ha}
HA_PORT=${GRASSROOTS_HA_PORT:-6000}          # the monitor; the data nodes take the next three ports
HA_FORMATION=default
HA_PGBIN=${GRASSROOTS_HA_PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)}
HA_USER=postgres                            # pg_autoctl and PostgreSQL run as this OS user, never as root
HA_NODES=(node1 node2 node3)
# "quick" (default): the monitor declares a silent primary dead after about 10 s and waits 12 s for it to demote itself
# before promoting a standby, and a primary cut off from the monitor and its standbys demotes itself after 6 s.
# "defaults": pg_auto_failover's own (20 s, 30 s, 20 s): about 50 s from a dead primary to a new one (docs/operations.md).
HA_TIMEOUTS=${GRASSROOTS_HA_TIMEOUTS:-quick}

ha_port() { # ha_port node1 → 6001
  case "$1" in monitor) echo "$HA_PORT" ;; node*) echo $((HA_PORT + ${1#node})) ;; esac
}

# Runs a command as the PostgreSQL user with pg_autoctl's configuration and state kept under the base directory.
ha_as() {
  local cmd="export PATH='$HA_PGBIN':\$PATH XDG_CONFIG_HOME='$HA_BASE/config' XDG_DATA_HOME='$HA_BASE/share' XDG_RUNTIME_DIR='$HA_BASE/run'; $*"
  if [ "$(id -un)" = "$HA_USER" ]; then bash -c "$cmd"; else runuser -u "$HA_USER" -- bash -c "$cmd"; fi
}

ha_monitor_uri() { echo "postgres://autoctl_node@127.0.0.1:$HA_PORT/pg_auto_failover?sslmode=disable"; }

ha_running() { # ha_running node1: is its pg_autoctl service alive?
  local pidfile="$HA_BASE/run/pg_autoctl$HA_BASE/$1/pg_autoctl.pid"
  [ -f "$pidfile" ] && kill -0 "$(head -1 "$pidfile")" 2>/dev/null
}

ha_sql_monitor() {
  ha_as "psql -h 127.0.0.1 -p $HA_PORT -U autoctl_node -d pg_auto_failover -XtAc \"$1\"" 2>/dev/null
}
