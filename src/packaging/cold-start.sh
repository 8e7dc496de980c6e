#!/usr/bin/env bash
# Cold start, as recorded in docs/BENCHMARKS.md: milliseconds from just before the process starts
# to the first pulse that lays out the shown main window (FirstFrameProbe; the app then quits).
# Usage: src/packaging/cold-start.sh RUNS COMMAND...   e.g.
#   src/packaging/cold-start.sh 7 /opt/gradient-lab/bin/GradientLab
#   src/packaging/cold-start.sh 7 /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar target/gradient-lab.jar
# COLD_START_JVM_OPTS adds JVM options (e.g. -XX:AOTMode=off to start without the AOT cache).
# Needs a display: under Xvfb, DISPLAY=:54 after `Xvfb :54 -screen 0 1280x720x24 &`.
set -euo pipefail
runs=$1; shift
prefs=$(mktemp -d)
times=()
for ((i = 0; i < runs; i++)); do
    start=$(date +%s%3N)
    line=$(JAVA_TOOL_OPTIONS="-Dgradientlab.firstFrame=exit -Djava.util.prefs.userRoot=$prefs ${COLD_START_JVM_OPTS:-}" "$@" 2>&1 \
        | grep -m1 'gradientlab first frame:' || true)
    epoch=$(sed -n 's/.*epoch ms \([0-9]*\).*/\1/p' <<<"$line")
    [[ -n $epoch ]] || { echo "run $i: no first frame (${line:-no output})" >&2; exit 1; }
    times+=($((epoch - start)))
    sleep 1
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "runs: ${times[*]} ms; median ${sorted[$((runs / 2))]} ms"
rm -rf "$prefs"
