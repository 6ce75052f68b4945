#!/usr/bin/env bash
# Make sure a nats-server binary is available (the integration tests and `npm start`
# run a real server). Idempotent: if one is already installed, print its version and
# exit 0; otherwise install Debian's package through apt and verify it.
#
# Debian installs the binary in /usr/sbin, which is not on PATH for non-root users,
# so we look there too. NATS_SERVER_BIN, when set, wins (and is never installed over).
set -euo pipefail

err() { echo "ensure-nats-server: $*" >&2; }

find_server() {
  if [[ -n "${NATS_SERVER_BIN:-}" ]]; then
    [[ -x "$NATS_SERVER_BIN" ]] && { echo "$NATS_SERVER_BIN"; return 0; }
    return 1
  fi
  local c
  if c="$(command -v nats-server 2>/dev/null)"; then echo "$c"; return 0; fi
  for c in /usr/sbin/nats-server /usr/bin/nats-server /usr/local/bin/nats-server; do
    [[ -x "$c" ]] && { echo "$c"; return 0; }
  done
  return 1
}

# Prints "nats-server: v2.9.10" and succeeds only if the binary really runs.
report_version() {
  local bin="$1" out
  out="$("$bin" --version 2>&1)" || return 1
  [[ "$out" == *nats-server* ]] || return 1
  echo "$out ($bin)"
}

if bin="$(find_server)" && report_version "$bin"; then
  exit 0
fi

if [[ -n "${NATS_SERVER_BIN:-}" ]]; then
  err "NATS_SERVER_BIN=$NATS_SERVER_BIN is not an executable nats-server; fix or unset it"
  exit 1
fi

source "$(dirname "$0")/apt-install.sh"
apt_install nats-server "a minute or so" "install nats-server 2.9+ yourself (https://docs.nats.io/running-a-nats-service/introduction/installation) or set NATS_SERVER_BIN"

if bin="$(find_server)" && report_version "$bin"; then
  exit 0
fi
err "nats-server was installed by apt but cannot be found or run (looked on PATH and in /usr/sbin, /usr/bin, /usr/local/bin)"
exit 1
