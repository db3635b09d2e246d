#!/usr/bin/env bash
# Runs README.md's shell snippets as written: every ```bash block right after a `<!-- readme-test -->` line, in
# order, in one bash process (set -euo pipefail) from the repository root, with TMPDIR in a scratch folder that is
# removed afterwards. One substitution: when port 8080 is taken on this machine, another free port replaces it.
# Then checks that the snippets' output shows the predictions they promise. Exit code 0 = passed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mll-readme-test.XXXXXX")"
RUN_PID=""
cleanup() {
  # the snippets run in their own process group: end whatever they left running (the server if a step failed)
  [ -n "$RUN_PID" ] && kill -- "-$RUN_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

awk '/^<!-- readme-test -->$/ {want = 1; next}
     want && /^```bash$/ {inside = 1; want = 0; next}
     inside && /^```$/ {inside = 0; print ""; next}
     inside {print}' README.md > "$WORK/snippets.sh"
[ -s "$WORK/snippets.sh" ] || { echo "readme-test: no snippet marked <!-- readme-test --> in README.md" >&2; exit 1; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=8080
if listening "$PORT"; then
  for candidate in $(seq 18080 18180); do
    listening "$candidate" || { PORT="$candidate"; break; }
  done
  echo "readme-test: port 8080 is taken here; the snippets run with $PORT instead" >&2
  sed -i "s/8080/$PORT/g" "$WORK/snippets.sh"
fi

echo "readme-test: running $(grep -c . "$WORK/snippets.sh") lines of README snippets" >&2
set +e
TMPDIR="$WORK" setsid bash -euo pipefail "$WORK/snippets.sh" >"$WORK/out.txt" 2>"$WORK/err.txt" &
RUN_PID=$!
wait "$RUN_PID"
CODE=$?
set -e
if [ "$CODE" -ne 0 ]; then
  echo "readme-test: FAILED (exit $CODE); output:" >&2
  tail -n 30 "$WORK/out.txt" >&2; tail -n 30 "$WORK/err.txt" >&2
  exit 1
fi
# what the snippets promise: the CLI and the server label the blue image 'sky' (the class pinned to blue)
grep -Eq 'blue-1\.png +sky ' "$WORK/out.txt" || { echo "readme-test: mll predict did not label blue-1.png 'sky'" >&2; cat "$WORK/out.txt" >&2; exit 1; }
grep -q '"label" : "sky"' "$WORK/out.txt" || { echo "readme-test: the server did not label blue-1.png 'sky'" >&2; exit 1; }
echo "readme-test: passed" >&2
