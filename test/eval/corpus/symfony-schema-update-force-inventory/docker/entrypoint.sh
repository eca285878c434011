#!/bin/sh
set -e

if [ "${1#-}" != "$1" ]; then
	set -- php-fpm "$@"
fi

if [ "$1" = 'php-fpm' ] || [ "$1" = 'php' ] || [ "$1" = 'bin/console' ]; then
	php bin/console doctrine:schema:update --dump-sql # tfl-eval-not: startup-migration (prints the SQL only)
	# tfl-eval-next-line: startup-migration
	php bin/console doctrine:schema:update --force --complete
fi

exec docker-php-entrypoint "$@"
