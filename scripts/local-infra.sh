#!/usr/bin/env bash
# Starts and stops the local infrastructure of Release Train: a KRaft Kafka broker and a private
# MariaDB server, as plain processes (no Docker, no root setup, nothing installed system-wide but
# the mariadb-server package). State lives in .local/ at the repository root.
#
#   scripts/local-infra.sh start    start both (idempotent) and write .local/infra.env
#   scripts/local-infra.sh stop     stop both
#   scripts/local-infra.sh status   say what runs; exit 0 only when both run
#   scripts/local-infra.sh reset    stop both and delete their data
#
# .local/infra.env exports KAFKA_BOOTSTRAP_SERVERS, RELEASETRAIN_DB_JDBC_BASE (jdbc:mysql://127.0.0.1:PORT),
# RELEASETRAIN_DB_USER and RELEASETRAIN_DB_PASSWORD. Ports: RT_KAFKA_PORT (default 9092),
# RT_KAFKA_CONTROLLER_PORT (9093), RT_DB_PORT (3306).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
local_dir="$root/.local"
kafka_dir="$local_dir/kafka"
db_dir="$local_dir/mariadb"
kafka_port=${RT_KAFKA_PORT:-9092}
controller_port=${RT_KAFKA_CONTROLLER_PORT:-9093}
db_port=${RT_DB_PORT:-3306}
databases=(promoter ppc_updater maintenance notifier)

say() { printf '[local-infra] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for_port() { # port seconds what log
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    port_open "$1" && return 0
    sleep 0.1
  done
  die "$3 did not open port $1 within $2 s; see $4"
}

# A Unix socket path may be at most 107 bytes and the checkout may lie anywhere, so MariaDB's socket
# lives in a fresh owner-only folder under a short temp folder (never under .local/), recorded in
# .local/mariadb/socket and removed by stop.
socket_base() {
  local base
  for base in "${TMPDIR:-/tmp}" /tmp; do
    # rt-mariadb.XXXXXXXXXX/mariadb.sock adds 33 characters.
    if [ -d "$base" ] && [ -w "$base" ] && [ $(( ${#base} + 33 )) -le 107 ]; then
      echo "$base"
      return 0
    fi
  done
  die "no temp folder short enough for MariaDB's socket (TMPDIR=${TMPDIR:-} is too long and /tmp is not writable)"
}

new_socket() {
  local dir
  dir=$(mktemp -d "$(socket_base)/rt-mariadb.XXXXXXXXXX")
  chmod 700 "$dir"
  echo "$dir/mariadb.sock" >"$db_dir/socket"
  cat "$db_dir/socket"
}

remove_socket() {
  if [ -f "$db_dir/socket" ]; then
    rm -rf "$(dirname "$(cat "$db_dir/socket")")"
    rm -f "$db_dir/socket"
  fi
}

find_binary() {
  local name
  for name in "$@"; do
    command -v "$name" 2>/dev/null && return 0
    for dir in /usr/sbin /usr/bin /usr/local/sbin /usr/local/bin; do
      [ -x "$dir/$name" ] && { echo "$dir/$name"; return 0; }
    done
  done
  return 1
}

start_mariadb() {
  if alive "$db_dir/pid"; then
    say "MariaDB already running on port $(cat "$db_dir/port")"
    return
  fi
  "$root/scripts/install-prerequisites.sh"
  local server installer client user
  server=$(find_binary mariadbd mysqld) || die "no mariadbd found after install"
  installer=$(find_binary mariadb-install-db mysql_install_db) || die "no mariadb-install-db found"
  client=$(find_binary mariadb mysql) || die "no mariadb client found"
  user=$(id -un)
  mkdir -p "$db_dir"
  if [ ! -d "$db_dir/data/mysql" ]; then
    say "initialising MariaDB data in $db_dir/data"
    "$installer" --no-defaults --datadir="$db_dir/data" --user="$user" \
      --auth-root-authentication-method=normal --skip-test-db >"$db_dir/install.log" 2>&1 \
      || die "mariadb-install-db failed; see $db_dir/install.log"
  fi
  [ -f "$db_dir/password" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$db_dir/password")
  port_open "$db_port" && die "port $db_port is taken; set RT_DB_PORT to a free port"
  remove_socket
  local socket
  socket=$(new_socket)
  # Durable commits as in production (every commit flushed, doublewrite on), sized for bursts: with the
  # default 96 MB redo log and no flushing while idle, one ingest benchmark run left the checkpoint age at
  # three quarters of the log (where InnoDB flushes in the foreground of commits), and it stayed there. A
  # larger log, a low-water mark that flushes dirty pages in the background and an SSD-sized I/O budget.
  local innodb_settings=(--innodb-log-file-size=512M --innodb-buffer-pool-size=256M
    --innodb-max-dirty-pages-pct-lwm=10 --innodb-io-capacity=1000 --innodb-flush-log-at-trx-commit=1)
  "$server" --no-defaults --datadir="$db_dir/data" --port="$db_port" --bind-address=127.0.0.1 \
    --socket="$socket" --pid-file="$db_dir/mariadbd.pid" --user="$user" --skip-log-bin \
    --skip-name-resolve --max-connections=500 --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci --transaction-isolation=READ-COMMITTED \
    "${innodb_settings[@]}" --log-error="$db_dir/server.log" >/dev/null 2>&1 &
  echo $! >"$db_dir/pid"
  echo "$db_port" >"$db_dir/port"
  wait_for_port "$db_port" 30 MariaDB "$db_dir/server.log"
  local password sql
  password=$(cat "$db_dir/password")
  sql="CREATE USER IF NOT EXISTS 'releasetrain'@'127.0.0.1' IDENTIFIED BY '$password';
       ALTER USER 'releasetrain'@'127.0.0.1' IDENTIFIED BY '$password';
       GRANT ALL PRIVILEGES ON *.* TO 'releasetrain'@'127.0.0.1';"
  for db in "${databases[@]}"; do
    sql+="CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
  done
  "$client" --no-defaults --protocol=socket --socket="$socket" -uroot -e "$sql" \
    || die "could not create the release train's databases"
  say "MariaDB ready on 127.0.0.1:$db_port (databases: ${databases[*]})"
}

start_kafka() {
  if alive "$kafka_dir/pid"; then
    say "Kafka already running on port $(cat "$kafka_dir/port")"
    return
  fi
  if [ ! -f "$kafka_dir/libs/.complete" ]; then
    say "copying the Kafka broker's jars with Maven (first run only)"
    rm -rf "$kafka_dir/libs"
    "$root/mvnw" -B -q -f "$root/scripts/kafka/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$kafka_dir/libs" -DincludeScope=runtime || die "could not fetch Kafka's jars"
    touch "$kafka_dir/libs/.complete"
  fi
  port_open "$kafka_port" && die "port $kafka_port is taken; set RT_KAFKA_PORT to a free port"
  mkdir -p "$kafka_dir"
  cat >"$kafka_dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$kafka_port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$kafka_port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$kafka_dir/data
num.partitions=3
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  local java_cmd=(java -Xmx512m -cp "$kafka_dir/libs/*")
  if [ ! -f "$kafka_dir/data/meta.properties" ]; then
    local cluster_id
    cluster_id=$("${java_cmd[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    "${java_cmd[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$kafka_dir/server.properties" \
      >"$kafka_dir/format.log" 2>&1 || die "could not format Kafka's storage; see $kafka_dir/format.log"
  fi
  "${java_cmd[@]}" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn kafka.Kafka "$kafka_dir/server.properties" \
    >"$kafka_dir/server.log" 2>&1 &
  echo $! >"$kafka_dir/pid"
  echo "$kafka_port" >"$kafka_dir/port"
  wait_for_port "$kafka_port" 60 Kafka "$kafka_dir/server.log"
  say "Kafka ready on 127.0.0.1:$kafka_port"
}

write_env() {
  cat >"$local_dir/infra.env" <<EOF
# Written by scripts/local-infra.sh; local only, never committed.
export KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$(cat "$kafka_dir/port")
export RELEASETRAIN_DB_JDBC_BASE=jdbc:mysql://127.0.0.1:$(cat "$db_dir/port")
export RELEASETRAIN_DB_USER=releasetrain
export RELEASETRAIN_DB_PASSWORD=$(cat "$db_dir/password")
EOF
  chmod 600 "$local_dir/infra.env"
  say "wrote $local_dir/infra.env"
}

stop_one() { # pidfile what
  if alive "$1"; then
    local pid
    pid=$(cat "$1")
    kill "$pid"
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    say "$2 stopped"
  fi
  rm -f "$1"
}

case "${1:-}" in
  start)
    mkdir -p "$local_dir"
    start_mariadb
    start_kafka
    write_env
    ;;
  stop)
    stop_one "$kafka_dir/pid" Kafka
    stop_one "$db_dir/pid" MariaDB
    remove_socket
    ;;
  status)
    running=0
    if alive "$kafka_dir/pid"; then say "Kafka running on $(cat "$kafka_dir/port")"; running=$((running + 1)); else say "Kafka stopped"; fi
    if alive "$db_dir/pid"; then say "MariaDB running on $(cat "$db_dir/port")"; running=$((running + 1)); else say "MariaDB stopped"; fi
    # Exit 0 only when both run, so scripts can ask without parsing the text.
    [ "$running" -eq 2 ]
    ;;
  reset)
    "$0" stop
    rm -rf "$kafka_dir/data" "$db_dir/data" "$local_dir/infra.env"
    say "data deleted"
    ;;
  *)
    sed -n '2,14p' "$0" >&2
    exit 2
    ;;
esac
