#!/usr/bin/env bash
# Cold start, as recorded in docs/BENCHMARKS.md: milliseconds from just before the process starts
# to the first pulse that lays out the shown main window, and to the first one with the first lab
# built in it instead of its title (FirstFrameProbe; the app then quits). Also the process's CPU
# time (user + system, children included: the jar's restarted JVM), from bash's `times`.
# Usage: src/packaging/cold-start.sh RUNS COMMAND...   e.g.
#   src/packaging/cold-start.sh 7 /opt/gradient-lab/bin/GradientLab
#   src/packaging/cold-start.sh 7 /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar target/gradient-lab.jar
# COLD_START_JVM_OPTS adds JVM options (e.g. -Xshare:off to start without the class-data archive).
# Needs a display: under Xvfb, DISPLAY=:54 after `Xvfb :54 -screen 0 1280x720x24 &`.
set -euo pipefail
runs=$1; shift
prefs=$(mktemp -d)
tf=$(mktemp)
# CPU time of this shell's finished children so far, user + system, in ms, into CPU (bash's
# `times`, second line; run in this shell, not a subshell, which would count from zero).
cpu_now() {
    times >"$tf"
    CPU=$(sed -n 2p "$tf" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60000 + a[2] * 1000 }; printf "%d", t }')
}
times=()
labs=()
cpus=()
for ((i = 0; i < runs; i++)); do
    out=$(mktemp)
    start=$(date +%s%3N)
    cpu_now; cpu0=$CPU
    JAVA_TOOL_OPTIONS="-Dgradientlab.firstFrame=exit -Djava.util.prefs.userRoot=$prefs ${COLD_START_JVM_OPTS:-}" "$@" \
        >"$out" 2>&1 || true
    cpu_now; cpu1=$CPU
    frame=$(grep -m1 'gradientlab first frame:' "$out" | sed -n 's/.*epoch ms \([0-9]*\).*/\1/p' || true)
    lab=$(grep -m1 'gradientlab lab shown:' "$out" | sed -n 's/.*epoch ms \([0-9]*\).*/\1/p' || true)
    # An app from before the lab stand-in (one line) built its first lab before the first frame.
    lab=${lab:-$frame}
    [[ -n $frame ]] || { echo "run $i: no first frame ($(head -c 400 "$out"))" >&2; exit 1; }
    rm -f "$out"
    times+=($((frame - start)))
    labs+=($((lab - start)))
    cpus+=($((cpu1 - cpu0)))
    sleep 1
done
median() { local sorted=($(printf '%s\n' "$@" | sort -n)); echo "${sorted[$(($# / 2))]}"; }
echo "first frame: ${times[*]} ms; median $(median "${times[@]}") ms"
echo "lab shown:   ${labs[*]} ms; median $(median "${labs[@]}") ms"
echo "cpu:         ${cpus[*]} ms; median $(median "${cpus[@]}") ms"
rm -rf "$prefs" "$tf"
