#!/bin/bash
set -e
# tfl-eval-not: daemonized-process  (-B runs beat inside this foreground worker; no -D)
exec celery -A tours worker -B -l info --concurrency=2
