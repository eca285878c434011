#!/bin/sh
set -e
mkdir -p /run/nginx
nginx -t # tfl-eval-not: daemonized-process (tests the config and exits)
nginx -v
exec php-fpm -F # tfl-eval-not: daemonized-process (foreground)
