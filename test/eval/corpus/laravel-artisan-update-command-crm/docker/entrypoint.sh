#!/bin/sh
set -e
ARTISAN="php /var/www/app/artisan"

if expr "$1" : "apache" 1>/dev/null; then
    # tfl-eval-next-line: startup-migration
    ${ARTISAN} crm:update --force
    ${ARTISAN} crm:warm-cache
fi

exec "$@"
