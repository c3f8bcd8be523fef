# Sourced by the job scripts. run_java HEAP CLASS ARGS...: builds the project if its sources changed, then runs a
# main class in one local JVM with the full classpath (Spark and CoreNLP's models included). JAVA_OPTS replaces HEAP.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

run_java() {
  local heap=$1 main=$2
  shift 2
  "$ROOT/jobs/build.sh"
  exec java ${JAVA_OPTS:-$heap} "@$ROOT/jobs/conf/jvm.options" -Dlog4j2.configurationFile="$ROOT/jobs/conf/log4j2.properties" \
    -cp "$ROOT/target/classes:$(cat "$ROOT/target/classpath.txt"):$(cat "$ROOT/target/classpath-runtime.txt")" "$main" "$@"
}
