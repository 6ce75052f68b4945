#!/usr/bin/env bash
# Sets up a checkout on a Debian machine with Node 20: nats-server (through apt when
# missing), the npm workspace, and a build of every package. Idempotent and quiet: one line
# per step; a step that fails shows its output and what to do.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

die() { echo "setup: $*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || die "Node.js 20 or newer is required (node was not found on PATH)"
major="$(node -p 'process.versions.node.split(".")[0]')"
[[ "$major" -ge 20 ]] || die "Node.js 20 or newer is required; this is $(node --version)"

# One line: "==> nats-server: nats-server: v2.9.10 (/usr/sbin/nats-server)" (apt installs it if missing).
nats="$(bash scripts/ensure-nats-server.sh)" || die "nats-server is needed (see above)"
step "nats-server: ${nats#nats-server: }"

# Install when node_modules is missing or older than the lockfile. `npm install` (which
# keeps to the lockfile's versions) rather than `npm ci`: npm ci insists that the lockfile
# list every platform's optional binaries (turbo's darwin/windows builds), which registry
# mirrors serving only Linux packages cannot provide.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  quietly "npm install (the workspace's dependencies, as locked)" npm install --no-audit --no-fund --loglevel=error
fi

quietly "build (turbo: every package)" npx --no-install turbo run build --output-logs=errors-only
