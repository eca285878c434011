#!/bin/bash
# tfl-eval-not: daemonized-process, file-logger  (stops the daemon; writes no log)
./node_modules/forever/bin/forever stop server.js
