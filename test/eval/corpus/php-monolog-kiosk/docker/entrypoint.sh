#!/bin/sh
set -e

vendor/bin/doctrine-migrations migrate --no-interaction --allow-no-migration # tfl-eval: startup-migration

exec php-fpm -F
