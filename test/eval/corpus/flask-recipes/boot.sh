#!/bin/sh
set -e
# tfl-eval-next-line: startup-migration
flask db upgrade
exec gunicorn -b :$PORT --access-logfile - --error-logfile - wsgi:app
