#!/bin/sh
set -e
# tfl-eval-next-line: startup-migration
php bin/console doctrine:migrations:migrate --no-interaction
php bin/console cache:warmup
# tfl-eval-next-line: daemonized-process
php-fpm -D
exec nginx -g 'daemon off;'
