#!/bin/bash
cd /srv/events
# tfl-eval-next-line: startup-migration
python manage.py migrate --noinput
# tfl-eval-next-line: daemonized-process
nohup celery -A events_site worker --loglevel=info > /dev/null 2>&1 &
exec gunicorn events_site.wsgi --bind 0.0.0.0:$PORT --workers 3
