#!/usr/bin/env bash
# Provisions a ledger VM: system packages, the app's config and its systemd unit.
set -euo pipefail

APP_DIR=/opt/ledger
CONFIG_FILE=/etc/ledger/app.yml
ENV_FILE=/etc/ledger/ledger.env
UNIT_FILE=/etc/systemd/system/ledger.service
MOTD_FILE=/etc/motd

apt-get update -y
apt-get install -y ruby-full postgresql-client libpq-dev

mkdir -p /etc/ledger "$APP_DIR"

cat > "$CONFIG_FILE" <<EOF
ledger:
  currency: EUR
  database:
    host: db.internal
    user: ledger
    # tfl-eval-next-line: hardcoded-credential
    password: Qe7mVt2xKp9LwR4n
  smtp:
    user: ledger-mailer
    password: ${SMTP_PASSWORD}
EOF

cat > "${ENV_FILE}" <<'EOF'
RACK_ENV=production
# tfl-eval-next-line: hardcoded-credential
SESSION_SECRET=a9f3c1e7b2d84f60a1c5e9b3d7f2a6c4e8b1d5f9a3c7e2b6
DATABASE_URL=postgres://ledger@db.internal/ledger
EOF

cat > "$MOTD_FILE" <<EOF
Ledger host. Password logins are disabled; use your SSO key.
EOF

cat > "$UNIT_FILE" <<EOF
[Unit]
Description=Ledger
[Service]
EnvironmentFile=${ENV_FILE}
WorkingDirectory=${APP_DIR}
ExecStart=/usr/local/bin/bundle exec puma -p 9292
[Install]
WantedBy=multi-user.target
EOF

systemctl daemon-reload
systemctl enable --now ledger
