#!/bin/sh
set -e

# Render the runtime config the SPA reads from the environment of this container.
node scripts/render-config.js > /app/public/config.json

echo "catalog starting on port ${PORT:-8080}"
node dist/server.js # tfl-eval: no-graceful-shutdown
