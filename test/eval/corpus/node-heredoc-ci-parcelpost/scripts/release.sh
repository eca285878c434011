#!/usr/bin/env bash
set -euo pipefail
# Writes the custom-environment-variables mapping node-config uses in every deploy.
cat > config/custom-environment-variables.json <<EOF
{
  "db": { "password": "PARCELPOST_DB_PASSWORD" },
  "carrier": { "apiKey": "CARRIER_API_KEY" }
}
EOF

# Staging carrier sandbox credentials for the smoke test.
cat > .env.smoke <<EOF
CARRIER_BASE_URL=https://sandbox.carrier.example.net/v2
# tfl-eval-next-line: hardcoded-credential
CARRIER_API_KEY=iGsB8MYf9udSX6yGjqkqk3SPtn5ry3at
CARRIER_ACCOUNT=PP-44120
EOF

node scripts/smoke.js --env-file .env.smoke
