#!/bin/sh
set -eu

/app/tollgate config validate > /dev/null
echo "starting tollgate on ${PORT}" >> /tmp/boot.txt
# tfl-eval-next-line: file-logger
exec /app/tollgate serve --addr ":${PORT}" >>/var/log/tollgate/server.log 2>&1
