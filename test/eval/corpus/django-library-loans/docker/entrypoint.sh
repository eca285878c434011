#!/bin/sh
set -e

python manage.py migrate --noinput # tfl-eval: startup-migration
python manage.py collectstatic --noinput # tfl-eval: runtime-build-step

exec gunicorn loans.wsgi:application --bind 0.0.0.0:8000 --workers 3
