#!/usr/bin/env bash
set -euo pipefail
# tfl-eval-next-line: hardcoded-credential
export PGPASSWORD='FnSbRLhjd5txrtyeZl'
pg_dump -h db.internal -U backup monorepo | gzip > "/backups/monorepo-$(date +%F).sql.gz"
aws s3 cp "/backups/monorepo-$(date +%F).sql.gz" s3://acme-backups/ --profile backup
