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
if [[ -z "${DISPLAY:-}" ]]; then
  echo "No DISPLAY: starting Keystone on a virtual display (xvfb-run)."
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$product/keystone" "${args[@]}"
fi
exec "$product/keystone" "${args[@]}"
