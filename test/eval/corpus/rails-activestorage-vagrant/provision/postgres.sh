#!/usr/bin/env bash
set -euo pipefail
apt-get install -y postgresql
sudo -u postgres psql -c "CREATE ROLE listings LOGIN PASSWORD '${POSTGRES_APP_PASSWORD}';"
sudo -u postgres createdb -O listings "${POSTGRES_DB}"
