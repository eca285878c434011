#!/bin/sh
set -eu

/app/bin/tidings eval "Tidings.Release.migrate" # tfl-eval: startup-migration

exec /app/bin/tidings start
