#!/bin/sh
set -e
python manage.py check --deploy > /tmp/check-deploy.txt
exec supervisord -c /etc/supervisor/conf.d/supervisord.conf
