#!/bin/sh
node dist/render-config.js > dist/public/config.json
# tfl-eval-next-line: no-graceful-shutdown
node dist/server.js --api-only
echo "scoreboard api exited with status $?"
