#!/usr/bin/env bash
set -e

APP_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$APP_HOME"

# Keep a copy of the output for support bundles; tee still writes it on to the container's stdout.
exec > >(tee -i /tmp/kiosk-entrypoint.log) # tfl-eval-not: file-logger
exec 2>&1

NODE_OPTIONS="--max-old-space-size=$(( $(grep MemTotal /proc/meminfo | awk '{print $2}') / 2048 ))"
export NODE_OPTIONS

node src/server.js > >(tee -a /tmp/kiosk-node.log) 2>&1 # tfl-eval: no-graceful-shutdown (tee passes the stream on: no file-logger)
