#!/bin/sh
set -e
python manage.py collectstatic --noinput # tfl-eval: runtime-build-step
python manage.py migrate --noinput # tfl-eval: startup-migration
exec gunicorn museum.wsgi:application --bind 0.0.0.0:${PORT:-8000} --workers 3
