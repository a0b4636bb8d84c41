#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers at 127.0.0.1:5432 with trust auth for
# user postgres: start the machine's cluster, or install one with apt.
set -euo pipefail
ready() { pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null && psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; }
ready && exit 0
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "[ci] installing PostgreSQL with apt"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
# A fresh apt install uses peer auth: allow trust on loopback for the tests.
hba="/etc/postgresql/$version/main/pg_hba.conf"
if [ -f "$hba" ] && ! grep -q 'newsroom-ci' "$hba"; then
  sed -i '1i host all all 127.0.0.1/32 trust # newsroom-ci' "$hba"
  pg_ctlcluster --skip-systemctl-redirect "$version" main reload || true
fi
for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
echo "[ci] PostgreSQL did not become ready at 127.0.0.1:5432" >&2
exit 1
