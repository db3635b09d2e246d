# Sourced by ./mll and scripts/test.sh: finds a JDK >= 21 and exports JAVA_HOME for Maven and java.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1; }
mll4j_find_java() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* ; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  return 1
}
if ! JAVA_HOME=$(mll4j_find_java); then
  echo "error: no JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm/*); install one, e.g. apt-get install openjdk-21-jdk or a Temurin JDK" >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# Java 24+ warns on JNI loads and on sun.misc.Unsafe use (Maven's guava, protobuf); JDK 21 rejects the Unsafe flag.
MLL4J_JVM_FLAGS="--enable-native-access=ALL-UNNAMED"
major=$(java_major "$JAVA_HOME")
if [ "${major%%.*}" -ge 24 ] 2>/dev/null; then
  MLL4J_JVM_FLAGS="$MLL4J_JVM_FLAGS --sun-misc-unsafe-memory-access=allow"
fi
export MLL4J_JVM_FLAGS
export MAVEN_OPTS="${MAVEN_OPTS:-} $MLL4J_JVM_FLAGS"
