#!/usr/bin/env bash
# The ingest benchmark: promoter-service's webhook endpoint against a bare endpoint in the same app.
#
#   bench/ingest/run.sh                # writes bench/results/ingest.md
#
# From a clean clone this is the one command: it packages promoter-service first when its jar is missing
# (BENCH_REBUILD=1 packages it again, e.g. after changing the code).
# Starts the local Kafka and MariaDB (scripts/local-infra.sh; reused if already running, and then left
# running), a fresh database promoter_bench, and the packaged promoter-service
# (promoter-service/target/quarkus-app/quarkus-run.jar) with releasetrain.bench.enabled=true, which turns
# on POST /bench/noop (404 otherwise). Then bench/ingest/LoadDriver.java drives signed GitHub push
# deliveries with unique ids: a warm-up, a fixed-rate phase and a saturation phase against both
# endpoints. Stops what it started and drops its database. Not part of the test suite. Knobs (environment):
#
#   BENCH_RATE (500)  BENCH_CONCURRENCY (32)  BENCH_SECONDS (30)  BENCH_WARMUP (30)  BENCH_PORT (18081)
#   BENCH_ROUNDS (3): turns each endpoint takes in the saturation phase
#   BENCH_SERVICE_OPTS: extra JVM options for the service, e.g. -Dreleasetrain.webhooks.batch-linger=3ms
#   BENCH_ONLY: "rate-only PATH" or "profile PATH" runs just that phase of the driver against PATH and prints
#     its figures instead of writing the report, e.g. BENCH_ONLY="rate-only /webhooks/github"
#     BENCH_SERVICE_OPTS=-XX:StartFlightRecording=filename=/tmp/ingest.jfr to see where the service's time goes.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/bench/.work/ingest"
jar="$root/promoter-service/target/quarkus-app/quarkus-run.jar"
port=${BENCH_PORT:-18081}
rate=${BENCH_RATE:-500}
concurrency=${BENCH_CONCURRENCY:-32}
seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP:-30}
repository=bench/ingest
hook_id=424242
database=promoter_bench

say() { printf '[bench/ingest] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

command -v java >/dev/null || die "a JDK 17+ is needed"
if [ ! -f "$jar" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  say "packaging promoter-service (./mvnw -B install -DskipTests -pl promoter-service -am)"
  "$root/mvnw" -B -q -f "$root/pom.xml" install -DskipTests -pl promoter-service -am || die "the build failed"
fi
[ -f "$jar" ] || die "no $jar after the build"

mkdir -p "$work" "$root/bench/results"
service_pid=""
started_infra=false
created_database=false
cleanup() {
  if [ -n "$service_pid" ] && kill -0 "$service_pid" 2>/dev/null; then
    kill "$service_pid"
    wait "$service_pid" 2>/dev/null || true
    say "promoter-service stopped"
  fi
  if $created_database; then
    sql "DROP DATABASE IF EXISTS $database" || true
  fi
  if $started_infra; then
    "$root/scripts/local-infra.sh" stop
  fi
}
trap cleanup EXIT

[ -x "$root/scripts/local-infra.sh" ] || die "scripts/local-infra.sh is missing: it starts Kafka and MariaDB"
# Stopped at the end only if this run started both: someone else's running infrastructure is left alone.
if [ "$("$root/scripts/local-infra.sh" status 2>&1 | grep -c stopped)" = 2 ]; then
  started_infra=true
fi
"$root/scripts/local-infra.sh" start
# shellcheck disable=SC1091
. "$root/.local/infra.env"

db_host_port=${RELEASETRAIN_DB_JDBC_BASE#jdbc:mysql://}
db_host=${db_host_port%%:*}
db_port=${db_host_port##*:}
client=$(command -v mariadb || command -v mysql) || die "no mariadb client found"
sql() { MYSQL_PWD="$RELEASETRAIN_DB_PASSWORD" "$client" --no-defaults -h "$db_host" -P "$db_port" -u "$RELEASETRAIN_DB_USER" -N -e "$1"; }
sql "DROP DATABASE IF EXISTS $database; CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
created_database=true

# A throw-away webhook secret, in a file only this user can read; never on a command line.
(umask 077; head -c 24 /dev/urandom | base64 >"$work/secret"; : >"$work/bench.properties")
cat >"$work/bench.properties" <<EOF
quarkus.http.port=$port
quarkus.datasource.jdbc.url=$RELEASETRAIN_DB_JDBC_BASE/$database
quarkus.datasource.username=$RELEASETRAIN_DB_USER
quarkus.datasource.password=$RELEASETRAIN_DB_PASSWORD
kafka.bootstrap.servers=$KAFKA_BOOTSTRAP_SERVERS
releasetrain.bench.enabled=true
releasetrain.github.repositories.bench.name=$repository
releasetrain.github.repositories.bench.webhook-secret=$(cat "$work/secret")
releasetrain.github.repositories.bench.hook-id=$hook_id
quarkus.log.level=WARN
EOF

say "starting promoter-service on port $port"
# shellcheck disable=SC2086
java -Xmx512m ${BENCH_SERVICE_OPTS:-} -Dquarkus.config.locations="file:$work/bench.properties" -jar "$jar" \
  >"$work/promoter-service.log" 2>&1 &
service_pid=$!
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then
    break
  fi
  kill -0 "$service_pid" 2>/dev/null || die "promoter-service exited; see $work/promoter-service.log"
  sleep 0.1
done
curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || die "promoter-service not ready; see $work/promoter-service.log"

# The disk under MariaDB, before and after the load: every acknowledgement waits for one durable write.
probe() { java "$root/bench/ingest/StorageProbe.java" "$root/.local/mariadb/data" 10 2>&1 || echo "probe failed"; }
storage_before=""
if [ -z "${BENCH_ONLY:-}" ]; then
  say "probing the disk's durable-write latency for 10 s"
  storage_before=$(probe)
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_before=$(head -1 /proc/stat)
only=()
if [ -n "${BENCH_ONLY:-}" ]; then
  read -r only_mode only_path <<<"$BENCH_ONLY"
  case "$only_mode" in rate-only | profile) only=(--"$only_mode" "${only_path:?BENCH_ONLY needs a path}") ;;
    *) die "BENCH_ONLY must be 'rate-only PATH' or 'profile PATH', not '$BENCH_ONLY'" ;; esac
fi
java "$root/bench/ingest/LoadDriver.java" "${only[@]}" --base "http://127.0.0.1:$port" --secret-file "$work/secret" \
  --hook-id "$hook_id" --repository "$repository" --rate "$rate" --concurrency "$concurrency" \
  --seconds "$seconds" --warmup "$warmup" --rounds "${BENCH_ROUNDS:-3}" --out "$root/bench/results/ingest.md" \
  --pids "service=$service_pid,mariadb=$(cat "$root/.local/mariadb/pid" 2>/dev/null || echo 0),kafka=$(cat "$root/.local/kafka/pid" 2>/dev/null || echo 0)"
if [ ${#only[@]} -gt 0 ]; then
  exit 0
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cpu_after=$(head -1 /proc/stat)
# Shares of the machine's CPU time over the run, from /proc/stat: idle, and stolen by the hypervisor.
cpu_shares=$(printf '%s\n%s\n' "$cpu_before" "$cpu_after" | awk '
  NR == 1 { for (i = 2; i <= 9; i++) a[i] = $i }
  NR == 2 { for (i = 2; i <= 9; i++) { d[i] = $i - a[i]; t += d[i] }
            printf "idle %.0f%%, steal %.1f%%", 100 * (d[5] + d[6]) / t, 100 * d[9] / t }')

storage_after=$(probe)
innodb=$(sql "SELECT CONCAT('innodb_flush_log_at_trx_commit=', @@innodb_flush_log_at_trx_commit, ', doublewrite ', IF(@@innodb_doublewrite, 'on', 'off'), ', redo log ', @@innodb_log_file_size DIV 1048576, ' MiB, buffer pool ', @@innodb_buffer_pool_size DIV 1048576, ' MiB')")
# The relay publishes after commit: what it had not published yet when the load stopped, and a moment later.
pending_now=$(sql "SELECT COUNT(*) FROM $database.outbox_event")
sleep 5
pending_later=$(sql "SELECT COUNT(*) FROM $database.outbox_event")
recorded=$(sql "SELECT COUNT(*) FROM $database.webhook_delivery")

cat >>"$root/bench/results/ingest.md" <<EOF

## Conditions

- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)
- Load average (1/5/15 min) before the run: $load_before; after: $load_after. The run itself keeps both
  cores busy (driver, service, MariaDB, Kafka), so "after" includes it; a load average well above the core
  count before the run means other work shared the machine and the figures are pessimistic.
- CPU over the whole run (warm-up included): $cpu_shares.
- promoter-service: packaged jar, -Xmx512m${BENCH_SERVICE_OPTS:+ $BENCH_SERVICE_OPTS}, defaults otherwise; MariaDB and Kafka from scripts/local-infra.sh
  on the same machine. MariaDB: $innodb.
- The disk under MariaDB (\`StorageProbe.java\`), before the run: $storage_before; after: $storage_after.
  Every acknowledgement waits for such a durable write, so the disk's stalls are a floor under the p99.
- Deliveries recorded: $recorded. Outbox rows not yet published to Kafka when the load stopped: $pending_now;
  5 s later: $pending_later.
- Commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet -- . ':!bench/results' 2>/dev/null || echo " (with uncommitted changes)")
EOF
say "results in bench/results/ingest.md"
