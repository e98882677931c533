#!/usr/bin/env bash
# The test suite's own PostgreSQL database, created anew for every run:
#   database.sh fresh NAME    drop and create database NAME owned by role elp (password elp)
# PostgreSQL must be running on 127.0.0.1:5432 with trust authentication for postgres
# (bin/platform test makes sure of that).
set -euo pipefail
PSQL=(psql -h 127.0.0.1 -p 5432 -U postgres -v ON_ERROR_STOP=1 -q -d postgres)

cmd=${1:?usage: database.sh fresh NAME}
name=${2:?database name}
[[ "$name" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "bad database name: $name" >&2; exit 2; }
case "$cmd" in
  fresh)
    "${PSQL[@]}" -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'elp') THEN CREATE ROLE elp LOGIN PASSWORD 'elp'; END IF; END \$\$;"
    "${PSQL[@]}" -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"
    "${PSQL[@]}" -c "CREATE DATABASE $name OWNER elp ENCODING 'UTF8' TEMPLATE template0"
    echo "[database] fresh PostgreSQL database $name" >&2
    ;;
  *) echo "unknown command: $cmd" >&2; exit 2 ;;
esac
