#!/bin/bash
# Developer helper: ./run.sh up starts the local backing containers.
set -e

nginx () { # tfl-eval-not: daemonized-process
    docker run --name devbox_nginx -d -p 8443:443 -v "$PWD/certs:/certs" nginx:1.25
}

function redis { # tfl-eval-not: daemonized-process
    docker run --name devbox_redis -d -p 6379:6379 redis:7
}

case "$1" in
  up)
    nginx
    redis
    ;;
  down)
    docker rm -f devbox_nginx devbox_redis
    ;;
esac
