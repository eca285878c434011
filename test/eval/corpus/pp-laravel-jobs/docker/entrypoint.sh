#!/bin/sh
set -e

cd /var/www/html
# tfl-eval-next-line: per-process-secret
php artisan key:generate --force
# tfl-eval-next-line: per-process-secret
php artisan jwt:secret --force
php artisan config:cache
php artisan route:cache

exec "$@"
