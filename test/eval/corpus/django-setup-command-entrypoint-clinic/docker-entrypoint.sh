#!/bin/sh
set -e

# tfl-eval-next-line: startup-migration
python manage.py setup_clinic
python manage.py check --deploy

exec gunicorn clinic.wsgi:application --bind 0.0.0.0:$PORT
