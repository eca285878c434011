#!/bin/sh
set -e
python manage.py check --deploy
gunicorn notes.wsgi --bind 0.0.0.0:$PORT --access-logfile - # tfl-eval-not: startup-migration
