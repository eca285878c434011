#!/bin/sh
# Run once per release (a Kubernetes Job), not on every start.
set -e
alembic upgrade head
