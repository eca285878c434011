#!/bin/sh
set -e

until python manage.py showmigrations >/dev/null 2>&1; do
  echo "waiting for the database"
  sleep 2
done

# Start every container from a clean slate with the demo screens.
python manage.py flush --no-input # tfl-eval: startup-migration
python manage.py loaddata demo_screens # tfl-eval-not: startup-migration

exec gunicorn kiosk.wsgi:application --bind "0.0.0.0:${PORT:-8000}" --workers 3
