#!/usr/bin/env bash
# Developer helpers: source this file, then run `nginx` or `redis` to start a local container.
set -euo pipefail

nginx () {
  docker run --name dev-nginx -d -p 8080:80 \
    -v "$PWD/nginx.conf:/etc/nginx/nginx.conf:ro" nginx:1.25 # tfl-eval-not: daemonized-process
}

function redis {
  docker run --name dev-redis -d -p 6379:6379 redis:7 # tfl-eval-not: daemonized-process
}

memcached() { docker run -d --name dev-mc memcached:1.6; } # tfl-eval-not: daemonized-process
