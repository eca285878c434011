#!/bin/sh
set -e
echo "waiting for the database" && \
  sleep 2
python manage.py check --deploy && \
  python manage.py migrate --noinput && \
  python manage.py createcachetable
exec gunicorn shop.wsgi:application \
  --bind 0.0.0.0:8000 \
  --workers 3 \
  --access-logfile -
