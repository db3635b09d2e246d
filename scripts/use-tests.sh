#!/usr/bin/env bash
# "Use it as a user would" tests, after `mvn verify`: README's shell snippets run as written (readme-test.sh), then
# the web page in headless Debian chromium (web-test.sh, which installs chromium and playwright-core if missing).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/readme-test.sh"
bash "$ROOT/scripts/web-test.sh"
