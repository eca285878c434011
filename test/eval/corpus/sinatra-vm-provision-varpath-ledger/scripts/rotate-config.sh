#!/bin/sh
# Rewrites the config with secrets fetched from Vault at deploy time.
set -eu
readonly CONF="${LEDGER_CONFIG:-/etc/ledger/app.yml}"
export BACKUP_CONF=/var/backups/ledger/app.yml.bak

cp "$CONF" "$BACKUP_CONF"
DB_PASSWORD="$(vault kv get -field=password secret/ledger/db)"
cat > "$CONF" <<EOF
ledger:
  currency: EUR
  database:
    host: db.internal
    user: ledger
    password: ${DB_PASSWORD}
EOF

cat > "${BACKUP_CONF}" <<EOF
ledger:
  database:
    password: changeme
EOF
