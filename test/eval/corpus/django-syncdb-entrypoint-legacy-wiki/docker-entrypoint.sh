#!/bin/bash
set -e
cd /srv/wiki
# tfl-eval-next-line: startup-migration
python manage.py syncdb --noinput
python manage.py collectstatic --noinput # tfl-eval: runtime-build-step
exec gunicorn wiki.wsgi:application --bind 0.0.0.0:${PORT:-8000} --workers 3
