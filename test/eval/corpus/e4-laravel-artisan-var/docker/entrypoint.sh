#!/bin/sh
set -e
ARTISAN="php /var/www/app/artisan"

if expr "$1" : "apache" 1>/dev/null; then
    ${ARTISAN} config:cache
    ${ARTISAN} migrate --force
    ${ARTISAN} storage:link || true
fi

exec "$@"
