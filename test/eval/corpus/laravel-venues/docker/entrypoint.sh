#!/usr/bin/env bash
set -euo pipefail

php artisan config:cache
php artisan route:cache
# tfl-eval-next-line: startup-migration
php artisan migrate --force
exec php-fpm
