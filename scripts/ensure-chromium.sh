#!/usr/bin/env bash
# Make sure Debian's chromium is installed: the console's browser tests drive it with
# playwright-core (test/console). Idempotent: if /usr/bin/chromium (or CHROMIUM_BIN) runs,
# print its version and exit 0; otherwise install Debian's `chromium` package through apt
# (apt-get update first). Never a browser download from anywhere else.
set -euo pipefail

err() { echo "ensure-chromium: $*" >&2; }

find_chromium() {
  if [[ -n "${CHROMIUM_BIN:-}" ]]; then
    [[ -x "$CHROMIUM_BIN" ]] && { echo "$CHROMIUM_BIN"; return 0; }
    return 1
  fi
  local c
  for c in /usr/bin/chromium /usr/bin/chromium-browser; do
    [[ -x "$c" ]] && { echo "$c"; return 0; }
  done
  return 1
}

report_version() {
  local bin="$1" out
  out="$("$bin" --headless --no-sandbox --version 2>/dev/null)" || return 1
  [[ "$out" == *Chromium* || "$out" == *chromium* ]] || return 1
  echo "$out ($bin)"
}

if bin="$(find_chromium)" && report_version "$bin"; then
  exit 0
fi

if [[ -n "${CHROMIUM_BIN:-}" ]]; then
  err "CHROMIUM_BIN=$CHROMIUM_BIN is not an executable chromium; fix or unset it"
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  err "chromium is not installed and apt-get is not available on this machine;"
  err "install your distribution's chromium package, or set CHROMIUM_BIN"
  exit 1
fi

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    err "chromium is not installed; installing it needs root, and sudo is not available"
    err "run as root: apt-get update && apt-get install -y chromium"
    exit 1
  fi
fi

echo "ensure-chromium: chromium not found; installing Debian's package through apt (a few minutes)" >&2
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! "${SUDO[@]}" apt-get update -qq >"$log" 2>&1; then
  err "apt-get update failed:"; cat "$log" >&2; exit 1
fi
if ! DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends chromium >"$log" 2>&1; then
  err "apt-get install -y chromium failed:"; cat "$log" >&2; exit 1
fi

if bin="$(find_chromium)" && report_version "$bin"; then
  exit 0
fi
err "chromium was installed by apt but cannot be found or run (looked in /usr/bin)"
exit 1
