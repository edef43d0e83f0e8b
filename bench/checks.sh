#!/usr/bin/env bash
# bench/checks.sh — median time of every compliance check on one 1080x1920 creative (JMH, SampleTime).
# Goal: <= 25 ms median. Run from the repository root after `mvn -q -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f bench/target/bench.jar ] || mvn -q -B -DskipTests -pl bench -am package
exec java -cp "bench/target/bench.jar:bench/target/lib/*" org.openjdk.jmh.Main ChecksBenchmark "$@"
