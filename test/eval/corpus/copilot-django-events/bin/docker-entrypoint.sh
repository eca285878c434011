#!/bin/sh
set -e
# tfl-eval-next-line: startup-migration
python manage.py migrate --noinput
exec "$@"
