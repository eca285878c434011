#!/bin/sh
# The nightly backup CronJob's container: dumps, uploads, exits.
set -e
pg_dump "$DATABASE_URL" | gzip > /tmp/shop.sql.gz
aws s3 cp /tmp/shop.sql.gz "s3://$BACKUP_BUCKET/shop-$(date +%F).sql.gz" # tfl-eval-not: no-graceful-shutdown
