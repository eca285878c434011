#!/bin/bash
set -euo pipefail

cd /srv/almanac

# Background job workers (daemons gem), then the web server in the foreground.
bin/delayed_job --pid-dir=tmp/pids -n 2 start # tfl-eval: daemonized-process

# tfl-eval-next-line: file-logger
exec bundle exec passenger start --port "${PORT:-3000}" --environment production --max-pool-size 4 --log-file /var/log/almanac/passenger.log
