#!/usr/bin/env bash
# The README's first command (`npm start`): sets up, then brings up a local consortium
# (nats-server with a temporary JetStream store unless NATS_URL is set, the policy service,
# the router, a reference connector with a sample ILS per library) and walks through real
# flows, printing each step. `npm start -- --once` exits after the walk-through.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
printf '\033[1m==> the local consortium\033[0m\n'
exec node services/consortium/dist/main.js "$@"
