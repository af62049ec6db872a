#!/usr/bin/env bash
# ABC-XYZ benchmarks (docs/benchmarks.md); need a built tree (./mvnw verify).
#   releng/bench-abcxyz.sh            warm re-classification of 100,000 customers against Arrays.sort as anchor
#   releng/bench-abcxyz.sh --duckdb   the same data set (100k customers, 5.3M lines) in DuckDB and in Keystone;
#                                     fetches DuckDB's JDBC driver from Maven Central (a bench-only dependency)
#   releng/bench-abcxyz.sh --scatter  one draw of the scatter chart of 100,000 customers
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(releng/java-home.sh)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cp="plugins/keystone.abcxyz/target/classes:plugins/keystone.model/target/classes"
bench="plugins/keystone.abcxyz.tests/bench/keystone/abcxyz/internal"
if [[ "${1:-}" == "--duckdb" ]]; then
  duckdb_version=2.0.0.1
  jar="$HOME/.m2/repository/org/duckdb/duckdb_jdbc/$duckdb_version/duckdb_jdbc-$duckdb_version.jar"
  [[ -f "$jar" ]] || ./mvnw -q dependency:get -Dartifact="org.duckdb:duckdb_jdbc:$duckdb_version"
  "$JAVA_HOME/bin/javac" --release 21 -d "$out" -cp "$cp" "$bench/DuckDbComparisonBench.java"
  exec "$JAVA_HOME/bin/java" -Xmx6g -cp "$out:$cp:$jar" keystone.abcxyz.internal.DuckDbComparisonBench
fi
if [[ "${1:-}" == "--scatter" ]]; then
  m2="$HOME/.m2/repository"
  libs="plugins/keystone.abcxyz.ui/target/classes:$m2/org/jfree/jfreechart/1.5.6/jfreechart-1.5.6.jar"
  libs="$libs:$(ls "$m2"/org/eclipse/platform/org.eclipse.osgi/*/org.eclipse.osgi-*.jar | tail -1)"
  "$JAVA_HOME/bin/javac" --release 21 -d "$out" -cp "$cp:$libs" "$bench/ScatterBench.java"
  exec "$JAVA_HOME/bin/java" -Xmx2g -Djava.awt.headless=true -cp "$out:$cp:$libs" keystone.abcxyz.internal.ScatterBench
fi
"$JAVA_HOME/bin/javac" --release 21 -d "$out" -cp "$cp" "$bench/ReclassifyBench.java"
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$out:$cp" keystone.abcxyz.internal.ReclassifyBench
