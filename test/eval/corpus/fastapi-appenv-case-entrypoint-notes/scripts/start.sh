#!/bin/sh
set -e

MODULE_NAME=${MODULE_NAME:-app.main}
VARIABLE_NAME=${VARIABLE_NAME:-app}
export APP_MODULE=${APP_MODULE:-"$MODULE_NAME:$VARIABLE_NAME"}

case "$APP_ENV" in
  dev|development|local)
    echo "Starting uvicorn with autoreload"
    # tfl-eval-not: runtime-build-step (only APP_ENV=dev takes this arm)
    exec uvicorn "$APP_MODULE" --host 0.0.0.0 --port "${PORT:-8000}" --reload
    ;;
  *)
    exec gunicorn "$APP_MODULE" -k uvicorn.workers.UvicornWorker --bind "0.0.0.0:${PORT:-8000}" --workers "${WEB_CONCURRENCY:-2}"
    ;;
esac
