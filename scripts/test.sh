#!/usr/bin/env bash
# The whole test suite, the same line for a newcomer and for CI: unit tests, then integration tests
# against real servers (Jetty, Tomcat, redis-server) that the tests start on loopback themselves.
# Installs the server binaries first when they are missing (see ensure-servers.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-servers.sh
exec mvn -B -ntp verify "$@"
