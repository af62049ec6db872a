#!/usr/bin/env bash
# Sales import benchmark (docs/benchmarks.md, issue 5); needs a built tree (./mvnw verify) and its ~/.m2.
#   releng/bench-import.sh [--lines=300000] [--customers=30000] [--months=24] [--runs=3]
# Generates a CSV, imports it end to end (detection, validation, one durable transaction) into a fresh HSQLDB file
# database per run, and compares with parsing the same file with commons-csv. Extra JVM flags: BENCH_JAVA_OPTS
# (e.g. BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/import.jfr" to profile).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(releng/java-home.sh)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
m2="$HOME/.m2/repository"
newest() { ls "$m2"/$1 2>/dev/null | sort -V | tail -1; }
cp="plugins/keystone.salesimport/target/classes:plugins/keystone.store/target/classes"
cp="$cp:plugins/keystone.model/target/classes:plugins/keystone.abcxyz/target/classes"
for jar in "org/hsqldb/hsqldb/2.7.4/hsqldb-2.7.4.jar" \
    "org/apache/commons/commons-csv/1.14.1/commons-csv-1.14.1.jar" \
    "commons-io/commons-io/2.*/commons-io-2.*.jar" \
    "commons-codec/commons-codec/1.*/commons-codec-1.*.jar" \
    "com/github/albfernandez/juniversalchardet/*/juniversalchardet-*.jar" \
    "org/dhatim/fastexcel-reader/*/fastexcel-reader-*.jar" \
    "org/eclipse/platform/org.eclipse.equinox.common/*/org.eclipse.equinox.common-*.jar" \
    "org/eclipse/platform/org.eclipse.osgi/*/org.eclipse.osgi-*.jar" \
    "org/osgi/org.osgi.service.event/*/org.osgi.service.event-*.jar" \
    "org/osgi/org.osgi.service.component.annotations/*/org.osgi.service.component.annotations-*.jar"; do
  found="$(newest "$jar")"
  [[ -n "$found" ]] || { echo "Missing $jar in $m2: build the tree first (./mvnw verify)." >&2; exit 1; }
  cp="$cp:$found"
done
bench="plugins/keystone.salesimport.tests/bench"
"$JAVA_HOME/bin/javac" --release 21 -d "$out" -cp "$cp" \
  "$bench/keystone/store/internal/BenchEngines.java" "$bench/keystone/salesimport/internal/ImportBench.java"
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$out:$cp" keystone.salesimport.internal.ImportBench "$@"
