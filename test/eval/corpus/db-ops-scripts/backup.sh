#!/usr/bin/env bash
set -euo pipefail
# Uses ~/.my.cnf for credentials.
mysqldump --defaults-extra-file=/etc/mysql/my.cnf --single-transaction shop | gzip > "/backups/shop-$(date +%F).sql.gz"
