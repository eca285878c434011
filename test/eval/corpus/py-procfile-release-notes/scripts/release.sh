#!/bin/sh
# Heroku's release phase: once per deploy, before the new dynos start.
set -e
python manage.py migrate --noinput # tfl-eval-not: startup-migration
python manage.py collectstatic --noinput
