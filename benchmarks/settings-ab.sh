#!/usr/bin/env bash
# What one setting costs: a paired A/B of one example app under two sets of environment settings.
# Both start side by side (-Xms512m -Xmx512m, G1), are warmed up, then measured in rounds with the two
# runs of a round back to back and the order alternating, so the shared machine's drift lands on both.
# Prints each round's throughput ratio B/A and their median: on a noisy 2-core machine a single round
# moves by +-10%, the median of 10 rounds by about 2 points.
#
# usage: benchmarks/settings-ab.sh [--servlet] [--path /] [--cookie C] [--seconds 6] [--rounds 10] \
#            "A:ENV=V,ENV=V" "B:ENV=V"
# e.g.   benchmarks/settings-ab.sh "off:LAUNCHREADY_ENABLED=false" "on:"
#        benchmarks/settings-ab.sh "on:" "no-ids:LAUNCHREADY_REQUEST_ID_ENABLED=false"
# Uses the jars benchmarks/launch-day.sh builds, and wrk (scripts/ensure-servers.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=examples/membership-spring/target/membership-spring.jar
path=/ cookie= seconds=6 rounds=10
while [[ $# -gt 2 ]]; do
  case "$1" in
    --servlet) jar=examples/membership-servlet/target/membership-servlet.jar; shift ;;
    --path) path=$2; shift 2 ;;
    --cookie) cookie=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done
if [[ $# -ne 2 || "$1" != *:* || "$2" != *:* ]]; then
  echo "usage: $0 [options] \"A:ENV=V,...\" \"B:ENV=V,...\" (see the comment at the top of $0)" >&2
  exit 2
fi
[[ -f "$jar" ]] || { echo "$jar is missing: run benchmarks/launch-day.sh --help once, or mvn package" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: run scripts/ensure-servers.sh" >&2; exit 2; }
lua=$PWD/benchmarks/src/main/resources/dev/launchready/benchmarks/load/page.lua
logs=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT

start() { # name envs -> port
  local name=$1 envs=() kv
  IFS=',' read -ra kv <<< "$2"
  for e in "${kv[@]}"; do [[ -n "$e" ]] && envs+=("$e"); done
  env PORT=0 "${envs[@]}" java -Xms512m -Xmx512m -XX:+UseG1GC -jar "$jar" > "$logs/$name.log" 2>&1 &
  pids+=($!)
}
port() { # name pid -> the port it listens on, once its log says so
  for _ in $(seq 120); do
    p=$(grep -o 'listening on [^ ]*' "$logs/$1.log" | grep -o '[0-9]*$' | head -1 || true)
    [[ -n "$p" ]] && { echo "$p"; return; }
    kill -0 "$2" 2>/dev/null || break
    sleep 1
  done
  echo "$1 did not start; its log: $logs/$1.log" >&2
  grep -m1 -E 'ERROR|Exception' "$logs/$1.log" >&2 || true
  exit 1
}
a=${1%%:*} b=${2%%:*}
start "$a" "${1#*:}"
start "$b" "${2#*:}"
pa=$(port "$a" "${pids[0]}")
pb=$(port "$b" "${pids[1]}")
run() { wrk -t2 -c32 -d"${2}s" -s "$lua" "http://127.0.0.1:$1" -- "$path" "$cookie" | awk '/Requests\/sec/{print $2}'; }
# Warm-up: 30 s each, alternating, so both JITs settle before anything counts.
for _ in 1 2 3 4 5; do run "$pa" 6 >/dev/null; run "$pb" 6 >/dev/null; done
ratios=()
for r in $(seq "$rounds"); do
  if (( r % 2 )); then x=$(run "$pa" "$seconds"); y=$(run "$pb" "$seconds"); else y=$(run "$pb" "$seconds"); x=$(run "$pa" "$seconds"); fi
  q=$(awk -v y="$y" -v x="$x" 'BEGIN{printf "%.4f", y / x}')
  ratios+=("$q")
  echo "round $r: $a $x req/s, $b $y req/s, $b/$a $q"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk -v n="$b/$a" '{v[NR]=$1} END{printf "median %s %.4f (lowest %.4f, highest %.4f)\n", n, (NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2, v[1], v[NR]}'
rm -rf "$logs" # kept only when an app failed to start, for its log
