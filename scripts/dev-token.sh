#!/usr/bin/env bash
# Prints a bearer token for the locally running release train, without an identity provider.
#   scripts/dev-token.sh ROLE [ROLE...]          e.g. scripts/dev-token.sh oncall-primary
#   DEV_USER=alice@example.com scripts/dev-token.sh org-admin
# Roles: oncall-primary, oncall-secondary, release-admin, org-admin, ppc-operator (none: read-only).
# Use it as: curl -H "Authorization: Bearer $(scripts/dev-token.sh oncall-primary)" ...
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
exec java "$root/scripts/DevToken.java" "$root/.local/jwt" "${DEV_USER:-$(id -un)@localhost}" "$@"
