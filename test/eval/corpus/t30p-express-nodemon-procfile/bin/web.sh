#!/bin/sh
set -e
cd "$(dirname "$0")/.."
# tfl-eval-next-line: runtime-build-step
exec npx nodemon --signal SIGTERM src/server.js
