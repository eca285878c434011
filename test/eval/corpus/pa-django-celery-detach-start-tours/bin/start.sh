#!/bin/bash
set -e
python3 manage.py check --deploy
# tfl-eval-next-line: daemonized-process
celery -A tours worker -l info -D --pidfile=/tmp/celery-worker.pid --logfile=/dev/stdout
celery -A tours beat -l info --detach --pidfile=/tmp/celery-beat.pid --logfile=/dev/stdout  # a related location of the finding on the worker: one start script, one finding
exec gunicorn -b 0.0.0.0:$PORT --workers 3 tours.wsgi
