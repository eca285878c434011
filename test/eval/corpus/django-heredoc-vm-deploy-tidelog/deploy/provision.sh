#!/bin/sh
# One-off provisioning of the tidelog VM (Ubuntu 22.04). Idempotent enough to re-run.
set -eu

sudo install -d -o tidelog -g tidelog /etc/tidelog

# Environment file the systemd unit loads (EnvironmentFile=/etc/tidelog/tidelog.env).
sudo tee /etc/tidelog/tidelog.env > /dev/null <<EOF
DJANGO_SETTINGS_MODULE=tidelog.settings.production
# tfl-eval-next-line: hardcoded-credential
DJANGO_SECRET_KEY=mrtaAzj7vFBkyqaT6tEwnXG7iGsB8MYf9udSX6yG
DATABASE_URL=postgres://tidelog:${TIDELOG_DB_PASSWORD}@127.0.0.1:5432/tidelog
CELERY_BROKER_URL=redis://127.0.0.1:6379/0
EOF

# Legacy INI read by the tide-gauge importer (configparser).
cat > /etc/tidelog/importer.ini <<'EOF'
[noaa]
endpoint = https://api.tidesandcurrents.noaa.gov/api/prod/datagetter
station = 9414290
# tfl-eval-next-line: hardcoded-credential
api_token = tn5ry3atELJvB3MWBXbwbaPR

[database]
host = 127.0.0.1
user = tidelog
password = %(TIDELOG_DB_PASSWORD)s
EOF

# A quick sanity check of the database from the box.
psql -h 127.0.0.1 -U tidelog tidelog <<SQL
SELECT count(*) FROM readings_reading;
SQL

cat <<EOF
Done. Now set TIDELOG_DB_PASSWORD in /etc/tidelog/secrets and restart tidelog.service.
Remember: the admin password is rotated by the on-call, never written here.
EOF
