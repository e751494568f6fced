#!/usr/bin/env bash
# Admission check benchmark: GET /clouds/{id}/admission against a bare endpoint (GET /bench/noop) in the
# same packaged maintenance-service, under the same concurrent load, in one run. Writes
# bench/results/admission.md. Not part of the test suite.
#
# From a clean clone:   bench/admission/run.sh   (packages maintenance-service first when its jar is missing;
# BENCH_REBUILD=1 packages it again)
#
# Infrastructure comes from scripts/local-infra.sh (MariaDB + Kafka), which writes .local/infra.env.
# Settings (environment, all optional): BENCH_CONCURRENCY (8), BENCH_WARMUP_SECONDS (10), BENCH_SECONDS (20),
# BENCH_PPCS (200), BENCH_PIN (1: app on CPU 0, driver on CPU 1 when there are 2+ CPUs), BENCH_KEEP_INFRA (0:
# stop the infrastructure afterwards if this script started it; infrastructure that was already running is
# always left running). RELEASETRAIN_INFRA_SCRIPT and RELEASETRAIN_INFRA_ENV point at another
# infrastructure starter and its env file.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP="$ROOT/maintenance-service/target/quarkus-app"
INFRA_SCRIPT="${RELEASETRAIN_INFRA_SCRIPT:-$ROOT/scripts/local-infra.sh}"
INFRA_ENV="${RELEASETRAIN_INFRA_ENV:-$ROOT/.local/infra.env}"
WORK="$ROOT/bench/.work/admission"

fail() { echo "bench/admission: $*" >&2; exit 1; }

if [ ! -f "$APP/quarkus-run.jar" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  echo "bench/admission: packaging maintenance-service (./mvnw -B install -DskipTests -pl maintenance-service -am)" >&2
  "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" install -DskipTests -pl maintenance-service -am || fail "the build failed"
fi
[ -f "$APP/quarkus-run.jar" ] || fail "no packaged service at $APP after the build"
CONNECTOR="$(ls "$APP"/lib/main/com.mysql.mysql-connector-j-*.jar 2>/dev/null | head -n 1)"
[ -n "$CONNECTOR" ] || fail "the MySQL driver is missing from $APP/lib/main; rebuild the service"
[ -x "$INFRA_SCRIPT" ] || fail "$INFRA_SCRIPT is missing or not executable; it starts MariaDB and Kafka"

# Infrastructure someone else started (local-infra.sh status says both run) is theirs: leave it running.
started_infra=0
infra_was_running=0
"$INFRA_SCRIPT" status 2>/dev/null && infra_was_running=1
cleanup() {
  if [ "$started_infra" = 1 ] && [ "${BENCH_KEEP_INFRA:-0}" != 1 ]; then
    "$INFRA_SCRIPT" stop || echo "bench/admission: could not stop the infrastructure" >&2
  fi
}
trap cleanup EXIT

"$INFRA_SCRIPT" start
[ "$infra_was_running" = 1 ] || started_infra=1
[ -f "$INFRA_ENV" ] || fail "$INFRA_SCRIPT start did not write $INFRA_ENV"
set -a
# shellcheck disable=SC1090
. "$INFRA_ENV"
set +a
for name in KAFKA_BOOTSTRAP_SERVERS RELEASETRAIN_DB_JDBC_BASE RELEASETRAIN_DB_USER; do
  [ -n "${!name:-}" ] || fail "$INFRA_ENV does not set $name"
done

mkdir -p "$WORK" "$ROOT/bench/results"
export BENCH_APP_JAR="$APP/quarkus-run.jar" BENCH_WORK_DIR="$WORK" BENCH_OUTPUT="$ROOT/bench/results/admission.md"

# Two cores: the service gets one to itself, the load driver the other; MariaDB floats. Without pinning the
# driver would take CPU from the service it is measuring.
driver=(java -Xmx512m -cp "$CONNECTOR" "$ROOT/bench/admission/AdmissionBench.java")
if [ "${BENCH_PIN:-1}" = 1 ] && command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  export BENCH_APP_CPUS=0
  driver=(taskset -c 1 "${driver[@]}")
fi

"${driver[@]}"
echo "bench/admission: results in bench/results/admission.md; service log in ${WORK#"$ROOT"/}/maintenance-service.log"
