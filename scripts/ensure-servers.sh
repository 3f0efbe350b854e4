#!/usr/bin/env bash
# Makes sure the server binaries the integration tests start for themselves are installed.
#
# The tests never use a system-wide service: each one starts its own server process on a free port
# and stops it again. So after installing a package this script stops (and disables) the service
# Debian starts with it, which would otherwise sit on the default port.
#
# As root it installs what is missing with apt-get; as anyone else it prints the command and exits 1.
# Usage: scripts/ensure-servers.sh
set -euo pipefail

# One line per binary the tests need: binary, Debian package, service the package starts ("-": none).
SERVERS=(
  "redis-server redis-server redis-server"
  "redis-cli redis-tools -"
  "prometheus prometheus -"
  "promtool prometheus -"
  "nginx nginx nginx"
  "dnsmasq dnsmasq-base -"
  "openssl openssl -"
  "wrk wrk -"
)

# Daemons such as nginx and dnsmasq live in sbin, which is often not on a normal user's PATH.
find_binary() {
  local binary=$1 dir
  if command -v "$binary" >/dev/null 2>&1; then
    command -v "$binary"
    return 0
  fi
  for dir in /usr/local/sbin /usr/sbin /sbin; do
    if [[ -x "$dir/$binary" ]]; then
      echo "$dir/$binary"
      return 0
    fi
  done
  return 1
}

stop_service() {
  local service=$1
  [[ "$service" == "-" ]] && return 0
  echo "ensure-servers: stopping the system $service service (tests start their own)"
  if [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null 2>&1; then
    systemctl stop "$service" >/dev/null 2>&1 || true
    systemctl disable "$service" >/dev/null 2>&1 || true
  fi
  if command -v service >/dev/null 2>&1; then
    service "$service" stop >/dev/null 2>&1 || true
  fi
  if command -v update-rc.d >/dev/null 2>&1; then
    update-rc.d "$service" disable >/dev/null 2>&1 || true
  fi
}

missing_binaries=()
missing_packages=()
missing_services=()
for entry in "${SERVERS[@]}"; do
  read -r binary package service <<<"$entry"
  if path=$(find_binary "$binary"); then
    echo "ensure-servers: $binary found at $path"
  else
    missing_binaries+=("$binary")
    missing_packages+=("$package")
    missing_services+=("$service")
  fi
done

if [[ ${#missing_binaries[@]} -eq 0 ]]; then
  echo "ensure-servers: all server binaries are installed"
  exit 0
fi

echo "ensure-servers: missing ${missing_binaries[*]}"
if [[ "$(id -u)" -ne 0 ]]; then
  echo "ensure-servers: not root, so not installing; run:" >&2
  echo "  sudo apt-get install ${missing_packages[*]}" >&2
  echo "or run this script as root." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-servers: apt-get not found: install these packages with your package manager: ${missing_packages[*]}" >&2
  exit 1
fi

echo "ensure-servers: installing ${missing_packages[*]}"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing_packages[@]}"

for service in "${missing_services[@]}"; do
  stop_service "$service"
done

failed=0
for binary in "${missing_binaries[@]}"; do
  if path=$(find_binary "$binary"); then
    echo "ensure-servers: $binary installed at $path"
  else
    echo "ensure-servers: $binary is still missing after the install" >&2
    failed=1
  fi
done
exit "$failed"
