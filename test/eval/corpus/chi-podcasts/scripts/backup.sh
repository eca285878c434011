#!/bin/sh
# Nightly dump, run by the platform's scheduler as a one-off process.
set -eu
pg_dump "$DATABASE_URL" --format=custom --file="/tmp/podcasts-$(date +%F).dump"
aws s3 cp "/tmp/podcasts-$(date +%F).dump" "s3://${BACKUP_BUCKET}/"
