#!/bin/sh
# Local development only: wipe and rebuild the schema.
set -e
vendor/bin/doctrine-migrations migrate first --no-interaction
vendor/bin/doctrine-migrations migrate --no-interaction # tfl-eval-not: startup-migration
