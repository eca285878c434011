#!/usr/bin/env bash
set -euo pipefail

log() {
  echo "[entrypoint] $*"
}

wait_for_redis() {
  until nc -z "${REDIS_HOST:-redis}" "${REDIS_PORT:-6379}"; do
    log "waiting for redis"
    sleep 1
  done
}

main() {
  wait_for_redis
  log "starting scoreboard on port ${PORT:-3000}"
  # tfl-eval-next-line: no-graceful-shutdown
  node dist/server.js
}

main "$@"
