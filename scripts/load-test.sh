#!/usr/bin/env bash
# Bounded load test of `mll serve` on loopback (not part of scripts/test.sh): writes the ColourWorld test hub,
# starts ./mll serve on a free port, sends REQUESTS single-image predictions from CLIENTS concurrent clients
# (io.mll4j.testkit.LoadTest) and prints errors and latency percentiles. Figures are recorded in docs/server.md.
#   bash scripts/load-test.sh [REQUESTS=1000] [CLIENTS=16] [METHOD=mll|chco]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/java-env.sh"
cd "$ROOT"
REQUESTS="${1:-1000}"
CLIENTS="${2:-16}"
METHOD="${3:-mll}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mll-load-test.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
./mll --version >/dev/null   # builds first if sources changed, so the fixture and server are current
bash scripts/colour-hub.sh "$WORK/fixture"
: >"$WORK/serve.out"   # exists before the server's shell opens it, so polling it never fails
MLL4J_HOME="$WORK/fixture/home" ./mll serve --port 0 --hub "$WORK/fixture/hub" >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER_PID=$!
URL=""
for _ in $(seq 1 240); do
  URL="$(sed -n 's/^Serving \(http[^ ]*\).*/\1/p' "$WORK/serve.out" | head -n1)"
  [ -n "$URL" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/serve.err" >&2; exit 1; }
  sleep 0.5
done
[ -n "$URL" ] || { echo "load-test: server did not start" >&2; exit 1; }
echo "load-test: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"
"$JAVA_HOME/bin/java" -cp mll4j-testkit/target/mll4j-testkit.jar io.mll4j.testkit.LoadTest "$URL" "$WORK/fixture" \
  "$REQUESTS" "$CLIENTS" 32 "$METHOD"
