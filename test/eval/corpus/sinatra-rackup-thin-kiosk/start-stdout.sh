#!/bin/sh
set -e
cd /srv/kiosk
exec bundle exec thin start --port "${PORT:-3000}" --environment production --log /dev/stdout
