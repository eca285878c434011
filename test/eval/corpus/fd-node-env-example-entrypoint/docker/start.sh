#!/bin/sh
set -e
cd /app
if [ ! -f .env ]; then
  cp .env.example .env
fi
exec node src/server.js
