#!/usr/bin/env bash
# Local dev/test backing services for the gateway: PostgreSQL 15, Redis 7 and a
# MongoDB wire-protocol server (mongo-java-server, services/mongo-wire/).
#
#   scripts/services.sh up       install what is missing, start what is not running
#   scripts/services.sh down     stop what this script started (PostgreSQL data is kept)
#   scripts/services.sh status   one line per service: name, url, up/down/external
#
# A service whose URL variable (PG_URL, REDIS_URL, MONGO_URL) is set and non-empty
# is "external" and left alone. Otherwise it runs on loopback:
#   postgres://postgres@127.0.0.1:${PG_PORT:-55432}/polyglot   (and polyglot_test)
#   redis://127.0.0.1:${REDIS_PORT:-56379}
#   mongodb://127.0.0.1:${MONGO_PORT:-57017}/?directConnection=true
# Data, pid files and logs live in <repo>/.services/. Installs use apt (needs root).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$ROOT"

SVC="$ROOT/.services"
PG_PORT="${PG_PORT:-55432}"
REDIS_PORT="${REDIS_PORT:-56379}"
MONGO_PORT="${MONGO_PORT:-57017}"
HOST=127.0.0.1
WAIT_SECS="${SERVICES_WAIT_SECS:-60}"

PG_BIN=/usr/lib/postgresql/15/bin
PG_DATABASES=(polyglot polyglot_test)
MONGO_SRC="$ROOT/services/mongo-wire"
MONGO_JAR="$MONGO_SRC/target/mongo-wire.jar"

log() { echo "services: $*"; }
die() { echo "services: ERROR: $*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }
managed() { # managed VAR -> true when the URL variable is unset or empty
  [ -z "${!1:-}" ]
}
# Hide a password in a URL before printing it.
mask_url() { sed -E 's#(://[^:/@]+):[^@/]*@#\1:***@#' <<<"$1"; }

# True when the pid in file $1 is alive and is a $2 process (guards against pid
# reuse); $2 = "*" accepts any process name.
pid_alive() {
  local file="$1" comm="$2" pid
  [ -s "$file" ] || return 1
  pid="$(pid_of "$file")"
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] || return 1
  [ "$comm" = "*" ] || [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$comm" ] || return 1
  # A killed daemon whose parent is gone may linger as a zombie until pid 1
  # reaps it: that is dead too.
  local stat
  stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  case "${stat%% *}" in Z | X | x) return 1 ;; esac
}
# (These readers never fail: with pipefail, a missing file would abort the script.)
pid_of() { { head -n1 "$1" 2>/dev/null || true; } | tr -dc 0-9; }
# Port a server of ours was started on (recorded next to its pid file).
recorded_port() { { head -n1 "$1" 2>/dev/null || true; } | tr -dc 0-9; }
port_matches() { [ "$(recorded_port "$1")" = "$2" ]; }

# Our server is alive but on another port than the one asked for now.
die_other_port() { # $1 service, $2 pid, $3 recorded port, $4 port variable name
  die "$1 (started by this script) is already running on $HOST:${3:-?} (pid $2), not on ${!4}; run 'scripts/services.sh down' first${3:+, or set $4=$3}"
}

# Before reusing a stale pid file: give pid 1 up to 10 s to reap a zombie left
# by a killed server (PostgreSQL refuses to start while its old pid "exists").
drop_stale_pidfile() { # $1 = file, $2 = service name for the message
  local pid i stat
  pid="$(pid_of "$1" 2>/dev/null || true)"
  for ((i = 0; i < 100 && ${#pid} > 0; i++)); do
    stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || break
    stat="${stat##*) }"
    [ "${stat%% *}" = Z ] || break
    sleep 0.1
  done
  log "$2: removing stale pid file"
  rm -f "$1"
}

tcp_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# Wait until a pid (from file $2, process name $3) exits; $1 = seconds.
wait_pid_gone() {
  local secs="$1" file="$2" comm="$3" i
  for ((i = 0; i < secs * 10; i++)); do
    pid_alive "$file" "$comm" || return 0
    sleep 0.1
  done
  return 1
}

tail_log() { if [ -f "$1" ]; then tail -n 15 "$1" | sed "s/^/    /" >&2; fi; }

# ---------------------------------------------------------------- installs ---
APT_UPDATED=0
POLICY_RC_CREATED=0
cleanup_policy_rc() {
  if [ "$POLICY_RC_CREATED" = 1 ]; then rm -f /usr/sbin/policy-rc.d; POLICY_RC_CREATED=0; fi
}
trap cleanup_policy_rc EXIT

apt_install() {
  local sudo=""
  if ! is_root; then
    command -v sudo >/dev/null 2>&1 || die "need root (or sudo) to install: $*"
    sudo="sudo"
  fi
  mkdir -p "$SVC"
  local alog="$SVC/apt.log"
  # Keep apt's maintainer scripts from starting the Debian system services
  # (we run our own servers on our own ports; a container has no init anyway).
  if is_root && [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
    POLICY_RC_CREATED=1
  fi
  if [ "$APT_UPDATED" = 0 ]; then
    log "apt-get update"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$alog" 2>&1 9>&- ||
      { tail_log "$alog"; die "apt-get update failed (log: $alog)"; }
    APT_UPDATED=1
  fi
  log "installing $* (apt)"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@" >>"$alog" 2>&1 9>&- ||
    { tail_log "$alog"; die "apt-get install $* failed (log: $alog)"; }
  cleanup_policy_rc
}

ensure_installed() {
  local pkgs=()
  if managed PG_URL && [ ! -x "$PG_BIN/postgres" ]; then pkgs+=(postgresql-15); fi
  if managed REDIS_URL && ! command -v redis-server >/dev/null 2>&1; then pkgs+=(redis-server); fi
  if managed MONGO_URL; then
    if mongo_needs_build; then # building needs a JDK and Maven
      command -v javac >/dev/null 2>&1 || pkgs+=(openjdk-17-jdk-headless)
      command -v mvn >/dev/null 2>&1 || pkgs+=(maven)
    else
      command -v java >/dev/null 2>&1 || pkgs+=(openjdk-17-jre-headless)
    fi
  fi
  # Not a service: the browser the explorer's test drives (test/explorer/).
  command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || pkgs+=(chromium)
  if [ "${#pkgs[@]}" -gt 0 ]; then apt_install "${pkgs[@]}"; fi
}

# -------------------------------------------------------------- postgresql ---
# PostgreSQL refuses to run as root, so as root it runs as the `postgres` user,
# which must be able to reach its directory. When the repo sits somewhere
# `postgres` cannot traverse (e.g. under /root), the real directory goes to
# /var/lib/postgresql/gateway-dev/<hash of repo path> and .services/pg is a
# symlink to it. PG_DIR is always the physical path handed to PostgreSQL.
PG_DIR=""
pg_resolve_dir() { # $1 = create (1/0)
  local link="$SVC/pg"
  if [ -L "$link" ]; then
    PG_DIR="$(readlink -f "$link" || true)"
    if [ "$1" = 1 ] && [ -n "$PG_DIR" ]; then
      mkdir -p "$PG_DIR"
      if is_root; then chown postgres:postgres "$PG_DIR"; fi
    fi
    return 0
  fi
  PG_DIR="$link"
  [ "$1" = 1 ] || return 0
  mkdir -p "$PG_DIR"
  is_root || return 0
  chmod 755 "$SVC"
  chown postgres:postgres "$PG_DIR"
  if runuser -u postgres -- test -w "$PG_DIR" -a -x "$PG_DIR"; then return 0; fi
  if [ -e "$PG_DIR/data/PG_VERSION" ]; then
    die "postgres: user 'postgres' cannot reach $PG_DIR (a parent directory is not traversable); make it traversable (chmod o+x) or move the data"
  fi
  local hash fallback
  hash="$(printf %s "$ROOT" | sha1sum | cut -c1-12)"
  fallback="/var/lib/postgresql/gateway-dev/$hash"
  log "postgres: $ROOT is not traversable by user 'postgres'; data in $fallback (symlinked from .services/pg)"
  mkdir -p "$fallback"
  chown postgres:postgres "$(dirname "$fallback")" "$fallback"
  rm -rf "$PG_DIR"
  ln -s "$fallback" "$link"
  PG_DIR="$fallback"
}

as_pg() { # run a PostgreSQL tool as the postgres user (or as ourselves when not root)
  if is_root; then
    (cd "$PG_DIR" && runuser -u postgres -- "$@" 9>&-)
  else
    (cd "$PG_DIR" && "$@" 9>&-)
  fi
}

pg_tool() { if [ -x "$PG_BIN/$1" ]; then echo "$PG_BIN/$1"; else command -v "$1" || echo "$1"; fi; }
pg_ready() { "$(pg_tool pg_isready)" -q -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -t 2 >/dev/null 2>&1; }
pg_pidfile() { echo "$PG_DIR/data/postmaster.pid"; }
pg_port_of() { { sed -n 4p "$(pg_pidfile)" 2>/dev/null || true; } | tr -dc 0-9; } # postmaster.pid line 4 = port
pg_running() { pid_alive "$(pg_pidfile)" postgres && [ "$(pg_port_of)" = "$PG_PORT" ] && pg_ready; }

pg_socket_opt() {
  # A Unix socket path must fit in ~107 bytes; with a very deep repo path we
  # go TCP-only (everything here connects over 127.0.0.1 anyway).
  local dir="$PG_DIR/run"
  if [ "$((${#dir} + 20))" -lt 100 ]; then echo "$dir"; else echo ""; fi
}

pg_up() {
  pg_resolve_dir 1
  local data="$PG_DIR/data" plog="$PG_DIR/postgres.log" pidf
  pidf="$(pg_pidfile)"
  if pg_running; then log "postgres already up on $HOST:$PG_PORT"; return 0; fi
  if pid_alive "$pidf" postgres; then
    if [ -n "$(pg_port_of)" ] && [ "$(pg_port_of)" != "$PG_PORT" ]; then
      die_other_port postgres "$(pid_of "$pidf")" "$(pg_port_of)" PG_PORT
    fi
    # Our postmaster is alive but not answering yet (starting or recovering).
    pg_wait "$plog" || die "postgres (pid $(pid_of "$pidf")) is running but not accepting connections on $HOST:$PG_PORT; see $plog"
    log "postgres up on $HOST:$PG_PORT"
    return 0
  fi
  if [ -f "$pidf" ]; then drop_stale_pidfile "$pidf" postgres; fi
  if tcp_open "$PG_PORT"; then
    die "postgres: port $HOST:$PG_PORT is in use by another process; set PG_PORT, or PG_URL to use that server"
  fi

  if [ ! -s "$data/PG_VERSION" ]; then
    log "postgres: initdb $data"
    as_pg "$PG_BIN/initdb" -D "$data" --auth=trust -U postgres --encoding=UTF8 --locale=C.UTF-8 \
      >>"$PG_DIR/initdb.log" 2>&1 || { tail_log "$PG_DIR/initdb.log"; die "postgres: initdb failed; see $PG_DIR/initdb.log"; }
  fi

  local sock
  sock="$(pg_socket_opt)"
  if [ -n "$sock" ]; then
    mkdir -p "$sock"
    if is_root; then chown postgres:postgres "$sock"; fi
  fi
  # fsync/synchronous_commit/full_page_writes off: a disposable dev/test
  # server where speed matters and a crash may lose data (never do this in
  # production).
  local opts="-c listen_addresses=$HOST -p $PG_PORT -c unix_socket_directories='$sock'"
  opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  # Statement counts and planning times for `npm run bench:peer` (and anyone tuning a query).
  opts+=" -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_planning=on"
  as_pg "$PG_BIN/pg_ctl" -D "$data" -l "$plog" -o "$opts" -w -t "$WAIT_SECS" start >/dev/null 2>&1 ||
    { tail_log "$plog"; die "postgres failed to start on $HOST:$PG_PORT; see $plog"; }
  pg_wait "$plog" || { tail_log "$plog"; die "postgres not accepting connections on $HOST:$PG_PORT after ${WAIT_SECS}s; see $plog"; }

  local psql db
  psql="$(pg_tool psql)"
  for db in "${PG_DATABASES[@]}"; do
    if [ -z "$("$psql" -X -q -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      "$psql" -X -q -h "$HOST" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE DATABASE \"$db\"" >/dev/null || die "postgres: could not create database $db"
      log "postgres: created database $db"
    fi
  done
  log "postgres up on $HOST:$PG_PORT"
}

pg_wait() {
  local i
  for ((i = 0; i < WAIT_SECS * 4; i++)); do
    pg_ready && return 0
    sleep 0.25
  done
  return 1
}

pg_down() {
  pg_resolve_dir 0
  local pidf
  pidf="$(pg_pidfile)"
  if ! pid_alive "$pidf" postgres; then
    if [ -f "$pidf" ]; then rm -f "$pidf"; fi
    log "postgres not running"
    return 0
  fi
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t "$WAIT_SECS" stop >/dev/null 2>&1 ||
    die "postgres: pg_ctl stop failed; see $PG_DIR/postgres.log"
  log "postgres stopped (data kept in .services/pg/data)"
}

# ------------------------------------------------------------------- redis ---
REDIS_DIR="$SVC/redis"
REDIS_PID="$REDIS_DIR/redis.pid"
REDIS_LOG="$REDIS_DIR/redis.log"
REDIS_PORTF="$REDIS_DIR/redis.port"

redis_ping() { [ "$(redis-cli -h "$HOST" -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; }
redis_running() {
  pid_alive "$REDIS_PID" redis-server && port_matches "$REDIS_PORTF" "$REDIS_PORT" && redis_ping
}

redis_up() {
  mkdir -p "$REDIS_DIR"
  if redis_running; then log "redis already up on $HOST:$REDIS_PORT"; return 0; fi
  if pid_alive "$REDIS_PID" redis-server && ! port_matches "$REDIS_PORTF" "$REDIS_PORT"; then
    die_other_port redis "$(pid_of "$REDIS_PID")" "$(recorded_port "$REDIS_PORTF")" REDIS_PORT
  fi
  if ! pid_alive "$REDIS_PID" redis-server; then
    if [ -f "$REDIS_PID" ]; then drop_stale_pidfile "$REDIS_PID" redis; fi
    if tcp_open "$REDIS_PORT"; then
      die "redis: port $HOST:$REDIS_PORT is in use by another process; set REDIS_PORT, or REDIS_URL to use that server"
    fi
    echo "$REDIS_PORT" >"$REDIS_PORTF"
    # In-memory only: no RDB snapshots, no AOF.
    redis-server --bind "$HOST" --port "$REDIS_PORT" --daemonize yes \
      --pidfile "$REDIS_PID" --logfile "$REDIS_LOG" --dir "$REDIS_DIR" \
      --save "" --appendonly no >>"$REDIS_LOG" 2>&1 9>&- ||
      { tail_log "$REDIS_LOG"; die "redis failed to start on $HOST:$REDIS_PORT; see $REDIS_LOG"; }
  fi
  local i
  for ((i = 0; i < WAIT_SECS * 10; i++)); do
    if redis_ping; then log "redis up on $HOST:$REDIS_PORT"; return 0; fi
    if [ -s "$REDIS_PID" ] && ! pid_alive "$REDIS_PID" redis-server; then
      tail_log "$REDIS_LOG"
      die "redis exited during startup; see $REDIS_LOG"
    fi
    sleep 0.1
  done
  tail_log "$REDIS_LOG"
  die "redis not answering PING on $HOST:$REDIS_PORT after ${WAIT_SECS}s; see $REDIS_LOG"
}

redis_down() {
  if ! pid_alive "$REDIS_PID" redis-server; then
    rm -f "$REDIS_PID"
    log "redis not running"
    return 0
  fi
  local port
  port="$(recorded_port "$REDIS_PORTF")"
  redis-cli -h "$HOST" -p "${port:-$REDIS_PORT}" shutdown nosave >/dev/null 2>&1 || true
  if ! wait_pid_gone 10 "$REDIS_PID" redis-server; then
    kill "$(pid_of "$REDIS_PID")" 2>/dev/null || true
    wait_pid_gone 10 "$REDIS_PID" redis-server || die "redis (pid $(pid_of "$REDIS_PID")) did not stop"
  fi
  rm -f "$REDIS_PID" "$REDIS_PORTF"
  log "redis stopped"
}

# ------------------------------------------------------------------- mongo ---
MONGO_DIR="$SVC/mongo"
MONGO_PID="$MONGO_DIR/mongo.pid"
MONGO_LOG="$MONGO_DIR/mongo.log"
MONGO_PORTF="$MONGO_DIR/mongo.port"

mongo_running() {
  pid_alive "$MONGO_PID" java && port_matches "$MONGO_PORTF" "$MONGO_PORT" && tcp_open "$MONGO_PORT"
}

# The jar is missing or older than any of its sources.
mongo_needs_build() {
  [ ! -f "$MONGO_JAR" ] ||
    [ -n "$(find "$MONGO_SRC/pom.xml" "$MONGO_SRC/src" -newer "$MONGO_JAR" -print -quit)" ]
}

mongo_build() {
  mongo_needs_build || return 0
  command -v mvn >/dev/null 2>&1 || die "mongo: mvn not found (needed to build $MONGO_JAR)"
  local blog="$MONGO_DIR/build.log"
  log "mongo: building services/mongo-wire (first build fetches Maven dependencies)"
  mvn -q -B -Dstyle.color=never -f "$MONGO_SRC/pom.xml" package -DskipTests >"$blog" 2>&1 9>&- ||
    { tail_log "$blog"; die "mongo: maven build failed; see $blog"; }
  [ -f "$MONGO_JAR" ] || die "mongo: build produced no $MONGO_JAR; see $blog"
  touch "$MONGO_JAR"
}

mongo_up() {
  mkdir -p "$MONGO_DIR"
  if mongo_running; then log "mongo already up on $HOST:$MONGO_PORT"; return 0; fi
  if pid_alive "$MONGO_PID" java && ! port_matches "$MONGO_PORTF" "$MONGO_PORT"; then
    die_other_port mongo "$(pid_of "$MONGO_PID")" "$(recorded_port "$MONGO_PORTF")" MONGO_PORT
  fi
  if ! pid_alive "$MONGO_PID" java; then
    if [ -f "$MONGO_PID" ]; then drop_stale_pidfile "$MONGO_PID" mongo; fi
    if tcp_open "$MONGO_PORT"; then
      die "mongo: port $HOST:$MONGO_PORT is in use by another process; set MONGO_PORT, or MONGO_URL to use that server"
    fi
    mongo_build
    command -v java >/dev/null 2>&1 || die "mongo: java not found"
    # New session (setsid) so the server outlives the calling shell/CI step;
    # the inner shell records its own pid, then becomes java (exec).
    echo "--- $(date -u +%FT%TZ) start on $HOST:$MONGO_PORT" >>"$MONGO_LOG"
    echo "$MONGO_PORT" >"$MONGO_PORTF"
    nohup setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$MONGO_PID" \
      java -Xmx1g -jar "$MONGO_JAR" "$HOST" "$MONGO_PORT" >>"$MONGO_LOG" 2>&1 </dev/null 9>&- &
  fi
  local i
  for ((i = 0; i < WAIT_SECS * 10; i++)); do
    # ("*": for an instant the pid is still the wrapper bash, before exec java)
    if [ -s "$MONGO_PID" ] && ! pid_alive "$MONGO_PID" "*"; then
      tail_log "$MONGO_LOG"
      die "mongo-wire exited during startup; see $MONGO_LOG"
    fi
    if pid_alive "$MONGO_PID" java && tcp_open "$MONGO_PORT"; then
      log "mongo up on $HOST:$MONGO_PORT"
      return 0
    fi
    sleep 0.1
  done
  tail_log "$MONGO_LOG"
  die "mongo-wire not accepting connections on $HOST:$MONGO_PORT after ${WAIT_SECS}s; see $MONGO_LOG"
}

mongo_down() {
  if ! pid_alive "$MONGO_PID" java; then
    rm -f "$MONGO_PID"
    log "mongo not running"
    return 0
  fi
  kill -TERM "$(pid_of "$MONGO_PID")" 2>/dev/null || true
  if ! wait_pid_gone 15 "$MONGO_PID" java; then
    kill -KILL "$(pid_of "$MONGO_PID")" 2>/dev/null || true
    wait_pid_gone 5 "$MONGO_PID" java || die "mongo-wire (pid $(pid_of "$MONGO_PID")) did not stop"
  fi
  rm -f "$MONGO_PID" "$MONGO_PORTF"
  log "mongo stopped"
}

# ------------------------------------------------------------------ status ---
status_line() { printf '%-9s %-56s %s\n' "$1" "$2" "$3"; }

status() {
  local state
  if managed PG_URL; then
    pg_resolve_dir 0
    if pg_running; then state=up; else state=down; fi
    status_line postgres "postgres://postgres@$HOST:$PG_PORT/polyglot" "$state"
  else
    status_line postgres "$(mask_url "$PG_URL")" external
  fi
  if managed REDIS_URL; then
    if redis_running; then state=up; else state=down; fi
    status_line redis "redis://$HOST:$REDIS_PORT" "$state"
  else
    status_line redis "$(mask_url "$REDIS_URL")" external
  fi
  if managed MONGO_URL; then
    if mongo_running; then state=up; else state=down; fi
    status_line mongo "mongodb://$HOST:$MONGO_PORT/?directConnection=true" "$state"
  else
    status_line mongo "$(mask_url "$MONGO_URL")" external
  fi
}

# -------------------------------------------------------------------- main ---
lock() {
  mkdir -p "$SVC"
  # fd 9 holds the lock; every long-lived child is started with 9>&- so that
  # a daemon does not keep holding it after this script exits.
  exec 9>"$SVC/.lock"
  flock -w 900 9 || die "another services.sh is still running (lock $SVC/.lock)"
}

cmd="${1:-}"
case "$cmd" in
  up)
    lock
    ensure_installed
    if managed PG_URL; then pg_up; else log "postgres external (PG_URL set), not managed"; fi
    if managed REDIS_URL; then redis_up; else log "redis external (REDIS_URL set), not managed"; fi
    if managed MONGO_URL; then mongo_up; else log "mongo external (MONGO_URL set), not managed"; fi
    ;;
  down)
    lock
    # Stops whatever this script started (live pid files), whatever the URL variables say.
    pg_down
    redis_down
    mongo_down
    ;;
  status)
    status
    ;;
  *)
    echo "usage: $0 up|down|status" >&2
    exit 2
    ;;
esac
