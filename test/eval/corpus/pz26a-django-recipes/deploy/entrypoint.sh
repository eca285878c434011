#!/bin/sh
set -e

SRC_DIR=/opt/recipes
# tfl-eval-next-line: runtime-build-step
python $SRC_DIR/manage.py collectstatic --noinput
# tfl-eval-next-line: startup-migration
python "$SRC_DIR/manage.py" migrate --noinput
exec gunicorn recipes.wsgi:application --chdir "$SRC_DIR" --bind 0.0.0.0:"$PORT" --workers 3
