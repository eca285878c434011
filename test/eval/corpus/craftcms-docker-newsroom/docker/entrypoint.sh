#!/bin/sh
set -e

if [ -n "$CRAFT_DB_SERVER" ]; then
  until php craft db/test --interactive=0 >/dev/null 2>&1; do
    echo "waiting for the database"; sleep 2
  done
  # Apply pending migrations and project config changes.
  php craft up --interactive=0 # tfl-eval: startup-migration
fi

php craft project-config/diff --interactive=0 || true
exec php-fpm
