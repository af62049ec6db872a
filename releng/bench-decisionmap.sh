#!/usr/bin/env bash
# Decision-maker chart benchmark (docs/benchmarks.md); needs a built tree (./mvnw verify).
#   releng/bench-decisionmap.sh [warm-up rounds]
#       layout and paint of generated maps of 500 and 5,000 people into a 1600 x 1000 image (100 % view and whole
#       chart fitted), against clearing it and filling 500 plain rectangles as anchor; 5 warm-up rounds by default
# KEYSTONE_DECISIONMAP_CLASSES replaces plugins/keystone.decisionmap/target/classes (e.g. classes built by javac).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(releng/java-home.sh)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cp="${KEYSTONE_DECISIONMAP_CLASSES:-plugins/keystone.decisionmap/target/classes}:plugins/keystone.model/target/classes"
tests="plugins/keystone.decisionmap.tests"
"$JAVA_HOME/bin/javac" --release 21 -d "$out" -cp "$cp" "$tests/bench/keystone/decisionmap/chart/ChartBench.java" \
    "$tests/src/keystone/decisionmap/chart/SyntheticMaps.java"
exec "$JAVA_HOME/bin/java" -Xmx2g -Djava.awt.headless=true -cp "$out:$cp" keystone.decisionmap.chart.ChartBench "$@"
