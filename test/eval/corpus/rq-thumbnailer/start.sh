#!/bin/sh
set -e
# The scheduler enqueues the nightly re-render; the worker runs the jobs.
rqscheduler --url "$REDIS_URL" --interval 60 & # tfl-eval: daemonized-process
exec rq worker thumbnails --url "$REDIS_URL" --with-scheduler
