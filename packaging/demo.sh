#!/usr/bin/env bash
# Runs the demo on the built-in sandbox: its own port, a temporary config and database, tokens
# in memory. It never touches a real configuration or the keychain.
# With a display it opens the desktop app on the demo month; without one (a server, CI, ssh) it
# runs the same demo headless through the command line and prints the report.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=build
[[ "${1:-default}" == debug ]] && build_dir=build-debug
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]] && [[ -x "$build_dir/app/invoicelink" ]]; then
  exec "$build_dir/app/invoicelink" --demo
fi
exec "$build_dir/app/invoicelink-cli" demo
