# Sourced by ensure-nats-server.sh and ensure-chromium.sh (which define `err`): installs one
# Debian package through apt, with sudo when not root; its output only if it fails.
# apt_install <package> <how long it takes> <what to do without apt> [apt-get install options...]
apt_install() {
  local package="$1" duration="$2" without_apt="$3"; shift 3
  if ! command -v apt-get >/dev/null 2>&1; then
    err "$package is not installed and apt-get is not available on this machine;"
    err "$without_apt"
    exit 1
  fi
  local sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      err "$package is not installed; installing it needs root, and sudo is not available"
      err "run as root: apt-get update && apt-get install -y $package"
      exit 1
    fi
  fi
  err "$package not found; installing Debian's package through apt ($duration)"
  local log
  log="$(mktemp)"
  if ! "${sudo[@]}" apt-get update -qq >"$log" 2>&1; then
    err "apt-get update failed:"; cat "$log" >&2; rm -f "$log"; exit 1
  fi
  if ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" "$package" >"$log" 2>&1; then
    err "apt-get install -y $package failed:"; cat "$log" >&2; rm -f "$log"; exit 1
  fi
  rm -f "$log"
}
