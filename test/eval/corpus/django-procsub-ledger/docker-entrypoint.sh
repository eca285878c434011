#!/usr/bin/env bash
set -euo pipefail

mkdir -p /var/log/ledger
# Everything the script and gunicorn print goes to the boot log and to syslog.
exec > >(tee -a /var/log/ledger/boot.log | logger -t ledger) 2>&1 # tfl-eval: file-logger

GIT_REV="$(cat /srv/ledger/REVISION 2>/dev/null | tr -d '\n' || echo unknown)"
export GIT_REV
BUILD_TAG="$(date -u +%Y%m%d)-$(echo "$GIT_REV" | cut -c1-7)"
export BUILD_TAG

echo "ledger ${BUILD_TAG} starting"
python manage.py collectstatic --noinput # tfl-eval: runtime-build-step

gunicorn ledger.wsgi:application --workers "${WEB_CONCURRENCY:-3}" --bind "0.0.0.0:${PORT}" # tfl-eval: no-graceful-shutdown
