#!/usr/bin/env bash
# The README's second command (`npm test`): sets up, type-checks, then runs every test
# (unit, property and integration tests against real nats-server processes) and the
# acceptance corpus through the `ilr` command. Ends with "Tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
bash scripts/setup.sh
# The console's browser tests drive Debian's chromium (apt installs it when missing).
chromium="$(bash scripts/ensure-chromium.sh)" || { echo "test: chromium is needed for the console's browser tests (see above)" >&2; exit 1; }
step "chromium: ${chromium}"

quietly "typecheck (turbo: every package)" npx --no-install turbo run typecheck --output-logs=errors-only

step "acceptance corpora: ilr policy check test/corpora (the seeds and the law corpus)"
npx --no-install ilr policy check test/corpora | tail -n 1
if [[ -d ../shared/scenarios ]]; then
  npx --no-install ilr policy check ../shared/scenarios | tail -n 1
fi

step "tests (vitest)"
mkdir -p .ilr
status=0
npx --no-install vitest run --reporter=default --reporter=json --outputFile.json=.ilr/vitest.json "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(".ilr/vitest.json", "utf8"));
  console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
' || true
exit "$status"
