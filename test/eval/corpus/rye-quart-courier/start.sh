#!/bin/sh
# Started by the platform when no process is named.
set -e
# tfl-eval-next-line: runtime-build-step
rye sync --no-dev --no-lock
exec rye run hypercorn courier.app:app --bind "0.0.0.0:${PORT:-8080}"
