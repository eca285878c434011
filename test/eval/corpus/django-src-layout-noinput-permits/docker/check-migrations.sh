#!/bin/sh
# CI step: fail the pipeline when a model change has no migration.
set -e
python src/manage.py makemigrations --check --dry-run
python src/manage.py migrate --plan
