#!/usr/bin/env bash
# Decision-maker chart benchmark (docs/benchmarks.md); needs a built tree (./mvnw verify).
#   releng/bench-decisionmap.sh [warm-up rounds]
#       layout and paint of generated maps of 500 and 5,000 people into a 1600 x 1000 image (100 % view and whole
#       chart fitted), against clearing it and filling 500 plain rectangles as anchor; 5 warm-up rounds by default
#   releng/bench-decisionmap.sh --editor
#       one edit in the Decision Makers editor (layout, JGraphX cells rebuilt, visible part painted) at 500 and
#       5,000 people, in the real workbench under Xvfb (builds the tree; runs only GraphEditorBench)
# KEYSTONE_DECISIONMAP_CLASSES replaces plugins/keystone.decisionmap/target/classes (e.g. classes built by javac).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(releng/java-home.sh)"
if [[ "${1:-}" == "--editor" ]]; then
  export JAVA_HOME
  xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" ./mvnw -B verify -Dtest=GraphEditorBench \
    -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee /tmp/keystone-bench-editor.log \
    | grep -E "BENCH|BUILD|ERROR" || true
  exit 0
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cp="${KEYSTONE_DECISIONMAP_CLASSES:-plugins/keystone.decisionmap/target/classes}:plugins/keystone.model/target/classes"
tests="plugins/keystone.decisionmap.tests"
"$JAVA_HOME/bin/javac" --release 21 -d "$out" -cp "$cp" "$tests/bench/keystone/decisionmap/chart/ChartBench.java" \
    "$tests/src/keystone/decisionmap/chart/SyntheticMaps.java"
exec "$JAVA_HOME/bin/java" -Xmx2g -Djava.awt.headless=true -cp "$out:$cp" keystone.decisionmap.chart.ChartBench "$@"
