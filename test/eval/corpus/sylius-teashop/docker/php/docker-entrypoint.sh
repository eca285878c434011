#!/bin/sh
set -e

if [ "$1" = 'php-fpm' ] || [ "$1" = 'bin/console' ]; then
    mkdir -p var/cache var/log public/media
    if [ "$APP_ENV" != 'prod' ]; then
        composer install --prefer-dist --no-progress --no-interaction
        bin/console doctrine:migrations:migrate --no-interaction # tfl-eval-not: startup-migration
    fi
fi

exec docker-php-entrypoint "$@"
