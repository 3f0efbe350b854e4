#!/usr/bin/env bash
# What one setting costs: a paired A/B of one example app under two sets of environment settings.
# Both start side by side (-Xms512m -Xmx512m, G1), are warmed up, then measured in rounds with the two
# runs of a round back to back and the order alternating, so the shared machine's drift lands on both.
# Prints each round's throughput ratio B/A and their median: on a noisy 2-core machine a single round
# moves by +-10%, the median of 10 rounds by about 2 points.
# --pin puts both apps on CPU 0 and wrk (one thread, 16 connections) on CPU 1, so wrk no longer competes
# with the app it measures; each round then also gives the app's CPU time per request, and the warm-up
# is twice as long (a JVM on one core compiles slowly). A round still moves by +-10% on a shared
# machine: take 16 rounds or more.
# --together also puts both apps on CPU 0 but loads them at the same moment (one wrk each, on CPU 1), so
# whatever else the machine does lands on both alike; the figure is the ratio of their CPU time per
# request, A's over B's (B's throughput against A's for the same CPU). Rounds then agree within 2-5%
# where sequential ones moved by 10-20%. Each app's time per request reads higher than alone (two JVMs
# share one core's caches); compare only the ratio. Warm-up: 150 s of both at once (a JVM sharing one
# core compiles slowly; the first rounds after a shorter one still drift).
#
# --login signs each app in as the demo member (its own session cookie) for pages such as --path /members.
#
# usage: benchmarks/settings-ab.sh [--servlet] [--pin | --together] [--path /] [--cookie C | --login] [--seconds 6] [--rounds 10] \
#            "A:ENV=V,ENV=V" "B:ENV=V"
# e.g.   benchmarks/settings-ab.sh "off:LAUNCHREADY_ENABLED=false" "on:"
#        benchmarks/settings-ab.sh "on:" "no-ids:LAUNCHREADY_REQUEST_ID_ENABLED=false"
# Uses the jars benchmarks/launch-day.sh builds, and wrk (scripts/ensure-servers.sh installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=examples/membership-spring/target/membership-spring.jar
path=/ cookie= seconds=6 rounds=10 pin= together= login=
while [[ $# -gt 2 ]]; do
  case "$1" in
    --servlet) jar=examples/membership-servlet/target/membership-servlet.jar; shift ;;
    --pin) pin=1; shift ;;
    --together) pin=1; together=1; shift ;;
    --path) path=$2; shift 2 ;;
    --cookie) cookie=$2; shift 2 ;;
    --login) login=1; shift ;;
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
if [[ -n "$pin" ]] && ! command -v taskset >/dev/null; then echo "--pin and --together need taskset (Debian: util-linux)" >&2; exit 2; fi
command -v wrk >/dev/null || { echo "wrk is missing: run scripts/ensure-servers.sh" >&2; exit 2; }
lua=$PWD/benchmarks/src/main/resources/dev/launchready/benchmarks/load/page.lua
logs=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT

start() { # name envs -> port
  local name=$1 envs=() kv
  IFS=',' read -ra kv <<< "$2"
  for e in "${kv[@]}"; do [[ -n "$e" ]] && envs+=("$e"); done
  env PORT=0 "${envs[@]}" ${pin:+taskset -c 0} java -Xms512m -Xmx512m -XX:+UseG1GC -jar "$jar" > "$logs/$name.log" 2>&1 &
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
signin() { # port -> the session cookie of the demo member (DemoMembers), as a Cookie header value
  curl -s -o /dev/null -D - -H 'Content-Type: application/json' \
      -d '{"email":"member@example.com","password":"launch-ready-1"}' "http://127.0.0.1:$1/login" |
    tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p' | paste -sd ';' | sed 's/;/; /g'
}
cookie_a=$cookie cookie_b=$cookie
if [[ -n "$login" ]]; then
  cookie_a=$(signin "$pa"); cookie_b=$(signin "$pb")
  for pc in "$pa|$cookie_a" "$pb|$cookie_b"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: ${pc#*|}" -H 'X-Forwarded-Proto: https' "http://127.0.0.1:${pc%%|*}$path")
    [[ "$code" == 200 ]] || { echo "--login: $path answered $code, not 200, with the cookie from POST /login" >&2; exit 1; }
  done
fi
cookie_for() { if [[ "$1" == "$pa" ]]; then echo "$cookie_a"; else echo "$cookie_b"; fi; }
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; } # the app's user + system time, in clock ticks
run() { # port pid seconds -> "requests/s" or, pinned, "requests/s microseconds-of-CPU-per-request"
  local before out
  if [[ -n "$pin" ]]; then
    before=$(cpu "$2")
    out=$(taskset -c 1 wrk -t1 -c16 -d"${3}s" -s "$lua" "http://127.0.0.1:$1" -- "$path" "$(cookie_for "$1")")
    awk -v used=$(( $(cpu "$2") - before )) -v ticks="$ticks" '/requests in/{n=$1} /Requests\/sec/{r=$2}
      END{printf "%s %.1f", r, used * 1e6 / ticks / n}' <<< "$out"
  else
    wrk -t2 -c32 -d"${3}s" -s "$lua" "http://127.0.0.1:$1" -- "$path" "$(cookie_for "$1")" | awk '/Requests\/sec/{print $2}'
  fi
}
median() { # label -> "median LABEL m (lowest l, highest h)" of the numbers on stdin
  sort -n | awk -v n="$1" '{v[NR]=$1} END{printf "median %s %.4f (lowest %.4f, highest %.4f)\n", n, (NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2, v[1], v[NR]}'
}
together() { # seconds -> "A's CPU per request / B's" with each app's figures, both loaded at once
  local a0 b0 a1 b1 wa wb
  a0=$(cpu "${pids[0]}"); b0=$(cpu "${pids[1]}")
  taskset -c 1 wrk -t1 -c16 -d"${1}s" -s "$lua" "http://127.0.0.1:$pa" -- "$path" "$cookie_a" > "$logs/wrk-a" & wa=$!
  taskset -c 1 wrk -t1 -c16 -d"${1}s" -s "$lua" "http://127.0.0.1:$pb" -- "$path" "$cookie_b" > "$logs/wrk-b" & wb=$!
  wait "$wa" "$wb"
  a1=$(cpu "${pids[0]}"); b1=$(cpu "${pids[1]}")
  awk -v ca=$((a1 - a0)) -v cb=$((b1 - b0)) -v ticks="$ticks" -v s="$1" \
      -v na="$(awk '/requests in/{print $1}' "$logs/wrk-a")" -v nb="$(awk '/requests in/{print $1}' "$logs/wrk-b")" \
      'BEGIN{printf "%.4f %.0f %.1f %.0f %.1f", (ca / na) / (cb / nb), na / s, ca * 1e6 / ticks / na, nb / s, cb * 1e6 / ticks / nb}'
}
if [[ -n "$together" ]]; then
  together 150 >/dev/null
  ratios=()
  for r in $(seq "$rounds"); do
    read -r q ra ua rb ub <<< "$(together "$seconds")"
    ratios+=("$q")
    echo "round $r: $a $ra req/s $ua us CPU each, $b $rb req/s $ub us CPU each, CPU per request $a/$b $q"
  done
  printf '%s\n' "${ratios[@]}" | median "CPU per request $a/$b"
  rm -rf "$logs"
  exit 0
fi
# Warm-up: 30 s each (60 pinned), alternating, so both JITs settle before anything counts.
warm=5
[[ -n "$pin" ]] && warm=10
for _ in $(seq "$warm"); do run "$pa" "${pids[0]}" 6 >/dev/null; run "$pb" "${pids[1]}" 6 >/dev/null; done
ratios=()
for r in $(seq "$rounds"); do
  if (( r % 2 )); then
    x=$(run "$pa" "${pids[0]}" "$seconds"); y=$(run "$pb" "${pids[1]}" "$seconds")
  else
    y=$(run "$pb" "${pids[1]}" "$seconds"); x=$(run "$pa" "${pids[0]}" "$seconds")
  fi
  q=$(awk -v y="${y%% *}" -v x="${x%% *}" 'BEGIN{printf "%.4f", y / x}')
  ratios+=("$q")
  if [[ -n "$pin" ]]; then
    echo "round $r: $a ${x%% *} req/s ${x#* } us CPU each, $b ${y%% *} req/s ${y#* } us CPU each, $b/$a $q"
  else
    echo "round $r: $a $x req/s, $b $y req/s, $b/$a $q"
  fi
done
printf '%s\n' "${ratios[@]}" | median "$b/$a"
rm -rf "$logs" # kept only when an app failed to start, for its log
