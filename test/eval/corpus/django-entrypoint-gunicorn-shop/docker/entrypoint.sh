#!/usr/bin/env bash
set -euo pipefail

until pg_isready -h "$DB_HOST" -p "${DB_PORT:-5432}" -q; do
  echo "waiting for postgres..."
  sleep 1
done

python manage.py collectstatic --noinput # tfl-eval: runtime-build-step
# tfl-eval-next-line: no-graceful-shutdown
gunicorn shop.wsgi:application \
  --bind "0.0.0.0:${PORT:-8000}" \
  --workers "${WEB_CONCURRENCY:-3}" \
  --access-logfile -
