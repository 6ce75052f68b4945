#!/usr/bin/env bash
# The README's first command (`npm start`): sets up, then walks through the seed cases of
# ../shared/scenarios, explaining each decision for a person.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
seeds=../shared/scenarios/seeds.yaml
[[ -f "$seeds" ]] || { echo "start: $seeds is not beside this checkout" >&2; exit 1; }
printf '\033[1m==> walk-through: every seed case, decided and explained\033[0m\n\n'
npx --no-install ilr policy explain "$seeds"
npx --no-install ilr policy check ../shared/scenarios | tail -n 1
