#!/usr/bin/env bash
# Runs every test the way CI does: a throw-away PostgreSQL server on loopback and a keychain
# under a private D-Bus session, with HOME pointing at a temporary folder so the real keyring
# and config are never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"

work=$(mktemp -d)
pg_port=${INVOICELINK_PG_PORT:-55432}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [[ $(id -u) -eq 0 ]]; then su postgres -c "$*"; else bash -c "$*"; fi; }

cleanup() {
  as_pg "$pg_bin/pg_ctl -D $work/pg/data -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/pg" "$work/home"
chmod 755 "$work" # the postgres user must reach its data folder inside
[[ $(id -u) -eq 0 ]] && chown postgres "$work/pg"
as_pg "$pg_bin/initdb -D $work/pg/data -A trust -U postgres >/dev/null"
as_pg "$pg_bin/pg_ctl -D $work/pg/data -o '-k $work/pg -c listen_addresses=127.0.0.1 -p $pg_port' -l $work/pg/log -w start >/dev/null"
export INVOICELINK_TEST_PG_URL="postgresql://postgres@127.0.0.1:$pg_port/postgres"

export HOME="$work/home"
export QT_QPA_PLATFORM=offscreen
export INVOICELINK_PRESET="$preset"
dbus-run-session -- bash -c '
  printf "any-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  ctest --preset "$INVOICELINK_PRESET" -j2'
