#!/usr/bin/env bash
# Runs the demo on the built-in sandbox: its own port, a temporary config and database, tokens
# in memory. It never touches a real configuration or the keychain.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=build
[[ "${1:-default}" == debug ]] && build_dir=build-debug
exec "$build_dir/app/invoicelink-cli" demo
