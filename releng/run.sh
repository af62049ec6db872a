#!/usr/bin/env bash
# Builds the Keystone product (tests skipped) and starts it. With no --db, it uses ~/.keystone/demo, which
# Keystone fills with realistic demo data on first start. Usage: releng/run.sh [--db DIR] [other keystone options]
set -euo pipefail
cd "$(dirname "$0")/.."
releng/setup-machine.sh
JAVA_HOME="$(releng/java-home.sh)"
export JAVA_HOME
./mvnw -B -q -DskipTests verify
product="product/target/products/keystone.app.product/linux/gtk/x86_64/keystone"
args=("$@")
if [[ " ${args[*]-} " != *" --db"* ]]; then args=(--db "$HOME/.keystone/demo" "${args[@]}"); fi
launch=()
if [[ -z "${DISPLAY:-}" ]]; then
  echo "No DISPLAY: starting Keystone on a virtual display (xvfb-run)."
  launch=(xvfb-run -a -s "-screen 0 1600x1000x24")
fi
if [[ ! -f "$product/keystone.aot" ]]; then
  # One training start records a Java AOT cache that makes later starts faster (docs/benchmarks.md).
  echo "First start: recording the start-up cache..."
  training="$(mktemp -d)"
  "$product/keystone-cli" --db "$training/db" demo >/dev/null 2>&1 || true
  "${launch[@]}" "$product/keystone" --db "$training/db" -vmargs -XX:AOTCacheOutput="$product/keystone.aot" \
      -Dkeystone.startup.report="$training/report.txt" >/dev/null 2>&1 || rm -f "$product/keystone.aot"
  rm -rf "$training"
fi
exec "${launch[@]}" "$product/keystone" "${args[@]}"
