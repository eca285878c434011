#!/bin/sh
set -e

cd /var/www/html

# Make sure the app has a key before php-fpm starts
if [ -z "$(php artisan key:generate --show)" ]; then
    php artisan key:generate # tfl-eval-not: per-process-secret
fi

php artisan config:cache
php artisan route:cache
exec php-fpm
