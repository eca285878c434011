#!/bin/sh
set -e
php artisan key:generate --force # tfl-eval: per-process-secret
php artisan migrate --force # tfl-eval: startup-migration
exec apache2-foreground
