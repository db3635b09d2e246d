#!/usr/bin/env bash
# The test command of README and .ci/run: installs/unpacks the data the tests read, then runs every test module.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/java-env.sh"
cd "$ROOT"
"$ROOT/mll" data setup
mvn -B -Dstyle.color=never verify
# Browser end-to-end test of `mll serve` (headless Debian chromium + playwright-core; installs both if missing).
bash "$ROOT/scripts/web-test.sh"
