#!/bin/sh
cd /srv/notes
. venv/bin/activate
# tfl-eval-next-line: daemonized-process, file-logger
nohup gunicorn -w 3 -b 0.0.0.0:5000 --error-logfile logs/gunicorn-error.log wsgi:app &
