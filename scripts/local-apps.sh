# The apps of the local train and how each is configured and started; sourced by scripts/run-local.sh and
# bench/footprint/run.sh (it defines functions and variables, runs nothing). Expects $root (the checkout).
# Ports: RT_PROMOTER_PORT (8081), RT_PPC_UPDATER_PORT (8082), RT_MAINTENANCE_PORT (8083),
# RT_NOTIFIER_PORT (8084), RT_CONSOLE_PORT (8085), RT_SANDBOX_PORT (8089). JVM options: RT_JAVA_OPTS, RT_APPCDS (true).
# shellcheck shell=bash
local_dir="$root/.local"
logs="$local_dir/logs"
pids="$local_dir/pids"
promoter_port=${RT_PROMOTER_PORT:-8081}
ppc_updater_port=${RT_PPC_UPDATER_PORT:-8082}
maintenance_port=${RT_MAINTENANCE_PORT:-8083}
notifier_port=${RT_NOTIFIER_PORT:-8084}
sandbox_port=${RT_SANDBOX_PORT:-8089}
console_port=${RT_CONSOLE_PORT:-8085}
console_url="http://127.0.0.1:$console_port"
sandbox_url="http://127.0.0.1:$sandbox_port"
repository=${RT_REPOSITORY:-acme/pulumi-service}
# module:database:port; the sandbox has no database.
apps=("promoter-service:promoter:$promoter_port" "ppc-updater-service:ppc_updater:$ppc_updater_port"
      "maintenance-service:maintenance:$maintenance_port" "notifier-service:notifier:$notifier_port"
      "sandbox::$sandbox_port" "console::$console_port")

say() { printf '[%s] %s\n' "${say_as:-run-local}" "$*" >&2; }
alive() { [ -f "$pids/$1" ] && kill -0 "$(cat "$pids/$1")" 2>/dev/null; }

# Small heaps, the C1 compiler only, the serial collector and smaller thread stacks: on two cores shared
# by five JVMs, start-up time is compile time and GC threads only compete (bench/results/footprint.md).
# The heap starts at 64 MB with a 32 MB young generation: a service holds ~30 MB live after start-up, so
# this is a handful of short collections instead of dozens, without touching (and keeping) a 256 MB heap.
# Each JVM also keeps a class-data archive of its own classes (AppCDS) under .local/cds, written by its
# first run and used by every later one; an archive older than the app's jars is recorded again (the JVM
# would silently ignore it).
default_java_opts="-Xms64m -Xmn32m -Xmx256m -Xss512k -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:CICompilerCount=1"
java_opts() { # module
  local cds="${RT_CDS_DIR:-$local_dir/cds}/$1.jsa"
  local opts=${RT_JAVA_OPTS:-$default_java_opts}
  if [ "${RT_APPCDS:-true}" = true ]; then
    mkdir -p "$(dirname "$cds")"
    if [ -s "$cds" ] && [ -z "$(find "$root/$1/target/quarkus-app" -name '*.jar' -newer "$cds" -print -quit)" ]; then
      opts+=" -XX:SharedArchiveFile=$cds -Xshare:auto"
    else
      rm -f "$cds"
      opts+=" -XX:ArchiveClassesAtExit=$cds"
    fi
    opts+=" -Xlog:cds*=off"
  fi
  echo "$opts"
}

# A random secret kept in .local (owner-only), made on first use: the sandbox signs webhooks with it and
# the promoter verifies them with it.
local_secret() { # name
  local file="$local_dir/secrets/$1"
  if [ ! -s "$file" ]; then
    mkdir -p "$local_dir/secrets"
    (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$file")
  fi
  cat "$file"
}

# The AES-256 key ppc-updater encrypts stood-up PPCs' access tokens with, as keyId:base64Key; made on first
# use, kept in .local (owner-only) so tokens stored by one run can be read by the next.
local_token_key() {
  local file="$local_dir/secrets/ppc-token-key"
  if [ ! -s "$file" ]; then
    mkdir -p "$local_dir/secrets"
    (umask 077; printf 'local-1:%s' "$(head -c 32 /dev/urandom | base64 | tr -d '\n')" >"$file")
  fi
  cat "$file"
}

# The bearer token the sandbox's calendar controls send to the promoter (made once per script run).
calendar_token() {
  [ -n "${calendar_token_value:-}" ] \
    || calendar_token_value=$(DEV_USER=sandbox-calendar "$root/scripts/dev-token.sh" release-admin oncall-primary oncall-secondary)
  echo "$calendar_token_value"
}

# Stops every app this script started, all at once (a service's Kafka consumers take some seconds to leave
# their groups): each gets 20 s after SIGTERM, one still writing its class-data archive a minute, then SIGKILL.
stop_apps() {
  local entry name pid waiting=() patience
  for entry in "${apps[@]}"; do
    name=${entry%%:*}
    if alive "$name"; then
      kill "$(cat "$pids/$name")"
      waiting+=("$name")
    else
      rm -f "$pids/$name"
    fi
  done
  for name in "${waiting[@]}"; do
    pid=$(cat "$pids/$name")
    patience=200
    grep -q ArchiveClassesAtExit "/proc/$pid/cmdline" 2>/dev/null && patience=600
    for _ in $(seq 1 "$patience"); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { say "$name did not stop in time; killed"; kill -9 "$pid"; }
    say "$name stopped"
    rm -f "$pids/$name"
  done
}

status() {
  local entry name port running=0
  for entry in "${apps[@]}"; do
    name=${entry%%:*}; port=${entry##*:}
    if alive "$name"; then
      say "$name running on http://127.0.0.1:$port (pid $(cat "$pids/$name"))"
      running=$((running + 1))
    else
      say "$name stopped"
    fi
  done
  "$root/scripts/local-infra.sh" status && [ "$running" -eq "${#apps[@]}" ]
}

build_missing() { # --rebuild?
  local entry module missing=()
  for entry in "${apps[@]}"; do
    module=${entry%%:*}
    if [ "${1:-}" = --rebuild ] || [ ! -f "$root/$module/target/quarkus-app/quarkus-run.jar" ]; then
      missing+=("$module")
    fi
  done
  if [ ${#missing[@]} -gt 0 ]; then
    local list
    list=$(IFS=,; echo "${missing[*]}")
    say "building $list (./mvnw package -DskipTests)"
    (cd "$root" && ./mvnw -B -q package -DskipTests -pl "$list" -am)
  fi
}

# The environment (and, for map keys, system properties) of each app: every outside system is the sandbox.
# Secrets travel in the environment only; a system property may name one as ${VARIABLE}.
app_config() { # module database port -> fills env_vars and props
  local module=$1 database=$2 port=$3
  env_vars=("QUARKUS_HTTP_PORT=$port")
  props=()
  if [ -n "$database" ]; then
    env_vars+=("QUARKUS_DATASOURCE_JDBC_URL=$RELEASETRAIN_DB_JDBC_BASE/$database"
      "QUARKUS_DATASOURCE_USERNAME=$RELEASETRAIN_DB_USER" "QUARKUS_DATASOURCE_PASSWORD=$RELEASETRAIN_DB_PASSWORD"
      "KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS"
      "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$local_dir/jwt/public.pem" "MP_JWT_VERIFY_ISSUER=releasetrain-local")
  fi
  case "$module" in
    promoter-service)
      env_vars+=("RELEASETRAIN_GITHUB_API_URL=$sandbox_url" "RELEASETRAIN_GITHUB_TOKEN=sandbox-github-token"
        "RELEASETRAIN_TRAVIS_API_URL=$sandbox_url" "RELEASETRAIN_TRAVIS_REPOSITORIES=$repository"
        "RELEASETRAIN_PROMOTION_REPOSITORY=$repository"
        "RT_GITHUB_WEBHOOK_SECRET=$(local_secret github-webhook)")
      props+=("-Dreleasetrain.github.repositories.service.name=$repository"
        "-Dreleasetrain.github.repositories.service.hook-id=1"
        "-Dreleasetrain.github.repositories.service.webhook-secret=\${RT_GITHUB_WEBHOOK_SECRET}")
      # A week in minutes: promotions are checked against the sandbox's GitHub every few seconds, so a webhook
      # lost while the promoter was down costs seconds, not a minute.
      env_vars+=("RELEASETRAIN_PROMOTION_RECONCILE_INTERVAL=${RT_RECONCILE_INTERVAL:-3s}"
        "RELEASETRAIN_GITHUB_REDELIVERY_INTERVAL=30s")
      ;;
    ppc-updater-service)
      env_vars+=("QUARKUS_REST_CLIENT_TRAVIS_URL=$sandbox_url" "TRAVIS_TOKEN=sandbox-travis-token"
        "RELEASETRAIN_TRAVIS_REPOSITORY=$repository" "RELEASETRAIN_TRAVIS_WEB_URL=$sandbox_url/web/travis")
      # Standing up PPCs: the sandbox's create jobs call back here; access tokens are encrypted with a local key.
      env_vars+=("RT_PUBLIC_URL=http://127.0.0.1:$ppc_updater_port" "RT_PPC_TOKEN_KEYS=$(local_token_key)")
      # A week in minutes: waves bake for seconds, not half an hour; jobs and health are looked at often.
      env_vars+=("RELEASETRAIN_ROLLOUT_BAKE_TIME=${RT_BAKE_TIME:-10s}" "RELEASETRAIN_ROLLOUT_CONCURRENCY=10"
        "RELEASETRAIN_UPDATES_TICK_INTERVAL=1s" "RELEASETRAIN_UPDATES_POLL_INTERVAL=5s"
        "RELEASETRAIN_UPDATES_RETRY_DELAY=5s" "RELEASETRAIN_HEALTH_INTERVAL=1s"
        # No failure budget: the demo's one failing PPC halts the rollout, as a real incident would be shown.
        "RELEASETRAIN_ROLLOUT_FAILURE_BUDGET_PERCENT=0" "RELEASETRAIN_ROLLOUT_FAILURE_BUDGET_MINIMUM=0")
      ;;
    notifier-service)
      env_vars+=("QUARKUS_REST_CLIENT_SLACK_URL=$sandbox_url/api" "SLACK_BOT_TOKEN=xoxb-sandbox-token"
        # The sandbox's Slack has no rate limit; at Slack's one message a second per channel a rollout's thread
        # would trail the week by minutes.
        "RELEASETRAIN_NOTIFIER_SENDER_MIN_INTERVAL=0")
      ;;
    sandbox)
      env_vars+=("SANDBOX_BASE_URL=$sandbox_url" "SANDBOX_GITHUB_REPOSITORY=$repository" "SANDBOX_GITHUB_HOOK_ID=1"
        "SANDBOX_GITHUB_WEBHOOK_SECRET=$(local_secret github-webhook)"
        "QUARKUS_REST_CLIENT_PROMOTER_URL=http://127.0.0.1:$promoter_port"
        "SANDBOX_PROMOTER_TOKEN=$(calendar_token)"
        # The sandbox's sign-in signs with dev-token.sh's key, so the services accept the console's tokens.
        "SANDBOX_OIDC_SIGNING_KEY=$local_dir/jwt/private.der" "SANDBOX_OIDC_CLIENT_SECRET=$(local_secret console-oidc)")
      ;;
    console)
      # Signs people in through the sandbox's OpenID Connect provider; reads and acts through the services.
      env_vars+=("KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP_SERVERS"
        "QUARKUS_OIDC_AUTH_SERVER_URL=$sandbox_url/oidc" "QUARKUS_OIDC_CLIENT_ID=console"
        "QUARKUS_OIDC_CREDENTIALS_SECRET=$(local_secret console-oidc)"
        "QUARKUS_REST_CLIENT_PROMOTER_URL=http://127.0.0.1:$promoter_port"
        "QUARKUS_REST_CLIENT_PPC_UPDATER_URL=http://127.0.0.1:$ppc_updater_port"
        "QUARKUS_REST_CLIENT_MAINTENANCE_URL=http://127.0.0.1:$maintenance_port")
      ;;
  esac
}

start_app() { # module database port
  local module=$1
  app_config "$@"
  spawned_ms=$(( $(date +%s%N) / 1000000 ))
  # shellcheck disable=SC2046
  env "${env_vars[@]}" nohup java $(java_opts "$module") "${props[@]}" \
    -jar "$root/$module/target/quarkus-app/quarkus-run.jar" >"$logs/$module.log" 2>&1 &
  echo $! >"$pids/$module"
}

wait_ready() { # module port
  local i
  for i in $(seq 1 900); do
    curl -fs "http://127.0.0.1:$2/q/health/ready" >/dev/null 2>&1 && return 0
    alive "$1" || { say "$1 exited; see $logs/$1.log"; tail -n 20 "$logs/$1.log" >&2; return 1; }
    sleep 0.1
  done
  say "$1 not ready after 90 s; see $logs/$1.log"
  return 1
}

