#!/bin/bash
set -euo pipefail
cd /srv/almanac
exec bin/delayed_job --pid-dir=tmp/pids run
