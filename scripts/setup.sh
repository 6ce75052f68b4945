#!/usr/bin/env bash
# Sets up a checkout on a Debian machine with Node 20: nats-server (through apt when
# missing), the npm workspace, and a build of every package. Idempotent and quiet on
# success; each step says what failed and what to do.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { echo "setup: $*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || die "Node.js 20 or newer is required (node was not found on PATH)"
major="$(node -p 'process.versions.node.split(".")[0]')"
[[ "$major" -ge 20 ]] || die "Node.js 20 or newer is required; this is $(node --version)"

step "nats-server"
bash scripts/ensure-nats-server.sh

# Install when node_modules is missing or older than the lockfile. `npm install` (which
# keeps to the lockfile's versions) rather than `npm ci`: npm ci insists that the lockfile
# list every platform's optional binaries (turbo's darwin/windows builds), which registry
# mirrors serving only Linux packages cannot provide.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  step "npm install (the workspace's dependencies, as locked)"
  npm install --no-audit --no-fund --loglevel=error
fi

step "build (turbo: every package)"
npx --no-install turbo run build --output-logs=errors-only
