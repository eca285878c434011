#!/bin/sh
MIGRATE="npx knex migrate:latest --knexfile knexfile.js"
SEED="npx knex seed:run"
START_CMD="node dist/server.js"

$MIGRATE
if [ "$RUN_SEEDS" = "true" ]; then
  echo "seeds are run by hand: $SEED"
fi
exec $START_CMD
