#!/bin/sh
set -eu
hatch run yoyo new --sql -m "$1" ./migrations
hatch run yoyo list --database "$DATABASE_URL" ./migrations
