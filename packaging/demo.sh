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
# The demo plants deviations on purpose, so the reconcile's "needs attention" (exit 1) is the
# expected outcome here, not a failure of the quick start.
# First the month's invoice lines as Exact holds them, then the reconciliation of those lines.
"$build_dir/app/invoicelink-cli" demo lines
echo
status=0
"$build_dir/app/invoicelink-cli" demo || status=$?
if [[ $status -eq 1 ]]; then
  echo
  echo "That is the demo month as the sandbox plants it. Push the fixes with:"
  echo "  $build_dir/app/invoicelink-cli demo --apply all"
  exit 0
fi
exit "$status"
