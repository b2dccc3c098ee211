#!/usr/bin/env bash
# The two commands of the README's Quick start:
#   bash quickstart.sh demo   installs what is missing, builds, runs the demo on the built-in sandbox
#   bash quickstart.sh test   installs what is missing, builds, runs every test
# INVOICELINK_PRESET picks the CMake preset (default; CI uses "ci", which turns warnings into errors).
set -euo pipefail
cd "$(dirname "$0")"
what="${1:-demo}"
preset="${INVOICELINK_PRESET:-default}"

case "$what" in
  demo) bash packaging/install-deps.sh ;;
  test) bash packaging/install-deps.sh --test ;;
  *) echo "usage: bash quickstart.sh demo|test" >&2; exit 2 ;;
esac

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

if [[ "$what" == "demo" ]]; then
  exec bash packaging/demo.sh "$preset"
fi
exec bash packaging/test.sh "$preset"
