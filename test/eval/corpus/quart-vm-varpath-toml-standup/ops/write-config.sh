#!/usr/bin/env bash
# Writes the instance settings on a fresh VM. Run once by the image build.
set -euo pipefail

INSTANCE=/srv/standup/instance
TOML=/srv/standup/instance/settings.toml
INI=/etc/standup/uwsgi.ini
NOTES=/srv/standup/instance/NOTES

install -d -m 0750 "$INSTANCE" /etc/standup

cat >"$TOML" <<TOML
[database]
dsn = "postgresql://standup@db.internal/standup"
# tfl-eval-next-line: hardcoded-credential
password = "Vn6tXq2pLc8wMz4k"

[slack]
signing_secret = "${SLACK_SIGNING_SECRET}"
TOML

tee "$INI" >/dev/null <<EOF
[uwsgi]
module = standup.app:app
# tfl-eval-next-line: hardcoded-credential
env = STANDUP_SECRET_KEY=Fp3kWs9zRb7nYd2h
EOF

cat > "$NOTES" <<EOF
The database password lives in Vault at secret/standup/db.
EOF
