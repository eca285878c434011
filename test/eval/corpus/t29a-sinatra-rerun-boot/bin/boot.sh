#!/bin/sh
set -e
# tfl-eval-next-line: runtime-build-step
exec bundle exec rerun --dir app,config -- rackup -o 0.0.0.0 -p "$PORT"
