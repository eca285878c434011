#!/bin/bash
set -e

function waitForDB() {
  until php /var/www/html/bin/console doctrine:query:sql "SELECT 1" > /dev/null 2>&1; do
    echo "Waiting for the database"
    sleep 3
  done
}

waitForDB

TABLES=$(/var/www/html/bin/console doctrine:query:sql "SHOW TABLES" 2>/dev/null | wc -l)
if [ "$TABLES" -lt 2 ]; then
    echo "Creating the schema"
    # tfl-eval-next-line: startup-migration
    /var/www/html/bin/console -n doctrine:schema:create
    /var/www/html/bin/console -n doctrine:migrations:version --add --all
fi

/var/www/html/bin/console cache:clear --env=prod
exec php-fpm
