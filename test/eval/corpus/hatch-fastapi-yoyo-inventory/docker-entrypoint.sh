#!/bin/sh
set -eu

until python -c "import psycopg, os; psycopg.connect(os.environ['DATABASE_URL']).close()" 2>/dev/null; do
  echo "waiting for postgres"
  sleep 1
done

hatch run prod:yoyo apply --batch --database "$DATABASE_URL" ./migrations # tfl-eval: startup-migration
exec hatch run prod:uvicorn inventory.main:app --host 0.0.0.0 --port "${PORT:-8000}" --proxy-headers
