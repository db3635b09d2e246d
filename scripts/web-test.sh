#!/usr/bin/env bash
# Browser end-to-end test of `mll serve`: writes the ColourWorld test hub, starts `./mll serve` on a free loopback
# port, drives the page in headless Debian chromium (web-tests/e2e.mjs, playwright-core) and saves screenshots to
# $MLL4J_SCREENSHOTS (default: a temporary folder; MLL4J_SCREENSHOTS=docs/screenshots refreshes the committed
# ones, so a test run leaves the work tree clean). Installs chromium and playwright-core first (scripts/setup-browser.sh). Exit code 0 = passed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/java-env.sh"
cd "$ROOT"
bash scripts/setup-browser.sh
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mll-web-test.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "web-test: writing the test hub" >&2
./mll --version >/dev/null   # builds first if sources changed, so the fixture and server are current
bash scripts/colour-hub.sh "$WORK/fixture"
# a docs folder with one plot, so that the page's benchmark view is exercised too
mkdir -p "$WORK/docs"
printf '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="35">test plot</text></svg>\n' \
  > "$WORK/docs/test-plot.svg"

echo "web-test: starting mll serve" >&2
: >"$WORK/serve.out"   # exists before the server's shell opens it, so polling it never fails
MLL4J_HOME="$WORK/fixture/home" ./mll serve --port 0 --hub "$WORK/fixture/hub" --docs "$WORK/docs" \
  >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER_PID=$!
URL=""
for _ in $(seq 1 240); do
  URL="$(sed -n 's/^Serving \(http[^ ]*\).*/\1/p' "$WORK/serve.out" | head -n1)"
  [ -n "$URL" ] && break
  if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "web-test: mll serve exited:" >&2; cat "$WORK/serve.err" >&2; exit 1
  fi
  sleep 0.5
done
if [ -z "$URL" ]; then
  echo "web-test: mll serve did not start within 120 s:" >&2; cat "$WORK/serve.err" >&2; exit 1
fi

echo "web-test: driving chromium against $URL" >&2
if ! FAILURE_DIR="${MLL4J_WEB_TEST_FAILURES:-$WORK}" node web-tests/e2e.mjs "$URL" "$WORK/fixture" "${MLL4J_SCREENSHOTS:-$WORK/screenshots}"; then
  echo "web-test: FAILED; server log:" >&2; tail -n 40 "$WORK/serve.err" >&2
  exit 1
fi
echo "web-test: passed" >&2
