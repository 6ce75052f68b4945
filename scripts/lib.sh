# Sourced by setup.sh, start.sh and test.sh: no third-party telemetry, notices or prompts,
# and one progress line per long step.

# turbo: no telemetry (nor its first-run notice), no update notice. npm: no funding or
# audit summaries, no update notice. Both also honour DO_NOT_TRACK.
export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1 DO_NOT_TRACK=1
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# quietly <label> <command...>: one line, "==> label ... done (4.2 s)"; the command's own
# output only if it fails (then the exit status is the command's).
quietly() {
  local label="$1"; shift
  local log start status
  log="$(mktemp)"
  start=$(date +%s%N)
  printf '\033[1m==> %s\033[0m ... ' "$label"
  "$@" >"$log" 2>&1 && status=0 || status=$?
  local tenths=$(( ($(date +%s%N) - start) / 100000000 ))
  if [[ $status -eq 0 ]]; then
    printf 'done (%d.%d s)\n' $((tenths / 10)) $((tenths % 10))
  else
    printf 'FAILED (exit %d):\n' "$status"
    cat "$log" >&2
  fi
  rm -f "$log"
  return "$status"
}
