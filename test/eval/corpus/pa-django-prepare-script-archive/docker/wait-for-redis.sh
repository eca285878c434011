#!/usr/bin/env bash
# Waits for Redis to answer before the app starts.
set -e
MAX_RETRY_COUNT=40
RETRY_COUNT=0
until redis-cli -u "$1" ping | grep -q PONG; do
	RETRY_COUNT=$((RETRY_COUNT + 1))
	if [ "${RETRY_COUNT}" -ge "${MAX_RETRY_COUNT}" ]; then
		echo "Failed to connect to redis"
		exit 1
	fi
	sleep 5
done
echo "Connected to Redis broker."
