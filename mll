#!/usr/bin/env bash
# mll launcher: finds a JDK >= 21, builds the CLI on first use (or when sources changed), then runs it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$ROOT/scripts/java-env.sh"
JAR="$ROOT/mll4j-cli/target/mll4j-cli.jar"
stale() {
  [ ! -f "$JAR" ] && return 0
  [ -n "$(find "$ROOT" -path "$ROOT/.git" -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' -o -path "$ROOT/data/*.json" \) -newer "$JAR" -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "mll: building (first use or sources changed)..." >&2
  # Maven 3.8 still prints colour resets with -q; strip escape codes so logs stay clean.
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests package 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2)
  # the jar plugin leaves an unchanged CLI jar alone, so a change in another module would look stale forever
  touch "$JAR"
fi
exec "$JAVA_HOME/bin/java" $MLL4J_JVM_FLAGS -Xmx8g \
  -Dmll4j.repo.root="$ROOT" ${MLL4J_JAVA_OPTS:-} -jar "$JAR" "$@"
