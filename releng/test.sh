#!/usr/bin/env bash
# Builds everything and runs every test (unit, integration, UI on a virtual display). Usage: releng/test.sh [maven args]
set -euo pipefail
cd "$(dirname "$0")/.."
releng/setup-machine.sh
JAVA_HOME="$(releng/java-home.sh)"
export JAVA_HOME
echo "Using JAVA_HOME=$JAVA_HOME"
exec xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" ./mvnw -B verify "$@"
