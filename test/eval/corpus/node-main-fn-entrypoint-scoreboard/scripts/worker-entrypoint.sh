#!/bin/sh
set -e

start() {
  echo "starting the score worker"
  exec node dist/worker.js
}

start
