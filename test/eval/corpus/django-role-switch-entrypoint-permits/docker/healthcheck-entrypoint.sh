#!/bin/sh
# One-off container: checks the deployment and exits.
if [ -n "${DJANGO_SETTINGS_MODULE:-}" ]; then
  python manage.py check --deploy
else
  echo "DJANGO_SETTINGS_MODULE is not set" >&2
  exit 1
fi
