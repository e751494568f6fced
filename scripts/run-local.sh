#!/usr/bin/env bash
# Runs the whole release train on this machine: Kafka and MariaDB as local processes
# (scripts/local-infra.sh), the four services, the sandbox (the simulated GitHub, Travis CI, Slack,
# PPC fleet and sign-in) and the console, each in its own JVM, all configured to talk to the sandbox, with local bearer tokens
# (scripts/dev-token.sh). Nothing to install by hand but a JDK 17+; MariaDB is installed with apt when
# missing and allowed. `./release-train` is the front door; this script does the starting and stopping.
#
#   scripts/run-local.sh            build what is missing, start everything, print the URLs
#   scripts/run-local.sh --rebuild  rebuild the services and the sandbox first
#   scripts/run-local.sh stop       stop what it started (pid files in .local/pids) and the infrastructure
#   scripts/run-local.sh status     say what runs; exit 0 only when everything does
#
# Ports: RT_PROMOTER_PORT (8081), RT_PPC_UPDATER_PORT (8082), RT_MAINTENANCE_PORT (8083),
# RT_NOTIFIER_PORT (8084), RT_CONSOLE_PORT (8085), RT_SANDBOX_PORT (8089), and local-infra.sh's RT_KAFKA_PORT and RT_DB_PORT.
# JVM options of every service: RT_JAVA_OPTS, RT_APPCDS (see scripts/local-apps.sh; bench/footprint measured them).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/local-apps.sh
. "$root/scripts/local-apps.sh"

case "${1:-}" in
  stop)
    stop_apps
    "$root/scripts/local-infra.sh" stop
    exit 0
    ;;
  status)
    status
    exit $?
    ;;
  ""|--rebuild) ;;
  *)
    sed -n '2,16p' "$0" >&2
    exit 2
    ;;
esac

"$root/scripts/install-prerequisites.sh"
build_missing "${1:-}"
"$root/scripts/local-infra.sh" start
# shellcheck disable=SC1091
. "$local_dir/infra.env"
# Creates the local signing key on first use; the services trust its public half.
"$root/scripts/dev-token.sh" >/dev/null

mkdir -p "$logs" "$pids"
started=$(date +%s%N)
for entry in "${apps[@]}"; do
  IFS=: read -r module database port <<<"$entry"
  if alive "$module"; then
    say "$module already running"
    continue
  fi
  start_app "$module" "$database" "$port"
done
for entry in "${apps[@]}"; do
  IFS=: read -r module database port <<<"$entry"
  wait_ready "$module" "$port" || exit 1
  if [ "$module" = console ]; then say "$module ready: http://127.0.0.1:$port"; continue; fi
  say "$module ready: http://127.0.0.1:$port (Swagger UI: /q/swagger-ui)"
done
say "all ready in $(( ($(date +%s%N) - started) / 1000000 )) ms; logs in $logs"
say "console: $console_url (sign in as a sandbox user: viewer, pat.primary, sam.secondary, rae.admin, otto.operator, olga.orgs)"
