#!/bin/sh
set -e
cd /srv/kiosk
# tfl-eval-next-line: file-logger
exec bundle exec thin start --port "${PORT:-3000}" --environment production --log /var/log/kiosk/thin.log --pid /tmp/thin.pid
