#!/bin/sh
set -e
# tfl-eval-next-line: daemonized-process
redis-server --daemonize yes --save "" --appendonly no
memcached -d -u memcache -m 64 # a related location of the finding on redis-server: one start script, one finding
redis-cli ping
exec node server.js
