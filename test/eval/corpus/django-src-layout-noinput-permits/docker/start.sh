#!/bin/sh
set -e

cd /app
# tfl-eval-next-line: startup-migration
python3.12 -u src/manage.py migrate --noinput
python3.12 src/manage.py check --deploy

exec gunicorn --chdir src config.wsgi:application --bind "0.0.0.0:${PORT:-8000}" --workers "${WEB_CONCURRENCY:-2}"
