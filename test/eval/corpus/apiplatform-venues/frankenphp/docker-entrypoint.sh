#!/bin/sh
set -e

if [ "$1" = 'frankenphp' ] || [ "$1" = 'php' ] || [ "$1" = 'bin/console' ]; then
	composer install --prefer-dist --no-progress --no-interaction # tfl-eval: runtime-build-step
	if grep -q ^DATABASE_URL= .env; then
		php bin/console doctrine:migrations:migrate --no-interaction --all-or-nothing # tfl-eval: startup-migration
	fi
	setfacl -R -m u:www-data:rwX -m u:"$(whoami)":rwX var
fi

exec docker-php-entrypoint "$@"
