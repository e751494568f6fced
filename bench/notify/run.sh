#!/usr/bin/env bash
# The notify benchmark: events published to the real broker, time until (WireMock) Slack receives the message
# each one causes, with the per-channel rate limit off. Writes bench/results/notify.md. Not part of the tests.
#
#   bench/notify/run.sh
#
# From a clean clone this is the one command: it packages notifier-service first when its jar is missing
# (BENCH_REBUILD=1 packages it again after a change). Starts Kafka and MariaDB with scripts/local-infra.sh
# (reused if already running, and then left running), a fresh database notifier_bench, and runs
# NotifyBench.java with the JDK's single-file launcher: it plays Slack with an embedded WireMock, starts the
# packaged service against it and publishes the load. Knobs (environment):
#
#   BENCH_RATE (20) events/s   BENCH_SECONDS (30)   BENCH_WARMUP (15)   BENCH_PORT (18084)
#   BENCH_PIN (1): the service on CPU 0, the driver on CPU 1, when there are 2+ CPUs
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
app="$root/notifier-service/target/quarkus-app"
work="$root/bench/.work/notify"
database=notifier_bench

say() { printf '[bench/notify] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

command -v java >/dev/null || die "a JDK 17+ is needed"
if [ ! -f "$app/quarkus-run.jar" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  say "packaging notifier-service (./mvnw -B package -DskipTests -pl notifier-service -am)"
  "$root/mvnw" -B -q -f "$root/pom.xml" package -DskipTests -pl notifier-service -am || die "the build failed"
fi
[ -f "$app/quarkus-run.jar" ] || die "no $app/quarkus-run.jar after the build"
wiremock_version=$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' "$root/pom.xml")
wiremock="$HOME/.m2/repository/org/wiremock/wiremock-standalone/$wiremock_version/wiremock-standalone-$wiremock_version.jar"
if [ ! -f "$wiremock" ]; then
  "$root/mvnw" -B -q -f "$root/pom.xml" dependency:get -Dartifact="org.wiremock:wiremock-standalone:$wiremock_version" \
    || die "cannot fetch WireMock $wiremock_version"
fi

started_infra=false
created_database=false
cleanup() {
  if $created_database; then
    # Each message's times, beside the driver's events.tsv, to see where the tail comes from.
    sql "SELECT m.event_id, m.action, m.channel, UNIX_TIMESTAMP(i.processed_at) * 1000, UNIX_TIMESTAMP(m.created_at) * 1000,
         UNIX_TIMESTAMP(m.sent_at) * 1000, m.attempts FROM $database.slack_message m
         LEFT JOIN $database.inbox_event i ON i.event_id = m.event_id ORDER BY m.id" > "$work/messages.tsv" 2>/dev/null || true
    sql "DROP DATABASE IF EXISTS $database" || true
  fi
  if $started_infra; then
    "$root/scripts/local-infra.sh" stop
  fi
}
trap cleanup EXIT

[ -x "$root/scripts/local-infra.sh" ] || die "scripts/local-infra.sh is missing: it starts Kafka and MariaDB"
"$root/scripts/local-infra.sh" status >/dev/null 2>&1 || started_infra=true
"$root/scripts/local-infra.sh" start
set -a
# shellcheck disable=SC1091
. "$root/.local/infra.env"
set +a

db_host_port=${RELEASETRAIN_DB_JDBC_BASE#jdbc:mysql://}
client=$(command -v mariadb || command -v mysql) || die "no mariadb client found"
sql() { MYSQL_PWD="$RELEASETRAIN_DB_PASSWORD" "$client" --no-defaults -h "${db_host_port%%:*}" -P "${db_host_port##*:}" \
  -u "$RELEASETRAIN_DB_USER" -N -e "$1"; }
sql "DROP DATABASE IF EXISTS $database; CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
created_database=true

mkdir -p "$work" "$root/bench/results"
export BENCH_CPUS="$(nproc)" BENCH_APP_JAR="$app/quarkus-run.jar" BENCH_WORK_DIR="$work" BENCH_OUTPUT="$root/bench/results/notify.md" \
  BENCH_DATABASE="$database"
classpath="$wiremock:$(ls "$app"/lib/main/*.jar | grep -E 'kafka-clients|io.releasetrain.events|com.fasterxml.jackson|slf4j-api|lz4|snappy|zstd' | tr '\n' ':')"
driver=(java -Xmx512m -cp "$classpath" "$root/bench/notify/NotifyBench.java")
if [ "${BENCH_PIN:-1}" = 1 ] && command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  export BENCH_APP_CPUS=0
  driver=(taskset -c 1 "${driver[@]}")
fi
"${driver[@]}"
say "results in bench/results/notify.md; service log in ${work#"$root"/}/notifier-service.log"
