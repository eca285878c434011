#!/bin/sh
# First-time setup on a developer's machine.
set -e
cp -n .env.example .env
composer install
php artisan key:generate # tfl-eval-not: per-process-secret
php artisan migrate --seed
