#!/usr/bin/env bash
# Rollout benchmark: 1,000 simulated PPCs, concurrency 50, fixed-duration simulated updates, driven by
# ppc-updater-service's rollout rules; wall time vs ideal, and memory at 1,000 and 10,000 PPCs.
# Writes bench/results/rollout.md. Not part of the test suite.
#
# From a clean clone: bench/rollout/run.sh (compiles ppc-updater-service when its classes are missing;
# BENCH_REBUILD=1 compiles again). Settings (environment, optional): BENCH_UPDATE_MS (200), BENCH_BAKE_MS (500),
# BENCH_CONCURRENCY (50), BENCH_SIZES ("1000 10000").
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLASSES="$ROOT/ppc-updater-service/target/classes"

if [ ! -f "$CLASSES/io/releasetrain/ppcupdater/rollout/plan/RolloutStep.class" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  echo "bench/rollout: compiling ppc-updater-service (./mvnw -B -q compile -pl ppc-updater-service -am)" >&2
  "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" compile -pl ppc-updater-service -am
fi
mkdir -p "$ROOT/bench/results"
# shellcheck disable=SC2086
exec java -Xms256m -Xmx256m -XX:+UseSerialGC \
  -Dbench.update-ms="${BENCH_UPDATE_MS:-200}" -Dbench.bake-ms="${BENCH_BAKE_MS:-500}" \
  -Dbench.concurrency="${BENCH_CONCURRENCY:-50}" \
  -cp "$CLASSES" "$ROOT/bench/rollout/RolloutBench.java" "$ROOT/bench/results/rollout.md" ${BENCH_SIZES:-1000 10000}
