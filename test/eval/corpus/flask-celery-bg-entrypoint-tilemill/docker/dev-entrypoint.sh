#!/bin/sh
# Local docker compose only: flask's reloader plus a worker; migrations by hand (make migrate).
python scripts/migrate.py --dry-run # tfl-eval-not: startup-migration
exec flask --app tilemill.app run --host 0.0.0.0 --reload
