#!/usr/bin/env bash
# The reaction benchmark: from a "checks passed" webhook delivery to the merge call reaching GitHub.
#
#   bench/reaction/run.sh                # writes bench/results/reaction.md
#
# From a clean clone this is the one command: it packages promoter-service when its jar is missing
# (BENCH_REBUILD=1 packages it again). Starts the local Kafka and MariaDB (scripts/local-infra.sh; reused if
# running, and then left running), a fresh database promoter_reaction, a WireMock server playing GitHub, and
# the packaged promoter-service pointed at it. bench/reaction/ReactionBench.java then runs promotions into
# staging one after another (see its Javadoc). Stops what it started and drops its database. Not part of the
# test suite. Knobs (environment): BENCH_PROMOTIONS (200)  BENCH_WARMUP (20)  BENCH_PORT (18085)
# BENCH_WIREMOCK_PORT (18086)  BENCH_SERVICE_OPTS (extra JVM options for the service).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/bench/.work/reaction"
jar="$root/promoter-service/target/quarkus-app/quarkus-run.jar"
port=${BENCH_PORT:-18085}
wiremock_port=${BENCH_WIREMOCK_PORT:-18086}
repository=bench/reaction
database=promoter_reaction

say() { printf '[bench/reaction] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

command -v java >/dev/null || die "a JDK 17+ is needed"
command -v openssl >/dev/null || die "openssl is needed (it makes the throw-away token key)"
if [ ! -f "$jar" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  say "packaging promoter-service (./mvnw -B package -DskipTests -pl promoter-service -am)"
  "$root/mvnw" -B -q -f "$root/pom.xml" package -DskipTests -pl promoter-service -am || die "the build failed"
fi
[ -f "$jar" ] || die "no $jar after the build"
wiremock_jar=$(ls "$HOME"/.m2/repository/org/wiremock/wiremock-standalone/*/wiremock-standalone-*.jar 2>/dev/null | tail -1)
if [ -z "$wiremock_jar" ]; then
  "$root/mvnw" -B -q -f "$root/pom.xml" dependency:get -Dartifact=org.wiremock:wiremock-standalone:3.13.1 >/dev/null \
    || die "could not fetch wiremock-standalone"
  wiremock_jar=$(ls "$HOME"/.m2/repository/org/wiremock/wiremock-standalone/*/wiremock-standalone-*.jar | tail -1)
fi

mkdir -p "$work" "$root/bench/results"
service_pid=""
wiremock_pid=""
started_infra=false
created_database=false
cleanup() {
  for pid in "$service_pid" "$wiremock_pid"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
  if $created_database; then
    sql "DROP DATABASE IF EXISTS $database" || true
  fi
  if $started_infra; then
    "$root/scripts/local-infra.sh" stop
  fi
}
trap cleanup EXIT

if [ "$("$root/scripts/local-infra.sh" status 2>&1 | grep -c stopped)" = 2 ]; then
  started_infra=true
fi
"$root/scripts/local-infra.sh" start
# shellcheck disable=SC1091
. "$root/.local/infra.env"
db_host_port=${RELEASETRAIN_DB_JDBC_BASE#jdbc:mysql://}
client=$(command -v mariadb || command -v mysql) || die "no mariadb client found"
sql() { MYSQL_PWD="$RELEASETRAIN_DB_PASSWORD" "$client" --no-defaults -h "${db_host_port%%:*}" -P "${db_host_port##*:}" \
  -u "$RELEASETRAIN_DB_USER" -N -e "$1"; }
sql "DROP DATABASE IF EXISTS $database; CREATE DATABASE $database CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
created_database=true

# Throw-away secrets for this run only: a webhook secret, a GitHub token and a token-signing key pair.
(umask 077
 head -c 24 /dev/urandom | base64 >"$work/secret"
 openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/jwt.pem" 2>/dev/null
 openssl pkey -in "$work/jwt.pem" -pubout -out "$work/jwt.pub.pem"
 : >"$work/bench.properties")
cat >"$work/bench.properties" <<EOF
quarkus.http.port=$port
quarkus.datasource.jdbc.url=$RELEASETRAIN_DB_JDBC_BASE/$database
quarkus.datasource.username=$RELEASETRAIN_DB_USER
quarkus.datasource.password=$RELEASETRAIN_DB_PASSWORD
kafka.bootstrap.servers=$KAFKA_BOOTSTRAP_SERVERS
mp.jwt.verify.publickey.location=file:$work/jwt.pub.pem
mp.jwt.verify.issuer=https://bench.releasetrain.local
releasetrain.github.api-url=http://127.0.0.1:$wiremock_port
releasetrain.github.token=$(head -c 16 /dev/urandom | base64)
releasetrain.github.repositories.bench.name=$repository
releasetrain.github.repositories.bench.webhook-secret=$(cat "$work/secret")
releasetrain.github.repositories.bench.hook-id=424243
releasetrain.github.redelivery.interval=1h
releasetrain.promotion.repository=$repository
releasetrain.promotion.environments.staging.checks=continuous-integration/travis-ci/pr
quarkus.log.level=WARN
EOF

say "starting WireMock (GitHub) on port $wiremock_port"
java -Xmx256m -jar "$wiremock_jar" --port "$wiremock_port" --bind-address 127.0.0.1 --disable-banner \
  --container-threads 20 >"$work/wiremock.log" 2>&1 &
wiremock_pid=$!
say "starting promoter-service on port $port"
# shellcheck disable=SC2086
java -Xmx512m ${BENCH_SERVICE_OPTS:-} -Dquarkus.config.locations="file:$work/bench.properties" -jar "$jar" \
  >"$work/promoter-service.log" 2>&1 &
service_pid=$!
for _ in $(seq 1 600); do
  if curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 \
      && curl -fs "http://127.0.0.1:$wiremock_port/__admin/mappings" >/dev/null 2>&1; then
    break
  fi
  kill -0 "$service_pid" 2>/dev/null || die "promoter-service exited; see $work/promoter-service.log"
  sleep 0.1
done
curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || die "promoter-service not ready; see $work/promoter-service.log"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
java -cp "$wiremock_jar" "$root/bench/reaction/ReactionBench.java" --base "http://127.0.0.1:$port" \
  --wiremock-port "$wiremock_port" --secret-file "$work/secret" --key-file "$work/jwt.pem" --repository "$repository" \
  --promotions "${BENCH_PROMOTIONS:-200}" --warmup "${BENCH_WARMUP:-20}" --out "$root/bench/results/reaction.md"
cat >>"$root/bench/results/reaction.md" <<EOF

## Conditions

- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1)
- Load average (1/5/15 min) before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg).
- promoter-service: packaged jar, -Xmx512m${BENCH_SERVICE_OPTS:+ $BENCH_SERVICE_OPTS}, defaults otherwise (relay linger
  20 ms); MariaDB and Kafka from scripts/local-infra.sh, WireMock for GitHub, driver: all on the same machine.
- Commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$root" diff --quiet -- . ':!bench/results' 2>/dev/null || echo " (with uncommitted changes)")
EOF
say "results in bench/results/reaction.md"
