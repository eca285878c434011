#!/bin/sh
# One-off: run the pending migrations against $DATABASE_URL (CI deploy job).
set -eu
hatch run prod:yoyo apply --batch --database "$DATABASE_URL" ./migrations
