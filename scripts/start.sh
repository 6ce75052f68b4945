#!/usr/bin/env bash
# The README's first command (`npm start`): sets up, then brings up a local consortium in
# the production shape (generated credentials: one NATS account per library; nats-server
# with a temporary JetStream store unless NATS_URL is set; the broker's services; a signing
# reference connector with a sample ILS per library) and walks through real flows, printing
# each step. `npm start -- --once` exits after the walk-through; Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
bash scripts/setup.sh
step "the local consortium"
exec node services/consortium/dist/main.js "$@"
