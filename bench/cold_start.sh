#!/bin/bash
# Milliseconds from launching the jar to its main window being mapped on the X display, N times.
# Usage: bench/cold_start.sh [JAR] [RUNS] [java options...]   (DISPLAY must be set; Xvfb works)
# Needs xdotool. A run that shows no window within 120 s prints "timeout".
set -u
JAR=${1:-target/gradient-lab.jar}
RUNS=${2:-5}
shift $(( $# < 2 ? $# : 2 ))
JAVA=${JAVA:-java}
for run in $(seq "$RUNS"); do
    start=$(date +%s%N)
    "$JAVA" "$@" -jar "$JAR" >/dev/null 2>&1 &
    pid=$!
    if timeout 120 xdotool search --sync --onlyvisible --name "Gradient Lab" >/dev/null 2>&1; then
        echo $(( ($(date +%s%N) - start) / 1000000 ))
    else
        echo timeout
    fi
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    sleep 1
done
