#!/bin/sh
set -e

# The schema is upgraded by the release job (flask db upgrade); here we only wait for the database.
python manage.py check_db # tfl-eval-not: startup-migration

exec gunicorn --bind "0.0.0.0:${PORT:-8000}" "app:create_app()"
