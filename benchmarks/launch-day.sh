#!/usr/bin/env bash
# Launch-day load (issue #8): builds the two example apps, the peer-stack app and the harness, then runs
# them side by side on loopback under wrk and writes results.md and latency.png to
# benchmarks/results/launch-day/ (or --out). About 13 minutes with the defaults; --help lists the options.
# Installs wrk (and the test suite's other servers) first when missing, like scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-servers.sh
mvn -q -B -ntp -pl examples/membership-spring,examples/membership-servlet,benchmarks/peer-stack,benchmarks -am \
  package -DskipTests
exec java -cp benchmarks/target/benchmarks.jar dev.launchready.benchmarks.load.LaunchDay "$@"
