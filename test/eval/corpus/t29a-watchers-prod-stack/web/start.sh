#!/bin/sh
set -e
cd /app
# tfl-eval-next-line: runtime-build-step
exec watchexec --restart --exts py -- gunicorn --bind "0.0.0.0:$PORT" portal.wsgi
