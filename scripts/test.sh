#!/usr/bin/env bash
# The test command of README and .ci/run: installs/unpacks the data the tests read, then runs every test module.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/java-env.sh"
cd "$ROOT"
"$ROOT/mll" data setup
mvn -B -Dstyle.color=never verify
# Use-it-as-a-user tests (issue 7): README snippets as written, then the web page in headless chromium.
bash "$ROOT/scripts/use-tests.sh"
