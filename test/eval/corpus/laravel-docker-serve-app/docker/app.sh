#!/usr/bin/env bash
set -euo pipefail
php artisan config:cache
php artisan migrate --force # tfl-eval: startup-migration
php-fpm # tfl-eval: no-graceful-shutdown
