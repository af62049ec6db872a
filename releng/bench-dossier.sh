#!/usr/bin/env bash
# Dossier benchmark (docs/benchmarks.md): opening the History page of a dossier with 5,000 events in the real
# workbench under Xvfb, against an empty dossier in the same run. Builds the tree and runs only HistoryOpenBench.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(releng/java-home.sh)"
export JAVA_HOME
xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" ./mvnw -B verify -Dtest=HistoryOpenBench \
  -DfailIfNoTests=false -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee /tmp/keystone-bench-dossier.log | grep -E "BENCH|BUILD|ERROR" || true
