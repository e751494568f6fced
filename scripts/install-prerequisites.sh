#!/usr/bin/env bash
# Makes sure the system packages Release Train needs are present: a MySQL-compatible server
# (MariaDB, from the distribution) for the tests and the local stack, and headless Chromium with its
# WebDriver (Debian's chromium and chromium-driver) for the console's browser tests. Installs them with
# apt when missing and allowed (root, or passwordless sudo); otherwise says exactly what to install.
# Everything else (Maven, Kafka, Quarkus) comes through ./mvnw.
set -euo pipefail

have_mariadb() {
  command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ] || [ -x /usr/sbin/mysqld ]
}

java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
if [ -z "$java_major" ] || [ "${java_major%%.*}" -lt 17 ]; then
  echo "Release Train needs JDK 17 or newer on the PATH (found: ${java_major:-none})." >&2
  exit 1
fi

have_chromium() {
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]
}

apt_runner() {
  runner=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      runner=(sudo -n)
    else
      return 1
    fi
  fi
}

# Chromium for the console's browser tests; the tests need Debian's binaries at these paths.
if ! have_chromium; then
  if command -v apt-get >/dev/null 2>&1 && apt_runner; then
    echo "Installing chromium and chromium-driver with apt (needed by the console's browser tests)..." >&2
    "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if ! have_chromium; then
    echo "Chromium is missing. Install it with: sudo apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
fi

if have_mariadb; then
  exit 0
fi

if command -v apt-get >/dev/null 2>&1; then
  runner=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      runner=(sudo -n)
    else
      echo "MariaDB server is missing. Install it with: sudo apt-get install -y mariadb-server" >&2
      exit 1
    fi
  fi
  echo "Installing mariadb-server with apt (needed by the tests and the local stack)..." >&2
  # The package's service is not needed (we run private instances); policy-rc.d may refuse to
  # start it, which is fine.
  "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${runner[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server >/dev/null
  have_mariadb && exit 0
fi

cat >&2 <<'EOF'
No MySQL-compatible server found, and it could not be installed automatically.
Install MariaDB's server package (Debian/Ubuntu: apt-get install -y mariadb-server; Fedora: dnf install
mariadb-server; macOS: brew install mariadb), or point the tests at an existing MySQL 8 server with
RELEASETRAIN_TEST_JDBC_URL, RELEASETRAIN_TEST_JDBC_USER and RELEASETRAIN_TEST_JDBC_PASSWORD.
EOF
exit 1
