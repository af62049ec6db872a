#!/usr/bin/env bash
# ABC-XYZ re-classification benchmark (100,000 customers x 36 months) against an anchor in the same run.
# Needs a built tree (./mvnw verify). Prints medians and the ratio; see docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="$(releng/java-home.sh)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cp="plugins/keystone.abcxyz/target/classes:plugins/keystone.model/target/classes"
"$JAVA_HOME/bin/javac" --release 21 -d "$out" -cp "$cp" \
  plugins/keystone.abcxyz.tests/bench/keystone/abcxyz/internal/ReclassifyBench.java
"$JAVA_HOME/bin/java" -Xmx2g -cp "$out:$cp" keystone.abcxyz.internal.ReclassifyBench
