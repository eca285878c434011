#!/bin/bash
set -euo pipefail

WORKERS=${WORKERS:-1}
WORKER_CLASS=${WORKER_CLASS:-gevent}
ACCESS_LOG=${ACCESS_LOG:--}
ERROR_LOG=${ERROR_LOG:--}
WORKER_TEMP_DIR=${WORKER_TEMP_DIR:-/dev/shm}
DEBUG=${DEBUG:-false}

if [ "$DEBUG" = "true" ]; then
    # tfl-eval-not: runtime-build-step (the debug branch; production takes the else)
    exec gunicorn 'ctf:create_app()' --bind "0.0.0.0:${PORT:-8000}" --reload --workers 1 --access-logfile "$ACCESS_LOG"
else
    exec gunicorn 'ctf:create_app()' \
        --bind "0.0.0.0:${PORT:-8000}" \
        --workers "$WORKERS" \
        --worker-tmp-dir "$WORKER_TEMP_DIR" \
        --worker-class "$WORKER_CLASS" \
        --access-logfile "$ACCESS_LOG" \
        --error-logfile "$ERROR_LOG"
fi
