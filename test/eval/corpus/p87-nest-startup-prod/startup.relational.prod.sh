#!/usr/bin/env bash
set -e

/opt/wait-for-it.sh "${DATABASE_HOST}:${DATABASE_PORT}" -t 60
npm run migration:run # tfl-eval: startup-migration
npm run seed:run:relational
npm run start:prod # tfl-eval: no-graceful-shutdown
