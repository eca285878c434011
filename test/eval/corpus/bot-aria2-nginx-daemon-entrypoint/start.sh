#!/bin/bash
# tfl-eval-next-line: daemonized-process
aria2c --enable-rpc=true --rpc-listen-all=false --rpc-listen-port=6800 --max-connection-per-server=10 --daemon=true --quiet=true
nginx # a related location of the finding on aria2c: one start script, one finding
exec python3 -m bot
