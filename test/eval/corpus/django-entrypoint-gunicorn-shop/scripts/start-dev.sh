#!/usr/bin/env bash
# Local development only: autoreload, debug toolbar.
export DJANGO_DEBUG=1
python manage.py runserver 0.0.0.0:8000 # tfl-eval-not: no-graceful-shutdown
