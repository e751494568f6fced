#!/usr/bin/env bash
# The footprint benchmark: how fast each service (and the sandbox) is ready and how much memory it takes,
# alone and as the whole local stack, under a few sets of JVM options.
#
#   bench/footprint/run.sh        # writes bench/results/footprint.md
#
# From a clean clone this is the one command: it packages the four services and the sandbox when a jar is
# missing (BENCH_REBUILD=1 packages them again). Starts the local Kafka and MariaDB (scripts/local-infra.sh;
# reused if already running, and then left running) and runs every app with the configuration
# ./release-train gives it (scripts/local-apps.sh), on its own ports (BENCH_PORT_BASE, 18180: +1..+4 for the
# services, +9 for the sandbox) and with its own pid files and logs under bench/.work/footprint, so a running
# local train is not disturbed. Not part of the test suite.
#
# "Ready" is the first 200 from GET /q/health/ready (database and Kafka connected), measured from the moment
# the JVM is spawned; RSS is VmRSS from /proc three seconds after that. Each figure is the median of
# BENCH_RUNS (3) starts. Variants (JVM options):
#   baseline      -Xmx384m (what scripts/run-local.sh used before)
#   tuned         what ./release-train uses without its archive (default_java_opts in scripts/local-apps.sh):
#                 -Xms64m -Xmn32m -Xmx256m -Xss512k -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1
#   tuned+appcds  tuned, plus the app's own class-data archive (-XX:SharedArchiveFile), recorded by one
#                 training start with -XX:ArchiveClassesAtExit first
# Targets: each service ready in under 2 s and under 250 MB; the whole stack ready in under 30 s.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
work="$root/bench/.work/footprint"
runs=${BENCH_RUNS:-3}
base=${BENCH_PORT_BASE:-18180}
export RT_PROMOTER_PORT=$((base + 1)) RT_PPC_UPDATER_PORT=$((base + 2)) RT_MAINTENANCE_PORT=$((base + 3))
export RT_NOTIFIER_PORT=$((base + 4)) RT_SANDBOX_PORT=$((base + 9))
say_as=bench/footprint
# shellcheck source=scripts/local-apps.sh
. "$root/scripts/local-apps.sh"
logs="$work/logs"
pids="$work/pids"
export RT_CDS_DIR="$work/cds"
tuned=$default_java_opts
variants=("baseline|-Xmx384m|false" "tuned|$tuned|false" "tuned+appcds|$tuned|true")

die() { say "$*"; exit 1; }

command -v java >/dev/null || die "a JDK 17+ is needed"
if [ "${BENCH_REBUILD:-0}" = 1 ]; then build_missing --rebuild; else build_missing; fi
mkdir -p "$work" "$logs" "$pids" "$root/bench/results"
rm -rf "$RT_CDS_DIR"
trap 'stop_apps' EXIT

started_infra=false
if [ "$("$root/scripts/local-infra.sh" status 2>&1 | grep -c stopped)" = 2 ]; then
  started_infra=true
fi
"$root/scripts/local-infra.sh" start
# shellcheck disable=SC1091
. "$local_dir/infra.env"
"$root/scripts/dev-token.sh" >/dev/null
calendar_token_value=$(calendar_token)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo 0; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

ready_poll() { # module port -> waits (20 ms steps) for the first 200
  local i
  for i in $(seq 1 3000); do
    curl -fs -o /dev/null "http://127.0.0.1:$2/q/health/ready" && return 0
    alive "$1" || { tail -n 20 "$logs/$1.log" >&2; die "$1 exited; see $logs/$1.log"; }
    sleep 0.02
  done
  die "$1 not ready after 60 s"
}

# One start: prints "<ms to ready> <RSS MB 3 s later> <Quarkus' own 'started in' seconds>".
measure() { # module database port
  local ms rss own
  start_app "$@"
  ready_poll "$1" "$3"
  ms=$(( $(now_ms) - spawned_ms ))
  sleep 3
  rss=$(rss_mb "$(cat "$pids/$1")")
  own=$(sed -n 's/.*started in \([0-9.]*\)s.*/\1/p' "$logs/$1.log" | head -n 1)
  stop_apps 2>/dev/null
  echo "$ms $rss ${own:-?}"
}

declare -A alone
for entry in "${apps[@]}"; do
  IFS=: read -r module database port <<<"$entry"
  say "$module: training start (database migrations, class-data archive)"
  RT_JAVA_OPTS=$tuned RT_APPCDS=true measure "$module" "$database" "$port" >/dev/null
  for variant in "${variants[@]}"; do
    IFS='|' read -r name opts cds <<<"$variant"
    results=()
    for _ in $(seq 1 "$runs"); do
      results+=("$(RT_JAVA_OPTS=$opts RT_APPCDS=$cds measure "$module" "$database" "$port")")
    done
    ms=$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median)
    rss=$(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median)
    own=$(printf '%s\n' "${results[@]}" | cut -d' ' -f3 | tr '\n' ' ')
    alone[$module:$name]="$ms $rss $own"
    say "$module $name: ready in $ms ms, $rss MB (Quarkus: $own s)"
  done
done

# The whole stack, all six JVMs (four services, the sandbox, the console) spawned at once, as ./release-train up does.
stack_run() { # opts cds -> "<ms until all ready> <sum of RSS MB>"
  local t0="" entry module database port total=0
  for entry in "${apps[@]}"; do
    IFS=: read -r module database port <<<"$entry"
    RT_JAVA_OPTS=$1 RT_APPCDS=$2 start_app "$module" "$database" "$port"
    t0=${t0:-$spawned_ms}
  done
  for entry in "${apps[@]}"; do
    IFS=: read -r module database port <<<"$entry"
    ready_poll "$module" "$port"
  done
  local ms=$(( $(now_ms) - t0 ))
  sleep 3
  for entry in "${apps[@]}"; do
    total=$(( total + $(rss_mb "$(cat "$pids/${entry%%:*}")") ))
  done
  stop_apps 2>/dev/null
  echo "$ms $total"
}
declare -A stack
for variant in "${variants[@]}"; do
  IFS='|' read -r name opts cds <<<"$variant"
  results=()
  for _ in $(seq 1 "$runs"); do results+=("$(stack_run "$opts" "$cds")"); done
  stack[$name]="$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median) $(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median)"
  say "whole stack $name: ${stack[$name]}"
done
kafka_rss=$(rss_mb "$(cat "$local_dir/kafka/pid")")
db_rss=$(rss_mb "$(cat "$local_dir/mariadb/pid")")
$started_infra && "$root/scripts/local-infra.sh" stop

verdict() { # value limit
  if [ "$1" -lt "$2" ]; then echo "met"; else echo "**missed**"; fi
}
{
  echo "# Footprint benchmark"
  echo
  echo "Produced by \`bench/footprint/run.sh\` on $(date -u +%Y-%m-%dT%H:%M:%SZ) at commit \`$(git -C "$root" rev-parse --short HEAD)\`$(git -C "$root" diff --quiet HEAD -- . ':!bench/results' || echo ' (with uncommitted changes)'),"
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%d", $2 / 1048576 }' /proc/meminfo) GB, $(java -version 2>&1 | head -n 1), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Ready = first 200 from \`/q/health/ready\` (database and Kafka connected), from spawning the JVM; RSS three seconds later."
  echo "Medians of $runs starts; the Quarkus column lists each start's own \"started in\"."
  echo
  echo "## Each app alone"
  echo
  echo "| app | variant | ready (ms) | RSS (MB) | Quarkus \"started in\" (s) | < 2 s | < 250 MB |"
  echo "|---|---|---:|---:|---|---|---|"
  for entry in "${apps[@]}"; do
    module=${entry%%:*}
    for variant in "${variants[@]}"; do
      name=${variant%%|*}
      read -r ms rss own <<<"${alone[$module:$name]}"
      echo "| $module | $name | $ms | $rss | $own | $(verdict "$ms" 2000) | $(verdict "$rss" 250) |"
    done
  done
  echo
  echo "## The whole local stack (four services, the sandbox and the console spawned at once)"
  echo
  echo "| variant | all ready (ms) | RSS of the six JVMs (MB) | < 30 s |"
  echo "|---|---:|---:|---|"
  for variant in "${variants[@]}"; do
    name=${variant%%|*}
    read -r ms rss <<<"${stack[$name]}"
    echo "| $name | $ms | $rss | $(verdict "$ms" 30000) |"
  done
  echo
  echo "Besides the JVMs: Kafka $kafka_rss MB, MariaDB $db_rss MB (started once, not timed)."
  echo
  echo "Variants: baseline \`-Xmx384m\`; tuned \`$tuned\`; tuned+appcds adds \`-XX:SharedArchiveFile\` with the app's"
  echo "archive, recorded by one training start (\`-XX:ArchiveClassesAtExit\`). \`./release-train\` runs tuned+appcds"
  echo "(the archive is written by each app's first run under \`.local/cds/\`, used from the second on)."
} >"$root/bench/results/footprint.md"
say "wrote bench/results/footprint.md"
