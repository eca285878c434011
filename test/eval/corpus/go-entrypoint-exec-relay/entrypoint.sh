#!/bin/sh
set -e
if [ -n "$RELAY_CONFIG_URL" ]; then
  wget -qO /etc/relay/config.yaml "$RELAY_CONFIG_URL"
fi
exec /usr/local/bin/relay --config /etc/relay/config.yaml "$@" # tfl-eval-not: no-graceful-shutdown
