#!/bin/bash
set -e
docker compose up -d pgsql queue-redis
pytest -q tests/
docker compose down
