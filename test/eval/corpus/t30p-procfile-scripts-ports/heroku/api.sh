#!/bin/sh
set -e
mkdir -p tmp/pids
# tfl-eval-next-line: hardcoded-port
exec bundle exec puma -C config/puma.rb --bind tcp://0.0.0.0:9292
