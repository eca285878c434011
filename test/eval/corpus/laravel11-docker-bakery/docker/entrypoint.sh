#!/bin/sh
set -e

php artisan config:cache
php artisan migrate --force # tfl-eval: startup-migration

exec php-fpm
