#!/usr/bin/env bash
# Installs the Debian packages Keystone's build, product and tests need, if any are missing:
# a virtual display for UI tests, GTK 3 for SWT, fonts covering Latin, Cyrillic and CJK text.
set -euo pipefail
packages=(xvfb xauth libgtk-3-0 libxtst6 fonts-dejavu-core fonts-noto-cjk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
