#!/usr/bin/env bash
# Installs the Debian 12 packages InvoiceLink needs to build (and, with --test, to run its
# tests), skipping what is already there. Works as root or through sudo; safe to run again.
set -euo pipefail

# libqt6opengl6-dev: Debian 12's qt6-charts-dev needs its CMake files but does not depend on it.
build_packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
  qcoro-qt6-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n libgtest-dev libgmock-dev libbenchmark-dev libxlsxwriter-dev
)
# A keychain under a private D-Bus session, a real PostgreSQL server, a virtual screen.
test_packages=(dbus-x11 gnome-keyring libsecret-tools postgresql xvfb xauth unzip)

packages=("${build_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then packages+=("${test_packages[@]}"); fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages are present"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "install-deps: missing packages (${missing[*]}) and neither root nor sudo to install them" >&2
  exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
