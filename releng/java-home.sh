#!/usr/bin/env bash
# Prints the JDK to build and run Keystone with: JAVA_HOME if it is Java 21 or newer, else Temurin 25, else
# the newest JDK under /usr/lib/jvm that is 21 or newer. Tycho 5 and the platform need Java 21+; we build on 25.
set -euo pipefail
version_of() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
ok() { [[ -x "$1/bin/javac" ]] && [[ "$(version_of "$1")" -ge 21 ]]; }
if [[ -n "${JAVA_HOME:-}" ]] && ok "$JAVA_HOME"; then echo "$JAVA_HOME"; exit 0; fi
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
  candidate="${candidate%/}"
  if ok "$candidate"; then echo "$candidate"; exit 0; fi
done
echo "No JDK 21 or newer found; install one (e.g. Temurin 25) or set JAVA_HOME." >&2
exit 1
