#!/usr/bin/env bash
# Runs the whole release train on this machine: Kafka and MariaDB as local processes
# (scripts/local-infra.sh) and the four services, each in its own JVM, with local bearer tokens
# (scripts/dev-token.sh). Nothing to install by hand but a JDK 17+; MariaDB is installed with apt
# when missing and allowed.
#
#   scripts/run-local.sh            build if needed, start everything, print the URLs
#   scripts/run-local.sh --rebuild  rebuild the services first
#   scripts/run-local.sh stop       stop the services and the infrastructure
#   scripts/run-local.sh status
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
logs="$root/.local/logs"
pids="$root/.local/pids"
services=("promoter-service:promoter:8081" "ppc-updater-service:ppc_updater:8082"
          "maintenance-service:maintenance:8083" "notifier-service:notifier:8084")

say() { printf '[run-local] %s\n' "$*" >&2; }

stop_services() {
  for entry in "${services[@]}"; do
    name=${entry%%:*}
    if [ -f "$pids/$name" ] && kill -0 "$(cat "$pids/$name")" 2>/dev/null; then
      kill "$(cat "$pids/$name")" && say "$name stopped"
    fi
    rm -f "$pids/$name"
  done
}

case "${1:-}" in
  stop)
    stop_services
    "$root/scripts/local-infra.sh" stop
    exit 0
    ;;
  status)
    for entry in "${services[@]}"; do
      name=${entry%%:*}; port=${entry##*:}
      if [ -f "$pids/$name" ] && kill -0 "$(cat "$pids/$name")" 2>/dev/null; then
        say "$name running on http://127.0.0.1:$port"
      else
        say "$name stopped"
      fi
    done
    "$root/scripts/local-infra.sh" status
    exit 0
    ;;
esac

"$root/scripts/install-prerequisites.sh"
need_build=false
for entry in "${services[@]}"; do
  [ -f "$root/${entry%%:*}/target/quarkus-app/quarkus-run.jar" ] || need_build=true
done
if [ "${1:-}" = "--rebuild" ] || $need_build; then
  say "building the services (./mvnw package -DskipTests)"
  (cd "$root" && ./mvnw -B -q package -DskipTests)
fi

"$root/scripts/local-infra.sh" start
# shellcheck disable=SC1091
. "$root/.local/infra.env"
# Creates the local signing key on first use; the services trust its public half.
"$root/scripts/dev-token.sh" >/dev/null

mkdir -p "$logs" "$pids"
stop_services
for entry in "${services[@]}"; do
  IFS=: read -r name database port <<<"$entry"
  QUARKUS_HTTP_PORT=$port \
  QUARKUS_DATASOURCE_JDBC_URL="$RELEASETRAIN_DB_JDBC_BASE/$database" \
  QUARKUS_DATASOURCE_USERNAME="$RELEASETRAIN_DB_USER" \
  QUARKUS_DATASOURCE_PASSWORD="$RELEASETRAIN_DB_PASSWORD" \
  KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP_SERVERS" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$root/.local/jwt/public.pem" \
  MP_JWT_VERIFY_ISSUER=releasetrain-local \
    nohup java -Xmx384m -jar "$root/$name/target/quarkus-app/quarkus-run.jar" >"$logs/$name.log" 2>&1 &
  echo $! >"$pids/$name"
done

for entry in "${services[@]}"; do
  IFS=: read -r name database port <<<"$entry"
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "$(cat "$pids/$name")" 2>/dev/null || { say "$name exited; see $logs/$name.log"; exit 1; }
    sleep 0.2
  done
  say "$name ready: http://127.0.0.1:$port (Swagger UI: /q/swagger-ui, health: /q/health)"
done
say "logs in $logs; tokens: scripts/dev-token.sh ROLE; stop with: scripts/run-local.sh stop"
