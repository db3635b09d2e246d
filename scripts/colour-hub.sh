#!/usr/bin/env bash
# Writes the tiny colour world the tests and the quick start use into an empty folder DIR:
#   DIR/home (MLL4J_HOME: graph + images), DIR/hub (three labeled colour VLMs), DIR/packages/vlm-d (a model to
#   register), DIR/uploads (images to classify, one of them corrupt). Builds the project first if needed.
#   bash scripts/colour-hub.sh DIR
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/java-env.sh"
DIR="${1:?usage: bash scripts/colour-hub.sh DIR (an empty or new folder)}"
if [ -d "$DIR" ] && [ -n "$(ls -A "$DIR")" ]; then
  echo "colour-hub: $DIR is not empty" >&2; exit 2
fi
JAR="$ROOT/mll4j-testkit/target/mll4j-testkit.jar"
if [ ! -f "$JAR" ]; then
  echo "colour-hub: building (first use)..." >&2
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests package 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2)
fi
"$JAVA_HOME/bin/java" $MLL4J_JVM_FLAGS -jar "$JAR" "$DIR" >/dev/null
echo "colour-hub: wrote $DIR (MLL4J_HOME=$DIR/home, MLL4J_HUB_DIR=$DIR/hub)" >&2
