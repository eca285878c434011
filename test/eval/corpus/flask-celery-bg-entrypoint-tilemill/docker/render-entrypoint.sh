#!/bin/bash
set -euo pipefail

# The render-only image forwards SIGTERM so Celery finishes its current tile.
celery -A tilemill.tasks worker --loglevel=INFO & # tfl-eval-not: no-graceful-shutdown
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT
wait "$child"
