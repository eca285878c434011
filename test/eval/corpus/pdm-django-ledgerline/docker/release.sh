#!/usr/bin/env bash
# Run by the deploy pipeline once per release, before the new pods take traffic.
set -euo pipefail
pdm run python manage.py migrate --noinput
pdm run python manage.py createcachetable
