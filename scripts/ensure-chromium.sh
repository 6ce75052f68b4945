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

source "$(dirname "$0")/apt-install.sh"
apt_install chromium "a few minutes" "install your distribution's chromium package, or set CHROMIUM_BIN" --no-install-recommends

if bin="$(find_chromium)" && report_version "$bin"; then
  exit 0
fi
err "chromium was installed by apt but cannot be found or run (looked in /usr/bin)"
exit 1
