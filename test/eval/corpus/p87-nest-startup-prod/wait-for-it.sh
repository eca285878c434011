#!/usr/bin/env bash
# Waits until host:port accepts a TCP connection.
HOSTPORT="$1"
shift
TIMEOUT=15
if [ "$1" = "-t" ]; then TIMEOUT="$2"; fi
HOST="${HOSTPORT%%:*}"
PORT="${HOSTPORT##*:}"
for i in $(seq "$TIMEOUT"); do
  if (echo > "/dev/tcp/$HOST/$PORT") >/dev/null 2>&1; then
    exit 0
  fi
  sleep 1
done
echo "timeout waiting for $HOSTPORT" >&2
exit 1
