#!/bin/sh
set -e
echo "release ${APP_VERSION:-dev}" && \
  npx prisma migrate deploy
exec node dist/server.js
