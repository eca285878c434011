#!/bin/sh
set -e
echo "Running database migrations..."
npx medusa db:migrate # tfl-eval: startup-migration
echo "Starting Medusa server..."
exec npm run start
