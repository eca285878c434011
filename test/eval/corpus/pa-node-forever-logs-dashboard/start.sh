#!/bin/bash
export NODE_ENV=production
cd "$(dirname "$0")"
# tfl-eval-next-line: daemonized-process, file-logger
./node_modules/forever/bin/forever start -a -l forever.log -o out.log -e err.log server.js
