#!/bin/bash
set -euo pipefail

# Wait for Postgres before anything else.
until pg_isready -q -d "$DATABASE_URL"; do
  echo "waiting for database..."
  sleep 2
done

python scripts/migrate.py # tfl-eval: startup-migration

# One container runs both the web server and the render worker.
gunicorn tilemill.app:app --bind "0.0.0.0:${PORT:-8000}" --workers 3 --access-logfile - & # tfl-eval: no-graceful-shutdown
celery -A tilemill.tasks worker --loglevel=INFO --concurrency 2 &

wait -n
exit $?
