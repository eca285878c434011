#!/bin/bash
set -euo pipefail
PY=/opt/venv/bin/python
GUNICORN="/opt/venv/bin/gunicorn --config gunicorn.conf.py"
MANAGE="$PY manage.py"

$PY manage.py migrate --noinput
echo "to reset the demo data run: $PY manage.py flush"
exec $GUNICORN library.wsgi:application
