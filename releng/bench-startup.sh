#!/usr/bin/env bash
# Start-up benchmark: time from JVM start to a usable window, Keystone (demo database, navigator filled) against
# the bare RCP workbench built from the same target platform, alternating, N runs each (default 5); prints medians
# and peak RSS. Needs a built tree (./mvnw verify). Usage: releng/bench-startup.sh [runs] [--aot]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
aot="${2:-}"
JAVA_HOME="$(releng/java-home.sh)"; export JAVA_HOME
keystone="${KEYSTONE_PRODUCT:-product/target/products/keystone.app.product/linux/gtk/x86_64/keystone}"
bare="releng/keystone.bench.product/target/products/keystone.bench.bare.product/linux/gtk/x86_64/bare-workbench"
work="$(mktemp -d)"
trap 'kill "${xvfb_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
if [[ -z "${DISPLAY:-}" ]]; then
  Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb_pid=$!
  export DISPLAY=:77
  for _ in $(seq 1 50); do xdpyinfo -display :77 >/dev/null 2>&1 && break; sleep 0.1; done
fi
"$keystone/keystone-cli" --db "$work/db" demo >/dev/null 2>&1
opts=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
rm -f "$keystone/keystone.aot"
if [[ "$aot" == "--aot" ]]; then
  # training run: Java 25 records the classes loaded up to the usable window into an AOT cache the launcher uses
  "$keystone/keystone" --db "$work/db" -vmargs -XX:AOTCacheOutput="$keystone/keystone.aot" \
      -Dkeystone.startup.report="$work/train.txt" >/dev/null 2>&1
fi
run_keystone() { "$keystone/keystone" --db "$work/db" -vmargs -Dkeystone.startup.report="$1" >/dev/null 2>&1; }
run_bare() {
  "$JAVA_HOME/bin/java" "${opts[@]}" -Dkeystone.startup.report="$1" -jar "$bare"/plugins/org.eclipse.equinox.launcher_*.jar \
      -install "$bare" -data "$work/bare-ws" -nosplash >/dev/null 2>&1
}
value() { sed -n "s/^$2=//p" "$1"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
: > "$work/k.ms"; : > "$work/b.ms"; : > "$work/k.rss"; : > "$work/b.rss"
for i in $(seq 1 "$runs"); do
  run_bare "$work/b$i.txt"; value "$work/b$i.txt" startupMillis >> "$work/b.ms"; value "$work/b$i.txt" peakRssKb >> "$work/b.rss"
  run_keystone "$work/k$i.txt"; value "$work/k$i.txt" startupMillis >> "$work/k.ms"; value "$work/k$i.txt" peakRssKb >> "$work/k.rss"
done
bm=$(median < "$work/b.ms"); km=$(median < "$work/k.ms"); br=$(median < "$work/b.rss"); kr=$(median < "$work/k.rss")
echo "runs: $runs each, alternating; AOT cache: ${aot:-no}"
echo "bare workbench ms: $(tr '\n' ' ' < "$work/b.ms")"
echo "keystone ms:       $(tr '\n' ' ' < "$work/k.ms")"
echo "| | median start-up (ms) | ratio to bare | median peak RSS (MB) |"
echo "|---|---|---|---|"
echo "| bare RCP workbench (anchor) | $bm | 1.00 | $((br / 1024)) |"
echo "| Keystone, demo database | $km | $(awk "BEGIN {printf \"%.2f\", $km / $bm}") | $((kr / 1024)) |"
