#!/bin/bash
# Whether the Vector API can join a running JVM in a child module layer (it cannot, usefully):
# prints the error or the speed of a dot product for each way. See docs/BENCHMARKS.md, st14d.
# Usage: JAVA=/path/to/jdk25/bin/java bench/vector_layer_probe.sh
set -eu
JAVA=${JAVA:-java}
BIN=$(dirname "$JAVA")
SRC=$(cd "$(dirname "$0")/vector-layer" && pwd)
OUT=$(mktemp -d)
"$BIN/javac" --add-modules jdk.incubator.vector -d "$OUT/dot" "$SRC/Dot.java" 2>&1 | grep -v -i 'warning' || true
"$BIN/javac" -d "$OUT/main" "$SRC/ChildLayer.java"
echo "boot layer (--add-modules, as today):"
"$JAVA" --add-modules jdk.incubator.vector -cp "$OUT/main" ChildLayer boot "$OUT/dot" 2>&1 | grep -v '^WARNING: Using incubator'
echo "child layer, public API:"
"$JAVA" -cp "$OUT/main" ChildLayer layer "$OUT/dot"
echo "child layer, module defined to the boot or platform loader:"
"$JAVA" -cp "$OUT/main" ChildLayer bootloader "$OUT/dot"
echo "child layer, java.base's exports added by reflection:"
"$JAVA" --add-opens java.base/java.lang=ALL-UNNAMED -cp "$OUT/main" ChildLayer hack "$OUT/dot"
rm -rf "$OUT"
