#!/bin/sh
set -e

python manage.py migrate --noinput # tfl-eval: startup-migration
gunicorn shop.wsgi:application --bind 0.0.0.0:${PORT:-8000} --workers 3 # tfl-eval: no-graceful-shutdown
