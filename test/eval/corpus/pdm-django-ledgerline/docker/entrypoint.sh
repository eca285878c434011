#!/usr/bin/env bash
set -euo pipefail

cd /srv/ledgerline

# The volume may hold an older lock than the image; keep the venv in step with it.
# tfl-eval-next-line: runtime-build-step
pdm sync --prod --no-editable --clean
# tfl-eval-next-line: startup-migration
pdm run python manage.py migrate --noinput
pdm run python manage.py check --deploy

exec pdm run gunicorn ledgerline.wsgi --bind "0.0.0.0:${PORT:-8000}" --workers "${WEB_CONCURRENCY:-3}" --access-logfile -
