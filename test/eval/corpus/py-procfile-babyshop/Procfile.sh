#!/bin/bash
set -e

python manage.py migrate --noinput # tfl-eval: startup-migration
python manage.py createcachetable

gunicorn babyshop.wsgi:application --bind "0.0.0.0:${PORT}" --workers "${WEB_CONCURRENCY:-2}" --log-file -
