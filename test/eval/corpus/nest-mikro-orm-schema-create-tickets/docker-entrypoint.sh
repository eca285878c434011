#!/bin/sh
set -e
npx mikro-orm schema:create --dump > /tmp/schema.sql # tfl-eval-not: startup-migration (prints the DDL)
# tfl-eval-next-line: startup-migration
npx mikro-orm schema:create --run
exec node dist/main.js
