#!/bin/bash
# EC2 user data: installs the worker and writes its node-config file and env.
set -euo pipefail

write_config() {
  local cfg="/opt/queueworker/config/production.json"
  mkdir -p "$(dirname "$cfg")"
  cat > "$cfg" <<JSON
{
  "amqp": {
    "url": "amqps://worker@mq.internal:5671/jobs",
    "password": "Wd4nRq8vTz2kLm6p"
  },
  "support": { "password": "Reset via the admin console" }
}
JSON
}

WORKER_ENV=/etc/default/queueworker
TOKEN_FILE=/etc/queueworker/token.txt
write_config
cat > "$WORKER_ENV" <<EOF
NODE_ENV=production
# tfl-eval-next-line: hardcoded-credential
AMQP_PASSWORD=Hs5pYc3xMv8bNq1t
SENTRY_DSN=${SENTRY_DSN}
EOF
cat > $TOKEN_FILE <<EOF
see /run/secrets/worker_token
EOF
systemctl restart queueworker
