#!/bin/sh
set -e
php artisan config:cache
php artisan route:cache
# tfl-eval-next-line: daemonized-process
php-fpm -D
exec nginx -g 'daemon off;' # tfl-eval-not: daemonized-process (foreground, the container's main process)
