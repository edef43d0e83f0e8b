#!/usr/bin/env bash
# bench/preview.sh — time to redraw one creative at preview size (long side 540 px) after a text edit,
# for each ratio (JMH SampleTime: p50, p90, p95, p99). Goal: p95 <= 16 ms (one frame at 60 Hz).
# Run from the repository root; builds the benchmark jar when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f bench/target/bench.jar ] || mvn -q -B -DskipTests -pl bench -am package
exec java -cp "bench/target/bench.jar:bench/target/lib/*" org.openjdk.jmh.Main PreviewBenchmark "$@"
