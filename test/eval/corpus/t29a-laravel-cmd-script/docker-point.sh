#!/bin/sh
# Write the container's settings into .env, then serve.
sed -i "s/^DB_HOST.*$/DB_HOST=${DB_HOST}/" /app/.env
sed -i "s/^DB_DATABASE.*$/DB_DATABASE=${DB_DATABASE}/" /app/.env
php artisan config:cache
# tfl-eval-next-line: runtime-build-step, no-graceful-shutdown
php artisan serve --host=0.0.0.0 --port="$PORT"
